# Slovak: a day and month take the month in the genitive ("5. novembra 2026"); Django's
# "j. F Y" prints the nominative ("5. november 2026"). "E" is the genitive month name,
# translated in our catalogue (marketplace/formats/months.py).
from django.conf.locale.sk.formats import *  # noqa: F403

DATE_FORMAT = "j. E Y"
DATETIME_FORMAT = "j. E Y, G:i"
MONTH_DAY_FORMAT = "j. E"
