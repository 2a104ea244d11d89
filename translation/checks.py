"""`manage.py check`: a chosen engine that cannot run is a configuration error."""

from django.core import checks


@checks.register()
def translation_engine_configured(app_configs, **kwargs):
    from .engines import configuration_problem

    problem = configuration_problem()
    if not problem:
        return []
    return [
        checks.Error(
            problem,
            hint="Set the engine's variables (see .env.example), or leave TRANSLATION_ENGINE "
            "empty to turn translation off.",
            id="translation.E001",
        )
    ]
