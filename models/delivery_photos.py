"""Doorstep photos volunteers add to delivered orders (Telegram file ids, never downloaded)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String, UniqueConstraint, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime


class DeliveryPhoto(Base):
    """The doorstep photo asked of a volunteer who pressed Delivered (kept as Telegram's file id,
    never downloaded)."""

    __tablename__ = "delivery_photos"
    __table_args__ = (UniqueConstraint("order_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    prompt_message_id: Mapped[int | None] = mapped_column(BigInteger)
    file_id: Mapped[str | None] = mapped_column(String(256))
    file_unique_id: Mapped[str | None] = mapped_column(String(128))
    attached_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    skipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


async def photo_of(session: AsyncSession, order_id: int) -> DeliveryPhoto | None:
    """The delivery photo request of an order, if one was made."""
    stmt = select(DeliveryPhoto).where(DeliveryPhoto.order_id == order_id)
    return (await session.scalars(stmt)).first()
