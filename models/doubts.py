"""Messages that might tell of an emergency: the group was asked whether help is needed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime


class DoubtQuestion(Base):
    """One in-doubt message and the question its 🆘 button answers (re-checked on each press)."""

    __tablename__ = "doubt_questions"
    __table_args__ = (UniqueConstraint("chat_id", "message_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    author_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    flat: Mapped[str | None] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    families: Mapped[str] = mapped_column(String(256), default="")
    """Space-separated EmergencyFamily values, strongest first: they decide the hint."""
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime)
