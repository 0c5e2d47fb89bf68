"""`newsmon replay`: the command; the work is in workers/replay.py."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import click

from workers.cli import _Context, main


@main.command()
@click.argument("archives", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--rules",
    "rules_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Backtest these rules instead of the configured ones.",
)
@click.option("--since", help="Only responses archived at or after this time (ISO 8601).")
@click.option("--until", help="Only responses archived before this time (ISO 8601).")
@click.option("--dry-run", is_flag=True, help="Throw-away state, no notifications: a backtest.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per article and per alert.")
@click.option(
    "--speed",
    type=click.FloatRange(min=0, min_open=True),
    help="Replay in real time scaled by this factor (default: as fast as possible).",
)
@click.pass_obj
def replay(obj: _Context, archives: tuple[Path, ...], rules_file: Path | None, since: str | None,
           until: str | None, dry_run: bool, as_json: bool, speed: float | None) -> None:  # fmt: skip
    """Run WARC archives (newsmon's own, CC-NEWS, any crawler's) through the pipeline, offline."""
    from pipeline.replay import Window
    from workers.replay import ReplayOptions
    from workers.replay import replay as run_replay

    if not obj.verbose:  # the workers' per-page lines would drown the progress bar and the JSON
        os.environ["NEWSMON_LOG_LEVEL"] = "WARNING"
    config = obj.config()
    window = Window(_instant(since, "--since"), _instant(until, "--until"))
    options = ReplayOptions(list(archives), rules_file, window, dry_run, speed, progress=not as_json)
    result = run_replay(config, options)
    if as_json:
        for line in result.lines:
            click.echo(json.dumps(line, ensure_ascii=False, sort_keys=True))
        return
    counts = result.counts
    rows = [
        ("archive files", result.read.files),
        ("records read", result.read.records),
        ("pages replayed", result.pages),
        ("articles", counts.get("articles", 0)),
        ("duplicates", counts.get("duplicates", 0)),
        ("not articles", counts.get("not_articles", 0)),
        ("alerts", sum(1 for line in result.lines if line["type"] == "alert")),
        ("seconds", round(result.seconds, 1)),
        ("pages per second", round(result.pages / result.seconds, 1) if result.seconds else 0),
    ]
    rows += [(f"skipped: {kind}", n) for kind, n in sorted(result.read.skipped.items())]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        click.echo(f"{label:<{width}}  {value}")


def _instant(value: str | None, option: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 time", param_hint=option) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
