"""Outgoing webhooks: an incident as signed JSON to a community's SMS or phone gateway."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import aiohttp
from pydantic import AnyHttpUrl, BaseModel, SecretStr

SIGNATURE_HEADER = "X-Louhu-Signature"


class WebhookTarget(BaseModel):
    """Where one webhook posts, and the secret it signs with."""

    url: AnyHttpUrl
    secret: SecretStr


class WebhookError(Exception):
    """The receiver did not accept the post; `retry` says whether trying again may help."""

    def __init__(self, message: str, *, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry


def sign(secret: str, body: bytes) -> str:
    """HMAC-SHA256 of the exact body, as the receiver should recompute it."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class WebhookPoster:
    """Posts webhook bodies; unknown keys and 4xx are final, network faults and 5xx retry."""

    def __init__(self, targets: dict[str, WebhookTarget], *, timeout: float = 10.0) -> None:
        self._targets = targets
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: aiohttp.ClientSession | None = None

    async def post(self, key: str, body: dict[str, Any]) -> None:
        """Deliver one body or raise WebhookError."""
        target = self._targets.get(key)
        if target is None:
            raise WebhookError(f"no webhook {key!r} in ESCALATION_WEBHOOKS", retry=False)
        data = json.dumps(body, ensure_ascii=False).encode()
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: sign(target.secret.get_secret_value(), data),
        }
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        try:
            async with self._session.post(str(target.url), data=data, headers=headers) as response:
                if response.status >= 500 or response.status == 429:
                    raise WebhookError(f"HTTP {response.status}", retry=True)
                if response.status >= 400:
                    raise WebhookError(f"HTTP {response.status}", retry=False)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise WebhookError(f"{type(exc).__name__}: {exc}", retry=True) from exc

    async def close(self) -> None:
        """Release the HTTP connection pool."""
        if self._session is not None:
            await self._session.close()
            self._session = None
