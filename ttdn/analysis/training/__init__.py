"""Training and evaluation helpers: they read ``../shared/datasets`` (never needed at run time)."""
