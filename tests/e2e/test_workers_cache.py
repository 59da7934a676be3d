"""Two `python -m bot` workers on PostgreSQL, each keeping senders and buildings between updates
(bot/context_cache.py): a change one worker makes is seen by the other on its next update, through
the notification the change sends (bot/context_listen.py)."""

from __future__ import annotations

import pytest

from standin.server import BotApiStandIn
from tests.support.harness import REQUEST
from tests.support.workers import TwoWorkers, says

pytestmark = pytest.mark.postgres


async def test_a_group_language_set_at_one_worker_is_used_by_the_other_next(
    standin: BotApiStandIn,
    workers: TwoWorkers,
) -> None:
    s = standin
    li = await s.add_user("李主任", username="director_li")
    wang = await s.add_user("王阿姨")
    group = await s.add_group("3号楼", creator=li, members=[wang])
    await s.add_bot_to_group(group, li, as_admin=True)
    await workers.start()
    s.webhook.spread([workers.a.url])
    await s.post(group, li, "/setup 3号楼")
    await s.post(group, li, "/grouplang zh")
    await s.post(group, wang, "/register 3-2-501")
    await s.post(group, wang, REQUEST)
    first = await says(s, group, "#1</b>")
    assert "等待志愿者接单" in first.params["text"]  # A has read and kept the building
    await workers.quiet()

    s.webhook.spread([workers.b.url])
    await s.post(group, wang, "大家好")  # B reads and keeps it too
    await s.post(group, li, "/grouplang en")  # and changes it
    await workers.quiet()

    s.webhook.spread([workers.a.url])  # A's next update
    await s.post(group, wang, REQUEST)
    second = await says(s, group, "#2</b>")
    assert "waiting for a volunteer" in second.params["text"], second.params["text"]
    assert "等待志愿者接单" not in second.params["text"]
