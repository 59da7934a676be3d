"""The sandbox page itself (standin/static/sandbox.*): self-contained, wired up, and its
"try it" guide names what the bot really says."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from bot.l10n import L10n
from domain.calendar_slots import SlotKind
from standin.sandbox_web import PAGE_FILES, page_file

PAGE = page_file("sandbox.html")
STYLE = page_file("sandbox.css")
SCRIPT = page_file("sandbox.js")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags() -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(PAGE)
    return parser.tags


def _script() -> str:
    return SCRIPT


def test_the_page_loads_nothing_from_elsewhere() -> None:
    served = {name for name in PAGE_FILES if name}
    loaded = set()
    for tag, attrs in _tags():
        if tag == "script":
            # Its one script is its own file, served next to it.
            assert attrs.get("src") in served, attrs
            loaded.add(attrs["src"])
        if tag == "link" and attrs.get("rel") == "stylesheet":
            assert attrs.get("href") in served, attrs
            loaded.add(attrs["href"])
        elif tag == "link":
            # Even the icon is inline: without it the browser asks for /favicon.ico and logs a 404.
            assert attrs.get("rel") == "icon" and (attrs.get("href") or "").startswith("data:")
        for name in ("src", "href", "action"):
            assert not re.match(r"\s*(https?:)?//", attrs.get(name) or ""), (tag, attrs)
    assert loaded == served == {"sandbox.css", "sandbox.js"}
    for text in (PAGE, STYLE, SCRIPT):
        assert "@import" not in text and "url(" not in text
    assert not re.search(r"https?://", STYLE + SCRIPT)
    assert 'rel="icon"' in PAGE


def test_every_element_the_script_looks_up_exists() -> None:
    ids = {attrs["id"] for _, attrs in _tags() if attrs.get("id")}
    used = set(re.findall(r"""\$\(\s*["']([\w-]+)["']\s*\)""", _script()))
    assert used, "the script looks nothing up?"
    assert used <= ids, used - ids


def test_who_you_are_is_a_labelled_choice_not_a_hidden_dropdown() -> None:
    tags = _tags()
    group = next(attrs for _, attrs in tags if attrs.get("id") == "whoami")
    assert group.get("role") == "radiogroup"
    assert any(attrs.get("id") == group.get("aria-labelledby") for _, attrs in tags)
    script = _script()
    assert 'role="radio"' in script and "aria-checked" in script
    # Buttons on messages are pressed as the chosen person, and the page says so.
    assert "pressing as" in script


def test_user_text_reaches_the_page_only_through_escaping() -> None:
    script = _script()
    escape = re.search(r"const esc = .*?;\n", script, re.S)
    assert escape is not None
    for entity in ("&amp;", "&lt;", "&gt;", "&quot;", "&#39;"):
        assert entity in escape.group(0), entity
    # Message text goes through renderText, which escapes every segment before wrapping it.
    assert "let seg = esc(text.slice(a, b));" in script
    # Names and notes people choose themselves are escaped where they go into HTML.
    for value in (
        "esc(m.from ? m.from.name",
        "esc(c.user)",
        "esc(u.name)",
        "esc(u.note)",
        "esc(b.text)",
        "esc(m.service)",
        "esc(title)",
        "esc(where)",
    ):
        assert value in script, value


def test_the_guide_names_real_buttons_and_phrases_the_e2e_tests_use() -> None:
    guide = PAGE.split('<details id="guide"', 1)[1].split("</details>", 1)[0]
    l10n = L10n()
    for key in ("btn-claim", "btn-delivered", "btn-ack"):
        assert l10n.text("zh", key) in guide, key
    # The same two messages tests/e2e/test_sandbox.py posts through the page's API.
    assert "帮忙买一袋大米 两桶油" in guide
    assert "我老婆突然心脏闷痛，手脚冒汗" in guide
    for person in ("王阿姨", "Bob", "李主任"):
        assert person in guide


def test_every_calendar_slot_the_button_can_run_is_named_on_the_page() -> None:
    labels = SCRIPT.split("const SLOT = {", 1)[1].split("};", 1)[0]
    named = set(re.findall(r"^\s*(\w+):", labels, re.M))
    assert named == {kind.value for kind in SlotKind}
    # what ran goes into HTML escaped; the clock's own fields only as text
    assert "esc(s.local)" in SCRIPT and "esc(SLOT[s.kind] || s.kind)" in SCRIPT
    assert '$("clock-time").textContent' in SCRIPT


def test_the_guide_names_the_next_reminder_button_and_the_reading_the_e2e_test_posts() -> None:
    guide = PAGE.split('<details id="guide"', 1)[1].split("</details>", 1)[0]
    button = next(
        tag for tag in re.findall(r"<button[^>]*>.*?</button>", PAGE) if "next-reminder" in tag
    )
    assert "⏭ 下一个提醒 next reminder" in button
    assert "下一个提醒" in guide and "next reminder" in guide
    assert "3-2-501 36.5" in guide  # tests/e2e/test_sandbox.py posts it through the page's API
    assert "3-1-102" in guide
