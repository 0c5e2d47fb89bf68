"""More site shapes of the tuned part: generated class names, test ids, bare boxes; much of the
boilerplate only known by wording or place."""

from __future__ import annotations

from tests.boilerplate_pages.page import FOOTER, Parts, box, esc, links


def app_shell(p: Parts) -> str:
    """A client-rendered news app: hashed classes, a few data-testid hooks, prompts between paragraphs."""
    inline = [
        f'<div class="css-1a7x3k"><div data-testid="StandardAd"><p class="css-0">{esc(line)}</p></div></div>'
        for line in p.take("advertising")
    ]
    inline.append(box(p, "donation", '<div class="css-17ih8de" data-testid="inline-message">{inner}</div>'))
    inline.append(box(p, "notification", '<div class="css-9fgj8">{inner}<button class="css-b1">OK</button></div>'))
    inline.append(box(p, "video", '<div class="css-v1d30" data-testid="media-embed">{inner}</div>'))
    body = p.body(
        {
            "p": '<p class="css-at9mc1 evys1bk0">{text}</p>',
            "h2": '<h2 class="css-1pvt4">{text}</h2>',
            "quote": '<blockquote class="css-qq1"><p>{text}</p></blockquote>',
            "ul": '<ul class="css-l1">{items}</ul>',
        },
        inline,
    )
    return f"""<div id="__next"><div class="css-1dbjc4n"><header class="css-h3ad">{esc(p.site)}</header>
<main class="css-k008qs"><article class="css-1lxbsd9" data-testid="article">
<h1 class="css-1nng0m6" data-testid="headline">{esc(p.title)}</h1>
{box(p, "share", '<div class="css-s4r3" data-testid="share-tools">{inner}</div>', "button")}
<section class="css-53u6y8" name="articleBody">{body}</section>
{box(p, "newsletter", '<div class="css-nl0">{inner}<input type="email"></div>')}
{box(p, "source", '<p class="css-src">{inner}</p>', "a")}
</article>
{box(p, "comments", '<div class="css-c0m">{inner}</div>')}
<div class="css-rel"><h2 class="css-r1">{esc(" ".join(p.take("related")))}</h2>{links(p.teasers(4), '<a class="css-r2" href="/a/{slug}"><h3>{text}</h3></a>')}</div>
</main>{box(p, "consent", '<div class="css-ovl" role="dialog">{inner}</div>', "span")}</div></div>"""


def magazine(p: Parts) -> str:
    """A magazine template: rich-text body, inline calls to action, an engagement bar."""
    inline = [
        f'<div class="m-ad m-ad--mid"><p class="m-ad__text">{esc(line)}</p></div>' for line in p.take("advertising")
    ]
    inline.append(box(p, "app", '<aside class="inline-cta">{inner}</aside>'))
    inline.append(box(p, "newsletter", '<aside class="inline-cta inline-cta--nl">{inner}</aside>'))
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h2>{text}</h2>",
            "quote": '<figure class="pull"><blockquote>{text}</blockquote></figure>',
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    return f"""<div class="l-page">{esc(p.site)}
<div class="l-article"><h1 class="c-title">{esc(p.title)}</h1><span class="c-byline">Words by Sam Okafor</span>
<div class="rich-text">{body}
{box(p, "donation", '<div class="rich-text__end">{inner}</div>')}
</div>
{box(p, "login", '<div class="engagement-bar">{inner}</div>')}
{box(p, "comments", '<div class="engagement-bar__talk">{inner}</div>')}
{box(p, "share", '<div class="c-social">{inner}</div>', "a")}
{box(p, "error", '<div class="c-module">{inner}</div>')}
</div>
<div class="l-rail"><h4>{esc(" ".join(p.take("related")))}</h4>{links(p.teasers(3), '<div class="c-card"><a href="/{slug}">{text}</a></div>')}</div>
{box(p, "consent", '<div class="privacy-prompt">{inner}</div>')}{FOOTER.format(site=p.site)}</div>"""


def portal(p: Parts) -> str:
    """A regional portal: bare boxes, labels as paragraphs, trailing widgets after the text."""
    inline = [f'<p class="hint">{esc(line)}</p>' for line in p.take("advertising")]
    inline.append(box(p, "video", '<div class="box">{inner}</div>'))
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<p><strong>{text}</strong></p>",
            "quote": "<p><i>{text}</i></p>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    related = p.take("related")
    teaser_box = f'<div class="box"><h3>{esc(related[0])}</h3><ul>{links(p.teasers(4))}</ul></div>' if related else ""
    return f"""<div id="top">{esc(p.site)}</div>
<div id="content"><div class="txt">
<h1>{esc(p.title)}</h1>
{box(p, "notification", '<div class="box box--a">{inner}</div>')}
{body}
{box(p, "source", '<p class="small">{inner}</p>', "span")}
</div>
{box(p, "donation", '<div class="box">{inner}</div>')}
{box(p, "comments", '<div class="box">{inner}</div>')}
{box(p, "error", '<div class="box">{inner}</div>')}
{teaser_box}
{box(p, "share", '<div class="box">{inner}</div>', "a")}
</div>"""


SHAPES = (app_shell, magazine, portal)
