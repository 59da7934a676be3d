"""Any input returns a result: empty, huge, emoji, control characters, odd types."""

import logging

import pytest

from domain.understanding import Kind, Understanding, understand

ODD = [
    "",
    " ",
    "\n\n\t",
    "🔥" * 10_000,
    "😂" * 10_000,
    "\x00\x01\x02\x1b[31m\x7f",
    "\ud800 lone surrogate",
    "\u202e\u200b\ufeff",
    "a" * 50_000,
    "1" * 5000,
    "3-2-501" * 2000,
    "体温" * 3000 + "36.5",
    "(" * 1000 + "[" * 1000,
    "\\" * 999,
    "救命" * 3000,
    "👨‍👩‍👧‍👦🏳️‍🌈" * 500,
    "ｆｕｌｌ　ｗｉｄｔｈ　！？",
    "1e309 NaN inf -0",
    "\u3000\u3000\u3000",
]


@pytest.mark.parametrize("text", ODD, ids=range(len(ODD)))
def test_odd_input_returns_a_result(text: str) -> None:
    reading = understand(text)
    assert isinstance(reading, Understanding)
    assert reading.lang in ("zh", "en")
    assert isinstance(reading.to_dict()["evidence"], list)


def test_non_string_input_is_treated_as_empty() -> None:
    reading = understand(None)  # type: ignore[arg-type]
    assert reading.kind is Kind.OTHER


def test_empty_input_is_other_zh_with_no_fields() -> None:
    reading = understand("")
    assert (reading.kind, reading.flat, reading.temperature, reading.lang) == (
        Kind.OTHER,
        None,
        None,
        "zh",
    )


def test_a_long_repeated_cry_is_still_an_emergency() -> None:
    assert understand("救命" * 3000).kind is Kind.EMERGENCY


def test_evidence_is_bounded() -> None:
    reading = understand("救命 胸痛 喘不上气 晕倒 抽搐 着火 " * 200)
    assert len(reading.evidence) <= 24
    assert all(len(entry) <= 80 for entry in reading.evidence)


def test_a_crash_in_a_rule_is_logged_counted_and_in_doubt(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from domain.understanding import core, emergency

    def broken(*_: object) -> None:
        raise RuntimeError("a broken rule")

    monkeypatch.setattr(emergency, "defused", broken)
    before = core.FAILURES.total
    text = "救命 我爸晕倒了 叫不醒"
    with caplog.at_level(logging.ERROR, logger="domain.understanding.core"):
        reading = understand(text, registered_flat="3-1-201")
    assert (reading.kind, reading.in_doubt, reading.flat) == (Kind.OTHER, True, "3-1-201")
    assert reading.evidence == ("error:RuntimeError",)
    assert core.FAILURES.total == before + 1
    (record,) = caplog.records
    assert f"text of {len(text)} chars" in record.getMessage()
    assert "a broken rule" in record.getMessage()
    assert text not in record.getMessage()
    assert record.exc_info is not None


def test_a_message_understood_is_not_counted_as_a_failure() -> None:
    from domain.understanding import core

    before = core.FAILURES.total
    assert understand("救命 我爸晕倒了 叫不醒").kind is Kind.EMERGENCY
    assert core.FAILURES.total == before
