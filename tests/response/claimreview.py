"""Shared check: a ClaimReview object is valid against our schema and internally consistent."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

SCHEMA = json.loads((Path(__file__).with_name("claimreview_schema.json")).read_text())


def assert_valid_claimreview(data: dict) -> None:
    jsonschema.validate(data, SCHEMA, format_checker=jsonschema.FormatChecker())
    rating = data["reviewRating"]
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert data["itemReviewed"]["firstAppearance"] in data["itemReviewed"]["appearance"]
