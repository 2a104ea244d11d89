"""Full-text search per thread on PostgreSQL: one stripped tsvector of its delivered text.

The Message Center's search then reads one row per thread: the planner can walk the
thread list index and test each thread's document (a common word finds a page at once),
or use this GIN index (a rare word), instead of collecting every matching message first.
messaging.threads keeps it current (migration 0009 made it a field Django knows). Other
databases (SQLite in the demo) leave it empty and search the messages themselves.
"""

from django.db import migrations

INDEX = "thread_search_document_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "ALTER TABLE messaging_thread ADD COLUMN IF NOT EXISTS search_document tsvector "
        "NOT NULL DEFAULT ''::tsvector"
    )
    schema_editor.execute(
        "UPDATE messaging_thread AS t SET search_document = d.document FROM ("
        " SELECT thread_id,"
        "  strip(to_tsvector('simple'::regconfig, string_agg(text, ' '))) AS document"
        " FROM messaging_message WHERE state = 'delivered' GROUP BY thread_id"
        ") AS d WHERE d.thread_id = t.id"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON messaging_thread USING gin (search_document)"
    )
    # The per-message index of 0002 is no longer read by anything.
    schema_editor.execute("DROP INDEX IF EXISTS message_text_search_idx")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute("ALTER TABLE messaging_thread DROP COLUMN IF EXISTS search_document")


class Migration(migrations.Migration):
    dependencies = [("messaging", "0005_external_senders")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
