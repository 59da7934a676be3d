"""examples/deploy/ as the README's deployment guide uses them: the systemd units pass
`systemd-analyze verify`, the nginx server block `nginx -t`, the environment file loads as
settings, and the backup unit's command line writes a backup (each where the tool is here)."""

from __future__ import annotations

import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "examples" / "deploy"
UNITS = ["louhu@.service", "louhu-migrate.service", "louhu-backup.service", "louhu-backup.timer"]
SYSTEM_UNITS = Path("/usr/lib/systemd/system")


def _unit_lines(name: str, key: str) -> list[str]:
    prefix = f"{key}="
    lines = (DEPLOY / name).read_text().splitlines()
    return [line[len(prefix) :] for line in lines if line.startswith(prefix)]


def _executable(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)


def _needs(present: bool, reason: str) -> None:
    """Skip without the tool on a laptop; in CI (`CI` set, .ci/run installs it) fail instead."""
    if not present:
        if os.environ.get("CI"):
            pytest.fail(reason + "; .ci/run installs it")
        pytest.skip(reason)


def test_the_systemd_units_verify(tmp_path: Path) -> None:
    _needs(
        shutil.which("systemd-analyze") is not None and SYSTEM_UNITS.is_dir(),
        "systemd-analyze is not installed",
    )
    root = tmp_path / "root"
    shutil.copytree(SYSTEM_UNITS, root / SYSTEM_UNITS.relative_to("/"), symlinks=True)
    units = root / "etc" / "systemd" / "system"
    units.mkdir(parents=True)
    for name in UNITS:
        shutil.copy(DEPLOY / name, units / name)
        for line in _unit_lines(name, "ExecStart") + _unit_lines(name, "ExecStartPost"):
            _executable(root / shlex.split(line)[0].lstrip("/"))  # the programs they run
    for name in ["louhu@1.service", *UNITS[1:]]:
        done = subprocess.run(
            ["systemd-analyze", "verify", f"--root={root}", name],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0 and not done.stderr.strip(), f"{name}: {done.stderr}"


def test_the_nginx_server_block_passes_nginx_t(tmp_path: Path) -> None:
    _needs(
        shutil.which("nginx") is not None and shutil.which("openssl") is not None,
        "nginx (Debian: nginx-light) or openssl is not installed",
    )
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=louhu.example.org", "-keyout", str(key), "-out", str(cert)),
        ],
        capture_output=True,
        check=True,
    )
    block = (DEPLOY / "nginx-louhu.conf").read_text()
    live = "/etc/letsencrypt/live/louhu.example.org/"
    assert f"{live}fullchain.pem" in block and f"{live}privkey.pem" in block
    block = block.replace(f"{live}fullchain.pem", str(cert)).replace(f"{live}privkey.pem", str(key))
    (tmp_path / "louhu.conf").write_text(block)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  include {tmp_path}/louhu.conf;\n}}\n"
    )
    done = subprocess.run(
        [
            *("nginx", "-t", "-q", "-p", str(tmp_path), "-e", str(tmp_path / "error.log")),
            *("-c", str(tmp_path / "nginx.conf")),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_the_environment_file_loads_as_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    path = DEPLOY / "louhu.env"
    keys = [
        line.partition("=")[0]
        for line in path.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for key in keys:
        monkeypatch.delenv(key, raising=False)
    assert {key.lower() for key in keys} <= set(Settings.model_fields), "unknown settings"
    settings = Settings(_env_file=path, web_port=8081)  # type: ignore[call-arg]  # the unit's
    assert settings.webhook_path == "/telegram/webhook"
    assert settings.database_url.startswith("postgresql+asyncpg://")


def test_the_backup_units_command_line_writes_a_backup(tmp_path: Path) -> None:
    database = tmp_path / "louhu.db"
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
        db.execute("INSERT INTO orders VALUES (1)")
    backups = tmp_path / "backups"
    backups.mkdir()
    stale = backups / "louhu-20200101-0330.backup"
    stale.write_bytes(b"old")
    subprocess.run(["touch", "-d", "2020-01-01", str(stale)], check=True)
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{database}", "PATH": "/usr/bin:/bin"}

    def run(line: str) -> None:
        # as systemd reads it: $$ is $, %% is %; then our paths for the server's
        line = line.replace("$$", "$").replace("%%", "%")
        line = line.replace("/opt/louhu/.venv/bin/python", sys.executable)
        line = line.replace("/var/backups/louhu", str(backups))
        subprocess.run(shlex.split(line), cwd=ROOT, env=env, check=True, capture_output=True)

    (start,) = _unit_lines("louhu-backup.service", "ExecStart")
    (post,) = _unit_lines("louhu-backup.service", "ExecStartPost")
    run(start)
    run(post)
    (made,) = backups.glob("louhu-*.backup")  # the stale one is gone after 14 days
    assert made.read_bytes().startswith(b"SQLite format 3\x00")
    with sqlite3.connect(made) as db:
        assert db.execute("SELECT id FROM orders").fetchall() == [(1,)]
