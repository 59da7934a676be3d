"""Incident views against a real database: the timeline always fits in one Telegram message."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.incident_views import render_staff_incidents, render_timeline
from bot.l10n import L10n
from domain.incidents import may_view
from jobs.sweep_incidents import sweep_incidents
from models.incidents import Incident, IncidentEvent
from tests.support.factories import RecordingNotifier, make_building, make_person
from tests.support.incidents import incident_world, report_cardiac


def _telegram_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


async def test_a_long_timeline_shows_the_first_and_latest_steps_within_the_limit(
    sessionmaker, clock
) -> None:
    w = await incident_world(sessionmaker, clock)
    incident = await report_cardiac(sessionmaker, clock, RecordingNotifier(), w)
    assert incident is not None
    async with sessionmaker() as session:
        for n in range(1, 401):  # hours of repeats of a last level with a long name
            at = clock.now() + timedelta(minutes=5 * n)
            detail = f"round {n}: " + "区卫健委 District health bureau 🚑 / " * 4
            session.add(
                IncidentEvent(incident_id=incident.id, at=at, action="repeated", detail=detail)
            )
        session.add(
            IncidentEvent(incident_id=incident.id, at=at, action="alert_failed", detail="x" * 5000)
        )
        await session.commit()
        stored = await session.get(Incident, incident.id)
        assert stored is not None
        for lang in ("zh", "en"):
            text = await render_timeline(
                session, L10n().translator(lang), stored, ZoneInfo("Asia/Shanghai")
            )
            assert _telegram_length(text) <= 4096
            lines = text.splitlines()
            assert "round 1:" in lines[2]  # the first steps stay …
            assert "x" * 300 + "…" in lines[-1]  # … so does the latest, its detail cut short
            assert "round 400:" in lines[-2] and "round 200:" not in text
            more = [line for line in lines if "…" in line and ("省略" in line or "more" in line)]
            assert len(more) == 1


async def test_a_short_timeline_is_shown_whole(sessionmaker, clock) -> None:
    w = await incident_world(sessionmaker, clock)
    incident = await report_cardiac(sessionmaker, clock, RecordingNotifier(), w)
    assert incident is not None
    async with sessionmaker() as session:
        stored = await session.get(Incident, incident.id)
        assert stored is not None
        text = await render_timeline(
            session, L10n().translator("en"), stored, ZoneInfo("Asia/Shanghai")
        )
    assert "more steps" not in text and "reported" in text


async def test_the_timeline_is_told_in_the_readers_language(sessionmaker, clock) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    clock.advance(seconds=121)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 1
    async with sessionmaker() as session:
        stored = await session.get(Incident, incident.id)
        assert stored is not None
        zone = ZoneInfo("UTC")
        zh = await render_timeline(session, L10n().translator("zh"), stored, zone)
        en = await render_timeline(session, L10n().translator("en"), stored, zone)
    assert "群消息" in zh and "第 2 级：社区防疫组" in zh
    assert "message" not in zh and "stage" not in zh
    assert "group message" in en and "stage 2: 社区防疫组" in en


async def test_staff_read_their_communitys_incidents_in_private(sessionmaker, clock) -> None:
    w = await incident_world(sessionmaker, clock)
    incident = await report_cardiac(sessionmaker, clock, RecordingNotifier(), w)
    assert incident is not None
    async with sessionmaker() as session:
        other = await make_building(session, clock, name="5号楼")  # same community
        staff = await make_person(session, clock, other, name="邻楼主任", staff=True)
        elsewhere = await make_building(session, clock, name="外区")
        elsewhere.community = "另一个社区"
        outsider = await make_person(session, clock, elsewhere, name="外区主任", staff=True)
        await session.commit()
    async with sessionmaker() as session:
        assert await may_view(session, incident.id, staff.id, staff.id) is not None
        assert await may_view(session, incident.id, outsider.id, outsider.id) is None
        en = L10n().translator("en")
        listing = await render_staff_incidents(session, en, staff.id, ZoneInfo("UTC"))
        assert f"#{incident.id} 3号楼 3-2-501" in listing
        nothing = await render_staff_incidents(session, en, outsider.id, ZoneInfo("UTC"))
        assert nothing == en("incidents-none-private")
