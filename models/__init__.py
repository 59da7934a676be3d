"""Tables and queries; importing this package registers every table on Base.metadata."""

from models.base import Base
from models.buildings import Building, Member
from models.calendar_runs import CalendarRun, CalendarWatermark
from models.calls import CallCopy, CallSignup, VolunteerCall
from models.community_settings import CommunitySettings
from models.console import ConsoleAudit, ConsoleLink, ConsoleSession
from models.delivery_photos import DeliveryPhoto
from models.doubts import DoubtQuestion
from models.groupbuy import DemandList, DemandPage, DemandPart, GroupList
from models.health import TemperatureReading
from models.households import Household, Quarantine, QuarantineChange
from models.inbound import InboundUpdate
from models.incidents import (
    EscalationLevel,
    Incident,
    IncidentAlert,
    IncidentEvent,
)
from models.live import LiveMessage
from models.order_follow_ups import OrderFollowUp
from models.orders import Order, OrderEvent
from models.outbox import OutboundMessage
from models.pairing import HouseholdTask, OrderReservation, Pairing
from models.people import Person
from models.rollcalls import RollCall, RollCallEntry, WelfareCheck
from models.sampling import SamplingEntry, SamplingPage, SamplingRound
from models.staff_groups import StaffGroup
from models.updates import ProcessedUpdate

__all__ = [
    "Base",
    "Building",
    "CalendarRun",
    "CalendarWatermark",
    "CallCopy",
    "CallSignup",
    "CommunitySettings",
    "ConsoleAudit",
    "ConsoleLink",
    "ConsoleSession",
    "DeliveryPhoto",
    "DemandList",
    "DemandPage",
    "DemandPart",
    "DoubtQuestion",
    "EscalationLevel",
    "GroupList",
    "Household",
    "HouseholdTask",
    "InboundUpdate",
    "Incident",
    "IncidentAlert",
    "IncidentEvent",
    "LiveMessage",
    "Member",
    "Order",
    "OrderEvent",
    "OrderFollowUp",
    "OrderReservation",
    "OutboundMessage",
    "Pairing",
    "Person",
    "ProcessedUpdate",
    "Quarantine",
    "QuarantineChange",
    "RollCall",
    "RollCallEntry",
    "SamplingEntry",
    "SamplingPage",
    "SamplingRound",
    "StaffGroup",
    "TemperatureReading",
    "VolunteerCall",
    "WelfareCheck",
]
