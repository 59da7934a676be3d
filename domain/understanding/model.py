"""The result types of message understanding."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from domain.understanding.group_list import GroupList


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


class EmergencyFamily(enum.StrEnum):
    """What kind of emergency a message tells of; it decides the first-aid advice."""

    NOT_BREATHING = "not_breathing"
    """Not breathing, or unresponsive and not breathing normally: CPR guided by 120."""
    UNRESPONSIVE = "unresponsive"
    """Fainted, collapsed, cannot be woken."""
    BREATHING = "breathing"
    """Struggling to breathe (asthma, lips turning blue)."""
    CHOKING = "choking"
    CARDIAC = "cardiac"
    STROKE = "stroke"
    BLEEDING = "bleeding"
    BURN = "burn"
    SEIZURE = "seizure"
    POISONING = "poisoning"
    """Overdose, something harmful swallowed, carbon monoxide."""
    FIRE = "fire"
    GAS = "gas"
    SUICIDE = "suicide"
    LABOUR = "labour"
    FALL = "fall"
    """A fall, or a knock on the head, and the person cannot get up."""
    INFANT_FEVER = "infant_fever"
    """An infant's high fever, or any fever with convulsions."""
    DROWNING = "drowning"
    ELECTRIC_SHOCK = "electric_shock"
    VIOLENCE = "violence"


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
    families: tuple[EmergencyFamily, ...] = ()
    """The emergency families the message tells of, strongest first (emergency or in doubt)."""
    in_doubt: bool = False
    """Not taken as an emergency, but close: the group is asked whether help is needed."""
    group_list: GroupList | None = None
    """A pasted 接龙 (group-buy list) read line by line: a list of households, not one order."""

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
            "families": [str(family) for family in self.families],
            "in_doubt": self.in_doubt,
        } | ({} if self.group_list is None else {"group_list": self.group_list.summary()})
