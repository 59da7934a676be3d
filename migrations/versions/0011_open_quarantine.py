"""one open quarantine per household (partial unique index)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 14:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        'uq_quarantines_open_household',
        'quarantines',
        ['household_id'],
        unique=True,
        sqlite_where=sa.text('ended_on IS NULL'),
        postgresql_where=sa.text('ended_on IS NULL'),
    )


def downgrade() -> None:
    op.drop_index('uq_quarantines_open_household', table_name='quarantines')
