"""Each log line of an update names the update, its chat and what it touched."""

from __future__ import annotations

import asyncio
import logging

from bot import log_context


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def _logger(lines: Lines) -> logging.Logger:
    log_context.install(lines)
    logger = logging.getLogger("test_log_context")
    logger.handlers = [lines]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger


def test_lines_inside_an_update_carry_its_context() -> None:
    lines = Lines()
    log = _logger(lines)
    log.info("before")
    with log_context.update_context(100005, -1001):
        log.info("reading")
        log_context.tag(order=12, order_id=40)
        log.info("done")
    log_context.tag(order=99)  # outside an update: nothing to tag
    log.info("after")
    assert [line.split(": ", 1)[1] for line in lines.lines] == [
        "before",
        "reading [update=100005 chat=-1001]",
        "done [update=100005 chat=-1001 order=12 order_id=40]",
        "after",
    ]
    assert log_context.current() == {}


async def test_concurrent_updates_keep_their_own_context() -> None:
    lines = Lines()
    log = _logger(lines)

    async def update(update_id: int, incident: int) -> None:
        with log_context.update_context(update_id, None):
            await asyncio.sleep(0)
            log_context.tag(incident=incident)
            await asyncio.sleep(0)
            log.info("handled")

    await asyncio.gather(update(1, 7), update(2, 8))
    assert sorted(line.split(": ", 1)[1] for line in lines.lines) == [
        "handled [update=1 incident=7]",
        "handled [update=2 incident=8]",
    ]
