"""The quarantine fever rule end to end: 39.5 °C from a quarantined household calls the chain."""

from __future__ import annotations

from sqlalchemy import func, select

from models.buildings import building_by_chat
from models.incidents import Incident
from standin.world import StandInChat
from tests.support.harness import BuildingWorld, Harness, set_up_chain
from tests.support.sampling import SHANGHAI, quarantine


async def _quarantine(harness: Harness, group: StandInChat, flat: str) -> None:
    """The flat in quarantine, on its day 4 today (the community's local date)."""
    today = harness.clock.now().astimezone(SHANGHAI).date()
    async with harness.louhu.sessionmaker() as session:
        building = await building_by_chat(session, group.id)
        assert building is not None
        await quarantine(session, building.id, flat, day_on=today, day=4)
        await session.commit()


async def _incidents(harness: Harness) -> int:
    async with harness.louhu.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(Incident)) or 0)


async def test_high_fever_in_quarantine_alerts_the_first_level(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    await _quarantine(harness, group, "3-2-501")
    mark = s.mark()
    report = await s.post(group, building.wang, "3-2-501 103.1F")

    alert = await harness.bot_says(building.eve, "3-2-501", "39.5", since=mark)  # the lead
    assert "103.1F" in alert.params["text"] and "隔离中的住户体温 ≥39.5°C" in alert.params["text"]
    await harness.bot_says(building.bob, "103.1F", "39.5 °C or more", since=mark)  # doctor
    calm = await harness.bot_says(group, "已收到紧急求助", since=mark)
    assert calm.params["reply_parameters"]["message_id"] == report.message_id
    advice = await harness.bot_says(group, "39.5°C 已记录", since=mark)  # fever advice as ever
    assert "社区医生已收到提醒" in advice.params["text"]
    await harness.settled()
    assert await _incidents(harness) == 1
    assert harness.sent_to(building.li, lambda t: "103.1F" in t) == []  # level 2 not yet


async def test_high_fever_outside_quarantine_is_advice_only(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, "3-2-501 39.5")
    await harness.bot_says(group, "39.5°C 已记录", since=mark)
    await harness.bot_says(building.bob, "Fever", "39.5", since=mark)  # the doctor's alert
    await harness.settled()
    assert await _incidents(harness) == 0
    assert harness.sent_to(building.eve, lambda t: "39.5" in t) == []
    assert harness.sent_to(group, lambda t: "已收到紧急求助" in t) == []
