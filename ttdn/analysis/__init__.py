"""Offline multilingual analysis library (no Django)."""
