"""Site shapes of the tuned part: the markup of common news CMSs, boilerplate inside the article."""

from __future__ import annotations

from tests.boilerplate_pages.page import FOOTER, NAV, Parts, esc, lines_as, links


def _block(parts: Parts, kind: str, wrapper: str, line_tag: str = "p") -> str:
    lines = parts.take(kind)
    return wrapper.format(inner=lines_as(line_tag, lines)) if lines else ""


def broadsheet(p: Parts) -> str:
    """Article element with ad slots between paragraphs, an epic and comments inside it."""
    ads = [
        f'<div class="ad-slot ad-slot--inline" id="ad-{i}"><span class="ad-slot__label">{esc(line)}</span></div>'
        for i, line in enumerate(p.take("advertising"))
    ]
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h2>{text}</h2>",
            "quote": "<blockquote><p>{text}</p></blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        [
            *ads,
            _block(
                p,
                "newsletter",
                '<div class="newsletter-signup">{inner}<form><input type="email"><button>OK</button></form></div>',
            ),
        ],
    )
    return f"""{NAV.format(site=p.site)}
{_block(p, "consent", '<div id="cookie-banner" class="cookie-consent">{inner}</div>')}
<main><article class="article">
<header><h1 class="article__headline">{esc(p.title)}</h1><p class="byline">By Jane Rivers</p>
{_block(p, "share", '<div class="share-tools">{inner}</div>', "a")}</header>
<div class="article-body">{body}
{_block(p, "donation", '<aside class="contributions-epic">{inner}</aside>')}
</div>
{_block(p, "comments", '<section id="comments" class="comments">{inner}</section>')}
</article>
<section class="related-content"><h2>{esc(" ".join(p.take("related")))}</h2><ul>{links(p.teasers(4))}</ul></section>
</main>{FOOTER.format(site=p.site)}"""


def tabloid(p: Parts) -> str:
    """Story body with READ MORE lines, video teasers, app and push prompts between paragraphs."""
    inline = [
        f'<p class="read-more"><strong>READ MORE:</strong> <a href="/news/x">{esc(headline)}</a></p>'
        for headline in p.teasers(2)
    ]
    inline += [_block(p, "video", '<div class="video-teaser"><a href="/video/1">{inner}</a></div>', "span")]
    inline += [_block(p, "app", '<div class="app-promo">{inner}<a href="/app">App</a></div>')]
    inline += [_block(p, "notification", '<div class="push-prompt">{inner}</div>')]
    body = p.body(
        {"p": "<p>{text}</p>", "h2": "<h3>{text}</h3>", "quote": "<p><em>{text}</em></p>", "ul": "<ul>{items}</ul>"},
        inline,
    )
    return f"""{NAV.format(site=p.site)}
<div class="page"><div class="story">
<h1>{esc(p.title)}</h1><div class="author-date">Staff Writer | 20 November 2026</div>
{_block(p, "share", '<ul class="social-share">{inner}</ul>', "li")}
<div class="story-body">{body}</div>
{_block(p, "source", '<p class="source">{inner}</p>', "span")}
{_block(p, "login", '<div class="comments-login">{inner}</div>')}
</div>
<div class="sidebar"><h3>Most popular</h3><ol>{links(p.teasers(3))}</ol></div></div>
{_block(p, "consent", '<div class="gdpr-overlay">{inner}</div>')}{FOOTER.format(site=p.site)}"""


def wordpress(p: Parts) -> str:
    """entry-content with ad code blocks (no ad class), a donate box, a comment form, related posts."""
    ads = [
        f'<div class="code-block code-block-{i + 2}"><p>{esc(line)}</p></div>'
        for i, line in enumerate(p.take("advertising"))
    ]
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h2>{text}</h2>",
            "quote": '<blockquote class="wp-block-quote"><p>{text}</p></blockquote>',
            "ul": '<ul class="wp-block-list">{items}</ul>',
        },
        ads,
    )
    return f"""<div id="page" class="site">{NAV.format(site=p.site)}
<div id="content"><article id="post-4411" class="post-4411 post type-post status-publish category-news tag-flood">
<header class="entry-header"><h1 class="entry-title">{esc(p.title)}</h1></header>
<div class="entry-content">
{_block(p, "donation", '<div class="wp-block-group donate-box">{inner}<a class="button" href="/donate">Give</a></div>')}
{body}
{_block(p, "newsletter", '<div class="wp-block-group mailpoet-form">{inner}</div>')}
<div class="sharedaddy sd-sharing-enabled">{lines_as("a", p.take("share"))}</div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">{esc(" ".join(p.take("related")))}</h3>{links(p.teasers(3), '<p><a href="/{slug}">{text}</a></p>')}</div>
</div></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">{lines_as("p", p.take("comments") + p.take("login"))}</div></div>
</div>{FOOTER.format(site=p.site)}</div>"""


def regional(p: Parts) -> str:
    """Regional portal: ad containers with a label, a see-also box between paragraphs, error widget after."""
    inline = [
        f'<div class="ad-container"><span class="label">{esc(line)}</span><div class="slot"></div></div>'
        for line in p.take("advertising")
    ]
    related = p.take("related")
    if related:
        inline.append(
            f'<div class="teaser-box"><h4>{esc(related[0])}</h4><a href="/x">{esc(p.teasers(1)[0])}</a></div>'
        )
    inline.append(_block(p, "notification", '<div class="push-hint">{inner}</div>'))
    body = p.body(
        {
            "p": '<p class="text">{text}</p>',
            "h2": '<h2 class="zwischentitel">{text}</h2>',
            "quote": "<blockquote>{text}</blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    return f"""{NAV.format(site=p.site)}
<div class="container"><div class="article">
<h1>{esc(p.title)}</h1>
<div class="article__text">{body}
{_block(p, "source", '<p class="article__source">{inner}</p>', "span")}
</div>
{_block(p, "share", '<div class="article__share">{inner}</div>', "button")}
{_block(p, "newsletter", '<div class="nl-box">{inner}</div>')}
{_block(p, "error", '<div class="widget widget--comments">{inner}</div>')}
{_block(p, "comments", '<div class="user-comments">{inner}</div>')}
</div></div>
{_block(p, "consent", '<div id="consent-layer">{inner}</div>')}{FOOTER.format(site=p.site)}"""


def appeal_first(p: Parts) -> str:
    """Reader-revenue block above the first paragraph, as plain paragraphs inside the story."""
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h2>{text}</h2>",
            "quote": "<blockquote>{text}</blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        [_block(p, "app", '<div class="inline-promo">{inner}</div>')],
    )
    return f"""{NAV.format(site=p.site)}
<main id="main"><div class="story">
<h1 class="headline">{esc(p.title)}</h1>
<div class="support-banner">{lines_as("p", p.take("donation"))}</div>
{body}
{_block(p, "video", '<div class="video-player"><p class="video-caption">{inner}</p></div>', "span")}
{_block(p, "error", '<div class="module"><p class="module-error">{inner}</p></div>', "span")}
</div>
<aside><h2>{esc(" ".join(p.take("related")))}</h2><ul>{links(p.teasers(4))}</ul></aside></main>{FOOTER.format(site=p.site)}"""


def plain(p: Parts) -> str:
    """Old-style markup: nothing but tags, the boilerplate only known by what it says."""
    ads = [f"<p><small>{esc(line)}</small></p>" for line in p.take("advertising")]
    newsletter = p.take("newsletter")
    if newsletter:
        ads.append(f"<p><b>{esc(newsletter[0])}</b></p>" + lines_as("p", newsletter[1:]))
    body = p.body(
        {"p": "<p>{text}</p>", "h2": "<p><b>{text}</b></p>", "quote": "<p>{text}</p>", "ul": "<ul>{items}</ul>"}, ads
    )
    return f"""<table width="100%"><tr><td>{esc(p.site)}</td></tr></table>
<div><h1>{esc(p.title)}</h1>
{lines_as("p", p.take("share"))}
{body}
{lines_as("p", p.take("comments"))}
<h3>{esc(" ".join(p.take("related")))}</h3><ol>{links(p.teasers(3))}</ol>
</div>"""


SHAPES = (broadsheet, tabloid, wordpress, regional, appeal_first, plain)
