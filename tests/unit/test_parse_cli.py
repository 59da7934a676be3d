"""`python -m bot parse [FILE]`: JSON Lines in, one understanding per line out."""

import io
import json
from pathlib import Path
from typing import Any

from domain.understanding.cli import main


def _run(argv: list[str], stdin_text: str = "") -> tuple[int, list[dict[str, Any]]]:
    """Run the command and decode its output lines."""
    stdout = io.StringIO()
    code = main(argv, io.StringIO(stdin_text), stdout)
    return code, [json.loads(line) for line in stdout.getvalue().splitlines()]


def test_good_lines_from_stdin() -> None:
    lines = [
        {"id": "a", "text": "3幢2单元501 帮忙买一袋大米"},
        {"id": 2, "text": "救命 我爸胸痛 喘不上气"},
    ]
    code, out = _run(["parse"], "\n".join(json.dumps(line, ensure_ascii=False) for line in lines))
    assert code == 0
    assert [record["id"] for record in out] == ["a", 2]
    assert out[0]["kind"] == "order"
    assert out[0]["category"] == "groceries"
    assert out[0]["flat"] == "3-2-501"
    assert out[0]["items"] == [{"name": "大米", "quantity": 1, "unit": "袋"}]
    assert out[1]["kind"] == "emergency"
    assert set(out[0]) == {
        "id",
        "kind",
        "category",
        "flat",
        "temperature",
        "lang",
        "items",
        "evidence",
        "families",
        "in_doubt",
    }
    assert out[0]["in_doubt"] is False


def test_a_malformed_line_in_the_middle_gets_an_error_and_the_rest_go_on() -> None:
    stdin_text = "\n".join(
        [
            '{"id": "first", "text": "36.8"}',
            "{not json",
            '{"id": "no-text"}',
            '{"id": "bad-text", "text": 42}',
            "[1, 2]",
            '{"id": "last", "text": "谢谢"}',
        ]
    )
    code, out = _run([], stdin_text)
    assert code == 0
    assert out[0]["id"] == "first" and out[0]["temperature"] == 36.8
    assert out[1]["id"] is None and out[1]["line"] == 2 and "invalid JSON" in out[1]["error"]
    assert out[2] == {"id": "no-text", "line": 3, "error": "missing text"}
    assert out[3] == {"id": "bad-text", "line": 4, "error": "text is not a string"}
    assert out[4]["id"] is None and out[4]["line"] == 5
    assert out[5]["id"] == "last" and out[5]["kind"] == "other"


def test_blank_lines_are_skipped() -> None:
    code, out = _run(["parse"], '\n\n{"id": 1, "text": "36.5"}\n\n')
    assert code == 0 and len(out) == 1


def test_output_keeps_chinese_readable() -> None:
    stdout = io.StringIO()
    main(["parse"], io.StringIO('{"id": 1, "text": "帮忙买大米"}'), stdout)
    assert "大米" in stdout.getvalue()


def test_a_file_argument(tmp_path: Path) -> None:
    corpus = tmp_path / "messages.jsonl"
    corpus.write_text(
        '{"id": "x1", "text": "Garbage pickup please, bldg 11 unit 2 room 504"}\n'
        '{"id": "x2", "text": "temp 98.6F, feeling fine"}\n',
        encoding="utf-8",
    )
    code, out = _run(["parse", str(corpus)])
    assert code == 0
    assert out[0]["id"] == "x1" and out[0]["category"] == "garbage"
    assert out[0]["flat"] == "11-2-504"
    assert out[1]["temperature"] == 37.0 and out[1]["lang"] == "en"


def test_a_file_that_cannot_be_opened_exits_non_zero(tmp_path: Path) -> None:
    code, out = _run(["parse", str(tmp_path / "missing.jsonl")])
    assert code != 0
    assert out == []


def test_a_registered_flat_may_be_passed_along() -> None:
    _, out = _run(["parse"], '{"id": 1, "text": "帮忙买大米", "registered_flat": "3-501"}')
    assert out[0]["flat"] == "3-501"


class _ClosedPipe(io.StringIO):
    """A stdout whose reader has gone away."""

    def write(self, text: str) -> int:
        """Fail like a closed pipe."""
        raise BrokenPipeError


def test_a_closed_output_pipe_ends_quietly() -> None:
    assert main(["parse"], io.StringIO('{"id": 1, "text": "36.5"}\n'), _ClosedPipe()) == 0
