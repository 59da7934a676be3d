"""incidents keyed by what raised them (a message, or one press of the 🆘 button)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_key', sa.String(length=96), nullable=True))
    op.execute(
        "UPDATE incidents SET source_key = 'msg:' || CAST(source_chat_id AS VARCHAR(24))"
        " || ':' || CAST(source_message_id AS VARCHAR(24)) WHERE source != 'button'"
    )
    # A press used to be keyed by the /help message it sat under; as 'msg:' it could later
    # collide with a private message of the same id, so each old press gets a key of its own.
    op.execute(
        "UPDATE incidents SET source_key = 'press:legacy:' || CAST(id AS VARCHAR(24))"
        " WHERE source = 'button'"
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.alter_column('source_key', existing_type=sa.String(length=96), nullable=False)
        batch_op.drop_constraint('uq_incidents_source_chat_id_source_message_id', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_incidents_source_key'), ['source_key'])


def downgrade() -> None:
    # Presses of one 🆘 button share its chat and message; the old key needs them apart.
    op.execute("UPDATE incidents SET source_message_id = -id WHERE source_key NOT LIKE 'msg:%'")
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_incidents_source_key'), type_='unique')
        batch_op.create_unique_constraint(
            batch_op.f('uq_incidents_source_chat_id_source_message_id'),
            ['source_chat_id', 'source_message_id'],
        )
        batch_op.drop_column('source_key')
