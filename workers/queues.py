"""Queues: one rq queue per stage, JSON payloads, job ids derived from what the job carries.

Jobs carry batches of records (up to `batch_size`): an rq job costs about 4 ms of CPU, as much
as a quarter of an extraction, so one job per article per stage would double the cost of the
pipeline. A batch's job id hashes the ids of its records, so enqueueing the same batch twice
is a no-op (rq's atomic unique enqueue).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from redis import Redis
from rq import Queue, Retry
from rq.exceptions import DuplicateJobError
from rq.registry import ScheduledJobRegistry, StartedJobRegistry
from rq.serializers import JSONSerializer
from rq.worker import Worker

from pipeline.records import stable_id

STAGES = ("fetch", "extract", "dedupe", "tag", "alert")
# Workers take downstream stages first: finished work leaves the system before new work enters.
WORKER_ORDER = tuple(reversed(STAGES))
KEY_PREFIX = "newsmon:"
JOB_TIMEOUT = 300  # seconds; rq's own alarm, so stage code never sets one
RETRY = Retry(max=3, interval=[5, 30, 120])


def connect(url: str) -> Redis:
    """A client for rq and for newsmon's own keys (bytes, as rq expects)."""
    return Redis.from_url(url, health_check_interval=30)


def queue(connection: Redis, stage: str) -> Queue:
    return Queue(stage, connection=connection, serializer=JSONSerializer, default_timeout=JOB_TIMEOUT)


def batch_id(stage: str, ids: Iterable[str]) -> str:
    return f"{stage}-{stable_id(*sorted(ids))}"


def chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def enqueue(connection: Redis, stage: str, func: str, *args: Any, job_id: str, **options: Any) -> bool:
    """Enqueue once: False when a job with this id is queued, running or recently done."""
    options.setdefault("retry", RETRY)
    # a finished job is not kept: the unique id guards queued and running work, and the
    # stages' effects are idempotent, so a late repeat does no harm (and saves a write per job)
    options.setdefault("result_ttl", 0)
    options.setdefault("failure_ttl", 7 * 86400)
    try:
        queue(connection, stage).enqueue(func, *args, job_id=job_id, unique=True, **options)
    except DuplicateJobError:
        return False
    return True


def bump(connection: Redis, **counts: int) -> None:
    """Add to the service-wide counters shown by `run --once` and `status`."""
    pipe = connection.pipeline(transaction=False)
    for name, value in counts.items():
        if value:
            pipe.hincrby(KEY_PREFIX + "stats", name, value)
    pipe.execute()


def stats(connection: Redis) -> dict[str, int]:
    raw = connection.hgetall(KEY_PREFIX + "stats")
    return {k.decode(): int(v) for k, v in raw.items()}


def pending_work(connection: Redis) -> int:
    """Jobs queued, running or waiting to retry on any stage queue (0 means drained)."""
    total = 0
    for stage in STAGES:
        q = queue(connection, stage)
        total += q.count + connection.llen(q.intermediate_queue_key)
        total += StartedJobRegistry(queue=q).count
        total += ScheduledJobRegistry(queue=q).count
    busy = [w for w in Worker.all(connection=connection) if w.get_current_job_id()]
    return total + len(busy)
