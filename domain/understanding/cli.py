"""`python -m bot parse [FILE]`: JSON Lines of {id, text} in, one understanding per line out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from domain.understanding.core import understand

USAGE = "usage: python -m bot parse [FILE]   (JSON Lines with id and text; FILE or - for stdin)"


def main(argv: list[str], stdin: TextIO, stdout: TextIO) -> int:
    """Parse each input line; malformed lines get an error line; 0 unless FILE cannot be read."""
    args = list(argv[1:] if argv and argv[0] == "parse" else argv)
    if any(arg in ("-h", "--help") for arg in args):
        stdout.write(USAGE + "\n")
        return 0
    if len(args) > 1:
        sys.stderr.write(USAGE + "\n")
        return 2
    try:
        if not args or args[0] == "-":
            _run(stdin, stdout)
            return 0
        try:
            lines = open(args[0], encoding="utf-8", errors="replace")
        except OSError as error:
            sys.stderr.write(f"parse: cannot open {args[0]}: {error.strerror or error}\n")
            return 1
        with lines:
            _run(lines, stdout)
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        return 0
    return 0


def _run(lines: Iterable[str], stdout: TextIO) -> None:
    """Answer every non-blank line in order."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            _write(stdout, _answer(line, number))
    stdout.flush()


def _reject_constant(name: str) -> Any:
    """NaN and Infinity are not JSON."""
    raise ValueError(f"invalid constant {name}")


def _answer(line: str, number: int) -> dict[str, Any]:
    """The output record for one input line."""
    try:
        record = json.loads(line, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as error:
        return {"id": None, "line": number, "error": f"invalid JSON: {error}"}
    if not isinstance(record, dict):
        return {"id": None, "line": number, "error": "not a JSON object"}
    ident = record.get("id")
    if isinstance(ident, dict | list):
        ident = None
    text = record.get("text")
    if "text" not in record:
        return {"id": ident, "line": number, "error": "missing text"}
    if not isinstance(text, str):
        return {"id": ident, "line": number, "error": "text is not a string"}
    registered = record.get("registered_flat")
    reading = understand(text, registered if isinstance(registered, str) else None)
    return {"id": ident, **reading.to_dict()}


def _write(stdout: TextIO, record: dict[str, Any]) -> None:
    """One JSON line; escaped when the stream cannot encode a character."""
    try:
        stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    except UnicodeEncodeError:
        stdout.write(json.dumps(record, ensure_ascii=True) + "\n")
