"""Jobs at a later time, run one at a time by one daemon thread: webhook delivery attempts and the template
review time rule. The thread starts with the first job and stops with `stop()`."""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable

logger = logging.getLogger("waba_sandbox")
Job = Callable[[], None]


class Scheduler:
    """Runs each job once, at (or soon after) its time, in the order of their times."""

    def __init__(self) -> None:
        self._jobs: list[tuple[float, int, Job]] = []
        self._order = itertools.count()
        self._condition = threading.Condition()
        self._thread: threading.Thread | None = None
        self._running = 0
        self._stopped = False

    def call_later(self, delay: float, job: Job) -> None:
        """Run `job` after `delay` seconds (ignored once the scheduler is stopped)."""
        with self._condition:
            if self._stopped:
                return
            heapq.heappush(self._jobs, (time.monotonic() + max(0.0, delay), next(self._order), job))
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="waba-sandbox-scheduler", daemon=True)
                self._thread.start()
            self._condition.notify_all()

    def wait_idle(self, timeout: float, *, within: float = 0.0) -> bool:
        """Wait until no job is running or due within `within` seconds; False when `timeout` passed first."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while self._running or (self._jobs and self._jobs[0][0] <= time.monotonic() + within):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._condition.wait(min(remaining, 0.05))
            return True

    def stop(self, timeout: float = 10.0) -> None:
        """Drop the pending jobs and stop the thread (waiting for a running job up to `timeout`)."""
        with self._condition:
            self._stopped = True
            self._jobs.clear()
            self._condition.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def _work(self) -> None:
        while True:
            with self._condition:
                while not self._stopped and (not self._jobs or self._jobs[0][0] > time.monotonic()):
                    self._condition.wait(self._jobs[0][0] - time.monotonic() if self._jobs else None)
                if self._stopped:
                    return
                _, _, job = heapq.heappop(self._jobs)
                self._running += 1
            try:
                job()
            except Exception:
                logger.exception("sandbox job failed")
            finally:
                with self._condition:
                    self._running -= 1
                    self._condition.notify_all()
