"""One worker per SQLite database: a second one is refused with one clear line.

SQLite serialises writers inside one process (models/db.py keeps one connection); two processes
would both run the calendar, the sweeps and the sender with nothing to share the work between
them. Several workers need PostgreSQL. The lock is an exclusive `flock` on `<database>.lock`,
which the kernel lets go when the process ends, however it ends (kill -9 included).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import make_url


class SecondWorker(RuntimeError):
    """Another worker already runs on this SQLite database."""


@contextlib.contextmanager
def sqlite_worker_lock(database_url: str) -> Iterator[Path | None]:
    """Hold the database's worker lock while the bot runs; SecondWorker if another holds it.

    Yields the lock file (None for PostgreSQL or an in-memory database: nothing to hold).
    """
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        yield None
        return
    path = Path(url.database).resolve().with_name(Path(url.database).name + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            raise SecondWorker(
                f"louhu: another worker (pid {holder}) already runs on the SQLite database "
                f"{url.database}; one worker only on SQLite, several need PostgreSQL "
                "(DATABASE_URL=postgresql+asyncpg://…)"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield path
    finally:
        os.close(fd)  # closing the descriptor lets the lock go
