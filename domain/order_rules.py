"""Order states and who may move an order between them (pure rules, no I/O)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class OrderStatus(enum.StrEnum):
    """Life of an order: open → claimed → delivered; released goes back to open."""

    OPEN = "open"
    CLAIMED = "claimed"
    DELIVERED = "delivered"
    REJECTED = "rejected"


class OrderAction(enum.StrEnum):
    """What a person can do to an order with the card's buttons."""

    CLAIM = "claim"
    RELEASE = "release"
    DELIVER = "deliver"
    REJECT = "reject"
    RECATEGORIZE = "recategorize"
    ASSIGN = "assign"
    """Staff or the lead give an open order to a named volunteer (社区派单)."""
    REASSIGN = "reassign"
    """...or give a held order to another volunteer."""
    UNASSIGN = "unassign"
    """...or take a held order back: it reopens for anyone to claim."""


class Denial(enum.StrEnum):
    """Why a press was refused; each has a text in locales/."""

    NOT_VOLUNTEER = "not-volunteer"
    NOT_CLAIMER = "not-claimer"
    NOT_RESIDENT_OR_STAFF = "not-resident-or-staff"
    NOT_DISPATCHER = "not-dispatcher"
    NOT_A_VOLUNTEER = "not-a-volunteer"
    """The person an order is being assigned to is not (or no longer) a volunteer here."""
    RESERVED = "reserved"
    """包户: the order is held for its household's volunteer for a few minutes."""


# action → (states it may start from, state it leads to)
TRANSITIONS: dict[OrderAction, tuple[frozenset[OrderStatus], OrderStatus]] = {
    OrderAction.CLAIM: (frozenset({OrderStatus.OPEN}), OrderStatus.CLAIMED),
    OrderAction.RELEASE: (frozenset({OrderStatus.CLAIMED}), OrderStatus.OPEN),
    OrderAction.DELIVER: (frozenset({OrderStatus.CLAIMED}), OrderStatus.DELIVERED),
    OrderAction.REJECT: (frozenset({OrderStatus.OPEN, OrderStatus.CLAIMED}), OrderStatus.REJECTED),
    # An assigned order is held like a claimed one: the volunteer has Delivered and Release.
    OrderAction.ASSIGN: (frozenset({OrderStatus.OPEN}), OrderStatus.CLAIMED),
    OrderAction.REASSIGN: (frozenset({OrderStatus.CLAIMED}), OrderStatus.CLAIMED),
    OrderAction.UNASSIGN: (frozenset({OrderStatus.CLAIMED}), OrderStatus.OPEN),
}
DISPATCH_ACTIONS = frozenset({OrderAction.ASSIGN, OrderAction.REASSIGN, OrderAction.UNASSIGN})
"""Actions that name (or take back) the volunteer for someone else: staff and the lead only."""
TARGETED_ACTIONS = frozenset({OrderAction.ASSIGN, OrderAction.REASSIGN})
"""Actions that need the volunteer chosen (a button of the volunteer picker)."""
PRIVATE_ACTIONS = frozenset({OrderAction.DELIVER, OrderAction.RELEASE})
"""Actions the holder may also press on the order's card in their private chat with the bot."""

ACTIVE_STATUSES = (OrderStatus.OPEN.value, OrderStatus.CLAIMED.value)
# Correcting a misread category leaves the status as it is.
CORRECTABLE = frozenset({OrderStatus.OPEN, OrderStatus.CLAIMED})


@dataclass(frozen=True)
class Actor:
    """The person pressing a button, with their roles in the order's building."""

    person_id: int
    is_volunteer: bool
    is_staff: bool
    is_lead: bool = False


def needs_staff_check(
    action: OrderAction, actor: Actor, resident_id: int, volunteer_id: int | None
) -> bool:
    """Whether only staff rights could allow this press (so group-admin status must be asked)."""
    return not actor.is_staff and permission(action, actor, resident_id, volunteer_id) is not None


class Who(enum.StrEnum):
    """Whom a rule lets press (staff, counting group admins, may do everything)."""

    VOLUNTEER = "volunteer"
    HOLDER = "holder"  # the volunteer who holds the order (claimed or assigned)
    RESIDENT = "resident"  # the resident whose message it is
    LEAD = "lead"  # the building lead (/lead)


# action → (who besides staff may, the reason given to anyone else)
WHO_MAY: dict[OrderAction, tuple[Who, Denial]] = {
    OrderAction.CLAIM: (Who.VOLUNTEER, Denial.NOT_VOLUNTEER),
    OrderAction.RELEASE: (Who.HOLDER, Denial.NOT_CLAIMER),
    OrderAction.DELIVER: (Who.HOLDER, Denial.NOT_CLAIMER),
    # REJECT and RECATEGORIZE correct a misread message: the person who wrote it, or staff.
    OrderAction.REJECT: (Who.RESIDENT, Denial.NOT_RESIDENT_OR_STAFF),
    OrderAction.RECATEGORIZE: (Who.RESIDENT, Denial.NOT_RESIDENT_OR_STAFF),
    OrderAction.ASSIGN: (Who.LEAD, Denial.NOT_DISPATCHER),
    OrderAction.REASSIGN: (Who.LEAD, Denial.NOT_DISPATCHER),
    OrderAction.UNASSIGN: (Who.LEAD, Denial.NOT_DISPATCHER),
}


def permission(
    action: OrderAction, actor: Actor, resident_id: int, volunteer_id: int | None
) -> Denial | None:
    """None if the actor may do this, else the reason they may not."""
    if actor.is_staff:
        return None
    who, denial = WHO_MAY[action]
    allowed = {
        Who.VOLUNTEER: actor.is_volunteer,
        Who.HOLDER: volunteer_id is not None and actor.person_id == volunteer_id,
        Who.RESIDENT: actor.person_id == resident_id,
        Who.LEAD: actor.is_lead,
    }[who]
    return None if allowed else denial
