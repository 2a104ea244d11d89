from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo: `seed_demo`, `run_demo` and the development mailbox.

    Part of the composition root (it may import every app); nothing imports it but the
    settings and URLs.
    """

    name = "demo"
    verbose_name = "Demo"
