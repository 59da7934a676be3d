"""Tables and queries; importing this package registers every table on Base.metadata."""

from models.base import Base
from models.buildings import Building, Member
from models.calendar_runs import CalendarRun, CalendarWatermark
from models.community_settings import CommunitySettings
from models.console import ConsoleAudit, ConsoleLink, ConsoleSession
from models.doubts import DoubtQuestion
from models.health import TemperatureReading
from models.households import Household, Quarantine, QuarantineChange
from models.incidents import (
    EscalationLevel,
    Incident,
    IncidentAlert,
    IncidentEvent,
)
from models.live import LiveMessage
from models.orders import Order, OrderEvent
from models.outbox import OutboundMessage
from models.people import Person
from models.rollcalls import RollCall, RollCallEntry, WelfareCheck
from models.sampling import SamplingEntry, SamplingPage, SamplingRound
from models.updates import ProcessedUpdate

__all__ = [
    "Base",
    "Building",
    "CalendarRun",
    "CalendarWatermark",
    "CommunitySettings",
    "ConsoleAudit",
    "ConsoleLink",
    "ConsoleSession",
    "DoubtQuestion",
    "EscalationLevel",
    "Household",
    "Incident",
    "IncidentAlert",
    "IncidentEvent",
    "LiveMessage",
    "Member",
    "Order",
    "OrderEvent",
    "OutboundMessage",
    "Person",
    "ProcessedUpdate",
    "Quarantine",
    "QuarantineChange",
    "RollCall",
    "RollCallEntry",
    "SamplingEntry",
    "SamplingPage",
    "SamplingRound",
    "TemperatureReading",
    "WelfareCheck",
]
