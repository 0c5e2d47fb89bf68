"""Boilerplate wording for the labelled pages, by kind and language, in two parts.

Both sets here are tuned on: TUNED was written first, MORE later for other site shapes (it was
first a held-out part, and what newsmon missed there taught it general rules). The held-out
part, never tuned on, lives in the `held_out_*` modules.

Each entry is a block: the lines one widget shows (a heading, a sentence, a button).
"""

from __future__ import annotations

Blocks = dict[str, list[list[str]]]  # kind -> blocks -> lines

TUNED: dict[str, Blocks] = {
    "en": {
        "advertising": [["Advertisement"], ["ADVERTISEMENT"], ["Story continues below advertisement"], ["Sponsored"]],
        "donation": [
            [
                "Support independent journalism",
                "Our reporting is funded by readers like you. Make a contribution today.",
            ],
            ["If you value what we do, please consider supporting us with a one-off donation.", "Donate now"],
            ["Become a member", "Members help keep our journalism free for everyone to read."],
        ],
        "notification": [
            ["Turn on notifications to get breaking news first."],
            ["Never miss a story: enable push notifications", "Allow", "Not now"],
        ],
        "app": [
            ["Download our free app for the latest headlines"],
            ["Get the app", "Available on the App Store and Google Play"],
        ],
        "newsletter": [
            ["Sign up for our daily newsletter", "Get the morning briefing delivered to your inbox.", "Sign up"],
            ["The Evening Edition", "Enter your email address", "You can unsubscribe at any time."],
        ],
        "comments": [
            ["Join the conversation", "Log in to comment"],
            ["Comments are closed for this article."],
            ["12 comments"],
        ],
        "login": [
            ["You must be logged in to post a comment."],
            ["Already a subscriber? Log in", "Create a free account"],
        ],
        "video": [["Watch: Flood water rises in the city centre"], ["VIDEO: Residents clear debris after the storm"]],
        "source": [["Source: Reuters"], ["Source: Associated Press"]],
        "share": [["Share this article", "Share on Facebook", "Share on X", "Copy link"], ["Share", "Email", "Print"]],
        "error": [["Something went wrong. Please try again later."], ["Sorry, we couldn't load the comments."]],
        "consent": [
            [
                "We use cookies to improve your experience. By continuing to browse, you accept our cookie policy.",
                "Accept all",
            ],
            ["This site uses cookies", "Manage preferences", "Accept"],
        ],
        "related": [["Related articles"], ["Most read"], ["More from Politics"]],
    },
    "de": {
        "advertising": [["Anzeige"], ["Werbung"]],
        "donation": [["Unterstützen Sie unabhängigen Journalismus", "Jetzt spenden"]],
        "notification": [["Push-Benachrichtigungen aktivieren und keine Eilmeldung verpassen"]],
        "app": [["Laden Sie unsere App herunter"]],
        "newsletter": [["Newsletter abonnieren", "Die wichtigsten Nachrichten täglich in Ihrem Postfach."]],
        "comments": [["Kommentare", "Melden Sie sich an, um zu kommentieren."]],
        "login": [["Jetzt registrieren und weiterlesen"]],
        "video": [["Video: Hochwasser in der Altstadt"]],
        "source": [["Quelle: dpa"]],
        "share": [["Artikel teilen", "Teilen"]],
        "error": [["Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut."]],
        "consent": [["Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.", "Alle akzeptieren"]],
        "related": [["Mehr zum Thema"], ["Lesen Sie auch"]],
    },
    "fr": {
        "advertising": [["Publicité"]],
        "donation": [["Soutenez notre journalisme indépendant", "Faites un don"]],
        "notification": [["Activez les notifications pour recevoir nos alertes"]],
        "app": [["Téléchargez notre application gratuite"]],
        "newsletter": [["Inscrivez-vous à notre newsletter", "Recevez chaque matin l'essentiel de l'actualité."]],
        "comments": [["Commentaires", "Connectez-vous pour commenter"]],
        "login": [["Abonnez-vous pour lire la suite"]],
        "video": [["Vidéo : les images des inondations"]],
        "source": [["Source : AFP"]],
        "share": [["Partager", "Partager sur Facebook"]],
        "error": [["Une erreur est survenue. Veuillez réessayer plus tard."]],
        "consent": [["Nous utilisons des cookies pour améliorer votre expérience.", "Accepter les cookies"]],
        "related": [["Lire aussi"], ["Sur le même sujet"]],
    },
    "es": {
        "advertising": [["Publicidad"]],
        "donation": [["Apoya el periodismo independiente", "Haz una donación"]],
        "notification": [["Activa las notificaciones y recibe las últimas noticias"]],
        "app": [["Descarga nuestra app"]],
        "newsletter": [["Suscríbete a nuestro newsletter", "Recibe las noticias más importantes en tu correo."]],
        "comments": [["Comentarios", "Inicia sesión para comentar"]],
        "login": [["Regístrate gratis para seguir leyendo"]],
        "video": [["Vídeo: así quedó el casco antiguo tras la tormenta"]],
        "source": [["Fuente: EFE"]],
        "share": [["Compartir", "Compartir en Facebook"]],
        "error": [["Se ha producido un error. Inténtalo de nuevo más tarde."]],
        "consent": [["Utilizamos cookies para mejorar tu experiencia.", "Aceptar cookies"]],
        "related": [["Lee también"], ["Te puede interesar"]],
    },
}

MORE: dict[str, Blocks] = {
    "en": {
        "advertising": [["Paid Partner Content"], ["Article continues after this ad"], ["ad"]],
        "donation": [
            ["Independent news needs your backing.", "Chip in from just $5 and help us hold the powerful to account."],
            ["We're a nonprofit newsroom. Give monthly to keep local reporting alive."],
            ["Before you go: this journalism is free because readers pay for it. Will you help?"],
        ],
        "notification": [
            ["Get breaking news alerts", "Turn on browser notifications"],
            ["Stay in the loop with instant alerts on this device."],
        ],
        "app": [
            ["Read this on our app", "Download it free on iOS and Android"],
            ["Try our new app for faster reading"],
        ],
        "newsletter": [
            ["Like what you read? Get our best stories every Friday.", "Subscribe to our weekly newsletter"],
            ["Morning Report", "Everything you need to know to start your day, sent to your email.", "Sign me up"],
        ],
        "comments": [
            ["Start the discussion"],
            ["Show comments (34)"],
            ["What do you think? Share your thoughts below."],
        ],
        "login": [["Sign in or register to keep reading"], ["Log in with your account to leave a reply"]],
        "video": [
            ["WATCH LIVE: Council meeting on the flood plan"],
            ["Play video", "Aerial footage shows the damaged bridge"],
        ],
        "source": [["Source link"], ["Via: BBC News"]],
        "share": [["Share via WhatsApp"], ["Tweet this", "Pin it"]],
        "error": [
            ["Oops! The content could not be loaded."],
            ["There was a problem loading this module. Refresh the page."],
        ],
        "consent": [["Your privacy choices", "We and our partners use cookies and similar technologies.", "I agree"]],
        "related": [["Trending now"], ["You may also like"], ["Recommended for you"]],
    },
    "de": {
        "advertising": [["Sponsored Content"], ["ANZEIGE"]],
        "donation": [["Guter Journalismus kostet Geld. Unterstützen Sie uns mit einem freiwilligen Beitrag."]],
        "notification": [["Benachrichtigungen erlauben"]],
        "app": [["Jetzt die kostenlose App herunterladen"]],
        "newsletter": [["Der Morgen-Newsletter", "Jetzt kostenlos anmelden"]],
        "comments": [["Diskutieren Sie mit"], ["Kommentar schreiben"]],
        "login": [["Bitte loggen Sie sich ein, um weiterzulesen."]],
        "video": [["Video abspielen"]],
        "source": [["Quelle: Reuters"]],
        "share": [["Auf Facebook teilen"]],
        "error": [["Inhalt konnte nicht geladen werden."]],
        "consent": [["Wir und unsere Partner nutzen Cookies.", "Zustimmen"]],
        "related": [["Das könnte Sie auch interessieren"]],
    },
    "fr": {
        "advertising": [["PUBLICITÉ"], ["Contenu sponsorisé"]],
        "donation": [["Votre soutien compte : aidez-nous à rester indépendants."]],
        "notification": [["Recevez nos alertes en temps réel"]],
        "app": [["Découvrez notre nouvelle application"]],
        "newsletter": [["La lettre du matin", "Recevez-la gratuitement chaque jour"]],
        "comments": [["Réagissez à cet article"]],
        "login": [["Cet article est réservé aux abonnés."]],
        "video": [["Regarder la vidéo"]],
        "source": [["Avec AFP"]],
        "share": [["Partager sur X"]],
        "error": [["Impossible de charger le contenu."]],
        "consent": [["Nous et nos partenaires utilisons des cookies.", "Tout accepter"]],
        "related": [["À lire aussi"]],
    },
    "es": {
        "advertising": [["Contenido patrocinado"]],
        "donation": [["Tu apoyo hace posible este periodismo. Colabora con nosotros."]],
        "notification": [["Recibe alertas de última hora"]],
        "app": [["Descarga gratis nuestra aplicación"]],
        "newsletter": [["El boletín de la mañana", "Apúntate gratis"]],
        "comments": [["Deja tu comentario"]],
        "login": [["Este contenido es exclusivo para suscriptores."]],
        "video": [["Ver vídeo"]],
        "source": [["Con información de Reuters"]],
        "share": [["Compartir en WhatsApp"]],
        "error": [["No se pudo cargar el contenido."]],
        "consent": [["Nosotros y nuestros socios usamos cookies.", "Acepto"]],
        "related": [["Más noticias"]],
    },
}
