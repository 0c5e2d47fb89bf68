"""`newsmon extract FILE_OR_URL`: what the extract stage makes of one page, and why.

The page is read from disk, or fetched with newsmon's own HTTP client (its limits, its refusals);
it then goes through the same stage functions a worker runs, with an empty site memory: one page
alone cannot show which of its lines recur across the site.
"""

from __future__ import annotations

import gzip
import mimetypes
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline import http
from pipeline.boilerplate import Dropped
from pipeline.config import Config
from pipeline.extract import Draft, ExtractSettings, NotArticle, dropped_text, finish, read_page
from pipeline.records import Article, FeedItem, FetchedPage
from pipeline.site_memory import SiteCounts
from workers.runtime import http_limits


def load_page(source: str, config: Config, *, url: str = "") -> FetchedPage:
    """The page at `source` (an http(s) URL, or a file; .gz files are unpacked).

    Raises NewsmonError when the URL cannot be fetched, OSError when the file cannot be read.
    """
    now = datetime.now(UTC)
    if source.lower().startswith(("http://", "https://")):
        limits = http_limits(config.settings)
        with http.make_client(limits) as client:
            response = http.get(client, source, limits)
        item = FeedItem(feed_url="", url=source)
        return FetchedPage(item, response.url, response.status, response.content_type, now, response.body)
    path = Path(source)
    body = path.read_bytes()
    media_type, encoding = mimetypes.guess_type(path.name)
    if encoding == "gzip":
        body = gzip.decompress(body)
    page_url = url or path.resolve().as_uri()
    return FetchedPage(FeedItem(feed_url="", url=page_url), page_url, 200, media_type or "", now, body)


def examine(page: FetchedPage, config: Config) -> tuple[Article | NotArticle, list[Dropped]]:
    """The stage's outcome for `page`, and every piece of text it left out, with the reason."""
    settings = ExtractSettings(min_chars=config.settings.min_article_chars, rules=config.boilerplate)
    draft = read_page(page, settings)
    if not isinstance(draft, Draft):
        return draft, []
    return finish(draft, SiteCounts(), settings), dropped_text(draft, SiteCounts(), settings)


def as_json(outcome: Article | NotArticle, dropped: list[Dropped], *, verbose: bool) -> dict[str, Any]:
    data: dict[str, Any]
    if isinstance(outcome, NotArticle):
        data = {"url": outcome.url, "not_article": True, "reason": outcome.reason}
    else:
        data = {"not_article": False, **outcome.to_json()}
    if verbose:
        data["dropped"] = [{"layer": d.layer, "kind": d.kind, "reason": d.reason, "text": d.text} for d in dropped]
    return data


def as_text(outcome: Article | NotArticle, dropped: list[Dropped], *, verbose: bool) -> str:
    if isinstance(outcome, NotArticle):
        lines = [f"not an article: {outcome.reason}", f"url        {outcome.url}"]
    else:
        published = outcome.published.date().isoformat() if outcome.published else "-"
        lines = [
            f"title      {outcome.title}",
            f"author     {outcome.author or '-'}",
            f"published  {published}",
            f"canonical  {outcome.canonical_url}",
            f"site       {outcome.site_name or '-'}",
            f"language   {outcome.language or '-'}",
            "",
            outcome.text,
        ]
    if verbose:
        lines += ["", f"dropped ({len(dropped)}):"]
        lines += [f"  [{d.layer}/{d.kind}] {d.reason} :: {_one_line(d.text)}" for d in dropped]
    return "\n".join(lines)


def _one_line(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
