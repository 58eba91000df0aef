"""Throughput of the ttdn analysis pipeline on ~3 KB mixed-language news articles.

    .venv/bin/python bench/bench_analysis.py [--articles 1000] [--profile fast|full]

Prints articles/s, the ratio against a bare tokenisation pass over the same articles,
peak memory and the per-stage breakdown (see docs/PERFORMANCE.md)."""

import sys

from ttdn.analysis.benchmark import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
