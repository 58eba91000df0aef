"""Programme fixtures: the real reference data (agencies 63→34, indicators, periods) and users."""

from __future__ import annotations

import pytest

from ttdn.accounts.models import Agency, Role
from ttdn.programme.models import Period
from ttdn.programme.reference import load_reference


@pytest.fixture
def reference(db):
    load_reference(lambda _msg: None)
    return {a.code: a for a in Agency.objects.all()}


@pytest.fixture
def q4_2024(reference) -> Period:
    return Period.objects.get(type="quarter", year=2024, number=4)


@pytest.fixture
def q1_2026(reference) -> Period:
    return Period.objects.get(type="quarter", year=2026, number=1)


@pytest.fixture
def people(reference, make_user):
    """A Hà Nội reporter, a Đà Nẵng reporter, two steering-committee reviewers, a Hà Nội reviewer."""
    return {
        "hanoi": make_user("tinh.hanoi", reference["T01"], (Role.REPORTER,), email="hanoi@example.invalid"),
        "other": make_user("tinh.khac", reference["T48-2025"], (Role.REPORTER,), email="dn@example.invalid"),
        "reviewer": make_user("bcd.reviewer", reference["BCD"], (Role.REVIEWER,), email="bcd@example.invalid"),
        "lead": make_user("bcd.lead", reference["BCD"], (Role.REVIEWER,)),
        "local_reviewer": make_user("hanoi.reviewer", reference["T01"], (Role.REVIEWER,)),
    }


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # Argon2 is deliberately slow; these tests create several users each.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
