"""The text format staff write the emergency chain in, in the bot and in files for bulk setup."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from domain.escalation_policy import Level, is_id_target, parse_target

DURATION = re.compile(r"^(\d+(?:\.\d+)?)\s*(s|sec|m|min|h)?$", re.IGNORECASE)
UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600}


class ChainProblem(enum.StrEnum):
    """Why a chain could not be read; each has the text `chain-error-<value>` in locales/."""

    SHAPE = "shape"
    DEADLINE = "deadline"
    TARGET = "target"
    ID = "id"
    FIRST_PLUS = "first-plus"
    EMPTY = "empty"


class ChainFormatError(ValueError):
    """A chain line could not be read: `problem` says why, `line` where, `value` what."""

    def __init__(self, problem: ChainProblem, line: int = 0, value: str = "") -> None:
        self.problem, self.line, self.value = problem, line, value
        super().__init__(f"{problem} (line {line}: {value!r})" if line else str(problem))


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
            raise ChainFormatError(ChainProblem.SHAPE, number)
        seconds = parse_duration(parts[1])
        if seconds is None:
            raise ChainFormatError(ChainProblem.DEADLINE, number, parts[1])
        targets = tuple(parts[2].split()) if len(parts) > 2 else ()
        for target in targets:
            if not _valid_target(target):
                problem = ChainProblem.ID if is_id_target(target) else ChainProblem.TARGET
                raise ChainFormatError(problem, number, target)
        webhook = None
        if len(parts) > 3 and parts[3]:
            key = parts[3].removeprefix("webhook:").strip()
            webhook = key or None
        if with_previous and not specs:
            raise ChainFormatError(ChainProblem.FIRST_PLUS, number)
        specs.append(LevelSpec(parts[0][:128], seconds, targets, with_previous, webhook))
    if not specs:
        raise ChainFormatError(ChainProblem.EMPTY)
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


def _valid_target(text: str) -> bool:
    if text.startswith("@"):
        return re.fullmatch(r"@[A-Za-z0-9_]{3,32}", text) is not None
    return parse_target(text) is not None
