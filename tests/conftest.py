"""Fixtures shared by every app's tests: agencies, users with roles, API tokens."""

from __future__ import annotations

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.test import Client

from ttdn.accounts.models import Agency, Role
from ttdn.accounts.services import add_member, issue_token

PASSWORD = "correct-horse-battery-9"

# Tests render pages without running collectstatic: plain static names (`ttdn serve` uses hashed ones).
django_settings.STORAGES = {
    **django_settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


@pytest.fixture(autouse=True)
def _jobs_run_inline(settings):
    """Jobs run inline in tests so their effects are visible; tests of the executors override this."""
    settings.TTDN_JOBS_EAGER = True
    # Loading the analysis models for every stored article would slow every test; the bridge tests turn it on.
    settings.TTDN_AUTO_ANALYSE = False


@pytest.fixture
def agencies(db):
    steering = Agency.objects.create(
        code="BCD", name_vi="Ban Chỉ đạo công tác TTĐN", name_en="Steering Committee", kind=Agency.Kind.STEERING
    )
    mofa = Agency.objects.create(
        code="BNG",
        name_vi="Bộ Ngoại giao",
        name_en="Ministry of Foreign Affairs",
        kind=Agency.Kind.MINISTRY,
        parent=steering,
    )
    hanoi = Agency.objects.create(
        code="T01", name_vi="Thành phố Hà Nội", name_en="Ha Noi", kind=Agency.Kind.PROVINCE, parent=steering
    )
    danang = Agency.objects.create(
        code="T48-2025", name_vi="Thành phố Đà Nẵng", name_en="Da Nang", kind=Agency.Kind.PROVINCE, parent=steering
    )
    return {"steering": steering, "mofa": mofa, "hanoi": hanoi, "danang": danang}


@pytest.fixture
def make_user(db):
    def make(username: str, agency: Agency | None = None, roles: tuple[str, ...] = (Role.ANALYST,), **extra):
        user = get_user_model().objects.create_user(username=username, password=PASSWORD, **extra)
        if agency is not None:
            add_member(None, user, agency, roles)
        return user

    return make


@pytest.fixture
def analyst(make_user, agencies):
    return make_user("analyst", agencies["hanoi"], (Role.ANALYST,))


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.invalid", PASSWORD)


@pytest.fixture
def logged_in(client: Client, analyst) -> Client:
    client.force_login(analyst)
    return client


@pytest.fixture
def api_token(analyst) -> str:
    _, key = issue_token(None, analyst, "tests")
    return key


@pytest.fixture
def api_headers(api_token) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_token}"}
