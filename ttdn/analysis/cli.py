"""``ttdn eval``, ``ttdn train <model>`` and ``ttdn analyse-bench`` (dispatched here by ttdn/cli.py).

Run standalone as ``python -m ttdn.analysis.cli eval``."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

MODELS = ["units", "static_vectors", "sentiment", "claims"]


def _trainers() -> dict[str, Callable[[], object]]:
    from .training import build_units, calibrate_claims, sentiment, static_vectors

    return {
        "units": build_units.build,
        "static_vectors": static_vectors.train,
        "sentiment": sentiment.train,
        "claims": calibrate_claims.train,
    }


def cmd_train(args: argparse.Namespace) -> int:
    names = MODELS if args.model == "all" else [args.model]
    trainers = _trainers()
    for name in names:
        t0 = time.time()
        out = trainers[name]()
        print(f"[train {name}] {time.time() - t0:.0f}s → {out}")
        _reset_caches()
    return 0


def _reset_caches() -> None:
    from . import claims, static_vectors, tone

    static_vectors.default_static.cache_clear()
    tone._load.cache_clear()
    claims.calibration.cache_clear()


def cmd_eval(args: argparse.Namespace) -> int:
    from .training import evaluate

    t0 = time.time()
    rows = evaluate.run(args.test_dir, args.only or None, log=lambda m: print(m, file=sys.stderr))
    print(evaluate.render(rows))
    print(f"\n({time.time() - t0:.0f}s; evaluation split per row in 'split')", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["analyse-bench"]:  # its own options are parsed by the benchmark
        from .benchmark import main as bench_main

        return bench_main(argv[1:])
    parser = argparse.ArgumentParser(prog="ttdn", description="ttdn analysis: evaluation and training")
    sub = parser.add_subparsers(dest="command", required=True)
    ev = sub.add_parser("eval", help="run the benchmark table (train on train, score on dev or --test-dir)")
    ev.add_argument("--test-dir", help="folder mirroring shared/datasets with official test files")
    ev.add_argument("--only", nargs="*", help="subset of tasks: langid places sib topics13 uit newsmtsc clef "
                    "claims_x liar vfnd entities")
    ev.set_defaults(func=cmd_eval)
    tr = sub.add_parser("train", help="rebuild model artifacts in ttdn/analysis/models deterministically")
    tr.add_argument("model", choices=[*MODELS, "all"])
    tr.set_defaults(func=cmd_train)
    sub.add_parser("analyse-bench", help="throughput benchmark (options: bench/bench_analysis.py --help)")
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
