"""What a temperature reading sets off: the fever thresholds, as data, and the one place they act.

A reading is in °C already (understanding converts Fahrenheit: 103.1 °F is 39.5 °C) and is
compared at one decimal, as reported. The message's kind stays "temperature": it is the
quarantine rule below that calls the fast-response chain, not understanding.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import calendar_settings
from domain.clock import Clock
from domain.incidents import Source, Stored, report_emergency
from domain.ports import HealthNotifier, IncidentNotifier
from domain.quarantine_calendar import local_date
from domain.quarantine_days import flat_quarantined_on
from models.buildings import Building
from models.health import TemperatureReading
from models.incidents import Incident


class FeverResponse(enum.StrEnum):
    """What a rule sets off."""

    ADVICE = "advice"
    """Advice in the group; the community doctor (else the building's staff) told privately."""
    INCIDENT = "incident"
    """An incident in the fast-response chain, as an emergency would open."""


@dataclass(frozen=True)
class FeverRule:
    """A reading of `at_least` °C or more (from a household in quarantine, if so marked)."""

    name: str
    at_least: float
    response: FeverResponse
    in_quarantine_only: bool = False


FEVER_CELSIUS = 37.3
HIGH_FEVER_CELSIUS = 39.5

RULES: tuple[FeverRule, ...] = (
    FeverRule("fever", FEVER_CELSIUS, FeverResponse.ADVICE),
    FeverRule(
        "high-fever-in-quarantine",
        HIGH_FEVER_CELSIUS,
        FeverResponse.INCIDENT,
        in_quarantine_only=True,
    ),
)

HIGH_FEVER_HINT = "high-fever"
"""The advice line (locale `first-aid-high-fever`) on the incident a high fever opens."""


def responses(celsius: float, *, in_quarantine: bool) -> frozenset[FeverResponse]:
    """Everything the rules set off for one reading."""
    reading = round(celsius, 1)
    return frozenset(
        rule.response
        for rule in RULES
        if reading >= rule.at_least and (in_quarantine or not rule.in_quarantine_only)
    )


def may_need_quarantine(celsius: float) -> bool:
    """Whether a quarantine-only rule could fire (then the household's quarantine is looked up)."""
    return any(rule.in_quarantine_only and round(celsius, 1) >= rule.at_least for rule in RULES)


class FeverNotifier(HealthNotifier, IncidentNotifier, Protocol):
    """What the fever rules may need to tell."""


async def respond_to_reading(
    session: AsyncSession,
    clock: Clock,
    notifier: FeverNotifier,
    *,
    building: Building,
    reading: TemperatureReading,
    text: str,
    default_timezone: str,
    stored: Stored | None = None,
) -> Incident | None:
    """Run the rules for a new reading (not one in an emergency message); the incident opened."""
    in_quarantine = False
    if may_need_quarantine(reading.celsius):
        settings = await calendar_settings(session, building.community, default_timezone)
        today = local_date(reading.taken_at, settings.zone)
        in_quarantine = (
            await flat_quarantined_on(session, building.id, reading.flat, today) is not None
        )
    wanted = responses(reading.celsius, in_quarantine=in_quarantine)
    if FeverResponse.ADVICE in wanted:
        await notifier.fever_reported(session, building, reading)
    if FeverResponse.INCIDENT not in wanted:
        return None
    return await report_emergency(
        session,
        clock,
        notifier,
        building=building,
        reporter_id=reading.person_id,
        text=text,
        source=Source.FEVER,
        chat_id=building.chat_id,
        message_id=reading.source_message_id,
        flat=reading.flat,
        hint=HIGH_FEVER_HINT,
        stored=stored,
    )
