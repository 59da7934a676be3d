"""The staff console's one-time login links, sessions and audit trail (issue 13)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime


class ConsoleLink(Base):
    """A one-time login link /console sent privately; only the token's hash is kept."""

    __tablename__ = "console_links"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ConsoleSession(Base):
    """A signed-in browser: the cookie's hash, its CSRF token and language."""

    __tablename__ = "console_sessions"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ConsoleAudit(Base):
    """One change made in the console: who, when, what, and the values before and after."""

    __tablename__ = "console_audit"
    __table_args__ = (Index("ix_console_audit_community_at", "community", "at"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    community: Mapped[str] = mapped_column(String(64))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("buildings.id"))
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(128))
    """What was changed, as people read it (a flat)."""
    target_id: Mapped[int | None] = mapped_column(BigInteger)
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
