"""Offline experiment: a character 1-3-gram logistic regression as a recall net for emergencies.

Pure Python and the standard library. Trains emergency-vs-not on the labeled corpora and, by
leave-one-set-out, measures on each held-out file the emergency recall and precision of
  (a) the rules alone, and
  (b) the rules OR (model probability >= threshold AND none of the rules' calm voids applies),
with the threshold chosen on the training files only (by inner group cross-validation).

The rules were fixed on every one of these files, so today's rules are in-sample everywhere. The
honest baseline is the rules as they were when a file arrived (the commit that added it, before
any fix); that is measured too, in a fresh interpreter per file, from `git archive`.

    .venv/bin/python tools/train_emergency_model.py            # the table
    .venv/bin/python tools/train_emergency_model.py --save     # also ship a model on all files
"""

from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from domain.understanding.emergency import assess  # noqa: E402
from domain.understanding.emergency_net import voids_net  # noqa: E402
from domain.understanding.flats import find_flat_normalized  # noqa: E402
from domain.understanding.temperature import find_readings  # noqa: E402
from domain.understanding.text import Segments, normalize  # noqa: E402

DEV_CORPUS = REPO.parent / "shared" / "corpus" / "messages.dev.jsonl"
DATA = REPO / "tests" / "data"
MODEL_PATH = REPO / "domain" / "understanding" / "data" / "emergency_ngrams.json"
EPOCHS = 6
RATE = 0.5
INNER_FOLDS = 4
# Pooled over the training files, and per training file with 10+ emergencies (or the rules' own
# precision there when lower): a wide margin over the 0.95 bar (0.96 let 1-2 extra alarms
# through per held-out file; 0.985 costs ~3 points of the recall gain and adds 3 in ~3,000).
PRECISION_FLOOR = 0.985
KEEP = 20000  # n-grams kept in the shipped table, by weight
# For each file, the commit whose code had not yet seen it (probe 9 was added with its fixes).
FIRST_SEEN = {
    "emergency_probe9": "cf8facb^",
}


@dataclass
class Message:
    """One labeled message with what the rules say about it."""

    id: str
    text: str
    emergency: bool
    features: list[str]
    rules: bool = False
    calm: bool = False
    old_rules: bool | None = None


def ngrams(text: str) -> list[str]:
    """Character 1-3-grams of normalized text, digits folded to 0, with edge markers."""
    folded = "".join("0" if ch.isdigit() else ch for ch in normalize(text))
    padded = f"\x02{folded}\x03"
    grams = {padded[i : i + n] for n in (1, 2, 3) for i in range(len(padded) - n + 1)}
    grams.discard("\x02")
    grams.discard("\x03")
    return sorted(grams)


def load(path: Path) -> list[Message]:
    """A corpus file as messages."""
    messages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            text = row["text"]
            messages.append(Message(row["id"], text, row["kind"] == "emergency", ngrams(text)))
    return messages


def judge_rules(messages: list[Message]) -> None:
    """The rules' verdict, and whether a calm reading voids the model for the message."""
    for message in messages:
        text = normalize(message.text)
        segments = Segments(text)
        found = find_flat_normalized(text)
        readings = find_readings(text, segments, [(found[1], found[2])] if found else [])
        assessment = assess(text, segments, readings)
        urgent, evidence = assessment.urgent, assessment.evidence
        message.rules = urgent
        # when not urgent, every evidence entry is a trigger the rules defused (negated:, past:,
        # joke:, hypothetical:, news:, notice:, …): the same calm reading voids the model. When
        # urgent (today's rules know the wording), only the message-level calm readings count,
        # so that the rules as first seen are not helped by today's triggers.
        message.calm = (not urgent and bool(evidence)) or voids_net(text)


_OLD_PROBE = """
import json, sys
from domain.understanding import understand
out = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        row = json.loads(line)
        out[row["id"]] = understand(row["text"]).kind == "emergency"
print(json.dumps(out))
"""


def judge_old_rules(name: str, path: Path, messages: list[Message]) -> bool:
    """The rules as they were when the file arrived; False when there is no such commit."""
    commit = FIRST_SEEN.get(name)
    if commit is None and not path.is_relative_to(REPO):
        return False  # the shared dev corpus: the rules were written against it from the start
    if commit is None:
        added = subprocess.run(
            ["git", "log", "--diff-filter=A", "--format=%h", "--", str(path.relative_to(REPO))],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        if not added:
            return False
        commit = added[-1]
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "archive", commit, "domain"], cwd=REPO, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        done = subprocess.run(
            [sys.executable, "-c", _OLD_PROBE, str(path)],
            cwd=tmp,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin"},
        )
    verdicts = json.loads(done.stdout)
    for message in messages:
        message.old_rules = verdicts[message.id]
    return True


class Model:
    """Logistic regression on binary n-gram features scaled by 1/sqrt(count)."""

    def __init__(self, weights: dict[str, float], bias: float) -> None:
        self.weights = weights
        self.bias = bias

    def prob(self, features: list[str]) -> float:
        scale = 1.0 / math.sqrt(len(features) or 1)
        get = self.weights.get
        z = self.bias + scale * sum(get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(messages: list[Message], seed: int = 7) -> Model:
    """SGD with AdaGrad steps, positives weighted to balance the classes."""
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_sq = 0.0, 1.0
    positives = sum(m.emergency for m in messages) or 1
    pos_weight = (len(messages) - positives) / positives
    order = list(messages)
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for m in order:
            feats = m.features
            scale = 1.0 / math.sqrt(len(feats) or 1)
            z = bias + scale * sum(weights.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            y = 1.0 if m.emergency else 0.0
            g = (p - y) * (pos_weight if m.emergency else 1.0)
            gf = g * scale
            for f in feats:
                sq = squares.get(f, 1e-6) + gf * gf
                squares[f] = sq
                weights[f] = weights.get(f, 0.0) - RATE * gf / math.sqrt(sq)
            bias_sq += g * g
            bias -= RATE * g / math.sqrt(bias_sq)
    return Model(weights, bias)


def combined(m: Message, p: float, threshold: float, old: bool = False) -> bool:
    """Rules OR (model AND no calm void)."""
    rules = bool(m.old_rules) if old else m.rules
    return rules or (p >= threshold and not m.calm)


def scores(messages: list[Message], flags: list[bool]) -> tuple[float, float, int, int]:
    """Recall, precision, caught, flagged."""
    true = sum(m.emergency for m in messages)
    flagged = sum(flags)
    caught = sum(f and m.emergency for m, f in zip(messages, flags, strict=True))
    recall = caught / true if true else 1.0
    precision = caught / flagged if flagged else 1.0
    return recall, precision, caught, flagged


def choose_threshold(files: dict[str, list[Message]]) -> float:
    """The lowest threshold whose extra alarms keep precision >= PRECISION_FLOOR on every
    training file, from out-of-fold probabilities (inner folds group whole files)."""
    names = sorted(files)
    groups = [names[i::INNER_FOLDS] for i in range(INNER_FOLDS)]
    oof: dict[str, list[float]] = {}
    for group in groups:
        model = train([m for n in names if n not in group for m in files[n]])
        for n in group:
            oof[n] = [model.prob(m.features) for m in files[n]]
    for step in range(50, 100):
        threshold = step / 100
        flagged = caught = 0
        ok = True
        for n in names:
            flags = [combined(m, p, threshold) for m, p in zip(files[n], oof[n], strict=True)]
            _, precision, file_caught, file_flagged = scores(files[n], flags)
            caught, flagged = caught + file_caught, flagged + file_flagged
            floor = min(PRECISION_FLOOR, scores(files[n], [m.rules for m in files[n]])[1])
            if sum(m.emergency for m in files[n]) >= 10 and precision < floor:
                ok = False
        if ok and caught >= PRECISION_FLOOR * flagged:
            return threshold
    return 1.01


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--save", action="store_true", help="train on all files and save")
    args = parser.parse_args()
    paths = {p.stem: p for p in sorted(DATA.glob("*.jsonl"))}
    if DEV_CORPUS.is_file():
        paths["dev"] = DEV_CORPUS
    files = {name: load(path) for name, path in paths.items()}
    for messages in files.values():
        judge_rules(messages)
    history = {name: judge_old_rules(name, paths[name], files[name]) for name in files}

    header = (
        f"{'held-out':<18}{'emerg':>6}{'thr':>6} | {'rules R':>8}{'P':>7} | {'+model R':>8}"
        f"{'P':>7} || {'old rules R':>11}{'P':>7} | {'+model R':>8}{'P':>7}"
    )
    print(header)
    print("-" * len(header))
    gains, old_gains = [], []
    for name in files:
        held = files[name]
        rest = {n: ms for n, ms in files.items() if n != name}
        threshold = choose_threshold(rest)
        model = train([m for ms in rest.values() for m in ms])
        probs = [model.prob(m.features) for m in held]
        a = scores(held, [m.rules for m in held])
        b = scores(held, [combined(m, p, threshold) for m, p in zip(held, probs, strict=True)])
        true = sum(m.emergency for m in held)
        line = (
            f"{name:<18}{true:>6}{threshold:>6.2f} | {a[0]:>8.1%}{a[1]:>7.1%} | "
            f"{b[0]:>8.1%}{b[1]:>7.1%}"
        )
        if true:
            gains.append(b[0] - a[0])
        if history[name]:
            c = scores(held, [bool(m.old_rules) for m in held])
            d = scores(
                held,
                [combined(m, p, threshold, old=True) for m, p in zip(held, probs, strict=True)],
            )
            missed = [
                (m, p) for m, p in zip(held, probs, strict=True) if m.emergency and not m.old_rules
            ]
            raw = sum(p >= threshold for _, p in missed)
            line += f" || {c[0]:>11.1%}{c[1]:>7.1%} | {d[0]:>8.1%}{d[1]:>7.1%}"
            line += f" | model alone {raw}/{len(missed)}"
            line += (
                f" | extra false alarms {b[3] - b[2] - (a[3] - a[2])}/{d[3] - d[2] - (c[3] - c[2])}"
            )
            if true:
                old_gains.append((d[0] - c[0], d[1]))
        else:
            line += f" || {'n/a':>11}{'':>7} | {'n/a':>8}"
        print(line, flush=True)
    print(f"\nmean recall gain, today's rules: {sum(gains) / len(gains):+.1%} over {len(gains)}")
    if old_gains:
        mean = sum(g for g, _ in old_gains) / len(old_gains)
        worst = min(p for _, p in old_gains)
        print(
            f"mean recall gain, rules as first seen: {mean:+.1%} over {len(old_gains)} files;"
            f" worst precision with the model {worst:.1%}"
        )
    if args.save:
        model = train([m for ms in files.values() for m in ms])
        threshold = choose_threshold(files)
        kept = sorted(model.weights.items(), key=lambda kv: -abs(kv[1]))[:KEEP]
        MODEL_PATH.parent.mkdir(exist_ok=True)
        MODEL_PATH.write_text(
            json.dumps(
                {
                    "bias": round(model.bias, 4),
                    "threshold": threshold,
                    "weights": {k: round(v, 3) for k, v in kept},
                },
                ensure_ascii=False,
                separators=(",", ":"),
            ),
            encoding="utf-8",
        )
        print(f"saved {len(kept)} n-grams, threshold {threshold:.2f} to {MODEL_PATH}")


if __name__ == "__main__":
    main()
