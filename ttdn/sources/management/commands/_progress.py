"""Rich progress bars and the final summary table shared by the ingest/import commands."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ttdn.sources.pipeline import Counters, ProgressFn
from ttdn.sources.pipeline import Progress as Event


@contextmanager
def progress_bar(console: Console, label: str, *, in_bytes: bool) -> Iterator[ProgressFn]:
    amount = DownloadColumn() if in_bytes else MofNCompleteColumn()
    columns = [
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        amount,
        TextColumn("{task.fields[counts]}"),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, console=console, transient=False, disable=not console.is_terminal) as bar:
        task = bar.add_task(label, total=None, counts="")

        def update(event: Event) -> None:
            c = event.counters
            bar.update(
                task,
                completed=event.done,
                total=event.total,
                counts=f"+{c.created} ={c.duplicates} !{c.quarantined}",
            )

        yield update


def summary_table(rows: list[tuple[str, str, Counters, str]]) -> Table:
    table = Table(title="Ingest summary")
    for column in ("source", "status", "fetched", "created", "duplicates", "quarantined", "message"):
        table.add_column(
            column, justify="right" if column in ("fetched", "created", "duplicates", "quarantined") else "left"
        )
    for name, status, c, message in rows:
        table.add_row(name, status, str(c.fetched), str(c.created), str(c.duplicates), str(c.quarantined), message[:80])
    return table


@contextmanager
def analysis_deferred() -> Iterator[None]:
    """Analyse once after the batch, not per chunk in a thread competing with the import for SQLite's lock."""
    previous = getattr(settings, "TTDN_AUTO_ANALYSE", False)
    settings.TTDN_AUTO_ANALYSE = False
    try:
        yield
    finally:
        settings.TTDN_AUTO_ANALYSE = previous


def analysis_hint(created: int) -> str:
    """Queue analysis of the new articles where a worker will run it, else say how to run it."""
    if not created or not getattr(settings, "TTDN_AUTO_ANALYSE", False):
        return ""
    from ttdn.jobs.registry import executor_name

    if executor_name() == "celery":
        from ttdn.articles.triggers import schedule_analysis

        schedule_analysis()
        return f"{created} new articles queued for analysis on the workers"
    return f"{created} new articles: run `ttdn analyse` now, or `ttdn serve` analyses them within 10 minutes"


def summary_line(c: Counters) -> str:
    return f"fetched={c.fetched} created={c.created} duplicates={c.duplicates} quarantined={c.quarantined}"
