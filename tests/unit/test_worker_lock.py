"""One worker per SQLite database: the second is refused with one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.worker_lock import SecondWorker, sqlite_worker_lock

ROOT = Path(__file__).resolve().parents[2]


def test_a_second_worker_on_one_sqlite_file_is_refused(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'louhu.db'}"
    with sqlite_worker_lock(url) as held:
        assert held is not None
        with pytest.raises(SecondWorker, match="one worker only on SQLite"):
            with sqlite_worker_lock(url):
                pass
        with sqlite_worker_lock(f"sqlite+aiosqlite:///{tmp_path / 'other.db'}"):
            pass  # another database is another bot
    with sqlite_worker_lock(url):
        pass  # let go when the first worker ended


def test_postgres_and_memory_hold_nothing() -> None:
    with sqlite_worker_lock("postgresql+asyncpg://u@h/db") as held:
        assert held is None
    with sqlite_worker_lock("sqlite+aiosqlite:///:memory:") as held:
        assert held is None


def test_python_m_bot_refuses_with_one_line(tmp_path: Path) -> None:
    database = tmp_path / "louhu.db"
    env = {
        **os.environ,
        "BOT_TOKEN": "123:abc",
        "TELEGRAM_API_URL": "http://127.0.0.1:9",  # never reached: refused before
        "DATABASE_URL": f"sqlite+aiosqlite:///{database}",
        "LOG_LEVEL": "WARNING",  # INFO has alembic's start-up lines before it
    }
    with sqlite_worker_lock(env["DATABASE_URL"]):  # the first worker
        done = subprocess.run(
            [sys.executable, "-m", "bot"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert f"pid {os.getpid()}" in lines[0] and str(database) in lines[0]
