"""Dump understand()'s full result for every message of the corpora, to diff before/after a change.

    .venv/bin/python tools/dump_understanding.py > before.jsonl
    ... change the engine ...
    .venv/bin/python tools/dump_understanding.py > after.jsonl
    cmp before.jsonl after.jsonl

One line per message: the file and id, then everything `python -m bot parse` prints (kind,
category, flat, temperature, lang, items, evidence, families, in_doubt, the 接龙 summary) and
the whole 接龙 as read. Each message is read as written, and also (unless --no-variants)
in a few seeded variants: upper case, traditional characters, full-width digits, zero-width
characters, two messages joined, with a registered flat: text that takes other paths through the
engine than the labeled corpora do; then 3,000 seeded hostile texts (--fuzz N). The output
depends only on the code and the files read.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GLOBS = (
    str(REPO.parent / "shared" / "corpus" / "*.jsonl"),
    str(REPO / "tests" / "data" / "*.jsonl"),
    str(REPO / "bench" / "unseen" / "*.jsonl"),
)
SEED = 20261205
# characters a variant may splice in: zero-width, full-width digits, punctuation, traditional
SPLICE = ("\u200b", "\ufeff", "\u3000", "，", "！", "。", "１", "３", "\n", " ", "#", "-")
ODD = (
    "<b>",
    "&amp;",
    "\u202e",
    "\x00",
    "\x1b",
    "\r",
    "٣",
    "²",
    "🆘",
    "👨\u200d👩\u200d👧",
    "#接龙",
    "1. 3-2-501 两箱",
    "99999999999999999999",
    "Bldg 3 Unit 2 #501",
    "38.5度",
    "99.5F",
)
TRADITIONAL_SWAPS = str.maketrans("买药妈闷晕帮忙楼单发烧气", "買藥媽悶暈幫忙樓單發燒氣")


def texts(paths: list[Path]) -> Iterator[tuple[str, str, str, str | None]]:
    """(file, id, text, registered flat) for every line holding a text, in file order."""
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                record = json.loads(line)
                text = record.get("text")
                if not isinstance(text, str):
                    continue
                ident = str(record.get("id", number))
                registered = record.get("registered_flat")
                yield path.name, ident, text, registered if isinstance(registered, str) else None


def variants(text: str, other: str, chance: random.Random) -> list[tuple[str, str, str | None]]:
    """Seeded variants of one text: (tag, text, registered flat)."""
    spliced = list(text)
    for _ in range(3):
        spliced.insert(chance.randrange(len(spliced) + 1), chance.choice(SPLICE))
    return [
        ("upper", text.upper(), None),
        ("trad", text.translate(TRADITIONAL_SWAPS), None),
        ("splice", "".join(spliced), None),
        ("joined", f"{text} {other}", None),
        ("lines", f"{other}\n{text}", None),
        ("registered", text, "3-2-501"),
    ]


def fuzz_texts(rows: list[str], count: int, chance: random.Random) -> Iterator[str]:
    """Seeded hostile texts: corpus fragments, odd characters, markup, one in ten long."""
    for number in range(count):
        pieces = []
        for _ in range(chance.randint(1, 10)):
            pick = chance.random()
            if pick < 0.5:
                source = chance.choice(rows)
                start = chance.randrange(len(source) + 1)
                pieces.append(source[start : start + chance.randint(1, 30)])
            elif pick < 0.7:
                pieces.append(chance.choice(SPLICE + ODD))
            else:
                pieces.append("".join(chr(chance.randrange(0x20, 0x3000)) for _ in range(3)))
        text = "".join(pieces)
        yield (text * 4096)[: chance.randint(300, 4096)] if number % 10 == 0 and text else text


def record(tag: str, ident: str, text: str, registered: str | None) -> str:
    """One output line."""
    from domain.understanding import understand

    reading = understand(text, registered)
    fields = reading.to_dict()
    fields["group_list_full"] = None if reading.group_list is None else repr(reading.group_list)
    fields["items_repr"] = repr(reading.items)
    return json.dumps({"src": tag, "id": ident, **fields}, ensure_ascii=False, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    """Write one JSON line per message (and variant) to stdout."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", help="JSONL files (default: every corpus)")
    parser.add_argument("--fuzz", type=int, default=3000, help="seeded hostile texts")
    parser.add_argument("--no-variants", action="store_true", help="only the texts as written")
    args = parser.parse_args(argv)
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    if args.files:
        paths = [Path(name) for name in args.files]
    else:
        paths = [path for pattern in DEFAULT_GLOBS for path in sorted(Path("/").glob(pattern[1:]))]
    rows = list(texts(paths))
    chance = random.Random(SEED)
    out = sys.stdout
    for name, ident, text, registered in rows:
        out.write(record(name, ident, text, registered) + "\n")
        if args.no_variants:
            continue
        other = rows[chance.randrange(len(rows))][2]
        for tag, changed, flat in variants(text, other, chance):
            out.write(record(f"{name}~{tag}", ident, changed, flat) + "\n")
    for number, text in enumerate(fuzz_texts([row[2] for row in rows], args.fuzz, chance)):
        out.write(record("fuzz", str(number), text, None) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
