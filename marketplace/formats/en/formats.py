# English in a European marketplace: dates and numbers as in en_GB (25/11/2026 16:52),
# not Django's American defaults for "en".
from django.conf.locale.en_GB.formats import *  # noqa: F403
