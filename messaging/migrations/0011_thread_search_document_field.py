"""Thread.search_document becomes a field Django knows (SearchVectorField).

On PostgreSQL migration 0006 made the column (tsvector NOT NULL DEFAULT '') and its GIN
index, and filled it: this changes only Django's state there. Other databases (SQLite)
get the column here, empty: only PostgreSQL keeps search documents (messaging.threads).
The GIN index stays 0006's, outside Django's state (SQLite cannot build it).

The partial index on a writer's undelivered messages serves the thread search, which finds
a user's own messages that did not reach the other side (messaging.selectors).
"""

import django.contrib.postgres.search
from django.db import migrations, models

FIELD = "search_document"


def _field(thread):
    # The historical model this runs with is the state before the field (the database
    # operations of SeparateDatabaseAndState see the state before its state operations).
    field = django.contrib.postgres.search.SearchVectorField(db_default="", editable=False)
    field.set_attributes_from_name(FIELD)
    field.model = thread
    return field


def add_column(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        return  # 0006 added it, with its index and contents
    thread = apps.get_model("messaging", "Thread")
    schema_editor.add_field(thread, _field(thread))


def remove_column(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        return  # 0006's to remove
    thread = apps.get_model("messaging", "Thread")
    schema_editor.remove_field(thread, _field(thread))


class Migration(migrations.Migration):
    dependencies = [("messaging", "0010_message_channel_staff")]

    operations = [
        migrations.AlterModelOptions(
            name="thread",
            options={
                "base_manager_name": "objects",
                "ordering": ["-last_message_at", "-id"],
                "verbose_name": "thread",
                "verbose_name_plural": "threads",
            },
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="thread",
                    name=FIELD,
                    field=django.contrib.postgres.search.SearchVectorField(
                        db_default="", editable=False, verbose_name="search document"
                    ),
                ),
            ],
            database_operations=[
                migrations.RunPython(add_column, remove_column, elidable=False),
            ],
        ),
        migrations.AddIndex(
            model_name="message",
            index=models.Index(
                condition=models.Q(("state", "delivered"), _negated=True),
                fields=["author", "thread"],
                name="message_undelivered_author_idx",
            ),
        ),
    ]
