"""需求清单 as the group sees it: the shopping list per shop, and the delivery list per floor
(a live message per page, redrawn when a household is marked delivered)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import DemandAction, DemandCallback
from bot.l10n import L10n, Translator
from bot.live import LiveContent, post_live, request_refresh
from bot.outbound import queue_send
from domain.groupbuy import CATEGORY_SHOP, MergeResult, shopping_lists
from models.buildings import Building
from models.groupbuy import DemandList, DemandPage, demand_pages, demand_parts, page_parts
from models.outbox import Priority

DEMAND_PAGE = "demand_page"
"""Outbox purpose of a delivery-list message; its ref_id is the DemandPage (models.groupbuy
.attach_demand_page records its message id)."""
BUTTONS_PER_ROW = 3
MAX_LINE = 160


def merge_button(t: Translator, list_id: int) -> InlineKeyboardMarkup:
    """The button under a 接龙 the bot noticed: merge it (staff and the lead)."""
    data = DemandCallback(action=DemandAction.MERGE, ref_id=list_id).pack()
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=t.label("groupbuy-merge-button"), callback_data=data)]
        ]
    )


def _quantity(value: Any) -> str:
    if value is None:
        return ""
    number = float(value)
    return str(int(number)) if number.is_integer() else f"{number:g}"


def item_text(item: dict[str, Any]) -> str:
    """鸡蛋 2 箱, eggs 2 box, 口罩 (no quantity)."""
    quantity = _quantity(item.get("quantity"))
    unit = item.get("unit") or ""
    amount = f" {quantity}{' ' if unit and unit.isascii() else ''}{unit}" if quantity else ""
    return f"{item.get('name')}{amount}"


def shop_name(t: Translator, shop: str) -> str:
    """A shop as written, or the category's name when none was named."""
    if shop.startswith(CATEGORY_SHOP):
        return t.label(f"category-{shop.removeprefix(CATEGORY_SHOP)}")
    return shop


async def render_shopping(
    session: AsyncSession, t: Translator, demand: DemandList, result: MergeResult
) -> str:
    """The shopping list: one block per shop, each item's total per unit."""
    parts = await demand_parts(session, demand.id)
    title = (
        t("groupbuy-list-title", title=result.list_title) if result.list_title is not None else ""
    )
    lines = [
        t(
            "groupbuy-shopping-title",
            number=demand.id,
            households=result.households,
            orders=result.orders,
        )
    ]
    if title:
        lines.append(title)
    for shopping in shopping_lists(parts):
        lines.append("")
        lines.append(f"<b>{html.escape(shop_name(t, shopping.shop), quote=False)}</b>")
        for line in shopping.lines:
            text = item_text({"name": line.name, "quantity": line.total or None, "unit": line.unit})
            if line.unknown:
                text += " · " + t.label("groupbuy-unknown-quantity", count=line.unknown)
            lines.append(f"• {html.escape(text, quote=False)}")
    return "\n".join(lines)


class DemandView:
    """Draws one delivery-list message from the database, in the group's language."""

    def __init__(self, l10n: L10n) -> None:
        self._l10n = l10n

    async def render(
        self, session: AsyncSession, page_id: int
    ) -> tuple[str, InlineKeyboardMarkup | None]:
        """Text (Telegram HTML) per floor, and one button per household not yet delivered."""
        page = await session.get(DemandPage, page_id)
        assert page is not None
        demand = await session.get(DemandList, page.demand_id)
        assert demand is not None
        building = await session.get(Building, demand.building_id)
        assert building is not None
        t = self._l10n.translator(building.language)
        pages = len(await demand_pages(session, demand.id))
        parts = await page_parts(session, page.id)
        everything = await demand_parts(session, demand.id)
        done = sum(1 for part in everything if part.delivered_at is not None)
        lines = [t.label("groupbuy-delivery-title", number=demand.id)]
        if pages > 1:
            lines[0] += f" ({page.page + 1}/{pages})"
        floor = None
        for part in parts:
            if part.floor != floor:
                floor = part.floor
                lines.append("")
                lines.append(f"<b>{html.escape(_floor_label(t, part.floor), quote=False)}</b>")
            lines.append(_part_line(part))
        lines.append("")
        lines.append(t.label("groupbuy-progress", done=done, total=len(everything)))
        lines.append(t("groupbuy-delivery-hint"))
        buttons = [
            InlineKeyboardButton(
                text=f"{'✅' if part.delivered_at else '⬜'} {part.flat or part.name or '?'}",
                callback_data=DemandCallback(action=DemandAction.DELIVER, ref_id=part.id).pack(),
            )
            for part in parts
        ]
        rows = [buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)]
        return "\n".join(lines), InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


def _floor_label(t: Translator, floor: str) -> str:
    if not floor:
        return t.label("groupbuy-no-flat")
    place, number = floor.split("|")
    return t.label("groupbuy-floor", place=place or "-", floor=int(number))


def _part_line(part: Any) -> str:
    mark = "✅" if part.delivered_at is not None else "⬜"
    who = part.flat or part.name or "?"
    if part.flat and part.name:
        who = f"{part.flat} {part.name}"
    what = ", ".join(item_text(item) for item in part.items) or "?"
    text = f"{who} · {what}"
    if part.note:
        text += f" · {part.note}"
    if len(text) > MAX_LINE:
        text = text[: MAX_LINE - 1] + "…"
    return f"{mark} {html.escape(text, quote=False)}"


async def post_demand(
    session: AsyncSession,
    l10n: L10n,
    view: DemandView,
    result: MergeResult,
    *,
    building: Building,
    now: datetime,
    reply_to: int | None,
) -> None:
    """Queue the shopping list, then each delivery-list page as a live message."""
    assert result.demand_id is not None
    demand = await session.get(DemandList, result.demand_id)
    assert demand is not None
    t = l10n.translator(building.language)
    queue_send(
        session,
        chat_id=building.chat_id,
        text=await render_shopping(session, t, demand, result),
        now=now,
        reply_to=reply_to,
        priority=Priority.INTERACTIVE,
    )
    for page_id in result.page_ids:
        text, markup = await view.render(session, page_id)
        await post_live(
            session,
            purpose=DEMAND_PAGE,
            ref_id=page_id,
            chat_id=building.chat_id,
            text=text,
            reply_markup=markup,
            now=now,
            priority=Priority.INTERACTIVE,
        )


async def refresh_demand(session: AsyncSession, page_ids: Iterable[int]) -> None:
    """Ask for delivery-list pages to be redrawn (the progress line shows on every page)."""
    for page_id in page_ids:
        await request_refresh(session, purpose=DEMAND_PAGE, ref_id=page_id)


class DemandRenderer:
    """Draws a delivery-list page for the sender, at the moment its edit goes out."""

    def __init__(self, view: DemandView) -> None:
        self._view = view

    async def __call__(self, session: AsyncSession, page_id: int) -> LiveContent:
        text, markup = await self._view.render(session, page_id)
        return LiveContent(text, markup)
