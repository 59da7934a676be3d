"""Who may move an order where."""

from __future__ import annotations

import pytest

from domain.order_rules import (
    DISPATCH_ACTIONS,
    PRIVATE_ACTIONS,
    TARGETED_ACTIONS,
    TRANSITIONS,
    WHO_MAY,
    Actor,
    Denial,
    OrderAction,
    OrderStatus,
    Who,
    needs_staff_check,
    permission,
)

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


lead = Actor(person_id=7, is_volunteer=False, is_staff=False, is_lead=True)
holder = Actor(person_id=CLAIMER, is_volunteer=True, is_staff=False)


@pytest.mark.parametrize("action", [OrderAction.ASSIGN, OrderAction.REASSIGN, OrderAction.UNASSIGN])
def test_only_staff_and_the_lead_dispatch(action: OrderAction) -> None:
    assert permission(action, staff, RESIDENT, CLAIMER) is None
    assert permission(action, lead, RESIDENT, CLAIMER) is None
    for other in (volunteer, holder, resident, stranger):
        assert permission(action, other, RESIDENT, CLAIMER) is Denial.NOT_DISPATCHER
    assert needs_staff_check(action, volunteer, RESIDENT, CLAIMER)
    assert not needs_staff_check(action, lead, RESIDENT, CLAIMER)


def test_a_lead_has_no_other_rights_from_being_lead() -> None:
    assert permission(OrderAction.DELIVER, lead, RESIDENT, CLAIMER) is Denial.NOT_CLAIMER
    assert permission(OrderAction.CLAIM, lead, RESIDENT, None) is Denial.NOT_VOLUNTEER


def test_every_action_has_a_rule() -> None:
    assert set(WHO_MAY) == set(OrderAction)


def test_dispatch_moves() -> None:
    assert TRANSITIONS[OrderAction.ASSIGN] == (frozenset({OrderStatus.OPEN}), OrderStatus.CLAIMED)
    assert TRANSITIONS[OrderAction.REASSIGN] == (
        frozenset({OrderStatus.CLAIMED}),
        OrderStatus.CLAIMED,
    )
    assert TRANSITIONS[OrderAction.UNASSIGN] == (frozenset({OrderStatus.CLAIMED}), OrderStatus.OPEN)
    # the holder's private card offers only what the holder may do
    assert PRIVATE_ACTIONS == {OrderAction.DELIVER, OrderAction.RELEASE}
    assert all(WHO_MAY[action][0] is Who.HOLDER for action in PRIVATE_ACTIONS)
    assert TARGETED_ACTIONS < DISPATCH_ACTIONS
