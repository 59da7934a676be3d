"""temperature readings and the doctor role

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 01:12:21.285466
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('temperature_readings',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('building_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('person_id', sa.BigInteger(), nullable=False),
    sa.Column('flat', sa.String(length=32), nullable=True),
    sa.Column('celsius', sa.Numeric(precision=4, scale=1, asdecimal=False), nullable=False),
    sa.Column('fever', sa.Boolean(), nullable=False),
    sa.Column('source_message_id', sa.BigInteger(), nullable=False),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_temperature_readings_building_id_buildings')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_temperature_readings_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_temperature_readings'))
    )
    with op.batch_alter_table('temperature_readings', schema=None) as batch_op:
        batch_op.create_index('ix_temperature_readings_building_flat', ['building_id', 'flat'], unique=False)
        batch_op.create_index(batch_op.f('ix_temperature_readings_person_id'), ['person_id'], unique=False)

    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_doctor', sa.Boolean(), server_default=sa.false(), nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_column('is_doctor')

    with op.batch_alter_table('temperature_readings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_temperature_readings_person_id'))
        batch_op.drop_index('ix_temperature_readings_building_flat')

    op.drop_table('temperature_readings')
