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


def run_demo_steps(log: Callable[[str], None]) -> list[str]:
    done = []
    for module_name in DEMO_STEPS:
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
