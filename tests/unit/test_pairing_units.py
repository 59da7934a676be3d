"""包户 without a database: task times in the community's zone, the settings, the reserved card,
the /today message."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.callbacks import TodayCallback
from bot.cards import Reserved, render_card
from bot.l10n import L10n
from bot.press_answers import answer_text
from bot.quarantine_views import settings_text
from bot.today_view import render_today
from domain.calendar_settings import CalendarSettings, from_row
from domain.calendar_settings import SettingValueError as BadValue
from domain.order_rules import Denial, OrderAction, OrderStatus
from domain.orders import ActionResult, Outcome
from domain.pair_tasks import TaskKind, due_at, task_time
from domain.pairing import is_active
from domain.settings_store import Setting, parse_setting, setting_named
from domain.volunteer_day import TodayAction, TodayButton, TodayItem
from models.community_settings import CommunitySettings
from models.orders import Order
from models.pairing import OrderReservation
from models.people import Person

NOW = datetime(2022, 4, 1, tzinfo=UTC)
L10N = L10n()


def _order(status: OrderStatus = OrderStatus.OPEN) -> Order:
    return Order(
        id=7,
        building_id=1,
        number=12,
        resident_id=1,
        flat="3-2-501",
        category="groceries",
        text="帮忙买一袋大米",
        items=[],
        status=status,
        volunteer_id=2 if status is OrderStatus.CLAIMED else None,
        source_chat_id=-1,
        source_message_id=5,
    )


def _person(pid: int, name: str) -> Person:
    return Person(id=pid, full_name=name, username=None, created_at=NOW, updated_at=NOW)


def test_a_reserved_card_names_the_volunteer_and_has_no_claim_button() -> None:
    both = L10N.translator("both")
    text, markup = render_card(
        both, _order(), _person(1, "王阿姨"), None, reserved=Reserved(_person(2, "Bob"), "09:10")
    )
    assert "🤝 已为包户志愿者" in text and "保留至 09:10" in text
    assert 'reserved for <a href="tg://user?id=2">Bob</a> until 09:10' in text
    assert "等待志愿者接单" not in text
    assert markup is not None
    assert [b.text for b in markup.inline_keyboard[0]] == ["不是订单 Not an order"]
    # open to everyone: the Claim button is back
    _, opened = render_card(both, _order(), _person(1, "王阿姨"), None)
    assert opened is not None and opened.inline_keyboard[0][0].text == "接单 Claim"


def test_a_claimed_card_ignores_a_reservation() -> None:
    en = L10N.translator("en")
    text, markup = render_card(
        en,
        _order(OrderStatus.CLAIMED),
        _person(1, "王阿姨"),
        _person(2, "Bob"),
        reserved=Reserved(_person(2, "Bob"), "09:10"),
    )
    assert "reserved" not in text and "claimed by" in text
    assert markup is not None and markup.inline_keyboard[0][0].text == "Delivered"


def test_claim_refused_while_reserved_says_why() -> None:
    result = ActionResult(Outcome.DENIED, denial=Denial.RESERVED)
    answer = answer_text(L10N.translator("en"), OrderAction.CLAIM, result)
    assert answer.startswith("This order is reserved for its household's volunteer")


@pytest.mark.parametrize(
    ("zone", "day", "kind", "expected"),
    [
        ("Asia/Shanghai", date(2026, 12, 5), TaskKind.RUBBISH, datetime(2026, 12, 5, 1, 0)),
        ("Asia/Shanghai", date(2026, 12, 5), TaskKind.DISINFECT, datetime(2026, 12, 5, 2, 0)),
        ("Europe/Berlin", date(2026, 7, 1), TaskKind.RUBBISH, datetime(2026, 7, 1, 7, 0)),
        ("Europe/Berlin", date(2026, 12, 1), TaskKind.RUBBISH, datetime(2026, 12, 1, 8, 0)),
    ],
)
def test_tasks_are_due_at_the_communitys_local_time(
    zone: str, day: date, kind: TaskKind, expected: datetime
) -> None:
    assert due_at(day, kind, CalendarSettings(timezone=zone)) == expected.replace(tzinfo=UTC)


def test_a_task_time_in_a_spring_forward_gap_is_due_just_after_it() -> None:
    settings = CalendarSettings(timezone="Europe/Berlin", rubbish_time=time(2, 30))
    # 2026-03-29: Berlin skips 02:00-03:00; 02:30 does not exist, 03:00 CEST = 01:00 UTC
    assert due_at(date(2026, 3, 29), TaskKind.RUBBISH, settings) == datetime(
        2026, 3, 29, 1, 0, tzinfo=UTC
    )


def test_pairing_settings_default_and_as_stored() -> None:
    default = from_row(None, "Asia/Shanghai")
    assert default.pair_window == timedelta(minutes=10)
    assert task_time(TaskKind.RUBBISH, default) == time(9, 0)
    assert task_time(TaskKind.DISINFECT, default) == time(10, 0)
    row = CommunitySettings(
        community="c",
        pair_window_minutes=15,
        rubbish_time="07:30",
        disinfect_time="18:00",
        updated_at=NOW,
    )
    stored = from_row(row, "Asia/Shanghai")
    assert stored.pair_window == timedelta(minutes=15)
    assert (stored.rubbish_time, stored.disinfect_time) == (time(7, 30), time(18, 0))
    shown = settings_text(L10N.translator("en"), stored)
    assert "waits 15 minutes" in shown and "rubbish run at 07:30" in shown
    assert "disinfection at 18:00" in shown


@pytest.mark.parametrize(
    ("word", "value", "stored"),
    [
        ("pairwindow", "10", 10),
        ("包户时限", "15分钟", 15),
        ("claimwindow", "120m", 120),
        ("垃圾", "9:00", "09:00"),
        ("rubbish", "07:30", "07:30"),
        ("消杀", "10:00", "10:00"),
        ("disinfect", "21:05", "21:05"),
    ],
)
def test_staff_set_the_pairing_settings(word: str, value: str, stored: object) -> None:
    setting = setting_named(word)
    assert setting is not None
    assert parse_setting(setting, value) == stored


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        (Setting.PAIR_WINDOW, "0"),
        (Setting.PAIR_WINDOW, "121"),
        (Setting.PAIR_WINDOW, "ten"),
        (Setting.PAIR_WINDOW, "1h"),
        (Setting.RUBBISH_TIME, "25:00"),
        (Setting.DISINFECT_TIME, "10"),
    ],
)
def test_a_pairing_setting_that_cannot_be_read(setting: Setting, value: str) -> None:
    with pytest.raises(BadValue):
        parse_setting(setting, value)


def test_today_lists_sections_with_a_button_per_task_not_done() -> None:
    items = [
        TodayItem("today-paired", {"count": 1}),
        TodayItem(
            "today-household",
            {
                "building": "3号楼",
                "flat": "3-2-501",
                "people": 3,
                "needs": ("elderly", "living_alone"),
                "note": "",
            },
        ),
        TodayItem("today-tasks", {"count": 2}),
        TodayItem(
            "today-task",
            {"flat": "3-2-501", "task": "rubbish", "time": "09:00", "late": "yes"},
            (TodayButton("btn-task-done", TodayAction.TASK_DONE, 41),),
        ),
        TodayItem(
            "today-task-done",
            {"flat": "3-2-501", "task": "disinfect", "time": "10:00", "late": "no"},
        ),
    ]
    zh_text, zh_markup = render_today(L10N.translator("zh"), items)
    assert zh_text.splitlines() == [
        "📋 <b>我的今天</b>",
        "🤝 您包户的住户（1）：",
        "• 3号楼 3-2-501 · 3 人 · 独居, 老人",
        "✅ 今日任务（2）：",
        "◻️ 09:00 3-2-501 🗑 倒垃圾 ⚠️ 已超时",
        "✅ 10:00 3-2-501 🧴 楼道消杀 已完成",
    ]
    assert zh_markup is not None
    [[button]] = zh_markup.inline_keyboard
    assert button.text == "✅ 完成：3-2-501 🗑 倒垃圾"
    assert TodayCallback.unpack(button.callback_data or "") == TodayCallback(
        action=TodayAction.TASK_DONE, ref_id=41
    )
    en_text, _ = render_today(L10N.translator("en"), items)
    assert "◻️ 09:00 3-2-501 🗑 rubbish run ⚠️ late" in en_text
    assert "• 3号楼 3-2-501 · 3 people · living alone, elderly" in en_text


def test_today_with_nothing_says_so() -> None:
    text, markup = render_today(L10N.translator("en"), [])
    empty = "Nothing on your list today: no household paired with you, no order held, no call "
    assert text == empty + "signed up for." and markup is None


def test_a_reservation_holds_until_its_window_ends_or_it_is_opened() -> None:
    until = NOW + timedelta(minutes=10)
    reservation = OrderReservation(order_id=1, building_id=1, volunteer_id=2, until=until)
    assert is_active(reservation, NOW)
    assert is_active(reservation, until - timedelta(microseconds=1))
    assert not is_active(reservation, until)  # the window's end: open to everyone
    assert not is_active(None, NOW)
    reservation.opened_at = NOW  # claimed (or opened) early
    assert not is_active(reservation, NOW)
