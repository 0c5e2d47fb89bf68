"""Site shapes and wording of the tuned part, sixth round: first written as a held-out part
(newsmon then kept 4.7% of its boilerplate lines and 99.4% of body lines), then tuned on."""

from __future__ import annotations

from tests.boilerplate_pages.junk import Blocks
from tests.boilerplate_pages.page import FOOTER, NAV, Parts, box, esc, lines_as, links

WORDING: dict[str, Blocks] = {
    "en": {
        "advertising": [["Advertisement — article continues"], ["Paid content"], ["Our partners"]],
        "donation": [
            ["Independent journalism costs money. Help pay for it.", "Give what you can"],
            ["Thanks to readers like you, this article is free."],
        ],
        "notification": [
            ["Never miss a headline — switch on notifications"],
            ["We'd like to send you breaking news alerts"],
        ],
        "app": [["Try the app: fewer ads, faster pages"], ["Get it on Google Play"]],
        "newsletter": [["Subscribe to The Briefing", "It's free. One email a day."], ["Thanks for subscribing!"]],
        "comments": [["Start a conversation", "Comments are moderated"], ["Reply"]],
        "login": [["Continue reading: sign in or register"], ["Log in to save this article"]],
        "video": [["Watch: Aerial footage of the flooded valley", "Captions", "Play"]],
        "source": [["Source: BBC"]],
        "share": [["Share on Threads", "Email this article"], ["Share via SMS"]],
        "error": [["This embed is no longer available."], ["Error loading content"]],
        "consent": [["We and our 214 partners store and access information on your device", "Customise choices"]],
        "related": [["Also in the news"], ["Don't miss"], ["Latest"]],
    },
    "de": {
        "advertising": [["Anzeige · Sponsored"]],
        "donation": [["Gefällt Ihnen dieser Artikel? Unterstützen Sie unsere Arbeit."]],
        "notification": [["Eilmeldungen per Push erhalten"]],
        "app": [["Die App: jetzt kostenlos laden"]],
        "newsletter": [["Der Feierabend-Newsletter – jetzt abonnieren"]],
        "comments": [["Diskussion (12)"]],
        "login": [["Artikel weiterlesen mit Abo"]],
        "video": [["Video: So sieht es nach dem Unwetter aus"]],
        "source": [["Quelle: Reuters/dpa"]],
        "share": [["Per E-Mail teilen"]],
        "error": [["Leider ist ein Fehler passiert."]],
        "consent": [["Datenschutz-Einstellungen"]],
        "related": [["Meistgelesen"]],
    },
    "fr": {
        "advertising": [["Publicité · Sponsorisé"]],
        "donation": [["Chaque don compte."]],
        "notification": [["Soyez alerté en temps réel"]],
        "app": [["Notre application est gratuite"]],
        "newsletter": [["Recevez notre newsletter du soir"]],
        "comments": [["12 réactions"]],
        "login": [["Identifiez-vous pour poursuivre"]],
        "video": [["En vidéo : la vallée inondée"]],
        "source": [["Source : Le Monde avec AFP"]],
        "share": [["Envoyer par e-mail"]],
        "error": [["Oups, une erreur est survenue."]],
        "consent": [["Gérer mes choix"]],
        "related": [["Les plus partagés"]],
    },
    "es": {
        "advertising": [["Publicidad · Patrocinado"]],
        "donation": [["Cada aportación cuenta."]],
        "notification": [["Recibe avisos de última hora"]],
        "app": [["Nuestra app es gratuita"]],
        "newsletter": [["Recibe nuestro newsletter de la tarde"]],
        "comments": [["12 comentarios"]],
        "login": [["Identifícate para seguir leyendo"]],
        "video": [["En vídeo: el valle inundado"]],
        "source": [["Fuente: El País con agencias"]],
        "share": [["Enviar por correo"]],
        "error": [["Ups, algo salió mal."]],
        "consent": [["Gestionar mis preferencias"]],
        "related": [["Lo más compartido"]],
    },
}


def ghost(p: Parts) -> str:
    """A blogging theme: content cards between paragraphs, a subscribe aside, comments after."""
    inline = [
        f'<div class="kg-card kg-callout-card"><div class="kg-callout-text">{esc(x)}</div></div>'
        for x in p.take("advertising")
    ]
    inline.append(box(p, "donation", '<div class="kg-card kg-cta-card">{inner}</div>'))
    inline.append(box(p, "video", '<figure class="kg-card kg-video-card">{inner}</figure>', "figcaption"))
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h2>{text}</h2>",
            "quote": "<blockquote>{text}</blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    return f"""<header class="gh-head">{esc(p.site)}</header><main class="gh-main"><article class="gh-article post">
<h1 class="gh-article-title">{esc(p.title)}</h1>
{box(p, "share", '<div class="gh-article-meta">{inner}</div>', "a")}
<section class="gh-content gh-canvas">{body}</section>
<aside class="gh-subscribe">{lines_as("p", p.take("newsletter"))}</aside>
<section class="gh-comments">{lines_as("p", p.take("comments"))}</section>
</article><section class="gh-readmore"><h2>{esc(" ".join(p.take("related")))}</h2>{links(p.teasers(3))}</section></main>"""


def bloc_layout(p: Parts) -> str:
    """A regional paper laid out in blocs: the story in one, every widget in another like it."""
    inline = [f'<div class="bloc bloc--pub"><span>{esc(x)}</span></div>' for x in p.take("advertising")]
    inline.append(box(p, "notification", '<div class="bloc">{inner}</div>'))
    inline.append(box(p, "app", '<div class="bloc">{inner}</div>'))
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h2>{text}</h2>",
            "quote": "<blockquote>{text}</blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    related = p.take("related")
    more = f'<div class="bloc"><h3>{esc(related[0])}</h3><ul>{links(p.teasers(4))}</ul></div>' if related else ""
    return f"""{NAV.format(site=p.site)}<div class="page"><div class="bloc bloc--article">
<h1>{esc(p.title)}</h1>{body}
{box(p, "source", '<p class="bloc__note">{inner}</p>', "span")}</div>
{box(p, "login", '<div class="bloc">{inner}</div>')}
{box(p, "error", '<div class="bloc">{inner}</div>')}
{more}
{box(p, "consent", '<div class="bloc bloc--fixed">{inner}</div>', "button")}</div>{FOOTER.format(site=p.site)}"""


def arc_story(p: Parts) -> str:
    """A large publisher's platform: data-qa hooks on article parts, promos between paragraphs."""
    inline = [f'<div data-qa="article-body-ad"><p>{esc(x)}</p></div>' for x in p.take("advertising")]
    inline.append(box(p, "newsletter", '<div data-qa="subscribe-promo">{inner}</div>'))
    inline.append(box(p, "login", '<div data-qa="inline-gate">{inner}</div>'))
    body = p.body(
        {
            "p": '<div class="article-body"><p data-el="text">{text}</p></div>',
            "h2": '<h2 data-el="text">{text}</h2>',
            "quote": '<blockquote data-el="text">{text}</blockquote>',
            "ul": '<ul data-el="text">{items}</ul>',
        },
        inline,
    )
    return f"""{NAV.format(site=p.site)}<main><article>
<h1 data-qa="headline">{esc(p.title)}</h1>
{box(p, "share", '<div data-qa="share-bar" class="hide-for-print">{inner}</div>', "button")}
<div class="grid-body">{body}</div>
{box(p, "donation", '<div class="hide-for-print">{inner}</div>')}
{box(p, "video", '<div data-qa="video-wrapper">{inner}</div>')}
{box(p, "comments", '<div data-qa="comments-btn">{inner}</div>', "button")}
</article>
<div data-qa="right-rail"><h2>{esc(" ".join(p.take("related")))}</h2>{links(p.teasers(3))}</div></main>"""


def nota(p: Parts) -> str:
    """A Latin-American news site: nota__ blocks with their own names for every widget."""
    inline = [f'<div class="nota__publicidad"><p>{esc(x)}</p></div>' for x in p.take("advertising")]
    related = p.take("related")
    if related:
        inline.append(f'<div class="nota__relacionadas"><h4>{esc(related[0])}</h4><ul>{links(p.teasers(2))}</ul></div>')
    inline.append(box(p, "error", '<div class="nota__embebido">{inner}</div>'))
    body = p.body(
        {
            "p": '<p class="nota__parrafo">{text}</p>',
            "h2": '<h2 class="nota__intertitulo">{text}</h2>',
            "quote": '<blockquote class="nota__cita">{text}</blockquote>',
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    return f"""<div class="encabezado">{esc(p.site)}</div><div class="nota">
<h1 class="nota__titulo">{esc(p.title)}</h1>
{box(p, "notification", '<div class="nota__avisos">{inner}</div>')}
<div class="nota__cuerpo">{body}</div>
{box(p, "source", '<p class="nota__fuente">{inner}</p>', "span")}
{box(p, "donation", '<div class="nota__apoyo">{inner}</div>')}
{box(p, "app", '<div class="nota__app">{inner}</div>')}
{box(p, "share", '<div class="nota__compartir">{inner}</div>', "a")}
{box(p, "newsletter", '<div class="nota__suscripcion">{inner}</div>')}
</div>{FOOTER.format(site=p.site)}"""


SHAPES = (ghost, bloc_layout, arc_story, nota)
