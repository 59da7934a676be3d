"""rollcalls, rollcall_entries, welfare_checks: the temperature roll call (接龙)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 14:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('rollcalls',
    sa.Column('id', ID, nullable=False),
    sa.Column('building_id', ID, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('local_time', sa.String(length=5), nullable=False),
    sa.Column('open_until', sa.DateTime(timezone=True), nullable=False),
    sa.Column('message_id', sa.BigInteger(), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_rollcalls_building_id_buildings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rollcalls')),
    sa.UniqueConstraint('building_id', 'at', name=op.f('uq_rollcalls_building_id_at'))
    )
    op.create_table('rollcall_entries',
    sa.Column('id', ID, nullable=False),
    sa.Column('rollcall_id', ID, nullable=False),
    sa.Column('household_id', ID, nullable=False),
    sa.Column('flat', sa.String(length=32), nullable=False),
    sa.Column('celsius', sa.Numeric(precision=4, scale=1, asdecimal=False), nullable=True),
    sa.Column('fever', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('reading_id', ID, nullable=True),
    sa.Column('reported_by', sa.BigInteger(), nullable=True),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('source_message_id', sa.BigInteger(), nullable=True),
    sa.Column('reports', sa.Integer(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_rollcall_entries_household_id_households')),
    sa.ForeignKeyConstraint(['reading_id'], ['temperature_readings.id'], name=op.f('fk_rollcall_entries_reading_id_temperature_readings')),
    sa.ForeignKeyConstraint(['reported_by'], ['people.id'], name=op.f('fk_rollcall_entries_reported_by_people')),
    sa.ForeignKeyConstraint(['rollcall_id'], ['rollcalls.id'], name=op.f('fk_rollcall_entries_rollcall_id_rollcalls')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rollcall_entries')),
    sa.UniqueConstraint('reading_id', name=op.f('uq_rollcall_entries_reading_id')),
    sa.UniqueConstraint('rollcall_id', 'household_id', name=op.f('uq_rollcall_entries_rollcall_id_household_id'))
    )
    op.create_index(op.f('ix_rollcall_entries_household_id'), 'rollcall_entries', ['household_id'], unique=False)
    op.create_table('welfare_checks',
    sa.Column('id', ID, nullable=False),
    sa.Column('household_id', ID, nullable=False),
    sa.Column('rollcall_id', ID, nullable=False),
    sa.Column('asked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('checked_by', sa.BigInteger(), nullable=True),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finding', sa.Text(), nullable=True),
    sa.Column('prompt_message_id', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['checked_by'], ['people.id'], name=op.f('fk_welfare_checks_checked_by_people')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_welfare_checks_household_id_households')),
    sa.ForeignKeyConstraint(['rollcall_id'], ['rollcalls.id'], name=op.f('fk_welfare_checks_rollcall_id_rollcalls')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_welfare_checks')),
    sa.UniqueConstraint('household_id', 'rollcall_id', name=op.f('uq_welfare_checks_household_id_rollcall_id'))
    )
    op.create_index(op.f('ix_welfare_checks_rollcall_id'), 'welfare_checks', ['rollcall_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_welfare_checks_rollcall_id'), table_name='welfare_checks')
    op.drop_table('welfare_checks')
    op.drop_index(op.f('ix_rollcall_entries_household_id'), table_name='rollcall_entries')
    op.drop_table('rollcall_entries')
    op.drop_table('rollcalls')
