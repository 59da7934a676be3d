"""BotApiStandIn: an offline Telegram Bot API server for tests and the sandbox.

The real aiogram client talks to it over HTTP exactly as it talks to api.telegram.org:

    async with BotApiStandIn() as standin:
        bot = standin.create_bot()          # or Bot(token, session=AiohttpSession(api=...))
        group = await standin.add_group("3号楼")
        ...

The parts, one concern each: `world.py` the simulated world, `control.py` what people do in
it, `methods.py` the Bot API methods, `checks.py` Telegram's refusals, `entities.py` and
`markdown.py` text formatting, `updates.py` the getUpdates queue, `webhook.py` pushing updates
to a webhook instead, `routing.py` HTTP, `faults.py` scripted failures, `rate_limits.py` flood
control, `recording.py` the call log tests wait on, `sandbox_web.py` the browser page.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Self

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiohttp import web

from standin.checks import ApiError
from standin.control import WorldControl
from standin.faults import Fault, FaultKind, FaultPlan
from standin.methods import BotApiMethods
from standin.rate_limits import RateLimiter, RateLimits
from standin.recording import ApiCall, CallLog
from standin.routing import ApiRouter
from standin.updates import UpdateQueue
from standin.webhook import WebhookPusher
from standin.world import (
    CallbackRecord,
    HasId,
    HasMessageId,
    StandInChat,
    StandInUser,
    Undelivered,
    WallClock,
    World,
)

if TYPE_CHECKING:
    from standin.sandbox_web import SandboxCalendar

__all__ = ["ApiError", "BotApiStandIn", "HasId", "HasMessageId"]

Clock = Callable[[], float]


class BotApiStandIn(WorldControl):
    """An offline stand-in for the Telegram Bot API, served over HTTP on 127.0.0.1.

    Control methods that change the world are async (`await standin.post(...)`); queries
    (`calls`, `messages`, `callback_answer`, ...) are plain methods.
    """

    def __init__(
        self,
        token: str = "123456:SANDBOX",
        bot_username: str = "louhu_bot",
        privacy_mode: bool = True,
        enforce_rate_limits: bool = False,
        clock: Clock | None = None,
        *,
        rate_limits: RateLimits | None = None,
        bot_first_name: str = "Louhu 楼呼",
        strict_html: bool = True,
        sandbox_page: bool = True,
        wall_clock: WallClock = time.time,
    ) -> None:
        """Create the stand-in (call `start()` to serve it).

        `clock` (seconds, monotonic) drives the flood limits only; `rate_limits` adjusts them.
        `wall_clock` (seconds since the epoch) dates messages: the sandbox moves it forward
        with the bot's clock, so the page shows the times the bot works with.
        `strict_html` rejects a bare "&" in HTML text, which real Telegram tolerates.
        """
        head = token.partition(":")[0]
        self.token = token
        self.enforce_rate_limits = enforce_rate_limits
        self.strict_html = strict_html
        self.rate_limits = rate_limits or RateLimits()
        bot_user = StandInUser(
            id=int(head) if head.isdigit() else 123456,
            first_name=bot_first_name,
            username=bot_username,
            is_bot=True,
        )
        self.updates = UpdateQueue()
        self.world = World(bot_user, self.updates, privacy_mode=privacy_mode, wall_clock=wall_clock)
        self._log = CallLog()
        self._faults = FaultPlan()
        limiter = RateLimiter(self.rate_limits, clock or time.monotonic)
        self.webhook = WebhookPusher(self.updates)
        """setWebhook's state: the URL, the secret, every push and how the bot answered it."""
        self._methods = BotApiMethods(
            self.world,
            strict_html=strict_html,
            limiter=limiter if enforce_rate_limits else None,
            webhook=self.webhook,
        )
        self._router = ApiRouter(token, self._methods.table(), self._faults, self._log)
        self._runner: web.AppRunner | None = None
        self._url: str | None = None
        self.sandbox_calendar: SandboxCalendar | None = None
        """Set by the bot's sandbox: the page shows its clock and a "next reminder" button."""

        self.app = web.Application()
        """The aiohttp application (Bot API under /bot<token>/, the sandbox under /sandbox/)."""
        self.app.router.add_route("*", "/bot{token}/{method}", self._router.handle)
        if sandbox_page:
            from standin.sandbox_web import mount_sandbox

            mount_sandbox(self.app, self)

    # ------------------------------------------------------------------------ lifecycle

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Serve on host:port (0 picks a free port); returns the base URL."""
        if self._runner is not None:
            raise RuntimeError("the stand-in is already running")
        self.updates.closing = False
        self._router.closed = asyncio.Event()
        self._log.started_at = time.monotonic()
        runner = web.AppRunner(
            self.app, handle_signals=False, access_log=None, shutdown_timeout=1.0
        )
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        bound = runner.addresses[0]
        shown_host = f"[{bound[0]}]" if ":" in bound[0] else bound[0]
        self._url = f"http://{shown_host}:{bound[1]}"
        return self._url

    @property
    def url(self) -> str:
        """Base URL, e.g. http://127.0.0.1:40123 (use with TelegramAPIServer.from_base)."""
        if self._url is None:
            raise RuntimeError("the stand-in is not running; await start() first")
        return self._url

    @property
    def api_server(self) -> TelegramAPIServer:
        """aiogram's server description pointing at this stand-in."""
        return TelegramAPIServer.from_base(self.url)

    def create_bot(self, *, timeout: float = 10.0, **bot_kwargs: Any) -> Bot:
        """A real aiogram Bot talking to this stand-in."""
        session = AiohttpSession(api=self.api_server, timeout=timeout)
        return Bot(self.token, session=session, **bot_kwargs)

    async def stop(self) -> None:
        """Release long polls and hung requests, then stop serving."""
        self._router.closed.set()
        self.updates.close()
        await self.webhook.close()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()
        self._url = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # -------------------------------------------------------------------- the world's face

    @property
    def bot_user(self) -> StandInUser:
        """The bot as a Telegram user."""
        return self.world.bot_user

    @property
    def privacy_mode(self) -> bool:
        """Whether the bot sees only commands, mentions and replies in groups it does not
        administer."""
        return self.world.privacy_mode

    @property
    def users(self) -> dict[int, StandInUser]:
        """Every user of the fake world by id (the bot is not listed)."""
        return self.world.users

    @property
    def chats(self) -> dict[int, StandInChat]:
        """Every chat by id: groups, supergroups and private chats with the bot."""
        return self.world.chats

    @property
    def callback_log(self) -> list[CallbackRecord]:
        """Every button press, in order, with the bot's answer once given."""
        return self.world.callback_log

    @property
    def version(self) -> int:
        """Bumped on every change of the visible world (the sandbox page polls it)."""
        return self.world.version

    @property
    def undelivered(self) -> list[Undelivered]:
        """Updates Telegram would have withheld from the bot (privacy mode, allowed_updates…)."""
        return self.updates.undelivered

    def revoke_token(self, new_token: str) -> None:
        """@BotFather's /revoke: from now on the old token gets 401 and `new_token` works.

        The bot stays the same (the id before the colon), and so do its chats, the updates
        waiting for it and its webhook.
        """
        if new_token.partition(":")[0] != self.token.partition(":")[0]:
            raise ValueError("a revoked token keeps the bot's id before the colon")
        self.token = new_token
        self._router.token = new_token

    # ------------------------------------------------------------------- the update queue

    async def inject_update(self, raw: dict[str, Any]) -> int:
        """Queue any update (its update_id is assigned here); allowed_updates is not applied."""
        return self.updates.inject(raw)

    async def redeliver(self, update_id: int) -> None:
        """Hand an already delivered update out once more, with the same update_id, even
        though the bot's offset has passed it (as after a crash before confirming)."""
        self.updates.redeliver(update_id)

    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates queued and not yet confirmed by an offset."""
        return self.updates.pending()

    def queued_updates(self) -> list[dict[str, Any]]:
        """Every update ever queued, delivered or not, in order."""
        return self.updates.history()

    @property
    def allowed_updates(self) -> frozenset[str]:
        """The update types the bot currently receives (last allowed_updates it sent)."""
        return self.updates.allowed_updates

    @property
    def bot_is_idle(self) -> bool:
        """Whether the bot has confirmed every update it was given and waits for no answer (its
        long poll aside). Tests combine this with the bot's own signals to see that nothing is
        under way any more."""
        return self.updates.all_confirmed and self._log.requests_in_flight == 0

    # ------------------------------------------------------------------ the call log

    def calls(self, method: str | None = None, **param_filters: Any) -> list[ApiCall]:
        """Recorded calls, optionally of one method and with parameters equal to the filters
        (users, chats and messages may be passed for ids)."""
        return self._log.calls(method, **param_filters)

    def mark(self) -> int:
        """A position in the call log, for `wait_for(..., since=mark)`."""
        return self._log.mark()

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[ApiCall], bool] | None = None,
        *,
        timeout: float = 5.0,
        count: int = 1,
        since: int = 0,
    ) -> list[ApiCall]:
        """Wait until `count` successful calls of `method` (matching `predicate`) happened
        since position `since`; returns all of them. AssertionError with the recent calls
        on timeout."""
        return await self._log.wait_for(
            method, predicate, timeout=timeout, count=count, since=since
        )

    # --------------------------------------------------------------------------- faults

    def fail(
        self,
        method: str,
        error: FaultKind | str,
        *,
        times: int = 1,
        retry_after: int = 1,
        predicate: Callable[[dict[str, Any]], bool] | None = None,
        hang_seconds: float = 30.0,
        apply: bool = False,
        description: str | None = None,
    ) -> Fault:
        """Make the next `times` calls of `method` (whose params match `predicate`) fail.

        error: "429" (with parameters.retry_after), "500", "502", "403", or "timeout" (hold
        the request `hang_seconds` without answering; with apply=True the method is carried
        out first, i.e. the response is lost). If a held request outlives the hang, it gets
        the real response (apply=True) or 504 Gateway Timeout. `description` overrides the
        error text.
        """
        entry = self._router.methods.get(method.lower())
        if entry is None:
            raise ValueError(f"the stand-in does not serve {method!r}")
        fault = Fault(
            method=entry[0],
            error=error,
            remaining=times,
            retry_after=retry_after,
            predicate=predicate,
            hang_seconds=hang_seconds,
            apply=apply,
            description=description,
        )
        return self._faults.add(fault)

    def clear_faults(self) -> None:
        """Forget every fault not yet used up."""
        self._faults.clear()
