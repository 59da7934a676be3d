"""The regex cache on disk: what it gives back is what re and the planner would have made."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from domain.understanding import prefilter
from domain.understanding.regex_cache import RegexCache, cache_path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEV = REPO_ROOT.parent / "shared" / "corpus" / "messages.dev.jsonl"
PATTERNS = [
    (r"(?P<flat>\d+)-(\d+)-(?P<room>\d{3,4})", 0),
    (r"(?<!不)(?:晕倒|昏迷)(?!了吗)", 0),
    (r"\bcan'?t breathe\b", re.IGNORECASE),
    (r"(?i)chest pain|胸[口痛]", 0),
    (r"[^\W\d_]{2,}", re.ASCII),
]


def _filled(path: Path) -> RegexCache:
    """A cache at path holding PATTERNS, saved."""
    cache = RegexCache(path)
    for pattern, flags in PATTERNS:
        cache.compile(pattern, flags)
    cache.keep_plan(("p", "晕倒", 0, ""), ("晕倒", 0, "晕"))
    cache.save()
    return cache


def test_saved_programs_come_back_as_the_patterns_re_compiles(tmp_path: Path) -> None:
    _filled(tmp_path / "regexes.marshal")
    loaded = RegexCache(tmp_path / "regexes.marshal")
    assert len(loaded.programs) == len(PATTERNS)
    assert loaded.plan(("p", "晕倒", 0, "")) == ("晕倒", 0, "晕")
    for pattern, flags in PATTERNS:
        compiled = loaded.compile(pattern, flags)
        reference = re.compile(pattern, flags)
        assert compiled == reference
        assert compiled.groupindex == reference.groupindex
        assert compiled.groups == reference.groups
        text = "3-2-501 我爸晕倒了 Can't breathe 胸口 abc"
        assert [m.span() for m in compiled.finditer(text)] == [
            m.span() for m in reference.finditer(text)
        ]
    assert not loaded.changed


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: data[:-7],
        lambda data: data[:32] + bytes([data[32] ^ 1]) + data[33:],
        lambda data: b"",
        lambda data: b"\x00" * 64,
    ],
    ids=["truncated", "one-bit", "empty", "zeros"],
)
def test_a_damaged_file_is_ignored_and_patterns_still_compile(tmp_path: Path, spoil) -> None:
    path = tmp_path / "regexes.marshal"
    _filled(path)
    path.write_bytes(spoil(path.read_bytes()))
    damaged = RegexCache(path)
    assert damaged.programs == {} and damaged.plans == {}
    pattern, flags = PATTERNS[0]
    assert damaged.compile(pattern, flags) == re.compile(pattern, flags)


def test_a_bad_program_falls_back_to_compiling(tmp_path: Path) -> None:
    cache = RegexCache(tmp_path / "regexes.marshal")
    cache.programs[("晕倒", 0)] = ("晕倒", 0, [999999], 0, {}, (None,))
    assert cache.compile("晕倒", 0) == re.compile("晕倒")
    assert cache.programs[("晕倒", 0)][2] != [999999]


def test_every_plan_and_program_the_corpus_needs_is_the_fresh_one(tmp_path: Path) -> None:
    """Understand the dev corpus in a process with a cache of its own, then rebuild each saved
    plan with the planner and each program with re: all equal."""
    prefix = tmp_path / "pyc"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    env["PYTHONHASHSEED"] = "1"  # the test process has another: plans must not depend on it
    script = (
        "import json, sys\n"
        "from domain.understanding import understand\n"
        "from domain.understanding.regex_cache import regex_cache\n"
        f"rows = open({str(DEV)!r}, encoding='utf-8')\n"
        "out = [understand(json.loads(line)['text']).to_dict() for line in rows if line.strip()]\n"
        "print(json.dumps([out, len(regex_cache().programs)]))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        for _ in range(2)
    ]
    (first, saved_at_start), (second, loaded_at_start) = (json.loads(r.stdout) for r in runs)
    assert first == second
    assert saved_at_start > 100  # the first process compiled them itself
    assert loaded_at_start == saved_at_start  # the second one read them all from the file
    [path] = prefix.rglob("regexes.*.marshal")
    saved = RegexCache(path)
    assert len(saved.plans) > 100
    for (how, source, flags, given), (text, planned_flags, first_chars) in saved.plans.items():
        if how == "a":
            fresh = prefilter._Plan(source, flags, None)
        else:
            fresh = prefilter._plan(source, flags, frozenset(given) if how == "w" else None)
        assert (text, planned_flags) == (fresh.text, int(fresh.flags)), source
        assert first_chars == (None if fresh.first is None else "".join(sorted(fresh.first)))
    for (pattern, flags), program in saved.programs.items():
        assert RegexCache(None).compile(pattern, flags) == re.compile(pattern, flags)
        assert program[0] == pattern


def test_the_cache_sits_beside_the_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "pycache_prefix", None)
    here = cache_path()
    assert here is not None and here.parent.name == "__pycache__"
    assert here.name.startswith(f"regexes.{sys.implementation.cache_tag}.")
    monkeypatch.setattr(sys, "pycache_prefix", "/tmp/elsewhere")
    there = cache_path()
    assert there is not None and str(there).startswith("/tmp/elsewhere/")
    assert there.name == here.name


def test_saving_removes_the_caches_of_earlier_lexicons(tmp_path: Path) -> None:
    earlier = tmp_path / "regexes.cpython-311.0123456789abcdef0123.marshal"
    other_interpreter = tmp_path / "regexes.pypy39.0123456789abcdef0123.marshal"
    for path in (earlier, other_interpreter):
        path.write_bytes(b"old")
    _filled(tmp_path / "regexes.cpython-311.fedcba9876543210fedc.marshal")
    assert not earlier.exists()
    assert other_interpreter.exists()
    assert RegexCache(tmp_path / "regexes.cpython-311.fedcba9876543210fedc.marshal").programs


def test_a_change_to_any_lexicon_is_a_new_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from domain.understanding import regex_cache

    package = tmp_path / "understanding"
    package.mkdir()
    (package / "lexicon.py").write_text('WORDS = r"晕倒"\n')
    monkeypatch.setattr(regex_cache, "_HERE", package)
    before = cache_path()
    (package / "lexicon.py").write_text('WORDS = r"晕倒|昏迷"\n')
    after = cache_path()
    assert before is not None and after is not None
    assert before.parent == after.parent and before.name != after.name
