"""The labeled corpora must meet the accuracy bars: the shared dev set and our held-out sets."""

import os
from pathlib import Path

import pytest

from bench.evaluate_understanding import (
    CHAIN_PRECISION_BAR,
    IN_DOUBT_RATE_BAR,
    REACH_RECALL_BAR,
    EvaluationReport,
    evaluate,
)

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
DEV = CORPUS / "messages.dev.jsonl"
DATA = Path(__file__).resolve().parents[1] / "data"
# heldout..heldout6, round12_* and round13..round17: each written blind and scored before the
# rules were fixed on it
BLIND_ROUNDS = (
    "round12_a",
    "round12_b",
    "round13",
    "round14",
    "round15",
    "round16",
    "round17",
    "round18",
    "round19",
    "round20",
    "round21",
    "round22",
    "round23",
    "round24",
    "round25",
    "round26",
    "round27",
    "round28",
    "round29",
    "round30",
    "round31",
    "round32",
    "round33",
    "round34",
    "round35",
    "round36",
    "round37",
    "round38",
    "round39",
    "round40",
    "round41",
    "round42",
    "round43",
    "round44",
    "round45",
    "round46",
    "round47",
    "round48",
    "round49",
    "round50",
    "round51",
    "round52",
    "round53",
    "round54",
    "round55",
    "round56",
    "round57",
    "round58",
    "round59",
    "round60",
    "round61",
    "round62",
    "round63",
    "round64",
    "round65",
    "round66",
    "round67",
    "round68",
    "round69",
    "round70",
    "round71",
    "round72",
    "round73",
    "round74",
    "round75",
    "round76",
    "round77",
    "round78",
    "round79",
    "round80",
    "round81",
    "round82",
    "round83",
    "round84",
    "round85",
    "round86",
    "round87",
    "round88",
    "round89",
    "round90",
    "round91",
    "round92",
    "round93",
    "round94",
    "round95",
    "round96",
    "round97",
    "round98",
    "round99",
    "round100",
    "round101",
    "round102",
    "round103",
    "round104",
    "round105",
    "round106",
    "round107",
    "round108",
    "round109",
    "round110",
    "round111",
    "round112",
    "round113",
    "round114",
    "round115",
    "round116",
    "round117",
    "round118",
    "round119",
    "round120",
    "round121",
    "round122",
    "round123",
    "round124",
    "round125",
    "round126",
    "round127",
    "round128",
    "round129",
    "round130",
    "round131",
    "round132",
    "round133",
    "round134",
    "round135",
    "round136",
    "round137",
    "round138",
    "round139",
    "round140",
    "round141",
    "round142",
    "round143",
    "round144",
    "round145",
    "round146",
    "round147",
    "round148",
    "round149",
    "round150",
    "round151",
    "round152",
    "round153",
    "round154",
    "round155",
    "round156",
    "round157",
    "round158",
    "round159",
    "round160",
    "round161",
    "round162",
    "round163",
    "round164",
    "round165",
    "round166",
    "round167",
    "round168",
    "round169",
    "round170",
    "round171",
    "round172",
    "round173",
    "round174",
    "round175",
    "round176",
    "round177",
    "round178",
    "round179",
    "round180",
    "round181",
    "round182",
    "round183",
    "round184",
    "round185",
    "round186",
    "round187",
    "round188",
    "round189",
    "round190",
    "round191",
    "round192",
    "round193",
    "round194",
    "round195",
    "round196",
    "round197",
    "round198",
    "round199",
    "round200",
    "round201",
    "round202",
    "round203",
    "round204",
    "round205",
    "round206",
    "round207",
    "round208",
    "round209",
    "round210",
    "round211",
    "round212",
    "round213",
    "round214",
    "round215",
    "round216",
    "round217",
    "round218",
    "round219",
    "round220",
    "round221",
    "round222",
    "round223",
    "round224",
    "round225",
    "round226",
    "round227",
    "round228",
    "round229",
    "round230",
    "round231",
    "round232",
    "round233",
    "round234",
    "round235",
    "round236",
    "round237",
    "round238",
    "round239",
    "round240",
    "round241",
    "round242",
    "round243",
    "round244",
    "round245",
    "round246",
    "round247",
    "round248",
    "round249",
    "round250",
    "round251",
    "round252",
    "round253",
    "round254",
    "round255",
    "round256",
    "round257",
    "round258",
    "round259",
    "round260",
    "round261",
    "round262",
    "round263",
    "round264",
    "round265",
    "round266",
    "round267",
    "round268",
    "round269",
    "round270",
    "round271",
    "round272",
    "round273",
    "round274",
    "round275",
    "round276",
    "round277",
    "round278",
    "round279",
    "round280",
    "round281",
    "round282",
    "round283",
    "round284",
    "round285",
    "round286",
)
HELDOUTS = {
    name: DATA / f"{name}.jsonl"
    for name in ("heldout", *(f"heldout{n}" for n in range(2, 7)), *BLIND_ROUNDS)
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


def test_every_emergency_reaches_a_human_and_the_question_is_rare(
    report: EvaluationReport,
) -> None:
    assert report.reach_recall >= REACH_RECALL_BAR, report.render()
    assert report.emergency_precision >= CHAIN_PRECISION_BAR, report.render()
    assert report.in_doubt_rate <= IN_DOUBT_RATE_BAR, report.render()


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


# Probe sets aimed at one side, each written by someone who had not seen the others, with the
# least it must hold so the bars mean something. Orders probes: orders, look-alikes, readings.
ORDER_PROBES = {
    "orders_probe7": 140,
    "orders_probe8": 130,
    "orders_probe9": 130,
    "orders_probe9b": 55,  # written after probe9's fixes and never tuned on
    "orders_probe10": 70,
    "orders_probe11": 60,  # everyday requests
}
# Emergency probes: emergencies (many indirect, dialect, English) and calm look-alikes.
EMERGENCY_PROBES = {
    "emergency_probe7": 150,
    "emergency_probe8": 150,
    "emergency_probe9": 160,  # wording kept away from the lexicon
    "emergency_check10": 70,  # short emergencies and short calm look-alikes
    "emergency_probe11": 60,  # everyday building emergencies
}


@pytest.mark.parametrize(("name", "least"), ORDER_PROBES.items(), ids=ORDER_PROBES.keys())
def test_order_probe_meets_the_bars(name: str, least: int) -> None:
    path = DATA / f"{name}.jsonl"
    assert path.is_file(), f"probe corpus missing at {path}"
    report = evaluate(path)
    assert report.orders >= least, report.render()
    assert report.accuracy("kind") >= 0.93, report.render()
    assert report.accuracy("category") >= 0.90, report.render()
    assert report.accuracy("flat") >= 0.95, report.render()
    assert report.accuracy("temperature") >= 0.98, report.render()
    assert report.accuracy("lang") >= 0.98, report.render()
    assert report.in_doubt_rate <= IN_DOUBT_RATE_BAR, report.render()


@pytest.mark.parametrize(("name", "least"), EMERGENCY_PROBES.items(), ids=EMERGENCY_PROBES.keys())
def test_emergency_probe_meets_the_emergency_bars(name: str, least: int) -> None:
    path = DATA / f"{name}.jsonl"
    assert path.is_file(), f"probe corpus missing at {path}"
    report = evaluate(path)
    assert report.true_emergencies >= least, report.render()
    assert report.emergency_recall == 1.0, report.render()
    assert report.emergency_precision >= 0.95, report.render()
    assert report.reach_recall >= REACH_RECALL_BAR, report.render()
    assert report.in_doubt_rate <= IN_DOUBT_RATE_BAR, report.render()
