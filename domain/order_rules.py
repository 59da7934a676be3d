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


class Denial(enum.StrEnum):
    """Why a press was refused; each has a text in locales/."""

    NOT_VOLUNTEER = "not-volunteer"
    NOT_CLAIMER = "not-claimer"
    NOT_RESIDENT_OR_STAFF = "not-resident-or-staff"
    RESERVED = "reserved"
    """包户: the order is held for its household's volunteer for a few minutes."""


# action → (states it may start from, state it leads to)
TRANSITIONS: dict[OrderAction, tuple[frozenset[OrderStatus], OrderStatus]] = {
    OrderAction.CLAIM: (frozenset({OrderStatus.OPEN}), OrderStatus.CLAIMED),
    OrderAction.RELEASE: (frozenset({OrderStatus.CLAIMED}), OrderStatus.OPEN),
    OrderAction.DELIVER: (frozenset({OrderStatus.CLAIMED}), OrderStatus.DELIVERED),
    OrderAction.REJECT: (frozenset({OrderStatus.OPEN, OrderStatus.CLAIMED}), OrderStatus.REJECTED),
}

ACTIVE_STATUSES = (OrderStatus.OPEN.value, OrderStatus.CLAIMED.value)
# Correcting a misread category leaves the status as it is.
CORRECTABLE = frozenset({OrderStatus.OPEN, OrderStatus.CLAIMED})


@dataclass(frozen=True)
class Actor:
    """The person pressing a button, with their roles in the order's building."""

    person_id: int
    is_volunteer: bool
    is_staff: bool


def needs_staff_check(
    action: OrderAction, actor: Actor, resident_id: int, volunteer_id: int | None
) -> bool:
    """Whether only staff rights could allow this press (so group-admin status must be asked)."""
    return not actor.is_staff and permission(action, actor, resident_id, volunteer_id) is not None


def permission(
    action: OrderAction, actor: Actor, resident_id: int, volunteer_id: int | None
) -> Denial | None:
    """None if the actor may do this, else the reason they may not."""
    if actor.is_staff:
        return None
    if action is OrderAction.CLAIM:
        return None if actor.is_volunteer else Denial.NOT_VOLUNTEER
    if action in (OrderAction.RELEASE, OrderAction.DELIVER):
        return None if actor.person_id == volunteer_id else Denial.NOT_CLAIMER
    # REJECT and RECATEGORIZE correct a misread message: the person who wrote it, or staff.
    return None if actor.person_id == resident_id else Denial.NOT_RESIDENT_OR_STAFF
