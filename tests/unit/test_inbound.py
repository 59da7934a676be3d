"""bot/inbound.py's lanes: one chat's updates in order, one at a time; urgent chats first."""

from __future__ import annotations

from typing import Any

import pytest

from bot.inbound import Entry, Lanes, chat_key, is_urgent

EMERGENCY = "救命 我爸突然胸口剧痛 喘不上气"


def _message(update_id: int, chat: int, text: str, *, sender: int = 7) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 0,
            "chat": {"id": chat, "type": "supergroup"},
            "from": {"id": sender, "is_bot": False, "first_name": "x"},
            "text": text,
        },
    }


def _entry(update_id: int, chat: int, text: str = "收到") -> Entry:
    raw = _message(update_id, chat, text)
    return Entry(update_id, raw, is_urgent(raw))


def _drain(lanes: Lanes, *, urgent_only: bool = False) -> list[int]:
    """Take and finish updates one by one, as a single worker would."""
    order = []
    while (taken := lanes.take(urgent_only=urgent_only)) is not None:
        key, entry, _ = taken
        order.append(entry.update_id)
        lanes.done(key, entry)
    return order


def test_an_urgent_chat_goes_first_with_its_earlier_updates_in_order() -> None:
    lanes = Lanes()
    for update_id, chat in [(1, -1), (2, -2), (3, -1), (4, -3), (5, -2)]:
        lanes.put(_entry(update_id, chat))
    lanes.put(_entry(6, -2, EMERGENCY))
    lanes.put(_entry(7, -2))
    assert _drain(lanes) == [2, 5, 6, 1, 4, 7, 3]


def test_one_chat_one_update_at_a_time() -> None:
    lanes = Lanes()
    lanes.put(_entry(1, -1))
    lanes.put(_entry(2, -1))
    first = lanes.take(urgent_only=False)
    assert first is not None and first[1].update_id == 1
    assert lanes.take(urgent_only=False) is None  # the chat is busy
    lanes.done(first[0], first[1])
    second = lanes.take(urgent_only=False)
    assert second is not None and second[1].update_id == 2


def test_while_held_only_urgent_chats_are_taken() -> None:
    lanes = Lanes()
    lanes.put(_entry(1, -1))
    lanes.put(_entry(2, -2))
    lanes.put(_entry(3, -2, EMERGENCY))
    assert _drain(lanes, urgent_only=True) == [2, 3]
    assert not lanes.urgent_waiting
    assert _drain(lanes) == [1]


def test_an_update_in_hand_is_not_taken_twice() -> None:
    lanes = Lanes()
    assert lanes.put(_entry(1, -1))
    assert not lanes.put(_entry(1, -1))  # Telegram handed it out again
    assert _drain(lanes) == [1]
    assert lanes.put(_entry(1, -1))  # finished: the middleware skips it if it was committed


@pytest.mark.parametrize(
    ("raw", "urgent"),
    [
        (_message(1, -1, EMERGENCY), True),
        (_message(1, -1, "1-3-301 36.5"), False),
        (_message(1, -1, "帮忙买一袋大米 两桶油 谢谢"), False),
        (_message(1, -1, "/sos 3-2-501"), True),
        (_message(1, -1, "/SOS@louhu_bot"), True),
        (_message(1, -1, "/orders 救命"), False),
        ({"update_id": 1, "callback_query": {"id": "1", "data": "s1:5"}}, True),
        ({"update_id": 1, "callback_query": {"id": "1", "data": "o1:claim:5"}}, False),
        ({"update_id": 1, "my_chat_member": {"chat": {"id": -1}}}, False),
        ({"update_id": 1}, False),
    ],
)
def test_what_is_urgent(raw: dict[str, Any], urgent: bool) -> None:
    assert is_urgent(raw) is urgent


def test_a_press_is_ordered_with_its_messages_chat() -> None:
    press = {
        "update_id": 1,
        "callback_query": {"id": "1", "from": {"id": 7}, "message": {"chat": {"id": -5}}},
    }
    assert chat_key(press) == -5
    assert chat_key({"update_id": 9}) == "update:9"
