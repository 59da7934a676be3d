"""Benchmark understand(): fresh-interpreter load time and single-process throughput."""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "messages.dev.jsonl"
LOAD_BAR_SECONDS = 0.5
THROUGHPUT_BAR = 5000.0  # issue 9: on one core

_LOAD_PROBE = (
    "import time; t = time.perf_counter(); "
    "from domain.understanding import understand; "
    "understand('3幢2单元501 帮忙买一袋大米 两桶油 十个鸡蛋 体温36.5'); "
    "print(time.perf_counter() - t)"
)
_EMPTY_PROBE = "import time; t = time.perf_counter(); print(time.perf_counter() - t)"

# The baseline: the naive classifier one would write first, one regex per kind.
_NAIVE_EMERGENCY = re.compile(r"救命|胸痛|晕倒|着火|ambulance|can't breathe|unconscious")
_NAIVE_ORDER = re.compile(r"帮忙|麻烦|买|need|please|can someone|could someone")
_NAIVE_TEMPERATURE = re.compile(r"3[5-9]\.\d")


def naive_classify(text: str) -> str:
    """A single-pass keyword classifier used as the speed baseline."""
    if _NAIVE_EMERGENCY.search(text):
        return "emergency"
    if _NAIVE_ORDER.search(text):
        return "order"
    if _NAIVE_TEMPERATURE.search(text):
        return "temperature"
    return "other"


def load_seconds(runs: int) -> tuple[float, float, float, float]:
    """Import + first call in fresh interpreters, the modules' bytecode cached as a deployed
    service has it after its first start (a private PYTHONPYCACHEPREFIX, whatever
    PYTHONDONTWRITEBYTECODE says here): (median, min, wall median incl. startup, the first run,
    which compiled the sources)."""
    inner: list[float] = []
    walls: list[float] = []
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        first = _load_once(env)[0]
        for _ in range(runs):
            seconds, wall = _load_once(env)
            inner.append(seconds)
            walls.append(wall)
    return statistics.median(inner), min(inner), statistics.median(walls), first


def _load_once(env: dict[str, str]) -> tuple[float, float]:
    """(import + first call, the subprocess's wall time) in one fresh interpreter."""
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _LOAD_PROBE],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip()), time.perf_counter() - started


def interpreter_seconds(runs: int) -> float:
    """Median wall time of a bare interpreter start, for comparison."""
    walls = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", _EMPTY_PROBE], capture_output=True, check=True)
        walls.append(time.perf_counter() - started)
    return statistics.median(walls)


def throughput(function: Callable[[str], object], texts: list[str], rounds: int) -> float:
    """Best messages per second over a few rounds."""
    best = 0.0
    for _ in range(rounds):
        started = time.perf_counter()
        for text in texts:
            function(text)
        elapsed = time.perf_counter() - started
        best = max(best, len(texts) / elapsed)
    return best


def main(argv: list[str] | None = None) -> int:
    """Print load time and throughput with their ratios to the baseline and the bars."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--messages", type=int, default=20000, help="messages per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--load-runs", type=int, default=5)
    args = parser.parse_args(argv)
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from domain.understanding import understand

    with open(args.corpus, encoding="utf-8") as lines:
        corpus = [json.loads(line)["text"] for line in lines if line.strip()]
    texts = (corpus * (args.messages // max(len(corpus), 1) + 1))[: args.messages]

    load_median, load_min, wall, first = load_seconds(args.load_runs)
    bare = interpreter_seconds(args.load_runs)
    understand(corpus[0])  # warm up in this process too
    ours = throughput(understand, texts, args.rounds)
    baseline = throughput(naive_classify, texts, args.rounds)

    print(f"corpus: {args.corpus} ({len(corpus)} messages, repeated to {len(texts)})")
    print(
        f"load, import + first call (fresh interpreter, bytecode cached): median "
        f"{load_median * 1000:.1f} ms, min {load_min * 1000:.1f} ms -> "
        f"{load_median / LOAD_BAR_SECONDS:.0%} of the {LOAD_BAR_SECONDS:.1f} s bar"
    )
    print(f"  the first start, compiling the sources: {first * 1000:.1f} ms")
    print(
        f"  whole subprocess wall time {wall * 1000:.1f} ms "
        f"(bare interpreter start {bare * 1000:.1f} ms)"
    )
    print(
        f"throughput understand(): {ours:,.0f} msg/s -> {ours / THROUGHPUT_BAR:.1f}x the "
        f"{THROUGHPUT_BAR:,.0f} msg/s bar ({1e6 / ours:.0f} us per message)"
    )
    print(
        f"throughput baseline (single-regex keyword classifier): {baseline:,.0f} msg/s -> "
        f"understand() runs at {ours / baseline:.3f}x the baseline "
        f"({baseline / ours:.0f}x slower)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
