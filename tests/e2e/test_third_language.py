"""A third language (ja, partial) added as one folder: menus, /lang, /grouplang, fallbacks."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from domain.clock import FakeClock
from standin.server import BotApiStandIn
from tests.support.harness import Harness
from tests.support.locales import locales_with_japanese


@pytest.fixture
async def harness(standin: BotApiStandIn, tmp_path: Path) -> AsyncIterator[Harness]:
    """The bot reading its texts from a locales folder that also holds ja."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}"
    clock = FakeClock(datetime.now(UTC))
    harness = await Harness.start(standin, url, clock, locales_dir=locales_with_japanese(tmp_path))
    try:
        yield harness
    finally:
        await harness.stop()


async def test_the_menus_are_published_in_the_third_language(harness: Harness) -> None:
    calls = harness.standin.calls("setMyCommands", language_code="ja")
    scopes = {c.params.get("scope", {}).get("type", "default") for c in calls}
    assert scopes == {"default", "all_private_chats", "all_group_chats", "all_chat_administrators"}
    described = {c["command"]: c["description"] for call in calls for c in call.params["commands"]}
    assert described["help"] == "ルーフーの使い方"
    assert described["lang"] == "Change language"  # not translated yet: English


async def test_lang_and_grouplang_take_the_third_language(harness: Harness) -> None:
    s = harness.standin
    li = await s.add_user("李主任", username="director_li")
    aiko = await s.add_user("Aiko", language_code="ja-JP")
    dave = await s.add_user("Dave", language_code="en")
    group = await s.add_group("3号楼", creator=li, members=[aiko, dave])
    await s.add_bot_to_group(group, li, as_admin=True)
    await s.post(group, li, "/setup 3号楼")
    await harness.bot_says(group, "已登记本楼")

    mark = s.mark()  # Telegram's ja-JP is ja: her answers are in Japanese where ja has them
    await s.post(group, aiko, "/setup 4号楼")
    await harness.bot_says(group, "グループ管理者だけ", since=mark)
    await s.post(group, aiko, "/register 3-2-501")  # ja lacks this text: English
    await harness.bot_says(group, "Aiko is registered at <b>3-2-501</b>", since=mark)

    await s.post(group, dave, "/lang ja")
    await harness.bot_says(group, "日本語で話します", since=mark)
    await s.post(group, dave, "/lang fr")  # says which exist, in his language (ja lacks it: en)
    await harness.bot_says(group, "Usage: /lang", "Languages: zh, en, ja", since=mark)
    await s.post(group, li, "/lang fr")
    await harness.bot_says(group, "用法：/lang", "可选语言：zh, en, ja", since=mark)

    await s.post(group, li, "/grouplang ko")
    await harness.bot_says(group, "用法：/grouplang", "zh, en, ja", since=mark)
    await s.post(group, li, "/grouplang ja")
    await harness.bot_says(group, "このグループのメッセージは今後この言語です：ja", since=mark)
    # ja's renaming text names a variable nobody passes: the group reads it in English
    await s.post(group, li, "/setup 4号楼")
    await harness.bot_says(group, "Building renamed: 3号楼 → <b>4号楼</b>", since=mark)

    await s.post(group, li, "/grouplang zh+ja")
    said = await harness.bot_says(group, "本群消息语言已设置为：zh+ja", since=mark)
    assert said.params["text"].splitlines() == [
        "本群消息语言已设置为：zh+ja",
        "このグループのメッセージは今後この言語です：zh+ja",
    ]
