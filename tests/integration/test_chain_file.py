"""The chain as a file: import, export, and the same format in and out."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.chain_cli import main
from domain.chain_format import ChainFormatError, ChainProblem, format_chain, parse_chain
from domain.escalation_policy import DEFAULT_CHAIN

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "chain.example.txt"


def test_example_file_parses_with_parallel_levels() -> None:
    specs = parse_chain(EXAMPLE.read_text(encoding="utf-8"))
    assert [s.ack_seconds for s in specs] == [120, 180, 300, 300]
    assert [s.with_previous for s in specs] == [False, False, False, True]
    assert specs[2].webhook == "street" and specs[0].targets == ("role:lead", "role:doctor")


def test_format_round_trips() -> None:
    text = format_chain(DEFAULT_CHAIN)
    again = format_chain(
        [
            type(DEFAULT_CHAIN[0])(s.name, s.ack_seconds, DEFAULT_CHAIN[i].targets, s.with_previous)
            for i, s in enumerate(parse_chain(text))
        ]
    )
    assert again == text


@pytest.mark.parametrize(
    ("text", "problem", "line", "value"),
    [
        ("", ChainProblem.EMPTY, 0, ""),
        ("+ 街道 | 5m |", ChainProblem.FIRST_PLUS, 1, ""),
        ("# comment\n街道 | soon |", ChainProblem.DEADLINE, 2, "soon"),
        ("街道 | 5m | @x", ChainProblem.TARGET, 1, "@x"),
        ("街道", ChainProblem.SHAPE, 1, ""),
    ],
)
def test_bad_chains_say_which_line(text: str, problem: ChainProblem, line: int, value: str) -> None:
    with pytest.raises(ChainFormatError) as raised:
        parse_chain(text)
    assert (raised.value.problem, raised.value.line, raised.value.value) == (problem, line, value)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "line 2: “soon” is not a deadline like 2m or 90s"),
        ("zh", "第 2 行：「soon」不是时限"),
    ],
)
def test_the_cli_explains_a_bad_file_in_its_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    expected: str,
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'chain.db'}")
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    bad = tmp_path / "chain.txt"
    bad.write_text("街道 | 5m | role:staff\n区 | soon |\n", encoding="utf-8")
    assert main(["import", str(bad), "--community", "幸福里", "--lang", lang]) == 2
    assert expected in capsys.readouterr().err


def test_import_then_export_through_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'chain.db'}")
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    out = io.StringIO()
    assert main(["import", str(EXAMPLE), "--community", "幸福里"], out) == 0
    assert "saved 4 levels" in out.getvalue()
    out = io.StringIO()
    assert main(["export", "--community", "幸福里"], out) == 0
    exported = out.getvalue()
    assert (
        "+ 区卫健委 District health bureau | 5m | chat:-1009876543210 | webhook:district"
        in exported
    )
    out = io.StringIO()
    assert main(["export", "--community", "elsewhere"], out) == 0
    assert out.getvalue().startswith("楼道长和社区医生")  # the default chain
