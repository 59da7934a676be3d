"""How a 吹哨 call reads: in the group (both languages or one), and on a volunteer's /today."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.call_view import render_call, render_calls_today
from bot.callbacks import CallCallback
from bot.l10n import L10n
from domain.calls import CallPress, CallStatus, TodayCall
from models.calls import VolunteerCall
from models.people import Person

L10N = L10n()
SHANGHAI = ZoneInfo("Asia/Shanghai")


def _call(**values: object) -> VolunteerCall:
    fields: dict[str, object] = dict(
        id=7,
        building_id=1,
        title="<b>核酸</b>采样引导",
        day=date(2026, 12, 6),
        starts_at=datetime(2026, 12, 5, 23, 0, tzinfo=UTC),  # 07:00 in Shanghai
        ends_at=datetime(2026, 12, 6, 2, 0, tzinfo=UTC),
        slots=3,
        taken=1,
        status=CallStatus.OPEN,
    )
    fields.update(values)
    return VolunteerCall(**fields)


def _person(name: str, pid: int) -> Person:
    return Person(id=pid, full_name=name)


def test_an_open_call_in_both_languages_with_its_five_buttons() -> None:
    text, markup = render_call(L10N.translator("both"), _call(), [_person("Bob", 5)], SHANGHAI)
    assert text.splitlines()[:4] == [
        # staff's own words are escaped
        "📣 <b>吹哨 Volunteer call #7</b> · &lt;b&gt;核酸&lt;/b&gt;采样引导",
        "🕒 12-06 周日 Sun 07:00–10:00",
        "👥 已报名 Signed up 1/3",
        '1. <a href="tg://user?id=5">Bob</a>',
    ]
    assert "还差 2 人" in text and "2 more needed" in text
    assert markup is not None
    data = [b.callback_data for row in markup.inline_keyboard for b in row]
    assert data == [CallCallback(action=p, call_id=7).pack() for p in CallPress]


def test_full_and_closed_calls() -> None:
    t = L10N.translator("en")
    people = [_person("A", 1), _person("B", 2), _person("C", 3)]
    text, markup = render_call(t, _call(taken=3), people, SHANGHAI)
    assert "All places are taken" in text and markup is not None  # staff may still add places
    text, markup = render_call(t, _call(status=CallStatus.CLOSED), people[:1], SHANGHAI)
    assert "Sign-up is closed" in text and markup is None
    late = _call(ends_at=datetime(2026, 12, 6, 17, 0, tzinfo=UTC))  # past midnight local
    text, _ = render_call(t, late, [], SHANGHAI)
    assert "12-06 Sun 07:00–12-07 01:00" in text


def test_today_section_lines() -> None:
    item = TodayCall(_call(), "3号楼", "Asia/Shanghai")
    assert render_calls_today(L10N.translator("zh"), []) == []
    assert render_calls_today(L10N.translator("zh"), [item]) == [
        "📣 今天报名的召集（1）",
        "#7 &lt;b&gt;核酸&lt;/b&gt;采样引导 · 12-06 周日 07:00–10:00 · 3号楼",
    ]


def test_a_community_call_names_its_community_and_each_volunteers_building() -> None:
    call = _call(building_id=None, staff_group_id=3, community="幸福<里>")
    people = [_person("Bob", 5), _person("小陈", 6), _person("Gone", 8)]
    text, markup = render_call(
        L10N.translator("both"), call, people, SHANGHAI, buildings=["3号楼", "5<号>楼", None]
    )
    assert text.splitlines()[:7] == [
        "📣 <b>社区吹哨 Community call #7</b> · &lt;b&gt;核酸&lt;/b&gt;采样引导",
        "🏘 幸福&lt;里&gt; 各楼志愿者均可报名",
        "🏘 Volunteers of every building of 幸福&lt;里&gt; may sign up.",
        "🕒 12-06 周日 Sun 07:00–10:00",
        "👥 已报名 Signed up 1/3",
        '1. <a href="tg://user?id=5">Bob</a> · 3号楼',
        '2. <a href="tg://user?id=6">小陈</a> · 5&lt;号&gt;楼',
    ]
    assert text.splitlines()[7] == '3. <a href="tg://user?id=8">Gone</a>'  # left every building
    assert markup is not None
    data = [b.callback_data for row in markup.inline_keyboard for b in row]
    assert data == [CallCallback(action=p, call_id=7).pack() for p in CallPress]
    building_call, _ = render_call(L10N.translator("en"), _call(), people[:1], SHANGHAI)
    assert "Community" not in building_call and "🏘" not in building_call


def test_a_copy_in_a_building_group_names_nobody_and_has_only_the_volunteers_buttons() -> None:
    call = _call(building_id=None, staff_group_id=3, community="幸福里")
    text, markup = render_call(
        L10N.translator("en"), call, [_person("Bob", 5)], SHANGHAI, buildings=["3号楼"], copy=True
    )
    assert "Bob" not in text and "1/3" in text and "staff group" in text
    assert markup is not None
    data = [b.callback_data for row in markup.inline_keyboard for b in row]
    assert data == [
        CallCallback(action=p, call_id=7).pack() for p in (CallPress.SIGN_UP, CallPress.CANCEL)
    ]
    _, closed = render_call(
        L10N.translator("en"),
        _call(status=CallStatus.CLOSED, community="幸福里"),
        [],
        SHANGHAI,
        copy=True,
    )
    assert closed is None
