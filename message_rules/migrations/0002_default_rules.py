"""The project's default rules and allowed link domains (message_rules/defaults.py)."""

from django.db import migrations


def load_defaults(apps, schema_editor):
    from message_rules import defaults

    Rule = apps.get_model("message_rules", "Rule")
    AllowedDomain = apps.get_model("message_rules", "AllowedDomain")
    RuleSetVersion = apps.get_model("message_rules", "RuleSetVersion")
    rules = [
        Rule(category=category, language=language, kind="phrase", pattern=pattern)
        for category, language, pattern in defaults.PHRASES
    ]
    rules += [
        Rule(category=category, language=language, kind="regex", pattern=pattern)
        for category, language, pattern in defaults.REGEXES
    ]
    rules += [
        Rule(category="", language=language, kind="allow", pattern=pattern)
        for language, pattern in defaults.ALLOW
    ]
    Rule.objects.bulk_create(rules, ignore_conflicts=True)
    AllowedDomain.objects.bulk_create(
        [
            AllowedDomain(domain=domain, kind=kind, note=note)
            for domain, kind, note in defaults.ALLOWED_DOMAINS
        ],
        ignore_conflicts=True,
    )
    RuleSetVersion.objects.update_or_create(pk=1, defaults={"version": 1})


def remove_defaults(apps, schema_editor):
    apps.get_model("message_rules", "Rule").objects.all().delete()
    apps.get_model("message_rules", "AllowedDomain").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0001_initial")]

    operations = [migrations.RunPython(load_defaults, remove_defaults)]
