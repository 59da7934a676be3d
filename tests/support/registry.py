"""Helpers for the quarantine registry's tests: the community's today, and reading the ledger."""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from domain.clock import FakeClock
from models.community_settings import CommunitySettings
from models.db import create_engine, create_sessionmaker
from models.households import Household, Quarantine, QuarantineChange
from models.migrate import upgrade
from tests.support.factories import make_building


def local_today(clock: FakeClock, zone: str = "Asia/Shanghai") -> date:
    """Today in a zone (the harness's default TIMEZONE is Asia/Shanghai)."""
    return clock.now().astimezone(ZoneInfo(zone)).date()


async def read_ledger(database_url: str) -> dict[str, Any]:
    """Every household, quarantine, recorded change and settings row, as plain values."""
    engine = create_engine(database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            households = list((await session.execute(select(Household))).scalars())
            quarantines = list(
                (await session.execute(select(Quarantine).order_by(Quarantine.id))).scalars()
            )
            changes = list(
                (
                    await session.execute(select(QuarantineChange).order_by(QuarantineChange.id))
                ).scalars()
            )
            settings = list((await session.execute(select(CommunitySettings))).scalars())
    finally:
        await engine.dispose()
    flats = {h.id: h.flat for h in households}
    return {
        "households": {
            h.flat: (h.people, h.language, h.phone, h.needs, h.note) for h in households
        },
        "quarantines": [
            (flats[q.household_id], q.kind, q.start_date, q.days, q.ended_on) for q in quarantines
        ],
        "changes": [(c.quarantine_id, c.action, c.detail, c.by) for c in changes],
        "settings": settings,
    }


async def make_community(database_url: str, community: str, names: list[str]) -> dict[str, int]:
    """A migrated database with set-up buildings of one community; their ids by name."""
    engine = create_engine(database_url)
    try:
        await upgrade(engine)
        async with create_sessionmaker(engine)() as session:
            ids = {}
            for name in names:
                building = await make_building(session, FakeClock(), name=name)
                building.community = community
                await session.flush()
                ids[name] = building.id
            await session.commit()
            return ids
    finally:
        await engine.dispose()


def active_ledger(ledger: dict[str, Any]) -> tuple[dict[str, Any], list[Any]]:
    """The households and the quarantines not ended: what an export carries."""
    return ledger["households"], sorted(q[:4] for q in ledger["quarantines"] if q[4] is None)
