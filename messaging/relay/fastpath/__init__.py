"""Fast paths that reach into a library's internals, one small module per library.

Each module checks at import that the installed version is the one its fast path was
written against and otherwise uses a plain fallback that relies on public behaviour only;
`status()` says which path each one runs, and a Django system check (W001) warns when a
fallback is active. Tests hold every fast path to its fallback's (the library's) answers.

- `aiosmtpd`: the SMTP session's address parser without the class aiosmtpd builds per call.
- `psycopg`: the relay's per-message statements prepared on the server
  (`DATABASES["default"]["OPTIONS"]["prepare_threshold"]`, off for PgBouncer).
- `django_models`: instances of selected columns built without `Model.__init__`.
- `pyspf`: pyspf's module-level DNS lookup dispatched to the resolver of each check.
"""
