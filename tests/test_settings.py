"""Settings come from the environment; production settings pass Django's deploy checks."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment,
        capture_output=True, text=True, timeout=120,
    )


def test_production_settings_pass_check_deploy():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="k3y-" + "x9Qz7!pL2#vR8@" * 4,
        DJANGO_ALLOWED_HOSTS="fonte.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_development_defaults_need_no_environment():
    result = manage("check")
    assert result.returncode == 0, result.stderr
