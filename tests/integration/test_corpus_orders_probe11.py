"""orders_probe11: everyday requests, readings and look-alikes, written before any fix."""

from pathlib import Path

from bench.evaluate_understanding import evaluate

ORDERS_PROBE11 = Path(__file__).resolve().parents[1] / "data" / "orders_probe11.jsonl"


def test_orders_probe11_meets_the_bars() -> None:
    """Vegetables, rice, refills, parcels from the gate, leaks, breakers, PCR at home and dialysis
    transport; readings as residents report them; notices, offers, thanks and complaints."""
    assert ORDERS_PROBE11.is_file(), f"probe corpus missing at {ORDERS_PROBE11}"
    report = evaluate(ORDERS_PROBE11)
    assert report.orders >= 60, report.render()
    assert report.accuracy("kind") >= 0.93, report.render()
    assert report.accuracy("category") >= 0.90, report.render()
    assert report.accuracy("flat") >= 0.95, report.render()
    assert report.accuracy("temperature") >= 0.98, report.render()
    assert report.accuracy("lang") >= 0.98, report.render()
