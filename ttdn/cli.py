"""The `ttdn` command.

Analysis commands (`eval`, `train`) are plain Python and run without Django;
everything else is a Django management command (see each app's management/commands/),
so `ttdn ingest --source 3` is `manage.py ingest --source 3` and `ttdn add-source` is `add_source`.
"""

from __future__ import annotations

import os
import sys

PURE_COMMANDS = {"eval", "train", "analyse-bench"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in PURE_COMMANDS:
        from ttdn.analysis.cli import main as analysis_main

        return analysis_main(args)
    if args and not args[0].startswith("-"):
        # `ttdn add-source` runs the management command add_source.
        args[0] = args[0].replace("-", "_")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["ttdn", *args])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
