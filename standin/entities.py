"""Telegram's text formatting, as the Bot API server applies it.

`parse_html` turns a formatted string into the plain text a user sees plus a list of
MessageEntity dicts (offsets and lengths in UTF-16 code units, as on the wire); `markdown.py`
does the same for MarkdownV2 and legacy Markdown. Errors raise `EntityParseError` carrying the
same wording Telegram's server (tdlib) uses; the caller prefixes "Bad Request: can't parse
entities: ".

`detect_entities` finds what Telegram marks up by itself: /commands, @mentions, #hashtags and
URLs. `finalize_text` trims surrounding whitespace the way Telegram does and keeps the entities
aligned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

Entity = dict[str, Any]

_SPACE = " \t\r\n"
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_HTML_TAGS = {
    "a",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
    "tg-emoji",
}
_TAG_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
}
#: entity types that never contain other entities
_OPAQUE = {"code", "pre"}
#: entity types that the automatic detection must not overlap
_NO_AUTO = {
    "code",
    "pre",
    "text_link",
    "text_mention",
    "url",
    "email",
    "mention",
    "bot_command",
    "hashtag",
    "cashtag",
    "custom_emoji",
}


class EntityParseError(ValueError):
    """Malformed markup; the message is Telegram's text after "can't parse entities: "."""


def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 code units (what Telegram's offsets count)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def utf16_slice(text: str, offset: int, length: int) -> str:
    """The part of `text` an entity with this UTF-16 offset and length covers."""
    data = text.encode("utf-16-le")
    return data[offset * 2 : (offset + length) * 2].decode("utf-16-le", errors="replace")


class TextBuilder:
    """Accumulates output text while tracking the UTF-16 offset."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offset = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.offset += utf16_len(text)

    def text(self) -> str:
        return "".join(self.parts)


def sort_entities(entities: Iterable[Entity]) -> list[Entity]:
    """Telegram's order: by offset, outer (longer) entities first."""
    return sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def _drop_nested_in_opaque(entities: list[Entity]) -> list[Entity]:
    """Remove entities inside code/pre (those cannot contain formatting)."""

    def contains(outer: Entity, inner: Entity) -> bool:
        return (
            outer["offset"] <= inner["offset"]
            and inner["offset"] + inner["length"] <= outer["offset"] + outer["length"]
        )

    kept: list[Entity] = []
    for index, ent in enumerate(entities):
        nested = False
        for other_index, other in enumerate(entities):
            if other_index == index or other["type"] not in _OPAQUE or not contains(other, ent):
                continue
            # an identical span: keep the outer one, which closed later
            if contains(ent, other) and other_index < index:
                continue
            nested = True
            break
        if not nested:
            kept.append(ent)
    return kept


# --------------------------------------------------------------------------------------- HTML


def _decode_html_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode `&...;` at `pos`; returns (character, characters consumed) or None."""
    end = text.find(";", pos + 1, pos + 12)
    if end == -1:
        return None
    name = text[pos + 1 : end]
    if name.startswith("#"):
        digits = name[1:]
        try:
            code = int(digits[1:], 16) if digits[:1] in ("x", "X") else int(digits, 10)
        except ValueError:
            return None
        if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        return chr(code), end - pos + 1
    char = _NAMED_ENTITIES.get(name)
    if char is None:
        return None
    return char, end - pos + 1


@dataclass
class _OpenTag:
    name: str
    argument: str
    offset: int
    byte_pos: int


def parse_html(text: str, *, strict_ampersand: bool = True) -> tuple[str, list[Entity]]:
    """Parse Telegram's HTML subset into (plain text, entities).

    Mirrors tdlib's parser: tags b strong i em u ins s strike del a code pre tg-spoiler
    span.tg-spoiler blockquote[expandable] tg-emoji; entities &lt; &gt; &amp; &quot; and
    numeric ones. A bare `<` is an error. Telegram itself keeps a bare `&` literally; with
    `strict_ampersand` (the default) the stand-in rejects it so unescaped user input shows up
    in tests.
    """
    out = TextBuilder()
    stack: list[_OpenTag] = []
    entities: list[Entity] = []
    n = len(text)
    i = 0
    while i < n:
        char = text[i]
        if char == "&":
            decoded = _decode_html_entity(text, i)
            if decoded is not None:
                out.add(decoded[0])
                i += decoded[1]
                continue
            if strict_ampersand:
                raise EntityParseError(
                    f'Character "&" at byte offset {byte_offset(text, i)} is not a part of an '
                    'HTML entity; escape it as "&amp;"'
                )
            out.add(char)
            i += 1
            continue
        if char != "<":
            # consume a run of ordinary characters at once
            j = i + 1
            while j < n and text[j] not in "<&":
                j += 1
            out.add(text[i:j])
            i = j
            continue

        begin = i
        begin_byte = byte_offset(text, begin)
        i += 1
        if i < n and text[i] == "/":
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {begin_byte}")
            i += 1
            name_start = i
            while i < n and text[i] not in _SPACE and text[i] != ">":
                i += 1
            end_name = text[name_start:i].lower()
            while i < n and text[i] in _SPACE:
                i += 1
            if i >= n or text[i] != ">":
                raise EntityParseError(f"Unclosed end tag at byte offset {begin_byte}")
            i += 1
            opened = stack.pop()
            if end_name and end_name != opened.name:
                raise EntityParseError(
                    f'Unmatched end tag at byte offset {begin_byte}, expected "</{opened.name}>", '
                    f'found "</{end_name}>"'
                )
            _close_tag(opened, stack, entities, out.offset)
            continue

        tag_end = i
        while tag_end < n and text[tag_end] not in _SPACE and text[tag_end] != ">":
            tag_end += 1
        if tag_end >= n:
            raise EntityParseError(f"Unclosed start tag at byte offset {begin_byte}")
        tag_name = text[i:tag_end].lower()
        if tag_name not in _HTML_TAGS:
            raise EntityParseError(
                f'Unsupported start tag "{tag_name}" at byte offset {begin_byte}'
            )
        i = tag_end
        argument = ""
        while True:
            while i < n and text[i] in _SPACE:
                i += 1
            if i >= n:
                raise EntityParseError(f"Unclosed start tag at byte offset {begin_byte}")
            if text[i] == ">":
                i += 1
                break
            attr_start = i
            while i < n and text[i] not in _SPACE and text[i] not in "=>":
                i += 1
            attr_name = text[attr_start:i].lower()
            if not attr_name:
                raise EntityParseError(
                    f'Empty attribute name in the tag "{tag_name}" at byte offset {begin_byte}'
                )
            while i < n and text[i] in _SPACE:
                i += 1
            value: str | None = None
            if i < n and text[i] == "=":
                i += 1
                while i < n and text[i] in _SPACE:
                    i += 1
                if i >= n:
                    raise EntityParseError(
                        f'Unclosed start tag "{tag_name}" at byte offset {begin_byte}'
                    )
                value, i = _attribute_value(text, i, tag_name, begin_byte)
            elif not (tag_name == "blockquote" and attr_name == "expandable"):
                raise EntityParseError(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag_name}" '
                    f"at byte offset {begin_byte}"
                )
            if tag_name == "a" and attr_name == "href":
                argument = value or ""
            elif tag_name == "code" and attr_name == "class" and value:
                if value.startswith("language-"):
                    argument = value[len("language-") :]
            elif tag_name == "span" and attr_name == "class" and value:
                if value.startswith("tg-"):
                    argument = value[len("tg-") :]
            elif tag_name == "tg-emoji" and attr_name == "emoji-id":
                argument = value or ""
            elif tag_name == "blockquote" and attr_name == "expandable":
                argument = "1"
            # other attributes are ignored, as Telegram does
        if tag_name == "span" and argument != "spoiler":
            raise EntityParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {begin_byte}'
            )
        if tag_name == "tg-emoji" and not argument.isdigit():
            raise EntityParseError("Invalid custom emoji identifier specified")
        stack.append(_OpenTag(tag_name, argument, out.offset, begin_byte))

    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    entities = _drop_nested_in_opaque(entities)
    return out.text(), sort_entities(entities)


def _attribute_value(text: str, i: int, tag_name: str, begin_byte: int) -> tuple[str, int]:
    n = len(text)
    if text[i] in "'\"":
        quote = text[i]
        i += 1
        chars: list[str] = []
        while i < n and text[i] != quote:
            if text[i] == "&":
                decoded = _decode_html_entity(text, i)
                if decoded is not None:
                    chars.append(decoded[0])
                    i += decoded[1]
                    continue
            chars.append(text[i])
            i += 1
        if i >= n:
            raise EntityParseError(f"Unclosed start tag at byte offset {begin_byte}")
        return "".join(chars), i + 1
    start = i
    while i < n and (text[i].isalnum() or text[i] in ".-_"):
        i += 1
    if i == start:
        raise EntityParseError(
            f'Expected quote in declaration of an attribute of the tag "{tag_name}" '
            f"at byte offset {begin_byte}"
        )
    return text[start:i], i


def _close_tag(
    opened: _OpenTag, stack: list[_OpenTag], entities: list[Entity], end_offset: int
) -> None:
    length = end_offset - opened.offset
    name = opened.name
    if name == "code" and stack and stack[-1].name == "pre" and stack[-1].offset == opened.offset:
        # <pre><code class="language-x"> is one pre entity with a language
        if opened.argument:
            stack[-1].argument = opened.argument
        return
    if length <= 0:
        return
    entity: Entity
    if name == "a":
        url = opened.argument.strip()
        if not url:
            return
        entity = {"type": "text_link", "offset": opened.offset, "length": length, "url": url}
    elif name == "blockquote":
        kind = "expandable_blockquote" if opened.argument else "blockquote"
        entity = {"type": kind, "offset": opened.offset, "length": length}
    elif name == "tg-emoji":
        entity = {
            "type": "custom_emoji",
            "offset": opened.offset,
            "length": length,
            "custom_emoji_id": opened.argument,
        }
    else:
        entity = {"type": _TAG_ENTITY[name], "offset": opened.offset, "length": length}
        if name == "pre" and opened.argument:
            entity["language"] = opened.argument
    entities.append(entity)


# ------------------------------------------------------------------------ auto-detection

_AUTO_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("url", re.compile(r"(?<![\w@/])(?:https?://|tg://)[^\s<>\"]+", re.IGNORECASE)),
    ("bot_command", re.compile(r"(?<![\w/@])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?!\w)")),
    ("mention", re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{4,32}(?![\w@])")),
    ("hashtag", re.compile(r"(?<![\w#&])#\w*[^\W\d]\w*", re.UNICODE)),
]


def _utf16_prefix(text: str) -> list[int]:
    prefix = [0]
    for ch in text:
        prefix.append(prefix[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return prefix


def detect_entities(text: str, existing: Iterable[Entity] = ()) -> list[Entity]:
    """Entities Telegram adds by itself (commands, mentions, hashtags, URLs).

    Ranges already covered by code, pre, links, or other detected entities are skipped.
    """
    prefix = _utf16_prefix(text)
    taken = [(e["offset"], e["offset"] + e["length"]) for e in existing if e["type"] in _NO_AUTO]
    found: list[Entity] = []
    for kind, pattern in _AUTO_PATTERNS:
        for match in pattern.finditer(text):
            start_idx, end_idx = match.span()
            if kind == "url":
                while end_idx > start_idx and text[end_idx - 1] in ".,;:!?)]}'":
                    end_idx -= 1
            start, end = prefix[start_idx], prefix[end_idx]
            if end <= start or any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            found.append({"type": kind, "offset": start, "length": end - start})
    return found


def finalize_text(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Trim surrounding whitespace as Telegram does and clip entities to the result."""
    stripped_left = text.lstrip()
    lead = utf16_len(text[: len(text) - len(stripped_left)])
    result = stripped_left.rstrip()
    total = utf16_len(result)
    fixed: list[Entity] = []
    for ent in entities:
        start = max(ent["offset"] - lead, 0)
        end = min(ent["offset"] + ent["length"] - lead, total)
        if end > start:
            fixed.append({**ent, "offset": start, "length": end - start})
    return result, sort_entities(fixed)


def clean_entities(raw: Any, text: str) -> list[Entity]:
    """Validate entities passed explicitly by the bot; malformed ones are dropped."""
    if not isinstance(raw, list):
        return []
    total = utf16_len(text)
    cleaned: list[Entity] = []
    for item in raw:
        if not isinstance(item, dict):
            continue
        kind, offset, length = item.get("type"), item.get("offset"), item.get("length")
        if not isinstance(kind, str) or not isinstance(offset, int) or not isinstance(length, int):
            continue
        if offset < 0 or length <= 0 or offset + length > total:
            continue
        cleaned.append({k: v for k, v in item.items() if v is not None})
    return sort_entities(cleaned)
