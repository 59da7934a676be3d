"""volunteer_calls, call_signups (吹哨), delivery_photos, community_settings.delivery_photo

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 17:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('volunteer_calls',
    sa.Column('id', ID, nullable=False),
    sa.Column('building_id', ID, nullable=False),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('remind_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('slots', sa.Integer(), nullable=False),
    sa.Column('taken', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_by', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_by', sa.BigInteger(), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('message_id', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_volunteer_calls_building_id_buildings')),
    sa.ForeignKeyConstraint(['created_by'], ['people.id'], name=op.f('fk_volunteer_calls_created_by_people')),
    sa.ForeignKeyConstraint(['closed_by'], ['people.id'], name=op.f('fk_volunteer_calls_closed_by_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_calls'))
    )
    op.create_index(op.f('ix_volunteer_calls_building_id'), 'volunteer_calls', ['building_id'], unique=False)
    op.create_index('ix_volunteer_calls_remind', 'volunteer_calls', ['status', 'remind_at'], unique=False)
    op.create_table('call_signups',
    sa.Column('id', ID, nullable=False),
    sa.Column('call_id', ID, nullable=False),
    sa.Column('person_id', sa.BigInteger(), nullable=False),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reminded_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['call_id'], ['volunteer_calls.id'], name=op.f('fk_call_signups_call_id_volunteer_calls')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_call_signups_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_signups')),
    sa.UniqueConstraint('call_id', 'person_id', name=op.f('uq_call_signups_call_id_person_id'))
    )
    op.create_index(op.f('ix_call_signups_call_id'), 'call_signups', ['call_id'], unique=False)
    op.create_index(op.f('ix_call_signups_person_id'), 'call_signups', ['person_id'], unique=False)
    op.create_table('delivery_photos',
    sa.Column('id', ID, nullable=False),
    sa.Column('order_id', ID, nullable=False),
    sa.Column('volunteer_id', sa.BigInteger(), nullable=False),
    sa.Column('asked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('prompt_message_id', sa.BigInteger(), nullable=True),
    sa.Column('file_id', sa.String(length=256), nullable=True),
    sa.Column('file_unique_id', sa.String(length=128), nullable=True),
    sa.Column('attached_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('skipped_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_delivery_photos_order_id_orders')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['people.id'], name=op.f('fk_delivery_photos_volunteer_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery_photos')),
    sa.UniqueConstraint('order_id', name=op.f('uq_delivery_photos_order_id'))
    )
    op.create_index(op.f('ix_delivery_photos_volunteer_id'), 'delivery_photos', ['volunteer_id'], unique=False)
    with op.batch_alter_table('community_settings') as batch:
        batch.add_column(sa.Column('delivery_photo', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('community_settings') as batch:
        batch.drop_column('delivery_photo')
    op.drop_index(op.f('ix_delivery_photos_volunteer_id'), table_name='delivery_photos')
    op.drop_table('delivery_photos')
    op.drop_index(op.f('ix_call_signups_person_id'), table_name='call_signups')
    op.drop_index(op.f('ix_call_signups_call_id'), table_name='call_signups')
    op.drop_table('call_signups')
    op.drop_index('ix_volunteer_calls_remind', table_name='volunteer_calls')
    op.drop_index(op.f('ix_volunteer_calls_building_id'), table_name='volunteer_calls')
    op.drop_table('volunteer_calls')
