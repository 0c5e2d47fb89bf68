"""Logging set-up, done once per process at the entrypoint: loguru for newsmon and for rq."""

from __future__ import annotations

import logging
import sys

from loguru import logger

TERMINAL_FORMAT = "<green>{time:HH:mm:ss}</green> <level>{level: <7}</level> {message}"


class _ToLoguru(logging.Handler):
    """Route the standard logging of rq and other libraries into loguru."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            level: str | int = logger.level(record.levelname).name
        except ValueError:
            level = record.levelno
        logger.opt(exception=record.exc_info).log(level, "{}: {}", record.name, record.getMessage())


def configure(level: str = "INFO", *, json_lines: bool = False) -> None:
    logger.remove()
    if json_lines:
        logger.add(sys.stderr, level=level, serialize=True)
    else:
        logger.add(sys.stderr, level=level, format=TERMINAL_FORMAT, colorize=None)
    logging.basicConfig(handlers=[_ToLoguru()], level=logging.WARNING, force=True)
    # rq reports every job at INFO; newsmon logs what the jobs did instead
    for name in ("rq", "rq.worker", "rq.queue", "rq.scheduler"):
        logging.getLogger(name).setLevel(logging.WARNING)
