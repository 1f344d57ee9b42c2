"""Running Fonte: one development key for all workers, a one-line answer when the database is
down, and static files served once the deploy steps have run."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.test_settings import manage

PRINT_KEY = "from django.conf import settings; print(settings.SECRET_KEY)"


def test_development_processes_share_one_secret_key():
    first, second = (manage("shell", "-v", "0", "-c", PRINT_KEY) for _ in range(2))
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == second.stdout.strip() != ""
    assert first.stdout.strip() == (ROOT / "var" / "secret_key").read_text().strip()


def test_the_development_key_is_private_and_never_committed():
    manage("check")
    key_file = ROOT / "var" / "secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    ignored = subprocess.run(["git", "check-ignore", "-q", str(key_file)], cwd=ROOT)
    assert ignored.returncode == 0


def test_workers_starting_together_agree_on_a_new_key(tmp_path):
    key_file = tmp_path / "secret_key"
    code = ("import sys; from pathlib import Path; from project.settings import "
            "development_secret_key; print(development_secret_key(Path(sys.argv[1])))")
    workers = [
        subprocess.Popen([sys.executable, "-c", code, str(key_file)], cwd=ROOT,
                         stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    keys = {worker.communicate(timeout=60)[0].strip() for worker in workers}
    assert keys == {key_file.read_text().strip()}
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]  # no temporary files left


def a_port_where_nothing_listens() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("command", [["migrate"], ["ingest", "seeds/"], ["reextract", "--all"]])
def test_commands_say_in_one_line_that_the_database_is_unreachable(command):
    port = a_port_where_nothing_listens()
    result = manage(*command, DATABASE_URL=f"postgres://postgres@127.0.0.1:{port}/fonte")
    assert result.returncode != 0
    assert result.stderr.splitlines() == [
        f"cannot reach the database at 127.0.0.1:{port} (DATABASE_URL): connection refused; "
        "start PostgreSQL or fix DATABASE_URL"
    ]


# Production's WSGI application (what gunicorn serves), asked for each path given.
SERVE = """
import sys
from wsgiref.util import setup_testing_defaults
from project.wsgi import application
for path in sys.argv[1:]:
    environ = {"PATH_INFO": path, "HTTP_HOST": "fonte.example.org", "wsgi.url_scheme": "https"}
    setup_testing_defaults(environ)
    application(environ, lambda status, headers: print(path, status.split()[0]))
"""


def test_after_make_release_the_wsgi_app_serves_static_files_with_debug_off(tmp_path):
    # A fresh database too: the API's throttles need the cache table that migrate makes.
    production = {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "k3y-" + "x9Qz7!pL2#vR8@" * 4,
        "DJANGO_ALLOWED_HOSTS": "fonte.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'fonte.sqlite3'}",
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
    }
    environment = {**os.environ, **production}
    release = subprocess.run(["make", "-o", "venv", "release", f"PY={sys.executable}"],
                             cwd=ROOT, env=environment, capture_output=True, text=True,
                             timeout=300)
    assert release.returncode == 0, release.stdout + release.stderr
    paths = ["/static/admin/css/base.css", "/static/claims/reader/reader.css", "/api/sides/"]
    served = subprocess.run([sys.executable, "-c", SERVE, *paths], cwd=ROOT, env=environment,
                            capture_output=True, text=True, timeout=60)
    assert served.stdout.splitlines() == [f"{path} 200" for path in paths], served.stderr
