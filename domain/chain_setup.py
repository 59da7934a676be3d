"""Staff replace a community's chain from the text format (in the bot, or from a file)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from domain.chain_format import LevelSpec
from domain.escalation_policy import parse_target
from models.incidents import EscalationLevel
from models.people import person_by_username


@dataclass(frozen=True)
class ChainSaved:
    """How many levels were saved, and the @usernames that could not be resolved."""

    levels: int
    unknown: tuple[str, ...]


async def save_chain(session: AsyncSession, community: str, specs: list[LevelSpec]) -> ChainSaved:
    """Replace the community's chain; refused (nothing saved) if any @username is unknown."""
    unknown: list[str] = []
    rows: list[EscalationLevel] = []
    for position, spec in enumerate(specs, start=1):
        targets: list[str] = []
        for written in spec.targets:
            if written.startswith("@"):
                person = await person_by_username(session, written)
                if person is None:
                    unknown.append(written)
                    continue
                targets.append(f"person:{person.id}")
            elif parse_target(written) is not None:
                targets.append(written)
        rows.append(
            EscalationLevel(
                community=community,
                position=position,
                name=spec.name,
                ack_seconds=spec.ack_seconds,
                with_previous=spec.with_previous,
                targets=" ".join(targets),
                webhook=spec.webhook,
            )
        )
    if unknown:
        await session.rollback()
        return ChainSaved(0, tuple(unknown))
    await session.execute(delete(EscalationLevel).where(EscalationLevel.community == community))
    session.add_all(rows)
    await session.commit()
    return ChainSaved(len(rows), ())
