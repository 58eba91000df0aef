"""`ttdn demo` orchestration: every app may ship `ttdn/<app>/demo.py` with

    def load_demo(log: Callable[[str], None]) -> None

which must be idempotent (running the demo twice changes nothing). Steps run in this order.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

DEMO_STEPS = [
    "ttdn.programme.reference",  # agencies 63→34, task groups, indicators (reference data)
    "ttdn.accounts.demo",  # admin and demo users
    "ttdn.articles.demo",  # outlets, sources and the written demo corpus
    "ttdn.sources.demo",
    "ttdn.programme.demo",  # plans, reports, training, index ranks
    "ttdn.response.demo",  # facts, narratives, cases, corrections
    "ttdn.portal.demo",
]

# Steps that need the analysed corpus: `ttdn demo` runs them after the analysis pass.
POST_ANALYSIS_STEPS = [
    "ttdn.rollups.demo",  # rollups checked against a rebuild
    "ttdn.savedsearches.demo",  # shared saved searches (their hits feed the rollups)
    "ttdn.alerts.demo",  # rules, one fired alert
    "ttdn.briefs.demo",  # one generated brief
]


def run_demo_steps(log: Callable[[str], None], steps: list[str] | None = None) -> list[str]:
    done = []
    for module_name in DEMO_STEPS if steps is None else steps:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        loader = getattr(module, "load_demo", None) or getattr(module, "load_reference", None)
        if loader is None:
            continue
        log(f"· {module_name}")
        loader(log)
        done.append(module_name)
    return done
