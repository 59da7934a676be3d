"""Staff review lists: corrected misreads and recent fevers."""

from __future__ import annotations

from datetime import timedelta, tzinfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cards import mention
from bot.l10n import Markup, Translator
from domain.clock import Clock
from models.buildings import Building
from models.health import fever_readings
from models.orders import corrections
from models.people import Person

QUOTE = 40


async def render_corrections(session: AsyncSession, t: Translator, building: Building) -> str:
    """What the understanding got wrong and people fixed, for improving it."""
    rows = await corrections(session, building.id)
    if not rows:
        return t("corrections-empty")
    lines = [t("corrections-header", count=len(rows))]
    for event, order in rows:
        words = order.text if len(order.text) <= QUOTE else order.text[:QUOTE] + "…"
        if event.action == "reject":
            change = t("correction-not-order")
        else:
            old, _, new = (event.detail or ">").partition(">")
            change = t(
                "correction-category",
                old=Markup(t(f"category-{old}")) if old else "?",
                new=Markup(t(f"category-{new}")) if new else "?",
            )
        lines.append(t("correction-line", number=order.number, change=Markup(change), text=words))
    return "\n".join(lines)


async def render_fevers(
    session: AsyncSession, t: Translator, clock: Clock, building: Building, zone: tzinfo
) -> str:
    """Fever readings of the last day, newest first."""
    readings = await fever_readings(session, building.id, since=clock.now() - timedelta(days=1))
    if not readings:
        return t("fevers-empty")
    lines = [t("fevers-header", count=len(readings))]
    for reading in readings:
        person = await session.get(Person, reading.person_id)
        lines.append(
            t(
                "fever-line",
                flat=reading.flat or Markup(t("flat-unknown")),
                resident=mention(person),
                celsius=f"{reading.celsius:.1f}",
                time=reading.taken_at.astimezone(zone).strftime("%m-%d %H:%M"),
            )
        )
    return "\n".join(lines)
