"""When an emergency climbs, and to whom: the policy as a table of state -> decision."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.escalation_policy import (
    RULES,
    ClimbState,
    Decision,
    IncidentStatus,
    Move,
    StageReach,
    Trigger,
    decide,
)

NOW = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
ACKS = (120, 180, 300, 400)  # distinct, so a row shows whose deadline was taken
OPEN, ACKED, RESOLVED = IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED, IncidentStatus.RESOLVED


def chain(reaches: str) -> tuple[StageReach, ...]:
    """`+` a stage that reaches someone, `-` one that reaches nobody."""
    return tuple(StageReach(mark == "+", ack) for mark, ack in zip(reaches, ACKS, strict=False))


def at(seconds: int) -> datetime:
    """`seconds` from now."""
    return NOW + timedelta(seconds=seconds)


def state(
    status: IncidentStatus = OPEN,
    stage: int = 0,
    round_: int = 0,
    deadline: datetime | None = NOW - timedelta(seconds=1),
    refused: bool = False,
) -> ClimbState:
    return ClimbState(status, stage, round_, deadline, refused)


def alert(stage: int, due: int, *skipped: int) -> Decision:
    return Decision(Move.ALERT, stage, 0, stage, skipped, at(due))


def repeat(stage: int, round_: int, alerted: int, due: int, *skipped: int) -> Decision:
    return Decision(Move.REPEAT, stage, round_, alerted, skipped, at(due))


def fallback(stage: int, round_: int, due: int, *skipped: int) -> Decision:
    return Decision(Move.FALLBACK, stage, round_, -1, skipped, at(due))


def wait(until: datetime) -> Decision:
    return Decision(Move.WAIT, 0, 0, -1, (), until)


NOTHING = Decision(Move.NOTHING, 0, 0)
OWNED_ALERT = Decision(Move.ALERT, 1, 0, 1)  # alerted, but no deadline of its own
OWNED_SKIP = Decision(Move.ALERT, 2, 0, 2, (1,))
TOP = Decision(Move.NOTHING, 3, 0)
FRESH = ClimbState(OPEN, stage=-1, round=0, deadline=None)
REPORT, DEADLINE = Trigger.REPORT, Trigger.DEADLINE
ESCALATE, FAILED = Trigger.ESCALATE, Trigger.ALERTS_FAILED

ROWS = [
    # a report alerts the first stage that reaches anyone; the rest are said to reach nobody
    ("report", REPORT, FRESH, "++++", alert(0, 120)),
    ("report, no lead", REPORT, FRESH, "-+++", alert(1, 180, 0)),
    ("report, only the top", REPORT, FRESH, "---+", alert(3, 400, 0, 1, 2)),
    ("report reaching nobody", REPORT, FRESH, "----", fallback(3, 0, 400, 0, 1, 2, 3)),
    # the sweep (and the first sweep after a restart) climbs only past an open deadline
    ("not due yet", DEADLINE, state(deadline=at(5)), "++++", wait(at(5))),
    ("due", DEADLINE, state(), "++++", alert(1, 180)),
    ("due on the deadline", DEADLINE, state(deadline=NOW), "++++", alert(1, 180)),
    ("due, next reaches nobody", DEADLINE, state(), "+-++", alert(2, 300, 1)),
    ("due at the top", DEADLINE, state(stage=3), "++++", repeat(3, 1, 3, 400)),
    ("repeat again", DEADLINE, state(stage=3, round_=4), "++++", repeat(3, 5, 3, 400)),
    # levels that reach nobody are passed over at once; the highest that reaches anyone is
    # repeated as the last level, with its own deadline
    ("repeat, top reaches nobody", DEADLINE, state(stage=3), "+-+-", repeat(3, 1, 2, 300)),
    ("due, nothing above reaches", DEADLINE, state(stage=1), "++--", repeat(3, 1, 1, 180, 2, 3)),
    ("due, only the first reaches", DEADLINE, state(), "+---", repeat(3, 1, 0, 120, 1, 2, 3)),
    ("first repeated again", DEADLINE, state(stage=3, round_=1), "+---", repeat(3, 2, 0, 120)),
    ("due, nobody anywhere", DEADLINE, state(stage=3, round_=1), "----", fallback(3, 2, 400)),
    ("due, short chain", DEADLINE, state(stage=1), "--", fallback(1, 1, 180)),
    ("acknowledged", DEADLINE, state(ACKED, deadline=None), "++++", NOTHING),
    ("acknowledged, stale deadline", DEADLINE, state(ACKED), "++++", NOTHING),
    ("resolved", DEADLINE, state(RESOLVED, deadline=None), "++++", NOTHING),
    ("open, no deadline", DEADLINE, state(deadline=None), "++++", NOTHING),
    # Escalate climbs at once, whatever the deadline; an owned incident keeps no deadline
    ("escalate early", ESCALATE, state(deadline=at(5)), "++++", alert(1, 180)),
    ("escalate at the top", ESCALATE, state(stage=3, deadline=at(5)), "++++", repeat(3, 1, 3, 400)),
    # Escalate after an acknowledgement: the next level that reaches anyone, never a repeat
    ("escalate acknowledged", ESCALATE, state(ACKED, deadline=None), "++++", OWNED_ALERT),
    ("escalate acked, next empty", ESCALATE, state(ACKED, deadline=None), "+-++", OWNED_SKIP),
    ("escalate acked at the top", ESCALATE, state(ACKED, stage=3, deadline=None), "++++", TOP),
    ("escalate acked, none above", ESCALATE, state(ACKED, deadline=None), "+---", NOTHING),
    ("escalate resolved", ESCALATE, state(RESOLVED, deadline=None), "++++", NOTHING),
    # every alert of the current stage refused: the deadline moves to when they were sent
    ("all refused", FAILED, state(deadline=at(100), refused=True), "", wait(NOW)),
    ("some still pending", FAILED, state(deadline=at(100)), "", NOTHING),
    ("refused, already due", FAILED, state(deadline=NOW, refused=True), "", NOTHING),
    ("refused, acknowledged", FAILED, state(ACKED, deadline=None, refused=True), "", NOTHING),
]


@pytest.mark.parametrize(
    ("trigger", "climb", "reaches", "expected"),
    [pytest.param(*row[1:], id=row[0]) for row in ROWS],
)
def test_the_policy(trigger: Trigger, climb: ClimbState, reaches: str, expected: Decision) -> None:
    assert decide(trigger, climb, chain(reaches), NOW) == expected


def test_only_a_climb_moves_the_stored_stage() -> None:
    moves = {row[4].move: row[4].climbs for row in ROWS}
    assert moves == {
        Move.ALERT: True,
        Move.REPEAT: True,
        Move.FALLBACK: True,
        Move.WAIT: False,
        Move.NOTHING: False,
    }


def test_every_trigger_has_a_rule_for_every_status_it_can_meet() -> None:
    pairs = {(trigger, status) for trigger in Trigger for status in IncidentStatus}
    only_new = {(Trigger.REPORT, status) for status in (ACKED, RESOLVED)}  # reports are new
    assert set(RULES) == pairs - only_new
