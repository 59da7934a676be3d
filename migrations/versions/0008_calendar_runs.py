"""calendar_runs (each slot of the quarantine calendar run once) and calendar_watermark

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 14:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('calendar_runs',
    sa.Column('id', ID, nullable=False),
    sa.Column('building_id', ID, nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_calendar_runs_building_id_buildings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_runs')),
    sa.UniqueConstraint('building_id', 'kind', 'at', name=op.f('uq_calendar_runs_building_id_kind_at'))
    )
    op.create_index(op.f('ix_calendar_runs_at'), 'calendar_runs', ['at'], unique=False)
    op.create_table('calendar_watermark',
    sa.Column('id', ID, nullable=False),
    sa.Column('checked_until', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_watermark'))
    )


def downgrade() -> None:
    op.drop_table('calendar_watermark')
    op.drop_index(op.f('ix_calendar_runs_at'), table_name='calendar_runs')
    op.drop_table('calendar_runs')
