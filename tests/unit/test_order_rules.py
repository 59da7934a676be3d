"""Who may move an order where."""

from __future__ import annotations

import pytest

from domain.order_rules import TRANSITIONS, Actor, Denial, OrderAction, OrderStatus, permission

RESIDENT, CLAIMER = 1, 2
volunteer = Actor(person_id=3, is_volunteer=True, is_staff=False)
claimer = Actor(person_id=CLAIMER, is_volunteer=True, is_staff=False)
resident = Actor(person_id=RESIDENT, is_volunteer=False, is_staff=False)
stranger = Actor(person_id=9, is_volunteer=False, is_staff=False)
staff = Actor(person_id=8, is_volunteer=False, is_staff=True)


@pytest.mark.parametrize(
    ("action", "actor", "expected"),
    [
        (OrderAction.CLAIM, volunteer, None),
        (OrderAction.CLAIM, stranger, Denial.NOT_VOLUNTEER),
        (OrderAction.CLAIM, staff, None),
        (OrderAction.DELIVER, claimer, None),
        (OrderAction.DELIVER, volunteer, Denial.NOT_CLAIMER),
        (OrderAction.DELIVER, resident, Denial.NOT_CLAIMER),
        (OrderAction.DELIVER, staff, None),
        (OrderAction.RELEASE, claimer, None),
        (OrderAction.RELEASE, stranger, Denial.NOT_CLAIMER),
        (OrderAction.REJECT, resident, None),
        (OrderAction.REJECT, staff, None),
        (OrderAction.REJECT, claimer, Denial.NOT_RESIDENT_OR_STAFF),
    ],
)
def test_permission(action: OrderAction, actor: Actor, expected: Denial | None) -> None:
    assert permission(action, actor, RESIDENT, CLAIMER) is expected


def test_closed_orders_accept_no_action() -> None:
    for sources, _target in TRANSITIONS.values():
        assert OrderStatus.DELIVERED not in sources and OrderStatus.REJECTED not in sources
