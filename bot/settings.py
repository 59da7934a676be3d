"""Runtime settings, read from the environment and `.env` (see `.env.example`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from pydantic_settings import SettingsError as PydanticSettingsError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.l10n import COMPLETE, LOCALES_DIR, available_languages
from bot.webhooks import WebhookTarget

_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class Settings(BaseSettings):
    """Every setting Louhu reads; `.env.example` documents each one."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = Field(default=None, description="Token from @BotFather")
    telegram_api_url: str = "https://api.telegram.org"
    database_url: str = "sqlite+aiosqlite:///./data/louhu.db"
    timezone: str = "Asia/Shanghai"
    default_language: str = "zh"
    locales_dir: Path = LOCALES_DIR
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    event_loop: Literal["uvloop", "asyncio"] = "uvloop"
    sandbox_host: str = "127.0.0.1"
    sandbox_port: int = Field(default=8080, ge=0, le=65535)
    escalation_webhooks: dict[str, WebhookTarget] = Field(default_factory=dict)
    escalation_sweep_seconds: float = Field(default=1.0, gt=0, le=60)
    emergency_send_timeout: float = Field(default=5.0, gt=0, le=30)
    calendar_tick_seconds: float = Field(default=20.0, gt=0, le=60)
    follow_up_sweep_seconds: float = Field(default=5.0, gt=0, le=60)
    """How often due order follow-ups (unclaimed, undelivered) are looked for."""
    live_edit_seconds: float = Field(default=5.0, ge=0, le=60)
    """Least gap between two edits of one live message (a roll call kept up to date)."""
    call_reminder_seconds: float = Field(default=30.0, gt=0, le=300)
    """How often due 吹哨 call reminders are looked for (they are due an hour before)."""
    web_host: str = "127.0.0.1"
    web_port: int | None = Field(default=None, ge=0, le=65535)
    """The bot's own web server (webhook, /healthz, /metrics); None: none in polling mode."""
    public_url: str | None = None
    """Where the outside world reaches the web server (https://louhu.example.org)."""
    telegram_webhook_url: str | None = None
    """Set: Telegram pushes updates here (webhook mode); unset: long polling."""
    telegram_webhook_secret: SecretStr | None = None
    telegram_webhook_answer: Literal["before", "after"] = "before"
    """Answer a webhook request before handling its update (fast) or after its transaction
    committed. `before` writes the update to the inbound journal first: nothing answered is
    lost to a kill -9 (bot/web.py)."""
    telegram_webhook_grace: float = Field(default=10.0, gt=0, le=600)
    """Seconds a journaled webhook update may go untouched before any live worker takes it up
    (its worker died); a worker touches the rows it holds every third of it."""
    redis_url: str | None = None
    """Set: Telegram's send limits are booked in this Redis, shared by every worker."""
    context_cache: bool = True
    """PostgreSQL: keep senders and buildings between updates, emptied by the notifications of
    every write (LISTEN/NOTIFY); off behind a pooler that does not pass them on."""
    health_outbox_max_age: float = Field(default=300.0, gt=0)
    """/healthz fails when a due message has waited longer than this many seconds."""
    health_retention_days: int = Field(default=30, ge=1, le=3650)
    """Days after a quarantine's last day its temperature readings and health records are kept."""

    @field_validator("bot_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            head, sep, tail = value.get_secret_value().partition(":")
            if not (sep and head.isascii() and head.isdigit() and tail):
                raise ValueError("expected the form 123456:ABC… given by @BotFather")
        return value

    @field_validator("locales_dir")
    @classmethod
    def _locales_complete(cls, value: Path) -> Path:
        # relative to the project, not to wherever the bot was started from
        value = value if value.is_absolute() else LOCALES_DIR.parent / value
        languages = available_languages(value)
        missing = [lang for lang in COMPLETE if lang not in languages]
        if missing:
            raise ValueError(f"{value} has no {', '.join(f'{m}/louhu.ftl' for m in missing)}")
        return value

    @model_validator(mode="after")
    def _language_available(self) -> Settings:
        self.default_language = self.default_language.strip().lower()
        languages = available_languages(self.locales_dir)
        if self.default_language not in languages:
            shown = ", ".join(languages) or "none"
            raise ValueError(
                f"DEFAULT_LANGUAGE must be one of the languages in {self.locales_dir}: {shown}"
            )
        return self

    @field_validator("telegram_api_url")
    @classmethod
    def _url_shape(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @property
    def web_url(self) -> str:
        """The web server's address as people reach it: PUBLIC_URL, else WEB_HOST:WEB_PORT."""
        return self.public_url or f"http://{self.web_host}:{self.web_port}"

    @field_validator("database_url")
    @classmethod
    def _database_url_shape(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise ValueError(f"not a database URL ({exc})") from None
        if url.drivername not in {"sqlite+aiosqlite", "postgresql+asyncpg"}:
            raise ValueError("use sqlite+aiosqlite:///… or postgresql+asyncpg://…")
        return value

    @field_validator(
        "web_port", "public_url", "telegram_webhook_url", "telegram_webhook_secret", mode="before"
    )
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("public_url")
    @classmethod
    def _public_url_shape(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with https:// (or http://)")
        return value.rstrip("/") if value is not None else None

    @field_validator("telegram_webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _SECRET.fullmatch(value.get_secret_value()):
            raise ValueError("1 to 256 characters A-Z, a-z, 0-9, _ and - (Telegram's rule)")
        return value

    @model_validator(mode="after")
    def _webhook_complete(self) -> Settings:
        url = self.telegram_webhook_url
        if url is None:
            return self
        if url.startswith("/"):
            if self.public_url is None:
                raise ValueError("TELEGRAM_WEBHOOK_URL is a path: set PUBLIC_URL too")
            self.telegram_webhook_url = url = self.public_url + url
        if not url.startswith(("http://", "https://")) or not urlsplit(url).hostname:
            raise ValueError("TELEGRAM_WEBHOOK_URL must be https://host/path (or a /path)")
        if self.telegram_webhook_secret is None:
            raise ValueError("TELEGRAM_WEBHOOK_URL needs TELEGRAM_WEBHOOK_SECRET")
        if self.web_port is None:
            raise ValueError("TELEGRAM_WEBHOOK_URL needs WEB_PORT (the port to listen on)")
        return self

    @property
    def webhook_path(self) -> str | None:
        """The path the web server takes Telegram's requests at (the webhook URL's path)."""
        if self.telegram_webhook_url is None:
            return None
        return urlsplit(self.telegram_webhook_url).path or "/"

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @property
    def sandbox(self) -> bool:
        """With no token the bot runs against the built-in Bot API stand-in."""
        return self.bot_token is None


def _first_line(exc: Exception) -> str:
    """pydantic-settings says which setting failed to parse ("error parsing value for field
    "escalation_webhooks" …"); the field is named upper-case, as in .env."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    for name in Settings.model_fields:
        text = text.replace(f'"{name}"', name.upper())
    return text


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one line for the operator."""


def load_settings(**overrides: object) -> Settings:
    """Read settings, turning validation errors into one clear line."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except PydanticSettingsError as exc:  # a complex setting (JSON) that does not parse
        raise SettingsError(f"Configuration error: {_first_line(exc)}") from None
    except ValidationError as exc:
        problems = "; ".join(
            f"{str(err['loc'][0]).upper() if err['loc'] else 'settings'}: {err['msg']}"
            for err in exc.errors()
        )
        raise SettingsError(f"Configuration error: {problems}") from None
