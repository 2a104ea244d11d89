"""Handing the mail the relay accepted over to the pipeline's task, in batches.

The relay answers 250 once a message is committed in its thread, waiting for the
pipeline (`messaging.services.message_accept`). Publishing one Celery task per message
would cost each SMTP transaction a broker round trip; instead the ids committed in the
last `RELAY_HANDOVER_SECONDS` go out as one `messages_process_task`, from a thread of
their own, off the SMTP path. Nothing depends on the publish for safety: a message whose
id is lost with the process (or refused by a dead broker) stays `queued` and
the periodic sweep (`messaging.tasks.messages_pipeline_sweep`) hands it over again.
"""

import logging
import threading

from django.db import connections

from core.queue import enqueue

logger = logging.getLogger(__name__)

MAX_BATCH = 100


class Handover:
    """Collects message ids (any thread) and publishes them every `interval` seconds."""

    def __init__(self, interval: float):
        self.interval = interval
        self._ids: list[int] = []
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="relay-handover", daemon=True)
        self._thread.start()

    def __call__(self, message_id: int) -> None:
        with self._lock:
            self._ids.append(message_id)
            if len(self._ids) >= MAX_BATCH:
                self._wake.set()

    def _take(self) -> list[int]:
        with self._lock:
            ids, self._ids = self._ids, []
            self._wake.clear()
        return ids

    def _run(self) -> None:
        try:
            while not self._stopped:
                self._wake.wait(self.interval)
                self.flush()
        finally:
            connections.close_all()  # this thread's, if publishing ever opened one

    def flush(self) -> None:
        """Publish what is collected now (also when the server stops)."""
        from messaging.tasks import messages_process_task

        ids = self._take()
        for start in range(0, len(ids), MAX_BATCH):
            try:
                enqueue(messages_process_task, ids[start : start + MAX_BATCH])
            except Exception:  # never let the thread die: the sweep covers these ids
                logger.exception("relay: handing over %d messages failed", len(ids))

    def stop(self) -> None:
        self._stopped = True
        self._wake.set()
        self._thread.join(timeout=10)
        self.flush()
