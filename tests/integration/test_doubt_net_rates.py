"""The wider in-doubt net spends the in-doubt budget sparingly on every labeled set: the question
on at most 3 % of a set's non-emergencies in all (issue 9's bar), and the net's own share at most
2 %, so that a fresh set stays under the bar."""

import json
from pathlib import Path

import pytest

from bench.evaluate_understanding import IN_DOUBT_RATE_BAR, evaluate
from domain.understanding import understand
from domain.understanding.doubt_net import CONCEPT_EVIDENCE, MODEL_EVIDENCE

DATA = Path(__file__).resolve().parents[1] / "data"
DEV = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "messages.dev.jsonl"
SETS = {path.stem: path for path in sorted(DATA.glob("*.jsonl"))} | (
    {"dev": DEV} if DEV.is_file() else {}
)
NET_RATE_AIM = 0.02


def test_every_labeled_set_is_measured() -> None:
    assert len(SETS) >= 23


@pytest.mark.parametrize("path", SETS.values(), ids=SETS.keys())
def test_the_question_stays_rare_on_every_labeled_set(path: Path) -> None:
    report = evaluate(path)
    assert report.in_doubt_rate <= IN_DOUBT_RATE_BAR, report.render()
    calm = asked = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row["kind"] == "emergency":
            continue
        calm += 1
        reading = understand(row["text"])
        asked += reading.in_doubt and any(
            entry.startswith((CONCEPT_EVIDENCE, MODEL_EVIDENCE)) for entry in reading.evidence
        )
    assert asked <= NET_RATE_AIM * calm, f"{asked} of {calm} asked by the net"
