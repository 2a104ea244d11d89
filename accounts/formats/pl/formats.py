# Polish: short dates with dots as Polish shops print them (05.11.2026 16:52), not
# Django's 05-11-2026 (and its double space before the time).
from django.conf.locale.pl.formats import *  # noqa: F403

SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
