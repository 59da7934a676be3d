"""Telegram's JSON read with NUL characters turned into spaces (PostgreSQL refuses NUL)."""

from __future__ import annotations

import json

from bot.wire import loads_without_nul


def test_nul_becomes_a_space_keeping_offsets() -> None:
    raw = json.dumps({"text": "楼上漏水\x00了 @bob", "entities": [{"offset": 7, "length": 4}]})
    data = loads_without_nul(raw)
    assert data["text"] == "楼上漏水 了 @bob"
    assert data["text"][7:11] == "@bob"


def test_a_typed_backslash_u0000_is_kept_as_typed() -> None:
    for typed in ("x\\u0000y", "\\\\u0000", "\\\x00"):
        raw = json.dumps({"text": typed}).encode()
        assert loads_without_nul(raw)["text"] == typed.replace("\x00", " ")
