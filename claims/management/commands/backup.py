"""Write the whole database (sources, curated work, history, users) to one JSON file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand

# Rebuilt by migrate on the target database; keeping them would clash with its own rows.
# Groups and users travel by natural key (name, username), so the curators group that migrate
# creates on the target is the one the backup's users join, whatever its primary key.
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "admin.logentry"]


class Command(BaseCommand):
    help = "Back up the database to a (optionally .gz) JSON file that `restore` reads."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options):
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside the target and renamed into place once complete: a failed backup
        # leaves no partial file, and an older backup at the same path stays whole.
        # The suffix keeps dumpdata's choice of compression by file name.
        fd, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                       suffix="".join(path.suffixes))
        os.close(fd)
        try:
            call_command(
                "dumpdata", natural_foreign=True, natural_primary=True, exclude=EXCLUDED,
                output=partial, verbosity=0,
            )
            os.replace(partial, path)
        finally:
            if os.path.exists(partial):
                os.unlink(partial)
        self.stdout.write(f"backup written to {path} ({path.stat().st_size:,} bytes)")
