"""User-facing texts from `locales/<lang>/*.ftl` (Fluent), in Chinese and English."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.types import fluent_number
from fluent.syntax import ast

from domain.escalation_policy import LOCALIZED_LEVELS

LANGUAGES = ("zh", "en")
LOCALES_DIR = Path(__file__).resolve().parents[1] / "locales"
LEVEL_KEY = re.compile(r"(?<![\w-])(" + "|".join(sorted(LOCALIZED_LEVELS)) + r")(?![\w-])")
Mode = Literal["zh", "en", "both"]


class Markup(str):
    """A value that is already Telegram HTML and must not be escaped again."""


class LevelNames(str):
    """Level names as one language reads them, keeping the names for the other language."""

    names: tuple[str, ...]


class L10n:
    """Every message in every language, loaded once at start."""

    def __init__(self, root: Path = LOCALES_DIR) -> None:
        self._bundles: dict[str, FluentBundle] = {}
        self._keys: dict[str, set[str]] = {}
        for lang in LANGUAGES:
            bundle = FluentBundle([lang], use_isolating=False)
            keys = self._keys.setdefault(lang, set())
            for path in sorted((root / lang).glob("*.ftl")):
                resource = FluentResource(path.read_text(encoding="utf-8"))
                keys.update(e.id.name for e in resource.body if isinstance(e, ast.Message))
                bundle.add_resource(resource)
            self._bundles[lang] = bundle

    def keys(self, lang: str) -> set[str]:
        """Message ids defined for a language."""
        return set(self._keys[lang])

    def text(self, lang: str, key: str, **args: object) -> str:
        """One message; string arguments are HTML-escaped unless wrapped in Markup."""
        bundle = self._bundles[lang if lang in self._bundles else "zh"]
        message = bundle.get_message(key)
        if message.value is None:
            raise KeyError(f"{key} has no value in {lang}")
        safe = {name: _escape(value) for name, value in args.items()}
        value, errors = bundle.format_pattern(message.value, safe)
        if errors:
            raise ValueError(f"{lang}:{key}: {errors}")
        return str(value)

    def translator(self, mode: Mode) -> Translator:
        """Texts in one language, or in both for a mixed group."""
        return Translator(self, mode)


def _escape(value: object) -> object:
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, str):
        return html.escape(value, quote=False)
    if isinstance(value, int) and not isinstance(value, bool):
        # Fluent groups digits by locale ("#12,345"); order and incident numbers are ids
        # people type back (/incident 12345), so they are shown plain.
        return fluent_number(value, useGrouping=False)
    return value


@dataclass(frozen=True)
class Translator:
    """Texts for one audience: a person (zh or en) or a group (zh, en or both)."""

    l10n: L10n
    mode: Mode

    def __call__(self, key: str, **args: object) -> str:
        """A whole message; in both-mode Chinese first, then English."""
        if self.mode == "both":  # level names in each line's own language
            return "\n".join(
                self.l10n.text(lang, key, **_levels_in(self.l10n, lang, args)) for lang in LANGUAGES
            )
        return self.l10n.text(self.mode, key, **args)

    def label(self, key: str, **args: object) -> str:
        """A short label (button, category); in both-mode "中文 English" on one line."""
        if self.mode == "both":
            return " ".join(self.l10n.text(lang, key, **args) for lang in LANGUAGES)
        return self.l10n.text(self.mode, key, **args)

    def level(self, name: str) -> str:
        """A level's name: a locale key (default chain, fallback) translated, else as written."""
        return self.label(name) if name in LOCALIZED_LEVELS else name

    def levels(self, names: Iterable[str]) -> str:
        """Level names alerted together, as people read them."""
        names = tuple(names)
        shown = LevelNames(" / ".join(self.level(name) for name in names))
        shown.names = names
        return shown

    def with_levels(self, stored: str) -> str:
        """Stored text (a timeline detail: "stage 2: level-street") with level keys translated."""
        return LEVEL_KEY.sub(lambda match: self.label(match.group(0)), stored)

    @property
    def primary(self) -> str:
        """The language for things that cannot be doubled (command lists)."""
        return "zh" if self.mode == "both" else self.mode


def _levels_in(l10n: L10n, lang: str, args: dict[str, object]) -> dict[str, object]:
    """The arguments with level names in one language."""
    one = Translator(l10n, lang)  # type: ignore[arg-type]
    return {
        name: one.levels(value.names) if isinstance(value, LevelNames) else value
        for name, value in args.items()
    }


def person_language(override: str | None, telegram_language: str | None, default: str) -> str:
    """A person's language: their /lang choice, else Telegram's (zh for Chinese), else en."""
    if override in LANGUAGES:
        return override
    if telegram_language:
        return "zh" if telegram_language.lower().startswith("zh") else "en"
    return default
