"""The labeled corpora must meet the accuracy bars: the shared dev set and our held-out sets."""

import os
from pathlib import Path

import pytest

from bench.evaluate_understanding import EvaluationReport, evaluate

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
DEV = CORPUS / "messages.dev.jsonl"
HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout.jsonl"
HELDOUT2 = Path(__file__).resolve().parents[1] / "data" / "heldout2.jsonl"
HELDOUT3 = Path(__file__).resolve().parents[1] / "data" / "heldout3.jsonl"
HELDOUT4 = Path(__file__).resolve().parents[1] / "data" / "heldout4.jsonl"
HELDOUT5 = Path(__file__).resolve().parents[1] / "data" / "heldout5.jsonl"
HELDOUT6 = Path(__file__).resolve().parents[1] / "data" / "heldout6.jsonl"
HELDOUTS = {
    "heldout": HELDOUT,
    "heldout2": HELDOUT2,
    "heldout3": HELDOUT3,
    "heldout4": HELDOUT4,
    "heldout5": HELDOUT5,
    "heldout6": HELDOUT6,
}


@pytest.fixture(scope="module", params=["dev", *HELDOUTS])
def report(request: pytest.FixtureRequest) -> EvaluationReport:
    """Evaluate each corpus once for every bar."""
    if request.param in HELDOUTS:
        path = HELDOUTS[request.param]
        assert path.is_file(), f"held-out corpus missing at {path}"
        return evaluate(path)
    if not DEV.is_file():
        reason = f"labeled corpus not found at {DEV}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return evaluate(DEV)


def test_emergency_recall_is_total(report: EvaluationReport) -> None:
    assert report.emergency_recall == 1.0, report.render()


def test_emergency_precision(report: EvaluationReport) -> None:
    assert report.emergency_precision >= 0.95, report.render()


def test_kind_accuracy(report: EvaluationReport) -> None:
    assert report.accuracy("kind") >= 0.93, report.render()


def test_category_accuracy_on_orders(report: EvaluationReport) -> None:
    assert report.accuracy("category") >= 0.90, report.render()


def test_flat_exact(report: EvaluationReport) -> None:
    assert report.accuracy("flat") >= 0.95, report.render()


def test_temperature_exact(report: EvaluationReport) -> None:
    assert report.accuracy("temperature") >= 0.98, report.render()


def test_lang(report: EvaluationReport) -> None:
    assert report.accuracy("lang") >= 0.98, report.render()


@pytest.mark.parametrize("path", HELDOUTS.values(), ids=HELDOUTS.keys())
def test_heldout_is_large_and_mixed(path: Path) -> None:
    """Each held-out set keeps its size and mix, so the bars above mean something."""
    report = evaluate(path)
    assert report.total >= 200
    assert report.true_emergencies >= 30
    assert report.orders >= 80


ORDERS_PROBE7 = Path(__file__).resolve().parents[1] / "data" / "orders_probe7.jsonl"


def test_orders_probe7_meets_the_bars() -> None:
    """A smaller set aimed at orders, their look-alikes and temperatures: the same bars."""
    assert ORDERS_PROBE7.is_file(), f"probe corpus missing at {ORDERS_PROBE7}"
    report = evaluate(ORDERS_PROBE7)
    assert report.orders >= 140, report.render()
    assert report.accuracy("kind") >= 0.93, report.render()
    assert report.accuracy("category") >= 0.90, report.render()
    assert report.accuracy("flat") >= 0.95, report.render()
    assert report.accuracy("temperature") >= 0.98, report.render()
    assert report.accuracy("lang") >= 0.98, report.render()


EMERGENCY_PROBE7 = Path(__file__).resolve().parents[1] / "data" / "emergency_probe7.jsonl"


def test_emergency_probe7_meets_the_emergency_bars() -> None:
    """A set aimed at emergencies and their calm look-alikes: every emergency caught, few alarms."""
    assert EMERGENCY_PROBE7.is_file(), f"probe corpus missing at {EMERGENCY_PROBE7}"
    report = evaluate(EMERGENCY_PROBE7)
    assert report.true_emergencies >= 150, report.render()
    assert report.emergency_recall == 1.0, report.render()
    assert report.emergency_precision >= 0.95, report.render()


EMERGENCY_PROBE8 = Path(__file__).resolve().parents[1] / "data" / "emergency_probe8.jsonl"


def test_emergency_probe8_meets_the_emergency_bars() -> None:
    """A lockdown building chat's emergencies (replies, quotes, carers, foreign residents) and
    their calm look-alikes: every emergency caught, few alarms."""
    assert EMERGENCY_PROBE8.is_file(), f"probe corpus missing at {EMERGENCY_PROBE8}"
    report = evaluate(EMERGENCY_PROBE8)
    assert report.true_emergencies >= 150, report.render()
    assert report.emergency_recall == 1.0, report.render()
    assert report.emergency_precision >= 0.95, report.render()


ORDERS_PROBE8 = Path(__file__).resolve().parents[1] / "data" / "orders_probe8.jsonl"


def test_orders_probe8_meets_the_bars() -> None:
    """Orders in a lockdown building chat's voice (replies, chains, pasted lists, lane numbers,
    voice-to-text, expats), their look-alikes and temperatures: the same bars."""
    assert ORDERS_PROBE8.is_file(), f"probe corpus missing at {ORDERS_PROBE8}"
    report = evaluate(ORDERS_PROBE8)
    assert report.orders >= 140, report.render()
    assert report.accuracy("kind") >= 0.93, report.render()
    assert report.accuracy("category") >= 0.90, report.render()
    assert report.accuracy("flat") >= 0.95, report.render()
    assert report.accuracy("temperature") >= 0.98, report.render()
    assert report.accuracy("lang") >= 0.98, report.render()


EMERGENCY_PROBE9 = Path(__file__).resolve().parents[1] / "data" / "emergency_probe9.jsonl"


def test_emergency_probe9_meets_the_emergency_bars() -> None:
    """Emergencies in wording kept away from the lexicon (other body parts and verbs, dialect,
    English, indirect descriptions) and calm look-alikes: the in-doubt net's measure."""
    assert EMERGENCY_PROBE9.is_file(), f"probe corpus missing at {EMERGENCY_PROBE9}"
    report = evaluate(EMERGENCY_PROBE9)
    assert report.true_emergencies >= 160, report.render()
    assert report.emergency_recall == 1.0, report.render()
    assert report.emergency_precision >= 0.95, report.render()


ORDERS_PROBE9 = Path(__file__).resolve().parents[1] / "data" / "orders_probe9.jsonl"


def test_orders_probe9_meets_the_bars() -> None:
    """Orders in vocabulary chosen away from the lexicon (brands, appliances, drug names, kinds of
    waste, documents, care services; elderly phrasing, expats, asks buried in long messages,
    flats in varied forms), their look-alikes and temperatures: the same bars."""
    assert ORDERS_PROBE9.is_file(), f"probe corpus missing at {ORDERS_PROBE9}"
    report = evaluate(ORDERS_PROBE9)
    assert report.orders >= 130, report.render()
    assert report.accuracy("kind") >= 0.93, report.render()
    assert report.accuracy("category") >= 0.90, report.render()
    assert report.accuracy("flat") >= 0.95, report.render()
    assert report.accuracy("temperature") >= 0.98, report.render()
    assert report.accuracy("lang") >= 0.98, report.render()


EMERGENCY_CHECK10 = Path(__file__).resolve().parents[1] / "data" / "emergency_check10.jsonl"


def test_emergency_check10_meets_the_emergency_bars() -> None:
    """Short emergencies in fresh wording and short calm look-alikes (救命 about a deadline,
    breathlessness about work or rent, a phone dropped in water): the release bars."""
    assert EMERGENCY_CHECK10.is_file(), f"check corpus missing at {EMERGENCY_CHECK10}"
    report = evaluate(EMERGENCY_CHECK10)
    assert report.true_emergencies >= 70, report.render()
    assert report.emergency_recall == 1.0, report.render()
    assert report.emergency_precision >= 0.95, report.render()


ORDERS_PROBE9B = Path(__file__).resolve().parents[1] / "data" / "orders_probe9b.jsonl"


def test_orders_probe9b_meets_the_bars() -> None:
    """Orders written after probe9's fixes and never tuned on (rubbish put out with no asking
    word, goods waiting at the door, readings in a row, prices and thanks beside goods)."""
    assert ORDERS_PROBE9B.is_file(), f"probe corpus missing at {ORDERS_PROBE9B}"
    report = evaluate(ORDERS_PROBE9B)
    assert report.orders >= 55, report.render()
    assert report.accuracy("kind") >= 0.93, report.render()
    assert report.accuracy("category") >= 0.90, report.render()
    assert report.accuracy("flat") >= 0.95, report.render()
    assert report.accuracy("temperature") >= 0.98, report.render()
    assert report.accuracy("lang") >= 0.98, report.render()


ORDERS_PROBE10 = Path(__file__).resolve().parents[1] / "data" / "orders_probe10.jsonl"


def test_orders_probe10_meets_the_bars() -> None:
    """A fresh set written before probe9b's fixes: orders over all six categories, readings
    and look-alikes (prices remarked on, offers, work done, help declined): the same bars."""
    assert ORDERS_PROBE10.is_file(), f"probe corpus missing at {ORDERS_PROBE10}"
    report = evaluate(ORDERS_PROBE10)
    assert report.orders >= 70, report.render()
    assert report.accuracy("kind") >= 0.93, report.render()
    assert report.accuracy("category") >= 0.90, report.render()
    assert report.accuracy("flat") >= 0.95, report.render()
    assert report.accuracy("temperature") >= 0.98, report.render()
    assert report.accuracy("lang") >= 0.98, report.render()
