"""Half of the twenty-second part: six shapes of news in other formats (a podcast episode page whose
show notes are the article, a video-first story with its transcript under the player, a photo essay,
a newsletter issue archived on the web, an AMP story and a story syndicated on a partner portal),
with their wording, written after twenty-one rounds of tuning without reading newsmon's rules, to
hide boilerplate from markup. It was half of the held-out part, measured untouched (both halves:
newsmon kept 249 of 2,969 boilerplate lines, 8.4%, and 99.6% of the body; stock trafilatura 27.2%
and 96.6%; 214 lines with the rules learnt on the twenty-first part, before anyone looked at it),
then tuned on structure and the commoner wording, not line by line, so it is held to a bound, not to
zero."""

from __future__ import annotations

from tests.boilerplate_pages.junk import Blocks
from tests.boilerplate_pages.page import (
    Parts,
    box,
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
                "This episode is supported by Harlow Sleep",
                "Go to harlowsleep.example/ledger and use the code LEDGER for 15% off your first mattress.",
                "Visit Harlow Sleep",
            ],
            ["Ad · 1 of 2", "Your video will resume after this message", "Skip in 5"],
            [
                "Own a print from this essay",
                "Archival pigment prints, signed and numbered by the photographer. From £45.",
                "Shop the prints",
            ],
            [
                "Today's issue is brought to you by Fernway",
                "Fernway turns a pile of receipts into a tidy monthly expense report. No spreadsheets.",
                "Try Fernway free for 30 days",
            ],
            [
                "Paid stories from around the web",
                "The low-water garden trick retirees swear by",
                "Sponsored links by Relaymedia",
            ],
        ],
        "donation": [
            [
                "This show is listener-supported",
                "Members hear every episode without ads, a day early. Join from $5 a month.",
                "Join and listen ad-free",
            ],
            [
                "You're reading the free edition",
                "Paid subscribers get the Friday deep-dive, the full archive and a seat on our quarterly calls.",
                "Upgrade for $6/month",
            ],
            [
                "Eleven weeks, three photographers, one story.",
                "Reader memberships pay for essays like this one. Could you help fund the next?",
                "Become a member of the photo desk",
            ],
            [
                "Light page, heavy costs: even this text version takes a whole newsroom to produce.",
                "Pitch in from £2",
            ],
            [
                "We don't run ads before our documentaries.",
                "That's because viewers like you pay for them instead.",
                "Back our video team",
            ],
        ],
        "notification": [
            ["Next clip plays automatically", "Next video in 5 seconds", "Turn autoplay off for this session"],
            ["Having trouble reading this email?", "View it in your browser"],
            [
                "You're on the lite version of this page, built for slow connections.",
                "Load the full page",
                "Stay on lite",
            ],
            [
                "New episodes every Tuesday",
                "Get a nudge the moment the next one is out.",
                "Notify me about new episodes",
            ],
            ["Use the arrow keys to move between photographs.", "Dismiss tip"],
        ],
        "app": [
            [
                "Follow the show",
                "Subscribe in Apple Podcasts",
                "Follow on Spotify",
                "Add to Pocket Casts",
                "Copy the RSS feed",
            ],
            [
                "Now on your TV",
                "Stream our news channel free on Roku, Fire TV and Apple TV.",
                "Find us on your TV",
            ],
            [
                "Read this on the Portalia app",
                "Loads faster, works offline and remembers where you stopped.",
                "Open in the Portalia app",
            ],
            [
                "Prefer to listen?",
                "Every issue is read aloud by the author in our app.",
                "Get the Ledger app for iPhone",
            ],
        ],
        "newsletter": [
            [
                "You're getting this email because you signed up at morningledger.example.",
                "Update your preferences",
                "Unsubscribe from The Morning Ledger",
            ],
            [
                "Show notes by email",
                "Links to everything we mention on air, every Tuesday.",
                "Email me the notes",
            ],
            [
                "Picture of the week",
                "Every Sunday our photo editor picks one image and tells the story behind it.",
                "Get the picture",
            ],
            [
                "Was this forwarded to you?",
                "The Morning Ledger is free and lands at 6am on weekdays.",
                "Get your own copy",
            ],
        ],
        "comments": [
            [
                "What did we miss?",
                "Leave a comment on this episode or send us a voice memo.",
                "Record a voice memo",
            ],
            ["Hit reply: I read every response, even when I can't answer them all."],
            ["214 comments · 12 new", "Top comments first", "Open the discussion"],
            [
                "Comments on this story are hosted by the original publisher.",
                "Comment on the publisher's site",
            ],
            ["The lite site doesn't show comments. Open the full page to join the discussion."],
        ],
        "login": [
            [
                "Already a paid subscriber?",
                "Sign in to read the whole issue",
                "Send a one-tap sign-in link to my inbox",
            ],
            [
                "Sign in to save episodes to your queue and pick up where you left off.",
                "Sign in or make a free account",
            ],
            ["Your session timed out", "Log back in to keep watching from 4:32.", "Log back in"],
            [
                "Sign in to Portalia",
                "Follow the publishers you trust and build your own front page.",
                "Continue with your email",
            ],
        ],
        "video": [
            ["Chapters", "00:00 Cold open", "03:12 What the inspectors found", "21:48 Listener questions"],
            ["Subtitles/CC", "English (auto-generated)", "Caption style", "Playback speed: Normal"],
            ["1 / 24", "View full screen", "Next image"],
            ["Play episode 214", "47 min", "Download MP3 (43 MB)"],
            [
                "Watch the report",
                "The video version of this story runs eight minutes.",
                "Play the video report",
            ],
        ],
        "source": [
            ["Produced by Nadia Ferreira and Tom Walcott. Mixed by Ollie Brandt. Executive producer: Rhea Sandhu."],
            [
                "This article originally appeared on The Harbour Chronicle and is republished here under "
                "a content partnership.",
                "From The Harbour Chronicle",
            ],
            [
                "Photographs by Lucia Vance for The Morning Ledger",
                "Images may not be reproduced without written permission.",
            ],
            ["Correction: an earlier version of this transcript attributed a quote to the wrong speaker."],
            ["This transcript was machine-generated and lightly edited. Please check the audio before quoting."],
            ["Disclosure: Fernway sponsors this newsletter but had no say over what we wrote."],
        ],
        "share": [
            [
                "Forward this to a friend",
                "Know someone who'd enjoy this issue? Send it their way.",
                "Forward this issue",
            ],
            ["Share episode", "Copy link to episode", "Share from 12:04"],
            ["Pass this photo essay on", "Pin this photograph", "Email the photo essay"],
            ["Embed this video", "Copy embed code"],
            [
                "Enjoying the show?",
                "A quick rating on Apple Podcasts helps new listeners find us.",
                "Rate the show",
            ],
        ],
        "error": [
            ["This video isn't available in your country because of rights restrictions."],
            ["The episode player failed to load.", "Download the episode instead"],
            ["Some photographs in this gallery could not be loaded. Turn on JavaScript to see them all."],
            ["This interactive graphic can't be shown on AMP pages.", "See it on the full article"],
            ["Partner content could not be displayed.", "Reload partner content"],
        ],
        "consent": [
            [
                "Before you press play",
                "Our video player sets cookies to count views and show ads.",
                "Accept and play",
                "Choose what to allow",
            ],
            [
                "Portalia and our 312 partners store and access information on your device for ads and measurement.",
                "Agree and continue to Portalia",
                "List all 312 partners",
            ],
            ["This email contains a tracking pixel so we can count opens.", "Read how we use your data"],
            [
                "Cookies on the lite site",
                "We set a single cookie to remember that you chose the text-only view.",
                "That's fine, carry on",
            ],
        ],
        "related": [
            ["Up next in News Video"],
            ["More episodes"],
            ["More photo essays"],
            ["Past issues"],
            ["More from our partner publishers"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Werbung · Podcast-Partner",
                "Diese Folge entsteht mit freundlicher Unterstützung von Brennwerk Kaffee. Mit dem Code LAGE20 "
                "gibt es 20 Prozent auf das erste Probierpaket.",
                "brennwerk.example/lage",
            ],
            ["Anzeige – das Video startet gleich", "Noch 8 Sekunden", "Werbung überspringen"],
            [
                "Edition Augenblick",
                "Drei Motive dieser Fotostrecke als handsignierte Fine-Art-Prints, limitiert auf je 30 Stück.",
                "Zur Edition Augenblick",
            ],
            [
                "Präsentiert von Klarsaldo",
                "Die Buchhaltung für Selbstständige, die sich in zehn Minuten im Monat erledigt.",
                "14 Tage kostenlos testen",
            ],
            [
                "Das könnte Sie auch interessieren – Partnerinhalte",
                "Warum immer mehr Rentner ihren Rasen in eine Blumenwiese verwandeln",
                "Anzeige · bereitgestellt von Relaymedia",
            ],
        ],
        "donation": [
            [
                "Dieser Podcast gehört seinen Hörerinnen und Hörern",
                "Schon ab 3 Euro im Monat über Steady bleibt er werbefrei und unabhängig.",
                "Unterstützer:in werden",
            ],
            [
                "Sie lesen die kostenlose Ausgabe.",
                "Mit einem bezahlten Abo bekommen Sie freitags die ausführliche Analyse und das komplette Archiv.",
                "Jetzt upgraden – 6 € im Monat",
            ],
            [
                "Für diese Fotostrecke war unser Team sechs Wochen unterwegs.",
                "Solche Recherchen sind nur mit Ihrer Unterstützung möglich.",
                "Mit einem Beitrag helfen",
            ],
            ["Auch die Textfassung macht eine ganze Redaktion.", "Anteil an der Redaktionsgenossenschaft zeichnen"],
        ],
        "notification": [
            ["Autoplay", "Gleich geht es weiter mit dem nächsten Clip", "Automatische Wiedergabe stoppen"],
            ["Probleme mit der Darstellung? Diese Ausgabe im Browser öffnen"],
            [
                "Sie sehen die datensparsame Textversion dieser Seite.",
                "Vollständige Seite laden",
            ],
            [
                "Jeden Donnerstag eine neue Folge",
                "Sollen wir Ihnen Bescheid geben, sobald sie da ist?",
                "Ja, erinnern",
                "Nein, danke – ich schaue selbst",
            ],
            ["Tipp: Mit den Pfeiltasten durch die Bilder blättern", "Hinweis schließen"],
        ],
        "app": [
            [
                "Überall, wo es Podcasts gibt",
                "In der ARD Audiothek hören",
                "Bei Spotify folgen",
                "Bei Apple Podcasts abonnieren",
                "Auf Podimo anhören",
            ],
            [
                "Unsere Videos auf dem Fernseher",
                "Die Mediathek-App gibt es für Smart-TVs, Fire TV und Apple TV.",
                "So installieren Sie die TV-App",
            ],
            [
                "Weiterlesen in der Portalia-App",
                "Lädt schneller, funktioniert offline und merkt sich, wo Sie aufgehört haben.",
                "Portalia-App öffnen",
            ],
            [
                "Lieber hören als lesen?",
                "In unserer App liest die Autorin jede Ausgabe selbst ein.",
                "Morgenlage-App im App Store",
            ],
        ],
        "newsletter": [
            [
                "Sie erhalten diesen Newsletter, weil Sie sich auf morgenlage.example eingetragen haben.",
                "Newsletter-Einstellungen verwalten",
                "Hier abmelden",
            ],
            [
                "Shownotes ins Postfach",
                "Alle Quellen und Links zur Folge, jeden Donnerstag per Mail.",
                "Shownotes bestellen",
            ],
            [
                "Bild der Woche",
                "Sonntags erzählt unsere Bildchefin die Geschichte hinter einem einzigen Foto.",
                "Bild der Woche gratis bestellen",
            ],
            [
                "Wurde Ihnen diese Mail weitergeleitet?",
                "Die Morgenlage erscheint werktags um 6 Uhr und ist kostenlos.",
                "Selbst abonnieren",
            ],
        ],
        "comments": [
            [
                "Was fehlt Ihnen in dieser Folge?",
                "Schreiben Sie uns einen Kommentar oder schicken Sie eine Sprachnachricht an die Redaktion.",
                "Sprachnachricht senden",
            ],
            ["Einfach auf diese Mail antworten – ich lese jede Zuschrift persönlich."],
            ["87 Kommentare", "Sortieren: Neueste", "Diskussion öffnen"],
            [
                "Kommentieren können Sie diesen Beitrag beim ursprünglichen Verlag.",
                "Zum Kommentarbereich des Verlags",
            ],
        ],
        "login": [
            [
                "Bereits zahlendes Mitglied?",
                "Einloggen und die ganze Ausgabe lesen",
                "Login-Link per Mail anfordern",
            ],
            [
                "Mit einem Konto merken Sie sich Folgen und hören später genau dort weiter.",
                "Kostenloses Hörerkonto anlegen",
            ],
            [
                "Sitzung abgelaufen",
                "Bitte melden Sie sich erneut an, um das Video weiterzusehen.",
                "Neu anmelden",
            ],
            [
                "Mein Portalia",
                "Folgen Sie Ihren Lieblingsmedien und stellen Sie Ihre eigene Startseite zusammen.",
                "Weiter mit Ihrer E-Mail-Adresse",
            ],
        ],
        "video": [
            ["Kapitelmarken", "00:00 Intro", "04:30 Was die Prüfer gefunden haben", "23:15 Eure Fragen"],
            [
                "Untertitel und Tonspur",
                "Deutsch (automatisch erzeugt)",
                "Untertitel-Darstellung",
                "Geschwindigkeit: Normal",
            ],
            ["Foto 1 / 18", "Vollbildansicht", "Weiter zum nächsten Bild"],
            ["Folge 88 abspielen", "52 Minuten", "MP3 herunterladen (48 MB)"],
            [
                "Hörfassung",
                "Diese Reportage gibt es auch zum Hören, gelesen von Anna Thalberg.",
                "Vorlesen lassen · 14 Min.",
            ],
        ],
        "source": [
            ["Redaktion: Jana Obermeier · Produktion: Felix Brandner · Sounddesign: Meike Ahrens"],
            [
                "Dieser Beitrag erschien zuerst im Hanse-Anzeiger und wird im Rahmen einer Content-Partnerschaft "
                "veröffentlicht.",
                "Quelle: Hanse-Anzeiger",
            ],
            ["Fotos: Lukas Reinhold für die Morgenlage", "Alle Bildrechte liegen beim Fotografen."],
            ["Korrektur: In einer früheren Fassung des Transkripts war ein Zitat der falschen Person zugeordnet."],
            ["Das Transkript wurde maschinell erstellt und redaktionell geprüft. Es gilt das gesprochene Wort."],
            [
                "Transparenzhinweis: Klarsaldo unterstützt diesen Newsletter, hatte aber keinen Einfluss auf "
                "die Inhalte."
            ],
        ],
        "share": [
            [
                "Diese Ausgabe weiterempfehlen",
                "Kennen Sie jemanden, dem die Morgenlage gefallen würde? Leiten Sie sie einfach weiter.",
            ],
            ["Folge teilen", "Link zur Folge kopieren", "Ab 12:04 teilen"],
            ["Fotostrecke teilen", "Bild auf Pinterest merken", "Fotostrecke per Mail verschicken"],
            ["Video einbetten", "Embed-Code kopieren"],
        ],
        "error": [
            ["Dieses Video ist aus lizenzrechtlichen Gründen in Ihrem Land nicht verfügbar."],
            ["Der Player konnte nicht geladen werden.", "Folge direkt als MP3 laden"],
            ["Einige Bilder dieser Strecke konnten nicht geladen werden. Aktivieren Sie JavaScript, um alle zu sehen."],
            [
                "Diese interaktive Grafik kann auf AMP-Seiten nicht angezeigt werden.",
                "Grafik im Originalartikel ansehen",
            ],
            ["Partnerinhalte konnten nicht geladen werden.", "Partnerinhalte neu laden"],
        ],
        "consent": [
            [
                "Bevor das Video startet",
                "Unser Player setzt Cookies, um Abrufe zu zählen und Werbung auszuspielen.",
                "Zustimmen und abspielen",
                "Auswahl im Player anpassen",
            ],
            [
                "Portalia und 280 Partner speichern Informationen auf Ihrem Gerät und greifen darauf zu, etwa "
                "für personalisierte Anzeigen.",
                "Einverstanden, weiter zu Portalia",
                "Partnerliste ansehen",
            ],
            [
                "Diese E-Mail enthält ein Zählpixel, mit dem wir die Öffnungsrate messen.",
                "So gehen wir mit Ihren Daten um",
            ],
            [
                "Cookies in der Textversion",
                "Wir setzen nur ein einziges Cookie: Es merkt sich, dass Sie die Textversion gewählt haben.",
                "Verstanden, weiterlesen",
            ],
        ],
        "related": [
            ["Als Nächstes"],
            ["Weitere Folgen"],
            ["Mehr Fotostrecken"],
            ["Frühere Ausgaben"],
            ["Mehr von unseren Partnermedien"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Un message de notre partenaire",
                "Cet épisode vous est offert par Maison Ardent. Avec le code MATINALE, -15 % sur votre "
                "première commande.",
                "Découvrir Maison Ardent",
            ],
            ["Publicité · 1 sur 2", "Votre vidéo reprendra après cette annonce", "Passer dans 5 s"],
            [
                "Tirages en édition limitée",
                "Les images de ce portfolio existent en tirages signés et numérotés, à partir de 60 €.",
                "Voir les tirages",
            ],
            [
                "Ce numéro vous est offert par Compta Facile",
                "La comptabilité des indépendants, bouclée en dix minutes par mois.",
                "Essayer un mois gratuitement",
            ],
            [
                "Sélectionné pour vous",
                "Ces retraités ont remplacé leur pelouse par une prairie fleurie",
                "Liens sponsorisés par Relaymedia",
            ],
        ],
        "donation": [
            [
                "Un podcast financé par celles et ceux qui l'écoutent",
                "Pas de publicité, pas d'actionnaire : soutenez-nous à partir de 2 € par mois.",
                "Je soutiens le podcast",
            ],
            [
                "Ceci est l'édition gratuite de la lettre.",
                "L'abonnement payant donne accès à l'analyse du vendredi et à toutes les archives.",
                "Je passe à la formule payante",
            ],
            [
                "Ce portfolio a demandé trois mois de terrain.",
                "Pour que ce type de reportage continue d'exister, nous comptons sur vous.",
                "Je fais un don ponctuel",
            ],
            ["Même allégée, l'information a un coût.", "Soutenir la rédaction de La Matinale"],
        ],
        "notification": [
            [
                "Enchaînement automatique des vidéos",
                "La vidéo suivante démarre dans 5 secondes.",
                "Désactiver la lecture automatique",
            ],
            ["Cet e-mail ne s'affiche pas correctement ?", "Ouvrir la version en ligne"],
            [
                "Vous consultez la version allégée de cette page, pensée pour les connexions lentes.",
                "Charger la version complète",
            ],
            ["Un nouvel épisode chaque lundi", "Recevez une alerte dès sa mise en ligne.", "M'alerter"],
            ["Le journal de 20 heures commence dans 12 minutes.", "Me prévenir avant le journal"],
        ],
        "app": [
            [
                "Abonnez-vous",
                "S'abonner sur Apple Podcasts",
                "Écouter sur Deezer",
                "Écouter dans l'application Radio France",
                "Ajouter le flux RSS",
            ],
            [
                "La chaîne info sur votre téléviseur",
                "Retrouvez nos vidéos sur les box Orange, Free et Bouygues.",
                "Comment nous regarder à la télé",
            ],
            [
                "Poursuivre dans l'application Portalia",
                "Plus rapide, lisible hors connexion, et elle retient où vous en étiez.",
                "Ouvrir l'application Portalia",
            ],
            [
                "Envie d'écouter la lettre ?",
                "Chaque numéro est lu par son auteur dans notre application.",
                "La Matinale sur l'App Store",
            ],
        ],
        "newsletter": [
            [
                "Vous recevez ce message car vous êtes inscrit à La Matinale.",
                "Gérer mes préférences d'envoi",
                "Me désinscrire de La Matinale",
            ],
            [
                "Les notes de l'épisode dans votre boîte mail",
                "Tous les liens et références cités à l'antenne, chaque lundi.",
                "Recevoir les notes",
            ],
            [
                "La photo de la semaine",
                "Chaque dimanche, notre service photo raconte l'histoire d'une image.",
                "Recevoir la photo du dimanche",
            ],
            [
                "Cette lettre vous a été transférée ?",
                "Inscrivez-vous pour recevoir La Matinale chaque matin à 6 heures.",
                "Recevoir ma propre Matinale",
            ],
        ],
        "comments": [
            [
                "Un avis sur cet épisode ?",
                "Laissez un commentaire ou envoyez-nous un message vocal.",
                "Enregistrer un message vocal",
            ],
            ["Répondez simplement à cet e-mail : je lis tous vos messages, même si je ne peux pas répondre à chacun."],
            ["56 réactions", "Trier : récentes d'abord", "Afficher les réactions"],
            [
                "Les commentaires sont ouverts sur le site de l'éditeur d'origine.",
                "Commenter chez l'éditeur",
            ],
        ],
        "login": [
            [
                "Déjà abonné à l'édition payante ?",
                "Connectez-vous pour lire ce numéro en entier",
                "Recevoir un lien de connexion",
            ],
            [
                "Connectez-vous pour reprendre l'écoute là où vous l'avez laissée.",
                "Se connecter ou créer un compte auditeur",
            ],
            [
                "Votre session a expiré",
                "Reconnectez-vous pour continuer à regarder cette vidéo.",
                "Me reconnecter",
            ],
            [
                "Connexion à Portalia",
                "Suivez vos médias préférés et composez votre propre une.",
                "Continuer avec mon adresse e-mail",
            ],
        ],
        "video": [
            ["Chapitres", "00:00 Introduction", "05:02 Ce que révèle l'enquête", "24:40 Vos questions"],
            [
                "Sous-titres et audio",
                "Français (générés automatiquement)",
                "Apparence des sous-titres",
                "Vitesse de lecture : normale",
            ],
            ["Photo 1 sur 20", "Afficher en plein écran", "Photo suivante"],
            ["Écouter l'épisode 73", "38 min", "Télécharger le MP3 (35 Mo)"],
            [
                "Le reportage en vidéo",
                "La version filmée de cette enquête dure sept minutes.",
                "Lancer le reportage vidéo",
            ],
        ],
        "source": [
            ["Production : Claire Ménard. Réalisation : Hugo Berthet. Mixage : Samia Ould."],
            [
                "Cet article a d'abord été publié par L'Écho du Littoral, partenaire de Portalia.",
                "Source : L'Écho du Littoral",
            ],
            [
                "Photos : Margaux Delcourt pour La Matinale",
                "Toute reproduction interdite sans autorisation.",
            ],
            [
                "Rectificatif : une précédente version de cette transcription attribuait une citation au "
                "mauvais interlocuteur."
            ],
            ["Transcription générée automatiquement puis relue par la rédaction. Seul le son fait foi."],
            ["Transparence : Compta Facile, qui parraine cette lettre, n'a eu aucun droit de regard sur son contenu."],
        ],
        "share": [
            [
                "Faites suivre cette lettre",
                "Elle pourrait plaire à un proche ? Transférez-la-lui en un clic.",
            ],
            ["Partager l'épisode", "Copier le lien de l'épisode", "Partager à partir de 12:04"],
            ["Envoyer ce portfolio", "Épingler la photo", "Envoyer le portfolio par e-mail"],
            ["Intégrer cette vidéo", "Copier le code d'intégration"],
        ],
        "error": [
            ["Vidéo indisponible : les droits de diffusion ne couvrent pas votre pays."],
            ["Le lecteur audio n'a pas pu être chargé.", "Télécharger l'épisode en MP3"],
            ["Certaines images n'ont pas pu être chargées. Activez JavaScript pour voir la galerie complète."],
            [
                "Cette infographie interactive ne peut pas s'afficher en version AMP.",
                "La voir dans l'article complet",
            ],
            ["Impossible d'afficher les contenus partenaires.", "Recharger les contenus partenaires"],
        ],
        "consent": [
            [
                "Avant de lancer la vidéo",
                "Notre lecteur dépose des cookies pour mesurer l'audience et afficher des publicités.",
                "Accepter et lancer",
                "Choisir ce que j'autorise",
            ],
            [
                "Avec votre accord, nous et nos 240 partenaires utilisons des cookies pour la publicité et la "
                "mesure d'audience.",
                "J'accepte, continuer sur Portalia",
                "Voir nos 240 partenaires",
            ],
            ["Cet e-mail contient un pixel de mesure d'ouverture.", "En savoir plus sur vos données"],
            [
                "Cookies de la version allégée",
                "Un seul cookie : il retient votre choix de la version texte.",
                "Très bien",
            ],
        ],
        "related": [
            ["À suivre dans Vidéos info"],
            ["Autres épisodes"],
            ["D'autres portfolios"],
            ["Numéros précédents"],
            ["Chez nos éditeurs partenaires"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Patrocinador del episodio",
                "Café Altamira: usa el código MAÑANERA y llévate un 20 % de descuento en tu primer pedido.",
                "Ir a Café Altamira",
            ],
            ["Publicidad · 1 de 2", "El vídeo empezará después de la publicidad", "Saltar en 5"],
            [
                "Llévate una foto a casa",
                "Las imágenes de este fotorreportaje, en copias firmadas y numeradas desde 55 €.",
                "Ver las copias firmadas",
            ],
            [
                "Patrocina este número: Cuentaclara",
                "La facturación de los autónomos, resuelta en cinco minutos al mes.",
                "Prueba Cuentaclara gratis",
            ],
            [
                "Lo que se lee en otros medios (patrocinado)",
                "Los jubilados que están cambiando el césped por huertos urbanos",
                "Enlaces patrocinados por Relaymedia",
            ],
        ],
        "donation": [
            [
                "Este pódcast lo sostienen sus oyentes",
                "Sin anuncios y sin dueños: hazte mecenas desde 3 € al mes.",
                "Hazte mecenas del pódcast",
            ],
            [
                "Esta es la edición gratuita del boletín.",
                "Con la suscripción de pago recibes el análisis de los viernes y todo el archivo.",
                "Pasarme a la edición de pago",
            ],
            [
                "Este fotorreportaje nos llevó dos meses de trabajo de campo.",
                "Tu aportación hace posible el periodismo visual independiente.",
                "Quiero colaborar con el fotorreportaje",
            ],
            ["También la versión ligera necesita una redacción detrás.", "Aporta lo que puedas"],
        ],
        "notification": [
            [
                "Reproducción automática: sí",
                "El siguiente vídeo empezará en 5 segundos.",
                "No reproducir el siguiente vídeo",
            ],
            ["¿No ves bien este correo?", "Ábrelo en tu navegador"],
            [
                "Estás viendo la versión ligera de esta página, pensada para conexiones lentas.",
                "Cargar la versión completa",
            ],
            [
                "Episodio nuevo cada miércoles",
                "¿Quieres que te avisemos cuando salga?",
                "Sí, avisadme cada miércoles",
                "Mejor en otro momento",
            ],
            ["Consejo: usa las flechas del teclado para pasar las fotos.", "Vale, ocultar consejo"],
        ],
        "app": [
            [
                "Síguenos donde escuches pódcast",
                "Seguir en Spotify",
                "Seguir en iVoox",
                "Seguir en Apple Podcasts",
                "Copiar el feed RSS",
            ],
            [
                "Nuestros vídeos, en tu televisor",
                "Descarga la aplicación para Smart TV, Android TV y Apple TV.",
                "Instalar en mi tele",
            ],
            [
                "Lee esta noticia en la app de Portalia",
                "Carga más rápido, funciona sin conexión y recuerda dónde lo dejaste.",
                "Abrir en la app de Portalia",
            ],
            [
                "¿Prefieres escucharlo?",
                "Cada número, leído por su autora en nuestra aplicación.",
                "La Mañanera en Google Play",
            ],
        ],
        "newsletter": [
            [
                "Recibes este correo porque te suscribiste a La Mañanera.",
                "Cambiar qué boletines recibo",
                "Darme de baja de La Mañanera",
            ],
            [
                "Las notas del episodio, en tu correo",
                "Todos los enlaces que mencionamos en antena, cada miércoles.",
                "Quiero las notas",
            ],
            [
                "La foto de la semana",
                "Cada domingo, nuestra editora gráfica cuenta la historia detrás de una imagen.",
                "Recibir la foto del domingo",
            ],
            [
                "¿Te han reenviado este correo?",
                "La Mañanera llega gratis de lunes a viernes a las 7:00.",
                "Suscribirme yo también",
            ],
        ],
        "comments": [
            [
                "¿Qué se nos escapó?",
                "Déjanos un comentario o mándanos una nota de voz.",
                "Grabar nota de voz",
            ],
            ["Responde a este correo: leo todos los mensajes, aunque no pueda contestarlos todos."],
            ["129 comentarios", "Ordenar: más valorados", "Abrir los 129 comentarios"],
            [
                "Los comentarios de esta noticia están abiertos en la web del medio original.",
                "Comentar en el medio original",
            ],
        ],
        "login": [
            [
                "¿Ya tienes la suscripción de pago?",
                "Inicia sesión para leer el número completo",
                "Enviarme un enlace de acceso",
            ],
            [
                "Inicia sesión para guardar episodios y seguir escuchando donde lo dejaste.",
                "Entrar o crear una cuenta de oyente",
            ],
            [
                "Tu sesión ha caducado",
                "Vuelve a iniciar sesión para seguir viendo el vídeo.",
                "Volver a entrar",
            ],
            [
                "Accede a Portalia",
                "Sigue a tus medios favoritos y arma tu propia portada.",
                "Continuar con mi correo",
            ],
        ],
        "video": [
            [
                "Capítulos",
                "00:00 Presentación",
                "06:20 Lo que encontraron los inspectores",
                "25:05 Preguntas de los oyentes",
            ],
            ["Subtítulos y audio", "Español (generados automáticamente)", "Estilo de subtítulos", "Velocidad: normal"],
            ["Foto 1 de 16", "Ampliar la foto", "Foto siguiente"],
            ["Escuchar el episodio", "41 min", "Descargar MP3 (38 MB)"],
            [
                "El reportaje en vídeo",
                "La versión en vídeo de esta historia dura cinco minutos.",
                "Reproducir el reportaje",
            ],
        ],
        "source": [
            ["Producción: Lucía Arrieta. Realización: Marcos Peña. Edición de sonido: Irene Solís."],
            [
                "Esta noticia se publicó originalmente en El Faro del Sur y se reproduce con autorización.",
                "Fuente: El Faro del Sur",
            ],
            [
                "Fotografías: Andrés Villalba para La Mañanera",
                "Prohibida su reproducción sin permiso expreso.",
            ],
            ["Fe de errores: una versión anterior de esta transcripción atribuía una cita a otra persona."],
            ["Transcripción automática revisada por la redacción. En caso de duda, prevalece el audio."],
            ["Aviso: Cuentaclara patrocina este boletín, pero no ha intervenido en su contenido."],
        ],
        "share": [
            ["Reenvía este boletín", "¿Conoces a alguien a quien le gustaría? Reenvíaselo."],
            ["Compartir episodio", "Copiar enlace del episodio", "Compartir desde el minuto 12:04"],
            ["Compartir el fotorreportaje", "Guardar la foto en Pinterest", "Enviar el fotorreportaje por correo"],
            ["Insertar este vídeo", "Copiar el código de inserción"],
        ],
        "error": [
            ["Este vídeo no está disponible en tu país por restricciones de derechos."],
            ["No se ha podido cargar el reproductor.", "Descargar el episodio en MP3"],
            ["Algunas imágenes no se han podido cargar. Activa JavaScript para ver la galería completa."],
            [
                "Este gráfico interactivo no se puede mostrar en la versión AMP.",
                "Verlo en la noticia completa",
            ],
            ["El mapa interactivo no está disponible sin conexión."],
            ["No se han podido cargar los contenidos de nuestros socios.", "Cargar de nuevo los contenidos"],
        ],
        "consent": [
            [
                "Antes de darle al play",
                "Nuestro reproductor usa cookies para medir la audiencia y mostrar publicidad.",
                "Aceptar y ver el vídeo",
                "Elegir qué permito",
            ],
            [
                "Portalia y sus 260 socios almacenamos y accedemos a información de tu dispositivo.",
                "Aceptar y seguir",
                "Ver los 260 socios",
            ],
            ["Este correo incluye un píxel para saber cuántas personas lo abren.", "Qué hacemos con tus datos"],
            [
                "Cookies en la versión ligera",
                "Solo usamos una cookie, para recordar que elegiste la versión de texto.",
                "Vale, sigo en la versión ligera",
            ],
        ],
        "related": [
            ["Siguiente en Vídeos"],
            ["Más episodios"],
            ["Más fotorreportajes"],
            ["Números anteriores"],
            ["De nuestros medios asociados"],
        ],
    },
}


_slot = widget_drawer(8)


def podcast_episode_page(p: Parts) -> str:
    """A podcast network's episode page, a Next.js app with CSS-module classes, whose show notes
    (classless `<p>` paragraphs in one `div`) are the article: the new-episode reminder as a
    toast above the header, the listener sign-in among the header actions, the episode player
    as a `<podcast-player>` element whose `<noscript>` holds its labels, the platform buttons
    in a `<subscribe-links>` element and the share row under it, the sponsor read pasted as
    plain `<p>` paragraphs right before the first paragraph of the notes, the newsletter in a
    bland rounded div and a failed clip embed as the fallback text of an iframe between
    paragraphs, the production credits pasted as plain `<p>` paragraphs right after the last
    paragraph, the comments in an unnamed `<section>`, a headed list of episodes and the
    membership box in the right column, and the cookie notice in a modal."""
    heading = related_heading(p, '<h2 class="Rail_title__0q2Lm">{text}</h2>')
    inline = present(
        _slot(
            p,
            "newsletter",
            '<div class="rounded-2xl border p-6">{inner}<input type="email" placeholder="you@example.com"></div>',
            "<h3>{text}</h3>",
            "<p>{text}</p>",
            '<button type="submit">{text}</button> ',
        ),
        each(
            p,
            "error",
            '<iframe src="https://embed.podhost.example/clip/214-a" width="100%" height="152" loading="lazy">'
            "{inner}</iframe>",
            "{text} ",
        ),
    )
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h3>{text}</h3>",
            "quote": "<blockquote><p>{text}</p></blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    episodes = links(p.teasers(5), '<li class="Rail_item__7Hn2c"><a href="/episodes/{slug}">{text}</a></li>')
    toast = _slot(
        p,
        "notification",
        '<div class="Toast_toast__Ff7aQ" role="status">{inner}</div>',
        "<strong>{text}</strong> ",
        "<span>{text}</span> ",
        '<button type="button">{text}</button> ',
    )
    account = _slot(
        p,
        "login",
        '<div class="Header_actions__e2Rx0">{inner}</div>',
        "<span>{text}</span> ",
        "<span>{text}</span> ",
        '<a href="/account/login">{text}</a> ',
    )
    player = each(
        p,
        "video",
        '<podcast-player src="https://cdn.podhost.example/ledger/214.mp3" data-episode="214">'
        "<noscript>{inner}</noscript></podcast-player>",
        "<span>{text}</span> ",
    )
    platforms = each(
        p,
        "app",
        "<subscribe-links>{inner}</subscribe-links>",
        '<a class="Pill_pill__3Yh1c" href="/follow">{text}</a> ',
    )
    share = inline_box(p, "share", '<div class="Episode_actions__L2m9s">{inner}</div>', "button", ' type="button"')
    sponsor = _slot(
        p,
        "advertising",
        "{inner}",
        "<p><strong>{text}</strong></p>",
        "<p>{text}</p>",
        '<p><a href="https://harlow.example/?utm_source=podcast">{text}</a></p>',
    )
    credits = each(p, "source", "{inner}", "<p>{text}</p>")
    comments = _slot(
        p, "comments", "<div>{inner}</div>", "<h3>{text}</h3>", "<p>{text}</p>", '<a href="#reply">{text}</a> '
    )
    membership = _slot(
        p,
        "donation",
        '<div class="Card_card__p9Xq1">{inner}</div>',
        "<h3>{text}</h3>",
        "<p>{text}</p>",
        '<a class="Card_cta__2bQx7" href="/membership">{text}</a> ',
    )
    consent = _slot(
        p,
        "consent",
        '<div class="Modal_overlay__Zk3n2" role="dialog" aria-modal="true"><div class="Modal_panel__Hq8w1">'
        "{inner}</div></div>",
        "<h2>{text}</h2>",
        "<p>{text}</p>",
        '<button type="button">{text}</button> ',
    )
    return f"""<div id="__next">
{toast}
<header class="Header_bar__2mQd9"><a class="Header_logo__x1Lp0" href="/">{esc(p.site)}</a>
<nav class="Header_nav__r8Tw3"><a href="/shows">Shows</a> <a href="/episodes">Episodes</a> <a href="/about">About</a></nav>
{account}</header>
<main class="Layout_main__c0Fh4">
<div class="Layout_content__Vb91k">
<div class="Episode_hero__8dKx2"><img src="/art/ledger-3000.jpg" alt="" width="160" height="160">
<p class="Episode_kicker__mR4s1">Episode 214 · 20 November 2026</p>
<h1 class="Episode_title__Pq7n0">{esc(p.title)}</h1>
{player}
{platforms}
{share}
</div>
<div class="Notes_body__k3Pq1">
{sponsor}
{body}
{credits}
</div>
<section>{comments}</section>
</div>
<div class="Layout_rail__Yt2w6">
<div class="Rail_block__h6Qe3">{heading}<ul>{episodes}</ul></div>
{membership}
</div>
</main>
<footer class="Footer_root__Jm5a9"><p>© 2026 {esc(p.site)} · Hosted on Podhost</p></footer>
{consent}
</div>"""


def video_story_page(p: Parts) -> str:
    """A broadcaster's video-first story page, a Nuxt app whose elements carry only scoped
    `data-v-` attributes, with the summary under the player as `<p data-v-3f9b0d>` paragraphs:
    the player frame holding a blocked stream's message as iframe fallback text, the consent
    gate over the player, the caption and speed menu as a `ul[role=menu]` and the autoplay
    notice in the player chrome, the share and embed row under the headline, the transcript
    note pasted as same-attribute paragraphs right before the first paragraph, an ad slot in
    a bare div and the newsletter as a `<br>`-separated run between paragraphs, the comments
    prompt pasted as same-attribute paragraphs right after the last one, the up-next rail
    with its heading and the app promo in the right column, the appeal in the footer and the
    expired-session login as a hidden modal."""
    heading = related_heading(p, "<h2 data-v-5b1c9e>{text}</h2>")
    inline = present(
        _slot(
            p,
            "advertising",
            "<div data-v-2a7f3d>{inner}</div>",
            "<small data-v-2a7f3d>{text}</small> ",
            "<p data-v-2a7f3d>{text}</p>",
            '<a data-v-2a7f3d href="/ad/r/31">{text}</a> ',
        ),
        inline_box(p, "newsletter", "<div data-v-8e0c44><p data-v-8e0c44>{inner}</p></div>", "span", "", "<br>"),
    )
    body = p.body(
        {
            "p": "<p data-v-3f9b0d>{text}</p>",
            "h2": "<h3 data-v-3f9b0d>{text}</h3>",
            "quote": "<blockquote data-v-3f9b0d><p data-v-3f9b0d>{text}</p></blockquote>",
            "ul": "<ul data-v-3f9b0d>{items}</ul>",
        },
        inline,
    )
    rail = links(
        p.teasers(6),
        '<li data-v-5b1c9e><a data-v-5b1c9e href="/video/{slug}"><img data-v-5b1c9e src="/thumbs/{slug}.jpg" alt="">'
        "<span data-v-5b1c9e>{text}</span></a></li>",
    )
    blocked = each(
        p,
        "error",
        '<iframe data-v-7c2e1a src="https://players.vidhost.example/embed/88213?autoplay=1" '
        'allow="autoplay; fullscreen" width="960" height="540">{inner}</iframe>',
        "{text} ",
    )
    gate = _slot(
        p,
        "consent",
        "<div data-v-7c2e1a>{inner}</div>",
        "<strong data-v-7c2e1a>{text}</strong> ",
        "<p data-v-7c2e1a>{text}</p>",
        '<button data-v-7c2e1a type="button">{text}</button> ',
    )
    menu = each(
        p,
        "video",
        '<ul data-v-7c2e1a role="menu" hidden>{inner}</ul>',
        '<li data-v-7c2e1a role="menuitem">{text}</li>',
    )
    autoplay = _slot(
        p,
        "notification",
        '<div data-v-7c2e1a aria-live="polite">{inner}</div>',
        "<span data-v-7c2e1a>{text}</span> ",
        "<span data-v-7c2e1a>{text}</span> ",
        '<button data-v-7c2e1a type="button">{text}</button> ',
    )
    share = each(p, "share", "<div data-v-1d4a70>{inner}</div>", '<button data-v-1d4a70 type="button">{text}</button> ')
    note = each(p, "source", "{inner}", "<p data-v-3f9b0d>{text}</p>")
    comments = _slot(
        p,
        "comments",
        "{inner}",
        "<p data-v-3f9b0d><b>{text}</b></p>",
        "<p data-v-3f9b0d>{text}</p>",
        '<p data-v-3f9b0d><a href="#comments">{text}</a></p>',
    )
    app = _slot(
        p,
        "app",
        "<div data-v-9f2b11>{inner}</div>",
        "<h3 data-v-9f2b11>{text}</h3>",
        "<p data-v-9f2b11>{text}</p>",
        '<a data-v-9f2b11 href="/tv">{text}</a> ',
    )
    appeal = _slot(
        p, "donation", "<div>{inner}</div>", "<h4>{text}</h4>", "<p>{text}</p>", '<a href="/support">{text}</a> '
    )
    login = _slot(
        p,
        "login",
        '<div data-v-6e3d02 style="display:none"><div data-v-6e3d02>{inner}</div></div>',
        "<h2 data-v-6e3d02>{text}</h2>",
        "<p data-v-6e3d02>{text}</p>",
        '<button data-v-6e3d02 type="button">{text}</button> ',
    )
    return f"""<div id="__nuxt"><div id="__layout">
<header data-v-0a1b2c><a data-v-0a1b2c href="/">{esc(p.site)}</a>
<nav data-v-0a1b2c><a href="/video/news">News</a> <a href="/video/world">World</a> <a href="/video/docs">Documentaries</a> <a href="/live">Live TV</a></nav></header>
<main data-v-4c8d1e>
<div data-v-4c8d1e>
<div data-v-7c2e1a style="position:relative;aspect-ratio:16/9">
{blocked}
{gate}
<div data-v-7c2e1a>
{menu}
{autoplay}
</div>
</div>
<h1 data-v-4c8d1e>{esc(p.title)}</h1>
<p data-v-4c8d1e><time datetime="2026-11-20T07:30:00Z">20 Nov 2026</time> · 4:51</p>
{share}
<div data-v-3f9b0d>
{note}
{body}
{comments}
</div>
</div>
<div data-v-5b1c9e>
{heading}<ol data-v-5b1c9e>{rail}</ol>
{app}
</div>
</main>
<footer data-v-0f9e8d>{appeal}<p>© 2026 {esc(p.site)}</p></footer>
{login}
</div></div>"""


def photo_essay_page(p: Parts) -> str:
    """A magazine's photo essay on a Tailwind site with `<swiper-container>` galleries, the text
    between the galleries as `p.mb-6.font-serif.text-xl.leading-relaxed` in a `max-w-prose`
    column: the sign-in among the header links, the slide counter and controls as spans under
    the opening gallery, the photo credit pasted as same-class paragraphs right before the
    first paragraph, a second gallery whose `<noscript>` holds the failure message, the print
    sale in a bordered grid and the newsletter form between paragraphs, the membership appeal
    pasted as same-class paragraphs right after the last paragraph, the share buttons in a
    utility-class row, the comments in a `<details>`, the keyboard tip as a fixed toast, the
    headed grid of essays, the app in the footer and the consent in an open `<dialog>`."""
    heading = related_heading(p, '<h2 class="mb-6 text-sm uppercase tracking-widest text-stone-400">{text}</h2>')
    column = "mb-6 font-serif text-xl leading-relaxed"
    slides = "".join(
        f'<swiper-slide><img src="/essays/harbour/{n}.jpg" alt="" loading="lazy"></swiper-slide>' for n in range(1, 5)
    )
    inline = present(
        each(
            p,
            "error",
            f'<figure class="-mx-24 my-16"><swiper-container navigation="true">{slides}</swiper-container>'
            "<noscript>{inner}</noscript></figure>",
            '<p class="text-sm text-stone-400">{text}</p>',
        ),
        _slot(
            p,
            "advertising",
            '<div class="my-16 grid grid-cols-3 gap-4 border-y border-stone-700 py-8">{inner}</div>',
            '<h3 class="col-span-3 text-xs uppercase">{text}</h3>',
            '<p class="col-span-2 text-sm">{text}</p>',
            '<a class="self-end text-sm underline" href="/shop/prints">{text}</a> ',
        ),
        _slot(
            p,
            "newsletter",
            '<form class="my-16 rounded bg-stone-900 p-8">{inner}<input class="mt-4 w-full" type="email"></form>',
            '<h3 class="text-lg font-semibold">{text}</h3>',
            '<p class="text-sm text-stone-300">{text}</p>',
            '<button class="mt-4 rounded bg-stone-100 px-4 py-2 text-stone-900" type="submit">{text}</button> ',
        ),
    )
    body = p.body(
        {
            "p": f'<p class="{column}">{{text}}</p>',
            "h2": '<h2 class="mb-6 mt-12 font-serif text-3xl">{text}</h2>',
            "quote": f'<blockquote class="my-10 border-l-2 pl-6"><p class="{column}">{{text}}</p></blockquote>',
            "ul": '<ul class="mb-6 list-disc pl-6 font-serif text-xl">{items}</ul>',
        },
        inline,
    )
    essays = links(
        p.teasers(4),
        '<a class="block" href="/photo/{slug}"><img src="/photo/{slug}/cover.jpg" alt="">'
        '<span class="mt-2 block font-serif text-lg">{text}</span></a> ',
    )
    login = _slot(
        p,
        "login",
        '<div class="flex items-center gap-3 text-sm">{inner}</div>',
        "<span>{text}</span> ",
        "<span>{text}</span> ",
        '<a class="underline" href="/account">{text}</a> ',
    )
    counter = each(
        p,
        "video",
        '<div class="mt-2 flex justify-between px-6 text-xs text-stone-400">{inner}</div>',
        "<span>{text}</span> ",
    )
    credit = each(p, "source", "{inner}", f'<p class="{column}">{{text}}</p>')
    appeal = _slot(
        p,
        "donation",
        "{inner}",
        f'<p class="{column}"><strong>{{text}}</strong></p>',
        f'<p class="{column}">{{text}}</p>',
        f'<p class="{column}"><a href="/membership">{{text}}</a></p>',
    )
    share = each(
        p,
        "share",
        '<div class="mx-auto flex max-w-prose flex-wrap gap-2 px-6">{inner}</div>',
        '<button class="rounded-full border px-4 py-1 text-sm" type="button">{text}</button> ',
    )
    comments = _slot(
        p,
        "comments",
        '<details class="mx-auto mt-12 max-w-prose px-6">{inner}</details>',
        '<summary class="cursor-pointer">{text}</summary>',
        '<p class="text-sm">{text}</p>',
        '<a class="text-sm underline" href="#c">{text}</a> ',
    )
    tip = _slot(
        p,
        "notification",
        '<div class="fixed bottom-6 left-1/2 -translate-x-1/2 rounded bg-white/90 px-4 py-2 text-sm text-black">'
        "{inner}</div>",
        "<span>{text}</span> ",
        "<span>{text}</span> ",
        '<button class="ml-2 underline" type="button">{text}</button> ',
    )
    app = _slot(
        p,
        "app",
        '<div class="mb-6 flex items-center gap-4">{inner}</div>',
        '<p class="font-semibold">{text}</p>',
        '<p class="text-sm">{text}</p>',
        '<a class="rounded border px-3 py-1 text-sm" href="/apps">{text}</a> ',
    )
    consent = _slot(
        p,
        "consent",
        '<dialog open class="fixed inset-x-0 bottom-0 m-0 w-full bg-white p-6 text-black">{inner}</dialog>',
        '<p class="font-bold">{text}</p>',
        '<p class="text-sm">{text}</p>',
        '<button class="mr-2 rounded border px-3 py-1" type="button">{text}</button> ',
    )
    return f"""<div class="min-h-screen bg-stone-950 text-stone-100">
<header class="flex items-center justify-between px-6 py-4"><a class="font-serif text-2xl" href="/">{esc(p.site)}</a>
<nav class="flex gap-6 text-sm"><a href="/photo">Photography</a> <a href="/longreads">Long reads</a> <a href="/archive">Archive</a></nav>
{login}</header>
<article>
<div class="mx-auto max-w-prose px-6 pt-16"><p class="text-xs uppercase tracking-widest text-stone-400">Photo essay</p>
<h1 class="mb-10 font-serif text-5xl leading-tight">{esc(p.title)}</h1></div>
<swiper-container pagination="true" navigation="true" class="w-full">{slides}</swiper-container>
{counter}
<div class="mx-auto max-w-prose px-6 pt-12">
{credit}
{body}
{appeal}
</div>
{share}
{comments}
{tip}
</article>
<section class="mt-24 px-6">{heading}<div class="grid grid-cols-4 gap-6">{essays}</div></section>
<footer class="mt-24 border-t border-stone-800 px-6 py-10 text-sm text-stone-400">
{app}
<p>© 2026 {esc(p.site)}</p></footer>
{consent}
</div>"""


def newsletter_web_archive(p: Parts) -> str:
    """A newsletter issue archived on the web, the email's own nested `<table>` layout with
    inline styles and not one class, the article as `<p style>` paragraphs in one `<td>`: the
    archive's sign-in bar in a bare div above the email, the view-in-browser line in the
    preheader row, the forward-to-a-friend lines pasted as paragraphs in the same style right
    before the first paragraph, the sponsor slot as rows of a presentation table, the video
    teaser table and a failed poll as a `<br>`-separated cell between paragraphs, the paid
    upgrade pasted as same-style paragraphs right after the last one, the disclosure in a
    small-print row, the reply prompt and the app links in their own rows, the
    manage-preferences footer as a `<br>`-separated run, a headed table of past issues under
    the email and a style-only cookie strip fixed at the bottom."""
    heading = related_heading(p, '<h2 style="font-family:Georgia,serif;font-size:20px">{text}</h2>')
    para = "margin:0 0 16px"
    inline = present(
        each(
            p,
            "advertising",
            '<table role="presentation" width="100%" cellpadding="12" cellspacing="0" border="0" '
            'style="background:#fbf7e9;margin:8px 0 24px">{inner}</table>',
            '<tr><td style="font-family:Arial,sans-serif;font-size:14px">{text}</td></tr>',
        ),
        _slot(
            p,
            "video",
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px">'
            '<tr><td><a href="https://morningledger.example/v/412"><img src="https://morningledger.example/v/412.jpg" '
            'width="552" alt=""></a></td></tr><tr><td style="font-size:13px;padding-top:6px">{inner}</td></tr></table>',
            "<b>{text}</b><br>",
            "{text}<br>",
            '<a href="https://morningledger.example/v/412">{text}</a> ',
        ),
        inline_box(
            p,
            "error",
            '<table role="presentation" width="100%" cellpadding="12" border="0"><tr>'
            '<td style="border:1px dashed #ccc;font-size:13px">{inner}</td></tr></table>',
            "span",
            "",
            "<br>",
        ),
    )
    body = p.body(
        {
            "p": f'<p style="{para}">{{text}}</p>',
            "h2": '<h2 style="font-size:20px;margin:28px 0 8px">{text}</h2>',
            "quote": f'<p style="{para};padding-left:12px;border-left:3px solid #c33"><i>{{text}}</i></p>',
            "ul": f'<ul style="{para}">{{items}}</ul>',
        },
        inline,
    )
    issues = links(
        p.teasers(5),
        '<tr><td style="padding:6px 0;border-bottom:1px solid #eee"><a href="/p/{slug}">{text}</a></td></tr>',
    )
    login = _slot(
        p,
        "login",
        '<div style="padding:8px 16px;background:#fff;border-bottom:1px solid #ddd;font:14px Arial,sans-serif">'
        "{inner}</div>",
        "<span>{text}</span> ",
        "<span>{text}</span> ",
        '<a href="/sign-in">{text}</a> ',
    )
    browser = inline_box(p, "notification", "{inner}", "a", ' href="https://morningledger.example/p/412"', " · ")
    forward = each(p, "share", "{inner}", f'<p style="{para}">{{text}}</p>')
    upgrade = _slot(
        p,
        "donation",
        "{inner}",
        f'<p style="{para}"><b>{{text}}</b></p>',
        f'<p style="{para}">{{text}}</p>',
        f'<p style="{para}"><a href="/subscribe?plan=paid" style="color:#c33">{{text}}</a></p>',
    )
    disclosure = each(p, "source", "{inner}", "<i>{text}</i><br>")
    reply = _slot(
        p,
        "comments",
        "{inner}",
        "<b>{text}</b><br>",
        "{text}<br>",
        '<a href="mailto:editor@morningledger.example">{text}</a> ',
    )
    app = inline_box(p, "app", "{inner}", "a", ' href="https://morningledger.example/app" style="color:#ddd"', " · ")
    prefs = inline_box(p, "newsletter", "{inner}", "span", "", "<br>")
    consent = _slot(
        p,
        "consent",
        '<div style="position:fixed;left:0;right:0;bottom:0;background:#222;color:#fff;padding:12px;font:13px Arial">'
        "{inner}</div>",
        "<b>{text}</b> ",
        "<span>{text}</span> ",
        '<a href="/privacy" style="color:#fff">{text}</a> ',
    )
    return f"""{login}
<center>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f1ea">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
<tr><td align="right" style="padding:8px 24px;font-size:11px;color:#888">{browser}</td></tr>
<tr><td align="center" style="padding:24px"><img src="https://morningledger.example/logo.png" alt="{esc(p.site)}" width="180"><br>
<span style="font-size:12px;color:#666">Issue #412 · Friday 20 November 2026</span></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-family:Georgia,serif;font-size:28px;line-height:34px">{esc(p.title)}</h1></td></tr>
<tr><td style="padding:0 24px 24px;font-family:Georgia,serif;font-size:17px;line-height:26px;color:#222">
{forward}
{body}
{upgrade}
</td></tr>
<tr><td style="padding:0 24px 16px;font-size:13px;color:#666">{disclosure}</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #eee;font-size:14px">{reply}</td></tr>
<tr><td style="padding:16px 24px;background:#222;color:#ddd;font-size:12px">{app}</td></tr>
<tr><td align="center" style="padding:24px;font-size:11px;line-height:17px;color:#999">{prefs}<br><br>{esc(p.site)} · 48 Quay Lane · Port Ellis</td></tr>
</table>
</td></tr>
</table>
</center>
<div style="max-width:600px;margin:32px auto;font-family:Arial,sans-serif">{heading}<table role="presentation" width="100%">{issues}</table></div>
{consent}"""


def amp_article(p: Parts) -> str:
    """The AMP version of a regional paper's story (classless `<p>` paragraphs in a short
    `div.b`), built from AMP's own elements: the consent UI inside `<amp-consent>`, the app
    banner in `<amp-app-banner>`, the sign-in inside the `<amp-sidebar>` drawer with the menu,
    the lite-version notice in `<amp-user-notification>`, the share buttons as labelled
    `<amp-social-share>` elements, the newsletter pasted as plain `<p>` paragraphs right before
    the first paragraph, an `<amp-ad>` whose fallback div holds the ad, an `<amp-video>` whose
    fallback holds its labels and an `<amp-iframe>` whose fallback holds the failure message
    between paragraphs, the correction or credits pasted as plain `<p>` paragraphs right after
    the last one, the comments prompt in a bare div, the appeal in an unnamed `<section>`
    and a headed list of stories."""
    heading = related_heading(p, "<h2>{text}</h2>")
    inline = present(
        _slot(
            p,
            "advertising",
            '<amp-ad width="300" height="250" type="doubleclick" data-slot="/4119/news/article_mid">'
            "<div fallback>{inner}</div></amp-ad>",
            "<small>{text}</small> ",
            "<p>{text}</p>",
            '<a href="https://ads.example/c/4119">{text}</a> ',
        ),
        each(
            p,
            "video",
            '<amp-video controls width="16" height="9" layout="responsive" poster="/img/report.jpg" '
            'src="/video/report.mp4"><div fallback>{inner}</div></amp-video>',
            "<p>{text}</p>",
        ),
        each(
            p,
            "error",
            '<amp-iframe width="600" height="400" layout="responsive" sandbox="allow-scripts allow-same-origin" '
            'src="https://graphics.example/embed/lake-levels"><amp-img placeholder layout="fill" '
            'src="/img/graphic-placeholder.png"></amp-img><div fallback>{inner}</div></amp-iframe>',
            "<p>{text}</p>",
        ),
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
    stories = links(p.teasers(5), '<li><a href="/amp/news/{slug}">{text}</a></li>')
    consent = _slot(
        p,
        "consent",
        '<amp-consent id="site-consent" layout="nodisplay"><div id="consent-ui" class="cu">{inner}</div></amp-consent>',
        "<h3>{text}</h3>",
        "<p>{text}</p>",
        '<button on="tap:site-consent.accept">{text}</button> ',
    )
    banner = _slot(
        p,
        "app",
        '<amp-app-banner layout="nodisplay" id="app-banner">{inner}</amp-app-banner>',
        "<h3>{text}</h3>",
        "<p>{text}</p>",
        '<button open-button="">{text}</button> ',
    )
    login = _slot(
        p,
        "login",
        '<div class="sb">{inner}</div>',
        "<h4>{text}</h4>",
        "<p>{text}</p>",
        '<a href="/login?amp=1">{text}</a> ',
    )
    notice = _slot(
        p,
        "notification",
        '<amp-user-notification id="lite-notice" layout="nodisplay">{inner}</amp-user-notification>',
        "<span>{text}</span> ",
        "<span>{text}</span> ",
        '<button on="tap:lite-notice.dismiss">{text}</button> ',
    )
    share = each(
        p,
        "share",
        '<div class="s">{inner}</div>',
        '<amp-social-share type="system" width="auto" height="28">{text}</amp-social-share> ',
    )
    newsletter = _slot(
        p,
        "newsletter",
        "{inner}",
        "<p><strong>{text}</strong></p>",
        "<p>{text}</p>",
        '<p><a href="/newsletters">{text}</a></p>',
    )
    note = each(p, "source", "{inner}", "<p><em>{text}</em></p>")
    comments = _slot(
        p, "comments", "<div>{inner}</div>", "<h3>{text}</h3>", "<p>{text}</p>", '<a href="/news/comments">{text}</a> '
    )
    appeal = _slot(
        p,
        "donation",
        "<section>{inner}</section>",
        "<h3>{text}</h3>",
        "<p>{text}</p>",
        '<a href="/support">{text}</a> ',
    )
    return f"""{consent}
{banner}
<header class="h"><button on="tap:nav.toggle" aria-label="Menu">☰</button> <a href="/amp/">{esc(p.site)}</a></header>
<amp-sidebar id="nav" layout="nodisplay" side="left"><nav><a href="/amp/news">News</a> <a href="/amp/sport">Sport</a> <a href="/amp/weather">Weather</a></nav>
{login}</amp-sidebar>
{notice}
<main>
<article>
<h1>{esc(p.title)}</h1>
<p class="m">By Ellen Marsh · <time datetime="2026-11-20T06:40:00Z">20 November 2026</time></p>
<amp-img src="/img/lead.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>
{share}
<div class="b">
{newsletter}
{body}
{note}
</div>
{comments}
{appeal}
<div class="r">{heading}<ul>{stories}</ul></div>
</article>
</main>
<footer class="f"><p>© 2026 {esc(p.site)}</p></footer>"""


def syndicated_partner_portal(p: Parts) -> str:
    """A news portal carrying a partner's story, a web-component app with hashed class names
    and the story in a `<cs-article>` element as `p.p_1x9k` paragraphs under the publisher's
    badge: the portal sign-in in `<portal-header>`, a breaking-news strip in a hashed div, the
    share buttons as `<fluent-button>` elements, the app promo pasted as same-class paragraphs
    right before the first paragraph, a `<partner-widget>` of promoted links, the video
    player's iframe with its labels as fallback text and a failed partner widget between
    paragraphs, the originally-appeared-on credit pasted as same-class paragraphs right after
    the last paragraph, the comments redirect in a hashed div, the headed partner list, the
    newsletter and the publisher's appeal in the sidebar, and the consent in a modal."""
    heading = related_heading(p, '<h2 class="hd_4a0e">{text}</h2>')
    paragraph = '<p class="p_1x9k">{text}</p>'
    inline = present(
        _slot(
            p,
            "advertising",
            '<partner-widget data-provider="relaymedia" class="pw_0d2e">{inner}</partner-widget>',
            '<div class="pw_h_71c2">{text}</div>',
            '<div class="pw_t_3e88">{text}</div>',
            '<a class="pw_s_09bb" href="https://relaymedia.example/what-is-this">{text}</a> ',
        ),
        each(
            p,
            "video",
            '<div class="v_3a9f"><iframe src="https://players.portalia.example/v/55120" allowfullscreen>{inner}</iframe></div>',
            "{text} ",
        ),
        box(p, "error", '<div class="pw_0d2e" data-state="failed">{inner}</div>', "div"),
    )
    body = p.body(
        {
            "p": paragraph,
            "h2": '<h2 class="h2_6d1b">{text}</h2>',
            "quote": '<blockquote class="q_2c7a">' + paragraph + "</blockquote>",
            "ul": '<ul class="l_8e5f">{items}</ul>',
        },
        inline,
    )
    cards = links(
        p.teasers(6),
        '<li class="cd_5b2e"><a href="/en-gb/news/other/{slug}"><img src="/tn/{slug}.jpg" alt=""><span>{text}</span></a></li>',
    )
    login = _slot(
        p,
        "login",
        '<div class="ac_1q9z">{inner}</div>',
        "<span>{text}</span> ",
        "<span>{text}</span> ",
        '<fluent-button appearance="accent">{text}</fluent-button> ',
    )
    strip = _slot(
        p,
        "notification",
        '<div class="x9q2 x1fr">{inner}</div>',
        "<b>{text}</b> ",
        "<span>{text}</span> ",
        '<a href="/live">{text}</a> ',
    )
    share = each(
        p, "share", '<div class="sb_21ab">{inner}</div>', '<fluent-button appearance="stealth">{text}</fluent-button> '
    )
    app = each(p, "app", "{inner}", paragraph)
    credit = each(p, "source", "{inner}", paragraph)
    comments = _slot(
        p,
        "comments",
        '<div class="c_4e7d">{inner}</div>',
        "<h3>{text}</h3>",
        "<p>{text}</p>",
        '<a href="https://harbourchronicle.example/comments">{text}</a> ',
    )
    newsletter = _slot(
        p,
        "newsletter",
        '<div class="nl_8c1a">{inner}<input type="email"></div>',
        "<h3>{text}</h3>",
        "<p>{text}</p>",
        '<fluent-button appearance="accent">{text}</fluent-button> ',
    )
    appeal = _slot(
        p,
        "donation",
        '<div class="x7k2p">{inner}</div>',
        "<h3>{text}</h3>",
        "<p>{text}</p>",
        '<a href="https://harbourchronicle.example/support">{text}</a> ',
    )
    consent = _slot(
        p,
        "consent",
        '<div class="ovl_9c10" role="dialog" aria-modal="true"><div class="dlg_1e4b">{inner}</div></div>',
        "<h2>{text}</h2>",
        "<p>{text}</p>",
        '<fluent-button appearance="accent">{text}</fluent-button> ',
    )
    return f"""<div id="root" class="r_1a2b">
<portal-header class="h_7f2c1"><a class="lg_0e3d" href="/">{esc(p.site)}</a>
<input class="sr_5c6a" type="search" placeholder="Search the web">
{login}</portal-header>
{strip}
<div class="pg_3d81">
<main class="mn_9a21">
<div class="pub_55e0"><img src="/logos/partner-4471.png" alt="" width="24" height="24"> <span class="pub_n_2f">Harbour Chronicle</span> · <time datetime="2026-11-20">20/11/2026</time></div>
<h1 class="t_0c1e">{esc(p.title)}</h1>
{share}
<cs-article class="a_8b3f">
{app}
{body}
{credit}
</cs-article>
{comments}
</main>
<aside class="sd_2f9b">
<div class="rl_6c0a">{heading}<ul>{cards}</ul></div>
{newsletter}
{appeal}
</aside>
</div>
<footer class="ft_61d0"><a href="/privacy">Privacy &amp; Cookies</a> <a href="/terms">Terms of use</a> <span>© 2026 Portalia</span></footer>
{consent}
</div>"""


SHAPES = (
    podcast_episode_page,
    video_story_page,
    photo_essay_page,
    newsletter_web_archive,
    amp_article,
    syndicated_partner_portal,
)
