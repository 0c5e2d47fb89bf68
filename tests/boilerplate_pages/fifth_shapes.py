"""Site shapes and wording of the tuned part, fifth round: first written as a held-out part
(newsmon then kept 7.8% of its boilerplate lines and 100% of body lines, stock trafilatura 46.1%
and 96.6%), then tuned on."""

from __future__ import annotations

from tests.boilerplate_pages.junk import Blocks
from tests.boilerplate_pages.page import FOOTER, NAV, Parts, box, esc, lines_as, links

WORDING: dict[str, Blocks] = {
    "en": {
        "advertising": [
            ["Advertisement · Continue reading below"],
            ["ADVERTISEMENT", "SKIP ADVERTISEMENT"],
            ["Sponsored content by Northwind Bank"],
        ],
        "donation": [
            ["Your support keeps this site free."],
            ["Can you spare $3 to keep us going?", "Join 40,000 members who fund our work"],
            ["This story was made possible by our members."],
        ],
        "notification": [["Get instant updates: turn on alerts"], ["Breaking news, straight to your lock screen"]],
        "app": [["Read more stories in the Daily Post app"], ["Available for iPhone and Android"]],
        "newsletter": [
            [
                "The Morning Brief: five stories, five minutes, every day",
                "Email address",
                "No spam. Unsubscribe anytime.",
            ]
        ],
        "comments": [["Leave a comment below"], ["Show 17 replies"], ["Discussion"]],
        "login": [["Already registered? Sign in"], ["Keep reading with a free account"]],
        "video": [["WATCH: Residents describe the night of the flood", "0:45"], ["Video settings"]],
        "source": [["Source: Associated Press"]],
        "share": [["Share this story", "Tweet", "Pin"]],
        "error": [["Sorry, this content failed to load."], ["Please enable JavaScript to view the comments."]],
        "consent": [["We use cookies for analytics and ads. Learn more.", "Manage cookies"]],
        "related": [["Read next"], ["More stories"], ["Recommended"]],
    },
    "de": {
        "advertising": [["Anzeige · Lesen Sie nach der Anzeige weiter"]],
        "donation": [["Mit Ihrer Unterstützung bleibt dieser Artikel frei zugänglich."]],
        "notification": [["Jetzt Push-Mitteilungen einschalten"]],
        "app": [["Hier geht's zur App"]],
        "newsletter": [["Morgenpost: das Wichtigste vor dem Frühstück"]],
        "comments": [["Kommentare anzeigen"]],
        "login": [["Schon registriert? Hier einloggen"]],
        "video": [["Video: Anwohner berichten von der Flutnacht"]],
        "source": [["Quelle: AFP"]],
        "share": [["Auf X teilen"]],
        "error": [["Bitte aktivieren Sie JavaScript, um die Kommentare zu sehen."]],
        "consent": [["Cookie-Einstellungen"]],
        "related": [["Auch interessant"]],
    },
    "fr": {
        "advertising": [["Publicité · Suite de l'article ci-dessous"]],
        "donation": [["Sans votre soutien, ce journal ne peut exister."]],
        "notification": [["Activer les notifications push"]],
        "app": [["Disponible sur iPhone et Android"]],
        "newsletter": [["La matinale : l'actualité en cinq minutes"]],
        "comments": [["Afficher les réponses"]],
        "login": [["Déjà inscrit ? Se connecter"]],
        "video": [["VIDÉO. Les habitants racontent la nuit de la crue"]],
        "source": [["Source : Reuters"]],
        "share": [["Partager sur WhatsApp"]],
        "error": [["Veuillez activer JavaScript pour voir les commentaires."]],
        "consent": [["Paramétrer les cookies"]],
        "related": [["À lire également"]],
    },
    "es": {
        "advertising": [["Publicidad · Continúa leyendo"]],
        "donation": [["Sin tu apoyo, este periódico no es posible."]],
        "notification": [["Recibe notificaciones push"]],
        "app": [["Disponible para iPhone y Android"]],
        "newsletter": [["Boletín matinal: las cinco noticias del día"]],
        "comments": [["Mostrar respuestas"]],
        "login": [["¿Ya estás registrado? Inicia sesión"]],
        "video": [["VÍDEO | Los vecinos relatan la noche de la riada"]],
        "source": [["Fuente: Europa Press"]],
        "share": [["Compartir en Facebook"]],
        "error": [["Activa JavaScript para ver los comentarios."]],
        "consent": [["Configurar cookies"]],
        "related": [["También te puede interesar"]],
    },
}


def bem_story(p: Parts) -> str:
    """A BEM-named story template: story__ blocks for everything, boilerplate among the paragraphs."""
    inline = [f'<div class="story__ad"><p class="story__ad-text">{esc(x)}</p></div>' for x in p.take("advertising")]
    inline.append(box(p, "donation", '<div class="story__support">{inner}</div>'))
    inline.append(box(p, "video", '<div class="story__media story__media--video">{inner}</div>'))
    inline.append(box(p, "app", '<div class="story__aside">{inner}</div>'))
    body = p.body(
        {
            "p": '<p class="story__text">{text}</p>',
            "h2": '<h2 class="story__subtitle">{text}</h2>',
            "quote": '<blockquote class="story__quote">{text}</blockquote>',
            "ul": '<ul class="story__list">{items}</ul>',
        },
        inline,
    )
    related = p.take("related")
    more = f'<div class="story__more"><h3>{esc(related[0])}</h3><ul>{links(p.teasers(3))}</ul></div>' if related else ""
    return f"""{NAV.format(site=p.site)}<article class="story">
<h1 class="story__title">{esc(p.title)}</h1>
{box(p, "share", '<div class="story__tools">{inner}</div>', "button")}
<div class="story__content">{body}</div>
{box(p, "source", '<p class="story__credit">{inner}</p>', "span")}
{more}
{box(p, "comments", '<div class="story__discussion">{inner}</div>')}
</article>{box(p, "consent", '<div class="notice">{inner}</div>')}{FOOTER.format(site=p.site)}"""


def modules(p: Parts) -> str:
    """A portal built of numbered modules; the article is one module among the others."""
    inline = [f'<section class="modulo modulo--12"><p>{esc(x)}</p></section>' for x in p.take("advertising")]
    inline.append(box(p, "notification", '<section class="modulo modulo--7">{inner}</section>'))
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h2>{text}</h2>",
            "quote": "<blockquote><p>{text}</p></blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    related = p.take("related")
    rows = links(p.teasers(4), '<p><a href="/{slug}">{text}</a></p>') if related else ""
    more = f'<section class="modulo modulo--3"><h2>{esc(related[0])}</h2>{rows}</section>' if related else ""
    return f"""<div class="cabecera">{esc(p.site)}</div><div class="contenedor">
<section class="modulo modulo--1"><h1>{esc(p.title)}</h1>{body}</section>
{box(p, "newsletter", '<section class="modulo modulo--4">{inner}</section>')}
{box(p, "login", '<section class="modulo modulo--5">{inner}</section>')}
{box(p, "error", '<section class="modulo modulo--9">{inner}</section>')}
{more}</div>"""


def explainer(p: Parts) -> str:
    """An explainer site: entry content, a footer bar inside the article, tab bars and signup boxes."""
    inline = [f'<div class="c-ad"><span>{esc(x)}</span></div>' for x in p.take("advertising")]
    inline.append(box(p, "newsletter", '<aside class="c-signup-box">{inner}</aside>'))
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h3>{text}</h3>",
            "quote": "<blockquote><p>{text}</p></blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    return f"""{NAV.format(site=p.site)}<main><article class="c-entry">
<h1 class="c-page-title">{esc(p.title)}</h1>
<div class="c-entry-content">{body}</div>
<div class="c-article-footer">{lines_as("p", p.take("donation"))}{lines_as("p", p.take("share"))}</div>
<div id="zephr-anchor">{lines_as("p", p.take("login"))}</div>
{box(p, "comments", '<div class="c-tab-bar">{inner}</div>', "span")}
</article>
<div class="c-related"><h2>{esc(" ".join(p.take("related")))}</h2>{links(p.teasers(3))}</div>
{box(p, "video", '<div class="c-video-embed">{inner}</div>')}</main>{FOOTER.format(site=p.site)}"""


def tabloid_inline(p: Parts) -> str:
    """A tabloid: bold subscribe lines, inline most-read lists and sub-head callouts in the text."""
    inline = [f'<p class="article-body__sub"><b>{esc(x)}</b></p>' for x in p.take("advertising")]
    related = p.take("related")
    if related:
        inline.append(f'<div class="inline-list"><h4>{esc(related[0])}</h4><ol>{links(p.teasers(3))}</ol></div>')
    inline.append(box(p, "newsletter", '<div class="article-body__sub">{inner}</div>'))
    inline.append(box(p, "error", '<div class="embed">{inner}</div>'))
    body = p.body(
        {
            "p": '<p class="article-body__text">{text}</p>',
            "h2": '<h2 class="article-body__crosshead">{text}</h2>',
            "quote": '<p class="article-body__text"><i>{text}</i></p>',
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    return f"""{NAV.format(site=p.site)}<div class="article">
<h1 class="article__headline">{esc(p.title)}</h1>
{box(p, "notification", '<div class="article__alerts">{inner}</div>')}
<div class="article-body">{body}
{box(p, "video", '<div class="article-body__video">{inner}</div>')}
{box(p, "source", '<p class="article-body__text">{inner}</p>', "span")}
</div>
{box(p, "share", '<ul class="article__social">{inner}</ul>', "li")}
{box(p, "app", '<div class="article__app">{inner}</div>')}
</div>{FOOTER.format(site=p.site)}"""


SHAPES = (bem_story, modules, explainer, tabloid_inline)
