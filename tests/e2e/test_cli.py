"""`python -m bot` as an operator meets it: bad settings stop it with one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_URL"}}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATABASE_URL", "mysql://root@localhost/x"),
        ("BOT_TOKEN", "oops"),
        ("TIMEZONE", "Nowhere/City"),
        ("ESCALATION_WEBHOOKS", "{bad"),
        ("ESCALATION_WEBHOOKS", '{"street": {"url": "x", "secret": "s"}}'),
    ],
)
def test_malformed_setting_stops_with_one_line(name: str, value: str) -> None:
    result = _run(**{name: value})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Configuration error:") and name in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_subcommand_prints_usage() -> None:
    result = _run("frobnicate")
    assert result.returncode == 2 and result.stderr.startswith("usage: python -m bot")
