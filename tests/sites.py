"""Synthetic news sites served on 127.0.0.1, for tests and benchmarks.

Pages are shaped like real news pages (navigation, ad slots, share bars, related links, a
comment section, a footer) and weigh 30-80 KB; article bodies are deterministic for a seed.
"""

from __future__ import annotations

import asyncio
import html
import random
import threading
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

WORDS = (
    "government minister council report agency market city river police court election vote "
    "company workers union energy prices climate storm harbour school hospital budget plan "
    "officials residents week morning statement spokesperson investigation region border "
    "trade talks summit agreement deal rail bridge water supply farmers harvest museum "
    "festival researchers study data scientists university island coast mountain village"
).split()
FILLER = "the a of to and in on for with by from at as that this which after before over under".split()


def sentence(rng: random.Random, length: int) -> str:
    words = [rng.choice(WORDS if i % 2 == 0 else FILLER) for i in range(length)]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng, rng.randint(12, 24)) for _ in range(rng.randint(3, 5)))


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    paragraphs: tuple[str, ...]


def make_story(seed: int, topic: str = "") -> Story:
    rng = random.Random(seed)
    paragraphs = [paragraph(rng) for _ in range(rng.randint(5, 9))]
    if topic:
        # worded afresh for each story: a sentence repeated across a site's pages is template
        lead, tail = sentence(rng, 9).rstrip("."), sentence(rng, 7).lower()
        paragraphs.insert(1, f"{lead}, and the {topic} question dominated talks in which {tail}")
    title = sentence(rng, 8).rstrip(".")
    return Story(slug=f"story-{seed}", title=title, paragraphs=tuple(paragraphs))


def article_page(story: Story, *, site: str, url: str, seed: int = 0, target_kb: int = 50) -> str:
    rng = random.Random(seed or hash(story.slug))
    nav = "".join(f'<li><a href="/section/{w}">{w.title()}</a></li>' for w in rng.sample(WORDS, 25))
    related = "".join(
        f'<li><a href="/related/{rng.randint(1, 10**6)}">{html.escape(sentence(rng, 9))}</a></li>' for _ in range(12)
    )
    body = []
    for index, text in enumerate(story.paragraphs):
        body.append(f"<p>{html.escape(text)}</p>")
        if index % 3 == 1:
            body.append(
                f'<div class="ad-slot advertisement"><span>Advertisement</span><div id="ad-{index}"></div></div>'
            )
    comments = "".join(
        f'<li class="comment"><b>reader{n}</b><p>{html.escape(sentence(rng, 15))}</p></li>' for n in range(15)
    )
    scripts = "".join(
        f"<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{'slot':{n},'k':'{'x' * 400}'}});</script>"
        for n in range(8)
    )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(story.title)} | {site}</title>
<link rel="canonical" href="{url}"><meta property="og:site_name" content="{site}">
<meta name="author" content="Staff Reporter"><meta property="article:published_time" content="2026-11-20T08:00:00Z">
<style>{"body{margin:0} .nav li{display:inline} " * 40}</style>{scripts}</head>
<body><header><div class="logo">{site}</div><nav class="nav"><ul>{nav}</ul></nav>
<div class="cookie-banner" role="dialog">We use cookies to improve your experience. <button>Accept</button></div></header>
<main><article><h1>{html.escape(story.title)}</h1><div class="byline">By Staff Reporter</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
{"".join(body)}
</article>
<aside class="related"><h2>Related stories</h2><ul>{related}</ul></aside>
<section id="comments" class="comments"><h2>Comments</h2><ol>{comments}</ol></section></main>
<footer><p>&copy; 2026 {site}. All rights reserved.</p><ul>{nav}</ul></footer>
"""
    # real pages carry this much again in teaser grids, menus and widgets around the text
    teasers = []
    while len(page) + sum(map(len, teasers)) < target_kb * 1024 * 0.3:
        n = rng.randint(1, 10**6)
        teasers.append(
            f'<div class="teaser card"><a href="/t/{n}"><div class="img"><img src="/i/{n}.jpg" alt=""></div>'
            f'<div class="meta"><span class="kicker">{rng.choice(WORDS)}</span><h3>{html.escape(sentence(rng, 7))}</h3>'
            f"</div></a></div>"
        )
    page = page.replace("<footer>", f'<section class="more">{"".join(teasers)}</section><footer>')
    state = "z" * max(0, target_kb * 1024 - len(page))  # and inline app state, as in __NEXT_DATA__
    return page + f'<script type="application/json" id="state">{{"s":"{state}"}}</script></body></html>'


def rss(title: str, link: str, items: list[tuple[str, str, str]]) -> str:
    """RSS 2.0 with (title, url, guid) items."""
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(u)}</link><guid>{html.escape(g)}</guid>"
        f"<pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate></item>"
        for t, u, g in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{html.escape(title)}</title>'
        f"<link>{html.escape(link)}</link><description>test feed</description>{entries}</channel></rss>"
    )


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names


Handler = Callable[[Request], tuple[int, dict[str, str], bytes]]
RawHandler = Callable[[Request, asyncio.StreamWriter], Awaitable[None]]


@dataclass
class Site:
    """What a LoopbackServer serves: static routes, handlers that see the request, and raw
    handlers that write whatever bytes they like (for hostile servers)."""

    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    handlers: dict[str, Handler] = field(default_factory=dict)
    raw: dict[str, RawHandler] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    delays: dict[str, float] = field(default_factory=dict)  # path -> seconds before answering
    requests: list[Request] = field(default_factory=list)

    def add(
        self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8", status: int = 200
    ) -> None:
        self.routes[path] = (status, content_type, body.encode() if isinstance(body, str) else body)


class LoopbackServer:
    """An HTTP/1.1 server with keep-alive on 127.0.0.1 and a port of the kernel's choosing.

    asyncio, not http.server: a harness that spends a millisecond of CPU per response would
    be measured as part of newsmon's cost in the benchmarks.
    """

    def __init__(self, site: Site) -> None:
        self.site = site
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        started = asyncio.run_coroutine_threadsafe(asyncio.start_server(self._serve, "127.0.0.1", 0), self.loop)
        self.server = started.result(timeout=10)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    def __exit__(self, *_: Any) -> None:
        async def shutdown() -> None:
            self.server.close()
            for task in asyncio.all_tasks() - {asyncio.current_task()}:
                task.cancel()

        asyncio.run_coroutine_threadsafe(shutdown(), self.loop).result(timeout=5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = _parse(await reader.readuntil(b"\r\n\r\n"))
                self.site.hits[request.path] += 1
                self.site.requests.append(request)
                if request.path in self.site.delays:
                    await asyncio.sleep(self.site.delays[request.path])
                if request.path in self.site.raw:
                    await self.site.raw[request.path](request, writer)
                    break
                status, headers, body = self._answer(request)
                head = f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
                head += "".join(f"{k}: {v}\r\n" for k, v in {**headers, "Content-Length": str(len(body))}.items())
                writer.write((head + "\r\n").encode("latin-1") + (body if request.method != "HEAD" else b""))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    def _answer(self, request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.path in self.site.handlers:
            return self.site.handlers[request.path](request)
        status, content_type, body = self.site.routes.get(request.path, (404, "text/plain", b"not found"))
        return status, {"Content-Type": content_type}, body


def _parse(head: bytes) -> Request:
    lines = head.decode("latin-1").split("\r\n")
    method, target = lines[0].split(" ")[:2]
    headers = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
    return Request(method, target.split("?")[0], {k.strip().lower(): v.strip() for k, v in headers.items()})


def news_site(
    site: Site, base: str, *, name: str, feed_path: str, seeds: list[int], topics: dict[int, str] | None = None
) -> list[Story]:
    """Add a feed at `feed_path` and one article page per seed; return the stories."""
    topics = topics or {}
    stories = [make_story(seed, topics.get(seed, "")) for seed in seeds]
    items = []
    for story in stories:
        path = f"/{name}/{story.slug}.html"
        site.add(path, article_page(story, site=name, url=base + path))
        items.append((story.title, base + path, f"{name}:{story.slug}"))
    site.add(feed_path, rss(name, base, items), "application/rss+xml")
    return stories
