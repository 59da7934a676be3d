"""Every text exists in zh and en, every key the code uses exists, values are escaped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.l10n import L10n, Markup

ROOT = Path(__file__).resolve().parents[2]
KEY_CALL = re.compile(
    r"""\b(?:t|group_t|text|label|translator\([^)]*\))(?:\.label)?\(\s*"([a-z][a-z0-9-]+)"|"((?:cmd|cb|category|card-status)-[a-z-]*)"""
    # L10n.text(lang, "key", ...): the key is the second argument
    r'|\.text\(\s*[\w.]+,\s*"([a-z][a-z0-9-]+)"'
)


@pytest.fixture(scope="module")
def l10n() -> L10n:
    return L10n()


def test_both_languages_define_the_same_keys(l10n: L10n) -> None:
    assert l10n.keys("zh") == l10n.keys("en")
    assert len(l10n.keys("zh")) > 50


def test_every_key_used_in_code_exists(l10n: L10n) -> None:
    used: set[str] = set()
    for folder in ("bot", "handlers", "domain"):
        for path in (ROOT / folder).rglob("*.py"):
            for match in KEY_CALL.finditer(path.read_text(encoding="utf-8")):
                key = match.group(1) or match.group(2) or match.group(3)
                if not key.endswith("-"):
                    used.add(key)
    assert used, "the scan found no keys at all"
    assert used - l10n.keys("zh") == set()


def test_arguments_are_escaped_unless_markup(l10n: L10n) -> None:
    t = l10n.translator("en")
    assert "&lt;b&gt;" in t("register-done", name="<b>", flat="3-2-501")
    assert "<i>x</i>" in t("register-done", name=Markup("<i>x</i>"), flat="1")


def test_an_argument_longer_than_fluent_allows_is_kept_whole_and_escaped_once(
    l10n: L10n,
) -> None:
    note = "<独居>&" + "长" * 5000
    text = l10n.text("zh", "note-saved", flat="3-2-501", note=note)
    assert text.endswith("&lt;独居&gt;&amp;" + "长" * 5000)
    assert "3-2-501" in text and "\ue000" not in text


def test_both_mode_puts_chinese_first(l10n: L10n) -> None:
    both = l10n.translator("both")
    assert both.label("btn-claim") == "接单 Claim"
    assert both("lang-set").splitlines() == [
        l10n.text("zh", "lang-set"),
        l10n.text("en", "lang-set"),
    ]


@pytest.mark.parametrize(
    ("override", "telegram", "expected"),
    [
        (None, "zh-hans", "zh"),
        (None, "zh-TW", "zh"),
        (None, "en-US", "en"),
        (None, "ru", "en"),
        ("zh", "en", "zh"),
        ("en", "zh-hans", "en"),
        (None, None, "zh"),
    ],
)
def test_person_language(
    l10n: L10n, override: str | None, telegram: str | None, expected: str
) -> None:
    assert l10n.person_language(override, telegram, "zh") == expected


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_numbers_are_not_grouped(l10n: L10n, lang: str) -> None:
    """Incident and order numbers are typed back (/incident 12345); "12,345" would not parse."""
    assert "12345" in l10n.text(lang, "card-more-items", count=12345)
    assert "12,345" not in l10n.text(lang, "card-more-items", count=12345)


def test_every_community_outcome_has_a_text(l10n: L10n) -> None:
    from domain.buildings import CommunityChange

    assert {f"community-{c}" for c in CommunityChange} <= l10n.keys("zh")


def test_every_chain_format_problem_has_a_text(l10n: L10n) -> None:
    from domain.chain_format import ChainProblem

    for lang in ("zh", "en"):
        assert {f"chain-error-{p}" for p in ChainProblem} <= l10n.keys(lang)


def test_default_level_names_are_keys_shown_translated(l10n: L10n) -> None:
    from domain.escalation_policy import DEFAULT_CHAIN, FALLBACK_LEVEL, LOCALIZED_LEVELS

    for lang in ("zh", "en"):
        assert LOCALIZED_LEVELS <= l10n.keys(lang)
    both, en = l10n.translator("both"), l10n.translator("en")
    assert both.level(DEFAULT_CHAIN[0].name) == "楼道长和社区医生 Building lead & doctor"
    assert en.level(FALLBACK_LEVEL) == "Group admins & staff"
    assert en.level("楼道长") == "楼道长"  # a name staff wrote is shown as written
    assert en.levels(["level-street", "level-district"]) == "Street team / District health bureau"
    assert (
        en.with_levels("stage 3: level-street / level-district")
        == "stage 3: Street team / District health bureau"
    )
    assert (
        en.with_levels("level-streets and my-level-street") == "level-streets and my-level-street"
    )


def test_a_default_level_shown_in_any_language_reads_back_as_its_key(l10n: L10n) -> None:
    from domain.escalation_policy import DEFAULT_CHAIN

    for level in DEFAULT_CHAIN:
        for mode in ("zh", "en", "both"):
            shown = l10n.translator(mode).label(level.name)
            assert l10n.level_key(shown) == level.name
    assert l10n.level_key("街道应急组") == "街道应急组"  # a name staff wrote stays theirs


def test_a_reminder_adds_the_language_of_a_household_it_names(l10n: L10n) -> None:
    assert l10n.reminder_mode("zh", [None, "zh"]) == "zh"
    assert l10n.reminder_mode("zh", ["en", None]) == "both"
    assert l10n.reminder_mode("en", ["zh"]) == "both"
    assert l10n.reminder_mode("both", ["en"]) == "both"


def test_every_call_outcome_and_staff_group_change_has_a_text(l10n: L10n) -> None:
    from domain.calls import CallOutcome
    from domain.staff_groups import StaffGroupChange

    for lang in ("zh", "en"):
        assert {f"call-cb-{o}" for o in CallOutcome} <= l10n.keys(lang)
        assert {f"staffgroup-{c}" for c in StaffGroupChange} <= l10n.keys(lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_help_lists_calls_staff_groups_pairing_merging_and_today(l10n: L10n, lang: str) -> None:
    text = l10n.text(lang, "help")
    for command in ("/call ", "/staffgroup ", "/pair ", "/merge", "/today", "/myorders"):
        assert command in text, command
    assert len(text) <= 4096  # one message
