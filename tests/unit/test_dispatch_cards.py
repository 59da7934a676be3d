"""社区派单 on the card: the Assign button, "assigned by X to Y", the picker, the private card."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.callbacks import AssignCallback, CardView, CardViewCallback, OrderCallback
from bot.cards import private_keyboard, render_card, volunteer_picker
from bot.dispatch_view import held_cards
from bot.l10n import L10n
from bot.press_answers import answer_text
from domain.dispatch import HeldOrder, VolunteerLoad
from domain.order_rules import Denial, OrderAction, OrderStatus
from domain.orders import ActionResult, Outcome
from models.orders import Order
from models.people import Person

NOW = datetime(2026, 12, 5, tzinfo=UTC)


def _order(status: OrderStatus = OrderStatus.OPEN, **values: object) -> Order:
    order = Order(
        id=7,
        building_id=1,
        number=12,
        resident_id=1,
        flat="3-2-501",
        category="groceries",
        text="帮忙买一袋大米",
        items=[],
        status=status,
        volunteer_id=2 if status is not OrderStatus.OPEN else None,
        source_chat_id=-1,
        source_message_id=5,
    )
    for name, value in values.items():
        setattr(order, name, value)
    return order


def _person(pid: int, name: str) -> Person:
    return Person(id=pid, full_name=name, username=None, created_at=NOW, updated_at=NOW)


@pytest.fixture(scope="module")
def both():
    return L10n().translator("both")


@pytest.fixture(scope="module")
def en():
    return L10n().translator("en")


def test_open_and_held_cards_offer_assign_and_reassign(both) -> None:
    _text, markup = render_card(both, _order(), _person(1, "王阿姨"), None)
    assert markup is not None
    assign = markup.inline_keyboard[-1][0]
    assert assign.text == "👥 指派 Assign"
    assert CardViewCallback.unpack(assign.callback_data or "") == CardViewCallback(
        view=CardView.VOLUNTEERS, order_id=7
    )
    _text, markup = render_card(
        both, _order(OrderStatus.CLAIMED), _person(1, "王阿姨"), _person(2, "Bob")
    )
    assert markup is not None and markup.inline_keyboard[-1][0].text == "👥 改派 Reassign"


def test_an_assigned_card_says_who_assigned_it_to_whom(en) -> None:
    order = _order(OrderStatus.CLAIMED, assigned_by_id=3)
    text, _ = render_card(en, order, _person(1, "王阿姨"), _person(2, "Bob"), _person(3, "李主任"))
    assert (
        'assigned by <a href="tg://user?id=3">李主任</a> to <a href="tg://user?id=2">Bob</a>'
        in text
    )
    assert "claimed by" not in text and "not started the bot" not in text
    order.assignee_unreached = True
    text, _ = render_card(en, order, _person(1, "王阿姨"), _person(2, "Bob"), _person(3, "李主任"))
    assert "⚠️ " in text and "has not started the bot" in text


def test_a_claimed_card_still_says_claimed_by(en) -> None:
    text, _ = render_card(en, _order(OrderStatus.CLAIMED), _person(1, "a"), _person(2, "Bob"))
    assert "claimed by" in text and "assigned by" not in text


def test_the_picker_lists_volunteers_with_their_counts_then_back(both) -> None:
    choices = [
        VolunteerLoad(2, "Bob", 0),
        VolunteerLoad(3, "小夏" * 20, 3),
        VolunteerLoad(4, "c", 1),
    ]
    rows = volunteer_picker(both, _order(), choices).inline_keyboard
    assert [[b.text for b in row] for row in rows] == [
        ["Bob · 0", "小夏" * 9 + "小… · 3"],
        ["c · 1"],
        ["返回 Back"],
    ]
    assert AssignCallback.unpack(rows[0][0].callback_data or "") == AssignCallback(
        action=OrderAction.ASSIGN, order_id=7, volunteer_id=2
    )
    held = volunteer_picker(both, _order(OrderStatus.CLAIMED), choices[:1]).inline_keyboard
    assert [[b.text for b in row] for row in held] == [
        ["Bob · 0"],
        ["收回 Unassign"],
        ["返回 Back"],
    ]
    assert AssignCallback.unpack(held[0][0].callback_data or "").action is OrderAction.REASSIGN
    assert OrderCallback.unpack(held[1][0].callback_data or "") == OrderCallback(
        action=OrderAction.UNASSIGN, order_id=7
    )
    assert all(len(b.callback_data or "") <= 64 for row in rows for b in row)


def test_the_largest_ids_fit_in_a_button() -> None:
    data = AssignCallback(action=OrderAction.REASSIGN, order_id=2**52, volunteer_id=2**52).pack()
    assert len(data.encode()) <= 64


def test_the_private_card_has_only_the_holders_buttons(en) -> None:
    markup = private_keyboard(en, _order(OrderStatus.CLAIMED))
    assert markup is not None
    assert [b.text for row in markup.inline_keyboard for b in row] == ["Delivered", "Release"]
    assert private_keyboard(en, _order(OrderStatus.DELIVERED)) is None


def test_held_orders_are_listed_each_with_its_buttons(en) -> None:
    held = [
        HeldOrder(1, 3, "3号楼", "3-2-501", "groceries", None, NOW),
        HeldOrder(2, 4, "3号楼", None, "medicine", "李主任", NOW),
    ]
    cards = held_cards(en, held)
    assert [text for text, _ in cards] == [
        "#3 3号楼 · Groceries · 3-2-501",
        "#4 3号楼 · Medicine · flat not registered · assigned by 李主任",
    ]
    assert OrderCallback.unpack(cards[1][1].inline_keyboard[0][0].callback_data or "") == (
        OrderCallback(action=OrderAction.DELIVER, order_id=2)
    )


def test_answers_to_dispatch_presses(en) -> None:
    done = ActionResult(Outcome.DONE, OrderStatus.CLAIMED)
    assert answer_text(en, OrderAction.ASSIGN, done).startswith("Assigned.")
    assert answer_text(en, OrderAction.UNASSIGN, ActionResult(Outcome.DONE, OrderStatus.OPEN)) == (
        "Taken back: the order is open again."
    )
    refused = ActionResult(Outcome.DENIED, denial=Denial.NOT_DISPATCHER)
    assert answer_text(en, OrderAction.ASSIGN, refused) == (
        "Only staff or the building lead can assign orders."
    )
    taken = ActionResult(Outcome.CONFLICT, OrderStatus.CLAIMED, "Bob")
    assert "Bob" in answer_text(en, OrderAction.ASSIGN, taken)
