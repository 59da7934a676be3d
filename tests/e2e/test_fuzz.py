"""Hostile input through the real bot and the stand-in (hypothesis): generated messages,
commands, raw updates and forged presses, from people whose names are generated too. Nothing may
raise, every user string is escaped in what the bot sends (well-formed tags around unique markers
show it even where Telegram would accept the markup), every command gets its own answer, and a
forged press changes nothing."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from bot.l10n import LOCALE_FILE, LOCALES_DIR, available_languages
from domain.clock import FakeClock
from standin.recording import ApiCall
from standin.server import BotApiStandIn
from standin.world import StandInUser, StoredMessage
from tests.support.calendar_e2e import UNLIMITED
from tests.support.fuzz import MARKED, forged_data, messages, names, raw_updates
from tests.support.harness import CARDIAC, REQUEST, BuildingWorld, Harness, set_up_chain

# 160 batches of 50 messages, commands and raw updates and 80 of 25 presses: 10,000 inputs in
# every run (about 11 ms of CPU each through the whole bot and the stand-in, two minutes or so);
# LOUHU_FUZZ_BATCHES and LOUHU_FUZZ_PRESS_BATCHES change the counts
BATCH = 50
# the skipped unreadable updates reach aiogram as empty ones, which it reports and ignores
pytestmark = pytest.mark.filterwarnings("ignore:Detected unknown update type:RuntimeWarning")
HOSTILE_NAME = "<i>zq70q</i> & *co* \u202e"
SENDS = ("sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery")


# aiogram's polling loop logs a getUpdates that timed out or failed at ERROR and tries again; on
# a loaded machine the stand-in can be slow to answer: that is the network, not an exception
POLLING_RETRIES = "Failed to fetch updates - TelegramNetworkError"


class ErrorLog(logging.Handler):
    """Every record at ERROR or above, from any logger, while a test runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not record.getMessage().startswith(POLLING_RETRIES):
            self.records.append(record)

    def lines(self) -> list[str]:
        return [f"{r.name}: {r.getMessage()[:300]}" for r in self.records]


@pytest.fixture
async def harness(standin: BotApiStandIn, tmp_path: Path) -> AsyncIterator[Harness]:
    """The bot without Telegram's send limits (they count real seconds: 50 replies in a group
    would wait minutes for its 20 a minute; the limits have tests of their own)."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'fuzz.db'}"
    harness = await Harness.start(standin, url, FakeClock(datetime.now(UTC)), send_limits=UNLIMITED)
    try:
        yield harness
    finally:
        await harness.stop()


@pytest.fixture
def errors() -> Iterator[ErrorLog]:
    handler = ErrorLog()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


@dataclass
class Cast:
    """Who writes: staff, a resident, a volunteer, a stranger, someone with a hostile name."""

    building: BuildingWorld
    mallory: StandInUser

    def people(self) -> list[StandInUser]:
        b = self.building
        return [b.li, b.wang, b.bob, b.dave, self.mallory]


@pytest.fixture
async def cast(harness: Harness, building: BuildingWorld) -> Cast:
    s = harness.standin
    mallory = await s.add_user(HOSTILE_NAME, username="mallory_x")
    await s.user_joins(building.group, mallory)
    for user in (building.wang, building.dave, mallory):
        await s.user_starts_bot(user)
    await set_up_chain(harness, building)
    await s.post(building.group, mallory, "/register 3-2-502")
    await harness.settled()
    return Cast(building, mallory)


def refused(calls: list[ApiCall]) -> list[str]:
    """Sends Telegram refused for what was in them (not a person who blocked the bot)."""
    return [
        f"{c.method}: {c.result_or_error.get('description')}: {str(c.params.get('text'))[:80]!r}"
        for c in calls
        if c.method in SENDS and not c.ok and c.result_or_error.get("error_code") == 400
    ]


# A user's opening tag as Telegram would read it, right before one of the generated markers
# (which always follow theirs in what people write: escaped, the marker follows "&gt;"; a bot's
# own closing tag may follow a marker where a name or a quote is cut short).
RAW_BEFORE = re.compile(r"<[A-Za-z][\w-]*(?:\s[^<>]*)?>$")


def unescaped(calls: list[ApiCall]) -> list[str]:
    """HTML texts (and captions) that carry a user's tag raw: a marker right after it."""
    raw = []
    for c in calls:
        if c.method not in (*SENDS, "sendPhoto") or c.params.get("parse_mode") != "HTML":
            continue
        text = str(c.params.get("text") or c.params.get("caption") or "")
        for found in MARKED.finditer(text):
            if RAW_BEFORE.search(text[max(0, found.start() - 80) : found.start()]):
                raw.append(f"{c.method}: {text[max(0, found.start() - 60) : found.end() + 20]!r}")
    return raw


def answer_patterns(*keys: str) -> tuple[re.Pattern[str], ...]:
    """Each key's text in every language as a pattern: its words as written, any value between."""
    patterns = []
    for lang in available_languages():
        resource = FluentParser().parse((LOCALES_DIR / lang / LOCALE_FILE).read_text("utf-8"))
        messages = {m.id.name: m for m in resource.body if isinstance(m, ast.Message)}
        for key in keys:
            value = messages[key].value
            assert value is not None
            parts = [
                re.escape(e.value) if isinstance(e, ast.TextElement) else ".*?"
                for e in value.elements
            ]
            assert sum(len(e.value) for e in value.elements if isinstance(e, ast.TextElement)) >= 3
            patterns.append(re.compile("".join(parts), re.DOTALL))
    return tuple(patterns)


# What the bot answers without a reply target, by (command, in private): the rest reply to it.
NO_REPLY = {
    ("start", True): answer_patterns("start-private"),
    ("myorders", True): answer_patterns("myorders-empty", "myorders-header"),
    ("setup", False): answer_patterns("setup-done", "setup-renamed"),
    ("grouplang", False): answer_patterns("grouplang-set"),
    ("settings", True): answer_patterns("settings-private-for"),
}


@dataclass
class Posted:
    """A message as posted, its author, and where the call log stood just before."""

    message: StoredMessage
    author: int
    mark: int


def command_name(text: str) -> str:
    """/name@bot args -> name (the word aiogram's Command filter reads)."""
    return re.split(r"\s", text[1:], maxsplit=1)[0].partition("@")[0]


def unanswered(posted: list[Posted], calls: list[ApiCall], since: int) -> list[str]:
    """Commands the bot did not answer. An answer replies to the command in its chat; the few
    answers the bot sends without a reply target (NO_REPLY) are recognised by their text and
    paired one to one with the commands before them, so another message cannot stand in."""
    sent = [
        (since + i, c)
        for i, c in enumerate(calls)
        if c.method in ("sendMessage", "sendPhoto") and c.ok
    ]
    replied = {
        (c.params.get("chat_id"), (c.params.get("reply_parameters") or {}).get("message_id"))
        for _, c in sent
        if c.params.get("reply_parameters")
    }
    used: set[int] = set()
    missing = []
    for p in posted:
        text = p.message.text or ""
        if not text.startswith("/"):
            continue
        chat = p.message.chat
        if (chat.id, p.message.message_id) in replied:
            continue
        patterns = NO_REPLY.get((command_name(text), chat.type == "private"), ())
        pick = next(
            (
                index
                for index, c in sent
                if index >= p.mark
                and index not in used
                and not c.params.get("reply_parameters")
                and c.params.get("chat_id") in (chat.id, p.author)
                and any(pattern.search(str(c.params.get("text", ""))) for pattern in patterns)
            ),
            None,
        )
        if pick is None:
            missing.append(repr(text[:60]))
        else:
            used.add(pick)
    return missing


@settings(
    max_examples=int(os.environ.get("LOUHU_FUZZ_BATCHES", "160")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    # each example is a batch through the whole bot: shrinking one would rerun it hundreds of
    # times; the failing lists below already name the inputs
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
@given(
    batch=st.lists(
        st.tuples(st.integers(0, 4), st.booleans(), st.one_of(messages, raw_updates)),
        min_size=BATCH,
        max_size=BATCH,
    ),
    names=st.lists(names, min_size=5, max_size=5),
)
async def test_fuzzed_messages_commands_and_updates(
    harness: Harness,
    cast: Cast,
    errors: ErrorLog,
    batch: list[tuple[int, bool, object]],
    names: list[tuple[str, str | None, str | None]],
) -> None:
    s, group = harness.standin, cast.building.group
    people = cast.people()
    for person, (first, last, username) in zip(people, names, strict=True):
        person.first_name, person.last_name, person.username = first, last, username
    mark = s.mark()
    posted: list[Posted] = []
    for who, in_private, item in batch:
        user = people[who]
        if isinstance(item, dict):
            await s.inject_update(item)
            continue
        chat = user.id if in_private else group
        before = s.mark()
        posted.append(Posted(await s.post(chat, user, str(item)), user.id, before))
    await harness.settled(timeout=120)
    calls = s.calls()[mark:]
    problems = {
        "raw user markup": unescaped(calls),
        "unanswered commands": unanswered(posted, calls, mark),
        "refused sends": refused(calls),
        "errors logged": errors.lines(),
    }
    assert {name: found for name, found in problems.items() if found} == {}


GUARDED = ("orders", "order_events", "incidents", "incident_events", "households", "members")


async def snapshot(harness: Harness) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables a press could change."""
    async with harness.louhu.sessionmaker() as session:
        return {
            table: [tuple(row) for row in await session.execute(text(f"SELECT * FROM {table}"))]
            for table in GUARDED
        }


def changes(
    before: dict[str, list[tuple[object, ...]]], after: dict[str, list[tuple[object, ...]]]
) -> dict[str, tuple[list[tuple[object, ...]], list[tuple[object, ...]]]]:
    """Per table, the rows only before and the rows only after."""
    out = {}
    for table in before:
        gone = [row for row in before[table] if row not in after[table]]
        new = [row for row in after[table] if row not in before[table]]
        if gone or new:
            out[table] = (gone, new)
    return out


@dataclass
class Targets:
    """The order card strangers see in the group, and real button data to replay on it: the
    card's own and the lead's alert's (a stranger cannot press in the lead's private chat, but
    may send that data from any message they see)."""

    card: StoredMessage
    data: list[str]


@pytest.fixture
async def targets(harness: Harness, cast: Cast) -> Targets:
    s, b = harness.standin, cast.building
    await s.post(b.group, b.wang, REQUEST)
    card = await harness.card(b.group, 1)
    await s.post(b.group, b.wang, CARDIAC)
    await harness.bot_says(b.eve, "3-2-501")
    await harness.settled()
    alerts = [m for m in s.messages(b.eve) if m.from_bot and m.buttons]
    assert alerts, "the lead got no alert with buttons"
    data = [b["callback_data"] for m in (card, alerts[-1]) for b in m.buttons]
    return Targets(card, data)


# s1 (🆘 under /help) and r1 (the in-doubt "yes, call now") open an incident for anyone in the
# group: that is their purpose, so data forged with them may change things
LEGITIMATE_FOR_ANYONE = ("s1:", "r1:")


@settings(
    max_examples=int(os.environ.get("LOUHU_FUZZ_PRESS_BATCHES", "80")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
@given(
    presses=st.lists(
        st.tuples(
            st.sampled_from(("dave", "mallory")),
            st.one_of(
                st.none(), forged_data.filter(lambda d: not d.startswith(LEGITIMATE_FOR_ANYONE))
            ),
        ),
        min_size=25,
        max_size=25,
    )
)
async def test_forged_and_stranger_presses_change_nothing(
    harness: Harness,
    cast: Cast,
    targets: Targets,
    errors: ErrorLog,
    presses: list[tuple[str, str | None]],
) -> None:
    s = harness.standin
    before = await snapshot(harness)
    users = {"dave": cast.building.dave, "mallory": cast.mallory}
    queries: list[tuple[str, str]] = []
    card = targets.card
    for who, data in presses:
        if data is None:  # a real button's data, pressed or replayed by a stranger
            data = targets.data[len(queries) % len(targets.data)]
        queries.append((await s.press(card.chat, users[who], card, callback_data=data), data))
    await harness.settled(timeout=60)
    after = await snapshot(harness)
    assert changes(before, after) == {}
    assert [data for query, data in queries if s.callback_answer(query) is None] == []
    assert errors.lines() == []
