"""outbox: index the per-chat "is an earlier row waiting for a retry" lookup

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 12:30:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        'ix_outbox_chat_waiting', 'outbox', ['chat_id', 'status', 'next_attempt_at'], unique=False
    )


def downgrade() -> None:
    op.drop_index('ix_outbox_chat_waiting', table_name='outbox')
