"""Site shapes and wording of the tuned part, fourth round: first written as a held-out part
(newsmon then kept 11.9% of its boilerplate lines and 99.7% of body lines, stock trafilatura
34.0% and 96.7%), then tuned on."""

from __future__ import annotations

from tests.boilerplate_pages.junk import Blocks
from tests.boilerplate_pages.page import FOOTER, NAV, Parts, box, esc, links

WORDING: dict[str, Blocks] = {
    "en": {
        "advertising": [["ADVERTISING"], ["Story continues below"], ["Sponsored Links"], ["AD"]],
        "donation": [
            ["Reader-funded journalism is under threat.", "Become a supporting subscriber today"],
            ["Donate to our newsroom — every gift is doubled until midnight."],
        ],
        "notification": [
            ["Click the bell to get alerts for new stories"],
            ["You're subscribed to breaking news alerts.", "Manage settings"],
        ],
        "app": [["Get the free app: news at your fingertips"], ["Scan the QR code to download"]],
        "newsletter": [
            ["Want more stories like this? Our weekly email has them.", "Your email", "Subscribe"],
            ["By subscribing you agree to our Terms of Use and Privacy Policy."],
        ],
        "comments": [["Be the first to comment"], ["View 48 comments", "Comment guidelines"]],
        "login": [["Members only: sign in"], ["Create an account to keep reading"]],
        "video": [["Video player", "Replay"], ["Autoplay: on"]],
        "source": [["Via AP"]],
        "share": [["Share on LinkedIn", "Send by email"]],
        "error": [["Unable to display this element."], ["Try reloading the page"]],
        "consent": [["This website stores cookies on your computer.", "Got it"]],
        "related": [["Related coverage"], ["Further reading"], ["Trending stories"]],
    },
    "de": {
        "advertising": [["Werbung - Bitte scrollen"]],
        "donation": [["Unterstützen Sie Qualitätsjournalismus – schon ab 1 Euro im Monat."]],
        "notification": [["Eilmeldungen direkt aufs Handy"]],
        "app": [["Unsere App für iOS und Android"]],
        "newsletter": [["Täglich das Wichtigste aus der Region per E-Mail"]],
        "comments": [["Jetzt kommentieren"]],
        "login": [["Exklusiv für Abonnenten"]],
        "video": [["Video lädt ..."]],
        "source": [["Foto: Getty Images"]],
        "share": [["Link kopieren"]],
        "error": [["Seite konnte nicht geladen werden"]],
        "consent": [["Zustimmen und weiter"]],
        "related": [["Weitere Artikel"]],
    },
    "fr": {
        "advertising": [["Annonce"]],
        "donation": [["Soutenez une rédaction indépendante"]],
        "notification": [["Recevez les alertes info"]],
        "app": [["Télécharger l'appli"]],
        "newsletter": [["Chaque matin, l'essentiel de l'info dans votre boîte mail"]],
        "comments": [["Réagir"]],
        "login": [["Article réservé aux abonnés"]],
        "video": [["Lecture en cours"]],
        "source": [["Photo AFP"]],
        "share": [["Copier le lien"]],
        "error": [["Le contenu n'a pas pu être chargé"]],
        "consent": [["J'accepte"]],
        "related": [["Les plus lus"]],
    },
    "es": {
        "advertising": [["Anuncio"]],
        "donation": [["El periodismo independiente necesita tu apoyo"]],
        "notification": [["Activa las alertas informativas"]],
        "app": [["Descarga la app de noticias"]],
        "newsletter": [["Suscríbete gratis al boletín"]],
        "comments": [["Comentar"]],
        "login": [["Contenido exclusivo para suscriptores"]],
        "video": [["Reproducir"]],
        "source": [["Imagen: Reuters"]],
        "share": [["Copiar enlace"]],
        "error": [["No se ha podido cargar este elemento"]],
        "consent": [["Acepto las cookies"]],
        "related": [["Lo más leído"]],
    },
}


def agency(p: Parts) -> str:
    """A news agency's story page: enhancements between paragraphs, a separator line, a coda."""
    inline = [f'<div class="Page-ad"><div class="Page-ad-label">{esc(x)}</div></div>' for x in p.take("advertising")]
    related = p.take("related")
    if related:
        inline.append(
            f'<div class="Enhancement"><div class="LinkEnhancement"><span>{esc(related[0])}</span><a href="/x">{esc(p.teasers(1)[0])}</a></div></div>'
        )
    inline.append(box(p, "newsletter", '<div class="Enhancement"><div class="Enhancement-item">{inner}</div></div>'))
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h2>{text}</h2>",
            "quote": "<blockquote><p>{text}</p></blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    return f"""{NAV.format(site=p.site)}<main class="Page-main"><div class="Page-content">
<h1 class="Page-headline">{esc(p.title)}</h1>
<div class="RichTextStoryBody RichTextBody">{body}
<p>___</p>
{box(p, "source", '<p class="Coda">{inner}</p>', "span")}
</div>
{box(p, "share", '<div class="Page-actions">{inner}</div>', "button")}
{box(p, "error", '<div class="Page-below">{inner}</div>')}
</div></main>{FOOTER.format(site=p.site)}"""


def blog_platform(p: Parts) -> str:
    """A blogging platform: utility classes only, membership and follow prompts around the story."""
    body = p.body(
        {
            "p": '<p class="pw-post-body-paragraph lu lv">{text}</p>',
            "h2": '<h2 class="ml mm">{text}</h2>',
            "quote": '<blockquote class="nb"><p>{text}</p></blockquote>',
            "ul": '<ul class="ol">{items}</ul>',
        },
        [box(p, "app", '<div class="ab ca cb">{inner}</div>')],
    )
    return f"""<div class="l c"><div class="ab">{esc(p.site)}</div>
<article><div class="gm gn"><section>
{box(p, "login", '<div class="ab q">{inner}</div>', "span")}
<h1 class="pw-post-title">{esc(p.title)}</h1>
{box(p, "share", '<div class="ab cn">{inner}</div>', "button")}
{body}
</section></div></article>
{box(p, "newsletter", '<div class="ab ca">{inner}</div>')}
{box(p, "comments", '<div class="ab cg">{inner}</div>')}
<div class="ab cz"><h2>{esc(" ".join(p.take("related")))}</h2>{links(p.teasers(3), '<div class="ab"><a href="/{slug}"><h3>{text}</h3></a></div>')}</div></div>"""


def regional_boxes(p: Parts) -> str:
    """A regional paper: paragraphs in numbered sections, boxes between them named in German."""
    inline = [f'<div class="einschub"><span class="hinweis">{esc(x)}</span></div>' for x in p.take("advertising")]
    inline.append(box(p, "donation", '<div class="kasten kasten--unterstuetzen">{inner}</div>'))
    inline.append(box(p, "notification", '<div class="kasten">{inner}</div>'))
    body = p.body(
        {
            "p": '<div class="absatz"><p>{text}</p></div>',
            "h2": '<h2 class="absatz__titel">{text}</h2>',
            "quote": '<div class="absatz"><blockquote>{text}</blockquote></div>',
            "ul": '<div class="absatz"><ul>{items}</ul></div>',
        },
        inline,
    )
    related = p.take("related")
    more = f'<div class="kasten"><h3>{esc(related[0])}</h3><ul>{links(p.teasers(4))}</ul></div>' if related else ""
    return f"""{NAV.format(site=p.site)}<div id="artikel"><h1>{esc(p.title)}</h1>
{body}
{box(p, "video", '<div class="medienbox">{inner}</div>')}
{box(p, "login", '<div class="kasten">{inner}</div>')}
{box(p, "comments", '<div class="kasten">{inner}</div>')}
{more}</div>
{box(p, "consent", '<div class="overlay-box">{inner}</div>', "button")}{FOOTER.format(site=p.site)}"""


def portal_sidebars(p: Parts) -> str:
    """A portal: body with inline sidebars, embedded players and callouts; a disclaimer below."""
    inline = [f'<div class="inline-sidebar"><small>{esc(x)}</small></div>' for x in p.take("advertising")]
    inline.append(box(p, "video", '<div class="embed-container">{inner}</div>'))
    inline.append(box(p, "donation", '<div class="callout">{inner}</div>'))
    inline.append(box(p, "app", '<div class="callout callout--app">{inner}</div>'))
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h3>{text}</h3>",
            "quote": "<blockquote>{text}</blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    related = p.take("related")
    side = (
        f'<div class="inline-sidebar"><h4>{esc(related[0])}</h4><ul>{links(p.teasers(3))}</ul></div>' if related else ""
    )
    return f"""<div class="wrapper"><div class="brand">{esc(p.site)}</div>
<div class="content-body"><h1 class="title">{esc(p.title)}</h1>
{box(p, "notification", '<div class="callout">{inner}</div>')}
{body}
{side}
{box(p, "newsletter", '<div class="callout">{inner}</div>')}
{box(p, "error", '<div class="module-wrapper">{inner}</div>')}
</div>{box(p, "consent", '<p class="disclaimer">{inner}</p>', "span")}</div>"""


SHAPES = (agency, blog_platform, regional_boxes, portal_sidebars)
