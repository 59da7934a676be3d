"""The fast-response chain as pure rules: stages, targets, the default chain, when to climb."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import ClassVar


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


DEFAULT_CHAIN: tuple[Level, ...] = (
    Level(
        "楼道长和社区医生 Building lead & doctor",
        120,
        (Target(TargetKind.ROLE, "lead"), Target(TargetKind.ROLE, "doctor")),
    ),
    Level("社区防疫组 Community epidemic team", 180, (Target(TargetKind.ROLE, "staff"),)),
    Level("街道 Street team", 300, ()),
    Level("区卫健委 District health bureau", 300, (), with_previous=True),
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


def decide(
    trigger: Trigger, state: ClimbState, chain: Sequence[StageReach], now: datetime
) -> Decision:
    """When does an emergency climb, and to whom: the whole rule, for every path.

    A report alerts the first stage that reaches anyone. The sweep climbs an open incident
    whose deadline has passed; Escalate climbs at once whatever the deadline (an acknowledged
    incident then keeps no deadline); a resolved incident never climbs. When every alert of
    the current stage was refused, the deadline moves to when they were sent (`now`), so the
    next sweep climbs at once.
    """
    if trigger is Trigger.ALERTS_FAILED:
        if (
            state.status is IncidentStatus.OPEN
            and state.refused
            and state.deadline is not None
            and state.deadline > now
        ):
            return Decision(Move.WAIT, state.stage, state.round, deadline=now)
        return Decision(Move.NOTHING, state.stage, state.round)
    if trigger is Trigger.DEADLINE:
        if state.status is not IncidentStatus.OPEN or state.deadline is None:
            return Decision(Move.NOTHING, state.stage, state.round)
        if state.deadline > now:
            return Decision(Move.WAIT, state.stage, state.round, deadline=state.deadline)
    if trigger is Trigger.ESCALATE and state.status is IncidentStatus.RESOLVED:
        return Decision(Move.NOTHING, state.stage, state.round)
    climbed = _climb(state.stage, state.round, chain)
    if trigger is Trigger.ESCALATE and state.status is not IncidentStatus.OPEN:
        return climbed  # someone already owns it: alerted, but no deadline to climb on by itself
    # the fallback waits as long as the top stage would
    ack = chain[-1 if climbed.move is Move.FALLBACK else climbed.stage].ack_seconds
    return replace(climbed, deadline=now + timedelta(seconds=ack))


def _climb(stage: int, round_: int, chain: Sequence[StageReach]) -> Decision:
    """The next stage that reaches anyone, else the highest again, else staff and admins."""
    for index in range(stage + 1, len(chain)):
        if chain[index].reaches:
            return Decision(Move.ALERT, index, 0, index, tuple(range(stage + 1, index)))
    top = min(max(stage, 0), len(chain) - 1)
    if stage < 0:  # a report that reaches nobody: the top stage, every level passed over
        return Decision(Move.FALLBACK, len(chain) - 1, 0, skipped=tuple(range(len(chain))))
    for index in range(top, -1, -1):
        if chain[index].reaches:
            return Decision(Move.REPEAT, top, round_ + 1, index)
    return Decision(Move.FALLBACK, top, round_ + 1)


# ---- the text format staff use in the bot and in files for bulk setup -------------------------

DURATION = re.compile(r"^(\d+(?:\.\d+)?)\s*(s|sec|m|min|h)?$", re.IGNORECASE)
UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600}


class ChainFormatError(ValueError):
    """A chain line could not be read: `problem` says why (a locale key suffix), `line` where.

    str() is an English line for the command-line importer; the bot shows it translated.
    """

    ENGLISH: ClassVar[dict[str, str]] = {
        "shape": "write name | deadline | targets",
        "deadline": "{value!r} is not a deadline like 2m or 90s (10 s to 24 h)",
        "target": "{value!r} is not a target",
        "first-plus": "the first level cannot start with +",
        "empty": "the chain has no levels",
    }

    def __init__(self, problem: str, line: int = 0, value: str = "") -> None:
        self.problem, self.line, self.value = problem, line, value
        text = self.ENGLISH[problem].format(value=value)
        super().__init__(f"line {line}: {text}" if line else text)


@dataclass(frozen=True)
class LevelSpec:
    """A level as written: targets may still name @usernames to resolve."""

    name: str
    ack_seconds: int
    targets: tuple[str, ...]
    with_previous: bool
    webhook: str | None


def parse_chain(text: str) -> list[LevelSpec]:
    """Read one level a line: `[+] name | deadline | targets… [| webhook:key]`.

    A leading `+` alerts the level together with the previous one. Targets are @username,
    role:lead, role:doctor, role:staff, person:<id> or chat:<id>. Lines starting with # are
    comments.
    """
    specs: list[LevelSpec] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        with_previous = line.startswith("+")
        parts = [p.strip() for p in line.lstrip("+").split("|")]
        if len(parts) < 2 or not parts[0]:
            raise ChainFormatError("shape", number)
        seconds = parse_duration(parts[1])
        if seconds is None:
            raise ChainFormatError("deadline", number, parts[1])
        targets = tuple(parts[2].split()) if len(parts) > 2 else ()
        for target in targets:
            if not _valid_target(target):
                raise ChainFormatError("target", number, target)
        webhook = None
        if len(parts) > 3 and parts[3]:
            key = parts[3].removeprefix("webhook:").strip()
            webhook = key or None
        if with_previous and not specs:
            raise ChainFormatError("first-plus", number)
        specs.append(LevelSpec(parts[0][:128], seconds, targets, with_previous, webhook))
    if not specs:
        raise ChainFormatError("empty")
    return specs


def parse_duration(text: str) -> int | None:
    """`2m`, `90s`, `1.5min`, `1h`, or bare minutes (`3`) as seconds; None if unreadable."""
    match = DURATION.match(text.strip())
    if not match:
        return None
    seconds = float(match.group(1)) * UNITS[(match.group(2) or "m").lower()]
    return int(seconds) if 10 <= seconds <= 24 * 3600 else None


def format_chain(levels: list[Level] | tuple[Level, ...]) -> str:
    """The chain in the same text format parse_chain reads."""
    lines = []
    for level in levels:
        minutes = level.ack_seconds / 60
        deadline = f"{minutes:g}m" if level.ack_seconds % 60 == 0 else f"{level.ack_seconds}s"
        parts = [
            ("+ " if level.with_previous else "") + level.name,
            deadline,
            " ".join(map(str, level.targets)),
        ]
        if level.webhook:
            parts.append(f"webhook:{level.webhook}")
        lines.append(" | ".join(parts))
    return "\n".join(lines)


def parse_target(text: str) -> Target | None:
    """A stored target (role:/person:/chat:), or None for anything else."""
    kind, _, value = text.partition(":")
    if kind == "role" and value in ROLES:
        return Target(TargetKind.ROLE, value)
    if kind in ("person", "chat") and value.lstrip("-").isdigit():
        return Target(TargetKind(kind), value)
    return None


def _valid_target(text: str) -> bool:
    if text.startswith("@"):
        return re.fullmatch(r"@[A-Za-z0-9_]{3,32}", text) is not None
    return parse_target(text) is not None
