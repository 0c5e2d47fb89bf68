"""The `newsmon` command."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

import click

from pipeline.config import Config, ConfigError, load_config
from workers import logs
from workers.queues import WORKER_ORDER

SUMMARY = (
    ("feeds_polled", "feeds polled"),
    ("feeds_unchanged", "feeds unchanged"),
    ("feeds_failed", "feeds failed"),
    ("items_seen", "items seen"),
    ("items_new", "new items"),
    ("articles", "articles stored"),
    ("duplicates", "duplicates"),
    ("not_articles", "not articles"),
    ("pages_failed", "pages failed"),
    ("alerts", "alerts"),
)


class _Context:
    def __init__(self, config_dir: Path | None, log_json: bool, verbose: bool) -> None:
        self.config_dir, self.log_json, self.verbose = config_dir, log_json, verbose

    def config(self) -> Config:
        try:
            config = load_config(self.config_dir)
        except ConfigError as exc:
            raise click.ClickException(f"configuration: {exc}") from None
        level = "DEBUG" if self.verbose else config.settings.log_level
        logs.configure(level, json_lines=self.log_json)
        return config


@click.group()
@click.option(
    "--config",
    "config_dir",
    type=click.Path(path_type=Path),
    envvar="NEWSMON_CONFIG",
    help="Config directory (newsmon.toml, feeds.toml, rules.toml).",
)
@click.option(
    "--log-json",
    is_flag=True,
    envvar="NEWSMON_LOG_JSON",
    help="Log JSON lines instead of readable lines (env NEWSMON_LOG_JSON=1).",
)
@click.option("-v", "--verbose", is_flag=True, help="Log debug detail.")
@click.pass_context
def main(ctx: click.Context, config_dir: Path | None, log_json: bool, verbose: bool) -> None:
    """newsmon: watch news feeds, keep clean article text, alert on stories."""
    ctx.obj = _Context(config_dir, log_json, verbose)
    if log_json:  # the worker processes the service starts log the same way
        os.environ["NEWSMON_LOG_JSON"] = "1"
    if verbose:
        os.environ["NEWSMON_LOG_LEVEL"] = "DEBUG"


@main.command()
@click.option("--once", is_flag=True, help="Poll every feed once, wait for the queues to drain, exit.")
@click.pass_obj
def run(obj: _Context, once: bool) -> None:
    """Run the service (with --once: one pass over all feeds)."""
    from workers.service import run_once, serve

    config = obj.config()
    if not once:
        serve(config)
        return
    _print_summary(run_once(config))


def _print_summary(counts: dict[str, int]) -> None:
    width = max(len(label) for _, label in SUMMARY)
    for key, label in SUMMARY:
        click.echo(f"{label:<{width}}  {counts.get(key, 0)}")


@main.command()
@click.argument("urls", nargs=-1, required=True)
@click.pass_obj
def fetch(obj: _Context, urls: tuple[str, ...]) -> None:
    """Run article URLs through the pipeline (fetch, extract, dedupe, tag, alert) and wait."""
    from workers.service import run_once

    bad = [url for url in urls if not url.lower().startswith(("http://", "https://"))]
    if bad:
        raise click.BadParameter(f"not an http(s) URL: {bad[0]}", param_hint="URLS")
    _print_summary(run_once(obj.config(), list(urls)))


@main.group(invoke_without_command=True)
@click.pass_context
def feeds(ctx: click.Context) -> None:
    """Every configured feed with its health (subcommands: import, export)."""
    if ctx.invoked_subcommand is not None:
        return
    from datetime import datetime

    from workers.scheduler import feed_health
    from workers.service import redis_for

    config = ctx.obj.config()
    with redis_for(config) as (redis, _):
        health = {row["url"]: row for row in feed_health(redis)}

    def when(value: str) -> str:
        return datetime.fromtimestamp(float(value)).strftime("%Y-%m-%d %H:%M:%S") if value else "-"

    for feed in config.feeds:
        row = health.get(feed.url, {})
        click.echo(f"{feed.name or feed.url}")
        click.echo(f"  url            {feed.url}" + (f"  (moved to {row['moved_to']})" if row.get("moved_to") else ""))
        status = row.get("last_status", "never polled")
        error = row.get("last_error") or row.get("parse_error") or ""
        click.echo(f"  last status    {status}" + (f"  {error}" if error else ""))
        click.echo(f"  last success   {when(row.get('last_success', ''))}")
        click.echo(f"  errors in row  {row.get('errors', 0)}")
        click.echo(f"  next poll      {when(row.get('next_poll', ''))}  (every {row.get('interval', feed.interval)}s)")


@feeds.command("import")
@click.argument("opml_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def feeds_import(obj: _Context, opml_file: Path) -> None:
    """Add the feeds of an OPML file to feeds.toml (titles and categories kept)."""
    import tomlkit

    from pipeline.opml import OpmlError, parse_opml

    config = obj.config()
    try:
        found = parse_opml(opml_file.read_bytes())
    except OpmlError as exc:
        raise click.ClickException(f"{opml_file}: {exc}") from None
    known = {feed.url for feed in config.feeds}
    new = []
    for feed in found:  # each URL once, even if the file lists it twice
        if feed.url not in known:
            known.add(feed.url)
            new.append(feed)
    if new:
        # tomlkit edits the file in place: the user's comments and layout stay as they were
        path = config.directory / "feeds.toml"
        document = tomlkit.parse(path.read_text()) if path.exists() else tomlkit.document()
        listed = document.setdefault("feeds", tomlkit.aot())
        for feed in new:
            table = {"url": feed.url, "name": feed.name, "categories": list(feed.categories)}
            listed.append({k: v for k, v in table.items() if v})
        path.write_text(tomlkit.dumps(document))
    click.echo(f"{len(new)} feeds added to {config.directory / 'feeds.toml'}, {len(found) - len(new)} already there")


@feeds.command("export")
@click.pass_obj
def feeds_export(obj: _Context) -> None:
    """Print the configured feeds as OPML."""
    from pipeline.opml import export_opml

    click.echo(export_opml(obj.config().feeds), nl=False)


@main.command()
@click.pass_obj
def serve(obj: _Context) -> None:
    """Run scheduler and workers until SIGTERM or Ctrl-C."""
    from workers.service import serve as serve_forever

    serve_forever(obj.config())


@main.command()
@click.option(
    "--queues",
    default=",".join(WORKER_ORDER),
    show_default=True,
    help="Comma-separated stage queues, highest priority first.",
)
@click.option("--burst", is_flag=True, help="Exit when the queues are empty.")
@click.pass_obj
def worker(obj: _Context, queues: str, burst: bool) -> None:
    """Run stage workers only (more of them, on more machines, share one Redis)."""
    # told to stop while still starting, before it has taken a job: stop cleanly; once working,
    # rq's own handler finishes the job in hand first
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(0))
    from workers.worker import run_worker

    names = [name.strip() for name in queues.split(",") if name.strip()]
    sys.exit(run_worker(obj.config(), names, burst=burst))


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--limit", default=20, show_default=True)
@click.pass_obj
def articles(obj: _Context, as_json: bool, limit: int) -> None:
    """Stored articles, newest first."""
    for article in _store(obj).recent_articles(limit):
        if as_json:
            _echo_json(article.to_json())
        else:
            when = article.fetched_at.strftime("%Y-%m-%d %H:%M")
            click.echo(f"{when}  {article.title[:80]}  <{article.canonical_url}>")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--limit", default=20, show_default=True)
@click.pass_obj
def alerts(obj: _Context, as_json: bool, limit: int) -> None:
    """Alerts raised, newest first."""
    for alert in _store(obj).recent_alerts(limit):
        if as_json:
            _echo_json(alert.to_json())
        else:
            when = alert.created_at.strftime("%Y-%m-%d %H:%M")
            click.echo(f"{when}  [{alert.rule}]  {alert.title[:70]}  <{alert.url}>")


@main.command()
@click.pass_obj
def status(obj: _Context) -> None:
    """Queue lengths, service counters and feed health."""
    from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry

    from workers.queues import STAGES, queue, stats
    from workers.scheduler import feed_health
    from workers.service import redis_for

    with redis_for(obj.config()) as (redis, _):
        click.echo("queue      queued  running  retrying  failed")
        for stage in STAGES:
            q = queue(redis, stage)
            counts = [q.count] + [
                r(queue=q).count for r in (StartedJobRegistry, ScheduledJobRegistry, FailedJobRegistry)
            ]
            click.echo(f"{stage:<9} " + " ".join(f"{n:>8}" for n in counts))
        click.echo("\n".join(f"{k} {v}" for k, v in sorted(stats(redis).items()) if not k.startswith("ms_")))
        for feed in feed_health(redis):
            state = f"error: {feed['last_error']}" if feed.get("last_error") else f"ok {feed.get('last_status', '-')}"
            click.echo(f"{feed['url']}  {state}")


@main.command("extract")
@click.argument("source")
@click.option("--json", "json_output", is_flag=True, help="One JSON object: the article, or why it is not one.")
@click.option("-v", "--verbose", "show_dropped", is_flag=True, help="Also list every dropped paragraph and why.")
@click.option("--url", "page_url", default="", help="The page's address, when SOURCE is a file.")
@click.pass_obj
def extract_page(obj: _Context, source: str, json_output: bool, show_dropped: bool, page_url: str) -> None:
    """What newsmon makes of one page: SOURCE is a file or an http(s) URL."""
    from pipeline.errors import NewsmonError
    from workers.page_report import as_json, as_text, examine, load_page

    config = obj.config()
    try:
        page = load_page(source, config, url=page_url)
    except (NewsmonError, OSError) as exc:
        raise click.ClickException(f"{source}: {exc}") from None
    outcome, dropped = examine(page, config)
    if json_output:
        _echo_json(as_json(outcome, dropped, verbose=show_dropped))
    else:
        click.echo(as_text(outcome, dropped, verbose=show_dropped))


def _store(obj: _Context) -> Any:
    from pipeline.store import Store

    return Store.open(obj.config().settings.database)


def _echo_json(data: dict[str, Any]) -> None:
    click.echo(json.dumps(data, ensure_ascii=False))


# commands with modules of their own register on `main` as they are imported
from workers import cli_replay  # noqa: E402, F401
