#!/usr/bin/env python
from __future__ import annotations

import os
import sys


def unreachable_database_message(error: Exception) -> str | None:
    """One line naming the database a command could not reach, or None when the database was
    reached and the error is the command's own (then the traceback is worth reading)."""
    from django.db import connection

    if connection.connection is not None and connection.is_usable():
        return None
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        where, remedy = settings["NAME"], "create its folder"
    else:
        where = f"{settings['HOST'] or 'localhost'}:{settings['PORT'] or 5432}"
        remedy = "start PostgreSQL"
    configured_by = "DATABASE_URL" if os.environ.get("DATABASE_URL") else "the default"
    # psycopg: 'connection failed: connection to server at "…", port 5433 failed: Connection
    # refused\n\tIs the server running…'; the reason is after the last "failed: ".
    reason = str(error).strip().splitlines()[0].rpartition("failed: ")[2].removeprefix("FATAL:")
    return (f"cannot reach the database at {where} ({configured_by}): "
            f"{reason.strip().lower()}; {remedy} or fix DATABASE_URL")


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
    from django.core.management import execute_from_command_line
    from django.db import InterfaceError, OperationalError

    try:
        execute_from_command_line(sys.argv)
    except (OperationalError, InterfaceError) as error:
        message = unreachable_database_message(error)
        if message is None:
            raise
        sys.exit(message)


if __name__ == "__main__":
    main()
