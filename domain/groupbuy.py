"""需求清单: merge a building's round of goods orders and 接龙 into one shopping list per shop
and a delivery list per floor; each household's order closes when its part is delivered.

The round: the 接龙 replied to (else the latest one posted since the last merge) and the open
groceries and medicine orders. Merging claims each order for the person who merged (one
conditional UPDATE each, so an order a volunteer claims at the same moment goes to one of them,
never both), and marks the 接龙 (and its earlier versions, same title) taken. Who may merge and
who may mark a part delivered is one table, RIGHTS; a press is re-checked in the database.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.order_rules import OrderStatus
from domain.ports import OrderNotifier
from domain.understanding import Category, Item, understand
from domain.understanding.group_list import (
    GroupList as ReadList,
)
from domain.understanding.group_list import (
    ListLine,
    find_shop,
    read_group_list,
    read_line,
)
from models.base import insert_new
from models.buildings import Building, Member, member_of
from models.groupbuy import DemandList, DemandPage, DemandPart, GroupList
from models.orders import Order, OrderEvent
from models.people import Person

PAGE_SIZE = 40
"""Households per delivery-list message (Telegram allows 100 buttons a message)."""
GOODS = (Category.GROCERIES.value, Category.MEDICINE.value)
"""Order categories that are bought in shops and so can be merged."""
CATEGORY_SHOP = "category:"
"""A part's shop when no shop was named: "category:groceries"."""


class Step(enum.StrEnum):
    """What a person does to a merge."""

    MERGE = "merge"
    DELIVER = "deliver"


RIGHTS: dict[Step, tuple[str, ...]] = {
    Step.MERGE: ("is_staff", "is_lead"),
    Step.DELIVER: ("is_volunteer", "is_staff", "is_lead"),
}
"""Who may, by their membership of the building (the group's admins count as staff: the
caller asks Telegram when the records say no)."""


def allowed(step: Step, member: Member | None) -> bool:
    """Whether a membership allows the step."""
    return member is not None and any(getattr(member, role) for role in RIGHTS[step])


async def may(session: AsyncSession, step: Step, building_id: int, person_id: int) -> bool:
    """Whether the records allow this person the step in this building."""
    return allowed(step, await member_of(session, building_id, person_id))


# --- 接龙 seen in the group -------------------------------------------------------------------


@dataclass(frozen=True)
class NotedList:
    """A 接龙 message stored for the round; `first`: no other version of it was seen yet."""

    row: GroupList
    first: bool


async def note_group_list(
    session: AsyncSession,
    clock: Clock,
    *,
    building: Building,
    author_id: int | None,
    message_id: int,
    text: str,
    read: ReadList,
) -> NotedList | None:
    """Keep a 接龙 posted in the group for the next merge; None if this message was kept."""
    earlier = await _open_lists(session, building.id, title=read.title)
    list_id = await insert_new(
        session,
        GroupList,
        {
            "building_id": building.id,
            "message_id": message_id,
            "author_id": author_id,
            "title": read.title[:128],
            "text": text,
            "households": len(read.lines),
            "created_at": clock.now(),
        },
        unique=("building_id", "message_id"),
    )
    row = await session.get(GroupList, list_id) if list_id is not None else None
    return None if row is None else NotedList(row, first=not earlier)


async def _open_lists(
    session: AsyncSession, building_id: int, *, title: str | None = None
) -> list[GroupList]:
    """接龙 of the building not merged yet, newest first (of one title, if given)."""
    stmt = select(GroupList).where(
        GroupList.building_id == building_id, GroupList.demand_id.is_(None)
    )
    if title is not None:
        stmt = stmt.where(GroupList.title == title[:128])
    return list((await session.execute(stmt.order_by(GroupList.id.desc()))).scalars())


# --- merging -----------------------------------------------------------------------------------


class MergeOutcome(enum.StrEnum):
    """How a merge ended."""

    DONE = "done"
    NOTHING = "nothing"
    """No open goods order and no 接龙 in the round."""
    NOT_ALLOWED = "not_allowed"
    NOT_A_LIST = "not_a_list"
    """The message replied to is no 接龙."""
    ALREADY = "already"
    """The 接龙 replied to was merged already."""


@dataclass(frozen=True)
class ShopLine:
    """One line of a shopping list: an item's total in one unit, over the households."""

    name: str
    unit: str | None
    total: int | float
    unknown: int = 0
    """Households that named the item without a quantity (not in the total)."""


@dataclass(frozen=True)
class Shopping:
    """One shop's list (or one category's, when no shop was named)."""

    shop: str
    lines: tuple[ShopLine, ...]


@dataclass(frozen=True)
class MergeResult:
    """The merge made: its lists' ids and what it holds."""

    outcome: MergeOutcome
    demand_id: int | None = None
    page_ids: tuple[int, ...] = ()
    households: int = 0
    orders: int = 0
    list_title: str | None = None


async def merge_round(
    session: AsyncSession,
    clock: Clock,
    notifier: OrderNotifier,
    *,
    building: Building,
    actor_id: int,
    group_admin: bool = False,
    replied_id: int | None = None,
    replied_text: str | None = None,
) -> MergeResult:
    """Merge the round (see the module); the caller commits. `replied_*`: the message /merge
    answered, when it did; `group_admin`: Telegram's answer, asked when the records say no."""
    if not group_admin and not await may(session, Step.MERGE, building.id, actor_id):
        return MergeResult(MergeOutcome.NOT_ALLOWED)
    now = clock.now()
    chosen: GroupList | None = None
    if replied_id is not None:
        read = read_group_list(replied_text or "")
        stored = await session.scalar(
            select(GroupList).where(
                GroupList.building_id == building.id, GroupList.message_id == replied_id
            )
        )
        if read is None and stored is None:
            return MergeResult(MergeOutcome.NOT_A_LIST)
        if stored is None and read is not None:
            noted = await note_group_list(
                session,
                clock,
                building=building,
                author_id=None,
                message_id=replied_id,
                text=replied_text or "",
                read=read,
            )
            stored = noted.row if noted else None
        if stored is not None and stored.demand_id is not None:
            return MergeResult(MergeOutcome.ALREADY)
        chosen = stored
    else:
        newest = await _open_lists(session, building.id)
        chosen = newest[0] if newest else None
    orders = await _open_goods_orders(session, building.id)
    if chosen is None and not orders:
        return MergeResult(MergeOutcome.NOTHING)
    demand = DemandList(building_id=building.id, created_by=actor_id, created_at=now)
    session.add(demand)
    await session.flush()
    read_list = await _take_list(session, building.id, chosen, demand.id)
    taken = [order for order in orders if await _claim(session, order, actor_id, demand.id, now)]
    parts = _parts(read_list, taken)
    if not parts:
        await session.delete(demand)
        await session.flush()
        return MergeResult(MergeOutcome.NOTHING)
    page_ids = await _paginate(session, demand.id, parts)
    for order in taken:
        await session.refresh(order)
        await notifier.order_changed(session, building, order, order.card_message_id)
    return MergeResult(
        MergeOutcome.DONE,
        demand.id,
        page_ids,
        households=len(parts),
        orders=len(taken),
        list_title=read_list.title if read_list else None,
    )


async def _open_goods_orders(session: AsyncSession, building_id: int) -> list[Order]:
    stmt = (
        select(Order)
        .where(
            Order.building_id == building_id,
            Order.status == OrderStatus.OPEN.value,
            Order.category.in_(GOODS),
        )
        .order_by(Order.id)
    )
    return list((await session.execute(stmt)).scalars())


async def _take_list(
    session: AsyncSession, building_id: int, chosen: GroupList | None, demand_id: int
) -> ReadList | None:
    """Mark the chosen 接龙 (and its earlier versions) merged; its reading, None if it was
    merged by someone else meanwhile."""
    if chosen is None:
        return None
    text, title, list_id = chosen.text, chosen.title, chosen.id
    changed = await session.execute(
        update(GroupList)
        .where(GroupList.id == list_id, GroupList.demand_id.is_(None))
        .values(demand_id=demand_id)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        return None
    await session.execute(
        update(GroupList)
        .where(
            GroupList.building_id == building_id,
            GroupList.title == title,
            GroupList.id < list_id,
            GroupList.demand_id.is_(None),
        )
        .values(demand_id=demand_id)
        .execution_options(synchronize_session=False)
    )
    return read_group_list(text)


async def _claim(
    session: AsyncSession, order: Order, actor_id: int, demand_id: int, now: datetime
) -> bool:
    """Claim an open order for the merger; False if it was claimed or closed meanwhile."""
    changed = await session.execute(
        update(Order)
        .where(Order.id == order.id, Order.status == OrderStatus.OPEN.value)
        .values(
            status=OrderStatus.CLAIMED.value, volunteer_id=actor_id, claimed_at=now, updated_at=now
        )
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        return False
    session.add(
        OrderEvent(
            order_id=order.id,
            actor_id=actor_id,
            action=Step.MERGE.value,
            from_status=OrderStatus.OPEN.value,
            to_status=OrderStatus.CLAIMED.value,
            detail=f"demand:{demand_id}",
            at=now,
        )
    )
    return True


@dataclass
class _Part:
    flat: str | None
    name: str | None
    shop: str
    items: tuple[Item, ...]
    note: str | None
    order_id: int | None = None
    list_line: int | None = None


def _parts(read: ReadList | None, orders: Iterable[Order]) -> list[_Part]:
    """One part per household line and per order; an order that is a line of the 接龙 (the same
    flat and items) is that line's part, not a second one."""
    parts: list[_Part] = []
    goods: tuple[Item, ...] = ()
    if read is not None:
        goods = read.goods
        shop = read.shop or _category_shop(read_category(read))
        parts.extend(_line_part(line, shop) for line in read.lines)
    for order in orders:
        items = _order_items(order)
        if not items:  # "23. 3-2-501 两箱" posted alone: the 接龙's goods
            line = read_line(order.text, goods)
            items = line.items if line is not None else ()
        twin = next(
            (
                part
                for part in parts
                if part.order_id is None
                and part.list_line is not None
                and part.flat is not None
                and part.flat == order.flat
                and part.items == items
            ),
            None,
        )
        if twin is not None:
            twin.order_id = order.id
            continue
        shop = find_shop(order.text) or _category_shop(order.category)
        parts.append(_Part(order.flat, None, shop, items, f"#{order.number}", order.id))
    return parts


def read_category(read: ReadList) -> str:
    """Groceries unless the list's goods read as medicine."""
    names = " ".join(item.name for item in read.goods) or read.title
    category = understand(f"买{names}").category
    return Category.MEDICINE.value if category is Category.MEDICINE else Category.GROCERIES.value


def _line_part(line: ListLine, shop: str) -> _Part:
    return _Part(line.flat, line.name, shop, line.items, line.note, list_line=line.number)


def _order_items(order: Order) -> tuple[Item, ...]:
    return tuple(
        Item(str(item.get("name")), item.get("quantity"), item.get("unit")) for item in order.items
    )


def _category_shop(category: str) -> str:
    return f"{CATEGORY_SHOP}{category}"


async def _paginate(session: AsyncSession, demand_id: int, parts: list[_Part]) -> tuple[int, ...]:
    """Store the parts in delivery order, PAGE_SIZE a message."""
    ordered = sorted(parts, key=lambda part: (floor_key(part.flat) or "~", _flat_order(part)))
    page_ids: list[int] = []
    for number, start in enumerate(range(0, len(ordered), PAGE_SIZE)):
        page = DemandPage(demand_id=demand_id, page=number)
        session.add(page)
        await session.flush()
        page_ids.append(page.id)
        for part in ordered[start : start + PAGE_SIZE]:
            session.add(
                DemandPart(
                    demand_id=demand_id,
                    page_id=page.id,
                    flat=part.flat,
                    name=(part.name or "")[:64] or None,
                    floor=floor_key(part.flat),
                    shop=part.shop[:64],
                    items=[_item_json(item) for item in part.items],
                    note=part.note,
                    order_id=part.order_id,
                    list_line=part.list_line,
                )
            )
    await session.flush()
    return tuple(page_ids)


def _item_json(item: Item) -> dict[str, Any]:
    return {"name": item.name, "quantity": item.quantity, "unit": item.unit}


def floor_key(flat: str | None) -> str:
    """Building-unit and floor of a flat, sortable: 3-2-501 → "3-2|005"; "" when unknown."""
    if not flat:
        return ""
    *place, room = flat.split("-")
    if not room.isdigit() or len(room) < 3:
        return ""
    return f"{'-'.join(place)}|{int(room[:-2]):03d}"


def _flat_order(part: _Part) -> tuple[int, str]:
    room = (part.flat or "").rsplit("-", 1)[-1]
    return (int(room) if room.isdigit() else 0, part.flat or part.name or "")


def shopping_lists(parts: Iterable[DemandPart]) -> list[Shopping]:
    """Totals per shop, item and unit, shops and items in the order first met."""
    by_shop: dict[str, dict[tuple[str, str | None], list[int | float | None]]] = {}
    for part in parts:
        shop = by_shop.setdefault(part.shop, {})
        for item in part.items:
            shop.setdefault((str(item["name"]), item.get("unit")), []).append(item.get("quantity"))
    result = []
    for shop_name, items in by_shop.items():
        lines = []
        for (name, unit), quantities in items.items():
            known = [q for q in quantities if q is not None]
            total = sum(known)
            total = int(total) if float(total).is_integer() else round(total, 3)
            lines.append(ShopLine(name, unit, total, len(quantities) - len(known)))
        result.append(Shopping(shop_name, tuple(lines)))
    return result


# --- delivering ----------------------------------------------------------------------------------


class DeliverOutcome(enum.StrEnum):
    """How a press on a household of the delivery list ended."""

    DELIVERED = "delivered"
    ALREADY = "already"
    NOT_ALLOWED = "not_allowed"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class PartPress:
    """A part a press names, found on the message it was pressed on."""

    part_id: int
    page_id: int
    building: Building
    who: str


@dataclass(frozen=True)
class DeliverResult:
    """A press's outcome; who delivered it when it was delivered already."""

    outcome: DeliverOutcome
    who: str = ""
    by_name: str | None = None
    order: Order | None = None


async def find_part_press(
    session: AsyncSession, *, part_id: int, chat_id: int, message_id: int
) -> PartPress | None:
    """The part if it is on the very message pressed, in its building's group; else None."""
    row = (
        await session.execute(
            select(DemandPart, DemandPage, DemandList, Building)
            .join(DemandPage, DemandPage.id == DemandPart.page_id)
            .join(DemandList, DemandList.id == DemandPart.demand_id)
            .join(Building, Building.id == DemandList.building_id)
            .where(DemandPart.id == part_id)
        )
    ).first()
    if row is None:
        return None
    part, page, _, building = row
    if building.chat_id != chat_id or page.message_id not in (None, message_id):
        return None
    return PartPress(part.id, page.id, building, part.flat or part.name or "?")


async def deliver_part(
    session: AsyncSession,
    clock: Clock,
    notifier: OrderNotifier,
    press: PartPress,
    *,
    actor_id: int,
    group_admin: bool = False,
) -> DeliverResult:
    """Mark a household's part delivered (one conditional UPDATE) and close its order."""
    if not group_admin and not await may(session, Step.DELIVER, press.building.id, actor_id):
        return DeliverResult(DeliverOutcome.NOT_ALLOWED, press.who)
    now = clock.now()
    changed = await session.execute(
        update(DemandPart)
        .where(DemandPart.id == press.part_id, DemandPart.delivered_at.is_(None))
        .values(delivered_at=now, delivered_by=actor_id)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        by = await session.scalar(
            select(Person.full_name)
            .join(DemandPart, DemandPart.delivered_by == Person.id)
            .where(DemandPart.id == press.part_id)
        )
        return DeliverResult(DeliverOutcome.ALREADY, press.who, by)
    part = await session.get(DemandPart, press.part_id)
    assert part is not None
    order = await _close_order(session, part, actor_id, now) if part.order_id else None
    if order is not None:
        await notifier.order_changed(session, press.building, order, order.card_message_id)
        await notifier.order_delivered(session, press.building, order)
    return DeliverResult(DeliverOutcome.DELIVERED, press.who, order=order)


async def _close_order(
    session: AsyncSession, part: DemandPart, actor_id: int, now: datetime
) -> Order | None:
    """Deliver the part's order if it is still claimed (a volunteer may have closed it)."""
    changed = await session.execute(
        update(Order)
        .where(Order.id == part.order_id, Order.status == OrderStatus.CLAIMED.value)
        .values(
            status=OrderStatus.DELIVERED.value, volunteer_id=actor_id, closed_at=now, updated_at=now
        )
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        return None
    order = await session.get(Order, part.order_id)
    assert order is not None
    await session.refresh(order)
    session.add(
        OrderEvent(
            order_id=order.id,
            actor_id=actor_id,
            action=Step.DELIVER.value,
            from_status=OrderStatus.CLAIMED.value,
            to_status=OrderStatus.DELIVERED.value,
            detail=f"demand:{part.demand_id}",
            at=now,
        )
    )
    return order
