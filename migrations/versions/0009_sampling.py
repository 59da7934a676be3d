"""sampling_rounds, sampling_pages, sampling_entries: the sampling lists and their ticks

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 14:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('sampling_rounds',
    sa.Column('id', ID, nullable=False),
    sa.Column('building_id', ID, nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('window', sa.String(length=16), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_sampling_rounds_building_id_buildings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sampling_rounds')),
    sa.UniqueConstraint('building_id', 'day', name=op.f('uq_sampling_rounds_building_id_day'))
    )
    op.create_table('sampling_pages',
    sa.Column('id', ID, nullable=False),
    sa.Column('round_id', ID, nullable=False),
    sa.Column('page', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['round_id'], ['sampling_rounds.id'], name=op.f('fk_sampling_pages_round_id_sampling_rounds')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sampling_pages')),
    sa.UniqueConstraint('round_id', 'page', name=op.f('uq_sampling_pages_round_id_page'))
    )
    op.create_table('sampling_entries',
    sa.Column('id', ID, nullable=False),
    sa.Column('round_id', ID, nullable=False),
    sa.Column('page_id', ID, nullable=False),
    sa.Column('household_id', ID, nullable=False),
    sa.Column('flat', sa.String(length=32), nullable=False),
    sa.Column('quarantine_day', sa.Integer(), nullable=False),
    sa.Column('sampled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sampled_by', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_sampling_entries_household_id_households')),
    sa.ForeignKeyConstraint(['page_id'], ['sampling_pages.id'], name=op.f('fk_sampling_entries_page_id_sampling_pages')),
    sa.ForeignKeyConstraint(['round_id'], ['sampling_rounds.id'], name=op.f('fk_sampling_entries_round_id_sampling_rounds')),
    sa.ForeignKeyConstraint(['sampled_by'], ['people.id'], name=op.f('fk_sampling_entries_sampled_by_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sampling_entries')),
    sa.UniqueConstraint('round_id', 'household_id', name=op.f('uq_sampling_entries_round_id_household_id'))
    )
    op.create_index(op.f('ix_sampling_entries_page_id'), 'sampling_entries', ['page_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sampling_entries_page_id'), table_name='sampling_entries')
    op.drop_table('sampling_entries')
    op.drop_table('sampling_pages')
    op.drop_table('sampling_rounds')
