"""Full-text search over message text on PostgreSQL (a GIN expression index).

The expression matches what messaging.selectors builds with
SearchVector("text", config="simple"), so the planner uses the index. Other databases
(SQLite for the demo) search without it.
"""

from django.db import migrations

INDEX = "message_text_search_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON messaging_message "
        "USING gin (to_tsvector('simple'::regconfig, COALESCE(text, '')))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("messaging", "0001_initial")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
