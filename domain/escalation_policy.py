"""The fast-response chain as pure rules: stages, targets, deadlines, the default chain."""

from __future__ import annotations

import enum
from dataclasses import dataclass


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


@dataclass(frozen=True)
class Step:
    """What to alert when a deadline passes unacknowledged."""

    stage: int
    round: int

    @property
    def is_repeat(self) -> bool:
        """The last stage alerted again."""
        return self.round > 0


def next_step(stage: int, round_: int, stage_count: int) -> Step:
    """After `stage` (and `round_`) times out: the next stage, or the last one again."""
    if stage + 1 < stage_count:
        return Step(stage + 1, 0)
    return Step(stage_count - 1, round_ + 1)


def parse_target(text: str) -> Target | None:
    """A stored target (role:/person:/chat:), or None for anything else."""
    kind, _, value = text.partition(":")
    if kind == "role" and value in ROLES:
        return Target(TargetKind.ROLE, value)
    if kind in ("person", "chat") and value.lstrip("-").isdigit():
        return Target(TargetKind(kind), value)
    return None
