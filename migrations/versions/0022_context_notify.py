"""context_notify: people and buildings tell listeners when they change (PostgreSQL only)

Each worker keeps the senders (people) and the chats' buildings it has read between updates
(bot/context_cache.py); any writer (another worker, psql, a command-line tool) empties every
worker's cache through `pg_notify` on the channel `louhu_context`, sent when its transaction
commits. An UPDATE that changes nothing but `buildings.last_order_number` (every order takes the
next number; the caches keep none of it) or nothing at all sends nothing. SQLite has one worker,
which sees its own writes and asks `PRAGMA data_version` for others': nothing to do there.

Revision ID: 0022_context_notify
Revises: 0021_journal
Create Date: 2026-12-06 17:30:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022_context_notify"
down_revision: str | None = "0021_journal"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "louhu_context"  # bot.context_listen.CHANNEL
TABLES = ("people", "buildings")
NOT_KEPT = "last_order_number"  # bot.context_cache.NOT_KEPT


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _postgres():
        return
    op.execute(
        f"""
        CREATE FUNCTION louhu_context_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
            RETURN NULL;
        END
        $$
        """
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER louhu_context_{table}_written AFTER INSERT OR DELETE ON {table}"
            " FOR EACH ROW EXECUTE FUNCTION louhu_context_changed()"
        )
        op.execute(
            f"CREATE TRIGGER louhu_context_{table}_updated AFTER UPDATE ON {table} FOR EACH ROW"
            f" WHEN ((to_jsonb(OLD) - '{NOT_KEPT}') IS DISTINCT FROM"
            f" (to_jsonb(NEW) - '{NOT_KEPT}')) EXECUTE FUNCTION louhu_context_changed()"
        )
        op.execute(
            f"CREATE TRIGGER louhu_context_{table}_truncated AFTER TRUNCATE ON {table}"
            " FOR EACH STATEMENT EXECUTE FUNCTION louhu_context_changed()"
        )


def downgrade() -> None:
    if not _postgres():
        return
    for table in TABLES:
        for what in ("written", "updated", "truncated"):
            op.execute(f"DROP TRIGGER louhu_context_{table}_{what} ON {table}")
    op.execute("DROP FUNCTION louhu_context_changed()")
