"""A group becomes a supergroup: the building, its chain targets and the queue follow the new id."""

from __future__ import annotations

from aiogram.exceptions import TelegramMigrateToChat
from aiogram.methods import SendMessage
from sqlalchemy import select

from bot.outbound import queue_send
from bot.sender import OutboundSender
from domain.buildings import group_migrated
from domain.clock import FakeClock
from models.buildings import Building, building_by_chat
from models.incidents import EscalationLevel
from models.outbox import OutboundMessage, OutboxStatus, Priority
from tests.support.factories import make_building, make_chain
from tests.support.scripted_bot import ScriptedBot

NEW = -1_009_000_000_001


async def _chat_ids(sessionmaker) -> dict[str, tuple[int, str]]:
    async with sessionmaker() as session:
        rows = (await session.execute(select(OutboundMessage))).scalars()
        return {r.payload["text"]: (r.chat_id, r.status) for r in rows}


async def test_the_building_chain_and_queue_follow_the_group(
    sessionmaker, clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        old = building.chat_id
        await make_chain(
            session,
            "default",
            ("楼道长", 60, f"role:lead chat:{old} chat:{old}0", False),
            ("街道", 60, "chat:-42", False),
        )
        queue_send(session, chat_id=old, text="card", now=clock.now(), priority=Priority.CARD)
        queue_send(session, chat_id=-42, text="elsewhere", now=clock.now())
        # the bot saw the new supergroup first and made an empty building for it
        session.add(Building(chat_id=NEW, created_at=clock.now(), updated_at=clock.now()))
        await session.commit()

    for _ in range(2):  # told from both chats: the second time changes nothing
        async with sessionmaker() as session:
            moved = await group_migrated(session, clock, old_chat_id=old, new_chat_id=NEW)
            await session.commit()
            assert moved is not None and moved.chat_id == NEW and moved.name == "3号楼"

    async with sessionmaker() as session:
        assert await building_by_chat(session, old) is None
        levels = (await session.execute(select(EscalationLevel.targets))).scalars().all()
    assert sorted(levels) == sorted([f"role:lead chat:{NEW} chat:{old}0", "chat:-42"])
    assert await _chat_ids(sessionmaker) == {
        "card": (NEW, OutboxStatus.PENDING),
        "elsewhere": (-42, OutboxStatus.PENDING),
    }


async def test_a_real_building_at_the_new_id_is_not_merged(sessionmaker, clock: FakeClock) -> None:
    async with sessionmaker() as session:
        first = await make_building(session, clock, name="3号楼")
        second = await make_building(session, clock, name="5号楼")
        old, taken = first.chat_id, second.chat_id
        queue_send(session, chat_id=old, text="card", now=clock.now())
        await session.commit()
        await group_migrated(session, clock, old_chat_id=old, new_chat_id=taken)
        await session.commit()
    async with sessionmaker() as session:
        kept = await building_by_chat(session, old)
        assert kept is not None and kept.name == "3号楼"  # a person decides, not the bot
    assert await _chat_ids(sessionmaker) == {"card": (taken, OutboxStatus.PENDING)}


async def test_the_sender_follows_a_migrated_group_and_keeps_going(
    sessionmaker, clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        old = building.chat_id
        for text in ("card 1", "card 2"):
            queue_send(session, chat_id=old, text=text, now=clock.now(), priority=Priority.CARD)
        queue_send(session, chat_id=-7, text="other", now=clock.now(), priority=Priority.CARD)
        await session.commit()
    bot = ScriptedBot()
    bot.fail(
        old,
        TelegramMigrateToChat(
            method=SendMessage(chat_id=old, text="x"),
            message="Bad Request: group chat was upgraded to a supergroup chat",
            migrate_to_chat_id=NEW,
        ),
    )
    sender = OutboundSender(bot, sessionmaker, clock)  # type: ignore[arg-type]
    assert await sender.deliver_due() == 0.0  # the moved rows are due again at once
    await sender.deliver_due()
    assert [(c.chat_id, c.text) for c in bot.calls] == [
        (old, "card 1"),
        (-7, "other"),
        (NEW, "card 1"),
        (NEW, "card 2"),
    ]
    assert await _chat_ids(sessionmaker) == {
        "card 1": (NEW, OutboxStatus.SENT),
        "card 2": (NEW, OutboxStatus.SENT),
        "other": (-7, OutboxStatus.SENT),
    }
    async with sessionmaker() as session:
        moved = await building_by_chat(session, NEW)
        assert moved is not None and moved.id == building.id


async def test_if_the_building_cannot_follow_the_messages_still_do(
    sessionmaker, clock: FakeClock, monkeypatch
) -> None:
    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("constraint")

    monkeypatch.setattr("bot.sender.group_migrated", broken)
    await _queue_one(sessionmaker, clock, -5, "card")
    bot = ScriptedBot()
    bot.fail(-5, _moved(-5))
    sender = OutboundSender(bot, sessionmaker, clock)  # type: ignore[arg-type]
    await sender.deliver_due()
    await sender.deliver_due()
    assert [(c.chat_id, c.text) for c in bot.calls] == [(-5, "card"), (NEW, "card")]
    assert await _chat_ids(sessionmaker) == {"card": (NEW, OutboxStatus.SENT)}


async def _queue_one(sessionmaker, clock: FakeClock, chat_id: int, text: str) -> None:
    async with sessionmaker() as session:
        queue_send(session, chat_id=chat_id, text=text, now=clock.now())
        await session.commit()


def _moved(old: int) -> TelegramMigrateToChat:
    return TelegramMigrateToChat(
        method=SendMessage(chat_id=old, text="x"),
        message="Bad Request: group chat was upgraded to a supergroup chat",
        migrate_to_chat_id=NEW,
    )
