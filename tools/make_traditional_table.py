"""Writes domain/understanding/traditional_chars.py from OpenCC's TSCharacters.txt.

OpenCC (Apache-2.0, https://github.com/BYVoid/OpenCC) lists each traditional character with its
simplified forms. Kept: one character for one (the first simplified form), and only characters
that are never a simplified form of anything themselves, so simplified text is left untouched.
The file comes in the opencc-python-reimplemented 0.1.7 wheel (opencc/dictionary/):
    pip download --no-deps opencc-python-reimplemented==0.1.7 && unzip -o *.whl
Usage: python tools/make_traditional_table.py path/to/TSCharacters.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "domain/understanding/traditional_chars.py"
HEADER = '''"""Traditional characters and their simplified forms, generated from OpenCC's
TSCharacters.txt (Apache-2.0) by tools/make_traditional_table.py: do not edit; hand-picked pairs
live in traditional.py."""

# traditional then simplified, pair after pair
PAIRS = (
'''


def main(source: Path) -> None:
    """Read OpenCC's table and write the pairs module."""
    mapping: dict[str, str] = {}
    simplified: set[str] = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        traditional, _, forms = line.partition("\t")
        candidates = forms.split()
        if len(traditional) != 1 or not candidates:
            continue
        simplified.update(candidates)
        if len(candidates[0]) == 1 and candidates[0] != traditional:
            mapping[traditional] = candidates[0]
    # a character that is also some character's simplified form stays as it is (乾 of 乾坤, 著)
    pairs = "".join(t + s for t, s in sorted(mapping.items()) if t not in simplified)
    lines = [f'    "{pairs[i : i + 80]}"' for i in range(0, len(pairs), 80)]
    TARGET.write_text(HEADER + "\n".join(lines) + "\n)\n", encoding="utf-8")
    print(f"{len(pairs) // 2} pairs written to {TARGET}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
