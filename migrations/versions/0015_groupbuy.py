"""demand_lists, group_lists, demand_pages, demand_parts: 接龙 lists and 需求清单 merges

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 17:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('demand_lists',
    sa.Column('id', ID, nullable=False),
    sa.Column('building_id', ID, nullable=False),
    sa.Column('created_by', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_demand_lists_building_id_buildings')),
    sa.ForeignKeyConstraint(['created_by'], ['people.id'], name=op.f('fk_demand_lists_created_by_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_demand_lists'))
    )
    op.create_index(op.f('ix_demand_lists_building_id'), 'demand_lists', ['building_id'], unique=False)
    op.create_table('group_lists',
    sa.Column('id', ID, nullable=False),
    sa.Column('building_id', ID, nullable=False),
    sa.Column('message_id', sa.BigInteger(), nullable=False),
    sa.Column('author_id', sa.BigInteger(), nullable=True),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('households', sa.Integer(), nullable=False),
    sa.Column('demand_id', ID, nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['people.id'], name=op.f('fk_group_lists_author_id_people')),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_group_lists_building_id_buildings')),
    sa.ForeignKeyConstraint(['demand_id'], ['demand_lists.id'], name=op.f('fk_group_lists_demand_id_demand_lists')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_lists')),
    sa.UniqueConstraint('building_id', 'message_id', name=op.f('uq_group_lists_building_id_message_id'))
    )
    op.create_index(op.f('ix_group_lists_demand_id'), 'group_lists', ['demand_id'], unique=False)
    op.create_table('demand_pages',
    sa.Column('id', ID, nullable=False),
    sa.Column('demand_id', ID, nullable=False),
    sa.Column('page', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['demand_id'], ['demand_lists.id'], name=op.f('fk_demand_pages_demand_id_demand_lists')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_demand_pages')),
    sa.UniqueConstraint('demand_id', 'page', name=op.f('uq_demand_pages_demand_id_page'))
    )
    op.create_table('demand_parts',
    sa.Column('id', ID, nullable=False),
    sa.Column('demand_id', ID, nullable=False),
    sa.Column('page_id', ID, nullable=False),
    sa.Column('flat', sa.String(length=32), nullable=True),
    sa.Column('name', sa.String(length=64), nullable=True),
    sa.Column('floor', sa.String(length=48), nullable=False),
    sa.Column('shop', sa.String(length=64), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('order_id', ID, nullable=True),
    sa.Column('list_line', sa.Integer(), nullable=True),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('delivered_by', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['delivered_by'], ['people.id'], name=op.f('fk_demand_parts_delivered_by_people')),
    sa.ForeignKeyConstraint(['demand_id'], ['demand_lists.id'], name=op.f('fk_demand_parts_demand_id_demand_lists')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_demand_parts_order_id_orders')),
    sa.ForeignKeyConstraint(['page_id'], ['demand_pages.id'], name=op.f('fk_demand_parts_page_id_demand_pages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_demand_parts'))
    )
    op.create_index(op.f('ix_demand_parts_demand_id'), 'demand_parts', ['demand_id'], unique=False)
    op.create_index(op.f('ix_demand_parts_page_id'), 'demand_parts', ['page_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_demand_parts_page_id'), table_name='demand_parts')
    op.drop_index(op.f('ix_demand_parts_demand_id'), table_name='demand_parts')
    op.drop_table('demand_parts')
    op.drop_table('demand_pages')
    op.drop_index(op.f('ix_group_lists_demand_id'), table_name='group_lists')
    op.drop_table('group_lists')
    op.drop_index(op.f('ix_demand_lists_building_id'), table_name='demand_lists')
    op.drop_table('demand_lists')
