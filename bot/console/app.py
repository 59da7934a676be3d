"""The staff console: an aiohttp sub-application the bot's web server mounts at /console.

Sign-in is by a one-time link the bot sends for /console in a private chat: opening it shows a
button (so a link preview fetching the page spends nothing), pressing it spends the link and
sets the session cookie (HttpOnly, SameSite=Lax, 12 h). Every page is read fresh against the
person's roles; every form carries the session's CSRF token; every response carries the
security headers. No script, one stylesheet served from here: it works offline.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from aiohttp import web
from aiohttp.web_request import FileField
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from yarl import URL

from bot.console import files as ledger_files
from bot.console import pages
from bot.console.html import STYLESHEET, Chrome, PlainChrome, e, plain
from bot.l10n import L10n, Translator
from bot.ledger_files import LedgerFileError
from bot.notifier import TelegramNotifier
from bot.settings import Settings
from domain.calendar_settings import PAIR_WINDOW
from domain.clock import Clock
from domain.console_access import (
    SESSION_LIFETIME,
    Access,
    LinkState,
    NewSession,
    console_access,
    end_session,
    link_state,
    open_session,
    redeem_link,
    set_language,
)
from domain.console_orders import Changed, console_dispatch, console_pair, orders_board
from domain.console_views import (
    LedgerFilter,
    LedgerRow,
    NotAllowed,
    audit_page,
    calendar_page,
    chain_page,
    chart_days,
    edit_household,
    incidents_page,
    ledger,
    today_page,
)
from domain.dispatch import building_volunteers
from domain.ledger_terms import (
    LedgerValueError,
    needs_column,
    parse_language,
    parse_needs,
    parse_people,
    parse_phone,
)
from domain.order_rules import OrderAction
from domain.pairing import PairOutcome, household_pairings, pair_window
from models.buildings import Building
from models.households import Household
from models.orders import Order
from models.people import Person

COOKIE = "louhu_console"
CONSOLE_LANGUAGES = ("zh", "en")
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class Console:
    """What the console's handlers share."""

    sessionmaker: async_sessionmaker[AsyncSession]
    clock: Clock
    l10n: L10n
    settings: Settings
    prefix: str
    notifier: TelegramNotifier
    """Queues what the chat would send for a change made here (assignments, 包户)."""
    wake: Callable[[], None]
    """Tells the sender new messages were committed (the bot's sender.wake)."""

    def plain_chrome(self, request: web.Request) -> PlainChrome:
        """Texts for someone not signed in, in the browser's language."""
        wanted = request.headers.get("Accept-Language", "").split(",")[0].split(";")[0]
        lang = self.l10n.match(wanted) if wanted else None
        if lang not in CONSOLE_LANGUAGES:
            lang = (
                self.settings.default_language
                if self.settings.default_language in CONSOLE_LANGUAGES
                else "zh"
            )
        return PlainChrome(self.l10n, lang, self.prefix)


@dataclass(frozen=True)
class SignedIn:
    """The signed-in person of a request."""

    session_id: int
    csrf: str
    language: str
    access: Access
    name: str


CONSOLE_KEY = web.AppKey("console", Console)


def _plain_response(
    console: Console,
    request: web.Request,
    title: str,
    text: str,
    status: int,
    extra: str = "",
    lang: str | None = None,
) -> web.Response:
    chrome = console.plain_chrome(request)
    if lang in CONSOLE_LANGUAGES:
        chrome = PlainChrome(console.l10n, lang, console.prefix)
    return web.Response(
        text=plain(chrome, title, text, extra), content_type="text/html", status=status
    )


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The usual headers on every answer, errors included."""
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        response = exc
        response.headers.update(SECURITY_HEADERS)
        raise
    response.headers.update(SECURITY_HEADERS)
    return response


def signed_in(
    handler: Callable[[web.Request, Console, SignedIn], Awaitable[web.StreamResponse]],
) -> Handler:
    """Pages for a signed-in person with any role left; a POST must carry the CSRF token."""

    async def wrapped(request: web.Request) -> web.StreamResponse:
        console = request.app[CONSOLE_KEY]
        cookie = request.cookies.get(COOKIE, "")
        async with console.sessionmaker() as session:
            row = await open_session(session, console.clock, cookie) if cookie else None
            if row is None:
                return _plain_response(
                    console, request, "console-need-login-title", "console-need-login", 401
                )
            access = await console_access(session, row.person_id)
            person = await session.get(Person, row.person_id)
            who = SignedIn(
                row.id, row.csrf, row.language, access, person.full_name if person else ""
            )
        if not access:
            return _plain_response(
                console, request, "console-forbidden-title", "console-forbidden", 403
            )
        if request.method == "POST":
            form = await request.post()
            sent = str(form.get("csrf", ""))
            if not hmac.compare_digest(sent.encode(), who.csrf.encode()):
                return _plain_response(
                    console, request, "console-forbidden-title", "console-csrf", 403
                )
        return await handler(request, console, who)

    return wrapped


def chrome_for(console: Console, who: SignedIn) -> Chrome:
    """The signed-in page chrome in the session's language."""
    return Chrome(console.l10n, who.language, console.prefix, who.csrf, who.name)


def _html(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, content_type="text/html", status=status)


def _building_arg(request: web.Request, who: SignedIn) -> int | bool | None:
    """The ?building= asked for: its id, None when not asked, False when not the person's."""
    raw = request.query.get("building", "")
    if not raw:
        return None
    if not raw.isascii() or not raw.isdigit() or len(raw) > 15:
        return False
    building_id = int(raw)
    return building_id if who.access.reach(building_id) is not None else False


def _forbidden(console: Console, request: web.Request) -> web.Response:
    return _plain_response(console, request, "console-forbidden-title", "console-forbidden", 403)


# --- signing in and out ------------------------------------------------------------------------


async def login_page(request: web.Request) -> web.StreamResponse:
    """The link's page: a button that signs in, or why the link no longer does."""
    console = request.app[CONSOLE_KEY]
    token = request.match_info["token"]
    async with console.sessionmaker() as session:
        state = await link_state(session, console.clock, token)
    if state is not LinkState.VALID:
        return _link_refused(console, request, state)
    chrome = console.plain_chrome(request)
    form = (
        f'<form method="post" action="{console.prefix}/login">'
        f'<input type="hidden" name="token" value="{e(token)}">'
        f'<button class="primary" type="submit" id="sign-in">{chrome.t("console-login-button")}'
        "</button></form>"
    )
    return _plain_response(console, request, "console-login-title", "console-login-text", 200, form)


def _link_refused(console: Console, request: web.Request, state: LinkState) -> web.Response:
    key = {
        LinkState.USED: "console-link-used",
        LinkState.EXPIRED: "console-link-expired",
    }.get(state, "console-link-unknown")
    return _plain_response(console, request, "console-link-refused-title", key, 410)


async def login(request: web.Request) -> web.StreamResponse:
    """Spend the link, open the session, set the cookie, go to Today."""
    console = request.app[CONSOLE_KEY]
    form = await request.post()
    token = str(form.get("token", ""))
    async with console.sessionmaker() as session, session.begin():
        result = await redeem_link(session, console.clock, token, "zh")
        if isinstance(result, NewSession):
            person = await session.get(Person, result.session.person_id)
            language = console.l10n.person_language(
                person.language if person else None,
                person.telegram_language if person else None,
                console.settings.default_language,
            )
            if language not in CONSOLE_LANGUAGES:
                language = "en"
            await set_language(session, result.session.id, language)
    if not isinstance(result, NewSession):
        return _link_refused(console, request, result)
    response = web.HTTPSeeOther(f"{console.prefix}/")
    response.set_cookie(
        COOKIE,
        result.token,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        path=console.prefix or "/",
        httponly=True,
        samesite="Lax",
        secure=console.settings.web_url.startswith("https://"),
    )
    raise response


@signed_in
async def logout(request: web.Request, console: Console, who: SignedIn) -> web.StreamResponse:
    """End the session; the cookie opens nothing any more."""
    async with console.sessionmaker() as session, session.begin():
        await end_session(session, console.clock, who.session_id)
    response = _plain_response(
        console, request, "console-logged-out-title", "console-logged-out", 200, lang=who.language
    )
    response.del_cookie(COOKIE, path=console.prefix or "/")
    return response


@signed_in
async def switch_language(
    request: web.Request, console: Console, who: SignedIn
) -> web.StreamResponse:
    """中文 / English for this session; back to the page it was pressed on."""
    form = await request.post()
    lang = str(form.get("lang", ""))
    back = str(form.get("back", ""))
    if lang in CONSOLE_LANGUAGES:
        async with console.sessionmaker() as session, session.begin():
            await set_language(session, who.session_id, lang)
    if not back.startswith(f"{console.prefix}/") or back.startswith("//"):
        back = f"{console.prefix}/"
    raise web.HTTPSeeOther(back)


async def stylesheet(request: web.Request) -> web.StreamResponse:
    """The console's only stylesheet (no CDN)."""
    return web.Response(text=STYLESHEET, content_type="text/css")


# --- pages -------------------------------------------------------------------------------------


def _back(request: web.Request) -> str:
    return request.path_qs


@signed_in
async def today(request: web.Request, console: Console, who: SignedIn) -> web.StreamResponse:
    """Per building: orders, incidents, roll calls, sampling, fevers, welfare checks."""
    async with console.sessionmaker() as session:
        rows = await today_page(session, console.clock, who.access, console.settings.timezone)
    return _html(pages.today(chrome_for(console, who), rows, _back(request)))


@signed_in
async def households(request: web.Request, console: Console, who: SignedIn) -> web.StreamResponse:
    """The ledger: search, filter, edit in place (staff)."""
    building_id = _building_arg(request, who)
    if building_id is False:
        return _forbidden(console, request)
    want = LedgerFilter(
        building_id=building_id if isinstance(building_id, int) else None,
        text=request.query.get("q", "")[:64],
        need=request.query.get("need", ""),
        quarantined=request.query.get("quarantined", "") == "1",
    )
    async with console.sessionmaker() as session:
        rows, more = await ledger(
            session, console.clock, who.access, console.settings.timezone, want
        )
        names = await pages.building_names(session, who.access)
        chrome = chrome_for(console, who)
        pairings = await _pairings(session, who, rows)
        notice = await _pair_notice(session, chrome, who, request)
    error = request.query.get("error", "")
    return _html(
        pages.households(
            chrome, who.access, rows, more, want, names, error, _back(request), pairings, notice
        )
    )


async def _pairings(session: AsyncSession, who: SignedIn, rows: list[LedgerRow]) -> pages.Pairings:
    """包户 of the households shown, and the volunteers of the buildings the person may pair in."""
    paired = await household_pairings(session, [r.household.id for r in rows])
    mine = sorted({r.household.building_id for r in rows} & set(who.access.buildings))
    volunteers = await building_volunteers(
        session, [b for b in mine if who.access.dispatcher_of(b)]
    )
    return pages.Pairings(paired, volunteers)


EDIT_PARSERS: dict[str, Callable[[str], Any]] = {
    "people": lambda text: parse_people(text) if text.strip() else None,
    "language": parse_language,
    "phone": lambda text: parse_phone(text) if text.strip() else None,
    "needs": lambda text: needs_column(parse_needs(text)),
    "note": lambda text: text.strip()[:500] or None,
}


@signed_in
async def edit(request: web.Request, console: Console, who: SignedIn) -> web.StreamResponse:
    """Save a household's row (staff of its community only); recorded in the audit."""
    raw = request.match_info["household_id"]
    async with console.sessionmaker() as session:
        household = await session.get(Household, int(raw))
        if household is None or not who.access.staff_of(household.building_id):
            return _forbidden(console, request)
    form = await request.post()
    back = str(form.get("back", ""))
    if not back.startswith(f"{console.prefix}/households") or back.startswith("//"):
        back = f"{console.prefix}/households"
    values: dict[str, Any] = {}
    try:
        for name, parse in EDIT_PARSERS.items():
            if name in form:
                values[name] = parse(str(form[name]))
    except LedgerValueError as exc:
        joiner = "&" if "?" in back else "?"
        raise web.HTTPSeeOther(
            f"{back}{joiner}{urlencode({'error': f'{exc.field}:{exc.value}'[:120]})}"
        ) from None
    async with console.sessionmaker() as session, session.begin():
        try:
            await edit_household(
                session, console.clock, who.access, household_id=int(raw), values=values
            )
        except NotAllowed:
            return _forbidden(console, request)
    raise web.HTTPSeeOther(f"{back}#h{raw}")


@signed_in
async def pair(request: web.Request, console: Console, who: SignedIn) -> web.StreamResponse:
    """包户 from the Households page: pair a household with a volunteer of its building, or end
    its pairing, as /pair does (staff of the community or the building's lead only)."""
    household_id = int(request.match_info["household_id"])
    form = await request.post()
    what = str(form.get("action", ""))
    volunteer_id = _id_arg(str(form.get("volunteer", "")))
    if what not in ("pair", "unpair") or (what == "pair" and volunteer_id is None):
        return _forbidden(console, request)
    async with console.sessionmaker() as session, session.begin():
        try:
            result = await console_pair(
                session,
                console.clock,
                console.notifier.pairing,
                who.access,
                household_id=household_id,
                volunteer_id=volunteer_id if what == "pair" else None,
            )
        except NotAllowed:
            return _forbidden(console, request)
    console.wake()
    raise web.HTTPSeeOther(
        _back_to(
            console,
            form,
            "/households",
            f"h{household_id}",
            done=f"pair-{result.outcome.value}",
            household=str(household_id),
        )
    )


async def _pair_notice(
    session: AsyncSession, chrome: Chrome, who: SignedIn, request: web.Request
) -> str:
    """The sentence after a pairing change (?done=pair-…&household=…), as the household is now."""
    done, household_id = request.query.get("done", ""), _id_arg(request.query.get("household", ""))
    outcome = done.removeprefix("pair-")
    if not done.startswith("pair-") or outcome not in set(PairOutcome) or household_id is None:
        return ""
    household = await session.get(Household, household_id)
    if household is None or who.access.reach(household.building_id) is None:
        return ""
    paired = (await household_pairings(session, [household_id])).get(household_id)
    volunteer = await session.get(Person, paired[0]) if paired else None
    building = await session.get(Building, household.building_id)
    window = await pair_window(session, building.community) if building else PAIR_WINDOW
    text = chrome.t(
        f"console-pair-{outcome}",
        flat=household.flat,
        volunteer=volunteer.full_name if volunteer else "",
        minutes=int(window.total_seconds() // 60),
    )
    if (
        outcome in (PairOutcome.PAIRED, PairOutcome.MOVED)
        and volunteer
        and not volunteer.started_bot
    ):
        text += " " + chrome.t("console-pair-unstarted", volunteer=volunteer.full_name)
    bad = outcome in (PairOutcome.NOT_VOLUNTEER, PairOutcome.UNKNOWN_FLAT)
    return f'<p class="notice{" error" if bad else ""}" id="changed" role="status">{text}</p>'


@signed_in
async def incidents(request: web.Request, console: Console, who: SignedIn) -> web.StreamResponse:
    """Incidents with their timelines and 快响 times."""
    building_id = _building_arg(request, who)
    if building_id is False:
        return _forbidden(console, request)
    async with console.sessionmaker() as session:
        rows = await incidents_page(
            session, who.access, building_id if isinstance(building_id, int) else None
        )
        targets = await pages.ack_targets(session, {r.incident.community for r in rows})
    return _html(
        pages.incidents(chrome_for(console, who), rows, targets, console.settings, _back(request))
    )


@signed_in
async def orders(request: web.Request, console: Console, who: SignedIn) -> web.StreamResponse:
    """Orders, open first or all (or the stale ones), with time to claim and to deliver; those
    the person may dispatch with the forms to assign, reassign or take back."""
    building_id = _building_arg(request, who)
    if building_id is False:
        return _forbidden(console, request)
    building = building_id if isinstance(building_id, int) else None
    open_only = request.query.get("all", "") != "1"
    stale_only = request.query.get("stale", "") == "1"
    chrome = chrome_for(console, who)
    async with console.sessionmaker() as session:
        board = await orders_board(
            session, console.clock, who.access, building, open_only=open_only, stale_only=stale_only
        )
        notice = await _order_notice(session, chrome, who, request)
    return _html(
        pages.orders(
            chrome,
            board,
            open_only=open_only,
            stale_only=stale_only,
            building_id=building,
            notice=notice,
            settings=console.settings,
            back=_back(request),
        )
    )


def _id_arg(raw: str) -> int | None:
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 15 else None


async def _order_notice(
    session: AsyncSession, chrome: Chrome, who: SignedIn, request: web.Request
) -> str:
    """The sentence after a change (?done=…&order=…), about the order as it is now."""
    done, order_id = request.query.get("done", ""), _id_arg(request.query.get("order", ""))
    if done not in {c.value for c in Changed} or order_id is None:
        return ""
    order = await session.get(Order, order_id)
    if order is None or who.access.reach(order.building_id) is None:
        return ""
    holder = await session.get(Person, order.volunteer_id) if order.volunteer_id else None
    name = holder.full_name if holder else ""
    state = chrome.t(f"console-status-{order.status}") + (f" · {name}" if name else "")
    # the name is escaped once, by chrome.t, as every argument is
    text = chrome.t(f"console-changed-{done}", number=order.number, volunteer=name, state=state)
    kind = " error" if done in (Changed.CONFLICT, Changed.NOT_A_VOLUNTEER) else ""
    warn = " warn" if done == Changed.UNSTARTED else ""
    return f'<p class="notice{kind}{warn}" id="changed" role="status">{text}</p>'


def _back_to(console: Console, form: Any, page: str, anchor: str, **query: str) -> str:
    """Where to go after a change: the page it was made on (its own query kept, an earlier
    change's notice dropped) with this change's notice."""
    back = str(form.get("back", ""))
    if not back.startswith(f"{console.prefix}{page}") or back.startswith("//"):
        back = f"{console.prefix}{page}"
    url = URL(back)
    kept = [(k, v) for k, v in url.query.items() if k not in NOTICE_ARGS]
    return str(url.with_query(kept).update_query(query).with_fragment(anchor))


NOTICE_ARGS = frozenset({"done", "order", "household", "volunteer"})
DISPATCH_FORM = {
    "assign": OrderAction.ASSIGN,
    "reassign": OrderAction.REASSIGN,
    "unassign": OrderAction.UNASSIGN,
}


@signed_in
async def dispatch_order(
    request: web.Request, console: Console, who: SignedIn
) -> web.StreamResponse:
    """Assign, reassign or take back an order, as the card's 指派 / 改派 / 收回 do: staff of the
    community or the building's lead only (read fresh); a race is told plainly, not an error."""
    order_id = int(request.match_info["order_id"])
    form = await request.post()
    action = DISPATCH_FORM.get(str(form.get("action", "")))
    volunteer_id = _id_arg(str(form.get("volunteer", "")))
    if action is None or (action is not OrderAction.UNASSIGN and volunteer_id is None):
        return _forbidden(console, request)
    if action is OrderAction.UNASSIGN:
        volunteer_id = None
    async with console.sessionmaker() as session, session.begin():
        try:
            changed = await console_dispatch(
                session,
                console.clock,
                console.notifier,
                who.access,
                order_id=order_id,
                action=action,
                volunteer_id=volunteer_id,
                seen=str(form.get("seen", "")),
            )
        except NotAllowed:
            return _forbidden(console, request)
    console.wake()
    raise web.HTTPSeeOther(
        _back_to(console, form, "/orders", f"o{order_id}", done=changed.value, order=str(order_id))
    )


@signed_in
async def calendar(request: web.Request, console: Console, who: SignedIn) -> web.StreamResponse:
    """One building's quarantine calendar today."""
    building_id = _building_arg(request, who)
    if not isinstance(building_id, int) or building_id is False:
        return _forbidden(console, request)
    async with console.sessionmaker() as session:
        found = await calendar_page(
            session, console.clock, who.access, building_id, console.settings.timezone
        )
    if found is None:
        return _forbidden(console, request)
    return _html(pages.calendar(chrome_for(console, who), found, _back(request)))


@signed_in
async def charts(request: web.Request, console: Console, who: SignedIn) -> web.StreamResponse:
    """The last 14 days in charts (server-rendered SVG)."""
    async with console.sessionmaker() as session:
        days = await chart_days(session, console.clock, who.access, console.settings.timezone)
    return _html(pages.charts(chrome_for(console, who), days, _back(request)))


@signed_in
async def chain(request: web.Request, console: Console, who: SignedIn) -> web.StreamResponse:
    """The emergency chain of each community the person covers."""
    async with console.sessionmaker() as session:
        views = await chain_page(session, who.access)
    return _html(pages.chain(chrome_for(console, who), views, _back(request)))


@signed_in
async def files(request: web.Request, console: Console, who: SignedIn) -> web.StreamResponse:
    """Export links and the import form, for staff."""
    communities = sorted(who.access.staff_communities)
    return _html(ledger_files.files_page(chrome_for(console, who), communities, _back(request)))


@signed_in
async def export(request: web.Request, console: Console, who: SignedIn) -> web.StreamResponse:
    """The community's ledger as XLSX or CSV (staff of that community only)."""
    community = request.query.get("community", "")
    fmt = request.query.get("format", "xlsx")
    if community not in who.access.staff_communities or fmt not in ("xlsx", "csv"):
        return _forbidden(console, request)
    async with console.sessionmaker() as session:
        content, _ = await ledger_files.export_file(
            session, console.clock, community, who.language, fmt, console.settings.timezone
        )
    day = console.clock.now().date().isoformat()
    name = quote(f"{community}-{day}.{fmt}")
    kind = (
        "text/csv; charset=utf-8"
        if fmt == "csv"
        else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    return web.Response(
        body=content,
        headers={
            "Content-Type": kind,
            "Content-Disposition": f"attachment; filename*=UTF-8''{name}",
        },
    )


@signed_in
async def import_ledger(
    request: web.Request, console: Console, who: SignedIn
) -> web.StreamResponse:
    """An upload is checked and dry run; "Import now" sends the same cells back to be written."""
    form = await request.post()
    community = str(form.get("community", ""))
    building = str(form.get("building", "")).strip()[:64]
    if community not in who.access.staff_communities:
        return _forbidden(console, request)
    chrome = chrome_for(console, who)
    t = Translator(console.l10n, (who.language,))
    confirm = form.get("confirm") == "1"
    upload = form.get("file")
    try:
        if confirm:
            table = ledger_files.table_from_form(str(form.get("table", "")))
            file_name = str(form.get("file_name", ""))[:128]
        elif isinstance(upload, FileField) and upload.filename:
            file_name = upload.filename[:128]
            table = await ledger_files.table_of_upload(file_name, upload.file.read())
        else:
            raise LedgerFileError(t("console-files-no-file"))
    except LedgerFileError as exc:
        outcome = ledger_files.ImportOutcome([str(exc)], True, 0)
        return _html(
            ledger_files.outcome_page(
                chrome,
                outcome,
                dry_run=True,
                community=community,
                building=building,
                table=[],
                file_name="",
                back=_back(request),
            )
        )
    async with console.sessionmaker() as session:
        outcome = await ledger_files.run_import(
            session,
            console.clock,
            who.access,
            t,
            community=community,
            table=table,
            building=building,
            timezone=console.settings.timezone,
            dry_run=not confirm,
            file_name=file_name,
        )
    return _html(
        ledger_files.outcome_page(
            chrome,
            outcome,
            dry_run=not confirm,
            community=community,
            building=building,
            table=table,
            file_name=file_name,
            back=_back(request),
        )
    )


@signed_in
async def audit(request: web.Request, console: Console, who: SignedIn) -> web.StreamResponse:
    """Every change made in the console in the person's staff communities."""
    async with console.sessionmaker() as session:
        rows = await audit_page(session, who.access)
    return _html(pages.audit(chrome_for(console, who), rows, console.settings, _back(request)))


def console_app(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    l10n: L10n,
    settings: Settings,
    *,
    prefix: str = "/console",
    notifier: TelegramNotifier | None = None,
    wake: Callable[[], None] | None = None,
) -> web.Application:
    """The console as a sub-application; mount it with `app.add_subapp(prefix, console_app(…))`.

    `notifier` and `wake` are the bot's (its TelegramNotifier, its sender's wake): a change
    made here queues the chat's messages in the outbox, and the sender is told. Without them
    (a console apart from the bot) the messages wait in the outbox for the sender's next look.
    """
    app = web.Application(middlewares=[security_headers])
    if notifier is None:
        notifier = TelegramNotifier(
            l10n, clock, settings.default_language, zone=ZoneInfo(settings.timezone)
        )
    app[CONSOLE_KEY] = Console(
        sessionmaker,
        clock,
        l10n,
        settings,
        prefix.rstrip("/"),
        notifier,
        wake or (lambda: None),
    )
    app.router.add_get("/console.css", stylesheet)
    app.router.add_get("/login/{token}", login_page)
    app.router.add_post("/login", login)
    app.router.add_post("/logout", logout)
    app.router.add_post("/lang", switch_language)
    app.router.add_get("/", today)
    app.router.add_get("/households", households)
    app.router.add_post("/households/{household_id:[0-9]{1,15}}", edit)
    app.router.add_get("/incidents", incidents)
    app.router.add_post("/households/{household_id:[0-9]{1,15}}/pair", pair)
    app.router.add_get("/orders", orders)
    app.router.add_post("/orders/{order_id:[0-9]{1,15}}/dispatch", dispatch_order)
    app.router.add_get("/calendar", calendar)
    app.router.add_get("/charts", charts)
    app.router.add_get("/chain", chain)
    app.router.add_get("/files", files)
    app.router.add_get("/export", export)
    app.router.add_post("/import", import_ledger)
    app.router.add_get("/audit", audit)
    return app
