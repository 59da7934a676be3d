"""The stand-in's Telegram formatting parsers: HTML (mainly), MarkdownV2, auto-detection."""

from __future__ import annotations

import pytest

from standin.entities import (
    EntityParseError,
    detect_entities,
    finalize_text,
    parse_html,
    utf16_len,
    utf16_slice,
)
from standin.markdown import parse_markdown, parse_markdown_v2


def kinds(entities: list[dict[str, object]]) -> list[tuple[object, object, object]]:
    return [(e["type"], e["offset"], e["length"]) for e in entities]


# ------------------------------------------------------------------------------ HTML: entities


def test_plain_text_passes_through() -> None:
    assert parse_html("3号楼 needs rice") == ("3号楼 needs rice", [])


@pytest.mark.parametrize(
    ("tag", "kind"),
    [
        ("b", "bold"),
        ("strong", "bold"),
        ("i", "italic"),
        ("em", "italic"),
        ("u", "underline"),
        ("ins", "underline"),
        ("s", "strikethrough"),
        ("strike", "strikethrough"),
        ("del", "strikethrough"),
        ("code", "code"),
        ("pre", "pre"),
        ("tg-spoiler", "spoiler"),
        ("blockquote", "blockquote"),
    ],
)
def test_each_supported_tag(tag: str, kind: str) -> None:
    text, entities = parse_html(f"x <{tag}>word</{tag}> y")
    assert text == "x word y"
    assert kinds(entities) == [(kind, 2, 4)]


def test_tags_are_case_insensitive() -> None:
    assert kinds(parse_html("<B>x</B>")[1]) == [("bold", 0, 1)]


def test_nested_entities_outer_first() -> None:
    text, entities = parse_html("<b>bold <i>both</i></b> <u>u</u>")
    assert text == "bold both u"
    assert kinds(entities) == [("bold", 0, 9), ("italic", 5, 4), ("underline", 10, 1)]


def test_offsets_count_utf16_code_units() -> None:
    # 😀 is outside the BMP: two UTF-16 code units; Chinese characters are one each.
    text, entities = parse_html("😀王<b>阿姨</b>")
    assert text == "😀王阿姨"
    assert kinds(entities) == [("bold", 3, 2)]
    assert utf16_slice(text, 3, 2) == "阿姨"


def test_link_spoiler_span_quote_and_custom_emoji() -> None:
    text, entities = parse_html(
        '<a href="https://example.org/?a=1&amp;b=2">site</a> '
        '<span class="tg-spoiler">secret</span> '
        "<blockquote expandable>long</blockquote> "
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
    )
    assert text == "site secret long 👍"
    assert entities == [
        {"type": "text_link", "offset": 0, "length": 4, "url": "https://example.org/?a=1&b=2"},
        {"type": "spoiler", "offset": 5, "length": 6},
        {"type": "expandable_blockquote", "offset": 12, "length": 4},
        {
            "type": "custom_emoji",
            "offset": 17,
            "length": 2,
            "custom_emoji_id": "5368324170671202286",
        },
    ]


def test_pre_with_code_language_is_one_entity() -> None:
    text, entities = parse_html('<pre><code class="language-python">x = 1</code></pre>')
    assert text == "x = 1"
    assert entities == [{"type": "pre", "offset": 0, "length": 5, "language": "python"}]


def test_formatting_inside_code_is_dropped() -> None:
    text, entities = parse_html("<code>a <b>b</b></code>")
    assert text == "a b"
    assert kinds(entities) == [("code", 0, 3)]


def test_unquoted_attribute_and_ignored_attributes() -> None:
    text, entities = parse_html('<a href=https title="t">x</a><b class="c">y</b>')
    assert text == "xy"
    assert entities[0]["url"] == "https"
    assert kinds(entities) == [("text_link", 0, 1), ("bold", 1, 1)]


def test_empty_tags_make_no_entity() -> None:
    assert parse_html("a<b></b>b") == ("ab", [])


def test_link_without_href_makes_no_entity() -> None:
    assert parse_html("<a>plain</a>") == ("plain", [])


# ------------------------------------------------------------------------------- HTML: escapes


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("&lt;b&gt;", "<b>"),
        ("&amp;", "&"),
        ("&quot;hi&quot;", '"hi"'),
        ("&#60;&#x3C;&#X3c;", "<<<"),
        ("&#128512;", "😀"),
        ("a > b", "a > b"),
    ],
)
def test_html_entities_are_decoded(source: str, shown: str) -> None:
    assert parse_html(source) == (shown, [])


def test_bare_ampersand_is_rejected_when_strict() -> None:
    with pytest.raises(EntityParseError, match=r'Character "&" at byte offset 10 '):
        parse_html("a &amp; b & c")


def test_bare_ampersand_offset_is_the_first_one() -> None:
    with pytest.raises(EntityParseError, match="byte offset 1 "):
        parse_html("Q&A")


def test_unknown_named_entity_is_not_an_entity() -> None:
    with pytest.raises(EntityParseError):
        parse_html("a&nbsp;b")
    assert parse_html("a&nbsp;b", strict_ampersand=False) == ("a&nbsp;b", [])


def test_bare_ampersand_is_literal_like_telegram_when_lenient() -> None:
    assert parse_html("Q&A", strict_ampersand=False) == ("Q&A", [])


def test_ampersand_inside_attribute_is_tolerated() -> None:
    _, entities = parse_html('<a href="https://x.org/?a=1&b=2">x</a>')
    assert entities[0]["url"] == "https://x.org/?a=1&b=2"


# -------------------------------------------------------------------------------- HTML: errors


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("I <3 you", 'Unsupported start tag "3" at byte offset 2'),
        ("<foo>x</foo>", 'Unsupported start tag "foo" at byte offset 0'),
        ("<br/>", 'Unsupported start tag "br/" at byte offset 0'),
        ("<b", "Unclosed start tag at byte offset 0"),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("<a href>x</a>", 'Expected equal sign in declaration of an attribute of the tag "a"'),
        ('<a href="x>y</a>', "Unclosed start tag at byte offset 0"),
        ("王<i>", 'Can\'t find end tag corresponding to start tag "i"'),
        ("王 <x>", 'Unsupported start tag "x" at byte offset 4'),  # byte offsets, UTF-8
    ],
)
def test_malformed_html_is_rejected(source: str, message: str) -> None:
    with pytest.raises(EntityParseError) as caught:
        parse_html(source)
    assert message in str(caught.value)


# ---------------------------------------------------------------------------------- MarkdownV2


def test_markdown_v2_basics() -> None:
    text, entities = parse_markdown_v2(
        "*bold* _it_ __under__ ~gone~ ||hid|| `x` [site](https://a.org) 1\\.5"
    )
    assert text == "bold it under gone hid x site 1.5"
    assert kinds(entities) == [
        ("bold", 0, 4),
        ("italic", 5, 2),
        ("underline", 8, 5),
        ("strikethrough", 14, 4),
        ("spoiler", 19, 3),
        ("code", 23, 1),
        ("text_link", 25, 4),
    ]


def test_markdown_v2_pre_with_language_and_quote() -> None:
    text, entities = parse_markdown_v2("```python\nx = 1\n```\n>quoted\nafter")
    assert text == "x = 1\n\nquoted\nafter"
    assert entities == [
        {"type": "pre", "offset": 0, "length": 6, "language": "python"},
        {"type": "blockquote", "offset": 7, "length": 6},
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("Total: 5.", "Character '.' is reserved and must be escaped with the preceding '\\'"),
        ("a-b", "Character '-' is reserved"),
        ("*open", "Can't find end of Bold entity at byte offset 0"),
        ("`code", "Can't find end of Code entity at byte offset 0"),
    ],
)
def test_markdown_v2_errors(source: str, message: str) -> None:
    with pytest.raises(EntityParseError) as caught:
        parse_markdown_v2(source)
    assert message in str(caught.value)


def test_legacy_markdown() -> None:
    text, entities = parse_markdown("*b* _i_ `c` [t](https://u.org) a\\_b")
    assert text == "b i c t a_b"
    assert kinds(entities) == [
        ("bold", 0, 1),
        ("italic", 2, 1),
        ("code", 4, 1),
        ("text_link", 6, 1),
    ]
    with pytest.raises(EntityParseError, match="Can't find end of the entity starting at byte"):
        parse_markdown("*open")


# ---------------------------------------------------------------------- trimming, detection


def test_finalize_trims_whitespace_and_shifts_entities() -> None:
    text, entities = finalize_text("\n  <hi>  \n", [{"type": "bold", "offset": 3, "length": 6}])
    assert text == "<hi>"
    assert kinds(entities) == [("bold", 0, 4)]


def test_detects_commands_mentions_hashtags_and_urls() -> None:
    text = "/start@louhu_bot 你好 @louhu_bot #求助 https://a.org/x. /help"
    found = {
        (e["type"], utf16_slice(text, e["offset"], e["length"])) for e in detect_entities(text)
    }
    assert found == {
        ("bot_command", "/start@louhu_bot"),
        ("mention", "@louhu_bot"),
        ("hashtag", "#求助"),
        ("url", "https://a.org/x"),
        ("bot_command", "/help"),
    }


def test_detection_skips_code_and_links() -> None:
    text = "/cmd and /other"
    existing = [{"type": "code", "offset": 0, "length": 4}]
    assert kinds(detect_entities(text, existing)) == [("bot_command", 9, 6)]


def test_utf16_len() -> None:
    assert utf16_len("a😀王") == 4
