"""Message understanding: what a resident's group message asks for, and how urgent it is."""

from domain.understanding.core import understand, with_registered_flat
from domain.understanding.model import (
    Category,
    EmergencyFamily,
    Item,
    Kind,
    Lang,
    Understanding,
)

__all__ = [
    "Category",
    "EmergencyFamily",
    "Item",
    "Kind",
    "Lang",
    "Understanding",
    "understand",
    "with_registered_flat",
]
