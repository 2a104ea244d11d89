"""Settings for extracting messages into a scratch copy of the catalogues (see
test_catalogues.py): the test settings with no LOCALE_PATHS, so `makemessages` writes
only to the `locale/` directory of its working directory."""

from config.settings.test import *  # noqa: F403

LOCALE_PATHS = []
