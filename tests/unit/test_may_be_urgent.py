"""may_be_urgent(): the inbound pre-test never calls calm what understand() would raise or doubt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from domain.understanding import Kind, understand
from domain.understanding.core import may_be_urgent, raised_or_doubted

DATA = Path(__file__).resolve().parents[1] / "data"
DEV = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "messages.dev.jsonl"
LABELED = [*sorted(DATA.glob("*.jsonl")), DEV]


def _texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]


def _raised_or_doubted(text: str) -> bool:
    reading = understand(text)
    return reading.kind is Kind.EMERGENCY or reading.in_doubt


@pytest.mark.parametrize("path", LABELED, ids=lambda p: p.stem)
def test_never_calm_for_what_understanding_raises_or_doubts(path: Path) -> None:
    """Neither the pre-test nor the emergency and doubt readings after it miss one."""
    raised = [t for t in _texts(path) if _raised_or_doubted(t)]
    assert [t for t in raised if not may_be_urgent(t)] == []
    assert [t for t in raised if not raised_or_doubted(t)] == []


READINGS = ["1-3-301 {}", "{}", "{}度", "体温{}", "3栋 {}℃ 正常", "全家 {}/{}/{}", "room 301 {}°"]


def test_never_calm_for_a_reading_understanding_raises() -> None:
    """Every reading from 0 to 120 (°C and °F) in the shapes a burst's reports take."""
    values = [f"{tenth / 10:.1f}" for tenth in range(0, 1200, 3)] + [str(n) for n in range(130)]
    texts = [shape.format(v, v, v) for shape in READINGS for v in values]
    missed = [t for t in texts if not may_be_urgent(t) and _raised_or_doubted(t)]
    assert missed == []


@pytest.mark.parametrize(
    "text",
    ["1-3-301 36.5", "3-2-501 体温36.6 正常", "收到", "谢谢 辛苦了 👍", "ok thanks", "", "  "],
)
def test_a_bursts_readings_and_thanks_are_calm(text: str) -> None:
    assert not may_be_urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "救命 我爸突然胸口剧痛 喘不上气",
        "1-3-301 38.5",
        "1-3-301 101.3",
        "宝宝 36.5",
        "help",
        "今天天气不错",
        "jiuming",
        "３９度",
    ],
)
def test_anything_else_may_be_urgent(text: str) -> None:
    assert may_be_urgent(text)
