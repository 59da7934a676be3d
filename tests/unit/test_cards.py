"""The order card: escaped words, buttons per state, bounded length."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.callbacks import OrderCallback
from bot.cards import render_card
from bot.l10n import L10n
from domain.order_rules import Denial, OrderAction, OrderStatus
from models.orders import Order
from models.people import Person

NOW = datetime(2022, 4, 1, tzinfo=UTC)


def _order(status: OrderStatus = OrderStatus.OPEN, text: str = "帮忙买一袋大米") -> Order:
    return Order(
        id=7,
        building_id=1,
        number=12,
        resident_id=1,
        flat="3-2-501",
        category="groceries",
        text=text,
        items=[{"name": "大米", "quantity": 1, "unit": "袋"}],
        status=status,
        volunteer_id=2,
        source_chat_id=-1,
        source_message_id=5,
    )


def _person(pid: int, name: str) -> Person:
    return Person(id=pid, full_name=name, username=None, created_at=NOW, updated_at=NOW)


@pytest.fixture(scope="module")
def both():
    return L10n().translator("both")


def test_open_card_has_claim_and_not_order(both) -> None:
    text, markup = render_card(both, _order(), _person(1, "王阿姨"), None)
    assert "#12" in text and "3-2-501" in text and "大米 ×1 袋" in text
    assert markup is not None
    buttons = markup.inline_keyboard[0]
    assert [b.text for b in buttons] == ["接单 Claim", "不是订单 Not an order"]
    assert OrderCallback.unpack(buttons[0].callback_data or "") == OrderCallback(
        action=OrderAction.CLAIM, order_id=7
    )


def test_claimed_card_names_volunteer_and_offers_deliver_release(both) -> None:
    text, markup = render_card(
        both, _order(OrderStatus.CLAIMED), _person(1, "王阿姨"), _person(2, "Bob")
    )
    assert 'tg://user?id=2">Bob</a>' in text
    assert markup is not None
    assert [b.text for b in markup.inline_keyboard[0]] == ["已送达 Delivered", "放弃 Release"]


@pytest.mark.parametrize("status", [OrderStatus.DELIVERED, OrderStatus.REJECTED])
def test_closed_card_has_no_buttons(both, status: OrderStatus) -> None:
    _text, markup = render_card(both, _order(status), _person(1, "a"), _person(2, "b"))
    assert markup is None


def test_residents_words_are_escaped_never_markup(both) -> None:
    text, _ = render_card(
        both, _order(text='<b>rice</b> & "oil" <a href="x">'), _person(1, "<i>me</i>"), None
    )
    assert "&lt;b&gt;rice&lt;/b&gt; &amp;" in text and "&lt;i&gt;me&lt;/i&gt;" in text
    assert "<b>rice" not in text


def test_long_message_card_stays_under_telegram_limit(both) -> None:
    text, _ = render_card(both, _order(text="米" * 4096), _person(1, "a"), None)
    assert len(text) < 1500


def test_a_huge_shopping_list_still_fits_and_says_how_many_more(both) -> None:
    """A 4096-character list parses to hundreds of items; Telegram refuses cards over 4096."""
    order = _order(text="买" + "、".join(f"{'特别长的商品名' * 20}{i}" for i in range(400)))
    order.items = [{"name": f"{'特别长的商品名' * 20}{i}", "quantity": 1} for i in range(400)]
    text, _ = render_card(both, order, _person(1, "a"), _person(2, "b"))
    assert len(text) < 4096
    assert text.count("• ") == 20 and "… 另有 380 项 … and 380 more" in text


def test_every_dynamic_key_exists() -> None:
    l10n = L10n()
    keys = l10n.keys("zh")
    categories = {"groceries", "medicine", "garbage", "errand", "repair", "medical"}
    assert {f"category-{c}" for c in categories} <= keys
    assert {f"card-status-{s}" for s in OrderStatus} <= keys
    assert {f"cb-{d}" for d in Denial} <= keys
