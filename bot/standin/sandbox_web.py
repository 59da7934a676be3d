"""The sandbox web page: watch and drive the fake world from a browser.

Mounted on the stand-in's aiohttp app under /sandbox/. The page is one self-contained HTML
document (inline CSS and JS, no external assets) that polls GET /sandbox/api/state about once a
second and calls POST /sandbox/api/{post,press,join,start}, which use the stand-in's own control
methods. POSTs must be JSON, so a foreign web page cannot forge them with a plain form.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from aiohttp import web

if TYPE_CHECKING:
    from bot.standin.server import BotApiStandIn
    from bot.standin.world import StandInChat, StoredMessage

STANDIN_KEY: web.AppKey[BotApiStandIn] = web.AppKey("louhu_standin")


def mount_sandbox(app: web.Application, standin: BotApiStandIn) -> None:
    """Add the sandbox page and its JSON API to `app`."""
    app[STANDIN_KEY] = standin
    app.router.add_get("/sandbox", _redirect)
    app.router.add_get("/sandbox/", _page)
    app.router.add_get("/sandbox/api/state", _state)
    app.router.add_post("/sandbox/api/post", _post)
    app.router.add_post("/sandbox/api/press", _press)
    app.router.add_post("/sandbox/api/join", _join)
    app.router.add_post("/sandbox/api/start", _start)


async def _redirect(request: web.Request) -> web.Response:
    raise web.HTTPFound("/sandbox/")


async def _page(request: web.Request) -> web.Response:
    return web.Response(
        text=PAGE,
        content_type="text/html",
        charset="utf-8",
        headers={"Cache-Control": "no-store", "X-Frame-Options": "DENY"},
    )


def snapshot(standin: BotApiStandIn) -> dict[str, Any]:
    """The whole visible world as JSON-ready data (what the page renders)."""
    chats = sorted(standin.chats.values(), key=lambda c: (not c.is_group, c.name))
    return {
        "version": standin.version,
        "bot": {
            "id": standin.bot_user.id,
            "name": standin.bot_user.full_name,
            "username": standin.bot_user.username,
            "privacy_mode": standin.privacy_mode,
        },
        "users": [
            {
                "id": user.id,
                "name": user.full_name,
                "username": user.username,
                "language_code": user.language_code,
                "note": user.note,
                "started": standin.has_started(user),
            }
            for user in standin.users.values()
        ],
        "chats": [_chat_json(standin, chat) for chat in chats],
        "callbacks": [
            {
                "id": record.id,
                "user": record.user.full_name,
                "user_id": record.user.id,
                "chat_id": record.chat.id,
                "message_id": record.message_id,
                "button": record.button_text,
                "data": record.data,
                "answer": record.answer,
                "age": round(time.monotonic() - record.at, 1),
            }
            for record in standin.callback_log[-50:]
        ],
    }


def _chat_json(standin: BotApiStandIn, chat: StandInChat) -> dict[str, Any]:
    keyboard = standin.reply_keyboard(chat)
    return {
        "id": chat.id,
        "type": chat.type,
        "title": chat.name,
        "owner_id": chat.user.id if chat.user is not None else None,
        "bot_status": standin.member_status(chat, standin.bot_user),
        "members": {str(k): v for k, v in standin.members(chat).items()} if chat.is_group else {},
        "typing": standin.chat_action(chat),
        "reply_keyboard": [
            [b.get("text") if isinstance(b, dict) else str(b) for b in row]
            for row in keyboard.get("keyboard", [])
        ]
        if keyboard
        else None,
        "messages": [_message_json(m) for m in standin.messages(chat)[-200:]],
    }


def _message_json(message: StoredMessage) -> dict[str, Any]:
    sender = message.from_user
    reply = message.reply_to
    rows = (message.reply_markup or {}).get("inline_keyboard") or []
    return {
        "message_id": message.message_id,
        "from": None
        if sender is None
        else {"id": sender.id, "name": sender.full_name, "is_bot": sender.is_bot},
        "date": message.date,
        "text": message.text,
        "entities": message.entities,
        "buttons": [
            [{k: b[k] for k in ("text", "callback_data", "url") if k in b} for b in row]
            for row in rows
        ],
        "reply_to": None
        if reply is None
        else {
            "message_id": reply.message_id,
            "from": reply.from_user.full_name if reply.from_user else "",
            "text": (reply.text or "")[:80],
        },
        "edited": message.edit_date is not None,
        "service": _service_text(message),
        "delivered": message.delivered,
    }


def _service_text(message: StoredMessage) -> str | None:
    actor = message.from_user.full_name if message.from_user else "?"
    if "new_chat_members" in message.service:
        names = ", ".join(m.get("first_name", "?") for m in message.service["new_chat_members"])
        if names == actor:
            return f"{actor} 加入了群组 joined the group"
        return f"{actor} 添加了 added {names}"
    if "left_chat_member" in message.service:
        name = message.service["left_chat_member"].get("first_name", "?")
        if name == actor:
            return f"{name} 离开了群组 left the group"
        return f"{actor} 移除了 removed {name}"
    return None


async def _body(request: web.Request) -> dict[str, Any]:
    if request.content_type != "application/json":
        raise web.HTTPUnsupportedMediaType(text="send JSON")
    try:
        data = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(text="invalid JSON") from None
    if not isinstance(data, dict):
        raise web.HTTPBadRequest(text="expected a JSON object")
    return data


def _int(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise web.HTTPBadRequest(text=f"{key} is required")
    try:
        return int(value)
    except ValueError:
        raise web.HTTPBadRequest(text=f"{key} must be a number") from None


def _fail(error: Exception) -> web.Response:
    message = error.args[0] if isinstance(error, KeyError) and error.args else str(error)
    return web.json_response({"ok": False, "error": str(message)}, status=400)


async def _post(request: web.Request) -> web.Response:
    standin = request.app[STANDIN_KEY]
    data = await _body(request)
    text = data.get("text")
    if not isinstance(text, str):
        raise web.HTTPBadRequest(text="text is required")
    reply_to = data.get("reply_to")
    try:
        message = await standin.post(
            _int(data, "chat_id"),
            _int(data, "user_id"),
            text,
            reply_to=int(reply_to) if reply_to not in (None, "") else None,
        )
    except (KeyError, ValueError) as error:
        return _fail(error)
    return web.json_response(
        {"ok": True, "message_id": message.message_id, "delivered": message.delivered}
    )


async def _press(request: web.Request) -> web.Response:
    standin = request.app[STANDIN_KEY]
    data = await _body(request)
    try:
        query_id = await standin.press(
            _int(data, "chat_id"),
            _int(data, "user_id"),
            _int(data, "message_id"),
            callback_data=data.get("callback_data"),
            button_text=data.get("button_text"),
        )
    except (KeyError, ValueError) as error:
        return _fail(error)
    return web.json_response({"ok": True, "callback_query_id": query_id})


async def _join(request: web.Request) -> web.Response:
    standin = request.app[STANDIN_KEY]
    data = await _body(request)
    try:
        await standin.user_joins(_int(data, "chat_id"), _int(data, "user_id"))
    except (KeyError, ValueError) as error:
        return _fail(error)
    return web.json_response({"ok": True})


async def _start(request: web.Request) -> web.Response:
    standin = request.app[STANDIN_KEY]
    data = await _body(request)
    try:
        await standin.user_starts_bot(_int(data, "user_id"))
    except (KeyError, ValueError) as error:
        return _fail(error)
    return web.json_response({"ok": True})


async def _state(request: web.Request) -> web.Response:
    standin = request.app[STANDIN_KEY]
    return web.json_response(snapshot(standin), headers={"Cache-Control": "no-store"})


PAGE = """<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Louhu 沙盒 Sandbox</title>
<style>
  :root { --bg:#e9eef3; --panel:#fff; --line:#d5dde5; --muted:#6b7785; --me:#effdde;
          --bot:#fff; --accent:#2f7dd1; --warn:#b35c00; }
  * { box-sizing: border-box; }
  body { margin:0; font:14px/1.45 -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC",
         "Microsoft YaHei", sans-serif; background:var(--bg); color:#1d2733; height:100vh;
         display:grid; grid-template-columns: 240px 1fr 280px; }
  aside, main, section { min-height:0; }
  aside { background:var(--panel); border-right:1px solid var(--line); overflow:auto; }
  h1 { font-size:15px; margin:12px 14px 4px; }
  .hint { color:var(--muted); font-size:12px; margin:0 14px 10px; }
  .chat-item { padding:9px 14px; cursor:pointer; border-bottom:1px solid #f0f3f6; }
  .chat-item.active { background:#dcebfa; }
  .chat-item small { display:block; color:var(--muted); }
  main { display:flex; flex-direction:column; }
  header { background:var(--panel); border-bottom:1px solid var(--line); padding:10px 16px; }
  header b { font-size:15px; }
  header small { color:var(--muted); margin-left:8px; }
  #messages { flex:1; overflow:auto; padding:14px 18px; }
  .msg { max-width:72%; margin:6px 0; padding:7px 10px 5px; border-radius:10px;
         background:var(--me); box-shadow:0 1px 1px rgba(0,0,0,.08); white-space:pre-wrap;
         word-wrap:break-word; position:relative; }
  .msg.bot { background:var(--bot); }
  .msg.unseen { opacity:.6; border:1px dashed #c9a26b; }
  .msg .who { font-weight:600; font-size:12.5px; color:var(--accent); white-space:normal; }
  .msg.bot .who { color:#8a4fd1; }
  .msg .meta { font-size:11px; color:var(--muted); text-align:right; white-space:normal; }
  .msg .quote { border-left:3px solid var(--accent); padding-left:6px; margin:2px 0 4px;
                font-size:12.5px; color:var(--muted); white-space:normal; }
  .msg .reply-btn { position:absolute; right:-26px; top:4px; border:0; background:none;
                    cursor:pointer; color:var(--muted); font-size:15px; }
  .service { text-align:center; color:var(--muted); font-size:12px; margin:8px 0; }
  .kb { display:flex; flex-direction:column; gap:4px; margin-top:6px; white-space:normal; }
  .kb-row { display:flex; gap:4px; }
  .kb-row > * { flex:1; padding:6px 8px; border-radius:7px; border:1px solid #b9cde2;
                background:#f3f8fd; color:var(--accent); cursor:pointer; font:inherit;
                text-align:center; text-decoration:none; }
  .kb-row > button:hover { background:#e2eefb; }
  code, .pre { font-family: ui-monospace, Menlo, Consolas, monospace; background:#f1f3f5;
               border-radius:3px; padding:0 3px; font-size:13px; }
  .pre { display:inline-block; }
  .spoiler { background:#9aa4ae; color:transparent; border-radius:3px; cursor:pointer; }
  .spoiler.shown { background:#e3e7eb; color:inherit; }
  .bq { border-left:3px solid #8a4fd1; padding-left:6px; display:inline-block; }
  .ent-link { color:var(--accent); }
  #typing { color:var(--muted); font-style:italic; min-height:18px; padding:0 18px; }
  .composer { background:var(--panel); border-top:1px solid var(--line); padding:10px 14px; }
  .composer .row { display:flex; gap:8px; align-items:center; margin-bottom:6px; flex-wrap:wrap; }
  .composer textarea { flex:1; min-height:44px; max-height:160px; resize:vertical; padding:7px;
                       font:inherit; border:1px solid var(--line); border-radius:8px; }
  .composer select { font:inherit; padding:4px; max-width:100%; }
  .btn { font:inherit; padding:7px 14px; border-radius:8px; border:0; background:var(--accent);
         color:#fff; cursor:pointer; }
  .btn.light { background:#eef2f6; color:#1d2733; }
  #replying { font-size:12px; color:var(--muted); }
  #reply-kb { display:flex; gap:4px; flex-wrap:wrap; }
  #reply-kb button { font:inherit; padding:3px 9px; border-radius:12px;
                     border:1px solid var(--line); background:#fafbfc; cursor:pointer; }
  section { background:var(--panel); border-left:1px solid var(--line); overflow:auto; }
  .toast-item { margin:6px 12px; padding:7px 9px; border-radius:8px; background:#f5f7f9;
                font-size:12.5px; }
  .toast-item.alert { background:#fff4e0; }
  .toast-item .ans { font-weight:600; }
  .toast-item .none { color:var(--warn); }
  #toast { position:fixed; left:50%; top:18px; transform:translateX(-50%);
           background:rgba(30,36,44,.92); color:#fff; padding:9px 16px; border-radius:9px;
           display:none; max-width:60vw; z-index:5; }
  #toast.alert { top:35%; background:#fff; color:#1d2733; box-shadow:0 6px 30px rgba(0,0,0,.25);
                 padding:18px 22px; border:1px solid var(--line); }
  #error { color:#c0392b; font-size:12.5px; }
</style>
</head>
<body>
<aside>
  <h1>Louhu 沙盒 Sandbox</h1>
  <p class="hint">离线模拟 Telegram · offline stand-in for Telegram</p>
  <div id="chats"></div>
</aside>
<main>
  <header><b id="chat-title">—</b><small id="chat-sub"></small></header>
  <div id="messages"></div>
  <div id="typing"></div>
  <div class="composer">
    <div class="row">
      <label for="as">发言身份 Post as:</label>
      <select id="as"></select>
      <button class="btn light" id="join" type="button">加入群组 Join group</button>
      <span id="replying"></span>
    </div>
    <div class="row" id="reply-kb"></div>
    <div class="row">
      <textarea id="text" placeholder="输入消息… Type a message (Ctrl+Enter 发送 send)"></textarea>
      <button class="btn" id="send" type="button">发送<br>Send</button>
    </div>
    <div id="error"></div>
  </div>
</main>
<section>
  <h1>按钮回应 Button answers</h1>
  <p class="hint">机器人对按钮的回应（用户看到的提示） · what the user sees after pressing</p>
  <div id="answers"></div>
</section>
<div id="toast"></div>
<script>
"use strict";
let state = null, current = null, replyTo = null, seenAnswers = new Set(), firstLoad = true;
const $ = (id) => document.getElementById(id);
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({"&":"&amp;","<":"&lt;",">":"&gt;",
  '"':"&quot;","'":"&#39;"}[c]));
const safeUrl = (u) => /^(https?:|tg:)/i.test(u || "");
const STATUS = {creator:"群主 creator", administrator:"管理员 admin", member:"成员 member",
  restricted:"受限 restricted", left:"已离开 left", kicked:"已移除 kicked"};

function wrap(e, s, text) {
  switch (e.type) {
    case "bold": return "<b>" + s + "</b>";
    case "italic": return "<i>" + s + "</i>";
    case "underline": return "<u>" + s + "</u>";
    case "strikethrough": return "<s>" + s + "</s>";
    case "spoiler": return '<span class="spoiler" title="剧透 spoiler">' + s + "</span>";
    case "code": return "<code>" + s + "</code>";
    case "pre": return '<span class="pre">' + s + "</span>";
    case "blockquote": case "expandable_blockquote": return '<span class="bq">' + s + "</span>";
    case "text_link": return safeUrl(e.url) ? '<a class="ent-link" target="_blank" rel="noopener '
      + 'noreferrer" href="' + esc(e.url) + '">' + s + "</a>" : s;
    case "url": {
      const u = text.slice(e.offset, e.offset + e.length);
      return safeUrl(u) ? '<a class="ent-link" target="_blank" rel="noopener noreferrer" href="'
        + esc(u) + '">' + s + "</a>" : s;
    }
    case "mention": case "bot_command": case "hashtag":
      return '<span class="ent-link">' + s + "</span>";
    default: return s;
  }
}

// Entities use UTF-16 offsets, which is exactly how JavaScript indexes strings.
function renderText(text, entities) {
  entities = entities || [];
  const cuts = new Set([0, text.length]);
  for (const e of entities) {
    cuts.add(e.offset);
    cuts.add(Math.min(text.length, e.offset + e.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    if (a >= b) continue;
    let seg = esc(text.slice(a, b));
    const active = entities.filter((e) => e.offset <= a && e.offset + e.length >= b)
      .sort((x, y) => x.length - y.length);
    for (const e of active) seg = wrap(e, seg, text);
    html += seg;
  }
  return html;
}

function chatById(id) { return state.chats.find((c) => c.id === id); }
function userById(id) { return state.users.find((u) => u.id === id); }

function renderChats() {
  $("chats").innerHTML = state.chats.map((c) => {
    const sub = c.type === "private" ? "私聊 private chat" :
      "机器人 bot: " + (STATUS[c.bot_status] || "不在群 not in group");
    return '<div class="chat-item' + (c.id === current ? " active" : "") + '" data-id="' + c.id
      + '">' + esc(c.title) + "<small>" + esc(sub) + "</small></div>";
  }).join("");
}

function renderComposer() {
  const chat = chatById(current);
  const sel = $("as"), keep = sel.value;
  let users = state.users;
  if (chat && chat.type === "private") users = users.filter((u) => u.id === chat.owner_id);
  const options = users.map((u) => {
    const st = chat && chat.type !== "private"
      ? (STATUS[chat.members[u.id]] || "非成员 not a member") : "";
    const bits = [u.note, st].filter(Boolean).join(" · ");
    return '<option value="' + u.id + '">' + esc(u.name) + (bits ? " — " + esc(bits) : "")
      + "</option>";
  }).join("");
  if (sel.dataset.options !== options) {  // rebuilding would close an open dropdown
    sel.innerHTML = options; sel.dataset.options = options;
    if ([...sel.options].some((o) => o.value === keep)) sel.value = keep;
  }
  $("join").style.display = chat && chat.type !== "private" ? "" : "none";
  const kb = chat && chat.reply_keyboard;
  $("reply-kb").innerHTML = kb ? kb.flat().map((t) => '<button type="button" data-text="' + esc(t)
    + '">' + esc(t) + "</button>").join("") : "";
  $("replying").innerHTML = replyTo ? "↩ 回复 replying to #" + replyTo
    + ' <a href="#" id="cancel-reply">✕</a>' : "";
}

function renderMessages() {
  const chat = chatById(current), box = $("messages");
  if (!chat) { box.innerHTML = ""; return; }
  $("chat-title").textContent = chat.title;
  $("chat-sub").textContent = chat.type === "private" ? "私聊 private chat" :
    "机器人状态 bot: " + (STATUS[chat.bot_status] || "不在群 not in group")
    + (state.bot.privacy_mode ? " · 隐私模式 privacy mode on" : "");
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  box.innerHTML = chat.messages.map((m) => {
    if (m.service) return '<div class="service">' + esc(m.service) + "</div>";
    const bot = m.from && m.from.is_bot;
    const cls = "msg" + (bot ? " bot" : "") + (m.delivered === false ? " unseen" : "");
    const title = m.delivered === false
      ? ' title="机器人没收到（隐私模式） The bot did not get this (privacy mode)"' : "";
    let html = '<div class="' + cls + '"' + title + '><div class="who">'
      + esc(m.from ? m.from.name : "?") + "</div>";
    if (m.reply_to) {
      html += '<div class="quote">' + esc(m.reply_to.from) + ": " + esc(m.reply_to.text) + "</div>";
    }
    html += renderText(m.text || "", m.entities);
    if (m.buttons.length) {
      html += '<div class="kb">' + m.buttons.map((row) => '<div class="kb-row">' + row.map((b) => {
        if (b.callback_data !== undefined) return '<button type="button" data-mid="' + m.message_id
          + '" data-cb="' + esc(b.callback_data) + '">' + esc(b.text) + "</button>";
        if (b.url && safeUrl(b.url)) return '<a target="_blank" rel="noopener noreferrer" href="'
          + esc(b.url) + '">' + esc(b.text) + " ↗</a>";
        return "<span>" + esc(b.text) + "</span>";
      }).join("") + "</div>").join("") + "</div>";
    }
    html += '<div class="meta">#' + m.message_id + (m.edited ? " · 已编辑 edited" : "")
      + (m.delivered === false ? " · 机器人未收到 not seen by bot" : "") + " · "
      + new Date(m.date * 1000).toLocaleTimeString() + "</div>";
    html += '<button class="reply-btn" type="button" title="回复 Reply" data-reply="'
      + m.message_id + '">↩</button>';
    return html + "</div>";
  }).join("");
  if (atBottom || firstLoad) box.scrollTop = box.scrollHeight;
  $("typing").textContent = chat.typing === "typing"
    ? state.bot.name + " 正在输入… is typing…" : "";
}

function renderAnswers() {
  const items = state.callbacks.slice().reverse();
  $("answers").innerHTML = items.map((c) => {
    const a = c.answer;
    let what;
    if (!a) what = '<span class="none">尚未回应 not answered yet</span>';
    else if (a.text) {
      what = '<span class="ans">' + esc(a.text) + "</span>" + (a.show_alert ? " (弹窗 alert)" : "");
    }
    else what = "(无提示 silent answer)";
    return '<div class="toast-item' + (a && a.show_alert ? " alert" : "") + '">' + esc(c.user)
      + " 按了 pressed «" + esc(c.button || c.data || "?") + "» → " + what + "</div>";
  }).join("") || '<p class="hint">还没有人按按钮 No presses yet.</p>';
  for (const c of state.callbacks) {
    if (c.answer && !seenAnswers.has(c.id)) {
      seenAnswers.add(c.id);
      if (!firstLoad && c.answer.text) toast(c.answer.text, c.answer.show_alert);
    }
  }
}

let toastTimer = null;
function toast(text, alert) {
  const t = $("toast");
  t.textContent = text; t.className = alert ? "alert" : ""; t.style.display = "block";
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.style.display = "none"; }, alert ? 4000 : 2500);
}

function render() {
  if (current === null && state.chats.length) current = state.chats[0].id;
  renderChats(); renderComposer(); renderMessages(); renderAnswers();
  firstLoad = false;
}

async function refresh() {
  try {
    const r = await fetch("api/state", {cache: "no-store"});
    const s = await r.json();
    const changed = !state || s.version !== state.version || s.chats.some((c) => c.typing);
    state = s;
    if (changed) render();
  } catch (e) { $("error").textContent = "无法连接 cannot reach the stand-in: " + e; }
}

async function call(path, body) {
  $("error").textContent = "";
  const r = await fetch("api/" + path, {method: "POST",
    headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
  let data = {};
  try { data = await r.json(); } catch (e) { data = {ok: false, error: await r.text()}; }
  if (!data.ok) $("error").textContent = data.error || ("HTTP " + r.status);
  await refresh();
  return data;
}

async function send(text) {
  if (!text.trim() || current === null) return;
  const data = await call("post", {chat_id: current, user_id: Number($("as").value), text,
    reply_to: replyTo});
  if (data.ok) { $("text").value = ""; replyTo = null; renderComposer(); }
}

$("send").onclick = () => send($("text").value);
$("text").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); send($("text").value); }
});
$("join").onclick = () => call("join", {chat_id: current, user_id: Number($("as").value)});
$("chats").onclick = (e) => {
  const item = e.target.closest(".chat-item");
  if (!item) return;
  current = Number(item.dataset.id); replyTo = null; firstLoad = true; render();
};
$("messages").onclick = (e) => {
  const b = e.target.closest("button[data-cb]");
  if (b) {
    call("press", {chat_id: current, user_id: Number($("as").value),
      message_id: Number(b.dataset.mid), callback_data: b.dataset.cb});
    return;
  }
  const r = e.target.closest("button[data-reply]");
  if (r) { replyTo = Number(r.dataset.reply); renderComposer(); $("text").focus(); return; }
  const sp = e.target.closest(".spoiler");
  if (sp) sp.classList.toggle("shown");
};
$("reply-kb").onclick = (e) => {
  const b = e.target.closest("button[data-text]");
  if (b) send(b.dataset.text);
};
document.addEventListener("click", (e) => {
  if (e.target.id === "cancel-reply") { e.preventDefault(); replyTo = null; renderComposer(); }
});
refresh();
setInterval(refresh, 1000);
</script>
</body>
</html>
"""
