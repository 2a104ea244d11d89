"""Task processing wiring: the broker from the environment reaches a real worker."""

import pytest

from marketplace.celery import app

pytestmark = pytest.mark.worker


def test_a_real_worker_answers_through_the_broker(celery_worker):
    replies = app.control.ping(timeout=5)
    assert any(celery_worker.hostname in reply for reply in replies)


def test_without_a_broker_tasks_run_in_process(settings):
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        pytest.skip("a broker is configured in this run")
    assert app.conf.task_always_eager
