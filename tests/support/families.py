"""Checks shared by the tests of understanding by family (one concept, several wordings)."""

from collections.abc import Mapping, Sequence
from typing import TypeVar

from domain.understanding import Category, EmergencyFamily, Kind, understand

T = TypeVar("T")


def cases(table: Mapping[str, Sequence[tuple[str, T]]]) -> list[tuple[str, T]]:
    """The (text, expected) pairs of a table of families."""
    return [case for rows in table.values() for case in rows]


def texts(table: Mapping[str, Sequence[str]]) -> list[str]:
    """The texts of a table of families."""
    return [text for rows in table.values() for text in rows]


def check_emergency(text: str, family: EmergencyFamily | None) -> None:
    """The message raises the chain, with its family when one is named."""
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    if family is not None:
        assert family in reading.families, (reading.families, reading.evidence)


def check_calm(text: str, *, asks: bool = False) -> None:
    """The message raises no chain (and, unless asks, no in-doubt question either)."""
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence
    if not asks:
        assert not reading.in_doubt, reading.evidence


def check_order(text: str, category: Category) -> None:
    """The message is an order of that category."""
    reading = understand(text)
    assert (reading.kind, reading.category) == (Kind.ORDER, category), reading.evidence


def check_no_order(text: str) -> None:
    """The message places no order."""
    reading = understand(text)
    assert reading.kind is not Kind.ORDER, reading.evidence


def check_reading(text: str, celsius: float | None) -> None:
    """The message's temperature reading (None: it reads none)."""
    reading = understand(text)
    assert reading.temperature == celsius, reading.evidence
