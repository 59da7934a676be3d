"""Publish the command menu in every available language; staff commands only to group admins."""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeDefault,
)

from bot.l10n import L10n

# every command that works in a private chat: staff read /incidents and /incident N there,
# where their alerts arrive, and change their community's /settings; anyone may raise /sos
PRIVATE = (
    "sos",
    "help",
    "myorders",
    "today",
    "incidents",
    "incident",
    "settings",
    "console",
    "lang",
)
GROUP = (
    "sos",
    "help",
    "register",
    "volunteer",
    "order",
    "orders",
    "myorders",
    "quarantine",
    "sampling",
    "rollcall",
    "lang",
)
ADMIN = (
    *GROUP,
    "setup",
    "staff",
    "lead",
    "doctor",
    "chain",
    "note",
    "incidents",
    "incident",
    "fevers",
    "corrections",
    "merge",
    "community",
    "grouplang",
    "household",
    "settings",
    "call",
    "staffgroup",
    "stats",
    "pair",
)
SCOPES = (
    (BotCommandScopeDefault(), PRIVATE),
    (BotCommandScopeAllPrivateChats(), PRIVATE),
    (BotCommandScopeAllGroupChats(), GROUP),
    (BotCommandScopeAllChatAdministrators(), ADMIN),
)


async def publish_commands(bot: Bot, l10n: L10n, default_language: str) -> None:
    """setMyCommands for every scope, per language and once without a language."""
    # Telegram takes a two-letter ISO 639-1 code; a regional folder (pt-br) gets no menu of its own
    codes = [lang for lang in l10n.languages if len(lang) == 2 and lang.isalpha()]
    for scope, names in SCOPES:
        for lang in (*codes, None):
            text_lang = lang or default_language
            commands = [
                BotCommand(command=n, description=l10n.text(text_lang, f"cmd-{n}")) for n in names
            ]
            await bot.set_my_commands(commands, scope=scope, language_code=lang)
