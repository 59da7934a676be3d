"""The short answer a person sees after pressing an order button."""

from __future__ import annotations

import html

from bot.l10n import Translator
from domain.escalation_policy import IncidentStatus
from domain.incidents import IncidentAction, PressResult
from domain.order_rules import OrderAction, OrderStatus
from domain.orders import ActionResult, Outcome

DONE_KEYS = {
    OrderAction.CLAIM: "cb-claimed",
    OrderAction.RELEASE: "cb-released",
    OrderAction.DELIVER: "cb-delivered",
    OrderAction.REJECT: "cb-rejected",
    OrderAction.RECATEGORIZE: "cb-recategorized",
    OrderAction.ASSIGN: "cb-assigned",
    OrderAction.REASSIGN: "cb-reassigned",
    OrderAction.UNASSIGN: "cb-unassigned",
}


def answer_text(t: Translator, action: OrderAction, result: ActionResult) -> str:
    """Plain text (callback answers show no markup) in the presser's language."""
    return html.unescape(_answer_html(t, action, result))


def _answer_html(t: Translator, action: OrderAction, result: ActionResult) -> str:
    if result.outcome is Outcome.DONE:
        return t(DONE_KEYS[action])
    if result.outcome is Outcome.DENIED and result.denial is not None:
        return t(f"cb-{result.denial}")
    if result.outcome is Outcome.FOREIGN:
        return t("cb-invalid")
    if result.outcome is Outcome.NOT_FOUND or result.status is None:
        return t("cb-order-missing")
    if result.status is OrderStatus.CLAIMED and action in (OrderAction.CLAIM, OrderAction.ASSIGN):
        return t("cb-already-claimed", volunteer=result.holder_name or "?")
    if result.status in (OrderStatus.DELIVERED, OrderStatus.REJECTED):
        return t("cb-order-closed")
    return t("cb-order-changed")


MAX_TOAST = 200  # Telegram's limit for a callback answer's text


def raised_answer(t: Translator, number: int, announced: tuple[str, ...]) -> str:
    """The toast after a press opened an emergency: who is really called, else call 120."""
    if announced:
        text = t("cb-sos-calling", number=number, levels=t.levels(announced))
    else:
        text = t("cb-sos-unreachable", number=number)
    text = html.unescape(text)
    return text if len(text) <= MAX_TOAST else text[: MAX_TOAST - 1] + "…"


def incident_answer(t: Translator, action: IncidentAction, result: PressResult) -> str:
    """The toast after a press on an emergency alert."""
    return html.unescape(_incident_html(t, action, result))


def _incident_html(t: Translator, action: IncidentAction, result: PressResult) -> str:
    if not result.found:
        return t("cb-incident-missing")
    if not result.allowed:
        return t("cb-incident-not-yours")
    if result.done:
        if action is IncidentAction.ACKNOWLEDGE:
            return t("cb-incident-ack")
        if action is IncidentAction.ESCALATE:
            key = "cb-incident-escalated-again" if result.repeated else "cb-incident-escalated"
            return t(key, levels=t.levels(result.levels))
        return t("cb-incident-done")
    if result.status is IncidentStatus.RESOLVED:
        return t("cb-incident-resolved")
    if result.at_top:
        return t("cb-incident-top")
    if action in (IncidentAction.ACKNOWLEDGE, IncidentAction.ESCALATE) and result.owner_name:
        return t("cb-incident-taken", owner=result.owner_name)
    return t("cb-incident-already")
