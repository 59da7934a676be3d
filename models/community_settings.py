"""Per-community settings of the quarantine calendar; a missing row means every default."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime


class CommunitySettings(Base):
    """One community's calendar settings; a None column takes domain.calendar_settings' default."""

    __tablename__ = "community_settings"

    community: Mapped[str] = mapped_column(String(64), primary_key=True)
    timezone: Mapped[str | None] = mapped_column(String(64))
    """IANA name; None follows the TIMEZONE setting."""
    sampling_days: Mapped[str | None] = mapped_column(String(64))
    """Quarantine days sampled, e.g. "1 4 7 10 14"."""
    sampling_window: Mapped[str | None] = mapped_column(String(16))
    """Local "HH:MM-HH:MM" on a sampling day."""
    sampling_notice: Mapped[str | None] = mapped_column(String(8))
    """Local "HH:MM" the evening before, when the group gets tomorrow's list."""
    rollcall_times: Mapped[str | None] = mapped_column(String(64))
    """Local "HH:MM HH:MM" temperature roll calls."""
    grace_minutes: Mapped[int | None] = mapped_column(Integer)
    summary_time: Mapped[str | None] = mapped_column(String(8))
    delivery_photo: Mapped[str | None] = mapped_column(String(16))
    """Whether a volunteer pressing Delivered is asked for a doorstep photo ("optional", "off");
    None: optional."""
    # order follow-ups (domain/follow_up_settings.py), in minutes
    unclaimed_minutes: Mapped[int | None] = mapped_column(Integer)
    undelivered_minutes: Mapped[int | None] = mapped_column(Integer)
    answer_minutes: Mapped[int | None] = mapped_column(Integer)
    urgent_unclaimed_minutes: Mapped[int | None] = mapped_column(Integer)
    urgent_undelivered_minutes: Mapped[int | None] = mapped_column(Integer)
    pair_window_minutes: Mapped[int | None] = mapped_column(Integer)
    """包户: minutes a paired household's order waits for its volunteer before opening to all."""
    rubbish_time: Mapped[str | None] = mapped_column(String(8))
    """Local "HH:MM" the paired households' daily rubbish run is due."""
    disinfect_time: Mapped[str | None] = mapped_column(String(8))
    """Local "HH:MM" the daily stairwell disinfection is due."""
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


async def community_settings_row(session: AsyncSession, community: str) -> CommunitySettings | None:
    """The stored settings row of a community, if staff ever changed one."""
    return (await session.execute(_ROW, {"community": community})).scalar_one_or_none()


# built once: every order reads it (its follow-up's delay), no statement built each time
_ROW = select(CommunitySettings).where(CommunitySettings.community == bindparam("community"))
