"""Server time of the reader pages on the seeds database (issue target: < 200 ms each).

Usage: .venv/bin/python bench/pages.py [--repeat N]
Builds a scratch SQLite database (migrate, reference data, ingest seeds/), then renders every
reader page through Django's test client N times and prints median and worst server time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp()) / "pages.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{scratch}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from claims.models import Claim, Figure, Source

    quiet = StringIO()
    call_command("migrate", verbosity=0)
    call_command("load_reference", stdout=quiet)
    call_command("ingest", str(ROOT / "seeds"), "--no-progress", stdout=quiet)
    source = Source.objects.order_by("-published_on").first()
    figure = Figure.objects.exclude(side=None).order_by("-published_on").first()
    claim = Claim.objects.order_by("source_id").first()
    pages = [
        "/", f"/sources/{source.pk}/", f"/figures/{figure.pk}/", f"/claims/{claim.pk}/",
        "/figures/?side=RU", "/claims/?side=UA",
        "/compare/?category=drones_downed&date_from=2022-01-01&date_to=2026-12-31",
        "/search/?q=droni",
    ]
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"{'page':<75} {'median ms':>9} {'worst ms':>9}")
    for url in pages:
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        print(f"{url:<75} {statistics.median(times):>9.1f} {max(times):>9.1f}")


if __name__ == "__main__":
    main()
