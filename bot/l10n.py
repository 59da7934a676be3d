"""User-facing texts from `locales/<lang>/*.ftl` (Fluent): zh and en complete, others partial."""

from __future__ import annotations

import html
import itertools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.types import fluent_number
from fluent.syntax import ast

from domain.buildings import BOTH
from domain.escalation_policy import LOCALIZED_LEVELS

LOCALES_DIR = Path(__file__).resolve().parents[1] / "locales"
LOCALE_FILE = "louhu.ftl"
# zh and en hold every key (a test checks it); a key another language lacks is read in these
COMPLETE = ("en", "zh")
LONG_PLACEABLE = 2000  # fluent.runtime's MAX_PART_LENGTH is 2,500
MAX_MODE = 8  # buildings.language is a String(8)
LEVEL_KEY = re.compile(r"(?<![\w-])(" + "|".join(sorted(LOCALIZED_LEVELS)) + r")(?![\w-])")
# A group's language mode: one language, "both" (zh + en) or two joined by "+" ("zh+ko").
Mode = str

log = logging.getLogger(__name__)


def available_languages(root: Path = LOCALES_DIR) -> tuple[str, ...]:
    """The folders under locales/ that hold louhu.ftl: zh and en first, then by name."""
    found = {path.parent.name for path in root.glob(f"*/{LOCALE_FILE}")}
    return (*(lang for lang in ("zh", "en") if lang in found), *sorted(found - {"zh", "en"}))


class Markup(str):
    """A value that is already Telegram HTML and must not be escaped again."""


class LevelNames(str):
    """Level names as one language reads them, keeping the names for the other language."""

    names: tuple[str, ...]


class L10n:
    """Every message in every language under the locales folder, loaded once at start."""

    def __init__(self, root: Path = LOCALES_DIR) -> None:
        self.languages = available_languages(root)
        missing = [lang for lang in COMPLETE if lang not in self.languages]
        if missing:
            raise FileNotFoundError(f"{root} lacks {', '.join(missing)}/{LOCALE_FILE}")
        self._bundles: dict[str, FluentBundle] = {}
        self._keys: dict[str, set[str]] = {}
        for lang in self.languages:
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
        """One message; string arguments are HTML-escaped unless wrapped in Markup.

        A key a partial language lacks (or cannot format) is read in en, then zh.
        """
        safe = {name: _escape(value) for name, value in args.items()}
        # Fluent refuses a placeable longer than 2,500 characters (a 5,000-character /note):
        # such values go in as short tokens and are put back after formatting.
        long_values: dict[str, str] = {}
        for index, (name, value) in enumerate(safe.items()):
            if isinstance(value, str) and len(value) > LONG_PLACEABLE:
                token = f"\ue000{index}\ue001"
                long_values[token] = value
                safe[name] = token
        text = self._format(lang, key, safe)
        for token, value in long_values.items():
            text = text.replace(token, value)
        return text

    def _format(self, lang: str, key: str, safe: dict[str, object]) -> str:
        """Format escaped arguments in lang, else en, else zh."""
        for one in (lang, *(c for c in COMPLETE if c != lang)):
            bundle = self._bundles.get(one)
            if bundle is None or not bundle.has_message(key):
                continue
            message = bundle.get_message(key)
            if message.value is None:
                raise KeyError(f"{key} has no value in {one}")
            value, errors = bundle.format_pattern(message.value, safe)
            if not errors:
                return str(value)
            if one in COMPLETE:
                raise ValueError(f"{one}:{key}: {errors}")
            # a translator's slip in a partial language must not cost a resident the message
            log.warning("%s:%s cannot be formatted, read in en: %s", one, key, errors)
        raise KeyError(key)

    def translator(self, mode: Mode) -> Translator:
        """Texts in one language, or in several for a mixed group."""
        return Translator(self, self.mode_languages(mode))

    def mode_languages(self, mode: Mode) -> tuple[str, ...]:
        """The languages of a group mode ("both" is zh + en); unknown parts read in en."""
        parts = ("zh", "en") if mode == BOTH else tuple(mode.split("+"))
        langs = tuple(dict.fromkeys(p if p in self.languages else "en" for p in parts))
        return langs or ("en",)

    def reminder_mode(self, group: Mode, readers: Iterable[str | None]) -> Mode:
        """A group reminder's mode: the group's, plus the language of any household it names
        that reads another (a foreign resident marked with /household lang=)."""
        languages = dict.fromkeys(self.mode_languages(group))
        for reader in sorted({lang for lang in readers if lang}):
            languages.update(dict.fromkeys(self.mode_languages(reader)))
        if set(languages) == {"zh", "en"}:
            return BOTH  # Chinese first, as in every both-mode group
        return "+".join(languages)

    def group_mode(self, text: str) -> Mode | None:
        """A mode as staff type it after /grouplang: a language, both, or two joined by "+"."""
        mode = "".join(text.split()).lower()
        if mode == BOTH:
            return mode
        parts = mode.split("+")
        if not 1 <= len(parts) <= 2 or len(set(parts)) != len(parts) or len(mode) > MAX_MODE:
            return None
        if not all(part in self.languages for part in parts):
            return None
        return BOTH if parts == ["zh", "en"] else mode

    def person_language(
        self, override: str | None, telegram_language: str | None, default: str
    ) -> str:
        """Their /lang choice, else Telegram's language (en if locales/ lacks it), else default."""
        if override in self.languages:
            return override
        if telegram_language:
            return self.match(telegram_language) or "en"
        return default if default in self.languages else "en"

    def match(self, code: str) -> str | None:
        """An available language for an IETF tag as Telegram sends it ("ja-JP" -> ja)."""
        tag = code.strip().lower().replace("_", "-")
        while tag:
            if tag in self.languages:
                return tag
            tag = tag.rpartition("-")[0]
        return None

    def level_key(self, name: str) -> str:
        """A level name as /chain showed it (one language or two) back to its key, else as written.

        Staff copy the chain /chain shows them, edit a line and send it back: a default level
        must stay the translated level, not become a custom name in the reader's language.
        """
        for key in LOCALIZED_LEVELS:
            shown = [self.text(lang, key) for lang in self.languages]
            pairs = (" ".join(pair) for pair in itertools.permutations(shown, 2))
            if name in shown or name in pairs:
                return key
        return name


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
    """Texts for one audience: a person (one language) or a group (one language or several)."""

    l10n: L10n
    languages: tuple[str, ...]

    def __call__(self, key: str, **args: object) -> str:
        """A whole message; for several languages one after the other (zh first in both-mode)."""
        if len(self.languages) > 1:  # level names in each line's own language
            return "\n".join(
                self.l10n.text(lang, key, **_levels_in(self.l10n, lang, args))
                for lang in self.languages
            )
        return self.l10n.text(self.primary, key, **args)

    def label(self, key: str, **args: object) -> str:
        """A short label (button, category); for several languages "中文 English" on one line."""
        return " ".join(self.l10n.text(lang, key, **args) for lang in self.languages)

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
        return self.languages[0]


def _levels_in(l10n: L10n, lang: str, args: dict[str, object]) -> dict[str, object]:
    """The arguments with level names in one language."""
    one = Translator(l10n, (lang,))
    return {
        name: one.levels(value.names) if isinstance(value, LevelNames) else value
        for name, value in args.items()
    }
