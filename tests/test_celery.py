"""Task processing wiring: the broker from the environment reaches a real worker."""

import pytest

from config.celery import app

pytestmark = pytest.mark.worker


def test_a_real_worker_answers_through_the_broker(celery_worker):
    replies = app.control.ping(timeout=5)
    assert any(celery_worker.hostname in reply for reply in replies)


def test_without_a_broker_the_demo_runs_tasks_in_process():
    # the embedded default of config.settings.base: no CELERY_BROKER_URL, no broker
    import subprocess
    import sys

    env = {"DJANGO_SETTINGS_MODULE": "config.settings.base", "PATH": ""}
    code = (
        "import django; django.setup(); from config.celery import app; "
        "print(app.conf.broker_url, app.conf.task_always_eager)"
    )
    result = subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["memory://", "True"]
