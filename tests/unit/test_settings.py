"""Settings: defaults, and one clear line for anything malformed."""

from __future__ import annotations

import pytest

from bot.settings import SettingsError, load_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    for name in ("BOT_TOKEN", "TELEGRAM_API_URL", "DATABASE_URL", "TIMEZONE", "DEFAULT_LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_defaults_run_the_sandbox() -> None:
    settings = load_settings()
    assert settings.sandbox and settings.bot_token is None
    assert settings.telegram_api_url == "https://api.telegram.org"
    assert settings.database_url.startswith("sqlite+aiosqlite:///./data/")
    assert (settings.timezone, settings.default_language) == ("Asia/Shanghai", "zh")


def test_token_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", "123456:ABC-def")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:8081/")
    settings = load_settings()
    assert not settings.sandbox and settings.telegram_api_url == "http://127.0.0.1:8081"


@pytest.mark.parametrize(
    ("name", "value", "fragment"),
    [
        ("BOT_TOKEN", "not-a-token", "BOT_TOKEN"),
        ("DATABASE_URL", "mysql://x", "DATABASE_URL"),
        ("DATABASE_URL", "::::", "DATABASE_URL"),
        ("TIMEZONE", "Mars/Olympus", "TIMEZONE"),
        ("DEFAULT_LANGUAGE", "fr", "DEFAULT_LANGUAGE"),
        ("LOCALES_DIR", "/nonexistent", "LOCALES_DIR"),
        ("TELEGRAM_API_URL", "api.telegram.org", "TELEGRAM_API_URL"),
    ],
)
def test_malformed_setting_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, fragment: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as error:
        load_settings()
    message = str(error.value)
    assert message.startswith("Configuration error:") and fragment in message
    assert "\n" not in message


def test_env_example_documents_every_setting_and_loads(tmp_path) -> None:
    from pathlib import Path

    from bot.settings import Settings

    example = Path(__file__).resolve().parents[2] / ".env.example"
    text = example.read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"\n{name.upper()}=" in text, f"{name.upper()} is not in .env.example"
    (tmp_path / ".env").write_text(text, encoding="utf-8")
    settings = load_settings()  # the autouse fixture runs us in tmp_path
    assert settings.sandbox and settings.escalation_webhooks == {}


WEBHOOK_ENV = ("WEB_PORT", "PUBLIC_URL", "TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET")


def test_no_web_server_and_long_polling_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in WEBHOOK_ENV:
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.web_port is None and settings.telegram_webhook_url is None
    assert settings.webhook_path is None and settings.web_host == "127.0.0.1"


def test_webhook_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEB_PORT", "8081")
    monkeypatch.setenv("PUBLIC_URL", "https://louhu.example.org/")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", "/tg/hook")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "Abc_123-x")
    monkeypatch.setenv("ESCALATION_WEBHOOKS", "{}")
    settings = load_settings()
    assert settings.public_url == "https://louhu.example.org"
    assert settings.telegram_webhook_url == "https://louhu.example.org/tg/hook"
    assert settings.webhook_path == "/tg/hook"
    assert settings.escalation_webhooks == {}  # the outgoing ones are another setting
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", "https://bot.example.org:8443/hook")
    assert load_settings().webhook_path == "/hook"


@pytest.mark.parametrize(
    ("values", "fragment"),
    [
        ({"TELEGRAM_WEBHOOK_URL": "https://x.org/h", "WEB_PORT": "8081"}, "SECRET"),
        ({"TELEGRAM_WEBHOOK_URL": "https://x.org/h", "TELEGRAM_WEBHOOK_SECRET": "s"}, "WEB_PORT"),
        ({"TELEGRAM_WEBHOOK_URL": "/h", "TELEGRAM_WEBHOOK_SECRET": "s", "WEB_PORT": "1"}, "PUBLIC"),
        ({"TELEGRAM_WEBHOOK_URL": "x.org", "TELEGRAM_WEBHOOK_SECRET": "s", "WEB_PORT": "1"}, "URL"),
        ({"TELEGRAM_WEBHOOK_SECRET": "has space"}, "TELEGRAM_WEBHOOK_SECRET"),
        ({"TELEGRAM_WEBHOOK_SECRET": "x" * 257}, "TELEGRAM_WEBHOOK_SECRET"),
        ({"PUBLIC_URL": "louhu.example.org"}, "PUBLIC_URL"),
        ({"WEB_PORT": "70000"}, "WEB_PORT"),
    ],
)
def test_webhook_settings_refused(
    monkeypatch: pytest.MonkeyPatch, values: dict[str, str], fragment: str
) -> None:
    for name in WEBHOOK_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=fragment):
        load_settings()


@pytest.mark.parametrize(
    ("database_url", "redis_url", "warned"),
    [
        ("postgresql+asyncpg://louhu@127.0.0.1/louhu", None, True),
        ("postgresql+asyncpg://louhu@127.0.0.1/louhu", "redis://127.0.0.1:6379/0", False),
        ("sqlite+aiosqlite:///./data/louhu.db", None, False),
    ],
)
def test_a_webhook_worker_on_postgresql_without_redis_says_its_limits_are_its_own(
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    database_url: str,
    redis_url: str | None,
    warned: bool,
) -> None:
    from bot.app import _limiter

    monkeypatch.setenv("WEB_PORT", "8081")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", "https://louhu.example.org/tg/hook")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "Abc_123-x")
    monkeypatch.setenv("DATABASE_URL", database_url)
    if redis_url is not None:
        monkeypatch.setenv("REDIS_URL", redis_url)
    else:
        monkeypatch.delenv("REDIS_URL", raising=False)
    with caplog.at_level("WARNING", logger="bot.app"):
        _limiter(load_settings(), None)
    assert ("set REDIS_URL" in caplog.text) is warned
