"""A third language is one folder under locales/; what it lacks is read in en, then zh."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.l10n import LOCALES_DIR, L10n, available_languages
from bot.settings import SettingsError, load_settings
from tests.support.locales import locales_with_japanese


@pytest.fixture
def l10n(tmp_path: Path) -> L10n:
    return L10n(locales_with_japanese(tmp_path))


def test_the_languages_are_the_folders_with_louhu_ftl(tmp_path: Path) -> None:
    assert available_languages(locales_with_japanese(tmp_path)) == ("zh", "en", "ja")
    assert available_languages(LOCALES_DIR)[:2] == ("zh", "en")


def test_every_key_of_every_language_is_one_en_knows() -> None:
    """A partial language may lack keys, but a key only it has is a typo nobody would read."""
    l10n = L10n()
    for lang in l10n.languages:
        assert l10n.keys(lang) <= l10n.keys("en"), lang


def test_a_key_the_third_language_has_is_read_in_it(l10n: L10n) -> None:
    assert l10n.text("ja", "lang-set") == "わかりました。これから日本語で話します。"
    assert l10n.translator("ja").label("btn-claim") == "引き受ける"


def test_a_missing_key_falls_back_to_english(l10n: L10n) -> None:
    assert "ja" in l10n.languages and "register-done" not in l10n.keys("ja")
    shown = l10n.text("ja", "register-done", name="Aiko", flat="3-2-501")
    assert shown == l10n.text("en", "register-done", name="Aiko", flat="3-2-501")
    assert "register-done" not in shown


def test_a_key_only_chinese_has_falls_back_to_chinese(tmp_path: Path) -> None:
    root = locales_with_japanese(tmp_path)
    en = root / "en" / "louhu.ftl"
    en.write_text(en.read_text(encoding="utf-8").replace("\nlang-set =", "\nx-lang-set ="))
    l10n = L10n(root)
    assert l10n.text("ja", "grouplang-set", mode="ja").startswith("このグループ")
    assert l10n.text("en", "lang-set") == l10n.text("zh", "lang-set") == "好的，以后和你说中文。"


def test_a_third_language_text_that_cannot_be_formatted_is_read_in_english(l10n: L10n) -> None:
    shown = l10n.text("ja", "setup-renamed", old="3号楼", name="Building 3")
    assert shown == l10n.text("en", "setup-renamed", old="3号楼", name="Building 3")


def test_a_complete_language_that_cannot_be_formatted_is_still_an_error(l10n: L10n) -> None:
    with pytest.raises(ValueError, match="en:setup-renamed"):
        l10n.text("en", "setup-renamed", name="Building 3")  # a bug in the code, not a slip


def test_an_unknown_key_is_an_error_not_a_raw_key(l10n: L10n) -> None:
    with pytest.raises(KeyError):
        l10n.text("ja", "no-such-key")


@pytest.mark.parametrize(
    ("override", "telegram", "expected"),
    [
        (None, "ja", "ja"),
        (None, "ja-JP", "ja"),
        (None, "JA_jp", "ja"),
        (None, "zh-Hant-TW", "zh"),
        (None, "ko", "en"),  # a language Louhu has no folder for
        ("ja", "zh-hans", "ja"),
        ("ko", "zh-hans", "zh"),  # a choice whose folder was removed since
        (None, None, "ja"),
    ],
)
def test_a_person_s_language_may_be_the_third(
    l10n: L10n, override: str | None, telegram: str | None, expected: str
) -> None:
    assert l10n.person_language(override, telegram, "ja") == expected


@pytest.mark.parametrize(
    ("typed", "mode", "languages"),
    [
        ("ja", "ja", ("ja",)),
        (" JA ", "ja", ("ja",)),
        ("both", "both", ("zh", "en")),
        ("zh+en", "both", ("zh", "en")),
        ("zh+ja", "zh+ja", ("zh", "ja")),
        ("ja + en", "ja+en", ("ja", "en")),
        ("ko", None, ()),
        ("ja+ja", None, ()),
        ("zh+en+ja", None, ()),
        ("", None, ()),
        ("zh+", None, ()),
    ],
)
def test_group_modes(l10n: L10n, typed: str, mode: str | None, languages: tuple[str, ...]) -> None:
    assert l10n.group_mode(typed) == mode
    if mode is not None:
        assert l10n.translator(mode).languages == languages


def test_a_two_language_group_reads_each_line_in_its_language(l10n: L10n) -> None:
    t = l10n.translator("zh+ja")
    assert t("lang-set").splitlines() == [l10n.text("zh", "lang-set"), l10n.text("ja", "lang-set")]
    assert t.label("btn-claim") == "接单 引き受ける"
    assert t.level("level-street") == "街道 街道チーム"
    assert l10n.level_key("街道 街道チーム") == "level-street"
    assert l10n.level_key(l10n.translator("ja").level("level-street")) == "level-street"


def test_a_stored_mode_whose_folder_is_gone_reads_in_english(l10n: L10n) -> None:
    assert l10n.translator("ko").languages == ("en",)
    assert l10n.translator("zh+ko").languages == ("zh", "en")


def test_default_language_may_be_the_third(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = locales_with_japanese(tmp_path)
    monkeypatch.setenv("LOCALES_DIR", str(root))
    monkeypatch.setenv("DEFAULT_LANGUAGE", "JA")
    assert load_settings().default_language == "ja"
    monkeypatch.setenv("DEFAULT_LANGUAGE", "ko")
    with pytest.raises(SettingsError, match=r"DEFAULT_LANGUAGE.*zh, en, ja"):
        load_settings()


def test_a_locales_folder_without_chinese_and_english_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ja").mkdir()
    (tmp_path / "ja" / "louhu.ftl").write_text("lang-set = はい\n", encoding="utf-8")
    monkeypatch.setenv("LOCALES_DIR", str(tmp_path))
    with pytest.raises(SettingsError, match="LOCALES_DIR"):
        load_settings()
    with pytest.raises(FileNotFoundError):
        L10n(tmp_path)
