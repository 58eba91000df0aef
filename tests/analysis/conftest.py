"""Fixtures for the analysis library tests: one shared pipeline (models load once)."""

import pytest


@pytest.fixture(scope="session")
def pipeline():
    from ttdn.analysis import Pipeline

    return Pipeline()
