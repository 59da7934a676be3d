"""The calendar's record of each slot run once, and how far the engine has looked.

The unique (building, kind, instant) row is what makes a slot run exactly once: it is inserted
in the same transaction as the slot's messages, by one conditional INSERT, so two processes or
a restart racing for a slot leave one winner and the loser does nothing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import (
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime, insert_new
from models.buildings import Building
from models.households import Quarantine

ERROR_KEPT = 500
"""Characters of a failed action's error kept on its record."""


class RunStatus(enum.StrEnum):
    """What the engine recorded for a slot."""

    RUN = "run"
    """The action ran and committed with this record."""
    MISSED = "missed"
    """Found later than its allowance; the missed action ran instead (e.g. the lead was told)."""
    FAILED = "failed"
    """The action raised; tried again at each tick while on time, else reported missed."""


class CalendarRun(Base):
    """One slot of one building, recorded when it ran (or was reported missed, or failed)."""

    __tablename__ = "calendar_runs"
    __table_args__ = (UniqueConstraint("building_id", "kind", "at"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    day: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    """How many times the action (or the missed action) was tried."""
    error: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CalendarWatermark(Base):
    """One row: the instant up to which the engine last looked at every building's calendar."""

    __tablename__ = "calendar_watermark"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    checked_until: Mapped[datetime] = mapped_column(UTCDateTime)


WATERMARK_ID = 1
RunKey = tuple[int, str, datetime]
"""(building id, slot kind, instant)."""


@dataclass(frozen=True)
class Recorded:
    """A slot's record as the engine reads it."""

    id: int
    status: RunStatus


@dataclass(frozen=True)
class SlotKey:
    """The slot a record is for: building, kind and instant (unique), and its local day."""

    building_id: int
    kind: str
    at: datetime
    day: date

    def values(self) -> dict[str, object]:
        """As column values."""
        return {"building_id": self.building_id, "kind": self.kind, "at": self.at, "day": self.day}


@dataclass(frozen=True)
class SpanRow:
    """A quarantine's dates with its building and community, as the engine's one query reads."""

    building_id: int
    community: str
    start_date: date
    days: int
    ended_on: date | None


async def recorded_runs(session: AsyncSession, since: datetime) -> dict[RunKey, Recorded]:
    """Every slot recorded at or after an instant, by (building, kind, instant)."""
    stmt = select(
        CalendarRun.id,
        CalendarRun.building_id,
        CalendarRun.kind,
        CalendarRun.at,
        CalendarRun.status,
    ).where(CalendarRun.at >= since)
    return {
        (building_id, kind, at): Recorded(run_id, RunStatus(status))
        for run_id, building_id, kind, at, status in (await session.execute(stmt)).all()
    }


async def run_status(
    session: AsyncSession, building_id: int, kind: str, at: datetime
) -> RunStatus | None:
    """What is recorded for one slot (None: nothing yet), e.g. for a roll call's close to ask
    whether its roll call was posted or reported missed."""
    stmt = select(CalendarRun.status).where(
        CalendarRun.building_id == building_id, CalendarRun.kind == kind, CalendarRun.at == at
    )
    status = (await session.execute(stmt)).scalar_one_or_none()
    return None if status is None else RunStatus(status)


async def quarantine_spans(session: AsyncSession, first: date, last: date) -> list[SpanRow]:
    """Quarantines of set-up, active buildings in force on some date of [first, last] or
    starting the day after (its sampling notice falls on `last`): one query for every building.
    """
    if session.get_bind().dialect.name == "postgresql":
        runs_past_first = Quarantine.start_date + Quarantine.days > first
    else:  # SQLite keeps dates as ISO text; julianday() does the arithmetic
        runs_past_first = func.julianday(Quarantine.start_date) + Quarantine.days > func.julianday(
            first
        )
    stmt = (
        select(
            Quarantine.building_id,
            Building.community,
            Quarantine.start_date,
            Quarantine.days,
            Quarantine.ended_on,
        )
        .join(Building, Building.id == Quarantine.building_id)
        .where(
            Building.active.is_(True),
            Building.name.is_not(None),
            Quarantine.start_date <= last,
            runs_past_first,
            Quarantine.ended_on.is_(None) | (Quarantine.ended_on >= first),
        )
        .distinct()  # households starting together are one span to the calendar
    )
    return [SpanRow(*row) for row in (await session.execute(stmt)).all()]


async def claim_slot(
    session: AsyncSession,
    key: SlotKey,
    *,
    status: RunStatus,
    failed_run: int | None,
    now: datetime,
) -> bool:
    """Take a slot for this transaction: insert its record, or turn a failed record into
    `status`; False if another transaction has it (one conditional statement either way)."""
    if failed_run is None:
        values = {
            **key.values(),
            "status": status,
            "attempts": 1,
            "recorded_at": now,
            "updated_at": now,
        }
        unique = ("building_id", "kind", "at")
        return await insert_new(session, CalendarRun, values, unique=unique) is not None
    stmt = (
        update(CalendarRun)
        .where(CalendarRun.id == failed_run, CalendarRun.status == RunStatus.FAILED)
        .values(status=status, attempts=CalendarRun.attempts + 1, updated_at=now)
    )
    result = await session.execute(stmt)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def record_failure(
    session: AsyncSession,
    key: SlotKey,
    *,
    error: str,
    now: datetime,
) -> None:
    """Keep that a slot's action failed, so it is retried (or reported missed) at later ticks."""
    values = {
        **key.values(),
        "status": RunStatus.FAILED,
        "attempts": 1,
        "error": error[:ERROR_KEPT],
        "recorded_at": now,
        "updated_at": now,
    }
    unique = ("building_id", "kind", "at")
    if await insert_new(session, CalendarRun, values, unique=unique) is None:
        await session.execute(
            update(CalendarRun)
            .where(
                CalendarRun.building_id == key.building_id,
                CalendarRun.kind == key.kind,
                CalendarRun.at == key.at,
                CalendarRun.status == RunStatus.FAILED,
            )
            .values(attempts=CalendarRun.attempts + 1, error=error[:ERROR_KEPT], updated_at=now)
        )


async def checked_until(session: AsyncSession) -> datetime | None:
    """The instant up to which the engine last looked at every building; None: never."""
    stmt = select(CalendarWatermark.checked_until).where(CalendarWatermark.id == WATERMARK_ID)
    return (await session.execute(stmt)).scalar_one_or_none()


async def advance_watermark(session: AsyncSession, until: datetime) -> None:
    """Move the watermark forward to `until` (never back: a slower engine's tick is older)."""
    values = {"id": WATERMARK_ID, "checked_until": until}
    if await insert_new(session, CalendarWatermark, values, unique=("id",)) is None:
        await session.execute(
            update(CalendarWatermark)
            .where(CalendarWatermark.id == WATERMARK_ID, CalendarWatermark.checked_until < until)
            .values(checked_until=until)
        )
