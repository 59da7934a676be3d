"""claim_forgets: an update's claim deletes its inbound journal row in the same statement

The update that writes claims its id (INSERT into processed_updates) in the transaction that
commits its effects, and its journal row (bot/inbound.py) must go in that transaction too: a
row and its claim are never both missing (the update lost) nor both there. A trigger deletes the
row as the claim is inserted, so the hot path runs one statement for both instead of two (a
claim that finds the id taken inserts nothing and deletes nothing; that duplicate's row goes on
its own, `bot.middlewares._forget_journaled`).

Revision ID: 0023_claim_forgets
Revises: 0022_context_notify
Create Date: 2026-12-06 20:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023_claim_forgets"
down_revision: str | None = "0022_context_notify"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGER = "louhu_claim_forgets_journal"


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _postgres():
        op.execute(
            f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON processed_updates FOR EACH ROW"
            " BEGIN DELETE FROM inbound_updates WHERE update_id = NEW.update_id; END"
        )
        return
    op.execute(
        f"""
        CREATE FUNCTION {TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM inbound_updates WHERE update_id = NEW.update_id;
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON processed_updates FOR EACH ROW"
        f" EXECUTE FUNCTION {TRIGGER}()"
    )


def downgrade() -> None:
    op.execute(f"DROP TRIGGER {TRIGGER}" + (" ON processed_updates" if _postgres() else ""))
    if _postgres():
        op.execute(f"DROP FUNCTION {TRIGGER}()")
