"""`make run` without a token: the sandbox page's JSON API, used the way the page uses it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest

from bot.sandbox import Sandbox, open_sandbox
from bot.settings import Settings


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[Sandbox]:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        sandbox_port=0,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'real.db'}",  # what .env may say
    )
    database = tmp_path / "sandbox.db"
    async with open_sandbox(settings, handle_signals=False, database=database) as running:
        yield running


class Page:
    """What the browser page does: read the state, post as someone, press a button."""

    def __init__(self, http: aiohttp.ClientSession, base: str) -> None:
        self.http = http
        self.api = f"{base}api/"

    async def state(self) -> dict[str, Any]:
        async with self.http.get(self.api + "state") as response:
            assert response.status == 200
            state: dict[str, Any] = await response.json()
            return state

    async def call(self, action: str, **body: Any) -> dict[str, Any]:
        async with self.http.post(self.api + action, json=body) as response:
            answer: dict[str, Any] = await response.json()
            assert answer["ok"], answer
            return answer

    async def until(self, found: Callable[[dict[str, Any]], Any], what: str) -> Any:
        """Poll the state like the page does until `found` returns something."""
        for _ in range(100):
            result = found(await self.state())
            if result:
                return result
            await asyncio.sleep(0.05)
        raise AssertionError(f"the page never showed {what}")


def _group(state: dict[str, Any]) -> dict[str, Any]:
    return next(chat for chat in state["chats"] if chat["type"] != "private")


def _user(state: dict[str, Any], name: str) -> int:
    return next(user["id"] for user in state["users"] if user["name"].startswith(name))


def _card(state: dict[str, Any], status: str) -> dict[str, Any] | None:
    cards = [m for m in _group(state)["messages"] if "Order #1" in (m["text"] or "")]
    return cards[-1] if cards and status in cards[-1]["text"] else None


def _answers(state: dict[str, Any]) -> list[tuple[str, str]]:
    return [(c["user"], (c["answer"] or {}).get("text", "")) for c in state["callbacks"]]


async def test_the_page_takes_an_order_from_message_to_delivered(sandbox: Sandbox) -> None:
    async with aiohttp.ClientSession() as http:
        page = Page(http, sandbox.page_url)
        async with http.get(sandbox.page_url) as response:
            assert response.status == 200
            assert "text/html" in response.headers["Content-Type"]
        state = await page.state()
        said = [m["text"] for m in _group(state)["messages"] if m["from"]["is_bot"]]
        assert any("3号楼" in text for text in said), said  # the intro ran: setup answered
        group, wang = _group(state)["id"], _user(state, "王阿姨")
        bob, dave = _user(state, "Bob"), _user(state, "Dave")

        await page.call("post", chat_id=group, user_id=wang, text="帮忙买一袋大米 两桶油")
        card = await page.until(lambda s: _card(s, "waiting"), "an order card")
        assert "大米 ×1 袋" in card["text"] and "油 ×2 桶" in card["text"]

        def press(who: int, button: str) -> Any:
            data = next(
                b["callback_data"]
                for row in card["buttons"]
                for b in row
                if b["text"].endswith(button)
            )
            return page.call(
                "press",
                chat_id=group,
                user_id=who,
                message_id=card["message_id"],
                callback_data=data,
            )

        await press(dave, "Claim")
        refused = await page.until(
            lambda s: [text for who, text in _answers(s) if who == "Dave" and text], "Dave's answer"
        )
        assert "/volunteer" in refused[0]
        card = await page.until(lambda s: _card(s, "waiting"), "the card unchanged")
        await press(bob, "Claim")
        card = await page.until(lambda s: _card(s, "claimed by Bob"), "the claimed card")
        await press(bob, "Delivered")
        await page.until(lambda s: _card(s, "delivered by Bob"), "the delivered card")
        told = await page.until(
            lambda s: [
                m
                for m in _group(s)["messages"]
                if "#1" in (m["text"] or "")
                and "Bob" in m["text"]
                and "送达" in m["text"]
                and not m["buttons"]
                and "Order #1" not in m["text"]
            ],
            "the resident told of the delivery",
        )
        assert "王阿姨" in told[-1]["text"]


async def test_the_page_sends_a_doorstep_photo_that_reaches_the_resident(sandbox: Sandbox) -> None:
    async with aiohttp.ClientSession() as http:
        page = Page(http, sandbox.page_url)
        state = await page.state()
        group, wang, bob = _group(state)["id"], _user(state, "王阿姨"), _user(state, "Bob")
        await page.call("post", chat_id=group, user_id=wang, text="帮忙买一袋大米 两桶油")
        for status, button in (("waiting", "Claim"), ("claimed by Bob", "Delivered")):
            card = await page.until(partial(_card, status=status), status)
            data = next(
                b["callback_data"]
                for row in card["buttons"]
                for b in row
                if b["text"].endswith(button)
            )
            await page.call(
                "press",
                chat_id=group,
                user_id=bob,
                message_id=card["message_id"],
                callback_data=data,
            )
        asked = await page.until(
            lambda s: [m for m in _private(s, bob)["messages"] if "doorstep" in (m["text"] or "")],
            "the question to Bob",
        )
        await page.call(
            "post",
            chat_id=bob,
            user_id=bob,
            kind="photo",
            text="",
            reply_to=asked[-1]["message_id"],
        )
        shown = await page.until(
            lambda s: [
                m for m in _private(s, wang)["messages"] if (m["text"] or "").startswith("[photo]")
            ],
            "the photo in 王阿姨's private chat",
        )
        assert "#1" in shown[-1]["text"]
        await page.until(lambda s: _card(s, "📷"), "the card noting the photo")


async def test_an_emergency_on_the_page_alerts_the_seeded_lead_who_acknowledges(
    sandbox: Sandbox,
) -> None:
    async with aiohttp.ClientSession() as http:
        page = Page(http, sandbox.page_url)
        state = await page.state()
        group, wang, li = _group(state)["id"], _user(state, "王阿姨"), _user(state, "李主任")
        await page.call("post", chat_id=group, user_id=wang, text="我老婆突然心脏闷痛，手脚冒汗")

        def alert(s: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
            private = next(c for c in s["chats"] if c["type"] == "private" and c["owner_id"] == li)
            alerts = [m for m in private["messages"] if m["buttons"] and "#1" in m["text"]]
            return (private["id"], alerts[-1]) if alerts else None

        chat, message = await page.until(alert, "the lead's private alert")
        assert "3-2-501" in message["text"] and "心脏闷痛" in message["text"]
        ack = message["buttons"][0][0]
        await page.call(
            "press",
            chat_id=chat,
            user_id=li,
            message_id=message["message_id"],
            callback_data=ack["callback_data"],
        )
        await page.until(
            lambda s: any(
                "李主任" in (m["text"] or "") and "#1" in (m["text"] or "")
                for m in _group(s)["messages"][-3:]
                if m["from"]["is_bot"]
            ),
            "the group told who is coming",
        )


async def test_a_second_run_starts_a_fresh_world_and_leaves_the_real_database_alone(
    tmp_path: Path,
) -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        sandbox_port=0,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'real.db'}",
    )
    for _ in range(2):
        database = tmp_path / "sandbox.db"
        async with open_sandbox(settings, handle_signals=False, database=database) as running:
            said = [m.text for m in running.standin.messages(running.world["group"])]
            assert any("3号楼" in (text or "") and "✅" in (text or "") for text in said), said
    assert not (tmp_path / "real.db").exists()


def _bot_texts(chat: dict[str, Any]) -> list[dict[str, Any]]:
    return [m for m in chat["messages"] if m["from"] and m["from"]["is_bot"] and m["text"]]


def _private(state: dict[str, Any], user_id: int) -> dict[str, Any]:
    return next(c for c in state["chats"] if c["type"] == "private" and c["owner_id"] == user_id)


def _rollcall(state: dict[str, Any], when: str, *fragments: str) -> dict[str, Any] | None:
    """The group's roll call for `when` (MM-DD HH:MM) once it shows every fragment."""
    for message in _bot_texts(_group(state)):
        text = message["text"]
        if f"体温接龙 {when}" in text and all(fragment in text for fragment in fragments):
            return message
    return None


async def _next_reminder(page: Page) -> tuple[dict[str, Any], dict[str, Any]]:
    """Press ⏭ next reminder; the answer and the roll call slot it ran."""
    answer = await page.call("next_reminder")
    return answer, next(slot for slot in answer["ran"] if slot["kind"] == "rollcall")


async def test_next_reminder_posts_a_roll_call_that_a_residents_reading_fills(
    sandbox: Sandbox,
) -> None:
    async with aiohttp.ClientSession() as http:
        page = Page(http, sandbox.page_url)
        state = await page.state()
        calendar = state["calendar"]
        assert calendar["zone"] == "Asia/Shanghai" and calendar["ahead_seconds"] == 0
        # 08:00-20:00 Shanghai the evening's sampling notice shares the roll call's instant and
        # may be named first; the press below runs both and the roll call must be among them
        assert calendar["next"]["kind"] in ("rollcall", "sampling_notice")
        listing = [m["text"] for m in _bot_texts(_group(state)) if "隔离中的住户" in m["text"]]
        assert listing and "3-2-501" in listing[-1], "the intro lists both households"
        group, wang = _group(state)["id"], _user(state, "王阿姨")

        started = time.monotonic()
        answer, slot = await _next_reminder(page)
        assert slot["local"] == calendar["next"]["local"]
        # The page's clock is the bot's, in the community's zone: now the roll call's time.
        assert answer["clock"]["local"][5:16] == slot["local"]
        assert answer["clock"]["ahead_seconds"] > 0
        posted = await page.until(
            lambda s: _rollcall(s, slot["local"], "3-1-102  —", "3-2-501  —", "已报 0/2 户"),
            "the roll call in the group",
        )
        assert posted["buttons"][0][0]["text"] == "🌡️ 报体温 Report temperature"
        # the stand-in dates the message by the same clock, so the page shows the bot's time
        at = datetime.fromisoformat(slot["utc"]).timestamp()
        assert at <= posted["date"] < at + 60

        await page.call("post", chat_id=group, user_id=wang, text="3-2-501 36.5")
        filled = await page.until(
            lambda s: _rollcall(s, slot["local"], "3-2-501  36.5°C", "已报 1/2 户"),
            "the reading in the roll call",
        )
        assert filled["message_id"] == posted["message_id"] and filled["edited"]
        assert "3-1-102  —" in filled["text"]
        assert time.monotonic() - started < 60  # a visitor sees it fill within a minute


async def test_more_presses_bring_the_sampling_list_and_a_welfare_check_for_the_silent_elder(
    sandbox: Sandbox,
) -> None:
    async with aiohttp.ClientSession() as http:
        page = Page(http, sandbox.page_url)
        state = await page.state()
        li = _user(state, "李主任")
        seen: list[str] = []
        for _ in range(2):  # the sampling list comes with this evening's or tomorrow's roll call
            _, slot = await _next_reminder(page)
            seen.append(slot["local"])
            await page.until(partial(_rollcall, when=slot["local"]), "the roll call")
        state = await page.state()
        listed = [m for m in _bot_texts(_group(state)) if "上门采样名单" in m["text"]]
        assert len(listed) == 1, [m["text"] for m in _bot_texts(_group(state))]
        assert "3-2-501 · 第4天 day 4" in listed[0]["text"]
        assert any(b["text"].endswith("3-2-501") for row in listed[0]["buttons"] for b in row)

        # Nobody reports for 3-1-102 (elderly, living alone): the third press closes its second
        # missed roll call in a row, and the lead is asked to check on them.
        answer, _ = await _next_reminder(page)
        assert "rollcall_close" in [s["kind"] for s in answer["ran"]]
        prompt = await page.until(
            lambda s: [m for m in _bot_texts(_private(s, li)) if "探视" in m["text"]],
            "the welfare check in the lead's private chat",
        )
        assert "3-1-102" in prompt[0]["text"] and "13800000102" in prompt[0]["text"]
        assert f"{seen[0]} 和 {seen[1]}" in prompt[0]["text"]
        assert prompt[0]["buttons"], "the lead can press checked"


async def test_the_page_shows_the_bot_s_times_in_the_community_s_zone(sandbox: Sandbox) -> None:
    async with aiohttp.ClientSession() as http:
        page = Page(http, sandbox.page_url)
        state = await page.state()
        group, li = _group(state)["id"], _user(state, "李主任")
        await page.call(
            "post", chat_id=group, user_id=li, text="/settings timezone America/New_York"
        )
        state = await page.until(
            lambda s: s if s["calendar"]["zone"] == "America/New_York" else None,
            "the clock in the community's new zone",
        )
        now = datetime.now(ZoneInfo("America/New_York"))
        shown = datetime.strptime(state["calendar"]["local"], "%Y-%m-%d %H:%M:%S")
        assert abs((shown - now.replace(tzinfo=None)).total_seconds()) < 5
        assert state["calendar"]["next"]["local"][6:] in ("08:00", "20:00")

        _, slot = await _next_reminder(page)
        local = datetime.fromisoformat(slot["utc"]).astimezone(ZoneInfo("America/New_York"))
        assert slot["local"] == f"{local:%m-%d %H:%M}" and slot["local"][6:] in ("08:00", "20:00")
        await page.until(lambda s: _rollcall(s, slot["local"]), "the roll call at New York time")


async def test_the_demo_building_has_a_jielong_to_merge(sandbox: Sandbox) -> None:
    async with aiohttp.ClientSession() as http:
        page = Page(http, sandbox.page_url)
        state = await page.state()
        said = [m["text"] or "" for m in _group(state)["messages"] if m["from"]["is_bot"]]
        assert any("明天团购" in text and "5" in text for text in said), said
        group, li = _group(state)["id"], _user(state, "李主任")
        await page.call("post", chat_id=group, user_id=li, text="/merge")
        shopping = await page.until(
            lambda s: [
                m["text"] for m in _group(s)["messages"] if "需求清单 #1" in (m["text"] or "")
            ],
            "the shopping list",
        )
        assert "鸡蛋 8箱" in shopping[0] and "牛奶 3提" in shopping[0] and "盒马" in shopping[0]
        await page.until(
            lambda s: [m for m in _group(s)["messages"] if "配送清单 #1" in (m["text"] or "")],
            "the delivery list",
        )


async def test_the_demo_building_has_a_household_paired_with_bob(sandbox: Sandbox) -> None:
    async with aiohttp.ClientSession() as http:
        page = Page(http, sandbox.page_url)
        state = await page.state()
        group, li, bob = _group(state)["id"], _user(state, "李主任"), _user(state, "Bob")
        told = [m["text"] for m in _bot_texts(_private(state, bob))]
        assert any("You now look after 3-1-102" in text for text in told), told
        await page.call("post", chat_id=bob, user_id=bob, text="/today")
        day = await page.until(
            lambda s: [m for m in _bot_texts(_private(s, bob)) if "Your day" in m["text"]],
            "Bob's /today",
        )
        assert "3号楼 3-1-102 · 1 people · living alone, elderly" in day[-1]["text"]
        await page.call("post", chat_id=group, user_id=li, text="/pair")
        listed = await page.until(
            lambda s: [m for m in _bot_texts(_group(s)) if "包户住户（1）" in m["text"]],
            "the building's pairs",
        )
        assert "3-1-102 →" in listed[-1]["text"] and "Bob" in listed[-1]["text"]
