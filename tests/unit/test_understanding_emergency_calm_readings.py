"""Every calm reading's own look-alikes stay calm, for the reason it names."""

from __future__ import annotations

import pytest

from domain.understanding import understand
from domain.understanding.emergency import assess
from domain.understanding.emergency_calm import STEP_NAMES, defused_by
from domain.understanding.emergency_calm_readings import (
    CALM_ORDER,
    CALM_READINGS,
    WEAK_CALM,
    CalmReading,
)
from domain.understanding.emergency_triggers import find_hits
from domain.understanding.model import Kind
from domain.understanding.text import Segments, normalize
from tests.support.emergency_examples import NOT_EMERGENCIES

CASES = [(reading, text) for reading in CALM_READINGS for text in reading.calm]


@pytest.mark.parametrize(("reading", "text"), CASES, ids=[f"{r.name}:{t[:24]}" for r, t in CASES])
def test_a_calm_reading_leaves_its_look_alikes_calm(reading: CalmReading, text: str) -> None:
    result = understand(text)
    assert result.kind is not Kind.EMERGENCY, result.evidence
    assert any(entry.startswith(f"{reading.name}:") for entry in result.evidence), result.evidence
    if reading.families:  # it voids a trigger of one of its families
        families = {hit.family for hit in find_hits(normalize(text))}
        assert families & set(reading.families), families


ACUTE = [(reading, text) for reading in CALM_READINGS for text in reading.acute]


@pytest.mark.parametrize(("reading", "text"), ACUTE, ids=[f"{r.name}:{t[:24]}" for r, t in ACUTE])
def test_a_calm_reading_does_not_void_an_emergency_like_it(reading: CalmReading, text: str) -> None:
    """Onsets (started 20 min ago), a video call, a faint one woke from with a stroke after."""
    assert understand(text).kind is Kind.EMERGENCY, (reading.name, understand(text).evidence)


@pytest.mark.parametrize("reading", CALM_READINGS, ids=[r.name for r in CALM_READINGS])
def test_every_calm_reading_has_a_look_alike(reading: CalmReading) -> None:
    assert reading.calm


def test_every_reason_given_is_a_named_calm_reading() -> None:
    names = tuple(f"{reading.name}:" for reading in CALM_READINGS)
    assert len(set(names)) == len(CALM_READINGS)
    for text in NOT_EMERGENCIES:
        normalized = normalize(text)
        for entry in assess(normalized, Segments(normalized), []).evidence:
            if not entry.startswith(("emergency:", "in-doubt:")):
                assert entry.startswith(names), (text, entry)


def test_weak_readings_are_the_ones_marked_weak() -> None:
    assert set(WEAK_CALM) == {f"{r.name}:" for r in CALM_READINGS if r.weak}
    assert "question:" in WEAK_CALM and "negated:" not in WEAK_CALM


def test_the_order_names_every_step_once_and_only_readings_that_exist() -> None:
    names = [step.name for step in CALM_ORDER]
    assert len(names) == len(set(names)) and set(names) == STEP_NAMES
    readings = {reading.name for reading in CALM_READINGS}
    given = {name for step in CALM_ORDER for name in step.gives}
    assert given == readings, given ^ readings


@pytest.mark.parametrize(("reading", "text"), CASES, ids=[f"{r.name}:{t[:24]}" for r, t in CASES])
def test_a_step_gives_only_the_readings_it_names(reading: CalmReading, text: str) -> None:
    """Each step tried alone on the look-alikes' triggers gives one of its readings or nothing."""
    normalized = normalize(text)
    segments = Segments(normalized)
    for hit in find_hits(normalized):
        for step in CALM_ORDER:
            reason = defused_by(step.name, normalized, segments, hit)
            assert reason is None or reason.startswith(tuple(f"{g}:" for g in step.gives)), (
                step.name,
                reason,
            )
