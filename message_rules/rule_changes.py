"""What a data migration of the rules does to a database that already holds rules.

Each development-set migration (0028 onwards) lists the rules and exceptions it adds,
the phrases it rewrites and the exceptions it removes; this module applies the lists
and takes them back, on the historical models the migration is given. A database
without rules gets nothing here: migration 0002 loads today's defaults, which hold
every later migration's rules already.
"""

from dataclasses import dataclass, field

from django.db import migrations


@dataclass(frozen=True)
class RuleChanges:
    added_phrases: list = field(default_factory=list)  # (category, language, pattern)
    added_exceptions: list = field(default_factory=list)  # (language, pattern)
    added_regexes: list = field(default_factory=list)  # (category, language, pattern)
    changed_phrases: list = field(default_factory=list)  # (category, language, old, new)
    removed_exceptions: list = field(default_factory=list)  # (language, pattern)

    def forwards(self, apps, schema_editor=None) -> None:
        Rule = apps.get_model("message_rules", "Rule")
        RuleSetVersion = apps.get_model("message_rules", "RuleSetVersion")
        if not Rule.objects.exists():
            return  # an empty database: 0002 loads the defaults, these included
        for category, language, pattern in self.added_phrases:
            Rule.objects.get_or_create(
                category=category, language=language, kind="phrase", pattern=pattern
            )
        for language, pattern in self.added_exceptions:
            Rule.objects.get_or_create(
                category="", language=language, kind="allow", pattern=pattern
            )
        for category, language, pattern in self.added_regexes:
            Rule.objects.get_or_create(
                category=category, language=language, kind="regex", pattern=pattern
            )
        for category, language, old, new in self.changed_phrases:
            _replace(Rule, category, language, old, new)
        for language, pattern in self.removed_exceptions:
            Rule.objects.filter(
                category="", language=language, kind="allow", pattern=pattern
            ).delete()
        version, _created = RuleSetVersion.objects.get_or_create(pk=1)
        RuleSetVersion.objects.filter(pk=1).update(version=version.version + 1)

    def backwards(self, apps, schema_editor=None) -> None:
        Rule = apps.get_model("message_rules", "Rule")
        for category, language, pattern in self.added_phrases:
            Rule.objects.filter(
                category=category, language=language, kind="phrase", pattern=pattern
            ).delete()
        for language, pattern in self.added_exceptions:
            Rule.objects.filter(
                category="", language=language, kind="allow", pattern=pattern
            ).delete()
        for category, language, pattern in self.added_regexes:
            Rule.objects.filter(
                category=category, language=language, kind="regex", pattern=pattern
            ).delete()
        for category, language, old, new in self.changed_phrases:
            _replace(Rule, category, language, new, old)
        for language, pattern in self.removed_exceptions:
            Rule.objects.get_or_create(
                category="", language=language, kind="allow", pattern=pattern
            )

    def operation(self) -> migrations.RunPython:
        return migrations.RunPython(self.forwards, self.backwards)


def _replace(Rule, category, language, old, new):
    """`old` becomes `new`; where both are there (0002 loaded today's defaults), the old one
    goes."""
    rules = Rule.objects.filter(category=category, language=language, kind="phrase")
    if rules.filter(pattern=new).exists():
        rules.filter(pattern=old).delete()
    else:
        rules.filter(pattern=old).update(pattern=new)
