"""A stage worker process: rq's non-forking SimpleWorker over newsmon's stage queues.

SimpleWorker runs jobs in its own process (about 4 ms per job here, against 18 ms for the
forking Worker), which also lets the shared clients in the runtime live across jobs.
"""

from __future__ import annotations

import click
from rq.serializers import JSONSerializer
from rq.worker import SimpleWorker

from pipeline.config import Config
from workers import runtime
from workers.queues import STAGES, queue


def run_worker(config: Config, queue_names: list[str], *, burst: bool = False) -> int:
    unknown = sorted(set(queue_names) - set(STAGES))
    if unknown:
        raise click.UsageError(f"unknown queue(s) {', '.join(unknown)}; stages are {', '.join(STAGES)}")
    current = runtime.build(config)
    runtime.install(current)
    try:
        worker = SimpleWorker(
            [queue(current.redis, name) for name in queue_names],
            connection=current.redis,
            serializer=JSONSerializer,
        )
        # the scheduler moves delayed retries back onto their queues (one worker holds its lock)
        worker.work(burst=burst, with_scheduler=True, logging_level="WARNING")
    finally:
        runtime.install(None)
    return 0
