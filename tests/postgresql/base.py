"""PostgreSQL for the test suite: Django's backend, except how a transactional test's
database is emptied afterwards (browser, live-server and real-worker tests).

Django empties every table with one TRUNCATE, which gives each table, index and sequence
a new file: about 1.5 s for our 60-odd tables on the CI machine, after every such test.
Deleting the few rows a test wrote takes milliseconds. The flush runs in one transaction
and every foreign key Django creates is DEFERRABLE INITIALLY DEFERRED, so the order of
the tables does not matter; a constraint still broken at the end fails the flush as
before. Resetting sequences or cascading to other tables is left to TRUNCATE.
"""

from django.db.backends.postgresql import base, operations


class DatabaseOperations(operations.DatabaseOperations):
    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if reset_sequences or allow_cascade:
            return super().sql_flush(
                style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        return [
            f"{style.SQL_KEYWORD('DELETE FROM')} {style.SQL_FIELD(self.quote_name(table))};"
            for table in tables
        ]


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
