"""The two kinds of failure a stage can report; jobs map them to retry or record-and-stop."""


class NewsmonError(Exception):
    """Base of newsmon's own errors."""


class TransientError(NewsmonError):
    """May succeed later (timeouts, 5xx, 429, connection refused): retry with backoff."""


class PermanentError(NewsmonError):
    """Will not succeed by retrying (4xx, too large, refused URL): record and stop."""
