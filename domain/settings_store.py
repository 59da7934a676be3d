"""Staff change a community's calendar settings: parsed here, stored by one conditional upsert."""

from __future__ import annotations

import enum
import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import (
    SettingValueError,
    format_clock,
    parse_clock,
    parse_clocks,
    parse_days,
    parse_window,
)
from domain.clock import Clock
from domain.delivery_photos import parse_photo_mode
from models.community_settings import CommunitySettings

MIN_GRACE_MINUTES = 5
MAX_GRACE_MINUTES = 12 * 60
MAX_ROLLCALLS = 6
MIN_FOLLOW_UP_MINUTES = 1
MAX_FOLLOW_UP_MINUTES = 24 * 60


class Setting(enum.StrEnum):
    """A setting staff change; its value is the community_settings column."""

    TIMEZONE = "timezone"
    SAMPLING_DAYS = "sampling_days"
    SAMPLING_WINDOW = "sampling_window"
    SAMPLING_NOTICE = "sampling_notice"
    ROLLCALL_TIMES = "rollcall_times"
    GRACE = "grace_minutes"
    SUMMARY_TIME = "summary_time"
    DELIVERY_PHOTO = "delivery_photo"
    UNCLAIMED = "unclaimed_minutes"
    UNDELIVERED = "undelivered_minutes"
    ANSWER = "answer_minutes"
    URGENT_UNCLAIMED = "urgent_unclaimed_minutes"
    URGENT_UNDELIVERED = "urgent_undelivered_minutes"
    PAIR_WINDOW = "pair_window_minutes"
    RUBBISH_TIME = "rubbish_time"
    DISINFECT_TIME = "disinfect_time"


FOLLOW_UP_SETTINGS = frozenset(
    {
        Setting.UNCLAIMED,
        Setting.UNDELIVERED,
        Setting.ANSWER,
        Setting.URGENT_UNCLAIMED,
        Setting.URGENT_UNDELIVERED,
    }
)
"""Order follow-up times (domain/follow_up_settings.py), stored in minutes."""


# The words staff type after /settings (and /sampling) for each setting, zh and en.
SETTING_WORDS: dict[Setting, tuple[str, ...]] = {
    Setting.TIMEZONE: ("timezone", "tz", "zone", "时区"),
    Setting.SAMPLING_DAYS: ("days", "sampling_days", "采样日", "采样天"),
    Setting.SAMPLING_WINDOW: ("window", "sampling_window", "采样时间", "时段", "窗口"),
    Setting.SAMPLING_NOTICE: ("notice", "sampling_notice", "通知", "提醒", "预告"),
    Setting.ROLLCALL_TIMES: ("rollcall", "rollcalls", "roll_call", "接龙", "体温", "测温"),
    Setting.GRACE: ("grace", "宽限", "宽限期"),
    Setting.SUMMARY_TIME: ("summary", "汇总", "日报"),
    Setting.DELIVERY_PHOTO: ("photo", "delivery_photo", "照片", "送达照片"),
    Setting.UNCLAIMED: ("unclaimed", "无人接单", "未接单"),
    Setting.UNDELIVERED: ("undelivered", "未送达", "送达"),
    Setting.ANSWER: ("answer", "回复", "答复"),
    Setting.URGENT_UNCLAIMED: ("urgent_unclaimed", "加急无人接单", "加急未接单"),
    Setting.URGENT_UNDELIVERED: ("urgent_undelivered", "加急未送达", "加急送达"),
    Setting.PAIR_WINDOW: ("pairwindow", "pair_window", "claimwindow", "包户时限", "认领时限"),
    Setting.RUBBISH_TIME: ("rubbish", "trash", "garbage", "垃圾", "倒垃圾", "垃圾清运"),
    Setting.DISINFECT_TIME: ("disinfect", "disinfection", "消杀", "消毒", "楼道消杀"),
}
_SETTING_BY_WORD = {word: s for s, words in SETTING_WORDS.items() for word in words}


def setting_named(word: str) -> Setting | None:
    """The setting a word names, if any."""
    return _SETTING_BY_WORD.get(word.strip().lower())


def parse_timezone(text: str) -> str:
    """An IANA time zone name (Europe/Berlin), matched without regard to case."""
    name = text.strip()
    try:
        if "/" in name or name.upper() == "UTC":
            ZoneInfo(name)
            return name
    except (ZoneInfoNotFoundError, ValueError):
        pass
    for known in available_timezones():
        if known.lower() == name.lower():
            return known
    raise SettingValueError(text)


_GRACE = re.compile(r"^(?:([0-9]{1,2})\s*(?:h|小时))?\s*(?:([0-9]{1,3})\s*(?:m|min|分钟|分)?)?$")


def parse_grace(text: str) -> int:
    """ "90", "90m", "2h", "1h30", "2小时" as minutes (5 minutes to 12 hours)."""
    return parse_minutes(text, MIN_GRACE_MINUTES, MAX_GRACE_MINUTES)


def parse_minutes(text: str, least: int, most: int) -> int:
    """ "90", "90m", "2h", "1h30", "2小时" as minutes, from `least` to `most`."""
    match = _GRACE.match(text.strip().lower())
    if match is None or (match[1] is None and match[2] is None):
        raise SettingValueError(text)
    minutes = int(match[1] or 0) * 60 + int(match[2] or 0)
    if not least <= minutes <= most:
        raise SettingValueError(text)
    return minutes


MIN_PAIR_WINDOW = 1
MAX_PAIR_WINDOW = 120


def parse_pair_window(text: str) -> int:
    """ "10", "10m", "15分钟" as the minutes a paired volunteer has to claim (1 to 120)."""
    match = re.fullmatch(r"([0-9]{1,3})\s*(?:m|min|分钟|分)?", text.strip().lower())
    if match is None or not MIN_PAIR_WINDOW <= int(match[1]) <= MAX_PAIR_WINDOW:
        raise SettingValueError(text)
    return int(match[1])


def _clocks_text(text: str) -> str:
    times = parse_clocks(text)
    if len(times) > MAX_ROLLCALLS:
        raise SettingValueError(text)
    return " ".join(format_clock(t) for t in times)


def _window_text(text: str) -> str:
    start, end = parse_window(text.replace(" ", "").replace("–", "-").replace("~", "-"))
    return f"{format_clock(start)}-{format_clock(end)}"


def parse_setting(setting: Setting, text: str) -> Any:
    """The stored value of a setting typed as `text`; SettingValueError names a bad value."""
    text = text.strip()
    if setting == Setting.TIMEZONE:
        return parse_timezone(text)
    if setting == Setting.SAMPLING_DAYS:
        return " ".join(str(d) for d in parse_days(text))
    if setting == Setting.SAMPLING_WINDOW:
        return _window_text(text)
    if setting in (
        Setting.SAMPLING_NOTICE,
        Setting.SUMMARY_TIME,
        Setting.RUBBISH_TIME,
        Setting.DISINFECT_TIME,
    ):
        return format_clock(parse_clock(text))
    if setting == Setting.ROLLCALL_TIMES:
        return _clocks_text(text)
    if setting == Setting.DELIVERY_PHOTO:
        return parse_photo_mode(text)
    if setting in FOLLOW_UP_SETTINGS:
        return parse_minutes(text, MIN_FOLLOW_UP_MINUTES, MAX_FOLLOW_UP_MINUTES)
    if setting == Setting.PAIR_WINDOW:
        return parse_pair_window(text)
    return parse_grace(text)


async def save_settings(
    session: AsyncSession,
    clock: Clock,
    *,
    community: str,
    values: dict[Setting, Any],
    by: int | None,
) -> None:
    """Store settings of a community: one INSERT … ON CONFLICT DO UPDATE of only these columns,
    so two staff changing different settings at once both keep theirs."""
    now = clock.now()
    columns = {str(setting): value for setting, value in values.items()}
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(CommunitySettings).values(
        community=community, updated_by=by, updated_at=now, **columns
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=["community"],
        set_={**columns, "updated_by": by, "updated_at": now},
    )
    await session.execute(stmt)
