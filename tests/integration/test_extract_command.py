"""`newsmon extract FILE_OR_URL`: one page through the extract stage, with the reasons for what went."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.conftest import write_config
from tests.sites import LoopbackServer, Site, article_page, make_story
from workers.cli import main

STORY = make_story(11)
PROMPT = "Support independent journalism. Make a contribution today."


def page_html() -> str:
    html = article_page(STORY, site="Example News", url="http://news.example.org/a.html")
    return html.replace(f"<p>{STORY.paragraphs[1]}</p>", f"<p>{STORY.paragraphs[1]}</p><p>{PROMPT}</p>")


def run(tmp_path: Path, *args: str) -> tuple[int, str]:
    config = write_config(tmp_path / "config", data_dir=tmp_path / "data")
    result = CliRunner().invoke(main, ["--config", str(config), "extract", *args])
    return result.exit_code, result.output


def test_a_file_prints_the_article_and_with_verbose_why_lines_went(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(page_html())
    code, output = run(tmp_path, str(path), "--verbose")
    assert code == 0 and STORY.title in output and STORY.paragraphs[0][:50] in output
    body, _, dropped = output.partition("dropped (")
    assert PROMPT not in body
    assert "[text/donation] prompt" in dropped and "Support independent journalism" in dropped
    assert "[markup/advertising]" in dropped


def test_json_gives_the_article_fields_or_the_reason(tmp_path: Path) -> None:
    article, empty = tmp_path / "a.html", tmp_path / "b.html"
    article.write_text(page_html())
    empty.write_text("<html><body><p>Too short.</p></body></html>")
    code, output = run(tmp_path, str(article), "--json", "--url", "http://news.example.org/a.html")
    data = json.loads(output)
    assert code == 0 and data["not_article"] is False and data["title"] == STORY.title
    assert data["canonical_url"] == "http://news.example.org/a.html" and PROMPT not in data["text"]
    code, output = run(tmp_path, str(empty), "--json")
    assert code == 0 and json.loads(output)["reason"].startswith("too short")


def test_a_url_is_fetched_with_newsmons_own_client(tmp_path: Path) -> None:
    site = Site()
    site.add("/a.html", page_html())
    site.add("/gone.html", "gone", status=404)
    with LoopbackServer(site) as server:
        code, output = run(tmp_path, f"{server.base}/a.html", "--json")
        assert code == 0 and json.loads(output)["title"] == STORY.title and site.hits["/a.html"] == 1
        code, output = run(tmp_path, f"{server.base}/gone.html")
        assert code != 0 and "HTTP 404" in output


def test_a_missing_file_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    code, output = run(tmp_path, str(tmp_path / "nope.html"))
    assert code != 0 and "nope.html" in output and "Traceback" not in output
