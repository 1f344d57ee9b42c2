from __future__ import annotations

from django.core.management.base import BaseCommand

from claims.services.accounts import demo_curator_create


class Command(BaseCommand):
    help = "Create (or reset) the demo curator account and print its credentials."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="curator")

    def handle(self, *args, username: str, **options):
        user, password = demo_curator_create(username=username)
        self.stdout.write(
            f"Demo curator: username {user.username!r}, password {password!r} "
            "(log in at http://127.0.0.1:8000/admin/)"
        )
