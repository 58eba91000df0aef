"""Demo accounts. Passwords are printed by `ttdn demo`; never use them outside a demo."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth import get_user_model

DEMO_ADMIN = ("admin", "ttdn-demo-2026")


def ensure_admin() -> tuple[str, str]:
    User = get_user_model()
    username, password = DEMO_ADMIN
    user, created = User.objects.get_or_create(
        username=username, defaults={"is_staff": True, "is_superuser": True, "email": "admin@example.invalid"}
    )
    if created:
        user.set_password(password)
        user.save()
    return username, password


def load_demo(log: Callable[[str], None]) -> None:
    username, _ = ensure_admin()
    log(f"  admin user: {username}")
