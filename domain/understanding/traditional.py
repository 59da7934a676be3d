"""Traditional characters read as their simplified forms, one character for one (媽媽胸口悶 ->
妈妈胸口闷), so every rule written in simplified Chinese also reads Hong Kong and Taiwan chat.

OpenCC's table (traditional_chars.py, generated) maps every character that is never a simplified
form itself; positions are kept."""

from __future__ import annotations

from domain.understanding.traditional_chars import PAIRS

# Characters OpenCC leaves alone because they are also simplified forms, read here as chat means
# them (乾了 dried, 於 at, 痺 numb, 夥 mate).
_CHAT_PAIRS = "乾干於于痺痹夥伙"

TRADITIONAL = {
    ord(pairs[i]): pairs[i + 1]
    for pairs in (PAIRS, _CHAT_PAIRS)
    for i in range(0, len(pairs), 2)
    if pairs[i] != pairs[i + 1]
}
