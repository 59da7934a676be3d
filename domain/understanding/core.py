"""understand(): one message in, one Understanding out (provisional: flats only)."""

from __future__ import annotations

from domain.understanding.flats import find_flat_normalized
from domain.understanding.model import Kind, Understanding
from domain.understanding.text import normalize


def understand(text: str, registered_flat: str | None = None) -> Understanding:
    """Read a group message: kind, category, flat, temperature, language, items, evidence."""
    found = find_flat_normalized(normalize(text if isinstance(text, str) else ""))
    flat = found[0] if found else registered_flat
    return Understanding(kind=Kind.OTHER, flat=flat)
