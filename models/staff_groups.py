"""Community staff groups: a group chat that staff registered as their community's own
(`/staffgroup 幸福里`), where community-wide 吹哨 calls are posted."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, String, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime


class StaffGroup(Base):
    """A community's staff (or community-wide volunteer) group chat; a chat serves one
    community at most."""

    __tablename__ = "staff_groups"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    community: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(String(256), default="")
    registered_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    """False after `/staffgroup off` (the row stays: calls posted there still name it)."""


async def staff_group_by_chat(session: AsyncSession, chat_id: int) -> StaffGroup | None:
    """The staff group this chat is, if staff registered it (and did not turn it off)."""
    stmt = select(StaffGroup).where(StaffGroup.chat_id == chat_id, StaffGroup.active.is_(True))
    return (await session.execute(stmt)).scalar_one_or_none()
