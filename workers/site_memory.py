"""Site memory shared by all workers, in Redis: per site, on how many pages each short paragraph
and each pair of neighbouring ones has been seen (see `pipeline.site_memory`).

Two sorted sets per site, both expiring `retention_days` after the site's last page:
- `newsmon:site:<host>:paragraphs`: paragraph or pair fingerprint -> pages seen on; past twice
  `max_entries` members only the `max_entries` most frequent stay (a template line, seen on
  every page, is never the one to go);
- `newsmon:site:<host>:pages`: the pages already counted (article id -> fetch time), the
  latest `max_pages`, so a retried or re-fetched page does not count twice.

Counting and reading happen in one Lua script per page, so concurrent workers never count a
page twice, and all pages of a batch go to Redis in one round trip. A replay, fed the same pages
in the same order against an empty memory, learns what the live service learnt.
"""

from __future__ import annotations

from collections.abc import Sequence

from redis import Redis

from pipeline.boilerplate import SiteMemorySettings
from pipeline.records import stable_id
from pipeline.site_memory import PageParagraphs, SiteCounts
from workers.queues import KEY_PREFIX

_OBSERVE = """
local counts, pages = KEYS[1], KEYS[2]
local max_entries, max_pages, ttl = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
if redis.call('ZADD', pages, 'NX', ARGV[2], ARGV[1]) == 1 then
  for i = 6, #ARGV do redis.call('ZINCRBY', counts, 1, ARGV[i]) end
  if redis.call('ZCARD', counts) > 2 * max_entries then
    redis.call('ZREMRANGEBYRANK', counts, 0, -(max_entries + 1))
  end
  if redis.call('ZCARD', pages) > max_pages then
    redis.call('ZREMRANGEBYRANK', pages, 0, -(max_pages + 1))
  end
end
redis.call('EXPIRE', counts, ttl)
redis.call('EXPIRE', pages, ttl)
local seen = {tostring(redis.call('ZCARD', pages))}
for i = 6, #ARGV do seen[#seen + 1] = redis.call('ZSCORE', counts, ARGV[i]) or '0' end
return seen
"""


class RedisSiteMemory:
    """A SiteMemory in Redis, shared by every worker of the service."""

    def __init__(self, redis: Redis, settings: SiteMemorySettings, *, prefix: str = KEY_PREFIX) -> None:
        self.redis, self.settings, self.prefix = redis, settings, prefix
        self._observe = redis.register_script(_OBSERVE)

    def observe(self, pages: Sequence[PageParagraphs]) -> list[SiteCounts]:
        """Count and read back a batch of pages in one round trip."""
        if not pages:
            return []
        pipe = self.redis.pipeline(transaction=False)
        keys_per_page = []
        for page in pages:
            keys = list(dict.fromkeys(page.keys))
            keys_per_page.append(keys)
            site = f"{self.prefix}site:{page.site}"
            args = [stable_id("page", page.page), page.at, *self._bounds(), *keys]
            self._observe(keys=[f"{site}:paragraphs", f"{site}:pages"], args=args, client=pipe)
        replies = pipe.execute()
        return [
            SiteCounts(
                int(reply[0]),
                {key: int(float(seen)) for key, seen in zip(keys, reply[1:], strict=True) if float(seen) > 0},
            )
            for keys, reply in zip(keys_per_page, replies, strict=True)
        ]

    def _bounds(self) -> tuple[int, int, int]:
        s = self.settings
        return s.max_entries, s.max_pages, s.retention_days * 86400
