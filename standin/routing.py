"""HTTP routing: /bot<token>/<method> requests in, Telegram-shaped JSON out.

Reads parameters the way the Bot API does (query string, form, multipart or JSON), checks the
token, applies a scripted fault if one matches, runs the method and records the call.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from typing import Any

from aiohttp import web

from standin.checks import ApiError
from standin.faults import Fault, FaultPlan
from standin.methods import Handler
from standin.recording import ApiCall, CallLog

#: parameters that stay strings even when they look like JSON
_STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "url",
        "language_code",
        "action",
        "business_connection_id",
        "inline_message_id",
        "message_effect_id",
        "description",
        "short_description",
        "name",
        "title",
        "custom_title",
        "query",
        "secret_token",
        "emoji",
    }
)


class _Ok:
    """A successful method result (distinguishes a None result from no result)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class ApiRouter:
    """Answers Bot API requests: token, method lookup, faults, the call log."""

    def __init__(
        self,
        token: str,
        methods: dict[str, tuple[str, Handler]],
        faults: FaultPlan,
        log: CallLog,
    ) -> None:
        self.token = token
        self.methods = methods
        self.faults = faults
        self.log = log
        self.closed = asyncio.Event()
        """Set when the server stops: held requests are let go."""

    async def handle(self, request: web.Request) -> web.Response:
        """The aiohttp handler for /bot{token}/{method}."""
        name = request.match_info["method"]
        if name.lower() == "getupdates":  # a long poll is the bot waiting, not working
            return await self._handle(request, name)
        with self.log.in_flight():
            return await self._handle(request, name)

    async def _handle(self, request: web.Request, name: str) -> web.Response:
        arrived = time.monotonic()
        try:
            params = await _read_params(request)
        except ValueError:
            params = {}
        if request.match_info["token"] != self.token:
            return self._answer(name, params, arrived, ApiError(401, "Unauthorized"))
        entry = self.methods.get(name.lower())
        if entry is None:
            return self._answer(name, params, arrived, ApiError(404, "Not Found"))
        method, handler = entry
        fault = self.faults.take(method, params)
        if fault is not None:
            return await self._faulty(fault, method, handler, params, arrived)
        outcome = await self._perform(handler, params)
        return self._answer(method, params, arrived, outcome)

    async def _perform(self, handler: Handler, params: dict[str, Any]) -> Any:
        try:
            return _Ok(await handler(params))
        except ApiError as error:
            return error

    def _answer(
        self,
        method: str,
        params: dict[str, Any],
        arrived: float,
        outcome: Any,
        fault: str | None = None,
    ) -> web.Response:
        self._record(method, params, arrived, outcome, fault)
        if isinstance(outcome, ApiError):
            return _json_response(outcome.body(), status=outcome.code)
        return _json_response({"ok": True, "result": outcome.value})

    def _record(
        self,
        method: str,
        params: dict[str, Any],
        arrived: float,
        outcome: Any,
        fault: str | None = None,
    ) -> None:
        if isinstance(outcome, ApiError):
            call = ApiCall(
                method, params, arrived, False, outcome.body(), status=outcome.code, fault=fault
            )
        else:
            call = ApiCall(method, params, arrived, True, outcome.value, fault=fault)
        self.log.append(call)

    async def _faulty(
        self,
        fault: Fault,
        method: str,
        handler: Handler,
        params: dict[str, Any],
        arrived: float,
    ) -> web.Response:
        if fault.error != "timeout":
            return self._answer(method, params, arrived, fault.error_response(), fault=fault.error)
        outcome: Any = None
        if fault.apply:
            outcome = await self._perform(handler, params)
            self._record(method, params, arrived, outcome, fault="timeout")
        else:
            self.log.append(
                ApiCall(
                    method,
                    params,
                    arrived,
                    False,
                    {"error_code": 0, "description": "no response (request held)"},
                    status=0,
                    fault="timeout",
                )
            )
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.closed.wait(), fault.hang_seconds)
        if isinstance(outcome, ApiError):
            return _json_response(outcome.body(), status=outcome.code)
        if outcome is not None:
            return _json_response({"ok": True, "result": outcome.value})
        return _json_response(ApiError(504, "Gateway Timeout").body(), status=504)


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Parameters from the query string and a form, multipart or JSON body."""
    params: dict[str, Any] = dict(request.query)
    if request.method == "POST" and request.can_read_body:
        if request.content_type == "application/json":
            body = await request.json()
            if isinstance(body, dict):
                params.update({k: v for k, v in body.items() if v is not None})
        else:
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    params[key] = {"file": value.filename}
                else:
                    params[key] = value
    return {key: _decode(key, value) for key, value in params.items()}


def _json_response(body: Any, status: int = 200) -> web.Response:
    """JSON with UTF-8 text left readable (as Telegram sends it)."""
    return web.Response(
        text=json.dumps(body, ensure_ascii=False), status=status, content_type="application/json"
    )


def _decode(key: str, value: Any) -> Any:
    if not isinstance(value, str) or key in _STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value
