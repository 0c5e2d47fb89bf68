"""Site shapes and wording of the tuned part, third round: first written as a held-out part
(newsmon then kept 8.8% of its boilerplate lines, stock trafilatura 25.8%), then tuned on."""

from __future__ import annotations

from tests.boilerplate_pages.junk import Blocks
from tests.boilerplate_pages.page import FOOTER, NAV, Parts, box, esc, lines_as, links

WORDING: dict[str, Blocks] = {
    "en": {
        "advertising": [["Advertisement - Scroll to continue"], ["Ad Feedback"], ["Promoted stories"]],
        "donation": [
            [
                "We have a small favour to ask.",
                "Millions are turning to us for open, independent, quality news every day.",
            ],
            ["Support us from as little as $1 – it only takes a minute. Thank you."],
            ["Make a gift today and help fund the reporting you rely on."],
        ],
        "notification": [
            ["Want to stay up to date? Allow notifications from us."],
            ["Get push alerts for the biggest stories"],
        ],
        "app": [["Listen to this article in our app"], ["Open in app"]],
        "newsletter": [
            [
                "Skip past newsletter promotion",
                "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am",
                "after newsletter promotion",
            ],
            [
                "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties."
            ],
        ],
        "comments": [["Comments (212)", "Have your say"], ["Most recent comments will appear first"]],
        "login": [["Register for free to continue reading"], ["Sign in to unlock this article"]],
        "video": [
            ["Media caption, Flood water pours through the station roof", "Duration 2:31"],
            ["Watch the full report"],
        ],
        "source": [["Image source, Getty Images"]],
        "share": [["Share page", "Copy link", "About sharing"]],
        "error": [["This content is not available in your region."], ["We're having trouble loading this content."]],
        "consent": [["We care about your privacy", "Reject all", "Accept and continue"]],
        "related": [["More on this story"], ["Popular now"], ["Editor's picks"]],
    },
    "de": {
        "advertising": [["Anzeige - Weiterlesen nach der Werbung"]],
        "donation": [["Jetzt unterstützen", "Mit Ihrem Beitrag sichern Sie unabhängigen Lokaljournalismus."]],
        "notification": [["Verpassen Sie keine Nachricht mehr: Aktivieren Sie die Benachrichtigungen."]],
        "app": [["Jetzt in der App lesen"]],
        "newsletter": [
            ["Kennen Sie schon unseren Newsletter?", "Melden Sie sich für unseren kostenlosen Newsletter an"]
        ],
        "comments": [["Zum Kommentarbereich"]],
        "login": [["Dieser Artikel ist nur für Abonnenten verfügbar."]],
        "video": [["Video: Die Bilder vom Hochwasser"]],
        "source": [["Bildquelle: dpa"]],
        "share": [["Teilen auf WhatsApp"]],
        "error": [["Dieser Inhalt ist leider nicht verfügbar."]],
        "consent": [["Wir verwenden Cookies und ähnliche Technologien.", "Einverstanden"]],
        "related": [["Mehr aus diesem Ressort"]],
    },
    "fr": {
        "advertising": [["Publicité - La suite après cette publicité"]],
        "donation": [["Pour soutenir notre travail, abonnez-vous."]],
        "notification": [["Ne manquez rien de l'actualité : activez les alertes."]],
        "app": [["Lire dans l'application"]],
        "newsletter": [["Le journal du soir", "Inscrivez-vous gratuitement"]],
        "comments": [["Voir les commentaires"]],
        "login": [["Connectez-vous pour lire la suite"]],
        "video": [["Vidéo : les images de la crue"]],
        "source": [["Crédit photo : AFP"]],
        "share": [["Partager l'article"]],
        "error": [["Ce contenu n'est pas disponible."]],
        "consent": [["Vos choix en matière de cookies", "Continuer sans accepter"]],
        "related": [["À voir aussi"]],
    },
    "es": {
        "advertising": [["Publicidad - Sigue leyendo"]],
        "donation": [["Hazte socio y apoya el periodismo de calidad"]],
        "notification": [["No te pierdas nada: activa las alertas"]],
        "app": [["Lee esta noticia en nuestra app"]],
        "newsletter": [["Recibe cada mañana nuestro boletín"]],
        "comments": [["Ver comentarios"]],
        "login": [["Inicia sesión para seguir leyendo"]],
        "video": [["Vídeo: las imágenes de la riada"]],
        "source": [["Foto: EFE"]],
        "share": [["Compartir en X"]],
        "error": [["Este contenido no está disponible."]],
        "consent": [["Tu privacidad es importante para nosotros", "Aceptar y continuar"]],
        "related": [["Más información"]],
    },
}


def commercial_body(p: Parts) -> str:
    """A long-form paper: body slots for ads and a rich link, a sign-in gate, an end-of-article appeal."""
    inline = [
        f'<div class="ad-slot-container"><div class="ad-slot ad-slot--inline"><p>{esc(x)}</p></div></div>'
        for x in p.take("advertising")
    ]
    related = p.take("related")
    if related:
        inline.append(
            f'<aside data-component="rich-link"><p>{esc(related[0])}</p><a href="/x">{esc(p.teasers(1)[0])}</a></aside>'
        )
    inline.append(box(p, "newsletter", '<div data-component="newsletter-signup">{inner}</div>'))
    inline.append(box(p, "video", '<figure data-spacefinder-role="inline">{inner}</figure>', "figcaption"))
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h2>{text}</h2>",
            "quote": "<blockquote><p>{text}</p></blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    return f"""{NAV.format(site=p.site)}<main><article>
<h1>{esc(p.title)}</h1>{box(p, "share", '<div class="meta-share">{inner}</div>', "button")}
<div class="article-body-commercial-selector">{body}</div>
<gu-island name="SignInGateSelector">{lines_as("p", p.take("login"))}</gu-island>
<div id="slot-body-end">{lines_as("p", p.take("donation"))}</div>
{box(p, "comments", '<section id="discussion">{inner}</section>')}
</article></main>{FOOTER.format(site=p.site)}"""


def broadcaster(p: Parts) -> str:
    """A broadcaster's page: text blocks, media blocks with captions, a links block, tags."""
    inline = [f'<div data-component="ad-slot"><p>{esc(x)}</p></div>' for x in p.take("advertising")]
    inline.append(box(p, "video", '<div data-component="media-block">{inner}</div>'))
    inline.append(
        box(p, "source", '<div data-component="image-block"><figure><span>{inner}</span></figure></div>', "span")
    )
    body = p.body(
        {
            "p": '<div data-component="text-block"><p>{text}</p></div>',
            "h2": '<div data-component="subheadline-block"><h2>{text}</h2></div>',
            "quote": '<div data-component="text-block"><blockquote>{text}</blockquote></div>',
            "ul": '<div data-component="text-block"><ul>{items}</ul></div>',
        },
        inline,
    )
    related = p.take("related")
    links_block = (
        f'<div data-component="links-block"><h2>{esc(related[0])}</h2><ul>{links(p.teasers(3))}</ul></div>'
        if related
        else ""
    )
    return f"""<div id="orb">{esc(p.site)}</div><main id="main-content"><article>
<header><h1 id="main-heading">{esc(p.title)}</h1></header>
{box(p, "share", '<div data-component="byline-block">{inner}</div>', "button")}
{body}
{box(p, "app", '<div data-component="text-block"><p><b>{inner}</b></p></div>', "span")}
{links_block}
{box(p, "notification", '<div class="promo">{inner}</div>')}
</article>{box(p, "consent", '<div id="consent-banner">{inner}</div>', "span")}</main>"""


def drupal(p: Parts) -> str:
    """A Drupal site: a body field, then views and blocks whose names say nothing."""
    inline = [f'<div class="block block-dfp"><p>{esc(x)}</p></div>' for x in p.take("advertising")]
    inline.append(box(p, "donation", '<div class="paragraph paragraph--type--callout">{inner}</div>'))
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
    rows = links(p.teasers(4), '<div class="views-row"><a href="/{slug}">{text}</a></div>') if related else ""
    view = f'<div class="views-element-container"><h2>{esc(related[0])}</h2><div>{rows}</div></div>' if related else ""
    return f"""<div class="layout-container">{esc(p.site)}
<div class="region region-content"><article class="node node--type-article">
<h1 class="page-title"><span>{esc(p.title)}</span></h1>
<div class="field field--name-body">{body}</div>
{box(p, "newsletter", '<div class="block block-block-content">{inner}</div>')}
{box(p, "login", '<div class="block block-user">{inner}</div>')}
{box(p, "error", '<div class="block block-views">{inner}</div>')}
</article>{view}
{box(p, "comments", '<section class="field--name-comment">{inner}</section>')}</div></div>"""


def amp(p: Parts) -> str:
    """An AMP page: ad and share components are custom elements, not classes."""
    inline = [
        f'<amp-ad width="300" height="250" type="doubleclick"><div fallback>{esc(x)}</div></amp-ad>'
        for x in p.take("advertising")
    ]
    inline.append(
        box(p, "video", '<amp-video-iframe layout="responsive"><div placeholder>{inner}</div></amp-video-iframe>')
    )
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h2>{text}</h2>",
            "quote": "<blockquote>{text}</blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    share = "".join(f'<amp-social-share type="x">{esc(x)}</amp-social-share>' for x in p.take("share"))
    return f"""<header>{esc(p.site)}</header><article>
<h1>{esc(p.title)}</h1>{share}
<div class="article-text">{body}</div>
{box(p, "error", '<amp-list src="/api/x"><div fallback>{inner}</div></amp-list>')}
{box(p, "notification", '<amp-web-push-widget visibility="unsubscribed">{inner}</amp-web-push-widget>')}
{box(p, "consent", '<amp-consent id="consent">{inner}</amp-consent>')}
</article><amp-embed type="taboola"><h3>{esc(" ".join(p.take("related")))}</h3>{links(p.teasers(3))}</amp-embed>"""


SHAPES = (commercial_body, broadcaster, drupal, amp)
