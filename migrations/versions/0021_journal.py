"""journal: the inbound journal of updates taken from Telegram and not yet handled (issue 12)

Long polling writes each getUpdates batch here before the next getUpdates confirms it, so an
update taken in survives a kill -9; the row goes in the update's own transaction.

Revision ID: 0021_journal
Revises: 0020_importspeed
Create Date: 2026-12-06 02:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021_journal"
down_revision: str | None = "0020_importspeed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "inbound_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column(
            "received_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_inbound_updates")),
    )


def downgrade() -> None:
    op.drop_table("inbound_updates")
