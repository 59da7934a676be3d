"""Proof of delivery: the doorstep photo a volunteer may add after pressing Delivered.

The photo is kept as Telegram's file id (never downloaded). A community may turn the question
off (`/settings photo off`); by default it is asked, and skipping is fine.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import SettingValueError
from domain.clock import Clock
from domain.order_rules import OrderStatus
from models.base import insert_new
from models.buildings import Building, member_of
from models.community_settings import community_settings_row
from models.delivery_photos import DeliveryPhoto
from models.orders import Order, OrderEvent

ANSWER_WITHIN = timedelta(hours=6)
"""A photo sent without replying to the question still counts this long after it was asked."""


class PhotoMode(enum.StrEnum):
    """Whether Delivered asks for a photo."""

    OPTIONAL = "optional"
    OFF = "off"


PHOTO_WORDS = {
    PhotoMode.OPTIONAL: ("optional", "on", "ask", "yes", "可选", "开", "开启", "要"),
    PhotoMode.OFF: ("off", "no", "never", "关", "关闭", "不要", "不用"),
}


def parse_photo_mode(text: str) -> str:
    """ "optional" / "off" (or 可选 / 关闭) as the stored value."""
    word = text.strip().lower()
    for mode, words in PHOTO_WORDS.items():
        if word in words:
            return mode.value
    raise SettingValueError(text)


async def photo_mode(session: AsyncSession, community: str) -> PhotoMode:
    """The community's choice (optional unless staff turned it off)."""
    row = await community_settings_row(session, community)
    if row is None or row.delivery_photo is None:
        return PhotoMode.OPTIONAL
    return PhotoMode(row.delivery_photo)


async def ask_for_photo(
    session: AsyncSession, clock: Clock, *, building: Building, order: Order
) -> DeliveryPhoto | None:
    """Record that the volunteer is asked for a photo (the caller queues the question);
    None if the community turned it off, or the order was asked already."""
    if order.volunteer_id is None or await photo_mode(session, building.community) is PhotoMode.OFF:
        return None
    values = {"order_id": order.id, "volunteer_id": order.volunteer_id, "asked_at": clock.now()}
    new_id = await insert_new(session, DeliveryPhoto, values, unique=("order_id",))
    return await session.get(DeliveryPhoto, new_id) if new_id is not None else None


async def photo_prompted(session: AsyncSession, request_id: int, message_id: int) -> None:
    """The sender's hook once the question reached the volunteer: a reply to it names it."""
    await session.execute(
        update(DeliveryPhoto)
        .where(DeliveryPhoto.id == request_id, DeliveryPhoto.prompt_message_id.is_(None))
        .values(prompt_message_id=message_id)
    )


@dataclass(frozen=True)
class Attached:
    """A photo now on an order."""

    photo: DeliveryPhoto
    order: Order
    building: Building


async def attach_photo(
    session: AsyncSession,
    clock: Clock,
    *,
    volunteer_id: int,
    reply_to: int | None,
    file_id: str,
    file_unique_id: str,
) -> Attached | None:
    """Put a photo the volunteer sent privately on the order it answers: the question it
    replies to, else their latest question still open. One conditional UPDATE (a photo sent
    twice, or after Skip, changes nothing); None if it answers no open question."""
    now = clock.now()
    open_ = (
        DeliveryPhoto.volunteer_id == volunteer_id,
        DeliveryPhoto.file_id.is_(None),
        DeliveryPhoto.skipped_at.is_(None),
    )
    stmt = select(DeliveryPhoto).where(*open_)
    if reply_to is not None:
        stmt = stmt.where(DeliveryPhoto.prompt_message_id == reply_to)
    else:
        stmt = stmt.where(DeliveryPhoto.asked_at > now - ANSWER_WITHIN)
    photo = (await session.scalars(stmt.order_by(DeliveryPhoto.id.desc()).limit(1))).first()
    if photo is None:
        return None
    changed = await session.execute(
        update(DeliveryPhoto)
        .where(DeliveryPhoto.id == photo.id, *open_)
        .values(file_id=file_id[:256], file_unique_id=file_unique_id[:128], attached_at=now)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        return None
    await session.refresh(photo)
    order = await session.get(Order, photo.order_id)
    building = await session.get(Building, order.building_id) if order else None
    if order is None or building is None:
        return None
    session.add(
        OrderEvent(
            order_id=order.id,
            actor_id=volunteer_id,
            action="photo",
            from_status=order.status,
            to_status=order.status,
            detail=file_unique_id[:64],
            at=now,
        )
    )
    return Attached(photo, order, building)


async def skip_photo(session: AsyncSession, clock: Clock, *, order_id: int, person_id: int) -> bool:
    """The volunteer needs no photo for this order; False if it was not theirs to skip."""
    changed = await session.execute(
        update(DeliveryPhoto)
        .where(
            DeliveryPhoto.order_id == order_id,
            DeliveryPhoto.volunteer_id == person_id,
            DeliveryPhoto.file_id.is_(None),
            DeliveryPhoto.skipped_at.is_(None),
        )
        .values(skipped_at=clock.now())
    )
    return changed.rowcount == 1  # type: ignore[attr-defined]


async def may_see_photo(session: AsyncSession, order: Order, person_id: int) -> bool:
    """The resident, the volunteer, and the building's staff and lead (group admins are asked
    of Telegram by the caller)."""
    if person_id in (order.resident_id, order.volunteer_id):
        return True
    member = await member_of(session, order.building_id, person_id)
    return bool(member and (member.is_staff or member.is_lead))


def may_show_photo(order: Order) -> bool:
    """Whether the order's card could note a photo (whether its photo is worth reading)."""
    return order.status == OrderStatus.DELIVERED.value


def shows_photo(order: Order, photo: DeliveryPhoto | None) -> bool:
    """Whether the order's card notes a photo."""
    return photo is not None and photo.file_id is not None and may_show_photo(order)
