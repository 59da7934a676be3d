// The sandbox page's behaviour: polls api/state, draws the chats, posts and presses as the chosen person.
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
      + stamp(m.date) + "</div>";
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

// With the bot's calendar on the page, times are the community's (the zone the bot uses) and
// carry the date: the clock can be moved days ahead.
function stamp(seconds) {
  const d = new Date(seconds * 1000), zone = state.calendar && state.calendar.zone;
  if (!zone) return d.toLocaleTimeString();
  try {
    return d.toLocaleString("zh-CN", {timeZone: zone, month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false});
  } catch (e) { return d.toLocaleTimeString(); }
}

const SLOT = {
  rollcall: "🌡️ 体温接龙 → 群 roll call → group",
  rollcall_close: "⏰ 接龙截止：未报名单 → 楼长私聊 roll call closed: who has not reported → lead",
  sampling_notice: "🧪 采样名单 → 群 sampling list → group",
  sampling_close: "⏰ 采样结束：未采名单 → 楼长 sampling over: not sampled → lead",
  summary: "📋 每日汇总 → 工作人员私聊 daily summary → staff",
};
let ran = [], stepping = false;
function ahead(seconds) {
  const h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60);
  return h ? h + " h " + m + " min" : m + " min";
}
function renderCalendar() {
  const c = state.calendar;
  $("calendar").hidden = !c;
  if (!c) return;
  $("clock-time").textContent = c.local;
  $("clock-zone").textContent = "社区时区 community time zone: " + c.zone + " (UTC"
    + c.utc_offset.slice(0, 3) + ":" + c.utc_offset.slice(3) + ")";
  $("clock-ahead").textContent = c.ahead_seconds > 0
    ? "已拨快 moved ahead " + ahead(c.ahead_seconds) : "与真实时间一致 real time";
  $("clock-next").textContent = c.next ? "下一个 next: " + c.next.local + " "
    + (SLOT[c.next.kind] || c.next.kind) : "三天内没有提醒 no reminder in the next three days";
  $("next-reminder").disabled = stepping || !c.next;
  $("clock-ran").innerHTML = (ran.length ? "<li class=\"head\">刚才运行 just ran:</li>" : "")
    + ran.map((s) => "<li><b>" + esc(s.local) + "</b> "
    + esc(SLOT[s.kind] || s.kind) + "</li>").join("");
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
    renderCalendar();
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
$("send-photo").onclick = async () => {
  if (current === null || me === null) return;
  stickToBottom = true;
  const body = {chat_id: current, user_id: me, kind: "photo", text: $("text").value, reply_to: replyTo};
  const data = await call("post", body);
  if (data.ok) { $("text").value = ""; replyTo = null; renderComposer(); }
};
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
$("next-reminder").onclick = async () => {
  stepping = true; renderCalendar();
  const g = firstGroup();
  if (g) openChat(g.id);  // the roll call is posted there
  stickToBottom = true;
  try {
    const data = await call("next_reminder", {});
    if (data.ok) ran = data.ran;
  } finally { stepping = false; renderCalendar(); }
};
refresh();
setInterval(refresh, 1000);
