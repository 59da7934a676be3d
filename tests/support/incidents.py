"""An incident's world for integration tests: a building, its people, a four-level chain, and
one-line ways to report, press and act as they do."""

from __future__ import annotations

from types import SimpleNamespace

from domain.incidents import Source, act_on_incident, press_sos, report_emergency
from tests.support.factories import make_building, make_chain, make_person

STREET_CHAT, DISTRICT_CHAT = -500, -600


async def incident_world(sessionmaker, clock, *, chain: bool = True):
    """王阿姨 at 3-2-501, lead 老张, doctor 李医生, team member 小刘, stranger Dave; the chain:
    lead and doctor, the team, the street (a chat), the district (a chat, the top)."""
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        resident = await make_person(session, clock, building, name="王阿姨", flat="3-2-501")
        lead = await make_person(
            session, clock, building, name="楼道长老张", lead=True, started=True
        )
        doctor = await make_person(
            session, clock, building, name="李医生", doctor=True, started=True
        )
        team = await make_person(session, clock, building, name="防疫组小刘", started=True)
        stranger = await make_person(session, clock, building, name="Dave")
        if chain:
            await make_chain(
                session,
                building.community,
                ("楼道长和社区医生", 120, "role:lead role:doctor", False),
                ("社区防疫组", 180, f"person:{team.id}", False),
                ("街道", 300, f"chat:{STREET_CHAT}", False, "street"),
                ("区卫健委", 300, f"chat:{DISTRICT_CHAT}", True),
            )
        await session.commit()
    return SimpleNamespace(
        building=building, resident=resident, lead=lead, doctor=doctor, team=team, stranger=stranger
    )


async def report_cardiac(sessionmaker, clock, notifier, w, message_id: int = 77):
    """王阿姨 writes of a heart attack in the group."""
    async with sessionmaker() as session:
        incident = await report_emergency(
            session,
            clock,
            notifier,
            building=w.building,
            reporter_id=w.resident.id,
            text="我老婆突然心脏闷痛，手脚冒汗",
            source=Source.MESSAGE,
            chat_id=w.building.chat_id,
            message_id=message_id,
            flat="3-2-501",
            hint="cardiac",
        )
        await session.commit()  # as the update middleware does
        return incident


async def act_on(sessionmaker, clock, notifier, incident_id, action, actor_id, chat_id):
    """Someone presses an incident button (acknowledge, escalate, resolve, ...)."""
    async with sessionmaker() as session:
        result = await act_on_incident(
            session,
            clock,
            notifier,
            incident_id=incident_id,
            action=action,
            actor_id=actor_id,
            chat_id=chat_id,
            group_admin=False,
        )
        await session.commit()  # as the update middleware does
        return result


async def press_sos_button(
    sessionmaker, clock, notifier, w, press_id: str, help_message_id: int = 42
):
    """王阿姨 presses the SOS button under the help message."""
    async with sessionmaker() as session:
        outcome = await press_sos(
            session,
            clock,
            notifier,
            building=w.building,
            reporter_id=w.resident.id,
            press_id=press_id,
            chat_id=w.building.chat_id,
            message_id=help_message_id,
            flat="3-2-501",
        )
        await session.commit()  # as the update middleware does
        return outcome
