"""probe11 (everyday building emergencies, calm look-alikes) must meet the emergency bars."""

from pathlib import Path

import pytest

from bench.evaluate_understanding import EvaluationReport, evaluate

PROBE11 = Path(__file__).resolve().parents[1] / "data" / "emergency_probe11.jsonl"


@pytest.fixture(scope="module")
def report() -> EvaluationReport:
    assert PROBE11.is_file(), f"probe11 corpus missing at {PROBE11}"
    return evaluate(PROBE11)


def test_probe11_has_enough_true_emergencies(report: EvaluationReport) -> None:
    assert report.true_emergencies >= 60, report.render()


def test_probe11_emergency_recall_is_total(report: EvaluationReport) -> None:
    assert report.emergency_recall == 1.0, report.render()


def test_probe11_emergency_precision(report: EvaluationReport) -> None:
    assert report.emergency_precision >= 0.95, report.render()
