"""The result types of message understanding."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Literal


class Kind(enum.StrEnum):
    """What a group message is."""

    ORDER = "order"
    EMERGENCY = "emergency"
    TEMPERATURE = "temperature"
    OTHER = "other"


class Category(enum.StrEnum):
    """What an order is for."""

    GROCERIES = "groceries"
    MEDICINE = "medicine"
    GARBAGE = "garbage"
    ERRAND = "errand"
    REPAIR = "repair"
    MEDICAL = "medical"


Lang = Literal["zh", "en"]


@dataclass(frozen=True)
class Item:
    """One thing asked for: 大米 ×1 袋, eggs ×12."""

    name: str
    quantity: float | int | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Understanding:
    """What the bot understood from one message, with the evidence for it."""

    kind: Kind
    category: Category | None = None
    flat: str | None = None
    temperature: float | None = None
    lang: Lang = "zh"
    items: tuple[Item, ...] = ()
    evidence: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "kind": str(self.kind),
            "category": None if self.category is None else str(self.category),
            "flat": self.flat,
            "temperature": self.temperature,
            "lang": self.lang,
            "items": [
                {"name": item.name, "quantity": item.quantity, "unit": item.unit}
                for item in self.items
            ],
            "evidence": list(self.evidence),
        }
