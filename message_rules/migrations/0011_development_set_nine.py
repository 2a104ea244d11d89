"""What held-out set 9, read as a development set after its one measurement, showed the
exceptions lacked: curtain tassels ("kutasy do zasłon") and the author Dick Francis and
other Dicks of books and films. Databases loaded by 0002 get them; fresh ones have them
from the defaults.
"""

from django.db import migrations

ADDED_EXCEPTIONS = [
    ("pl", "kutas* do zaslon*|kutas* do firan*|kutas* dekoracyjn*|kutasik* do*|zlote kutasy"),
    ("en", "dick francis|moby dick|philip k dick|dick van dyke|dick whittington|dick king smith"),
]


def forwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    RuleSetVersion = apps.get_model("message_rules", "RuleSetVersion")
    if not Rule.objects.exists():
        return  # an empty database: 0002 loads the defaults, these included
    for language, pattern in ADDED_EXCEPTIONS:
        Rule.objects.get_or_create(category="", language=language, kind="allow", pattern=pattern)
    version, _created = RuleSetVersion.objects.get_or_create(pk=1)
    RuleSetVersion.objects.filter(pk=1).update(version=version.version + 1)


def backwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    for language, pattern in ADDED_EXCEPTIONS:
        Rule.objects.filter(category="", language=language, kind="allow", pattern=pattern).delete()


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0010_development_sets_six_to_eight")]

    operations = [migrations.RunPython(forwards, backwards)]
