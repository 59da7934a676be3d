"""An emergency is never lost to an error: bad chains, bad numbers, a step that fails."""

from __future__ import annotations

import logging
import time

import pytest
from sqlalchemy import select

from bot.notifier import TelegramNotifier
from models.buildings import Building
from models.db import create_engine, create_sessionmaker
from models.incidents import EscalationLevel, Incident
from tests.support.harness import CARDIAC, BuildingWorld, Harness, set_up_chain

HUGE = "99999999999999999999999"


async def _store_chain(
    harness: Harness, chat_id: int, *levels: tuple[str, str, str | None]
) -> None:
    """Chain rows as an older version (before /chain checked ids) could have stored them."""
    engine = create_engine(harness.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            building = await session.scalar(select(Building).where(Building.chat_id == chat_id))
            assert building is not None
            for position, (name, targets, webhook) in enumerate(levels, start=1):
                session.add(
                    EscalationLevel(
                        community=building.community,
                        position=position,
                        name=name,
                        ack_seconds=120,
                        targets=targets,
                        with_previous=False,
                        webhook=webhook,
                    )
                )
            await session.commit()
    finally:
        await engine.dispose()


async def _incidents(harness: Harness) -> list[Incident]:
    engine = create_engine(harness.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            return list((await session.execute(select(Incident))).scalars())
    finally:
        await engine.dispose()


async def test_every_kind_of_bad_chain_still_reaches_the_valid_targets(
    harness: Harness, building: BuildingWorld, caplog: pytest.LogCaptureFixture
) -> None:
    s, group = harness.standin, building.group
    await s.user_starts_bot(building.eve)
    mark = s.mark()
    await s.post(group, building.li, "/lead @eve")
    await harness.bot_says(group, "楼道长", since=mark)
    await _store_chain(
        harness,
        group.id,
        ("空层", "", None),  # a level that names nobody
        (
            "一线",
            f"chat:{HUGE} person:{HUGE} person:² role:nurse person:abc role:lead "
            f"person:{building.dave.id} chat:-4242",  # Dave never started; no such chat
            "no-such-webhook",
        ),
    )
    with caplog.at_level(logging.WARNING):
        await s.post(group, building.wang, CARDIAC)
        alert = await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
        await harness.bot_says(group, "已收到紧急求助", "一线", since=mark)
        await harness.settled()
    assert "一线" in alert.params["text"]
    assert f"skipping target 'chat:{HUGE}'" in caplog.text
    assert "OverflowError" not in caplog.text


async def test_chain_refuses_ids_that_are_not_telegram_ids(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.li, f"/chain L1 | 10s | chat:{HUGE} role:lead")
    refused = (await harness.bot_says(group, "呼叫链格式有误", since=mark)).params["text"]
    assert f"第 1 行：「chat:{HUGE}」里的编号不是 Telegram 编号" in refused
    await s.post(group, building.li, "/chain")
    shown = (await harness.bot_says(group, "应急呼叫链", since=mark)).params["text"]
    assert HUGE not in shown


@pytest.mark.parametrize("number", ["²", HUGE, "١٢"])
async def test_incident_numbers_are_ascii_digits(
    harness: Harness, building: BuildingWorld, number: str
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.li, f"/incident {number}")
    await harness.bot_says(group, "/incident", since=mark)


async def test_a_huge_id_in_a_button_is_answered(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.wang, "/help")
    help_message = await harness.bot_says(group, "🆘", since=mark)
    for data in (f"i1:ack:{'9' * 30}", f"s1:{'9' * 30}", f"o1:claim:{'9' * 30}"):
        query = await s.press(
            group, building.wang, help_message.result["message_id"], callback_data=data
        )
        assert (await s.wait_callback_answer(query))["text"]


async def test_the_emergency_is_stored_before_a_later_step_fails(
    harness: Harness, building: BuildingWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    s, group = harness.standin, building.group
    await s.user_starts_bot(building.eve)
    mark = s.mark()
    await s.post(group, building.li, "/lead @eve")
    await harness.bot_says(group, "楼道长", since=mark)

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the group answer could not be queued")

    monkeypatch.setattr(TelegramNotifier, "incident_opened", broken)
    await s.post(group, building.wang, CARDIAC)
    await harness.settled()
    stored = await _incidents(harness)
    assert len(stored) == 1 and stored[0].stage == -1  # kept, and due at once
    assert harness.sent_to(building.eve, lambda t: "紧急求助 #1" in t) == []

    monkeypatch.undo()
    assert await harness.louhu.sweep() == 1  # the sweep alerts what the failed step did not
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    await harness.bot_says(group, "已收到紧急求助", "楼道长", since=mark)


async def test_chain_warns_of_a_webhook_that_is_not_configured(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.li, "/chain L1 | 2m | role:lead | webhook:sms")
    shown = (await harness.bot_says(group, "应急呼叫链", since=mark)).params["text"]
    assert "ESCALATION_WEBHOOKS" in shown and "sms" in shown


async def test_a_slow_admin_lookup_holds_no_transaction_nor_other_incidents(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)  # 李主任 started the bot there
    other = await s.add_group("9号楼", creator=building.li, members=[building.dave])
    await s.add_bot_to_group(other, building.li, as_admin=True)
    await s.post(other, building.li, "/setup 9号楼")
    await harness.bot_says(other, "已登记本楼")
    await harness.settled()
    # nobody in 9号楼's chain can be reached: its emergency falls back to the group's admins,
    # and Telegram takes 2.5 s to list them (the bot waits up to 3 s)
    s.fail(
        "getChatAdministrators",
        "timeout",
        apply=True,
        hang_seconds=2.5,
        predicate=lambda p: p.get("chat_id") == other.id,
    )
    mark = s.mark()
    await s.post(other, building.dave, "my dad collapsed and is not breathing")
    await s.wait_for("getChatAdministrators", lambda c: c.fault == "timeout", since=mark)
    posted = time.monotonic()
    await s.post(group, building.wang, CARDIAC)
    alert = await harness.bot_says(building.eve, "紧急求助 #2", since=mark)
    assert alert.at - posted < 1.0  # not held behind the lookup (2.5 s before the fix)
    fallback = await harness.bot_says(building.li, "紧急求助 #1", since=mark)  # the fallback
    assert "my dad collapsed" in fallback.params["text"]
    await harness.bot_says(other, "李主任", since=mark)  # the group is told who is called
