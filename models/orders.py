"""Orders residents place and the log of every change made to them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    exists,
    false,
    literal,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime
from models.buildings import COUNTER_ONLY, Building


class Order(Base):
    """A numbered request from a resident, claimed and closed by a volunteer."""

    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("building_id", "number"),
        UniqueConstraint("source_chat_id", "source_message_id"),
        Index("ix_orders_building_status", "building_id", "status"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))
    number: Mapped[int] = mapped_column(Integer)
    resident_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    flat: Mapped[str | None] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16))
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    source_chat_id: Mapped[int] = mapped_column(BigInteger)
    source_message_id: Mapped[int] = mapped_column(BigInteger)
    card_message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    assigned_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    """Who assigned the holder (staff or the lead); None when the holder claimed it."""
    assignee_unreached: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Telegram refused the private notice to the assigned volunteer (never started the bot)."""
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Medicine for a household whose ledger names a chronic condition: marked 🔴, followed up
    sooner (domain/order_follow_up.py)."""


class OrderEvent(Base):
    """One state change of an order: who did what, when."""

    __tablename__ = "order_events"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    action: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


async def order_events(session: AsyncSession, order_id: int) -> list[OrderEvent]:
    """An order's history, oldest first."""
    stmt = select(OrderEvent).where(OrderEvent.order_id == order_id).order_by(OrderEvent.id)
    return list((await session.execute(stmt)).scalars())


async def orders_with_status(
    session: AsyncSession,
    statuses: tuple[str, ...],
    *,
    building_id: int | None = None,
    volunteer_id: int | None = None,
    limit: int = 50,
) -> list[Order]:
    """Orders in the given states, oldest first, filtered by building or volunteer."""
    stmt = select(Order).where(Order.status.in_(statuses)).order_by(Order.id).limit(limit)
    if building_id is not None:
        stmt = stmt.where(Order.building_id == building_id)
    if volunteer_id is not None:
        stmt = stmt.where(Order.volunteer_id == volunteer_id)
    return list((await session.execute(stmt)).scalars())


async def corrections(
    session: AsyncSession, building_id: int, *, limit: int = 20
) -> list[tuple[OrderEvent, Order]]:
    """Misreads people corrected (not an order, another category), newest first."""
    stmt = (
        select(OrderEvent, Order)
        .join(Order, Order.id == OrderEvent.order_id)
        .where(Order.building_id == building_id, OrderEvent.action.in_(("reject", "recategorize")))
        .order_by(OrderEvent.id.desc())
        .limit(limit)
    )
    return [(event, order) for event, order in await session.execute(stmt)]


async def next_order_number(
    session: AsyncSession, building_id: int, chat_id: int, message_id: int
) -> int | None:
    """Take the building's next order number for a message (one conditional UPDATE); None if
    the message is an order already, so a redelivered one spends no number."""
    params = {"b_building": building_id, "b_chat": chat_id, "b_message": message_id}
    return (await session.execute(_NEXT_NUMBER, params)).scalar_one_or_none()


# built once (every order takes a number): not built again, nor its cache key, each time
_NEXT_NUMBER = (
    update(Building)
    .where(
        Building.id == bindparam("b_building"),  # not a column's name: an UPDATE's SET takes those
        ~exists().where(
            Order.source_chat_id == bindparam("b_chat"),
            Order.source_message_id == bindparam("b_message"),
        ),
    )
    .values(last_order_number=Building.last_order_number + 1)
    .returning(Building.last_order_number)
    .execution_options(synchronize_session=False, **{COUNTER_ONLY: True})
)


async def open_order_row(
    session: AsyncSession,
    values: dict[str, Any],
    *,
    actor_id: int,
    follow_up_kind: str,
    follow_up_due: datetime,
) -> tuple[Order, int | None] | None:
    """PostgreSQL, one statement (data-modifying CTEs): take the building's next order number
    unless the message is an order already (as `next_order_number`), INSERT the order with it,
    its "create" event and its first follow-up, and read the volunteer the order's household
    is paired with (domain.pairing.paired_volunteer; None when it has none): four round trips
    and the unit of work of two rows fewer than one statement each. (The order, loaded in the
    session; its household's paired volunteer), or None when the message is an order already
    (then nothing is written and no number spent). `values`: OPEN_COLUMNS but "urgent"."""
    values = {**values, "assignee_unreached": False}  # a CTE's INSERT takes no Python default
    params = {f"o_{name}": values[name] for name in OPEN_COLUMNS}
    params.update(e_actor=actor_id, e_at=values["created_at"], f_kind=follow_up_kind)
    params.update(f_due=follow_up_due, f_created=values["created_at"])
    row = (await session.execute(_OPEN_ORDER, params)).one_or_none()
    return None if row is None else (row[0], row[1])


OPEN_COLUMNS = (
    "building_id",
    "resident_id",
    "flat",
    "category",
    "text",
    "items",
    "status",
    "source_chat_id",
    "source_message_id",
    "created_at",
    "updated_at",
    "urgent",
    "assignee_unreached",
)
"""The columns `open_order_row` writes besides the number (the others take their server
defaults or NULL)."""


def _open_order() -> Any:
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.orm import aliased

    from models.base import WRITES
    from models.households import Household
    from models.order_follow_ups import OrderFollowUp
    from models.pairing import Pairing

    table = cast(Table, Order.__table__)
    buildings = cast(Table, Building.__table__)

    def param(key: str) -> Any:
        return bindparam(f"o_{key}", type_=table.c[key].type)

    already = table.alias("already")
    number = (
        update(buildings)
        .where(
            buildings.c.id == param("building_id"),
            ~exists().where(
                already.c.source_chat_id == param("source_chat_id"),
                already.c.source_message_id == param("source_message_id"),
            ),
        )
        .values(last_order_number=buildings.c.last_order_number + 1)
        .returning(buildings.c.last_order_number)
        .cte("order_number")
    )
    new_order = (
        postgresql.insert(table)
        .from_select(
            [*OPEN_COLUMNS, "number"],
            select(*(param(key) for key in OPEN_COLUMNS), number.c.last_order_number),
        )
        .on_conflict_do_nothing(index_elements=["source_chat_id", "source_message_id"])
        .returning(*table.c)
        .cte("new_order")
    )
    events = cast(Table, OrderEvent.__table__)
    new_event = (
        postgresql.insert(events)
        .from_select(
            ["order_id", "actor_id", "action", "to_status", "at"],
            select(
                new_order.c.id,
                bindparam("e_actor", type_=BigInteger()),
                literal("create", String),
                new_order.c.status,
                bindparam("e_at", type_=events.c.at.type),
            ),
        )
        .cte("new_order_event")
    )
    follow_ups = cast(Table, OrderFollowUp.__table__)
    new_follow_up = (
        postgresql.insert(follow_ups)
        .from_select(
            ["order_id", "kind", "due_at", "created_at"],
            select(
                new_order.c.id,
                bindparam("f_kind", type_=follow_ups.c.kind.type),
                bindparam("f_due", type_=follow_ups.c.due_at.type),
                bindparam("f_created", type_=follow_ups.c.created_at.type),
            ),
        )
        .cte("new_order_follow_up")
    )
    paired = (
        select(Pairing.volunteer_id)
        .join(Household, Household.id == Pairing.household_id)
        .where(Household.building_id == new_order.c.building_id, Household.flat == new_order.c.flat)
        .scalar_subquery()
    )
    return (
        select(aliased(Order, new_order), paired)
        .add_cte(new_event, new_follow_up)
        .execution_options(**{WRITES: True})
    )


_OPEN_ORDER = _open_order()
"""Built once (every order on PostgreSQL): `open_order_row`'s statement."""
