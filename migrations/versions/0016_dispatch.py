"""orders: who assigned the holder, and whether the assigned volunteer could be told

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 17:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assigned_by_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(
            sa.Column("assignee_unreached", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_orders_assigned_by_id_people"), "people", ["assigned_by_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_orders_assigned_by_id_people"), type_="foreignkey")
        batch_op.drop_column("assignee_unreached")
        batch_op.drop_column("assigned_by_id")
