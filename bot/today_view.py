"""/today as a private message: every section's items in the person's language, with buttons."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import TodayCallback
from bot.l10n import Markup, Translator
from domain.volunteer_day import TodayItem
from models.households import Need

MAX_BUTTONS = 90  # Telegram allows 100 a message


def render_today(t: Translator, items: list[TodayItem]) -> tuple[str, InlineKeyboardMarkup | None]:
    """The day's text (Telegram HTML) and one row per button, labelled with what it ticks."""
    if not items:
        return t("today-empty"), None
    lines = [t("today-header")]
    rows: list[list[InlineKeyboardButton]] = []
    for item in items:
        values = _values(t, item)
        lines.append(t(item.key, **values))
        for button in item.buttons:
            if len(rows) >= MAX_BUTTONS:
                break
            data = TodayCallback(action=button.action, ref_id=button.ref_id).pack()
            label = t.label(button.label, **values)
            rows.append([InlineKeyboardButton(text=label, callback_data=data)])
    markup = InlineKeyboardMarkup(inline_keyboard=rows) if rows else None
    return "\n".join(lines), markup


def _values(t: Translator, item: TodayItem) -> dict[str, object]:
    values = dict(item.values)
    if "needs" in values:
        needs = [n for n in Need if n.value in values["needs"]]  # type: ignore[operator]
        labels = [t.label(f"rollcall-need-{need}") for need in needs]
        values["needs"] = ", ".join(labels) or "—"
    if "task" in values:
        values["task"] = Markup(t.label(f"task-{values['task']}"))
    if "category" in values:
        values["category"] = Markup(t.label(f"category-{values['category']}"))
    return values
