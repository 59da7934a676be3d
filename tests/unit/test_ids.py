"""Ids are ASCII digits no larger than Telegram's; the chain refuses anything else by line."""

from __future__ import annotations

import pytest

from domain.chain_format import ChainFormatError, ChainProblem, parse_chain
from domain.escalation_policy import Target, TargetKind, parse_target
from domain.ids import MAX_ID, parse_id


@pytest.mark.parametrize(
    ("text", "signed", "expected"),
    [
        ("3", False, 3),
        ("0042", False, 42),
        (str(MAX_ID), False, MAX_ID),
        (str(MAX_ID + 1), False, None),
        ("99999999999999999999999", False, None),
        ("²", False, None),
        ("١٢", False, None),  # Arabic-Indic digits: str.isdigit() says yes, we say no
        ("１２", False, None),  # full-width digits
        ("-1001234", False, None),
        ("-1001234", True, -1001234),
        ("-", True, None),
        ("", False, None),
        ("12a", False, None),
    ],
)
def test_parse_id(text: str, signed: bool, expected: int | None) -> None:
    assert parse_id(text, signed=signed) == expected


def test_targets_take_only_telegram_ids() -> None:
    assert parse_target("chat:-1001234") == Target(TargetKind.CHAT, "-1001234")
    assert parse_target("person:123456") == Target(TargetKind.PERSON, "123456")
    assert parse_target("chat:99999999999999999999999") is None
    assert parse_target("person:²") is None


@pytest.mark.parametrize(
    ("line", "problem", "value"),
    [
        (
            "L1 | 10s | chat:99999999999999999999999 role:lead",
            ChainProblem.ID,
            "chat:99999999999999999999999",
        ),
        ("L1 | 10s | role:lead person:²", ChainProblem.ID, "person:²"),
        ("L1 | 10s | person:abc", ChainProblem.ID, "person:abc"),
        ("L1 | 10s | role:nurse", ChainProblem.TARGET, "role:nurse"),
    ],
)
def test_chain_refuses_bad_ids_with_line_and_value(
    line: str, problem: ChainProblem, value: str
) -> None:
    with pytest.raises(ChainFormatError) as caught:
        parse_chain("# a comment\n" + line)
    assert (caught.value.problem, caught.value.line, caught.value.value) == (problem, 2, value)
