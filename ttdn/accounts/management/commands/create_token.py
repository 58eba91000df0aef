from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from ttdn.accounts.services import issue_token


class Command(BaseCommand):
    help = "Issue an API token for a user and print it once (`ttdn create-token USERNAME --name NAME`)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", default="cli")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            user = get_user_model().objects.get(username=options["username"])
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"no user {options['username']!r}") from exc
        _token, key = issue_token(None, user, options["name"])
        self.stdout.write(key)
