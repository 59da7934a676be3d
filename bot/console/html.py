"""The console's HTML: server-rendered, escaped, no script, one stylesheet served by the console."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from bot.l10n import L10n

STYLESHEET = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;color:#1d232b;
background:#f4f6f8}
header{background:#1f4e79;color:#fff;padding:.5rem .8rem;display:flex;flex-wrap:wrap;
gap:.4rem .9rem;align-items:center}
header a{color:#fff;text-decoration:none;padding:.2rem .1rem}
header a.here{border-bottom:2px solid #ffd166}
header .who{margin-left:auto;opacity:.85;font-size:.9em}
header form{display:inline;margin:0}
header button{background:transparent;color:#fff;border:1px solid #ffffff80;border-radius:4px;
padding:.15rem .5rem;cursor:pointer;font:inherit;font-size:.85em}
main{padding:.8rem;max-width:1200px;margin:0 auto}
h1{font-size:1.25rem;margin:.3rem 0 .8rem}
h2{font-size:1.05rem;margin:1.2rem 0 .4rem}
.scroll{overflow-x:auto;background:#fff;border-radius:6px;box-shadow:0 1px 2px #0002}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{padding:.35rem .5rem;border-bottom:1px solid #e3e7ec;text-align:left;vertical-align:top}
th{background:#eef2f6;position:sticky;top:0;white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.nw{white-space:nowrap}
td.n a{display:inline-block;min-width:1.6em}
.zero{color:#9aa5b1}
.warn{color:#b3261e;font-weight:600}
tr.late td{background:#fff1f0}
tr.stale td{background:#fff4e5}tr.stale td:first-child{box-shadow:inset 4px 0 #e07a1f}
.stale-mark{display:inline-block;background:#b3261e;color:#fff;border-radius:3px;
padding:0 .35rem;font-size:.85em;font-weight:600;white-space:nowrap;margin-top:.2rem}
.stale-reason{color:#b3261e;font-weight:600;white-space:nowrap}
form.dispatch{display:flex;flex-wrap:wrap;gap:.3rem;margin:.15rem 0;align-items:center}
form.dispatch button:not(.primary){font:inherit;padding:.3rem .6rem;border:1px solid #b8c2cc;
border-radius:4px;background:#fff;cursor:pointer}
p.switch a.here{font-weight:600;color:#1d232b;text-decoration:none}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem;margin:.2rem 0 .8rem;align-items:center}
input,select{font:inherit;padding:.3rem .4rem;border:1px solid #b8c2cc;border-radius:4px;
max-width:100%}
button.primary{background:#1f4e79;color:#fff;border:0;border-radius:4px;padding:.35rem .9rem;
font:inherit;cursor:pointer}
details summary{cursor:pointer;color:#1f4e79}
form.edit{display:grid;grid-template-columns:auto 1fr;gap:.3rem .5rem;margin:.4rem 0;
min-width:16rem;max-width:40rem}
.notice{background:#fff8e1;border:1px solid #f0d58c;padding:.5rem .7rem;border-radius:6px;
margin:.5rem 0}
.error{background:#fdecea;border-color:#f5c2c0}
.plain{max-width:32rem;margin:3rem auto;background:#fff;padding:1.5rem;border-radius:8px;
box-shadow:0 1px 3px #0002}
.muted{color:#5f6b76;font-size:.9em}
figure.chart{background:#fff;border-radius:6px;box-shadow:0 1px 2px #0002;margin:0 0 1rem;
padding:.5rem .7rem;max-width:760px}
figure.chart>svg{width:100%;height:auto;display:block}
.key svg{width:10px;height:10px;display:inline-block;vertical-align:middle}
figcaption{font-weight:600;font-size:.95em}.key{font-weight:400;font-size:.85em;margin-left:.6rem}
ul.flat{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem .8rem}
@media (max-width:640px){main{padding:.5rem}th,td{padding:.3rem .35rem}
header{font-size:.9em;gap:.2rem .7rem}header .who{display:none}}
"""


def e(value: object) -> str:
    """Text for HTML content or a quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


@dataclass(frozen=True)
class Chrome:
    """What every signed-in page needs around its content."""

    l10n: L10n
    lang: str
    prefix: str
    csrf: str
    who: str

    def t(self, key: str, **args: object) -> str:
        """A text in the page's language (Fluent; string arguments are escaped by L10n)."""
        return self.l10n.text(self.lang, key, **args)

    def url(self, path: str) -> str:
        """A console path under where the console is mounted."""
        return f"{self.prefix}{path}"

    def csrf_field(self) -> str:
        """The hidden field every form carries."""
        return f'<input type="hidden" name="csrf" value="{e(self.csrf)}">'


NAV = (
    ("/", "console-nav-today"),
    ("/households", "console-nav-households"),
    ("/incidents", "console-nav-incidents"),
    ("/orders", "console-nav-orders"),
    ("/charts", "console-nav-charts"),
    ("/chain", "console-nav-chain"),
    ("/files", "console-nav-files"),
    ("/audit", "console-nav-audit"),
)


def page(chrome: Chrome, here: str, title: str, body: str, back: str) -> str:
    """A whole signed-in page: header with navigation, language switch and logout."""
    links = "".join(
        f'<a href="{e(chrome.url(path))}"{" class=here" if path == here else ""}>'
        f"{chrome.t(key)}</a>"
        for path, key in NAV
    )
    other = "en" if chrome.lang == "zh" else "zh"
    switch = (
        f'<form method="post" action="{e(chrome.url("/lang"))}">{chrome.csrf_field()}'
        f'<input type="hidden" name="lang" value="{other}">'
        f'<input type="hidden" name="back" value="{e(back)}">'
        f'<button type="submit" lang="{other}">{chrome.l10n.text(other, "console-lang-name")}'
        "</button></form>"
    )
    logout = (
        f'<form method="post" action="{e(chrome.url("/logout"))}">{chrome.csrf_field()}'
        f'<button type="submit" id="logout">{chrome.t("console-logout")}</button></form>'
    )
    return document(
        chrome,
        title,
        f"<header><strong>{chrome.t('console-title')}</strong>{links}"
        f'<span class="who">{e(chrome.who)}</span>{switch}{logout}</header>'
        f"<main><h1>{title}</h1>{body}</main>",
    )


def document(chrome: Chrome | PlainChrome, title: str, body: str) -> str:
    """The HTML document around a body."""
    html_lang = "zh-Hans" if chrome.lang == "zh" else chrome.lang
    return (
        f'<!doctype html><html lang="{html_lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title>"
        f'<link rel="stylesheet" href="{e(chrome.prefix)}/console.css"></head>'
        f"<body>{body}</body></html>"
    )


@dataclass(frozen=True)
class PlainChrome:
    """Pages for someone not signed in: the link pages, logged out, refused."""

    l10n: L10n
    lang: str
    prefix: str

    def t(self, key: str, **args: object) -> str:
        """A text in the page's language."""
        return self.l10n.text(self.lang, key, **args)


def plain(chrome: PlainChrome, title_key: str, text_key: str, extra: str = "") -> str:
    """A plain page: a title, a sentence, maybe a form."""
    title = chrome.t(title_key)
    return document(
        chrome,
        title,
        f'<div class="plain"><h1>{title}</h1><p>{chrome.t(text_key)}</p>{extra}</div>',
    )


def table(
    heads: Iterable[str], rows: Iterable[str], *, table_id: str = "", numbers_from: int = 99
) -> str:
    """A scrollable table (rows are ready <tr> strings); heads from `numbers_from` on are of
    number columns, aligned as their numbers."""
    ident = f' id="{e(table_id)}"' if table_id else ""
    head = "".join(
        f"<th{' class=n' if i >= numbers_from else ''}>{h}</th>" for i, h in enumerate(heads)
    )
    return (
        f'<div class="scroll"><table{ident}><thead><tr>{head}</tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table></div>"
    )


def number(count: int, href: str | None = None) -> str:
    """A number cell, linked to its list; zero is grey."""
    shown = f'<a href="{e(href)}">{count}</a>' if href and count else str(count)
    return f'<td class="n{" zero" if not count else ""}">{shown}</td>'


def duration(seconds: float | None, target: float | None = None) -> str:
    """A cell with a time since the report: 45 s, 3 min 5 s, 2 h 10 min; late ones marked."""
    if seconds is None:
        return '<td class="n zero">—</td>'
    s = max(0, int(seconds))
    if s < 60:
        shown = f"{s} s"
    elif s < 3600:
        shown = f"{s // 60} min {s % 60} s" if s % 60 else f"{s // 60} min"
    else:
        shown = f"{s // 3600} h {s % 3600 // 60} min"
    late = target is not None and seconds > target
    return f'<td class="n{" warn" if late else ""}">{shown}</td>'
