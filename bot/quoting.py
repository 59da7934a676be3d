"""What an incident quotes of a message it is raised about, also when the message has no words."""

from __future__ import annotations

from aiogram.enums import ContentType
from aiogram.types import Message

from bot.l10n import L10n

# locale key of what a message with no text is, by Telegram's content type
MEDIA_KEYS: dict[str, str] = {
    ContentType.VOICE: "media-voice",
    ContentType.AUDIO: "media-audio",
    ContentType.VIDEO_NOTE: "media-video-note",
    ContentType.VIDEO: "media-video",
    ContentType.ANIMATION: "media-animation",
    ContentType.STICKER: "media-sticker",
    ContentType.PHOTO: "media-photo",
    ContentType.DOCUMENT: "media-document",
    ContentType.LOCATION: "media-location",
    ContentType.VENUE: "media-venue",
    ContentType.CONTACT: "media-contact",
    ContentType.POLL: "media-poll",
}


def quoted_text(message: Message, l10n: L10n) -> str:
    """The message's words; for one with none (a voice message, a sticker, a photo without a
    caption, a location…) what it is, in Chinese and English, with what it shows in words.

    The quote goes to every alert whatever its reader's language, so it carries both.
    """
    words = message.text or message.caption
    if words:
        return words
    label = l10n.translator("both").label(MEDIA_KEYS.get(message.content_type, "media-other"))
    detail = _detail(message)
    return f"[{label}{': ' + detail if detail else ''}]"


def _detail(message: Message) -> str:
    """What a message without text shows that can be put in words (a place, a name, an emoji)."""
    if message.venue is not None:
        return f"{message.venue.title}, {message.venue.address}"
    if message.location is not None:
        return f"{message.location.latitude:.5f}, {message.location.longitude:.5f}"
    if message.contact is not None:
        return f"{message.contact.first_name} {message.contact.phone_number}"
    if message.sticker is not None:
        return message.sticker.emoji or ""
    if message.poll is not None:
        return message.poll.question
    if message.document is not None and message.animation is None:
        return message.document.file_name or ""
    for timed in (message.voice, message.audio, message.video_note, message.video):
        if timed is not None:
            return f"{timed.duration}s"
    return ""
