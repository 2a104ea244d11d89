# English in a European marketplace: dates and numbers as in en_GB, with the 24-hour clock
# the rest of the site uses (25/11/2026 16:52), not Django's American defaults for "en"
# nor en_GB's "4:52 p.m.".
from django.conf.locale.en_GB.formats import *  # noqa: F403

TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j M Y, H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
