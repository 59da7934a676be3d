"""The fast-response chain against real databases, with an injected clock."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from domain.incidents import (
    IncidentAction,
    IncidentStatus,
    SosOutcome,
    Source,
    escalate_if_due,
    may_view,
    report_emergency,
)
from jobs.sweep_incidents import sweep_incidents
from models.db import create_engine, create_sessionmaker
from models.incidents import Incident, incident_events
from tests.support.factories import RecordingNotifier
from tests.support.incidents import (
    DISTRICT_CHAT,
    STREET_CHAT,
    act_on,
    incident_world,
    press_sos_button,
    report_cardiac,
)


async def test_full_climb_without_acknowledgement(sessionmaker, clock) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    assert sorted(notifier.alerts) == sorted([(0, 0, w.lead.id), (0, 0, w.doctor.id)])
    assert notifier.events[0] == ("opened", incident.id, "楼道长和社区医生")

    clock.advance(seconds=119)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 0
    clock.advance(seconds=1)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 1
    assert notifier.alerts[-1] == (1, 0, w.team.id)
    clock.advance(seconds=180)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 1
    assert sorted(notifier.alerts[-2:]) == [(2, 0, DISTRICT_CHAT), (2, 0, STREET_CHAT)]  # together
    clock.advance(seconds=299)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 0
    clock.advance(seconds=1)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 1
    assert sorted(notifier.alerts[-2:]) == [(2, 1, DISTRICT_CHAT), (2, 1, STREET_CHAT)]  # repeat

    async with sessionmaker() as session:
        events = [e.action for e in await incident_events(session, incident.id)]
    assert events == ["reported", "escalated", "escalated", "repeated"]
    escalations = [e for e in notifier.events if e[0] == "escalated"]
    assert [e[1] for e in escalations] == [2, 3]  # earlier ones hear of each climb, not repeats


async def test_acknowledgement_stops_the_climb_and_everyone_hears(sessionmaker, clock) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    clock.advance(seconds=130)
    await sweep_incidents(sessionmaker, clock, notifier)
    clock.advance(seconds=30)
    result = await act_on(
        sessionmaker, clock, notifier, incident.id, IncidentAction.ACKNOWLEDGE, w.team.id, w.team.id
    )
    assert result.done and result.status is IncidentStatus.ACKNOWLEDGED
    assert [e for e in notifier.events if e[0] == "ack"][-1] == (
        "ack",
        w.team.id,
        str(sorted([w.lead.id, w.doctor.id, w.team.id])),
    )

    clock.advance(hours=1)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 0
    async with sessionmaker() as session:
        stored = await session.get(Incident, incident.id)
    assert stored is not None and stored.owner_id == w.team.id and stored.next_escalation_at is None
    assert (stored.acknowledged_at - stored.reported_at).total_seconds() == 160


async def test_two_acknowledgements_one_owner_both_told(sessionmaker, clock) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    results = await asyncio.gather(
        act_on(
            sessionmaker,
            clock,
            notifier,
            incident.id,
            IncidentAction.ACKNOWLEDGE,
            w.lead.id,
            w.lead.id,
        ),
        act_on(
            sessionmaker,
            clock,
            notifier,
            incident.id,
            IncidentAction.ACKNOWLEDGE,
            w.doctor.id,
            w.doctor.id,
        ),
    )
    winners = [r for r in results if r.done]
    losers = [r for r in results if not r.done]
    assert len(winners) == 1 and len(losers) == 1
    async with sessionmaker() as session:
        stored = await session.get(Incident, incident.id)
    assert stored is not None
    owner_name = "楼道长老张" if stored.owner_id == w.lead.id else "李医生"
    assert losers[0].owner_name == owner_name
    assert len([e for e in notifier.events if e[0] == "ack"]) == 1


async def test_sweeps_racing_alert_a_level_once(sessionmaker, clock) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    clock.advance(seconds=121)

    async def once() -> bool:
        async with sessionmaker() as session:
            climbed = await escalate_if_due(session, clock, notifier, incident.id)
            await session.commit()  # as the job does
            return climbed

    assert sorted(await asyncio.gather(once(), once(), once())) == [False, False, True]
    assert [a for a in notifier.alerts if a[0] == 1] == [(1, 0, w.team.id)]


async def test_duplicate_report_opens_one_incident(sessionmaker, clock) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    first = await report_cardiac(sessionmaker, clock, notifier, w)
    second = await report_cardiac(sessionmaker, clock, notifier, w)
    assert first is not None and second is None
    async with sessionmaker() as session:
        assert len((await session.execute(select(Incident))).scalars().all()) == 1


async def test_strangers_cannot_act_and_progress_is_timed(sessionmaker, clock) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    refused = await act_on(
        sessionmaker,
        clock,
        notifier,
        incident.id,
        IncidentAction.ACKNOWLEDGE,
        w.stranger.id,
        w.stranger.id,
    )
    assert not refused.allowed and not refused.done

    clock.advance(minutes=4)
    transport = await act_on(
        sessionmaker,
        clock,
        notifier,
        incident.id,
        IncidentAction.TRANSPORT,
        w.doctor.id,
        w.doctor.id,
    )
    again = await act_on(
        sessionmaker, clock, notifier, incident.id, IncidentAction.TRANSPORT, w.lead.id, w.lead.id
    )
    clock.advance(minutes=16)
    hospital = await act_on(
        sessionmaker,
        clock,
        notifier,
        incident.id,
        IncidentAction.HOSPITAL,
        w.doctor.id,
        w.doctor.id,
    )
    resolved = await act_on(
        sessionmaker, clock, notifier, incident.id, IncidentAction.RESOLVE, w.doctor.id, w.doctor.id
    )
    late = await act_on(
        sessionmaker, clock, notifier, incident.id, IncidentAction.ACKNOWLEDGE, w.lead.id, w.lead.id
    )

    assert transport.done and not again.done and hospital.done and resolved.done
    assert not late.done and late.status is IncidentStatus.RESOLVED
    async with sessionmaker() as session:
        stored = await session.get(Incident, incident.id)
    assert stored is not None and stored.owner_id == w.doctor.id
    assert (stored.transported_at - stored.reported_at).total_seconds() == 240
    assert (stored.hospital_at - stored.reported_at).total_seconds() == 1200
    assert stored.acknowledged_at == stored.transported_at


async def test_escalate_now_on_the_default_chain_without_staff_alerts_the_first_again(
    sessionmaker, clock
) -> None:
    w = await incident_world(sessionmaker, clock, chain=False)
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    assert sorted(notifier.alerts) == sorted([(0, 0, w.lead.id), (0, 0, w.doctor.id)])
    result = await act_on(
        sessionmaker, clock, notifier, incident.id, IncidentAction.ESCALATE, w.lead.id, w.lead.id
    )
    assert result.done
    async with sessionmaker() as session:
        stored = await session.get(Incident, incident.id)
        events = [(e.action, e.actor_id) for e in await incident_events(session, incident.id)]
    # the default chain's later levels are staff (none here) and teams with no one named: the
    # lead and doctor, the only ones it reaches, are alerted again rather than nobody; the
    # empty levels are passed over, so the climb stands at the last stage
    assert stored is not None and stored.stage == 2 and stored.round == 1
    assert stored.status == IncidentStatus.OPEN
    assert stored.next_escalation_at == clock.now() + timedelta(seconds=120)
    assert ("escalated_now", w.lead.id) in events
    assert events[-2:] == [("nobody_to_alert", None)] * 2  # the staff, the street & district
    assert sorted(notifier.alerts[-2:]) == sorted([(2, 1, w.lead.id), (2, 1, w.doctor.id)])
    assert [e for e in notifier.events if e[0] == "escalated"] == []


@pytest.mark.parametrize("stage", [0, 1, 2])
async def test_acknowledgement_at_each_level_stops_there(sessionmaker, clock, stage: int) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    for seconds in (120, 180)[:stage]:
        clock.advance(seconds=seconds)
        assert await sweep_incidents(sessionmaker, clock, notifier) == 1
    acker, chat = [(w.lead, w.lead.id), (w.team, w.team.id), (w.stranger, STREET_CHAT)][stage]
    result = await act_on(
        sessionmaker, clock, notifier, incident.id, IncidentAction.ACKNOWLEDGE, acker.id, chat
    )
    assert result.done  # someone pressing in the street team's chat may take it
    alerts_before = len(notifier.alerts)
    clock.advance(hours=2)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 0
    assert len(notifier.alerts) == alerts_before
    async with sessionmaker() as session:
        stored = await session.get(Incident, incident.id)
    assert stored is not None and stored.stage == stage and stored.owner_id == acker.id
    webhooks = [e for e in notifier.events if e[0] == "webhook"]
    assert webhooks == (
        [("webhook", 0, "street:alert"), ("webhook", 0, "street:ack")] if stage == 2 else []
    )


@pytest.mark.parametrize("by_hand", [False, True])
async def test_acknowledgement_between_read_and_climb_wins(
    sessionmaker, clock, monkeypatch, database_url: str, by_hand: bool
) -> None:
    import domain.incidents as incidents

    second = create_engine(database_url)  # its own pool: SQLite's one connection is not shared
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    clock.advance(seconds=121)
    original = incidents.community_stages
    acks: list[object] = []

    async def interleaved(session, community):
        if not acks:  # the doctor's press commits after the climb read the incident
            acks.append(None)
            acks[0] = await act_on(
                create_sessionmaker(second),
                clock,
                notifier,
                incident.id,
                IncidentAction.ACKNOWLEDGE,
                w.doctor.id,
                w.doctor.id,
            )
        return await original(session, community)

    monkeypatch.setattr(incidents, "community_stages", interleaved)
    if by_hand:
        result = await act_on(
            sessionmaker,
            clock,
            notifier,
            incident.id,
            IncidentAction.ESCALATE,
            w.lead.id,
            w.lead.id,
        )
        assert not result.done and result.owner_name == "李医生"
    else:
        async with sessionmaker() as session:
            assert not await escalate_if_due(session, clock, notifier, incident.id)
    await second.dispose()
    assert getattr(acks[0], "done", False)
    async with sessionmaker() as session:
        stored = await session.get(Incident, incident.id)
    assert stored is not None and stored.status == IncidentStatus.ACKNOWLEDGED
    assert stored.stage == 0 and stored.next_escalation_at is None
    assert [a for a in notifier.alerts if a[0] > 0] == []


async def test_sweep_does_not_climb_when_the_deadline_moved(
    sessionmaker, clock, database_url: str
) -> None:
    second = create_engine(database_url)
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    clock.advance(seconds=121)
    async with sessionmaker() as session:
        stale = await session.get(Incident, incident.id)
        assert stale is not None
        async with create_sessionmaker(second)() as other:  # a later deadline is set meanwhile
            moved = await other.get(Incident, incident.id)
            assert moved is not None
            moved.next_escalation_at = clock.now() + timedelta(minutes=5)
            await other.commit()
        assert not await escalate_if_due(session, clock, notifier, incident.id)
    await second.dispose()
    assert [a for a in notifier.alerts if a[0] > 0] == []


async def test_one_failing_incident_does_not_stop_the_sweep(sessionmaker, clock, caplog) -> None:
    w = await incident_world(sessionmaker, clock)
    first = await report_cardiac(sessionmaker, clock, RecordingNotifier(), w, message_id=1)
    second = await report_cardiac(sessionmaker, clock, RecordingNotifier(), w, message_id=2)
    assert first is not None and second is not None

    class Broken(RecordingNotifier):  # a single alert failing is passed over (see below)
        async def incident_escalated(
            self, session, incident, chat_ids, level_names, *, actor_id=None
        ) -> None:
            if getattr(incident, "id", None) == first.id:
                raise RuntimeError("boom")
            await super().incident_escalated(session, incident, chat_ids, level_names)

    notifier = Broken()
    clock.advance(seconds=121)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 1
    assert notifier.alerts[-1] == (1, 0, w.team.id)
    assert f"incident {first.id} could not be escalated" in caplog.text
    async with sessionmaker() as session:
        broken = await session.get(Incident, first.id)
        climbed = await session.get(Incident, second.id)
    assert broken is not None and broken.stage == 0  # rolled back: the next sweep retries it
    assert climbed is not None and climbed.stage == 1


async def test_each_sos_press_is_its_own_report_unless_one_is_still_open(
    sessionmaker, clock
) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    first = await press_sos_button(sessionmaker, clock, notifier, w, "q1")
    assert first is not None and first.opened
    again = await press_sos_button(
        sessionmaker, clock, notifier, w, "q2"
    )  # a panicked second press
    assert again == SosOutcome(first.number, IncidentStatus.OPEN, opened=False)
    await act_on(
        sessionmaker,
        clock,
        notifier,
        first.number,
        IncidentAction.ACKNOWLEDGE,
        w.lead.id,
        w.lead.id,
    )
    taken = await press_sos_button(sessionmaker, clock, notifier, w, "q3")
    assert taken == SosOutcome(first.number, IncidentStatus.ACKNOWLEDGED, opened=False)
    await act_on(
        sessionmaker, clock, notifier, first.number, IncidentAction.RESOLVE, w.lead.id, w.lead.id
    )
    clock.advance(days=3)
    later = await press_sos_button(
        sessionmaker, clock, notifier, w, "q4"
    )  # same /help message, days later
    assert later is not None and later.opened and later.number != first.number
    assert await press_sos_button(sessionmaker, clock, notifier, w, "q4") == SosOutcome(
        later.number, IncidentStatus.OPEN, opened=False
    )  # the same press delivered twice


async def test_private_sos_with_the_help_messages_id_is_its_own_incident(
    sessionmaker, clock
) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    pressed = await press_sos_button(sessionmaker, clock, notifier, w, "q1", help_message_id=42)
    assert pressed is not None and pressed.opened
    async with sessionmaker() as session:
        private = await report_emergency(
            session,
            clock,
            notifier,
            building=w.building,
            reporter_id=w.stranger.id,
            text="/sos",
            source=Source.SOS,
            chat_id=w.stranger.id,
            message_id=42,
            flat=None,
        )
        await session.commit()
    assert private is not None and private.id != pressed.number


async def test_the_timeline_is_shown_only_where_it_belongs(sessionmaker, clock) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    for seconds in (120, 180):
        clock.advance(seconds=seconds)
        await sweep_incidents(sessionmaker, clock, notifier)

    async def view(person_id: int, chat_id: int) -> bool:
        async with sessionmaker() as session:
            return await may_view(session, incident.id, person_id, chat_id, False) is not None

    assert await view(w.lead.id, w.lead.id)  # privately
    assert await view(w.resident.id, w.resident.id)  # the reporter, privately
    assert await view(w.lead.id, w.building.chat_id)  # in the building's group
    assert await view(w.stranger.id, STREET_CHAT)  # in a staff chat it was sent to
    assert not await view(w.lead.id, -999_000)  # some other group: flats and names stay out
    assert not await view(w.resident.id, -999_000)
    assert not await view(w.stranger.id, w.stranger.id)  # not on its list


async def test_one_target_failing_does_not_stop_the_others(sessionmaker, clock, caplog) -> None:
    w = await incident_world(sessionmaker, clock)

    class Broken(RecordingNotifier):
        async def incident_alert(self, session, building, incident, alert, level_names) -> None:
            if getattr(alert, "chat_id", None) == w.lead.id:
                raise RuntimeError("boom")
            await super().incident_alert(session, building, incident, alert, level_names)

    notifier = Broken()
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    assert notifier.alerts == [(0, 0, w.doctor.id)]
    assert notifier.events[0] == ("opened", incident.id, "楼道长和社区医生")
    assert f"incident {incident.id}: the alert to chat {w.lead.id} failed" in caplog.text
    async with sessionmaker() as session:
        stored = await session.get(Incident, incident.id)
    assert stored is not None and stored.stage == 0
