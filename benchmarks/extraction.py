"""Extraction quality and speed: newsmon against stock `trafilatura.extract`, same pages, same run.

Two page sets:
- the article-extraction benchmark in ../shared/data/aeb (181 real pages, hand-made article
  bodies). Its metric, as the benchmark defines it: per page, the multiset precision and recall
  of 4-word shingles of the extracted text against the truth (tokens are runs of word
  characters); precision and recall are averaged over pages (a page with neither true nor
  predicted shingles counts as perfect; precision skips pages where nothing was predicted,
  recall those with no truth); F1 is taken from the two averages.
- newsmon's own labelled pages (tests/boilerplate_pages): body lines that must survive and
  boilerplate lines that must not, in a tuned part, a structure-tuned part and a held-out part,
  each page on its own; then, for the last two, runs of ten pages of one site under one
  template, read in order with the site memory learning (the third layer), against the same
  pages read one by one.

Speed: every page is extracted by both, alternately first, `--repeat` times; the fastest time of
each is kept, so a busy machine slows both alike.

    python benchmarks/extraction.py [--aeb DIR] [--repeat 3] [--worst 15]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.extract import ExtractSettings, NotArticle, extract_batch
from pipeline.records import FeedItem, FetchedPage
from pipeline.site_memory import LocalSiteMemory, SiteMemory
from tests.boilerplate_pages import LabelledPage, labelled_pages, repeated_body, site_runs, survival

AEB_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "aeb"
_TOKEN = re.compile(r"\w+")
Extractor = Callable[[bytes, str], str]


# --- the benchmark's metric ------------------------------------------------------------------


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)) if tokens[i : i + size])


def page_counts(truth: str, predicted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised to sum to 1 so that long pages weigh no more."""
    true, pred = shingles(truth), shingles(predicted)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def page_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def page_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float


def aeb_scores(counts: Sequence[tuple[float, float, float]]) -> Scores:
    precision = statistics.mean(page_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(page_recall(*c) for c in counts if c[0] + c[2] > 0)
    return Scores(precision, recall, 2 * precision * recall / (precision + recall))


# --- the two extractors ----------------------------------------------------------------------


def stock(body: bytes, url: str) -> str:
    return trafilatura.extract(body, include_comments=False) or ""


def newsmon_pages(
    pages: Sequence[tuple[bytes, str]], settings: ExtractSettings, memory: SiteMemory | None = None
) -> list[str]:
    """newsmon's texts for pages in order, one site memory learning across them as the service would."""
    memory = memory or LocalSiteMemory(settings.rules.site)
    fetched = [_fetched(body, url) for body, url in pages]
    outcomes = [extract_batch([page], settings=settings, memory=memory)[0] for page in fetched]
    return ["" if isinstance(o, NotArticle) else o.text for o in outcomes]


def newsmon(settings: ExtractSettings) -> Extractor:
    def run(body: bytes, url: str) -> str:
        outcome = extract_batch([_fetched(body, url)], settings=settings, memory=LocalSiteMemory())[0]
        return "" if isinstance(outcome, NotArticle) else outcome.text

    return run


def _fetched(body: bytes, url: str) -> FetchedPage:
    item = FeedItem(feed_url="", url=url)
    return FetchedPage(
        item=item, url=url, status=200, content_type="text/html", fetched_at=datetime.now(UTC), body=body
    )


# --- runs ------------------------------------------------------------------------------------


def load_aeb(directory: Path) -> list[tuple[str, bytes, str, str]]:
    """(id, html bytes, url, true body) of every page of the benchmark."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (
            key,
            gzip.decompress((directory / "html" / f"{key}.html.gz").read_bytes()),
            item.get("url", ""),
            item["articleBody"],
        )
        for key, item in sorted(truth.items())
    ]


def timed(pages: Sequence[tuple[bytes, str]], extractors: Sequence[Extractor], repeat: int) -> list[float]:
    """Seconds each extractor needs for all pages: per page the fastest of `repeat` runs."""
    best = [[float("inf")] * len(pages) for _ in extractors]
    for round_ in range(repeat):
        for index, (body, url) in enumerate(pages):
            order = list(range(len(extractors)))
            if (index + round_) % 2:
                order.reverse()
            for which in order:
                start = time.perf_counter()
                extractors[which](body, url)
                best[which][index] = min(best[which][index], time.perf_counter() - start)
    return [sum(times) for times in best]


def report_aeb(directory: Path, settings: ExtractSettings, worst: int) -> tuple[Scores, Scores]:
    pages = load_aeb(directory)
    inputs = [(body, url) for _, body, url, _ in pages]
    stock_texts = [stock(body, url) for body, url in inputs]
    newsmon_texts = newsmon_pages(inputs, settings)
    stock_counts = [page_counts(truth, text) for (_, _, _, truth), text in zip(pages, stock_texts, strict=True)]
    newsmon_counts = [page_counts(truth, text) for (_, _, _, truth), text in zip(pages, newsmon_texts, strict=True)]
    ours, theirs = aeb_scores(newsmon_counts), aeb_scores(stock_counts)
    print(f"\nAEB: {len(pages)} pages ({directory})")
    print(f"{'':22}{'precision':>10}{'recall':>10}{'F1':>10}")
    for name, scores in (("stock trafilatura", theirs), ("newsmon", ours)):
        print(f"{name:22}{scores.precision:10.4f}{scores.recall:10.4f}{scores.f1:10.4f}")
    rows = []
    for (key, _, url, _), mine, other in zip(pages, newsmon_counts, stock_counts, strict=True):
        delta = _f1(mine) - _f1(other)
        rows.append((delta, key, url, mine, other))
    rows.sort(key=lambda row: row[0])
    print(f"\nper-page F1, newsmon - stock, worst {worst} first (P/R newsmon vs stock):")
    for delta, key, url, mine, other in rows[:worst]:
        print(
            f"{delta:+.3f}  P {page_precision(*mine):.2f}/{page_precision(*other):.2f}"
            f"  R {page_recall(*mine):.2f}/{page_recall(*other):.2f}  {key[:10]}  {url[:70]}"
        )
    better = sum(row[0] > 0.001 for row in rows)
    worse = sum(row[0] < -0.001 for row in rows)
    print(f"pages better: {better}, worse: {worse}, same: {len(rows) - better - worse}")
    return ours, theirs


def _f1(counts: tuple[float, float, float]) -> float:
    precision, recall = page_precision(*counts), page_recall(*counts)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def report_own(settings: ExtractSettings) -> None:
    pages = labelled_pages()
    print(f"\nown labelled pages: {len(pages)}")
    print(f"{'':38}{'pages':>6}{'junk lines':>12}{'junk kept':>10}{'body lines':>12}{'body kept':>10}")
    for part in ("tuned", "structure-tuned", "held-out"):
        chosen = [p for p in pages if p.part == part]
        for name, extractor in (("stock trafilatura", stock), ("newsmon", newsmon(settings))):
            _own_row(f"{name}, {part}", chosen, extractor)


def _own_row(label: str, pages: Iterable[LabelledPage], extractor: Extractor) -> None:
    totals = Counter[str]()
    for page in pages:
        result = survival(page, extractor(page.html.encode(), page.url))
        totals.update(pages=1, junk=len(page.junk), junk_kept=len(result.junk_kept))
        totals.update(body=len(page.body), body_kept=len(page.body) - len(result.body_lost))
    junk_share = totals["junk_kept"] / max(1, totals["junk"])
    body_share = totals["body_kept"] / max(1, totals["body"])
    print(f"{label:38}{totals['pages']:6}{totals['junk']:12}{junk_share:10.1%}{totals['body']:12}{body_share:10.1%}")


def site_run_texts(run: Sequence[LabelledPage], settings: ExtractSettings, memory: SiteMemory) -> list[str]:
    """newsmon's texts for one site's pages in order, its memory learning page by page."""
    return newsmon_pages([(page.html.encode(), page.url) for page in run], settings, memory)


def report_site_runs(settings: ExtractSettings) -> None:
    """Site memory at work: runs of ten pages of one site under one template, in order."""
    warm = settings.rules.site.min_pages - 1
    print(f"\nsite runs: ten pages of a site each; junk kept on all pages and from page {warm + 1} on,")
    print("body kept among lines on one page of the run and among lines the run repeats")
    print(f"{'':44}{'pages':>6}{'junk':>7}{'kept':>7}{'warm':>7}{'body':>7}{'kept':>8}{'repeated':>10}")
    single = newsmon(settings)
    readers: list[tuple[str, Callable[[Sequence[LabelledPage]], list[str]]]] = [
        ("stock trafilatura", lambda run: [stock(p.html.encode(), p.url) for p in run]),
        ("newsmon, page by page", lambda run: [single(p.html.encode(), p.url) for p in run]),
        ("newsmon, site memory", lambda run: site_run_texts(run, settings, LocalSiteMemory(settings.rules.site))),
    ]
    for part in ("structure-tuned", "held-out"):
        runs = site_runs(part)
        for name, texts_of in readers:
            totals = Counter[str]()
            for run in runs:
                repeated = repeated_body(run)
                for index, (page, text) in enumerate(zip(run, texts_of(run), strict=True)):
                    result = survival(page, text)
                    lost = set(result.body_lost)
                    unique = [line for line in page.body if line not in repeated]
                    totals.update(pages=1, junk=len(page.junk), kept=len(result.junk_kept))
                    if index >= warm:
                        totals.update(warm_junk=len(page.junk), warm_kept=len(result.junk_kept))
                    totals.update(unique=len(unique), unique_kept=sum(line not in lost for line in unique))
                    totals.update(repeated=len(page.body) - len(unique))
                    totals.update(repeated_kept=sum(line not in lost for line in page.body if line in repeated))
            print(
                f"{name + ', ' + part:44}{totals['pages']:6}{totals['junk']:7}"
                f"{totals['kept'] / totals['junk']:7.1%}{totals['warm_kept'] / totals['warm_junk']:7.1%}"
                f"{totals['unique']:7}{totals['unique_kept'] / totals['unique']:8.2%}"
                f"{totals['repeated_kept'] / max(1, totals['repeated']):10.1%}"
            )


def report_speed(directory: Path, settings: ExtractSettings, repeat: int) -> None:
    pages = [(body, url) for _, body, url, _ in load_aeb(directory)]
    seconds = timed(pages, [stock, newsmon(settings)], repeat)
    rates = [len(pages) / s for s in seconds]
    print(f"\nspeed on the AEB pages, one core, best of {repeat} per page:")
    print(f"stock trafilatura  {rates[0]:6.1f} pages/s")
    print(f"newsmon            {rates[1]:6.1f} pages/s   ({seconds[1] / seconds[0]:.2f}x the time of stock)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--aeb", type=Path, default=AEB_DIR, help="article-extraction-benchmark directory")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per page (the fastest counts)")
    parser.add_argument("--worst", type=int, default=15, help="per-page differences to list")
    args = parser.parse_args()
    settings = ExtractSettings()
    if args.aeb.is_dir():
        report_aeb(args.aeb, settings, args.worst)
    else:
        print(f"{args.aeb}: not found; AEB skipped")
    report_own(settings)
    report_site_runs(settings)
    if args.aeb.is_dir() and args.repeat > 0:
        report_speed(args.aeb, settings, args.repeat)


if __name__ == "__main__":
    main()
