"""Accent-insensitive search (#18): "zielinski", "novakova", "dekuji" find "Zieliński",
"Nováková", "děkuji". A text search configuration `marketplace_search`, the `simple` one
with the `unaccent` dictionary before it, and every thread's document rebuilt with it.

`CREATE EXTENSION unaccent` needs a role that may create extensions (the database owner
on PostgreSQL 13+ for trusted extensions, as unaccent is); where the application's role
may not, a superuser runs it once beforehand and this migration finds it there.
"""

from django.db import migrations

CONFIG = "marketplace_search"


def rebuild(schema_editor, config: str) -> None:
    schema_editor.execute(
        "UPDATE messaging_thread AS t SET search_document = d.document FROM ("
        " SELECT thread_id,"
        f"  strip(to_tsvector('{config}'::regconfig, string_agg(text, ' '))) AS document"
        " FROM messaging_message WHERE state = 'delivered' GROUP BY thread_id"
        ") AS d WHERE d.thread_id = t.id"
    )


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(
        f"""DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}') THEN
            CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION {CONFIG}
              ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
              WITH unaccent, simple;
          END IF;
        END $$"""
    )
    rebuild(schema_editor, CONFIG)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    rebuild(schema_editor, "simple")
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


class Migration(migrations.Migration):
    dependencies = [("messaging", "0014_email_withheld")]
    operations = [migrations.RunPython(create, drop)]
