"""households, quarantines, quarantine_changes, community_settings; household_notes folded in

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 14:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('households',
    sa.Column('id', ID, nullable=False),
    sa.Column('building_id', ID, nullable=False),
    sa.Column('flat', sa.String(length=32), nullable=False),
    sa.Column('people', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('needs', sa.String(length=128), server_default='', nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('updated_by', sa.BigInteger(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_households_building_id_buildings')),
    sa.ForeignKeyConstraint(['updated_by'], ['people.id'], name=op.f('fk_households_updated_by_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_households')),
    sa.UniqueConstraint('building_id', 'flat', name=op.f('uq_households_building_id_flat'))
    )
    op.create_table('quarantines',
    sa.Column('id', ID, nullable=False),
    sa.Column('household_id', ID, nullable=False),
    sa.Column('building_id', ID, nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('created_by', sa.BigInteger(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_quarantines_building_id_buildings')),
    sa.ForeignKeyConstraint(['created_by'], ['people.id'], name=op.f('fk_quarantines_created_by_people')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_quarantines_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quarantines'))
    )
    op.create_index('ix_quarantines_household_ended', 'quarantines', ['household_id', 'ended_on'], unique=False)
    op.create_index(op.f('ix_quarantines_building_id'), 'quarantines', ['building_id'], unique=False)
    op.create_table('quarantine_changes',
    sa.Column('id', ID, nullable=False),
    sa.Column('quarantine_id', ID, nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('by', sa.BigInteger(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['by'], ['people.id'], name=op.f('fk_quarantine_changes_by_people')),
    sa.ForeignKeyConstraint(['quarantine_id'], ['quarantines.id'], name=op.f('fk_quarantine_changes_quarantine_id_quarantines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quarantine_changes'))
    )
    op.create_index(op.f('ix_quarantine_changes_quarantine_id'), 'quarantine_changes', ['quarantine_id'], unique=False)
    op.create_table('community_settings',
    sa.Column('community', sa.String(length=64), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=True),
    sa.Column('sampling_days', sa.String(length=64), nullable=True),
    sa.Column('sampling_window', sa.String(length=16), nullable=True),
    sa.Column('sampling_notice', sa.String(length=8), nullable=True),
    sa.Column('rollcall_times', sa.String(length=64), nullable=True),
    sa.Column('grace_minutes', sa.Integer(), nullable=True),
    sa.Column('summary_time', sa.String(length=8), nullable=True),
    sa.Column('updated_by', sa.BigInteger(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['updated_by'], ['people.id'], name=op.f('fk_community_settings_updated_by_people')),
    sa.PrimaryKeyConstraint('community', name=op.f('pk_community_settings'))
    )
    # The ledger notes become the households' note column: one record per flat.
    op.execute(
        "INSERT INTO households (building_id, flat, needs, note, updated_by, created_at, updated_at) "
        "SELECT building_id, flat, '', note, updated_by, updated_at, updated_at FROM household_notes"
    )
    op.drop_table('household_notes')


def downgrade() -> None:
    op.create_table('household_notes',
    sa.Column('id', ID, nullable=False),
    sa.Column('building_id', ID, nullable=False),
    sa.Column('flat', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('updated_by', sa.BigInteger(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_household_notes_building_id_buildings')),
    sa.ForeignKeyConstraint(['updated_by'], ['people.id'], name=op.f('fk_household_notes_updated_by_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household_notes')),
    sa.UniqueConstraint('building_id', 'flat', name=op.f('uq_household_notes_building_id_flat'))
    )
    op.execute(
        "INSERT INTO household_notes (building_id, flat, note, updated_by, updated_at) "
        "SELECT building_id, flat, note, updated_by, updated_at FROM households WHERE note IS NOT NULL"
    )
    op.drop_table('community_settings')
    op.drop_index(op.f('ix_quarantine_changes_quarantine_id'), table_name='quarantine_changes')
    op.drop_table('quarantine_changes')
    op.drop_index(op.f('ix_quarantines_building_id'), table_name='quarantines')
    op.drop_index('ix_quarantines_household_ended', table_name='quarantines')
    op.drop_table('quarantines')
    op.drop_table('households')
