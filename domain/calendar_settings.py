"""A community's quarantine-calendar settings: issue 10's defaults, overridden per community."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from models.community_settings import CommunitySettings, community_settings_row

SAMPLING_DAYS = (1, 4, 7, 10, 14)
SAMPLING_WINDOW = (time(8, 0), time(11, 0))
SAMPLING_NOTICE = time(20, 0)
ROLLCALL_TIMES = (time(8, 0), time(20, 0))
GRACE = timedelta(hours=2)
SUMMARY_TIME = time(21, 0)
PAIR_WINDOW = timedelta(minutes=10)
RUBBISH_TIME = time(9, 0)
DISINFECT_TIME = time(10, 0)


class SettingValueError(ValueError):
    """A settings value that cannot be read (the message names the value)."""


@dataclass(frozen=True)
class CalendarSettings:
    """When a community samples, calls the roll and sends its summary, in its own time zone."""

    timezone: str
    sampling_days: tuple[int, ...] = SAMPLING_DAYS
    sampling_window: tuple[time, time] = SAMPLING_WINDOW
    sampling_notice: time = SAMPLING_NOTICE
    rollcall_times: tuple[time, ...] = ROLLCALL_TIMES
    grace: timedelta = GRACE
    summary_time: time = SUMMARY_TIME
    delivery_photo: str = "optional"
    """Whether Delivered asks the volunteer for a doorstep photo: "optional" or "off"."""
    pair_window: timedelta = PAIR_WINDOW
    """包户: how long a paired household's order waits for its volunteer."""
    rubbish_time: time = RUBBISH_TIME
    disinfect_time: time = DISINFECT_TIME

    @property
    def zone(self) -> ZoneInfo:
        """The community's time zone."""
        return ZoneInfo(self.timezone)


def parse_clock(text: str) -> time:
    """ "8:00" / "08:00" / "20:30" as a local time of day (ASCII digits only)."""
    hours, sep, minutes = text.strip().partition(":")
    if (
        not sep
        or not (hours.isascii() and hours.isdigit() and 1 <= len(hours) <= 2)
        or not (minutes.isascii() and minutes.isdigit() and len(minutes) == 2)
        or int(hours) > 23
        or int(minutes) > 59
    ):
        raise SettingValueError(text)
    return time(int(hours), int(minutes))


def format_clock(value: time) -> str:
    """A time of day as HH:MM."""
    return f"{value.hour:02d}:{value.minute:02d}"


def parse_clocks(text: str) -> tuple[time, ...]:
    """ "08:00 20:00" as sorted distinct times of day."""
    parts = text.replace(",", " ").split()
    if not parts:
        raise SettingValueError(text)
    return tuple(sorted({parse_clock(part) for part in parts}))


def parse_window(text: str) -> tuple[time, time]:
    """ "08:00-11:00" as a start and an end on the same day."""
    start, sep, end = text.partition("-")
    if not sep:
        raise SettingValueError(text)
    window = parse_clock(start), parse_clock(end)
    if window[0] >= window[1]:
        raise SettingValueError(text)
    return window


def parse_days(text: str) -> tuple[int, ...]:
    """ "1 4 7 10 14" as sorted distinct quarantine days (1–60)."""
    parts = text.replace(",", " ").split()
    if not parts or not all(p.isascii() and p.isdigit() and 1 <= int(p) <= 60 for p in parts):
        raise SettingValueError(text)
    return tuple(sorted({int(p) for p in parts}))


def from_row(row: CommunitySettings | None, default_timezone: str) -> CalendarSettings:
    """The effective settings: each column stored overrides its default."""
    settings = CalendarSettings(timezone=default_timezone)
    if row is None:
        return settings
    return replace(
        settings,
        timezone=row.timezone or default_timezone,
        sampling_days=parse_days(row.sampling_days) if row.sampling_days else SAMPLING_DAYS,
        sampling_window=(
            parse_window(row.sampling_window) if row.sampling_window else SAMPLING_WINDOW
        ),
        sampling_notice=(
            parse_clock(row.sampling_notice) if row.sampling_notice else SAMPLING_NOTICE
        ),
        rollcall_times=parse_clocks(row.rollcall_times) if row.rollcall_times else ROLLCALL_TIMES,
        grace=timedelta(minutes=row.grace_minutes) if row.grace_minutes is not None else GRACE,
        summary_time=parse_clock(row.summary_time) if row.summary_time else SUMMARY_TIME,
        delivery_photo=row.delivery_photo or "optional",
        pair_window=(
            timedelta(minutes=row.pair_window_minutes)
            if row.pair_window_minutes is not None
            else PAIR_WINDOW
        ),
        rubbish_time=parse_clock(row.rubbish_time) if row.rubbish_time else RUBBISH_TIME,
        disinfect_time=parse_clock(row.disinfect_time) if row.disinfect_time else DISINFECT_TIME,
    )


async def calendar_settings(
    session: AsyncSession, community: str, default_timezone: str
) -> CalendarSettings:
    """A community's effective calendar settings (defaults where staff set nothing)."""
    return from_row(await community_settings_row(session, community), default_timezone)


async def community_today(
    session: AsyncSession, clock: Clock, community: str, default_timezone: str
) -> date:
    """Today's date in the community's time zone."""
    calendar = await calendar_settings(session, community, default_timezone)
    return clock.now().astimezone(calendar.zone).date()
