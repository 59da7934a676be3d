"""`python -m bot` killed with SIGKILL in the middle of an inbound burst: the updates it had taken
from Telegram (confirmed, not yet handled) are in the inbound journal, and the next process
handles each once. With aiogram's own polling they were lost: confirmed by the next getUpdates
as soon as they were read."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from standin.server import BotApiStandIn
from standin.world import StandInChat
from tests.support.bot_process import BotProcess, says, until_quiet

GROUPS = 5
ORDERS = 12  # a group's cards stay under its 20 messages a minute
REQUEST = "帮忙买一袋大米 两桶油 谢谢 ({n})"


def _rows(database: Path, table: str) -> int:
    with sqlite3.connect(database) as db:
        (count,) = db.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(count)


def _cards(standin: BotApiStandIn, group: StandInChat, number: int) -> int:
    return len(
        [
            c
            for c in standin.calls("sendMessage")
            if c.ok
            and c.params.get("chat_id") == group.id
            and f"#{number}</b>" in c.params.get("text", "")
        ]
    )


async def test_sigkill_mid_burst_loses_and_doubles_nothing(
    standin: BotApiStandIn, bot_process: BotProcess
) -> None:
    s = standin
    li = await s.add_user("李主任", username="director_li")
    wang = await s.add_user("王阿姨")
    await bot_process.start()
    groups = []
    for g in range(GROUPS):
        group = await s.add_group(f"{g + 1}号楼", creator=li, members=[wang])
        await s.add_bot_to_group(group, li, as_admin=True)
        await s.post(group, li, f"/setup {g + 1}号楼")
        await s.post(group, wang, "/register 3-2-501")
        await says(s, group, "3-2-501", timeout=30)
        groups.append(group)

    for n in range(ORDERS):
        for group in groups:
            await s.post(group, wang, REQUEST.format(n=n))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 20
    while s.pending_updates():  # every update of the burst confirmed: in the journal now
        assert loop.time() < deadline, "the bot never took the burst"
        await asyncio.sleep(0.005)
    await bot_process.kill()
    left = _rows(bot_process.database, "inbound_updates")
    assert 0 < left, "killed after the burst was handled: nothing tested"
    assert _rows(bot_process.database, "orders") < GROUPS * ORDERS

    await bot_process.start()  # nothing is pending at Telegram: only the journal has them
    for group in groups:
        await says(s, group, f"#{ORDERS}</b>", timeout=60)
    await until_quiet(s, bot_process.database, for_seconds=1.0)
    assert _rows(bot_process.database, "orders") == GROUPS * ORDERS
    assert _rows(bot_process.database, "inbound_updates") == 0
    for group in groups:
        assert [_cards(s, group, n) for n in range(1, ORDERS + 1)] == [1] * ORDERS
