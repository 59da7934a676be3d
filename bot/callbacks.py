"""Typed, versioned callback data for inline buttons (the digit in each prefix is the version)."""

from __future__ import annotations

import enum
from typing import Annotated

from aiogram.filters.callback_data import CallbackData
from pydantic import Field

from domain.calls import CallPress
from domain.ids import MAX_ID
from domain.incidents import IncidentAction
from domain.order_follow_up import Answer
from domain.order_rules import OrderAction
from domain.rollcall import RollCallPress
from domain.understanding import Category
from domain.volunteer_day import TodayAction

Id = Annotated[int, Field(ge=0, le=MAX_ID)]
"""A database id in a button: anything else (30 digits, "²") is a button we do not know."""


class OrderCallback(CallbackData, prefix="o1"):
    """A press that changes an order: claim, release, deliver, reject."""

    action: OrderAction
    order_id: Id


class CardView(enum.StrEnum):
    """Which keyboard an order card shows."""

    CATEGORIES = "categories"
    MAIN = "main"
    VOLUNTEERS = "volunteers"
    """The volunteer picker (staff and the lead: assign, reassign, take back)."""


class CardViewCallback(CallbackData, prefix="v1"):
    """Switch an order card between its main buttons and the category picker."""

    view: CardView
    order_id: Id


class AssignCallback(CallbackData, prefix="a1"):
    """Give the order to this volunteer: ASSIGN (it was open) or REASSIGN (it was held), as the
    picker drew it, so a press after a Claim finds the order changed instead of taking it."""

    action: OrderAction
    order_id: Id
    volunteer_id: Id


class CategoryCallback(CallbackData, prefix="c1"):
    """Correct a misread order's category."""

    order_id: Id
    category: Category


class IncidentCallback(CallbackData, prefix="i1"):
    """A press on an emergency alert."""

    action: IncidentAction
    incident_id: Id


class SosCallback(CallbackData, prefix="s1"):
    """The 🆘 button under /help."""

    building_id: Id


class RaiseOrigin(enum.StrEnum):
    """What a 🆘 button that raises an emergency about someone's message sits on."""

    DOUBT = "doubt"
    """The in-doubt question ("need urgent help?"): ref_id is the DoubtQuestion."""
    ORDER = "order"
    """An order card, for staff: ref_id is the order."""


class RaiseCallback(CallbackData, prefix="r1"):
    """A press that opens an incident about a message already in the group."""

    origin: RaiseOrigin
    ref_id: Id


class DemandAction(enum.StrEnum):
    """What a 需求清单 button does."""

    MERGE = "merge"
    DELIVER = "deliver"


class SamplingTick(enum.StrEnum):
    """What a household's button on the sampling list asks: the state it showed decides."""

    TICK = "tick"
    UNTICK = "untick"


class SamplingCallback(CallbackData, prefix="sa1"):
    """A press on a household of the sampling list (re-checked against the database)."""

    action: SamplingTick
    entry_id: Id


class RollCallCallback(CallbackData, prefix="k1"):
    """A press on the roll call (report: ref_id is the roll call) or on a welfare check sent to
    the lead (checked: ref_id is the check)."""

    action: RollCallPress
    ref_id: Id


class CallCallback(CallbackData, prefix="w1"):
    """A press on a 吹哨 volunteer call (sign up, cancel; staff: more, later, close)."""

    action: CallPress
    call_id: Id


class PhotoPress(enum.StrEnum):
    """The buttons of a delivery photo: skip asking (volunteer), see it (card, staff)."""

    SKIP = "skip"
    SHOW = "show"


class PhotoCallback(CallbackData, prefix="dp1"):
    """A press about an order's doorstep photo (re-checked against the database)."""

    action: PhotoPress
    order_id: Id


class FollowUpCallback(CallbackData, prefix="f1"):
    """A volunteer's answer to "still on it?" about an order they hold (re-checked: only they)."""

    answer: Answer
    follow_up_id: Id


class DemandCallback(CallbackData, prefix="gb1"):
    """A press on a 需求清单: merge a 接龙 (ref_id: the list) or a household delivered
    (ref_id: its part); re-checked against the database."""

    action: DemandAction
    ref_id: Id


class PairClaimCallback(CallbackData, prefix="pc1"):
    """包户: the paired volunteer claims, from the private offer, an order of their household."""

    order_id: Id


class TodayCallback(CallbackData, prefix="td1"):
    """A button on a volunteer's /today (a task done; dispatch and calls add actions)."""

    action: TodayAction
    ref_id: Id
