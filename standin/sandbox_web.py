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
    from standin.server import BotApiStandIn
    from standin.world import StandInChat, StoredMessage

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
<link rel="icon" href="data:,">
<title>Louhu 沙盒 Sandbox</title>
<style>
  :root { --bg:#e9eef3; --panel:#fff; --line:#d5dde5; --muted:#6b7785; --me:#effdde;
          --other:#fff; --bot:#fff; --accent:#2f7dd1; --warn:#b35c00; --alarm:#d93025; }
  * { box-sizing: border-box; }
  body { margin:0; font:14px/1.45 -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC",
         "Microsoft YaHei", sans-serif; background:var(--bg); color:#1d2733; height:100vh;
         display:grid; grid-template-columns: 250px 1fr 270px; }
  aside, main, section { min-height:0; }
  aside { background:var(--panel); border-right:1px solid var(--line); overflow:auto; }
  h1 { font-size:15px; margin:12px 14px 4px; }
  h2 { font-size:12px; color:var(--muted); font-weight:600; margin:14px 14px 4px;
       text-transform:uppercase; letter-spacing:.02em; }
  .hint { color:var(--muted); font-size:12px; margin:0 14px 10px; }
  #guide { margin:10px 12px 4px; padding:8px 10px; background:#f3f8fd; border:1px solid #cfe0f2;
           border-radius:8px; font-size:12.5px; }
  #guide summary { cursor:pointer; font-weight:600; }
  #guide ol { margin:6px 0 0; padding-left:18px; }
  #guide li { margin:0 0 6px; }
  .sample { font:inherit; font-size:12.5px; padding:1px 6px; margin:2px 0; border-radius:6px;
            border:1px dashed var(--accent); background:#fff; color:var(--accent); cursor:pointer;
            text-align:left; }
  .chat-item { padding:8px 14px; cursor:pointer; border-bottom:1px solid #f0f3f6;
               display:flex; align-items:center; gap:6px; }
  .chat-item > span { flex:1; min-width:0; }
  .chat-item.active { background:#dcebfa; }
  .chat-item.mine:not(.active) { background:#f4faef; }
  .chat-item small { display:block; color:var(--muted); }
  .badge { background:var(--accent); color:#fff; border-radius:10px; font-size:11.5px;
           padding:0 7px; min-width:20px; text-align:center; }
  .badge.alarm { background:var(--alarm); }
  main { display:flex; flex-direction:column; min-width:0; }
  header { background:var(--panel); border-bottom:1px solid var(--line); padding:8px 16px; }
  header b { font-size:15px; }
  header small { color:var(--muted); margin-left:8px; }
  #whoami { background:#fffbe8; border-bottom:1px solid #efe2b0; padding:7px 16px;
            display:flex; gap:6px; align-items:center; flex-wrap:wrap; }
  #whoami .label { font-weight:600; margin-right:2px; }
  .persona { font:inherit; padding:4px 10px; border-radius:16px; border:1px solid var(--line);
             background:#fff; cursor:pointer; color:#1d2733; }
  .persona small { color:var(--muted); }
  .persona[aria-checked="true"] { background:var(--accent); border-color:var(--accent);
                                  color:#fff; font-weight:600; }
  .persona[aria-checked="true"] small { color:#dcebfa; }
  #whoami-note { width:100%; font-size:12px; color:var(--muted); }
  #notice { display:none; margin:8px 18px 0; padding:8px 12px; border-radius:8px;
            background:#fdecea; border:1px solid #f3b8b2; color:#8c1d13; cursor:pointer; }
  #messages { flex:1; overflow:auto; padding:14px 40px 14px 18px; }
  .msg { max-width:72%; width:fit-content; margin:6px 0; padding:7px 10px 5px;
         border-radius:10px; background:var(--other); box-shadow:0 1px 1px rgba(0,0,0,.08);
         white-space:pre-wrap; word-wrap:break-word; position:relative; }
  .msg.mine { background:var(--me); margin-left:auto; }
  .msg.bot { background:var(--bot); min-width:min(420px, 100%); }
  .msg.unseen { opacity:.6; border:1px dashed #c9a26b; }
  .msg .who { font-weight:600; font-size:12.5px; color:var(--accent); white-space:normal; }
  .msg.bot .who { color:#8a4fd1; }
  .msg .meta { font-size:11px; color:var(--muted); text-align:right; white-space:normal; }
  .msg .quote { border-left:3px solid var(--accent); padding-left:6px; margin:2px 0 4px;
                font-size:12.5px; color:var(--muted); white-space:normal; }
  .msg .reply-btn { position:absolute; right:-26px; top:4px; border:0; background:none;
                    cursor:pointer; color:var(--muted); font-size:15px; }
  .msg.mine .reply-btn { right:auto; left:-26px; }
  .service { text-align:center; color:var(--muted); font-size:12px; margin:8px 0; }
  .kb { display:flex; flex-direction:column; gap:4px; margin-top:6px; white-space:normal; }
  .kb-row { display:flex; gap:4px; }
  .kb-row > * { flex:1; padding:6px 8px; border-radius:7px; border:1px solid #b9cde2;
                background:#f3f8fd; color:var(--accent); cursor:pointer; font:inherit;
                text-align:center; text-decoration:none; }
  .kb-row > button:hover { background:#e2eefb; }
  .kb-row > button:disabled { opacity:.55; cursor:progress; }
  .kb-as { font-size:11px; color:var(--muted); text-align:right; }
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
  .composer .row:last-of-type { flex-wrap:nowrap; align-items:stretch; }
  .composer textarea { flex:1; min-width:0; min-height:44px; max-height:160px; resize:vertical;
                       padding:7px; font:inherit; border:1px solid var(--line); border-radius:8px; }
  .btn { font:inherit; padding:7px 14px; border-radius:8px; border:0; background:var(--accent);
         color:#fff; cursor:pointer; white-space:nowrap; }
  .btn.light { background:#eef2f6; color:#1d2733; }
  #replying { font-size:12px; color:var(--muted); }
  #reply-kb { display:flex; gap:4px; flex-wrap:wrap; }
  #reply-kb:empty { display:none; }
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
           display:none; max-width:60vw; z-index:5; white-space:pre-wrap; }
  #toast.alert { top:35%; background:#fff; color:#1d2733; box-shadow:0 6px 30px rgba(0,0,0,.25);
                 padding:18px 22px; border:1px solid var(--line); }
  #error, #conn { color:#c0392b; font-size:12.5px; }
  #conn:empty, #error:empty { display:none; }
  @media (max-width: 1000px) {
    body { grid-template-columns: 210px 1fr; grid-template-rows: 1fr auto; }
    section { grid-column: 1 / -1; max-height:28vh; border-left:0;
              border-top:1px solid var(--line); }
  }
  @media (max-width: 640px) {
    body { display:flex; flex-direction:column; height:auto; min-height:100vh; }
    aside { border-right:0; border-bottom:1px solid var(--line); max-height:none; }
    main { height:100vh; }
    #messages { padding:10px 34px 10px 10px; }
    .msg { max-width:92%; }
    .msg.bot { min-width:0; }
  }
</style>
</head>
<body>
<aside>
  <h1>Louhu 沙盒 Sandbox</h1>
  <p class="hint">离线模拟 Telegram，机器人是真的 ·
    offline stand-in for Telegram, the bot is real</p>
  <h2>群组 Groups</h2>
  <div id="groups"></div>
  <h2>与机器人的私聊 Private chats with the bot</h2>
  <div id="privates"></div>
</aside>
<main>
  <header><b id="chat-title">—</b><small id="chat-sub"></small></header>
  <div id="whoami" role="radiogroup" aria-labelledby="whoami-label">
    <span class="label" id="whoami-label">你是 You are:</span>
    <span id="personas"></span>
    <div id="whoami-note"></div>
  </div>
  <div id="notice" role="status"></div>
  <div id="messages"></div>
  <div id="typing"></div>
  <div class="composer">
    <div class="row" id="composer-top">
      <button class="btn light" id="join" type="button">加入群组 Join group</button>
      <span id="replying"></span>
    </div>
    <div class="row" id="reply-kb"></div>
    <div class="row">
      <textarea id="text" aria-label="消息 Message"
        placeholder="输入消息… Type a message (Enter 发送 send · Shift+Enter 换行 new line)"
        ></textarea>
      <button class="btn" id="send" type="button">发送 Send</button>
    </div>
    <div id="error" role="alert"></div>
    <div id="conn" role="alert"></div>
  </div>
</main>
<section>
  <details id="guide" open>
    <summary>一分钟试一试 Try it in a minute</summary>
    <ol>
      <li>在上方「你是」里选 <b>王阿姨</b>，在群里发 · as 王阿姨, send in the group:<br>
        <button class="sample" type="button" data-chat="group">帮忙买一袋大米 两桶油</button></li>
      <li>改选 <b>Bob</b>，在订单卡片上按 <b>接单 Claim</b>，再按 <b>已送达 Delivered</b> ·
        switch to Bob, press Claim, then Delivered on the card.</li>
      <li>再选 <b>王阿姨</b> 发 · as 王阿姨 again, send:<br>
        <button class="sample" type="button" data-chat="group">我老婆突然心脏闷痛，手脚冒汗</button>
        <br>
        然后打开 <b>李主任</b> 的私聊，按 <b>我来处理</b> · then open 李主任's private chat
        and press 我来处理 (Acknowledge).</li>
    </ol>
  </details>
  <h1>按钮回应 Button answers</h1>
  <p class="hint">机器人对按钮的回应（用户看到的提示） · what the user sees after pressing</p>
  <div id="answers"></div>
</section>
<div id="toast"></div>
<script>
"use strict";
let state = null, current = null, me = null, replyTo = null, firstLoad = true;
let stickToBottom = false;  // after you send, show your message and the bot's answer
const seenAnswers = new Set(), lastSeen = new Map(), alarms = new Map();
const $ = (id) => document.getElementById(id);
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({"&":"&amp;","<":"&lt;",">":"&gt;",
  '"':"&quot;","'":"&#39;"}[c]));
const safeUrl = (u) => /^(https?:|tg:)/i.test(u || "");
const STATUS = {creator:"群主 creator", administrator:"管理员 admin", member:"成员 member",
  restricted:"受限 restricted", left:"已离开 left", kicked:"已移除 kicked"};
const IN_GROUP = new Set(["creator", "administrator", "member", "restricted"]);

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
function privateOf(userId) {
  return state.chats.find((c) => c.type === "private" && c.owner_id === userId);
}
function firstGroup() { return state.chats.find((c) => c.type !== "private"); }
function meName() { const u = userById(me); return u ? u.name : "?"; }
function maxId(chat) { return chat.messages.reduce((n, m) => Math.max(n, m.message_id), 0); }

// New messages in chats you are not looking at: a count on the chat, and a banner when the bot
// sent buttons there (an emergency alert in someone's private chat must not go unnoticed).
function trackUnread() {
  for (const c of state.chats) {
    if (!lastSeen.has(c.id) || c.id === current) { lastSeen.set(c.id, maxId(c)); continue; }
    const fresh = c.messages.filter((m) => m.message_id > lastSeen.get(c.id));
    if (fresh.some((m) => m.from && m.from.is_bot && m.buttons.length)) alarms.set(c.id, true);
  }
  alarms.delete(current);
}
function unread(c) {
  return c.id === current ? 0
    : c.messages.filter((m) => m.message_id > (lastSeen.get(c.id) || 0) && !m.service).length;
}

function chatItem(c) {
  const n = unread(c), alarm = alarms.has(c.id);
  let title = c.title, sub;
  if (c.type === "private") {
    const owner = userById(c.owner_id);
    title = (owner ? owner.name : c.title);
    sub = owner && owner.note ? owner.note : "私聊 private chat";
  } else {
    sub = "机器人 bot: " + (STATUS[c.bot_status] || "不在群 not in group");
  }
  const cls = "chat-item" + (c.id === current ? " active" : "")
    + (c.type === "private" && c.owner_id === me ? " mine" : "");
  return '<div class="' + cls + '" data-id="' + c.id + '" role="button" tabindex="0"><span>'
    + esc(title) + "<small>" + esc(sub) + "</small></span>"
    + (n ? '<b class="badge' + (alarm ? " alarm" : "") + '" title="新消息 new messages">'
      + n + "</b>" : "") + "</div>";
}

function renderChats() {
  $("groups").innerHTML = state.chats.filter((c) => c.type !== "private").map(chatItem).join("")
    || '<p class="hint">还没有群 No groups yet.</p>';
  $("privates").innerHTML = state.chats.filter((c) => c.type === "private").map(chatItem).join("")
    || '<p class="hint">还没人私聊机器人 Nobody has started the bot yet.</p>';
  const ids = [...alarms.keys()].filter((id) => chatById(id));
  const box = $("notice");
  if (ids.length) {
    const c = chatById(ids[ids.length - 1]);
    const where = c.type === "private" ? (userById(c.owner_id) || {name: c.title}).name
      + " 的私聊 private chat" : c.title;
    box.dataset.id = c.id;
    box.innerHTML = "🔔 机器人在 <b>" + esc(where) + "</b> 发来带按钮的消息 · "
      + "the bot sent a message with buttons there — 点此打开 click to open";
    box.style.display = "block";
  } else box.style.display = "none";
}

function renderPersonas() {
  const chat = chatById(current);
  const html = state.users.map((u) => {
    const status = chat && chat.type !== "private" ? chat.members[u.id] : null;
    const outside = chat && chat.type !== "private" && !IN_GROUP.has(status);
    return '<button type="button" class="persona" role="radio" data-user="' + u.id
      + '" aria-checked="' + (u.id === me) + '" title="'
      + esc(u.name + (u.note ? " — " + u.note : "")
        + (outside ? " · 不在本群 not in this group" : ""))
      + '">' + esc(u.name) + (u.note ? " <small>" + esc(u.note) + "</small>" : "")
      + (outside ? " <small>✕</small>" : "")
      + "</button>";
  }).join("");
  if ($("personas").dataset.html !== html) {
    $("personas").innerHTML = html; $("personas").dataset.html = html;
  }
  let note = "你发的消息、按的按钮都算 <b>" + esc(meName()) + "</b> 的 · "
    + "messages you send and buttons you press are " + esc(meName()) + "'s";
  if (chat && chat.type === "private") {
    note += "。私聊只有本人能看见 · a private chat is seen only by its owner";
  }
  $("whoami-note").innerHTML = note;
}

function renderComposer() {
  const chat = chatById(current);
  const status = chat && chat.type !== "private" ? chat.members[me] : null;
  $("join").style.display = chat && chat.type !== "private" && !IN_GROUP.has(status) ? "" : "none";
  $("join").textContent = "让 " + meName() + " 加入群组 Join group as " + meName();
  $("text").placeholder = (chat ? "以 " + meName() + " 的身份在「" + chat.title + "」发消息 · "
    + "Message as " + meName() : "输入消息… Type a message")
    + " (Enter 发送 send · Shift+Enter 换行 new line)";
  const kb = chat && chat.reply_keyboard;
  $("reply-kb").innerHTML = kb ? kb.flat().map((t) => '<button type="button" data-text="' + esc(t)
    + '">' + esc(t) + "</button>").join("") : "";
  $("replying").innerHTML = replyTo ? "↩ 回复 replying to #" + replyTo
    + ' <a href="#" id="cancel-reply">✕ 取消 cancel</a>' : "";
}

function renderMessages(atBottom) {
  const chat = chatById(current), box = $("messages");
  if (!chat) { box.innerHTML = ""; return; }
  if (chat.type === "private") {
    const owner = userById(chat.owner_id);
    $("chat-title").textContent = (owner ? owner.name : chat.title) + " ↔ " + state.bot.name;
    $("chat-sub").textContent = "私聊 private chat";
  } else {
    $("chat-title").textContent = chat.title;
    $("chat-sub").textContent = "机器人状态 bot: "
      + (STATUS[chat.bot_status] || "不在群 not in group")
      + (state.bot.privacy_mode ? " · 隐私模式 privacy mode on" : "");
  }
  const pressAs = esc("以 " + meName() + " 的身份按 · pressing as " + meName());
  box.innerHTML = chat.messages.map((m) => {
    if (m.service) return '<div class="service">' + esc(m.service) + "</div>";
    const bot = m.from && m.from.is_bot, mine = m.from && m.from.id === me;
    const cls = "msg" + (bot ? " bot" : "") + (mine ? " mine" : "")
      + (m.delivered === false ? " unseen" : "");
    const title = m.delivered === false
      ? ' title="机器人没收到（隐私模式） The bot did not get this (privacy mode)"' : "";
    let html = '<div class="' + cls + '"' + title + ' data-mid="' + m.message_id
      + '"><div class="who">' + esc(m.from ? m.from.name : "?") + "</div>";
    if (m.reply_to) {
      html += '<div class="quote">' + esc(m.reply_to.from) + ": " + esc(m.reply_to.text) + "</div>";
    }
    html += renderText(m.text || "", m.entities);
    if (m.buttons.length) {
      html += '<div class="kb">' + m.buttons.map((row) => '<div class="kb-row">' + row.map((b) => {
        if (b.callback_data !== undefined) return '<button type="button" data-mid="' + m.message_id
          + '" data-cb="' + esc(b.callback_data) + '" title="' + pressAs + '">' + esc(b.text)
          + "</button>";
        if (b.url && safeUrl(b.url)) return '<a target="_blank" rel="noopener noreferrer" href="'
          + esc(b.url) + '">' + esc(b.text) + " ↗</a>";
        return "<span>" + esc(b.text) + "</span>";
      }).join("") + "</div>").join("") + '<div class="kb-as">' + pressAs + "</div></div>";
    }
    html += '<div class="meta">#' + m.message_id + (m.edited ? " · 已编辑 edited" : "")
      + (m.delivered === false ? " · 机器人未收到 not seen by bot" : "") + " · "
      + new Date(m.date * 1000).toLocaleTimeString() + "</div>";
    html += '<button class="reply-btn" type="button" title="回复 Reply" data-reply="'
      + m.message_id + '">↩</button>';
    return html + "</div>";
  }).join("");
  if (atBottom || firstLoad || stickToBottom) box.scrollTop = box.scrollHeight;
  stickToBottom = false;
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
      if (!firstLoad && c.answer.text) toast(c.user + ": " + c.answer.text, c.answer.show_alert);
    }
  }
}

let toastTimer = null;
function toast(text, alert) {
  const t = $("toast");
  t.textContent = text; t.className = alert ? "alert" : ""; t.style.display = "block";
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.style.display = "none"; }, alert ? 5000 : 3000);
}

function render() {
  if (current === null || !chatById(current)) {
    const g = firstGroup();
    current = g ? g.id : (state.chats.length ? state.chats[0].id : null);
  }
  if (me === null || !userById(me)) {
    const saved = Number(sessionStorage.getItem("louhu-sandbox-me"));
    me = userById(saved) ? saved : (state.users.length ? state.users[0].id : null);
  }
  const chat = chatById(current);
  if (chat && chat.type === "private" && chat.owner_id !== me && userById(chat.owner_id)) {
    setMe(chat.owner_id);  // only the owner can be in a private chat
  }
  const box = $("messages");
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  trackUnread();
  renderChats(); renderPersonas(); renderComposer(); renderMessages(atBottom); renderAnswers();
  firstLoad = false;
}

function setMe(id) {
  me = id;
  try { sessionStorage.setItem("louhu-sandbox-me", String(id)); } catch (e) { /* private mode */ }
}

function openChat(id) {
  if (id === current) return;
  current = id; replyTo = null; firstLoad = true; render();
}

async function refresh() {
  try {
    const r = await fetch("api/state", {cache: "no-store"});
    if (!r.ok) throw new Error("HTTP " + r.status);
    const s = await r.json();
    $("conn").textContent = "";
    if (state && s.version < state.version) return;  // an older poll answered late
    const changed = !state || s.version !== state.version || s.chats.some((c) => c.typing)
      || state.chats.some((c) => c.typing);
    state = s;
    if (changed) render();
  } catch (e) {
    $("conn").textContent = "无法连接沙盒，它还在运行吗？ Cannot reach the sandbox — is it still "
      + "running? (" + e.message + ")";
  }
}

async function call(path, body) {
  $("error").textContent = "";
  let data = {};
  try {
    const r = await fetch("api/" + path, {method: "POST",
      headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
    const raw = await r.text();
    try { data = JSON.parse(raw); }
    catch (e) { data = {ok: false, error: raw || "HTTP " + r.status}; }
  } catch (e) { data = {ok: false, error: String(e.message || e)}; }
  if (!data.ok) $("error").textContent = "⚠ " + (data.error || "failed");
  await refresh();
  return data;
}

async function send(text) {
  if (!text.trim() || current === null || me === null) return;
  stickToBottom = true;
  const data = await call("post", {chat_id: current, user_id: me, text, reply_to: replyTo});
  if (data.ok) { $("text").value = ""; replyTo = null; renderComposer(); }
}

$("send").onclick = () => send($("text").value);
$("text").addEventListener("keydown", (e) => {
  // Enter sends (Shift+Enter is a new line); never while an input method is composing 汉字.
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
    e.preventDefault(); send($("text").value);
  }
});
$("join").onclick = () => call("join", {chat_id: current, user_id: me});
$("personas").onclick = (e) => {
  const b = e.target.closest("button[data-user]");
  if (!b) return;
  setMe(Number(b.dataset.user));
  const chat = chatById(current);
  if (chat && chat.type === "private") {  // you are now someone else: show their private chat
    const own = privateOf(me) || firstGroup();
    if (own) { openChat(own.id); return; }
  }
  render();
};
const pickChat = (e) => {
  const item = e.target.closest(".chat-item");
  if (item) openChat(Number(item.dataset.id));
};
for (const id of ["groups", "privates"]) {
  $(id).onclick = pickChat;
  $(id).onkeydown = (e) => {
    if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pickChat(e); }
  };
}
$("notice").onclick = () => {
  if ($("notice").dataset.id) openChat(Number($("notice").dataset.id));
};
$("guide").onclick = (e) => {
  const b = e.target.closest("button.sample");
  if (!b) return;
  const g = firstGroup();
  if (g && b.dataset.chat === "group") openChat(g.id);
  $("text").value = b.textContent; $("text").focus();
};
$("messages").onclick = async (e) => {
  const b = e.target.closest("button[data-cb]");
  if (b) {
    b.disabled = true;
    await call("press", {chat_id: current, user_id: me,
      message_id: Number(b.dataset.mid), callback_data: b.dataset.cb});
    b.disabled = false;
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
