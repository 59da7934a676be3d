"""The chain as a file: import, export, and the same format in and out."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.chain_cli import main
from domain.escalation_policy import DEFAULT_CHAIN, ChainFormatError, format_chain, parse_chain

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
    ("text", "fragment"),
    [
        ("", "no levels"),
        ("+ 街道 | 5m |", "first level"),
        ("街道 | soon |", "deadline"),
        ("街道 | 5m | @x", "target"),
        ("街道", "name | deadline"),
    ],
)
def test_bad_chains_say_which_line(text: str, fragment: str) -> None:
    with pytest.raises(ChainFormatError, match=fragment):
        parse_chain(text)


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
