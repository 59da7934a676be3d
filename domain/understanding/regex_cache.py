"""A cache on disk of the lexicons' planned and compiled regexes, kept as Python keeps bytecode.

Parsing and compiling the few hundred patterns a message needs took most of a fresh process's
load time (issue 9's bar: import and first call under 0.5 s). What `re` computes for a pattern
(the compiled program, a list of integers) and what prefilter.py plans for it (the rewritten
text and its first characters) depend only on the pattern, the flags, the interpreter and the
planning code, so they are saved once and read back in later starts.

Safe by construction: the file's name holds a digest of the interpreter's version, the regex
engine's MAGIC and every module of this package (the lexicons and the planner), so a change to
any of them starts a new cache (and the old one is deleted when the new one is saved);
the file holds a SHA-256 of its contents, checked before it is read; a program is only saved when
the pattern built from it compares equal to `re.compile`'s own (a compiled pattern's equality
covers its flags, source and whole program); anything unexpected falls back to `re.compile`.
Written at exit, atomically, unless bytecode writing is off (PYTHONDONTWRITEBYTECODE), as a
.pyc would be; read always.
"""

from __future__ import annotations

import _sre
import atexit
import functools
import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

PlanKey = tuple[str, str, int, str]  # (how, source, flags, given first characters)
PlanEntry = tuple[str, int, str | None]  # (text to compile, flags, first characters)
Program = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]

FORMAT = 1
_HERE = Path(__file__).resolve().parent


class RegexCache:
    """Plans and compiled programs by key, loaded from one file and saved back to it."""

    def __init__(self, path: Path | None) -> None:
        """Read the file at path if it is there and sound; an empty cache otherwise."""
        self.path = path
        self.plans: dict[PlanKey, PlanEntry] = {}
        self.programs: dict[tuple[str, int], Program] = {}
        self.changed = False
        if path is not None:
            self._read(path)

    def _read(self, path: Path) -> None:
        """Load plans and programs when the file is whole; ignore it otherwise."""
        try:
            data = path.read_bytes()
        except OSError:
            return
        digest, payload = data[:32], data[32:]
        if len(digest) != 32 or hashlib.sha256(payload).digest() != digest:
            return
        try:
            version, plans, programs = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return
        if version == FORMAT and isinstance(plans, dict) and isinstance(programs, dict):
            self.plans, self.programs = plans, programs

    def plan(self, key: PlanKey) -> PlanEntry | None:
        """The saved plan for key, if any."""
        how, source, flags, given = key
        return self.plans.get((how, source, int(flags), given))

    def keep_plan(self, key: PlanKey, entry: PlanEntry) -> None:
        """Remember a plan worked out now."""
        how, source, flags, given = key
        text, planned_flags, first = entry
        self.plans[(how, source, int(flags), given)] = (text, int(planned_flags), first)
        self.changed = True

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        """re.compile(pattern, flags), from the saved program when there is one."""
        flags = int(flags)
        program = self.programs.get((pattern, flags))
        if program is not None:
            try:
                return _sre.compile(*program)
            except Exception:  # a bad entry only costs a compile
                del self.programs[(pattern, flags)]
        compiled = re.compile(pattern, flags)
        program = _program(pattern, flags)
        if program is not None and _sre.compile(*program) == compiled:
            self.programs[(pattern, flags)] = program
            self.changed = True
        return compiled

    def save(self) -> None:
        """Write the cache atomically when something was added (errors ignored: a cache)."""
        if self.path is None or not self.changed:
            return
        try:
            payload = marshal.dumps((FORMAT, self.plans, self.programs))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".regexes-")
            with os.fdopen(handle, "wb") as out:
                out.write(hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, self.path)
        except (OSError, ValueError):
            return
        self.changed = False
        # the caches of earlier versions of the lexicons (regexes.TAG.DIGEST.marshal) are of no
        # further use
        parts = self.path.name.split(".")
        if len(parts) == 4:
            for stale in self.path.parent.glob(f"{parts[0]}.{parts[1]}.*.{parts[3]}"):
                if stale != self.path:
                    stale.unlink(missing_ok=True)


def _program(pattern: str, flags: int) -> Program | None:
    """What re's compiler hands the engine for pattern (as re._compiler.compile builds it)."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (
            pattern,
            int(flags | parsed.state.flags),
            [int(word) for word in code],  # opcodes are int subclasses marshal refuses
            int(parsed.state.groups) - 1,
            groupindex,
            tuple(indexgroup),
        )
    except Exception:  # other internals in this interpreter: no cache
        return None


def cache_path() -> Path | None:
    """Where this interpreter and this version of the package keep the cache, beside the
    bytecode."""
    digest = hashlib.sha256()
    digest.update(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{FORMAT}".encode())
    try:
        for module in sorted(_HERE.glob("*.py")):  # 1.2 MB, hashed in ~3 ms
            digest.update(module.name.encode() + b"\0" + module.read_bytes())
    except OSError:
        return None
    prefix = sys.pycache_prefix
    folder = Path(prefix, *_HERE.parts[1:]) if prefix else _HERE / "__pycache__"
    tag = sys.implementation.cache_tag or "python"
    return folder / f"regexes.{tag}.{digest.hexdigest()[:20]}.marshal"


@functools.cache
def regex_cache() -> RegexCache:
    """The process's cache, opened when first needed and saved at exit unless bytecode writing
    is off."""
    cache = RegexCache(cache_path())
    if not sys.dont_write_bytecode:
        atexit.register(cache.save)
    return cache
