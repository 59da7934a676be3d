"""Follow-up times per community, their settings, the urgent card and the question's buttons."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.callbacks import FollowUpCallback
from bot.cards import render_card
from bot.follow_up_notices import follow_up_keyboard
from bot.l10n import L10n
from domain.calendar_settings import SettingValueError
from domain.follow_up_settings import FollowUpSettings, from_row
from domain.order_follow_up import Answer, waited_minutes
from domain.order_rules import OrderStatus
from domain.settings_store import Setting, parse_setting, setting_named
from models.community_settings import CommunitySettings
from models.orders import Order

NOW = datetime(2026, 12, 7, tzinfo=UTC)


def test_defaults_are_the_issues_times() -> None:
    settings = from_row(None)
    assert settings == FollowUpSettings()
    assert settings.unclaimed_after(False) == timedelta(minutes=30)
    assert settings.unclaimed_after(True) == timedelta(minutes=10)
    assert settings.undelivered_after(False) == timedelta(hours=3)
    assert settings.undelivered_after(True) == timedelta(hours=1)
    assert settings.answer == timedelta(minutes=30)


def test_a_stored_column_overrides_its_default_only() -> None:
    row = CommunitySettings(community="c", unclaimed_minutes=45, answer_minutes=15, updated_at=NOW)
    settings = from_row(row)
    assert settings.unclaimed == timedelta(minutes=45)
    assert settings.answer == timedelta(minutes=15)
    assert settings.undelivered == timedelta(hours=3)


def test_urgent_never_waits_longer_than_ordinary() -> None:
    """Staff setting the ordinary time below the urgent one make urgent orders no slower."""
    row = CommunitySettings(
        community="c", unclaimed_minutes=5, urgent_unclaimed_minutes=10, updated_at=NOW
    )
    assert from_row(row).unclaimed_after(True) == timedelta(minutes=5)


@pytest.mark.parametrize(
    ("word", "text", "stored"),
    [
        ("unclaimed", "30", 30),
        ("无人接单", "45m", 45),
        ("undelivered", "3h", 180),
        ("未送达", "2小时", 120),
        ("answer", "1h30", 90),
        ("urgent_unclaimed", "10", 10),
        ("加急未送达", "1h", 60),
    ],
)
def test_follow_up_settings_are_read_as_minutes(word: str, text: str, stored: int) -> None:
    setting = setting_named(word)
    assert setting is not None
    assert parse_setting(setting, text) == stored


@pytest.mark.parametrize("text", ["0", "25h", "soon", "-5", ""])
def test_follow_up_settings_out_of_range_are_refused(text: str) -> None:
    with pytest.raises(SettingValueError):
        parse_setting(Setting.UNCLAIMED, text)


def _order(urgent: bool) -> Order:
    return Order(
        id=7,
        building_id=1,
        number=12,
        resident_id=1,
        flat="3-2-501",
        category="medicine",
        text="帮忙买一盒降压药",
        items=[],
        status=OrderStatus.OPEN,
        source_chat_id=-1,
        source_message_id=5,
        urgent=urgent,
    )


def test_an_urgent_card_is_marked_red_in_each_language() -> None:
    both = L10n().translator("both")
    urgent, _ = render_card(both, _order(True), None, None)
    plain, _ = render_card(both, _order(False), None, None)
    assert urgent.startswith("🔴 加急 Urgent · 🛒 <b>订单 Order #12</b>")
    assert plain.startswith("🛒 <b>订单 Order #12</b>") and "🔴" not in plain


def test_the_question_has_still_on_it_and_release_with_its_id() -> None:
    l10n = L10n()
    for lang, labels in (("zh", ["还在送", "放弃"]), ("en", ["Still on it", "Release"])):
        [row] = follow_up_keyboard(l10n.translator(lang), 41).inline_keyboard
        assert [b.text for b in row] == labels
        answers = [FollowUpCallback.unpack(b.callback_data or "") for b in row]
        assert answers == [
            FollowUpCallback(answer=Answer.STILL, follow_up_id=41),
            FollowUpCallback(answer=Answer.RELEASE, follow_up_id=41),
        ]


def test_waits_are_whole_minutes_never_negative() -> None:
    assert waited_minutes(timedelta(minutes=30, seconds=59)) == 30
    assert waited_minutes(timedelta(seconds=-3)) == 0
