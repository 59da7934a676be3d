"""The fast-response chain as pure rules: stages, targets, deadlines, the default chain."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
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
