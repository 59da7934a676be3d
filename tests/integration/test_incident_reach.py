"""A stage that reaches nobody is passed over at once; when no stage reaches anyone, the
building's staff and group admins are called instead (injected clock, both databases)."""

from __future__ import annotations

from sqlalchemy import select

from domain.escalation_policy import FALLBACK_LEVEL
from domain.incident_climb import alert_failed
from jobs.sweep_incidents import sweep_incidents
from models.incidents import Incident, IncidentAlert, incident_events
from tests.support.factories import RecordingNotifier, make_building, make_chain, make_person
from tests.support.incidents import DISTRICT_CHAT, STREET_CHAT, incident_world, report_cardiac

ADMIN = 4242


async def _refuse(sessionmaker, incident_id: int, *chats: int) -> None:
    """The sender got 403 for these chats' alerts."""
    async with sessionmaker() as session:
        stmt = select(IncidentAlert).where(
            IncidentAlert.incident_id == incident_id,
            IncidentAlert.chat_id.in_(chats),
            IncidentAlert.delivered.is_(None),
        )
        for alert in (await session.execute(stmt)).scalars().all():
            await alert_failed(session, alert.id, "Forbidden: bot was blocked by the user")
        await session.commit()


async def _events(sessionmaker, incident_id: int) -> list[tuple[str, str | None]]:
    async with sessionmaker() as session:
        return [(e.action, e.detail) for e in await incident_events(session, incident_id)]


async def test_no_lead_or_doctor_alerts_the_staff_at_once(sessionmaker, clock) -> None:
    async with sessionmaker() as session:  # the default chain; only a staff member is set
        building = await make_building(session, clock)
        resident = await make_person(session, clock, building, name="王阿姨", flat="3-2-501")
        staff = await make_person(session, clock, building, name="李主任", staff=True, started=True)
        await session.commit()
    w = type("W", (), {"building": building, "resident": resident})
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    assert notifier.alerts == [(1, 0, staff.id)]  # no wait for a first level of nobody
    assert notifier.events[0] == ("opened", incident.id, "level-epidemic-team")
    events = await _events(sessionmaker, incident.id)
    assert ("nobody_to_alert", "level-lead-doctor") in events

    clock.advance(seconds=180)  # the street and district levels name nobody: passed over at
    assert await sweep_incidents(sessionmaker, clock, notifier) == 1  # once, staff again
    assert notifier.alerts[-1] == (2, 1, staff.id)  # the climb stands at the top
    assert [e for e in notifier.events if e[0] == "escalated"] == []  # nothing "escalated to"
    assert notifier.events[-1] == ("unanswered", incident.id, "level-epidemic-team")
    assert ("nobody_to_alert", "level-street / level-district") in await _events(
        sessionmaker, incident.id
    )
    async with sessionmaker() as session:
        stored = await session.get(Incident, incident.id)
    assert stored is not None and stored.next_escalation_at is not None
    assert (stored.next_escalation_at - clock.now()).total_seconds() == 180


async def test_nobody_in_the_chain_calls_the_staff_and_admins_and_tells_the_group(
    sessionmaker, clock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        resident = await make_person(session, clock, building, name="王阿姨", flat="3-2-501")
        await session.commit()
    w = type("W", (), {"building": building, "resident": resident})
    notifier = RecordingNotifier(admins=[ADMIN])
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    assert notifier.alerts == [(2, 0, ADMIN)]  # the top stage: every level was passed over
    assert notifier.events[:2] == [
        ("opened", incident.id, FALLBACK_LEVEL),
        ("fallback", incident.id, str([ADMIN])),
    ]
    clock.advance(seconds=300)  # repeats go to the admin; the group is told only once
    assert await sweep_incidents(sessionmaker, clock, notifier) == 1
    assert notifier.alerts[-1] == (2, 1, ADMIN)
    assert len([e for e in notifier.events if e[0] == "fallback"]) == 1
    assert [e for e in notifier.events if e[0] == "escalated"] == []


async def test_nobody_at_all_says_so_and_alerts_no_one(sessionmaker, clock) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        resident = await make_person(session, clock, building, name="王阿姨", flat="3-2-501")
        await session.commit()
    w = type("W", (), {"building": building, "resident": resident})
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    assert notifier.events == [("opened", incident.id, "")]  # "no contacts: call 120, /chain"
    clock.advance(seconds=300)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 1  # tried again, in case
    assert notifier.alerts == []
    # the group is told again each time: nobody answered, call 120 now
    assert notifier.events[1:] == [("unanswered", incident.id, "")]


async def test_a_stage_whose_alerts_all_fail_climbs_at_once(sessionmaker, clock) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    await _refuse(sessionmaker, incident.id, w.lead.id)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 0  # the doctor may still get it
    await _refuse(sessionmaker, incident.id, w.doctor.id)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 1  # no clock moved
    assert notifier.alerts[-1] == (1, 0, w.team.id)
    await _refuse(sessionmaker, incident.id, w.team.id)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 1
    assert sorted(notifier.alerts[-2:]) == [(2, 0, DISTRICT_CHAT), (2, 0, STREET_CHAT)]
    escalated = [e for e in notifier.events if e[0] == "escalated"]
    assert [e[1] for e in escalated] == [2, 3]

    await _refuse(sessionmaker, incident.id, STREET_CHAT)  # the bot was removed from it
    clock.advance(seconds=300)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 1
    assert notifier.alerts[-1] == (2, 1, DISTRICT_CHAT)  # the repeat skips who cannot get it
    assert (2, 1, STREET_CHAT) not in notifier.alerts


async def test_the_only_level_failing_falls_back_to_staff(sessionmaker, clock) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        resident = await make_person(session, clock, building, name="王阿姨", flat="3-2-501")
        lead = await make_person(session, clock, building, name="小夏", lead=True)
        staff = await make_person(session, clock, building, name="李主任", staff=True)
        await make_chain(session, building.community, ("楼道长", 120, "role:lead", False))
        await session.commit()
    w = type("W", (), {"building": building, "resident": resident})
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None and notifier.alerts == [(0, 0, lead.id)]
    await _refuse(sessionmaker, incident.id, lead.id)  # she never started the bot
    assert await sweep_incidents(sessionmaker, clock, notifier) == 1
    assert notifier.alerts[-1] == (0, 1, staff.id)
    assert ("fallback", incident.id, str([staff.id])) in notifier.events
