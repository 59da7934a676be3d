"""What an emergency alert looks like, with its buttons."""

from __future__ import annotations

import html

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import IncidentCallback, SosCallback
from bot.cards import mention
from bot.l10n import Markup, Translator
from domain.incidents import IncidentAction
from models.buildings import Building
from models.incidents import Incident
from models.people import Person

MAX_QUOTED = 800


def render_alert(
    t: Translator,
    building: Building,
    incident: Incident,
    reporter: Person | None,
    note: str | None,
    level_names: tuple[str, ...],
    round_: int,
    empty_roles: tuple[str, ...] = (),
) -> tuple[str, InlineKeyboardMarkup]:
    """Alert text (flat, ledger note, the resident's words) and the five action buttons."""
    words = incident.text if len(incident.text) <= MAX_QUOTED else incident.text[:MAX_QUOTED] + "…"
    lines = [
        t(
            "alert-title",
            number=incident.id,
            building=building.name or building.chat_title,
            flat=incident.flat or Markup(t("flat-unknown")),
        ),
    ]
    if round_:
        lines.append(t("alert-repeat", round=round_))
    lines.append(f"<blockquote>{html.escape(words, quote=False)}</blockquote>")
    if note:
        lines.append(t("alert-note", note=note))
    lines.append(t("alert-reporter", reporter=mention(reporter)))
    if incident.hint:
        lines.append(t(f"first-aid-{incident.hint}"))
    if level_names:
        lines.append(t("alert-level", levels=t.levels(level_names)))
    if empty_roles:  # staff must know whom the chain tries in vain
        roles = "、".join(t.label(f"role-{role}") for role in empty_roles)
        lines.append(t("alert-roles-empty", roles=roles))
    return "\n".join(lines), alert_keyboard(t, incident.id)


def alert_keyboard(t: Translator, incident_id: int) -> InlineKeyboardMarkup:
    """Acknowledge on its own row (it is the one that matters), then progress, then escalate."""

    def button(key: str, action: IncidentAction) -> InlineKeyboardButton:
        data = IncidentCallback(action=action, incident_id=incident_id).pack()
        return InlineKeyboardButton(text=t.label(key), callback_data=data)

    return InlineKeyboardMarkup(
        inline_keyboard=[
            [button("btn-ack", IncidentAction.ACKNOWLEDGE)],
            [
                button("btn-transport", IncidentAction.TRANSPORT),
                button("btn-hospital", IncidentAction.HOSPITAL),
            ],
            [
                button("btn-resolve", IncidentAction.RESOLVE),
                button("btn-escalate", IncidentAction.ESCALATE),
            ],
        ]
    )


def sos_keyboard(t: Translator, building_id: int) -> InlineKeyboardMarkup:
    """The 🆘 button under /help: one press calls the building's chain."""
    data = SosCallback(building_id=building_id).pack()
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=t("btn-sos"), callback_data=data)]]
    )
