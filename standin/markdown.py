"""Telegram's MarkdownV2 and legacy Markdown, as the Bot API server parses them.

Both return the plain text a user sees plus MessageEntity dicts (UTF-16 offsets); errors raise
`EntityParseError` with tdlib's wording, like the HTML parser in `entities.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from standin.entities import (
    Entity,
    EntityParseError,
    TextBuilder,
    byte_offset,
    sort_entities,
)

# --------------------------------------------------------------------------------- MarkdownV2

_MDV2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_MDV2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "text_link": "TextUrl",
}


@dataclass
class _MdOpen:
    kind: str
    offset: int
    byte_pos: int


def parse_markdown_v2(text: str) -> tuple[str, list[Entity]]:
    """Parse MarkdownV2 (bold, italic, underline, strike, spoiler, code, pre, links, quotes)."""
    out = TextBuilder()
    stack: list[_MdOpen] = []
    entities: list[Entity] = []
    quote_start: int | None = None
    n = len(text)
    i = 0
    while i < n:
        char = text[i]
        at_line_start = i == 0 or text[i - 1] == "\n"
        if at_line_start and char == ">":
            if quote_start is None:
                quote_start = out.offset
            i += 1
            continue
        if at_line_start and quote_start is not None and i > 0:
            # previous line was quoted, this one is not: the quote ended before the newline
            entities.append(
                {
                    "type": "blockquote",
                    "offset": quote_start,
                    "length": out.offset - 1 - quote_start,
                }
            )
            quote_start = None
        if char == "\\" and i + 1 < n and ord(text[i + 1]) < 127:
            out.add(text[i + 1])
            i += 2
            continue
        if char == "`":
            i = _markdown_v2_code(text, i, out, entities)
            continue
        top = stack[-1].kind if stack else None
        if char == "]" and any(o.kind == "text_link" for o in stack):
            opened = stack.pop()
            if opened.kind != "text_link":
                raise EntityParseError(
                    f"Can't find end of {_MDV2_NAMES[opened.kind]} entity at byte offset "
                    f"{opened.byte_pos}"
                )
            i += 1
            url = ""
            if i < n and text[i] == "(":
                i += 1
                chars: list[str] = []
                while i < n and text[i] != ")":
                    if text[i] == "\\" and i + 1 < n:
                        i += 1
                    chars.append(text[i])
                    i += 1
                if i >= n:
                    raise EntityParseError(
                        f"Can't find end of a url at byte offset {byte_offset(text, i)}"
                    )
                i += 1
                url = "".join(chars)
            length = out.offset - opened.offset
            if url and length > 0:
                entities.append(
                    {"type": "text_link", "offset": opened.offset, "length": length, "url": url}
                )
            continue
        kind: str | None = None
        width = 1
        if char == "*":
            kind = "bold"
        elif char == "~":
            kind = "strikethrough"
        elif char == "|" and text[i : i + 2] == "||":
            kind, width = "spoiler", 2
        elif char == "_":
            if text[i : i + 2] == "__" and top != "italic":
                kind, width = "underline", 2
            else:
                kind = "italic"
        elif char == "[":
            kind = "text_link"
        if kind is None:
            if char in _MDV2_RESERVED:
                raise EntityParseError(
                    f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
                )
            j = i + 1
            while (
                char != "\n" and j < n and text[j] not in _MDV2_RESERVED and text[j] not in "\\\n"
            ):
                j += 1
            out.add(text[i:j])
            i = j
            continue
        if kind != "text_link" and top == kind:
            opened = stack.pop()
            length = out.offset - opened.offset
            if length > 0:
                entities.append({"type": kind, "offset": opened.offset, "length": length})
        else:
            stack.append(_MdOpen(kind, out.offset, byte_offset(text, i)))
        i += width
    if stack:
        opened = stack[-1]
        raise EntityParseError(
            f"Can't find end of {_MDV2_NAMES[opened.kind]} entity at byte offset {opened.byte_pos}"
        )
    if quote_start is not None and out.offset > quote_start:
        entities.append(
            {"type": "blockquote", "offset": quote_start, "length": out.offset - quote_start}
        )
    return out.text(), sort_entities(entities)


def _markdown_v2_code(text: str, i: int, out: TextBuilder, entities: list[Entity]) -> int:
    n = len(text)
    begin_byte = byte_offset(text, i)
    is_pre = text[i : i + 3] == "```"
    i += 3 if is_pre else 1
    language = ""
    if is_pre:
        newline = text.find("\n", i)
        closing = text.find("```", i)
        if newline != -1 and (closing == -1 or newline < closing):
            first_line = text[i:newline]
            if first_line and not any(c in first_line for c in " `\\"):
                language = first_line
                i = newline + 1
    start = out.offset
    chars: list[str] = []
    while True:
        if i >= n:
            kind = "Pre" if is_pre else "Code"
            raise EntityParseError(f"Can't find end of {kind} entity at byte offset {begin_byte}")
        if text[i] == "\\" and i + 1 < n and text[i + 1] in "`\\":
            chars.append(text[i + 1])
            i += 2
            continue
        if is_pre and text[i : i + 3] == "```":
            i += 3
            break
        if not is_pre and text[i] == "`":
            i += 1
            break
        chars.append(text[i])
        i += 1
    out.add("".join(chars))
    length = out.offset - start
    if length > 0:
        entity: Entity = {"type": "pre" if is_pre else "code", "offset": start, "length": length}
        if language:
            entity["language"] = language
        entities.append(entity)
    return i


# ------------------------------------------------------------------------- legacy Markdown


def parse_markdown(text: str) -> tuple[str, list[Entity]]:
    """Parse legacy Markdown: *bold* _italic_ `code` ```pre``` [text](url), no nesting."""
    out = TextBuilder()
    entities: list[Entity] = []
    n = len(text)
    i = 0
    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n and text[i + 1] in "_*`[":
            out.add(text[i + 1])
            i += 2
            continue
        if char not in "_*`[":
            out.add(char)
            i += 1
            continue
        begin_byte = byte_offset(text, i)
        error = EntityParseError(
            f"Can't find end of the entity starting at byte offset {begin_byte}"
        )
        start = out.offset
        if char == "[":
            close = text.find("]", i + 1)
            if close == -1:
                raise error
            label = text[i + 1 : close]
            out.add(label)
            i = close + 1
            if i < n and text[i] == "(":
                end = text.find(")", i + 1)
                if end == -1:
                    raise error
                url = text[i + 1 : end]
                i = end + 1
                if url and out.offset > start:
                    entities.append(
                        {
                            "type": "text_link",
                            "offset": start,
                            "length": out.offset - start,
                            "url": url,
                        }
                    )
            continue
        if text[i : i + 3] == "```":
            end = text.find("```", i + 3)
            if end == -1:
                raise error
            body = text[i + 3 : end]
            language = ""
            first, sep, rest = body.partition("\n")
            if sep and first and " " not in first:
                language, body = first, rest
            out.add(body)
            if out.offset > start:
                entity: Entity = {"type": "pre", "offset": start, "length": out.offset - start}
                if language:
                    entity["language"] = language
                entities.append(entity)
            i = end + 3
            continue
        end = text.find(char, i + 1)
        if end == -1:
            raise error
        out.add(text[i + 1 : end])
        kind = {"*": "bold", "_": "italic", "`": "code"}[char]
        if out.offset > start:
            entities.append({"type": kind, "offset": start, "length": out.offset - start})
        i = end + 1
    return out.text(), sort_entities(entities)
