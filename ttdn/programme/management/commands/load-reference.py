from .load_reference import Command  # noqa: F401  (`ttdn load-reference`)
