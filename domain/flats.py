"""Flat numbers: find one in free text or parse a /register argument (3幢2单元501 -> 3-2-501)."""

from domain.understanding.flats import find_flat, parse_flat

__all__ = ["find_flat", "parse_flat"]
