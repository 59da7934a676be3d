"""A basic group is upgraded to a supergroup (new chat id): the building goes with it."""

from __future__ import annotations

from models.buildings import building_by_chat
from standin.recording import ApiCall
from standin.world import StandInChat, StandInUser
from tests.support.harness import Harness

CARDIAC = "救命 我老婆突然心脏闷痛，手脚冒汗"
CALM = "已收到紧急求助"


async def _basic_group(harness: Harness) -> tuple[StandInChat, StandInUser, StandInUser]:
    """A set-up building in a basic group (not yet a supergroup); its resident and lead."""
    s = harness.standin
    li = await s.add_user("李主任", username="director_li")
    wang = await s.add_user("王阿姨")
    eve = await s.add_user("小夏", username="eve")
    group = await s.add_group("3号楼", supergroup=False, creator=li, members=[wang, eve])
    await s.add_bot_to_group(group, li, as_admin=True)
    await s.user_starts_bot(eve)
    await s.post(group, li, "/setup 3号楼")
    await s.post(group, wang, "/register 3-2-501")
    await s.post(group, li, "/lead @eve")
    await harness.bot_says(group, "3-2-501")
    await harness.bot_says(group, "小夏")
    return group, wang, eve


def _sends(harness: Harness, chat: StandInChat, *, since: int) -> list[ApiCall]:
    return [
        c
        for c in harness.standin.calls()[since:]
        if c.method == "sendMessage" and c.params.get("chat_id") == chat.id
    ]


async def _building_name(harness: Harness, chat_id: int) -> str | None:
    async with harness.louhu.sessionmaker() as session:
        building = await building_by_chat(session, chat_id)
        return building.name if building else None


async def test_the_upgrade_message_moves_the_building(harness: Harness) -> None:
    s = harness.standin
    group, wang, eve = await _basic_group(harness)
    supergroup = await s.migrate_group(group)

    mark = s.mark()
    await s.post(supergroup, wang, CARDIAC)
    await harness.bot_says(supergroup, CALM, since=mark)
    await harness.bot_says(eve, "3-2-501", since=mark)
    assert await _building_name(harness, supergroup.id) == "3号楼"
    assert await _building_name(harness, group.id) is None
    assert _sends(harness, group, since=mark) == []  # never tried at the old id


async def test_a_send_refused_for_the_old_id_goes_to_the_new_one(harness: Harness) -> None:
    s = harness.standin
    group, wang, eve = await _basic_group(harness)
    await s.user_starts_bot(wang)
    # The upgrade messages are not read (lost, or the bot was down): the sender learns the
    # move from Telegram's answer to a send to the old id.
    supergroup = await s.migrate_group(group, announce=False)

    mark = s.mark()
    await s.post(
        s.chats[wang.id], wang, "/sos 我老婆突然心脏闷痛"
    )  # in private: answered in the group
    await harness.bot_says(eve, "3-2-501", since=mark)
    await harness.bot_says(supergroup, CALM, since=mark, timeout=10)
    refused = _sends(harness, group, since=mark)
    assert [c.ok for c in refused] == [False]
    assert refused[0].result_or_error["parameters"] == {"migrate_to_chat_id": supergroup.id}
    assert await _building_name(harness, supergroup.id) == "3号楼"

    mark = s.mark()  # from now on the group is reached at its new id directly
    await s.post(supergroup, wang, CARDIAC)
    await harness.bot_says(supergroup, CALM, since=mark)
    assert _sends(harness, group, since=mark) == []
