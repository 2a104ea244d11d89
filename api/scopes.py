"""django-oauth-toolkit's scopes backend (OAUTH2_PROVIDER["SCOPES_BACKEND_CLASS"]): a
seller's own tool registered in the panel asks for its chosen scopes at most, and gets all
of them when it names none; every other application as the settings say."""

from oauth2_provider.scopes import SettingsScopes


def _tool_scopes(application) -> list[str] | None:
    if application is None:
        return None
    from .models import ToolScopes

    row = ToolScopes.objects.filter(application_id=application.pk).first()
    return row.scopes.split() if row is not None else None


class ApplicationScopes(SettingsScopes):
    def get_available_scopes(self, application=None, request=None, *args, **kwargs):
        chosen = _tool_scopes(application)
        available = super().get_available_scopes(application, request, *args, **kwargs)
        return available if chosen is None else [s for s in available if s in chosen]

    def get_default_scopes(self, application=None, request=None, *args, **kwargs):
        chosen = _tool_scopes(application)
        if chosen is None:
            return super().get_default_scopes(application, request, *args, **kwargs)
        return chosen
