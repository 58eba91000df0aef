"""Alert jobs: evaluate the rules (every 15 minutes and after analysis) and retry failed deliveries."""

from __future__ import annotations

from ttdn.jobs.registry import job


@job("alerts.evaluate")
def evaluate(kinds: list[str] | None = None) -> dict[str, int]:
    from .services import evaluate_all

    return evaluate_all(kinds=kinds)


@job("alerts.retry_deliveries")
def retry_deliveries() -> dict[str, int]:
    from .delivery import retry_due

    return retry_due()
