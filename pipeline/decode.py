"""What a fetched body is before it is parsed: HTML text, or the reason it cannot be an article.

Servers lie: PDFs, images and binary blobs arrive as text/html, charsets are declared wrong or
not at all, and some pages are tens of megabytes of inline scripts. Each of these is settled
here, cheaply and within bounds, so the parser only ever sees text that can be HTML.
"""

from __future__ import annotations

import codecs
import re

from trafilatura.utils import detect_encoding

# Formats recognised by their first bytes, whatever the Content-Type says.
_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x1a\x45\xdf\xa3", "WebM video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})""", re.IGNORECASE)
_HEAVY = re.compile(
    rb"<(script|style|svg|template|noscript)\b[^>]*>.*?</\1\s*>|\bdata:[a-z]+/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=]+",
    re.IGNORECASE | re.DOTALL,
)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
SNIFF_BYTES = 4096


def binary_kind(body: bytes) -> str:
    """What a body is when it cannot be HTML ("PDF document", "binary data"), else ""."""
    head = body[:64].lstrip()
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if body[4:8] == b"ftyp":
        return "MP4 media"
    sample = body[:SNIFF_BYTES]
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return ""  # UTF-16 text is full of NUL bytes and still text
    # Text has almost no control bytes; compressed or binary data has about one in eight.
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return "binary data" if controls > len(sample) // 50 else ""


def slim(body: bytes, limit: int) -> bytes | None:
    """A body within `limit` bytes: as it is, or without scripts, styles and inline data; None
    when even that is too large to be worth parsing."""
    if len(body) <= limit:
        return body
    slimmed = _HEAVY.sub(b" ", body)
    return slimmed if len(slimmed) <= limit else None


def decode_markup(body: bytes, content_type: str = "") -> str:
    """The body as text: UTF-8 when it is valid UTF-8 (whatever is declared: a page that decodes
    as UTF-8 is UTF-8), else the charset of a byte-order mark, the header or a <meta> tag that
    decodes it cleanly, else the best guess of a charset detector."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body.decode(encoding, "replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for declared in (_header_charset(content_type), _meta_charset(body)):
        if declared:
            try:
                return body.decode(declared)
            except (LookupError, UnicodeDecodeError):
                continue  # lying or unknown charset: try the next clue
    for guess in detect_encoding(body[:SNIFF_BYTES] + body[-SNIFF_BYTES:]):
        try:
            return body.decode(guess)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("cp1252", "replace")


def _header_charset(content_type: str) -> str:
    return content_type.lower().partition("charset=")[2].split(";")[0].strip(" \"'")


def _meta_charset(body: bytes) -> str:
    match = _META_CHARSET.search(body[:SNIFF_BYTES])
    return match.group(1).decode("ascii").lower() if match else ""
