"""The roll call's rules and how it reads: in force, welfare due, the message itself."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot.callbacks import RollCallCallback
from bot.l10n import L10n
from bot.rollcall_slots import RollCallActions, flat_list, household_line, split_lines
from bot.rollcall_view import entry_line, render_rollcall
from domain.calendar_slots import SlotKind
from domain.rollcall import RollCallPress, in_force, welfare_due
from models.buildings import Building
from models.households import Household, Need, Quarantine
from models.rollcalls import RollCall, RollCallEntry
from tests.support.rollcall import SETTINGS, close_slot, rollcall_slot

L10N = L10n()
START = date(2022, 4, 1)


def _quarantine(days: int = 14, ended_on: date | None = None) -> Quarantine:
    return Quarantine(start_date=START, days=days, ended_on=ended_on)


@pytest.mark.parametrize(
    ("day", "days", "ended_on", "expected"),
    [
        (date(2022, 3, 31), 14, None, False),  # the day before day 1
        (START, 14, None, True),  # day 1
        (date(2022, 4, 14), 14, None, True),  # day 14
        (date(2022, 4, 15), 14, None, False),  # day 15: over
        (date(2022, 4, 7), 7, None, True),  # the last of 7 days
        (date(2022, 4, 8), 7, None, False),
        (date(2022, 4, 5), 14, date(2022, 4, 5), True),  # ended today: its last day
        (date(2022, 4, 6), 14, date(2022, 4, 5), False),  # ended yesterday
        (date(2022, 4, 20), 14, date(2022, 4, 30), False),  # an end past its course
    ],
)
def test_in_force(day: date, days: int, ended_on: date | None, expected: bool) -> None:
    assert in_force(_quarantine(days, ended_on), day) is expected


@pytest.mark.parametrize(
    ("needs", "now", "before", "expected"),
    [
        ({Need.LIVING_ALONE}, True, True, True),
        ({Need.ELDERLY}, True, True, True),
        ({Need.CHRONIC, Need.PREGNANCY}, True, True, True),
        ({Need.ELDERLY}, True, False, False),  # the first miss
        ({Need.ELDERLY}, False, True, False),  # reported now
        (set(), True, True, False),  # nobody vulnerable
        ({Need.DIALYSIS, Need.PREGNANCY, Need.DISABILITY}, True, True, False),  # not in VULNERABLE
    ],
)
def test_welfare_due(needs: set[Need], now: bool, before: bool, expected: bool) -> None:
    assert welfare_due(frozenset(needs), now, before) is expected


def _building(language: str = "both") -> Building:
    return Building(id=3, chat_id=-1003, chat_title="g", name="3号楼", language=language)


def _rollcall() -> RollCall:
    return RollCall(id=12, building_id=3, day=date(2022, 4, 3), local_time="08:00")


def _entry(
    flat: str, celsius: float | None = None, fever: bool = False, reports: int = 0
) -> RollCallEntry:
    return RollCallEntry(flat=flat, celsius=celsius, fever=fever, reports=reports)


def test_render_lists_households_readings_and_fevers_in_both_languages() -> None:
    entries = [
        _entry("3-2-501"),
        _entry("3-2-502", 36.5, reports=1),
        _entry("3-2-503", 38.0, fever=True, reports=1),
        _entry("3-2-504", 36.7, reports=2),
    ]
    text, markup = render_rollcall(L10N.translator("both"), _building(), _rollcall(), entries)
    lines = text.split("\n")
    assert lines[0] == "🌡️ 体温接龙 04-03 08:00 · 3号楼"
    assert lines[1].startswith("请回复本消息报体温")
    assert lines[2] == "🌡️ Temperature roll call 04-03 08:00 · 3号楼"
    assert lines[3].startswith("Reply to this message with your temperature")
    assert lines[4] == ""
    assert lines[5:9] == [
        "3-2-501  —",
        "3-2-502  36.5°C",
        "3-2-503  38.0°C 🔴 发热 fever",
        "3-2-504  36.7°C (已更新 updated)",
    ]
    assert lines[-2:] == ["已报 3/4 户", "Reported 3/4 households"]
    button = markup.inline_keyboard[0][0]
    assert button.text == "🌡️ 报体温 Report temperature"
    assert button.callback_data is not None
    data = RollCallCallback.unpack(button.callback_data)
    assert data.action is RollCallPress.REPORT and data.ref_id == 12


def test_render_in_one_language() -> None:
    text, markup = render_rollcall(
        L10N.translator("en"), _building("en"), _rollcall(), [_entry("3-2-503", 37.3, True, 1)]
    )
    assert "体温" not in text and "3-2-503  37.3°C 🔴 fever" in text
    assert markup.inline_keyboard[0][0].text == "🌡️ Report temperature"


def test_a_flat_from_the_ledger_is_shown_as_text_not_markup() -> None:
    t = L10N.translator("zh")
    assert entry_line(t, _entry("<b>1</b>")) == "&lt;b&gt;1&lt;/b&gt;  —"
    household = Household(flat="3-2-501", phone="<138>", note="独居 & 心脏病")
    assert household_line(household) == "3-2-501 · ☎ &lt;138&gt; · 独居 &amp; 心脏病"


def test_slots_in_the_community_zone() -> None:
    slot = rollcall_slot(1, date(2022, 4, 3), time(8, 0))
    assert slot.at == datetime(2022, 4, 3, 0, 0, tzinfo=UTC)  # Shanghai is UTC+8
    close = close_slot(slot)
    assert close.at == datetime(2022, 4, 3, 2, 0, tzinfo=UTC) and close.day == date(2022, 4, 3)
    assert SETTINGS.grace.total_seconds() == 7200


def test_a_long_roll_call_keeps_the_silent_and_stays_within_telegram_s_limit() -> None:
    t = L10N.translator("both")
    entries = [_entry(f"9-9-{n:04d}", 36.5, reports=1) for n in range(300)]
    entries[150] = _entry("9-9-0150")
    entries[299] = _entry("9-9-0299")
    text, _ = render_rollcall(t, _building(), _rollcall(), entries)
    assert len(text) <= 4000
    assert "9-9-0150  —" in text and "9-9-0299  —" in text  # every silent household shown
    shown = text.count("36.5°C")
    assert 100 < shown < 298
    assert f"还有 {298 - shown} 户已上报，放不下" in text
    assert f"{298 - shown} more households reported" in text
    assert text.split("\n")[-2:] == ["已报 298/300 户", "Reported 298/300 households"]
    short, _ = render_rollcall(t, _building(), _rollcall(), entries[:100])
    assert "放不下" not in short and short.count("36.5°C") == 100


def test_long_lists_for_the_lead_split_into_messages_that_fit() -> None:
    lines = ["head", *(f"3-2-{n:04d} · ☎ 13800001111 · 独居老人 心脏病史" for n in range(300))]
    texts = split_lines(lines)
    assert len(texts) > 1 and all(len(text) <= 4000 for text in texts)
    assert "\n".join(texts) == "\n".join(lines)  # nothing lost, no line cut
    assert split_lines(["a", "b"]) == ["a\nb"]
    assert flat_list(["1", "2"]) == "1, 2"
    assert flat_list([str(n) for n in range(250)]).endswith("199 … (+50)")


def test_the_engine_gets_an_action_for_each_roll_call_kind() -> None:
    actions = RollCallActions(L10N, "zh")
    assert set(actions.actions()) == {SlotKind.ROLLCALL, SlotKind.ROLLCALL_CLOSE}
    missed = actions.missed_actions()
    assert missed[SlotKind.ROLLCALL] == actions.missed  # never sent late: the lead is told
    assert missed[SlotKind.ROLLCALL_CLOSE] == actions.close  # the list late beats none
