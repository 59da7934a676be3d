"""The fast-response chain as pure rules: stages, targets, the default chain, when to climb."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from domain.ids import parse_id


class TargetKind(enum.StrEnum):
    """Who a level alerts: a role in the incident's building, a person, or a staff chat."""

    ROLE = "role"
    PERSON = "person"
    CHAT = "chat"


ROLES = ("lead", "doctor", "staff")


@dataclass(frozen=True)
class Target:
    """One alert target, written `role:lead`, `person:123456` or `chat:-1001234`."""

    kind: TargetKind
    value: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}"


@dataclass(frozen=True)
class Level:
    """A chain level: who is alerted and how long they have to acknowledge."""

    name: str
    ack_seconds: int
    targets: tuple[Target, ...]
    with_previous: bool = False
    webhook: str | None = None


@dataclass(frozen=True)
class Stage:
    """Levels alerted together; the stage's deadline is the shortest of theirs."""

    levels: tuple[Level, ...]

    @property
    def ack_seconds(self) -> int:
        """Seconds until the next stage is alerted (or this one again, if it is the last)."""
        return min(level.ack_seconds for level in self.levels)

    @property
    def names(self) -> tuple[str, ...]:
        """The level names, for messages."""
        return tuple(level.name for level in self.levels)


# Level names here are locale keys (locales/*/louhu.ftl), shown in the reader's language; a
# chain staff set up keeps the names they wrote.
DEFAULT_CHAIN: tuple[Level, ...] = (
    Level(
        "level-lead-doctor",
        120,
        (Target(TargetKind.ROLE, "lead"), Target(TargetKind.ROLE, "doctor")),
    ),
    Level("level-epidemic-team", 180, (Target(TargetKind.ROLE, "staff"),)),
    Level("level-street", 300, ()),
    Level("level-district", 300, (), with_previous=True),
)
FALLBACK_LEVEL = "level-fallback"
"""The name of who is alerted when no level reaches anyone: the building's staff and admins."""
# What a default level is called when only some of its roles can be reached, so that the
# resident is never told a doctor is called when nobody holds that role.
PARTLY_REACHED: dict[str, dict[frozenset[str], str]] = {
    "level-lead-doctor": {
        frozenset({"lead"}): "level-lead",
        frozenset({"doctor"}): "level-doctor",
    },
}
LOCALIZED_LEVELS = frozenset(
    {level.name for level in DEFAULT_CHAIN}
    | {FALLBACK_LEVEL}
    | {name for names in PARTLY_REACHED.values() for name in names.values()}
)


def stages(levels: tuple[Level, ...] | list[Level]) -> list[Stage]:
    """Group levels into stages: a level `with_previous` is alerted with the one before it."""
    grouped: list[list[Level]] = []
    for level in levels:
        if level.with_previous and grouped:
            grouped[-1].append(level)
        else:
            grouped.append([level])
    return [Stage(tuple(group)) for group in grouped]


class IncidentStatus(enum.StrEnum):
    """Open until someone acknowledges; acknowledged until resolved."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


# ---- when an emergency climbs: the one policy every path asks -----------------------------


class Trigger(enum.StrEnum):
    """Why the policy is asked."""

    REPORT = "report"
    """A new emergency: nothing alerted yet."""
    DEADLINE = "deadline"
    """The sweep (also the first one after a restart): has the deadline passed?"""
    ESCALATE = "escalate"
    """Someone pressed Escalate on an alert."""
    ALERTS_FAILED = "alerts_failed"
    """Telegram refused an alert of the current stage for good."""


@dataclass(frozen=True)
class ClimbState:
    """What an incident has stored about its climb."""

    status: IncidentStatus
    stage: int
    """The last stage alerted; -1 before the first alert."""
    round: int
    """How many times that stage was alerted again."""
    deadline: datetime | None
    """When the climb goes on unless acknowledged; None once nothing climbs by itself."""
    refused: bool = False
    """Every alert sent for the current stage and round was refused."""


@dataclass(frozen=True)
class StageReach:
    """A stage as the policy sees it: whether anyone can be alerted now, and its deadline."""

    reaches: bool
    """Someone holds its targets (less chats that refused this incident), or it has a webhook."""
    ack_seconds: int


class Move(enum.StrEnum):
    """What the policy says to do."""

    ALERT = "alert"
    """Alert `stage` for the first time (the stages in `skipped` reach nobody)."""
    REPEAT = "repeat"
    """The chain is climbed: alert stage `alerted` again (the highest that reaches anyone)."""
    FALLBACK = "fallback"
    """No stage reaches anyone: alert the building's staff and the group's admins."""
    WAIT = "wait"
    """Nothing now: climb when `deadline` passes (an earlier deadline is stored if it moved)."""
    NOTHING = "nothing"
    """Acknowledged, resolved, or nothing refused: no alert, nothing stored."""


@dataclass(frozen=True)
class Decision:
    """The policy's answer: the move, the incident's stage and round after it, and when next."""

    move: Move
    stage: int = -1
    round: int = 0
    alerted: int = -1
    """The stage whose targets are alerted (a repeat may go to a lower one); -1 for none."""
    skipped: tuple[int, ...] = ()
    """Stages passed over because they reach nobody, to say so on the timeline."""
    deadline: datetime | None = None
    """The deadline to store after the move (None: the incident no longer climbs by itself)."""

    @property
    def climbs(self) -> bool:
        """Someone is alerted (or tried) and the stored stage and round move on."""
        return self.move in (Move.ALERT, Move.REPEAT, Move.FALLBACK)


class Response(enum.StrEnum):
    """How an incident in some status answers a trigger."""

    CLIMB = "climb"
    """Alert the next stage that reaches anyone now, with a new deadline."""
    CLIMB_NEXT = "climb_next"
    """Alert the next stage that reaches anyone, with no deadline (someone already owns the
    incident); none above: nothing, never a repeat that would say nobody acknowledged."""
    CLIMB_WHEN_DUE = "climb_when_due"
    """Climb once the stored deadline has passed; until then wait for it."""
    HURRY = "hurry"
    """The current stage reaches nobody after all: its deadline becomes when it was alerted."""
    NONE = "none"


# The whole rule as data: what each trigger does to an incident in each status. A pair that is
# not here (a report of an incident that already exists) does nothing.
RULES: dict[tuple[Trigger, IncidentStatus], Response] = {
    (Trigger.REPORT, IncidentStatus.OPEN): Response.CLIMB,
    (Trigger.DEADLINE, IncidentStatus.OPEN): Response.CLIMB_WHEN_DUE,
    (Trigger.DEADLINE, IncidentStatus.ACKNOWLEDGED): Response.NONE,
    (Trigger.DEADLINE, IncidentStatus.RESOLVED): Response.NONE,
    (Trigger.ESCALATE, IncidentStatus.OPEN): Response.CLIMB,
    # the owner asks for more help: the next level, never the same one again
    (Trigger.ESCALATE, IncidentStatus.ACKNOWLEDGED): Response.CLIMB_NEXT,
    (Trigger.ESCALATE, IncidentStatus.RESOLVED): Response.NONE,
    (Trigger.ALERTS_FAILED, IncidentStatus.OPEN): Response.HURRY,
    (Trigger.ALERTS_FAILED, IncidentStatus.ACKNOWLEDGED): Response.NONE,
    (Trigger.ALERTS_FAILED, IncidentStatus.RESOLVED): Response.NONE,
}


def decide(
    trigger: Trigger, state: ClimbState, chain: Sequence[StageReach], now: datetime
) -> Decision:
    """When does an emergency climb, and to whom: RULES, then the chain, for every path.

    A climb alerts the next stage that reaches anyone, else the highest that does again, else
    the building's staff and the group's admins. For ALERTS_FAILED, `now` is when the refused
    alerts were sent.
    """
    response = RULES.get((trigger, state.status), Response.NONE)
    stay = Decision(Move.NOTHING, state.stage, state.round)
    if response is Response.NONE:
        return stay
    if response is Response.HURRY:
        if state.refused and state.deadline is not None and state.deadline > now:
            return replace(stay, move=Move.WAIT, deadline=now)
        return stay
    if response is Response.CLIMB_WHEN_DUE:
        if state.deadline is None:
            return stay
        if state.deadline > now:
            return replace(stay, move=Move.WAIT, deadline=state.deadline)
    climbed = _climb(state.stage, state.round, chain)
    if response is Response.CLIMB_NEXT:
        return climbed if climbed.move is Move.ALERT else stay
    # those alerted get their own stage's time; the fallback waits as long as the top stage
    ack = chain[-1 if climbed.move is Move.FALLBACK else climbed.alerted].ack_seconds
    return replace(climbed, deadline=now + timedelta(seconds=ack))


def _climb(stage: int, round_: int, chain: Sequence[StageReach]) -> Decision:
    """The next stage that reaches anyone, else the highest again, else staff and admins.

    Stages above that reach nobody are passed over at once: the climb stands at the top, so a
    repeat is a repeat of the last level, never one of the level before an empty one.
    """
    for index in range(stage + 1, len(chain)):
        if chain[index].reaches:
            return Decision(Move.ALERT, index, 0, index, tuple(range(stage + 1, index)))
    top = len(chain) - 1
    if stage < 0:  # a report that reaches nobody: the top stage, every level passed over
        return Decision(Move.FALLBACK, top, 0, skipped=tuple(range(len(chain))))
    passed = tuple(range(stage + 1, len(chain)))
    again = round_ + 1 if stage >= top else 1
    for index in range(top, -1, -1):
        if chain[index].reaches:
            return Decision(Move.REPEAT, top, again, index, passed)
    return Decision(Move.FALLBACK, top, again, skipped=passed)


def parse_target(text: str) -> Target | None:
    """A stored target (role:/person:/chat:), or None for anything else (an id must be one
    Telegram could give: ASCII digits, at most 2^52)."""
    kind, _, value = text.partition(":")
    if kind == "role" and value in ROLES:
        return Target(TargetKind.ROLE, value)
    if kind in ("person", "chat"):
        number = parse_id(value, signed=True)
        return Target(TargetKind(kind), str(number)) if number is not None else None
    return None


def is_id_target(text: str) -> bool:
    """Whether `text` names a person or chat by id (well formed or not)."""
    return text.partition(":")[0] in ("person", "chat")
