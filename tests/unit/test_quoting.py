"""What /sos in reply quotes of a message: its words, else what it is in zh and en."""

from __future__ import annotations

from typing import Any

import pytest
from aiogram.types import Message

from bot.l10n import L10n
from bot.quoting import quoted_text
from standin.control import MEDIA


def _message(**fields: Any) -> Message:
    chat = {"id": -100, "type": "supergroup", "title": "3号楼"}
    sender = {"id": 7, "is_bot": False, "first_name": "王阿姨"}
    return Message.model_validate(
        {"message_id": 5, "date": 0, "chat": chat, "from": sender, **fields}
    )


@pytest.mark.parametrize(
    ("kind", "quoted"),
    [
        ("voice", "[语音 voice message: 7s]"),
        ("audio", "[音频 audio: 95s]"),
        ("video_note", "[视频消息 video message: 9s]"),
        ("animation", "[动图 GIF]"),
        ("document", "[文件 file: 病历.pdf]"),
        ("venue", "[地点 place: 3号楼, 幸福里 3 号]"),
        ("contact", "[名片 contact: 王阿姨 +8613800000000]"),
    ],
)
def test_each_kind_of_message_without_text_says_what_it_is(kind: str, quoted: str) -> None:
    assert quoted_text(_message(**MEDIA[kind](1)), L10n()) == quoted


def test_words_come_first_and_anything_else_is_a_message() -> None:
    assert quoted_text(_message(text="救命"), L10n()) == "救命"
    assert quoted_text(_message(caption="门口", **MEDIA["photo"](1)), L10n()) == "门口"
    dice = _message(dice={"emoji": "🎲", "value": 3})
    assert quoted_text(dice, L10n()) == "[消息 message]"
