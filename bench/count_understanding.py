"""Instructions per message of understand(), counted by valgrind: repeatable on a busy machine.

    .venv/bin/python bench/count_understanding.py [--baseline ../other-checkout] [CORPUS]

Wall-clock figures swing with the load other processes put on the machine; the instructions the
CPU runs do not. Each tree is run twice under `valgrind --tool=cachegrind --cache-sim=no`: once
importing understanding and reading the corpus once (the warm-up, which also compiles whatever
is compiled lazily), once doing the same and then reading the corpus --passes more times; the
difference over the messages read is the cost of one message. Also the instructions of the import
and first call (the load). With --baseline, the same is measured for another checkout (e.g. a
`git worktree` or `git archive` of main) in the same run and the ratios are printed.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "messages.dev.jsonl"

# Run in the measured interpreter: import, first call, then warm-up and passes over the corpus.
_CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
mode, passes = sys.argv[3], int(sys.argv[4])
if mode == "bare":
    raise SystemExit(0)
from domain.understanding import understand
understand('3幢2单元501 帮忙买一袋大米 两桶油 十个鸡蛋 体温36.5')
if mode == "load":
    raise SystemExit(0)
with open(sys.argv[2], encoding="utf-8") as lines:
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
for _ in range(1 + passes):
    for text in texts:
        understand(text)
"""
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(tree: Path, corpus: Path, mode: str, passes: int) -> int:
    """Instructions valgrind counts for one run of the child in tree."""
    with tempfile.TemporaryDirectory() as scratch:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=no",
                f"--cachegrind-out-file={scratch}/out",
                sys.executable,
                "-c",
                _CHILD,
                str(tree),
                str(corpus),
                mode,
                str(passes),
            ],
            cwd=tree,
            capture_output=True,
            text=True,
            check=True,
        )
    found = _REFS.search(done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count from valgrind:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def measure(tree: Path, corpus: Path, passes: int, messages: int) -> tuple[float, float]:
    """(instructions per message, instructions of import + first call) for one checkout."""
    # once natively first, so that every counted run finds the byte code already written
    subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(corpus), "load", "0"], check=True)
    bare = instructions(tree, corpus, "bare", 0)
    load = instructions(tree, corpus, "load", 0)
    warm = instructions(tree, corpus, "run", 0)
    run = instructions(tree, corpus, "run", passes)
    return (run - warm) / (passes * messages), float(load - bare)


def main(argv: list[str] | None = None) -> int:
    """Print instructions per message and of the load, with ratios to a baseline when given."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--passes", type=int, default=10, help="passes over the corpus counted")
    parser.add_argument("--baseline", help="another checkout to measure in the same run")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus).resolve()
    with corpus.open(encoding="utf-8") as lines:
        messages = sum(1 for line in lines if line.strip())
    print(f"corpus: {corpus} ({messages} messages, {args.passes} passes counted)")
    ours = measure(REPO, corpus, args.passes, messages)
    print(
        f"this tree: {ours[0]:,.0f} instructions per message, "
        f"import + first call {ours[1] / 1e6:,.1f} M instructions"
    )
    if args.baseline:
        base = measure(Path(args.baseline).resolve(), corpus, args.passes, messages)
        print(
            f"baseline {args.baseline}: {base[0]:,.0f} instructions per message, "
            f"import + first call {base[1] / 1e6:,.1f} M instructions"
        )
        print(
            f"this tree / baseline: {ours[0] / base[0]:.3f} per message "
            f"({base[0] / ours[0]:.2f}x fewer), {ours[1] / base[1]:.3f} for the load"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
