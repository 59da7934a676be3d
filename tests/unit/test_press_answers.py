"""The toast after a press that raised an emergency: true, and within Telegram's 200 characters."""

from __future__ import annotations

from bot.l10n import L10n
from bot.press_answers import MAX_TOAST, raised_answer


def test_the_toast_names_the_levels_called_or_says_call_120() -> None:
    en = L10n().translator("en")
    assert "Building lead" in raised_answer(en, 3, ("level-lead",))
    nobody = raised_answer(en, 3, ())
    assert "#3" in nobody and "call 120 now" in nobody and "calling" not in nobody


def test_long_level_names_are_cut_to_telegrams_limit() -> None:
    zh = L10n().translator("zh")
    toast = raised_answer(zh, 3, ("很长的层级名字" * 40, "另一个层级 & <b>"))
    assert len(toast) == MAX_TOAST and toast.endswith("…") and "&amp;" not in toast
