"""Half of the twentieth part: six shapes of opinion, analysis and long-form journalism (a national
daily's guest essay, an investigative nonprofit's chaptered long read, an explainer site's key-
points piece, a Q&A interview with its podcast, a fact-check with its rating widget and a magazine
feature with pull quotes and a paywall meter), with their wording, written after nineteen rounds of
tuning without reading newsmon's rules, to hide boilerplate from markup. It was half of the held-out
part, measured untouched (both halves: newsmon kept 167 of 2,991 boilerplate lines, 5.6%, and 99.8%
of the body; stock trafilatura 25.4% and 98.2%), then tuned on structure and the commoner wording,
not line by line, so it is held to a bound, not to zero."""

from __future__ import annotations

from tests.boilerplate_pages.junk import Blocks
from tests.boilerplate_pages.page import (
    FOOTER,
    NAV,
    Parts,
    each,
    esc,
    inline_box,
    links,
    present,
    related_heading,
    widget_drawer,
)

WORDING: dict[str, Blocks] = {
    "en": {
        "advertising": [
            [
                "Paid Post",
                "Presented by Halvorsen Private Bank: what the next decade of retirement will look like",
                "Read the partner story",
            ],
            ["Advertising · The essay continues after this message"],
            [
                "Our long reads are made possible in part by",
                "Calder & Finch Wealth Partners",
                "Become an underwriter",
            ],
            ["Why am I seeing this ad?", "Report this ad"],
            [
                "From our advertisers",
                "Save 40% on a year of Gallery Quarterly, the art magazine for serious collectors.",
                "Claim the collector's rate",
            ],
        ],
        "donation": [
            ["You've read 3 of your 5 free articles this month.", "Subscribe for $1 a week to keep reading"],
            [
                "This investigation took eleven months and more than $180,000 to report.",
                "We have no paywall and no advertisers to please. We rely on readers who give what they can.",
                "Make a tax-deductible gift",
            ],
            [
                "Explainers are free because readers pay for them",
                "Join 41,000 members who fund clear, independent explanations of the news.",
                "Fund explainers as a member",
            ],
            [
                "Give the gift of ideas",
                "A year of the Sunday Review for someone who loves a good argument.",
                "Give a subscription",
            ],
            ["Unlock the full feature", "Print + digital, 12 issues for $29", "Subscribe and keep reading"],
        ],
        "notification": [
            ["Follow Margaret Osei", "Get an email whenever this columnist publishes.", "Follow author"],
            [
                "Part 2 of 4 in “The Lost Ledgers”",
                "Get an alert when the next chapter is published",
                "Alert me",
            ],
            ["Breaking: Senate passes budget bill 51–49", "Live coverage"],
            [
                "Turn on alerts for new fact-checks?",
                "We'll ping you when we rate a claim that's going viral.",
                "Yes, tell me about new checks",
                "Not right now, thanks",
            ],
        ],
        "app": [
            [
                "Long reads, offline",
                "Save this story in the app and read it on the train, no signal needed.",
                "Save it to the app",
            ],
            [
                "Listen to this essay",
                "Narrated versions of our opinion pieces live in the Ledger Audio app.",
                "Download for iOS",
                "Download for Android",
            ],
            ["The Quarterly app", "Every issue since 1998, in your pocket", "Install it free"],
            ["Check claims on the go with our fact-check app for iPhone and Android."],
        ],
        "newsletter": [
            [
                "The Opinion Digest",
                "The week's sharpest arguments, from across the political spectrum, every Saturday.",
                "Get the Digest",
            ],
            [
                "The Long Read",
                "One deeply reported story in your inbox each Sunday. Nothing else.",
                "Email for the Long Read",
                "Send me the Long Read",
            ],
            [
                "Explained, in five minutes",
                "A weekday briefing that makes sense of one big story.",
                "Start my briefing",
            ],
            [
                "Want the facts before the rumor spreads?",
                "Our weekly fact-check roundup arrives every Thursday.",
            ],
        ],
        "comments": [
            [
                "Write to the Opinion editors",
                "Have a view on this essay? Letters of up to 250 words may be edited and published.",
                "Submit a letter",
            ],
            [
                "Send us a claim",
                "Seen a post, quote or statistic you think is wrong? Tell us and we may check it.",
                "Paste a link or quote",
                "Submit the claim",
            ],
            [
                "Do you know more about this story?",
                "Our reporters want to hear from you. Use our secure tip line; we protect our sources.",
                "Share a tip securely",
            ],
            ["214 responses", "Read what other readers are saying", "Show responses"],
            ["Responses are closed on this essay, but we still welcome your letters."],
        ],
        "login": [
            ["Sign in to save this story to your reading list."],
            [
                "Good to see you again",
                "Log in with your email to continue reading",
                "Use my email address",
                "Use my Google account",
            ],
            ["Subscribers: sign in to hear the full episode", "Sign in to listen"],
            ["Member login", "Trouble signing in?", "Not a member yet? Join today"],
        ],
        "video": [
            ["Listen to this article", "Narrated by Tom Ashby · 14 min"],
            [
                "Podcast: The Long View",
                "Episode 212 · Why ‘fiscal responsibility’ means different things to different people",
                "48 min",
                "Follow on Apple Podcasts",
            ],
            ["Watch: The reporters explain how they traced the money", "6 min 12 sec"],
            ["Video explainer: the budget process in three minutes", "Play the video"],
            [
                "Hear the full conversation",
                "On Spotify, Apple Podcasts and wherever you get your podcasts",
            ],
        ],
        "source": [
            [
                "Margaret Osei is a former deputy governor of the central bank and a visiting fellow at the Keller Institute. The views expressed here are her own."
            ],
            [
                "How we reported this story",
                "Reporters reviewed more than 3,400 pages of court records and interviewed 61 current and former officials. Some spoke on condition of anonymity because they feared retaliation.",
                "Read our ethics guidelines",
            ],
            ["This interview has been edited for length and clarity."],
            [
                "Why trust us?",
                "Every explainer is checked by a second editor and a subject-matter expert. We list our sources and correct mistakes in the open.",
                "How we work",
            ],
            [
                "Our rating scale, explained",
                "Ratings run from Accurate to False. Our methodology explains how each rating is chosen.",
                "Read the methodology",
            ],
            [
                "Correction, Nov. 21: An earlier version of this essay misstated the year the treaty was signed. It was 1994, not 1996."
            ],
        ],
        "share": [
            ["Send this essay as a gift", "Subscribers can gift 7 more stories before Dec. 1", "Copy gift link"],
            ["Share this essay", "Send this essay to LinkedIn", "Share this essay on Bluesky", "Email this essay"],
            ["Share the fact-check", "Post it where the claim is spreading", "Copy link to this check"],
            ["Bookmark this long read", "Share via…", "Print this article"],
        ],
        "error": [
            ["This document could not be displayed.", "Open the PDF in a new tab"],
            ["The podcast player failed to load. Try refreshing the page."],
            ["We couldn't load this definition right now."],
            [
                "Embedded post unavailable",
                "This content may have been deleted or made private by its author.",
            ],
            ["The rating widget is having trouble loading. The verdict is also given in the text."],
        ],
        "consent": [
            [
                "Before you read on: privacy",
                "We and 143 partners use cookies to personalise ads, measure audiences and improve our journalism.",
                "Agree to all and read on",
                "Only strictly necessary",
                "See our partners",
            ],
            [
                "This podcast is hosted by a third party",
                "Loading it will set cookies from that provider.",
                "Load the player",
            ],
            [
                "We use essential cookies to run this site and, with your permission, analytics cookies to learn what readers find useful.",
                "Allow analytics",
                "Essential only",
            ],
            ["Document embeds are blocked by your privacy settings.", "Allow embedded documents"],
        ],
        "related": [
            ["Other voices on this debate"],
            ["Keep reading: the full series"],
            ["Key points from our other explainers"],
            ["Recent fact-checks"],
            ["From the magazine archive"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Sonderveröffentlichung",
                "Ein Angebot der Nordbank: Wie Sie Ihre Altersvorsorge neu aufstellen",
                "Zum Partnerbeitrag",
            ],
            ["Werbung · Der Gastbeitrag geht unterhalb weiter"],
            [
                "Präsentiert von",
                "Weingut Kessler – ausgezeichnete Rieslinge aus dem Rheingau",
                "Weinpaket entdecken",
            ],
            ["Warum wird mir diese Anzeige gezeigt?", "Werbung melden"],
        ],
        "donation": [
            [
                "Sie haben 2 von 3 kostenlosen Artikeln in diesem Monat gelesen.",
                "Jetzt für 1 € pro Woche weiterlesen",
            ],
            [
                "Diese Recherche hat acht Monate gedauert.",
                "Wir finanzieren uns über Spenden unserer Leserinnen und Leser – ohne Paywall, ohne Werbung.",
                "Mit einer Spende unterstützen",
            ],
            [
                "Erklären kostet Zeit",
                "Werden Sie Mitglied und sorgen Sie dafür, dass unsere Erklärstücke frei zugänglich bleiben.",
                "Jetzt Mitglied im Erklärclub werden",
            ],
            [
                "Weiterlesen mit Z+",
                "Alle Essays, Reportagen und das Magazin – vier Wochen gratis testen",
                "Z+ kostenlos testen",
            ],
            [
                "Debatten verschenken",
                "Ein Jahr Debatten und große Reportagen für Menschen, die gern streiten.",
                "Geschenkabo auswählen",
            ],
        ],
        "notification": [
            [
                "Autorin folgen",
                "Benachrichtigung erhalten, sobald Katharina Brehm einen neuen Kommentar veröffentlicht",
                "Folgen",
            ],
            [
                "Teil 3 der Serie „Das Schattenregister“",
                "Wir informieren Sie, sobald Teil 4 erscheint.",
                "Benachrichtigen",
            ],
            ["Eilmeldung", "Bundestag beschließt Haushalt 2027", "Zum Liveblog"],
            [
                "Faktenchecks per Push?",
                "Wir melden uns, wenn eine Falschbehauptung viral geht.",
                "Ja, Faktenchecks melden",
                "Keine Pushs, danke",
            ],
        ],
        "app": [
            [
                "Lange Texte, offline gelesen",
                "Speichern Sie diese Reportage in unserer App und lesen Sie sie auch im Funkloch.",
                "Für später in der App sichern",
            ],
            [
                "Essays zum Hören",
                "Vorgelesene Fassungen unserer Gastbeiträge gibt es in der Audio-App.",
                "Für iPhone laden",
                "Für Android laden",
            ],
            ["Das Magazin als App – alle Ausgaben seit 2001"],
            ["Faktencheck unterwegs", "Unsere App prüft, was in Ihrer Timeline kursiert.", "Faktencheck-App holen"],
        ],
        "newsletter": [
            [
                "Der Meinungs-Newsletter",
                "Die streitbarsten Debattenbeiträge der Woche, jeden Samstag.",
                "Meinungs-Newsletter bestellen",
            ],
            [
                "Lange Lesestücke am Sonntag",
                "Eine große Recherche pro Woche, direkt in Ihr Postfach.",
                "Ihre E-Mail",
                "Sonntagslektüre bestellen",
            ],
            ["Kurz erklärt", "Jeden Werktag ein Thema, das Sie verstehen sollten – in fünf Minuten."],
            [
                "Faktencheck der Woche",
                "Was stimmt, was nicht: unsere Prüfungen jeden Donnerstag per Mail.",
                "Faktencheck abonnieren",
            ],
        ],
        "comments": [
            [
                "Ihre Meinung an die Meinungsredaktion",
                "Sie möchten auf diesen Gastbeitrag antworten? Schreiben Sie uns – Zuschriften können gekürzt veröffentlicht werden.",
                "Zuschrift senden",
            ],
            [
                "Behauptung gesehen, die nicht stimmen kann?",
                "Schicken Sie uns Links, Zitate oder Screenshots – wir prüfen, was viral geht.",
                "Behauptung einreichen",
            ],
            [
                "Hinweise an die Redaktion",
                "Wissen Sie mehr? Über unseren anonymen Briefkasten erreichen Sie das Rechercheteam vertraulich.",
                "Vertraulich Kontakt aufnehmen",
            ],
            ["86 Kommentare", "Diskussion anzeigen"],
        ],
        "login": [
            ["Melden Sie sich an, um diesen Artikel auf Ihre Merkliste zu setzen."],
            ["Bereits Abonnent?", "Hier einloggen", "Zugangsdaten vergessen?"],
            ["Schön, dass Sie wieder da sind", "Mit Ihrem Konto weiterlesen", "Mit E-Mail-Adresse fortfahren"],
        ],
        "video": [
            ["Diesen Essay vorlesen lassen", "Gelesen von Jonas Hartwig · 17 Min."],
            ["Podcast: Das Gespräch", "Folge 88 · Die ganze Unterhaltung in voller Länge", "52 Min."],
            ["Video: So haben wir die Geldflüsse rekonstruiert", "4:37"],
            ["Erklärvideo: Die Schuldenbremse in drei Minuten", "Erklärvideo starten"],
        ],
        "source": [
            [
                "Katharina Brehm ist Professorin für Verfassungsrecht in Leipzig. Gastbeiträge geben die Meinung der Autorinnen und Autoren wieder, nicht zwingend die der Redaktion."
            ],
            [
                "So haben wir recherchiert",
                "Das Team hat mehr als 2.800 Seiten Gerichtsakten ausgewertet und mit 40 Beteiligten gesprochen. Einige wollten aus Angst vor Konsequenzen anonym bleiben.",
                "Unsere journalistischen Grundsätze",
            ],
            ["Das Interview wurde aus Gründen der Länge und Verständlichkeit redigiert und autorisiert."],
            [
                "Warum Sie uns vertrauen können",
                "Jeder Erklärtext wird von einer zweiten Redakteurin und einer Fachperson geprüft. Fehler korrigieren wir transparent.",
                "Zu unseren Standards",
            ],
            [
                "Korrektur: In einer früheren Fassung hieß es, das Abkommen sei 1996 unterzeichnet worden. Richtig ist 1994."
            ],
            ["So bewerten wir", "Unsere Skala reicht von „richtig“ bis „frei erfunden“.", "Zur Methodik"],
        ],
        "share": [
            ["Diesen Essay verschenken", "Sie können diesen Monat noch 5 Artikel verschenken", "Geschenklink kopieren"],
            ["Teilen per", "Per WhatsApp schicken", "Als Mail senden", "Link zum Essay kopieren"],
            ["Diesen Faktencheck dort teilen, wo die Behauptung kursiert"],
            ["Für später vormerken", "Reportage ausdrucken", "Reportage empfehlen"],
        ],
        "error": [
            ["Das Dokument kann nicht angezeigt werden.", "PDF in neuem Tab öffnen"],
            ["Der Podcast-Player konnte nicht geladen werden. Bitte laden Sie die Seite neu."],
            ["Die Worterklärung ist gerade nicht verfügbar."],
            [
                "Dieser Inhalt ist nicht mehr verfügbar",
                "Der Beitrag wurde möglicherweise gelöscht oder ist nicht öffentlich.",
            ],
        ],
        "consent": [
            [
                "Ihre Privatsphäre",
                "Wir und unsere 97 Partner verwenden Cookies, um Inhalte zu personalisieren und die Reichweite zu messen.",
                "Einverstanden, weiterlesen",
                "Nur technisch Nötiges zulassen",
                "Partner anzeigen",
            ],
            [
                "Podcast eines Drittanbieters",
                "Hier steht ein Podcast eines Drittanbieters. Beim Laden werden Daten an den Anbieter übertragen.",
                "Podcast laden",
            ],
            [
                "Mit Ihrer Einwilligung nutzen wir Analyse-Cookies, um zu verstehen, welche Texte gelesen werden.",
                "Analyse erlauben",
                "Nur Notwendiges",
            ],
        ],
        "related": [
            ["Weitere Stimmen zur Debatte"],
            ["Alle Teile der Serie"],
            ["Das Wichtigste aus weiteren Erklärstücken"],
            ["Zuletzt geprüft"],
            ["Aus dem Archiv des Magazins"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Contenu proposé par Banque Lemaire",
                "Préparer sa retraite : les cinq erreurs à éviter",
                "Lire le contenu partenaire",
            ],
            ["Publicité · La suite de la tribune après cette annonce"],
            ["En partenariat avec", "Maison Vermeil, vins de Loire depuis 1872", "Découvrir la cave"],
            ["Pourquoi vois-je cette annonce ?", "Signaler l'annonce"],
        ],
        "donation": [
            ["Il vous reste 2 articles gratuits ce mois-ci.", "Abonnez-vous pour 1 € le premier mois"],
            [
                "Cette enquête a demandé dix mois de travail.",
                "Notre rédaction ne vit que des dons de ses lecteurs : pas de publicité, pas d'actionnaire.",
                "Soutenir l'enquête par un don",
            ],
            [
                "Soutenez le décryptage",
                "Devenez membre et gardez nos explications accessibles à toutes et à tous.",
                "Rejoindre les membres",
            ],
            ["Offrez des idées", "Un an de débats et de grands formats à partager", "Choisir l'offre cadeau"],
        ],
        "notification": [
            [
                "Ne manquez plus les tribunes d'Hélène Marchal",
                "Recevez une alerte à chaque nouvelle tribune d'Hélène Marchal.",
                "Suivre l'autrice",
            ],
            [
                "Épisode 2 sur 4 de notre série « Les comptes fantômes »",
                "Être prévenu de la publication du prochain volet",
            ],
            ["Alerte info", "L'Assemblée adopte le budget en première lecture", "Suivre en direct"],
            [
                "Activer les alertes vérification ?",
                "Nous vous prévenons quand une intox devient virale.",
                "Oui, prévenez-moi des intox",
                "Non, sans façon",
            ],
        ],
        "app": [
            [
                "Les grands formats, même hors connexion",
                "Enregistrez cette enquête dans l'application et lisez-la dans le métro.",
                "Garder l'enquête dans l'appli",
            ],
            [
                "Écoutez cette tribune",
                "La version lue est disponible dans notre application audio.",
                "Obtenir l'appli audio sur iPhone",
                "Obtenir l'appli audio sur Android",
            ],
            ["Le magazine et toutes ses archives sur votre tablette"],
        ],
        "newsletter": [
            ["La lettre Débats", "Les tribunes qui font réagir, chaque samedi matin.", "Recevoir la lettre Débats"],
            [
                "Le grand format du dimanche",
                "Une enquête au long cours par semaine, rien d'autre.",
                "Votre e-mail",
                "Je veux la recevoir",
            ],
            ["Comprendre en 5 minutes", "Chaque jour de la semaine, un sujet d'actualité expliqué simplement."],
            [
                "Vrai ou faux ?",
                "Nos vérifications de la semaine, chaque jeudi dans votre boîte mail.",
                "S'abonner à la lettre",
            ],
        ],
        "comments": [
            [
                "Réagir à cette tribune",
                "Vous souhaitez réagir à cette tribune ? Écrivez-nous ; les lettres retenues pourront être raccourcies.",
                "Écrire à la rédaction Débats",
            ],
            [
                "Une info vous semble douteuse ?",
                "Envoyez-nous le lien, la citation ou la capture d'écran : nous vérifions.",
                "Soumettre une affirmation",
            ],
            [
                "Vous avez des informations sur ce dossier ?",
                "Contactez nos journalistes de façon sécurisée. Nous protégeons nos sources.",
                "Transmettre un document de façon sûre",
            ],
            ["57 contributions", "Afficher le fil des lecteurs"],
        ],
        "login": [
            ["Connectez-vous pour ajouter cet article à vos favoris."],
            ["Vous êtes déjà abonné·e ?", "Accéder à mon compte", "Identifiants perdus ?"],
            ["Ravi de vous revoir", "Poursuivre la lecture avec votre compte", "Continuer avec mon e-mail"],
        ],
        "video": [
            ["Écouter la version lue", "Lu par Claire Dumas · 12 min"],
            ["Podcast · L'entretien", "Épisode 64 : la conversation intégrale", "46 min"],
            ["Vidéo : comment nous avons remonté la piste de l'argent", "5:08"],
            ["En vidéo : le budget de l'État expliqué en trois minutes", "Voir la vidéo explicative"],
        ],
        "source": [
            [
                "Hélène Marchal est économiste et ancienne conseillère à la Cour des comptes. Les tribunes publiées n'engagent que leurs auteurs."
            ],
            [
                "Comment nous avons enquêté",
                "Nos journalistes ont analysé plus de 3 000 pages de documents judiciaires et interrogé une cinquantaine de personnes, dont certaines ont requis l'anonymat.",
                "Notre charte déontologique",
            ],
            ["Cet entretien a été édité et condensé par souci de clarté."],
            [
                "Pourquoi nous faire confiance",
                "Chaque article explicatif est relu par un second journaliste et par un spécialiste du sujet.",
                "Nos engagements",
            ],
            [
                "Rectificatif : une version précédente de cet article indiquait que le traité avait été signé en 1996. Il l'a été en 1994."
            ],
            [
                "Notre échelle de notation",
                "De « Vrai » à « Faux », chaque verdict suit une méthode publique.",
                "Lire la méthodologie",
            ],
        ],
        "share": [
            [
                "Offrir cette tribune à un proche",
                "Il vous reste 4 articles à offrir ce mois-ci",
                "Copier le lien cadeau",
            ],
            [
                "Partager sur",
                "Relayer la tribune sur Bluesky",
                "Relayer la tribune sur LinkedIn",
                "Transférer par courriel",
            ],
            ["Partagez cette vérification là où circule la rumeur"],
        ],
        "error": [
            ["Impossible d'afficher ce document.", "Ouvrir le PDF dans un nouvel onglet"],
            ["Le lecteur audio n'a pas pu être chargé. Veuillez actualiser la page."],
            ["Définition indisponible pour le moment."],
            ["Ce contenu n'est plus disponible", "La publication a peut-être été supprimée par son auteur."],
        ],
        "consent": [
            [
                "Avant de poursuivre votre lecture",
                "Avec nos 112 partenaires, nous utilisons des traceurs pour mesurer l'audience et personnaliser la publicité.",
                "Tout accepter et lire l'article",
                "Je refuse les traceurs non essentiels",
                "Choisir finement",
            ],
            [
                "Contenu tiers",
                "Ce podcast est hébergé par une plateforme externe qui dépose des cookies.",
                "Charger le podcast",
            ],
            [
                "Nous utilisons des cookies de mesure d'audience, seulement avec votre accord.",
                "J'accepte la mesure d'audience",
                "Je refuse la mesure",
            ],
        ],
        "related": [
            ["Les autres tribunes du jour"],
            ["Dans la même série"],
            ["À lire aussi dans nos décryptages"],
            ["Nos dernières vérifications"],
            ["Dans les archives du magazine"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Contenido ofrecido por Banco Albéniz",
                "Cinco claves para planificar tu jubilación",
                "Leer el contenido de marca",
            ],
            ["Publicidad · La tribuna continúa tras el anuncio"],
            ["Con la colaboración de", "Bodegas Arrieta, vinos de Rioja Alavesa", "Conocer la bodega"],
            ["¿Por qué me aparece esta publicidad?", "Denunciar este anuncio"],
        ],
        "donation": [
            ["Has leído 4 de tus 5 artículos gratuitos de este mes.", "Sigue leyendo por 1 € durante un mes"],
            [
                "Esta investigación nos ha llevado nueve meses.",
                "Somos un medio sin ánimo de lucro y vivimos de las aportaciones de nuestros lectores.",
                "Apoyar esta investigación",
            ],
            [
                "Explicar bien cuesta",
                "Hazte socio y ayúdanos a que nuestras explicaciones sigan abiertas para todos.",
                "Quiero hacerme socio",
            ],
            [
                "Regala buenas lecturas",
                "Un año de reportajes, entrevistas y la revista en papel",
                "Elegir regalo",
            ],
        ],
        "notification": [
            [
                "Seguir a esta columnista",
                "Te avisaremos cuando Lucía Ferrán publique una nueva columna.",
                "Seguir a la autora",
            ],
            ["Capítulo 2 de 4 de «Las cuentas ocultas»", "Avísame cuando salga el siguiente capítulo"],
            ["Última hora", "El Congreso aprueba los Presupuestos", "Sigue el directo"],
            [
                "¿Quieres recibir alertas de verificación?",
                "Te avisamos cuando un bulo empiece a circular.",
                "Sí, quiero las alertas",
                "Quizá más adelante",
            ],
        ],
        "app": [
            [
                "Los reportajes largos, también sin conexión",
                "Guarda este reportaje en la app y léelo donde no haya cobertura.",
                "Guardar en la app para después",
            ],
            [
                "Escucha esta columna",
                "La versión narrada está en nuestra app de audio.",
                "Descargar para iPhone",
                "Descargar para Android",
            ],
            ["La revista y todo su archivo, en tu tableta"],
        ],
        "newsletter": [
            [
                "Boletín de Opinión",
                "Las tribunas más discutidas de la semana, cada sábado.",
                "Recibir el boletín de Opinión",
            ],
            [
                "La lectura del domingo",
                "Un gran reportaje a la semana, directo a tu correo.",
                "Tu email para la lectura del domingo",
                "Apuntarme a la lectura",
            ],
            ["Entiende la actualidad en cinco minutos", "Cada día laborable, un tema explicado con calma."],
            [
                "¿Verdad o bulo?",
                "Nuestras verificaciones de la semana, los jueves en tu bandeja de entrada.",
                "Suscribirme a las verificaciones",
            ],
        ],
        "comments": [
            [
                "Escribe a la sección de Opinión",
                "¿Quieres responder a esta tribuna? Las cartas no deben superar las 200 palabras y podrán ser extractadas.",
                "Mandar mi carta",
            ],
            [
                "¿Has visto algo que te parece falso?",
                "Mándanos el enlace, la cita o la captura y lo verificamos.",
                "Enviar para verificar",
            ],
            [
                "¿Sabes más sobre este caso?",
                "Escríbenos de forma segura. Protegemos la identidad de nuestras fuentes.",
                "Contactar con el equipo de investigación",
            ],
            ["132 comentarios", "Ver la conversación"],
        ],
        "login": [
            ["Inicia sesión para guardar este artículo y leerlo más tarde."],
            ["¿Tienes ya una suscripción?", "Entra con tu cuenta", "¿No recuerdas tu clave?"],
            ["Qué bien verte por aquí", "Sigue leyendo con tu cuenta", "Continuar con correo electrónico"],
        ],
        "video": [
            ["Escucha la versión narrada", "Narrado por Pablo Ortega · 15 min"],
            ["Pódcast: La conversación", "Episodio 41 · La entrevista completa", "49 min"],
            ["Vídeo: así rastreamos el dinero", "6:02"],
            ["Vídeo explicativo: los Presupuestos en tres minutos", "Reproducir el vídeo"],
        ],
        "source": [
            [
                "Lucía Ferrán es catedrática de Economía Aplicada y fue asesora del Banco de España. Las opiniones expresadas en esta tribuna son responsabilidad exclusiva de su autora."
            ],
            [
                "Cómo hemos hecho esta investigación",
                "El equipo revisó más de 2.500 páginas de sumarios judiciales y entrevistó a 45 personas; algunas pidieron no ser identificadas.",
                "Nuestro código ético",
            ],
            ["Esta entrevista ha sido editada por razones de extensión y claridad."],
            [
                "¿Por qué confiar en nosotros?",
                "Cada explicador lo revisan una segunda editora y un especialista en la materia.",
                "Nuestros principios editoriales",
            ],
            [
                "Corrección (21 de noviembre): una versión anterior de este artículo situaba la firma del tratado en 1996; fue en 1994."
            ],
            [
                "Cómo calificamos",
                "Nuestra escala va de «Verdadero» a «Falso» y se explica en la metodología.",
                "Ver la metodología",
            ],
        ],
        "share": [
            ["Regala esta columna", "Te quedan 6 artículos para regalar este mes", "Copiar enlace de regalo"],
            ["Compartir en", "Pasar la columna por WhatsApp", "Llevar la columna a LinkedIn", "Reenviar por email"],
            ["Comparte esta verificación donde circula el bulo"],
        ],
        "error": [
            ["No se puede mostrar el documento.", "Abrir el PDF en otra pestaña"],
            ["No hemos podido cargar el reproductor del pódcast. Recarga la página."],
            ["La definición no está disponible ahora mismo."],
            ["Este contenido ya no está disponible", "Es posible que su autor lo haya borrado o hecho privado."],
        ],
        "consent": [
            [
                "Antes de seguir leyendo",
                "Nosotros y 120 socios usamos cookies para medir la audiencia y mostrarte publicidad personalizada.",
                "Acepto todo, quiero leer",
                "No acepto las opcionales",
                "Ajustar una por una",
            ],
            [
                "Contenido de terceros",
                "Este pódcast está alojado en una plataforma externa que instala cookies.",
                "Cargar el reproductor",
            ],
            ["Usamos cookies analíticas solo si nos das permiso.", "Permitir analítica", "Únicamente las técnicas"],
        ],
        "related": [
            ["Más tribunas de hoy"],
            ["El resto de capítulos"],
            ["Claves de otros explicadores"],
            ["Últimas verificaciones"],
            ["Del archivo de la revista"],
        ],
    },
}


_slot = widget_drawer(7)

_ESSAY_P = '<p class="story-text">{text}</p>'


def opinion_guest_essay(p: Parts) -> str:
    """A national daily's guest essay in the opinion section, on a newsroom CMS with BEM-ish
    names (`story-text`, `rail__block`) and a few short opaque ones (`fl-2x`, `c-3k9`): the
    follow-the-author widget inside the byline, the tool row under it, a narrated-audio
    `<audio-narration>` custom element right before the first paragraph, an unlabelled ad slot
    and a `<newsletter-card>` web component between paragraphs, the letters-to-the-editor
    invitation the desk pasted as `<p class="story-text">` right after the last paragraph, the
    author bio box (photo, bio or "views expressed" note) after the body, a failed
    `<bsky-embed>`, the headed "other voices" list and the app plug in the rail, the
    subscription dock at the bottom, a hidden sign-in dialog and a consent container."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="wrap-4 mid"><div data-slot="mid1" style="min-height:250px">{inner}</div></div>',
            '<p class="wrap-4__label">{text}</p>',
            "<p>{text}</p>",
            '<a href="https://clk.example-ads.net/c/9913" rel="sponsored">{text}</a>',
        ),
        _slot(
            p,
            "newsletter",
            '<newsletter-card list="opinion-digest"><form action="/nl/subscribe" method="post">{inner}<input type="email" name="email" required></form></newsletter-card>',
            '<h4 slot="title">{text}</h4>',
            '<p slot="blurb">{text}</p>',
            '<button type="submit" slot="cta">{text}</button>',
        ),
    )
    body = p.body(
        {
            "p": _ESSAY_P,
            "h2": '<h2 class="story-subhead">{text}</h2>',
            "quote": '<blockquote class="story-quote"><p class="story-text">{text}</p></blockquote>',
            "ul": '<ul class="story-list">{items}</ul>',
        },
        inline,
    )
    heading = related_heading(p, '<h3 class="rail__title">{text}</h3>')
    return f"""{NAV.format(site=esc(p.site))}
<div class="page-grid">
<main id="site-content">
<article>
<header class="essay-head">
<p class="essay-kicker"><a href="/opinion">Opinion</a></p>
<h1>{esc(p.title)}</h1>
<div class="essay-byline"><span>{esc(p.site)} Opinion</span> <time datetime="2026-11-20T10:00:00Z">Nov. 20, 2026</time>
{_slot(p, "notification", '<div class="fl-2x">{inner}</div>', '<span class="fl-2x__who">{text}</span> ', "<span>{text}</span> ", '<button type="button" class="fl-2x__btn">{text}</button>')}</div>
{each(p, "share", '<ul class="tools">{inner}</ul>', '<li><button type="button" data-tool="{n}">{text}</button></li>')}
</header>
<section name="articleBody" class="story-body">
{_slot(p, "video", '<audio-narration src="/audio/essay-20261120.mp3" preload="none">{inner}</audio-narration>', '<strong slot="label">{text}</strong> ', '<span slot="meta">{text}</span> ', '<span slot="meta">{text}</span>')}
{body}
{each(p, "comments", "{inner}", _ESSAY_P)}
</section>
{_slot(p, "source", '<div class="c-3k9"><img src="/authors/headshot-220.jpg" alt="" width="72" height="72"><div>{inner}</div></div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<a href="/opinion/standards">{text}</a>')}
{_slot(p, "error", '<bsky-embed data-uri="at://did:plc:7q2/app.bsky.feed.post/3k">{inner}</bsky-embed>', "<p>{text}</p>", "<p>{text}</p>", '<a href="https://bsky.example/profile/7q2/post/3k" target="_blank">{text}</a>')}
</article>
</main>
<aside class="rail">
<div class="rail__block">{heading}<ol>{links(p.teasers(5), '<li><a href="/opinion/{slug}">{text}</a></li>')}</ol></div>
{_slot(p, "app", '<div class="rail__block">{inner}</div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<a class="rail__link" href="/apps/audio">{text}</a>')}
</aside>
</div>
{FOOTER.format(site=esc(p.site))}
{_slot(p, "donation", '<div class="dock" data-position="bottom"><div class="dock__in">{inner}</div></div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<a class="dock__go" href="/subscribe?src=opinion">{text}</a>')}
{_slot(p, "login", '<div class="m-overlay" role="dialog" aria-modal="true" hidden><div class="m-card">{inner}</div></div>', "<h2>{text}</h2>", "<p>{text}</p>", '<button type="button">{text}</button>')}
{_slot(p, "consent", '<div id="sp_message_container_77" style="position:fixed;left:0;right:0;bottom:0"><div class="message-row">{inner}</div></div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<button type="button" class="message-button">{text}</button>')}"""


_LR_P = '<p class="css-1b8kq0e">{text}</p>'


def nonprofit_long_read(p: Parts) -> str:
    """An investigative nonprofit's long read on a Next.js site with emotion-hashed classes
    (`css-1b8kq0e`) everywhere: the account links in the header, a chapter `<nav>`, a sticky
    share toolbar, the series alert box right before the first paragraph, the donation ask the
    producer pasted as `<p class="css-1b8kq0e">` between paragraphs like the article's own,
    a court-document `<iframe>` whose fallback text is the error, a walkthrough `<video>` with
    its caption and an underwriter box between paragraphs, the newsletter form right after the
    last paragraph in the same container, "how we reported this" in a `<details>` disclosure,
    the tip-line box, the headed series list, the app line in the footer and a consent
    `<dialog open>`."""
    inline = present(
        each(p, "donation", "{inner}", _LR_P),
        _slot(
            p,
            "error",
            '<figure class="css-ff2b1k"><iframe class="css-0" src="https://embed.docs.example.org/d/24117-contract-amendments" title="Contract amendments" width="100%" height="560">{inner}</iframe></figure>',
            "<p>{text}</p>",
            "<p>{text}</p>",
            '<a href="https://docs.example.org/d/24117.pdf">{text}</a>',
        ),
        _slot(
            p,
            "video",
            '<figure class="css-ff2b1k"><video controls preload="none" poster="/img/lr/walk.jpg" src="/media/lr/walkthrough.mp4"></video><figcaption class="css-6tq3ow">{inner}</figcaption></figure>',
            '<span class="css-x1t9a0">{text}</span> ',
            "<span>{text}</span> ",
            '<span class="css-1y2mm3">{text}</span>',
        ),
        _slot(
            p,
            "advertising",
            '<div class="css-m4k7ra"><div class="css-pq1b2s">{inner}</div></div>',
            '<p class="css-3rr0ta">{text}</p>',
            '<p class="css-4ss1ub">{text}</p>',
            '<a class="css-5tt2vc" href="/underwriting">{text}</a>',
        ),
    )
    body = p.body(
        {
            "p": _LR_P,
            "h2": '<h2 class="css-7yz1ab">{text}</h2>',
            "quote": '<blockquote class="css-8za2bc">{text}</blockquote>',
            "ul": '<ul class="css-9ab3cd">{items}</ul>',
        },
        inline,
    )
    heading = related_heading(p, '<h2 class="css-c5o7pn">{text}</h2>')
    return f"""<div id="__next">
<div class="css-0a1x9q">{NAV.format(site=esc(p.site))}
{inline_box(p, "login", '<div class="css-7c3nq1">{inner}</div>', "a", ' class="css-2tz8y5" href="/account"')}</div>
<main class="css-k3h0c8">
<header class="css-q0p9d2"><h1 class="css-1j4cx2">{esc(p.title)}</h1><p class="css-3k8pzl">{esc(p.site)} · Nov. 20, 2026, 5 a.m. EST</p></header>
<nav class="css-4e9qk1" aria-label="Chapters"><ol><li><a href="#chapter-1">1</a></li><li><a href="#chapter-2">2</a></li><li><a href="#chapter-3">3</a></li></ol></nav>
{each(p, "share", '<div class="css-s7r2lp" role="toolbar">{inner}</div>', '<button class="css-a1q0nz" type="button" data-i="{n}">{text}</button>')}
<div class="css-1x0tq2b" id="chapter-1">
{_slot(p, "notification", '<div class="css-h3v8gd">{inner}</div>', '<p class="css-5l2n1t">{text}</p>', '<p class="css-8bq9y0">{text}</p>', '<button class="css-w2e4rk" type="button">{text}</button>')}
{body}
{_slot(p, "newsletter", '<form class="css-t0pz5k" action="/subscribe" method="post">{inner}<input class="css-1c2d3e" type="email" name="email"></form>', '<p class="css-u1v2wx">{text}</p>', '<p class="css-v2w3xy">{text}</p>', '<button class="css-w3x4yz" type="submit">{text}</button>')}
</div>
{_slot(p, "source", '<details class="css-q8n2v1">{inner}</details>', '<summary class="css-r5d1zm">{text}</summary>', '<p class="css-u6x2ja">{text}</p>', '<a class="css-v7y3kb" href="/ethics">{text}</a>')}
{_slot(p, "comments", '<section class="css-b4n6ol">{inner}</section>', '<h2 class="css-c5o7pm">{text}</h2>', '<p class="css-d6p8qn">{text}</p>', '<a class="css-e7q9ro" href="/tips">{text}</a>')}
<section class="css-f8r0sp">{heading}<ul class="css-g9s1tq">{links(p.teasers(4), '<li class="css-h0t2ur"><a href="/article/{slug}">{text}</a></li>')}</ul></section>
</main>
<footer class="css-h0t2us">{FOOTER.format(site=esc(p.site))}
{inline_box(p, "app", '<div class="css-i1u3vs">{inner}</div>', "p", ' class="css-j2v4wt"', "")}</footer>
</div>
{_slot(p, "consent", '<dialog open class="css-k3w5xu">{inner}</dialog>', '<h2 class="css-l4x6yv">{text}</h2>', '<p class="css-m5y7zw">{text}</p>', '<button class="css-n6z8ax" type="button">{text}</button>')}"""


def explainer_key_points(p: Parts) -> str:
    """An explainer site's piece with bare `<p>` paragraphs in `c-entry-content`: the explainer
    video in the hero, the social buttons under it, the "key points" box of teasers to other
    explainers right before the first paragraph, the membership appeal pasted as bare `<p>`
    between paragraphs, an opaque ad slot (`hz-72`) and a glossary `popover` whose only text is
    the load failure between paragraphs, the newsletter plug pasted as bare `<p>` right after
    the last paragraph, "why trust us" as a `<dl>`, the responses in a `<details>`, the app
    card in the sidebar, a status toast, a hidden sign-in panel and a consent dialog."""
    heading = related_heading(p, '<h2 class="kp__title">{text}</h2>')
    teasers = links(p.teasers(4), '<li><a href="/explainers/{slug}">{text}</a></li>')
    key_points = f'<div class="kp">{heading}<ul>{teasers}</ul></div>'
    inline = present(
        each(p, "donation", "{inner}", "<p>{text}</p>"),
        _slot(
            p,
            "advertising",
            '<div class="hz-72"><div id="hz-72-slot">{inner}</div></div>',
            "<span>{text}</span> ",
            "<p>{text}</p>",
            '<a href="https://ads.partner.example/c?k=hz72" rel="sponsored nofollow">{text}</a>',
        ),
        _slot(
            p,
            "error",
            '<div class="gl"><button type="button" class="gl__t" popovertarget="gl-7" aria-label="Definition"></button><div id="gl-7" popover>{inner}</div></div>',
            "<p>{text}</p>",
            "<p>{text}</p>",
            '<button type="button">{text}</button>',
        ),
    )
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h2>{text}</h2>",
            "quote": "<blockquote><p>{text}</p></blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    return f"""{NAV.format(site=esc(p.site))}
<main class="l-wrap">
<article class="c-entry">
<div class="c-entry-hero">
<h1 class="c-page-title">{esc(p.title)}</h1>
<p class="c-byline">{esc(p.site)} · Updated Nov 20, 2026, 9:15am EST</p>
{_slot(p, "video", '<figure class="c-picture"><div class="c-video-embed" data-volume-uuid="7f3a"></div><figcaption>{inner}</figcaption></figure>', "<strong>{text}</strong> ", "<span>{text}</span> ", "<span>{text}</span>")}
</div>
{each(p, "share", '<div class="c-social-buttons">{inner}</div>', '<a class="c-social-buttons__item" href="#" data-analytics-social="{n}">{text}</a>', " ")}
<div class="c-entry-content">
{key_points}
{body}
{each(p, "newsletter", "{inner}", "<p>{text}</p>")}
</div>
{_slot(p, "source", '<dl class="c-trust">{inner}</dl>', "<dt>{text}</dt>", "<dd>{text}</dd>", '<dd><a href="/ethics-and-guidelines">{text}</a></dd>')}
{_slot(p, "comments", '<details class="c-responses">{inner}</details>', "<summary>{text}</summary>", "<p>{text}</p>", '<button type="button">{text}</button>')}
</article>
<aside class="l-sidebar">
{_slot(p, "app", '<div class="c-card">{inner}</div>', "<h3>{text}</h3>", "<p>{text}</p>", '<a class="c-card__go" href="/app">{text}</a>')}
</aside>
</main>
{FOOTER.format(site=esc(p.site))}
{_slot(p, "notification", '<div class="t-9" role="status" aria-live="polite">{inner}</div>', "<b>{text}</b> ", "<span>{text}</span> ", '<button type="button">{text}</button>')}
{_slot(p, "login", '<div id="auth" hidden><div class="c-panel">{inner}</div></div>', "<h2>{text}</h2>", "<p>{text}</p>", '<button type="button">{text}</button>')}
{_slot(p, "consent", '<div id="qc-cmp2-ui" role="dialog" aria-modal="true">{inner}</div>', "<h2>{text}</h2>", "<p>{text}</p>", '<button type="button" mode="primary">{text}</button>')}"""


_QA_P = '<p class="text-block">{text}</p>'


def qa_interview(p: Parts) -> str:
    """A Q&A interview on a Bootstrap-flavoured theme (`row g-2`, `col__block`): the sign-in
    links in a utility bar, the follow row and a `<menu>` of share buttons in the header, the
    "edited for length" note pasted as `<p class="text-block"><em>` right before the first
    paragraph, a `<podcast-player>` custom element followed by a `<noscript>` failure text and
    a classless `<aside>` ad between paragraphs, the app plug pasted as `<p class="text-block">`
    right after the last paragraph, the responses in a `<details>`, the newsletter box and the
    headed list in the sidebar, a paywall overlay and a consent root."""
    player = "".join(
        present(
            _slot(
                p,
                "video",
                '<podcast-player episode="212" theme="light">{inner}</podcast-player>',
                '<span slot="show">{text}</span> ',
                '<span slot="title">{text}</span> ',
                '<span slot="meta">{text}</span> ',
            ),
            _slot(p, "error", "<noscript>{inner}</noscript>", "<p>{text}</p>", "<p>{text}</p>", "<p>{text}</p>"),
        )
    )
    inline = present(
        f'<div class="row g-2">{player}</div>' if player else "",
        _slot(
            p,
            "advertising",
            "<aside><div>{inner}</div></aside>",
            "<small>{text}</small>",
            "<p>{text}</p>",
            '<a href="https://go.adnet.example/qa-mid" rel="nofollow sponsored">{text}</a>',
        ),
    )
    body = p.body(
        {
            "p": _QA_P,
            "h2": '<h2 class="text-block text-block--q">{text}</h2>',
            "quote": '<p class="text-block"><strong>{text}</strong></p>',
            "ul": '<ul class="text-block">{items}</ul>',
        },
        inline,
    )
    heading = related_heading(p, "<h3>{text}</h3>")
    return f"""{NAV.format(site=esc(p.site))}
{inline_box(p, "login", '<div class="row g-0 px-3">{inner}</div>', "a", ' href="/account/login"', " · ")}
<div class="container">
<article class="interview">
<header>
<h1>{esc(p.title)}</h1>
<p class="meta">{esc(p.site)} · 20 November 2026</p>
{_slot(p, "notification", '<div class="row g-2">{inner}</div>', "<span><b>{text}</b></span> ", "<span>{text}</span> ", '<button type="button">{text}</button>')}
{each(p, "share", '<menu class="row g-1">{inner}</menu>', '<li><button type="button">{text}</button></li>')}
</header>
<div class="interview__body">
{each(p, "source", "{inner}", '<p class="text-block"><em>{text}</em></p>')}
{body}
{each(p, "app", "{inner}", _QA_P)}
</div>
{_slot(p, "comments", '<details class="row">{inner}</details>', "<summary>{text}</summary>", "<p>{text}</p>", '<button type="button">{text}</button>')}
</article>
<aside class="col">
{_slot(p, "newsletter", '<div class="col__block"><form method="post" action="/nl">{inner}<input type="email" name="em"></form></div>', "<h3>{text}</h3>", "<p>{text}</p>", '<button type="submit">{text}</button>')}
<div class="col__block">{heading}<ul>{links(p.teasers(5), '<li><a href="/interviews/{slug}">{text}</a></li>')}</ul></div>
</aside>
</div>
{FOOTER.format(site=esc(p.site))}
{_slot(p, "donation", '<div class="overlay" aria-hidden="true"><div class="overlay__card">{inner}</div></div>', "<h2>{text}</h2>", "<p>{text}</p>", '<a class="btn" href="/subscribe">{text}</a>')}
{_slot(p, "consent", '<div class="cmp-root" role="dialog">{inner}</div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<button type="button">{text}</button>')}"""


_GD_P = '<p dir="ltr"><span style="font-weight:400">{text}</span></p>'


def fact_check_rating(p: Parts) -> str:
    """A fact-checker's WordPress post whose body was pasted from Google Docs (`<p dir="ltr">
    <span style="font-weight:400">`): a `<fc-rating-meter>` custom element beside the
    rating-scale or methodology note in the header columns, the alerts offer in a
    `wp-block-group` right before the first paragraph, an Ad Inserter `code-block` and a social
    embed whose text is its failure message between paragraphs, the share lines pasted in the
    Google Docs markup right after the last paragraph, the "send us a claim" form after the
    post, the widget-area sidebar (membership ask, newsletter, app, video, headed list), the
    sign-in links in the footer and a cookie bar with only an id."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="code-block code-block-3" style="margin:8px auto;text-align:center;display:block;clear:both">{inner}</div>',
            '<p style="font-size:11px">{text}</p>',
            "<p>{text}</p>",
            '<a href="https://ads.example-network.com/r?z=3" rel="sponsored">{text}</a>',
        ),
        _slot(
            p,
            "error",
            '<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper"><blockquote class="embedded-post" data-dnt="true">{inner}</blockquote></div></figure>',
            "<p>{text}</p>",
            "<p>{text}</p>",
            '<a href="https://social.example/post/88172">{text}</a>',
        ),
    )
    body = p.body(
        {
            "p": _GD_P,
            "h2": '<h2 class="wp-block-heading">{text}</h2>',
            "quote": '<blockquote class="wp-block-quote"><p>{text}</p></blockquote>',
            "ul": '<ul class="wp-block-list">{items}</ul>',
        },
        inline,
    )
    heading = related_heading(p, '<h2 class="widget-title">{text}</h2>')
    return f"""<div id="page" class="site">
{NAV.format(site=esc(p.site))}
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{esc(p.title)}</h1>
<div class="entry-meta"><span class="byline">{esc(p.site)} Fact Check</span> <time class="entry-date published" datetime="2026-11-20T08:00:00+00:00">November 20, 2026</time></div>
<div class="wp-block-columns"><div class="wp-block-column"><fc-rating-meter value="2" max="6"></fc-rating-meter></div>
<div class="wp-block-column">{_slot(p, "source", "<div>{inner}</div>", "<h4>{text}</h4>", "<p>{text}</p>", '<p><a href="/methodology/">{text}</a></p>')}</div></div>
</header>
<div class="entry-content">
{_slot(p, "notification", '<div class="wp-block-group has-background" style="background:#fff4d6"><div class="wp-block-group__inner-container">{inner}</div></div>', "<p><strong>{text}</strong></p>", "<p>{text}</p>", '<div class="wp-block-button"><a class="wp-block-button__link" href="#push">{text}</a></div>')}
{body}
{each(p, "share", "{inner}", _GD_P)}
</div>
</article>
{_slot(p, "comments", '<div class="wpcf7"><form class="wpcf7-form" action="/#wpcf7-f112" method="post">{inner}<textarea name="claim" rows="3"></textarea></form></div>', "<h3>{text}</h3>", "<p>{text}</p>", '<p><button type="submit">{text}</button></p>')}
</main></div>
<aside id="secondary" class="widget-area">
{_slot(p, "donation", '<section id="text-4" class="widget widget_text"><div class="textwidget">{inner}</div></section>', '<h2 class="widget-title">{text}</h2>', "<p>{text}</p>", '<p><a class="button" href="/give/">{text}</a></p>')}
{_slot(p, "newsletter", '<section id="custom_html-2" class="widget_text widget widget_custom_html"><form action="https://list.example.com/subscribe" method="post">{inner}<input type="email" name="EMAIL"></form></section>', '<h2 class="widget-title">{text}</h2>', "<p>{text}</p>", '<button type="submit">{text}</button>')}
{_slot(p, "app", '<section id="text-7" class="widget widget_text"><div class="textwidget">{inner}</div></section>', "<p><strong>{text}</strong></p>", "<p>{text}</p>", '<p><a href="/app/">{text}</a></p>')}
{_slot(p, "video", '<section id="media_video-2" class="widget widget_media_video"><div style="width:100%" class="wp-video"><video class="wp-video-shortcode" preload="metadata" controls src="/wp-content/uploads/2026/11/explainer.mp4"></video></div>{inner}</section>', '<h2 class="widget-title">{text}</h2>', "<p>{text}</p>", "<p>{text}</p>")}
<section id="recent-posts-3" class="widget widget_recent_entries">{heading}<ul>{links(p.teasers(5), '<li><a href="/{slug}/">{text}</a></li>')}</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer">{FOOTER.format(site=esc(p.site))}
{inline_box(p, "login", '<div class="site-info">{inner}</div>', "a", ' href="/wp-login.php"', " | ")}</footer>
</div>
{_slot(p, "consent", '<div id="cli-bar" data-nosnippet="true">{inner}</div>', "<h5>{text}</h5>", "<span>{text}</span> ", '<a role="button" href="#">{text}</a> ')}"""


def magazine_feature(p: Parts) -> str:
    """A magazine's long feature on a publisher platform that marks every article paragraph
    `class="paywall"` and sets quotes as pull-quotes: the `<paywall-meter>` web component above
    the header, the sign-in link and a tools row in the sticky header, the video or audio
    version right before the first paragraph, a `persistent-aside` ad and the newsletter
    `consumer-marketing-unit` and an Instagram `<iframe>` whose fallback text is the error
    between paragraphs, the credit, correction or issue note as `<p class="paywall"><em>` right
    after the last paragraph, the responses, the headed archive list, the app line in the
    footer, a follow toast and a consent modal."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="persistent-aside"><div class="x9k2-f">{inner}</div></div>',
            '<div class="x9k2-f__l">{text}</div>',
            "<p>{text}</p>",
            '<a href="https://ad.example-mag.net/click/feature-mid">{text}</a>',
        ),
        _slot(
            p,
            "newsletter",
            '<div class="consumer-marketing-unit consumer-marketing-unit--article-mid-content" data-journey-hook="client-content"><form>{inner}<input type="email" name="email"></form></div>',
            "<h3>{text}</h3>",
            "<p>{text}</p>",
            '<button type="submit">{text}</button>',
        ),
        inline_box(
            p,
            "error",
            '<div class="embed-ig"><iframe src="https://www.instagram.example/p/Cx9Lq/embed" width="540" height="680" frameborder="0">{inner}</iframe></div>',
            "span",
        ),
    )
    body = p.body(
        {
            "p": '<p class="paywall">{text}</p>',
            "h2": '<h2 class="paywall">{text}</h2>',
            "quote": '<figure class="pull-quote"><blockquote class="paywall">{text}</blockquote></figure>',
            "ul": '<ul class="paywall">{items}</ul>',
        },
        inline,
    )
    heading = related_heading(p, '<h2 class="summary-list__heading">{text}</h2>')
    return f"""{_slot(p, "donation", '<paywall-meter remaining="2" data-journey="feature">{inner}</paywall-meter>', '<span slot="count">{text}</span> ', '<span slot="copy">{text}</span> ', '<a slot="cta" href="/subscribe/feature">{text}</a>')}
<div class="sticky-header">{NAV.format(site=esc(p.site))}
{inline_box(p, "login", '<div class="sticky-header__account">{inner}</div>', "a", ' href="/auth/initiate"')}
{each(p, "share", '<div class="sticky-header__tools">{inner}</div>', '<button type="button" class="tool-{n}">{text}</button>')}</div>
<main id="main-content">
<article class="article main-content">
<header class="split-screen-content-header">
<h1 class="content-header__hed">{esc(p.title)}</h1>
<div class="content-header__dek">{esc(p.site)} · December 2026 issue</div>
</header>
<div class="body body__container">
<div class="body__inner-container">
{_slot(p, "video", '<figure class="lede-media"><div class="cne-video-embed" data-id="a91"></div><figcaption>{inner}</figcaption></figure>', "<span>{text}</span> ", "<span>{text}</span> ", "<span>{text}</span>")}
{body}
{each(p, "source", "{inner}", '<p class="paywall"><em>{text}</em></p>')}
</div>
</div>
</article>
{_slot(p, "comments", '<section class="responses">{inner}</section>', "<h2>{text}</h2>", "<p>{text}</p>", '<button type="button">{text}</button>')}
<section class="summary-list">{heading}<ul>{links(p.teasers(5), '<li><a href="/magazine/{slug}">{text}</a></li>')}</ul></section>
</main>
<footer>{FOOTER.format(site=esc(p.site))}
{inline_box(p, "app", "<div>{inner}</div>", "p", "", "")}</footer>
{_slot(p, "notification", '<div class="toast toast--left" role="status">{inner}</div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<button type="button">{text}</button>')}
{_slot(p, "consent", '<div class="modal-root" role="dialog" aria-modal="true"><div>{inner}</div></div>', "<h2>{text}</h2>", "<p>{text}</p>", '<button type="button">{text}</button>')}"""


SHAPES = (
    opinion_guest_essay,
    nonprofit_long_read,
    explainer_key_points,
    qa_interview,
    fact_check_rating,
    magazine_feature,
)
