"""Evaluate understand() against a labeled JSONL corpus: per-field accuracy, emergency recall,
reach recall (the chain or the in-doubt question), the chain's precision and the in-doubt rate."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "messages.dev.jsonl"
FIELDS = ("kind", "category", "flat", "temperature", "lang")
KINDS = ("emergency", "order", "temperature", "other")
# The bars of issue 9: every emergency reaches a human (the chain or the in-doubt question), the
# chain is trusted, and the in-doubt question is rare on messages that are no emergency.
REACH_RECALL_BAR = 1.0
CHAIN_PRECISION_BAR = 0.95
IN_DOUBT_RATE_BAR = 0.03


@dataclass(frozen=True)
class Miss:
    """One message where at least one field differs from its label."""

    id: str
    text: str
    diffs: dict[str, tuple[Any, Any]]  # field -> (expected, got)


@dataclass
class EvaluationReport:
    """Accuracy per field, emergency recall/precision, kind confusion and the misses."""

    total: int = 0
    correct: Counter[str] = field(default_factory=Counter)
    orders: int = 0
    order_category_correct: int = 0
    true_emergencies: int = 0
    predicted_emergencies: int = 0
    caught_emergencies: int = 0
    reached_emergencies: int = 0  # taken as an emergency or in doubt
    calm_messages: int = 0  # labeled anything but an emergency
    calm_in_doubt: int = 0  # of those, asked whether help is needed
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)
    doubted: list[Miss] = field(default_factory=list)  # non-emergencies asked the question

    def accuracy(self, name: str) -> float:
        """Share of messages whose field matches the label (category: among orders)."""
        if name == "category":
            return self.order_category_correct / self.orders if self.orders else 1.0
        return self.correct[name] / self.total if self.total else 1.0

    @property
    def emergency_recall(self) -> float:
        """Share of labeled emergencies flagged as emergencies."""
        if not self.true_emergencies:
            return 1.0
        return self.caught_emergencies / self.true_emergencies

    @property
    def emergency_precision(self) -> float:
        """Share of flagged emergencies that are labeled emergencies."""
        if not self.predicted_emergencies:
            return 1.0 if not self.true_emergencies else 0.0
        return self.caught_emergencies / self.predicted_emergencies

    @property
    def reach_recall(self) -> float:
        """Share of labeled emergencies that reach a human: the chain or the in-doubt question."""
        if not self.true_emergencies:
            return 1.0
        return self.reached_emergencies / self.true_emergencies

    @property
    def in_doubt_rate(self) -> float:
        """Share of messages labeled other than emergency that get the in-doubt question."""
        return self.calm_in_doubt / self.calm_messages if self.calm_messages else 0.0

    def render(self) -> str:
        """A human-readable report."""
        lines = [f"messages: {self.total}"]
        labels = {
            "kind": "kind",
            "category": f"category (on {self.orders} orders)",
            "flat": "flat exact",
            "temperature": "temperature exact",
            "lang": "lang",
        }
        for name in FIELDS:
            lines.append(f"  {labels[name]:<28} {self.accuracy(name):7.2%}")
        lines.append(
            f"  {'emergency recall':<28} {self.emergency_recall:7.2%}"
            f"  ({self.caught_emergencies}/{self.true_emergencies})"
        )
        lines.append(
            f"  {'emergency precision':<28} {self.emergency_precision:7.2%}"
            f"  ({self.caught_emergencies}/{self.predicted_emergencies})"
        )
        lines.append(
            f"  {'reach recall':<28} {self.reach_recall:7.2%}"
            f"  ({self.reached_emergencies}/{self.true_emergencies})"
            f"  bar {REACH_RECALL_BAR:.2f}"
        )
        lines.append(
            f"  {'chain precision':<28} {self.emergency_precision:7.2%}"
            f"  ({self.caught_emergencies}/{self.predicted_emergencies})"
            f"  bar >= {CHAIN_PRECISION_BAR:.2f}"
        )
        lines.append(
            f"  {'in doubt on non-emergencies':<28} {self.in_doubt_rate:7.2%}"
            f"  ({self.calm_in_doubt}/{self.calm_messages})"
            f"  bar <= {IN_DOUBT_RATE_BAR:.0%}"
        )
        lines.append("")
        lines.append("kind confusion (rows: label, columns: predicted)")
        lines.append(f"  {'':<12}" + "".join(f"{kind:>12}" for kind in KINDS))
        for expected in KINDS:
            row = "".join(f"{self.confusion[(expected, got)]:>12}" for got in KINDS)
            lines.append(f"  {expected:<12}{row}")
        lines.append("")
        lines.append(f"misclassified: {len(self.misses)}")
        for miss in self.misses:
            diffs = ", ".join(
                f"{name}: want {want!r} got {got!r}" for name, (want, got) in miss.diffs.items()
            )
            lines.append(f"  {miss.id}  {miss.text}")
            lines.append(f"        {diffs}")
        if self.doubted:
            lines.append("")
            lines.append(f"in doubt, labeled no emergency: {len(self.doubted)}")
            lines.extend(f"  {miss.id}  {miss.text}" for miss in self.doubted)
        return "\n".join(lines)


def _same(name: str, expected: Any, got: Any) -> bool:
    """Field equality; temperatures compare to the tenth of a degree."""
    if name == "temperature" and expected is not None and got is not None:
        return abs(float(expected) - float(got)) < 1e-6
    return bool(expected == got)


def evaluate(path: str | Path = DEFAULT_CORPUS) -> EvaluationReport:
    """Run understand() over every labeled line of a JSONL corpus."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from domain.understanding import understand

    report = EvaluationReport()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            label = json.loads(line)
            got = understand(label["text"]).to_dict()
            report.total += 1
            diffs: dict[str, tuple[Any, Any]] = {}
            for name in FIELDS:
                if _same(name, label.get(name), got[name]):
                    report.correct[name] += 1
                else:
                    diffs[name] = (label.get(name), got[name])
            if label["kind"] == "order":
                report.orders += 1
                report.order_category_correct += got["category"] == label.get("category")
            is_emergency = label["kind"] == "emergency"
            flagged = got["kind"] == "emergency"
            report.true_emergencies += is_emergency
            report.predicted_emergencies += flagged
            report.caught_emergencies += is_emergency and flagged
            in_doubt = not flagged and bool(got["in_doubt"])
            report.reached_emergencies += is_emergency and (flagged or in_doubt)
            report.calm_messages += not is_emergency
            report.calm_in_doubt += not is_emergency and in_doubt
            report.confusion[(label["kind"], got["kind"])] += 1
            if in_doubt and not is_emergency:
                report.doubted.append(Miss(str(label.get("id")), label["text"], {}))
            if diffs:
                report.misses.append(Miss(str(label.get("id")), label["text"], diffs))
    return report


def main(argv: list[str] | None = None) -> int:
    """Print the report for a corpus (default: the shared dev corpus)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="labeled JSONL")
    args = parser.parse_args(argv)
    print(evaluate(args.corpus).render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
