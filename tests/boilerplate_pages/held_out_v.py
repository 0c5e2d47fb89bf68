"""A held-out part: six shapes of technology, gaming and consumer-electronics news (a gadget
review site on SvelteKit with `svelte-` hashes, with its price-comparison widget, affiliate
disclosure, price-drop alert, Pro upsell and rating widget; a games news site on Astro with
`data-astro-cid-` attributes and `<astro-island>` custom elements, with its Twitch live bar,
store offer, trailer, tip jar and Discord plug; an enterprise IT and cloud trade site on Angular
with `_ngcontent-` attributes and `<app-*>` components, with its sponsored whitepaper, podcast
card, metered access, topic follow and Material snack bar and dialog; a startup and
venture-capital blog on Ghost, with its announcement bar, callout-card newsletter, job-board
product card, podcast audio card and members upgrade box; a smartphone and telecoms news site's
AMP page, with its SIM-deals `<amp-list>`, push widget, app banner, subscriptions section and
`<amp-consent>`; and a developer-tools and open-source news site on Hugo with Lit components in
declarative shadow roots, with its sponsor blockquote, release banner, GitHub star button,
funding appeal, giscus comments and CLI plug), with their wording, written without reading
newsmon's rules, and never tuned on. What newsmon does here is the figure for pages it has not
seen."""

from __future__ import annotations

from tests.boilerplate_pages.junk import Blocks
from tests.boilerplate_pages.page import (
    FOOTER,
    NAV,
    Parts,
    body_item_lines,
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
                "Best prices today",
                "Aurion Pods Pro 3 · £179.99 at Voltstore",
                "£184.00 at Currant Electrical",
                "£189.99 at Marketbay",
                "We check over 250 million products every day for the best prices",
            ],
            [
                "Today's top tech deals",
                "Kestrel X14 gaming laptop (RTX 5070, 32GB) — was £1,699, now £1,349",
                "Lumio 27-inch 4K monitor — £229 (save £90)",
                "See all Black Friday tech deals",
            ],
            [
                "Sponsored whitepaper",
                "The 2026 State of Hybrid Cloud Cost Control: how 600 IT leaders cut spend by 23%",
                "Download the free report",
                "Provided by Stratacore",
            ],
            [
                "CloudSummit Europe 2027",
                "Amsterdam · 9–10 March · 120 speakers, 40 vendor workshops",
                "Use code TRADE20 for 20% off conference passes.",
                "Book your pass",
            ],
            [
                "Startup jobs",
                "Senior Backend Engineer (Rust) · Ledgerlight · London or remote",
                "Founding Designer · Parcelo · Berlin",
                "Head of Growth · Tidewave · Lisbon",
                "See 340 open roles at portfolio companies",
            ],
            [
                "SIM-only deals",
                "30GB data · unlimited calls · £8/month",
                "100GB 5G data · £12/month",
                "Unlimited data · £20/month",
                "Compare 1,400 SIM deals",
            ],
            [
                "This week's sponsor: Relaymesh gives every pull request its own preview environment, with seeded databases and logs.",
                "Start free, no credit card needed",
            ],
            ["Hollow Circuit on Steam", "£24.99 · −20% until 26 Nov", "Add to wishlist"],
        ],
        "donation": [
            [
                "Go Pro, skip the ads",
                "Pro members get ad-free reading, our full benchmark database and early access to reviews.",
                "Try Pro free for 14 days",
            ],
            [
                "This is a members-only story for Insider subscribers.",
                "Upgrade to Insider to keep reading",
                "$12/month · cancel anytime",
            ],
            [
                "Sponsor this project on Open Collective",
                "Our news feed is run by volunteers. Monthly backers pay for the servers and the CI minutes.",
                "Become a backer",
            ],
            [
                "Enjoying our coverage? Buy us a coffee on Ko-fi, every little bit keeps the lights on.",
                "Support us on Ko-fi",
            ],
            [
                "You've reached your free article limit",
                "Register for free to read 5 more enterprise stories each month, or subscribe for unlimited access.",
            ],
            [
                "We don't do sponsored reviews.",
                "Subscribers make that possible, from $4 a month.",
                "Become a subscriber",
            ],
        ],
        "notification": [
            ["LIVE NOW on Twitch", "Friday Night Frags: we play Hollow Circuit co-op", "Watch the stream"],
            ["Want to know when the Aurion Pods Pro 3 drop in price?", "Set a price drop alert"],
            [
                "Get an alert the moment Apple, Google or Samsung announce new phones.",
                "Turn on alerts",
                "No thanks",
            ],
            ["Heads up: our comment system will be offline for maintenance on Saturday from 02:00 UTC."],
            ["New release available", "Quillkit 4.2 is out — see what's new", "Dismiss"],
            [
                "Follow this topic",
                "Get notified when we publish new stories about Kubernetes.",
                "Follow Kubernetes",
            ],
        ],
        "app": [
            ["Read Pixelpress in the app", "Faster pages, offline reading and dark mode.", "Open in app"],
            ["Track deals on your phone with the free Pricepeek app for iOS and Android."],
            [
                "Join 80,000 players on our Discord server",
                "Chat about releases, find a squad and vote in our weekly poll.",
                "Join the Discord",
            ],
            [
                "Scan to download the Signal Bars app",
                "Test your 4G and 5G speed and compare networks near you.",
                "4.6 ★ on Google Play",
            ],
            ["Headlines in your terminal", "brew install techwire-news", "Updated hourly"],
        ],
        "newsletter": [
            [
                "The Download",
                "The day's biggest tech stories in your inbox at 7am.",
                "you@example.com",
                "Subscribe free",
            ],
            [
                "Patch Notes",
                "A weekly digest of game releases, updates and deals, every Friday.",
                "Sign me up for Patch Notes",
            ],
            [
                "Cloud Brief",
                "Infrastructure, security and AI news for IT decision makers, three times a week.",
                "Business email",
                "Get the Cloud Brief",
            ],
            [
                "Term Sheet Tuesday",
                "Every funding round over $5M, sorted by sector. Join 61,000 founders and investors.",
                "Join free",
            ],
            [
                "Join the beta",
                "Be the first to try our new reader app and tell us what to fix.",
                "Request an invite",
            ],
            [
                "Release Radar",
                "One email a month with the releases that matter, no vendor fluff.",
                "Subscribe via email",
                "Or follow the RSS feed",
            ],
        ],
        "comments": [
            ["87 comments", "Sort by: Top", "Show more replies"],
            ["Found a mistake in this article? Report it on GitHub.", "Open an issue"],
            ["Was this article helpful?", "Yes, thanks", "Not really"],
            ["What's your score?", "Rate this game", "Average player rating: 8.1 from 2,314 votes"],
            ["Join the discussion on our forums", "412 replies · last post 3 minutes ago"],
            ["Spotted a typo? Select the text and press Ctrl+Enter to tell the editors."],
        ],
        "login": [
            ["Sign in with Steam", "Sign in with Discord", "Create account"],
            ["Already registered? Sign in to download", "Forgot your password?"],
            ["Members area", "Sign in to see your portfolio watchlist and saved searches."],
            ["Log in with GitHub to comment", "We only read your public profile."],
            ["My Northwave", "Check your usage and upgrade date", "Sign in"],
        ],
        "video": [
            ["Watch our full review", "Aurion Pods Pro 3 vs the competition", "14:22"],
            ["Trailer: Hollow Circuit – official launch trailer", "2:11", "Watch in 4K"],
            ["Podcast", "Episode 212: Is the cloud repatriation wave real?", "Listen now · 41 min"],
            [
                "Series A Podcast",
                "Founders on raising in a down market, every Wednesday.",
                "Listen on Spotify",
                "Apple Podcasts",
            ],
            ["Hands-on video: Pixelframe 9 cameras tested at night", "6:40", "Autoplay on"],
            ["Conference talk: Migrating 4,000 repos to a monorepo", "38:15", "Watch the recording"],
        ],
        "source": [
            ["We may earn a commission when you buy through links on our site. Here's how it works."],
            [
                "This article was originally published in March and has been updated with current prices and availability."
            ],
            ["Review unit provided by the manufacturer. The company had no input into this review."],
            ["With additional reporting by Dana Whitlock", "Lead image: Hollow Circuit / Ninefold Games"],
            [
                "Disclosure: Techwire's parent company is an investor in Ledgerlight. It had no involvement in this story."
            ],
            ["This post is licensed under CC BY-SA 4.0.", "Edit this page on GitHub"],
            ["Benchmarks: our lab, firmware 2.1.0", "Prices via Pricepeek, checked 20 November"],
        ],
        "share": [
            ["Share on Reddit", "Post on Bluesky", "Share on Mastodon", "Copy URL"],
            ["Star", "12.4k", "Fork", "1.1k"],
            ["Tweet", "Post to Hacker News", "Submit to Lobsters"],
            ["Send via email", "Share to LinkedIn", "Post to Threads"],
            ["Save for later", "Gift this article"],
        ],
        "error": [
            ["Prices are temporarily unavailable. Please check back later."],
            ["This video is unavailable in your region."],
            ["Failed to load comments.", "Try again"],
            ["Couldn't fetch the star count from GitHub (rate limited)."],
            ["The download form couldn't be submitted. Please disable your ad blocker and try again."],
            ["Stream offline", "The channel is not live right now."],
        ],
        "consent": [
            [
                "We care about your privacy",
                "We and our 841 vendors use cookies and similar tech to personalise ads, measure performance and develop products.",
                "Accept all cookies",
                "Reject non-essential",
                "More options",
            ],
            [
                "Accept cookies or subscribe",
                "To read for free, allow advertising cookies. Or go ad-free with Pro for £2.99 a month.",
                "Accept and read free",
                "Subscribe to Pro",
            ],
            ["This site uses cookies for analytics and to remember your theme.", "Fine by me", "Cookie policy"],
            ["Privacy preferences", "Essential", "Analytics", "Marketing", "Confirm selection"],
        ],
        "related": [
            ["More from Reviews"],
            ["Latest gaming news"],
            ["More enterprise tech"],
            ["Also on Techwire"],
            ["More phone news"],
            ["Read next"],
            ["Trending in open source"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Bester Preis heute",
                "Aurion Pods Pro 3 · 179,99 € bei Voltmarkt",
                "184,00 € bei Elektro Kranz",
                "189,90 € bei Marktbuch",
                "Wir vergleichen täglich die Preise von über 600 Händlern",
            ],
            [
                "Deals des Tages",
                "Kestrel X14 Gaming-Notebook (RTX 5070, 32 GB) – statt 1.799 € jetzt 1.399 €",
                "Lumio 27-Zoll-4K-Monitor – 239 € (−27 %)",
                "Alle Black-Friday-Deals ansehen",
            ],
            [
                "Whitepaper",
                "Hybrid Cloud 2026: Wie 600 IT-Leiter ihre Cloud-Kosten um 23 Prozent senken",
                "Jetzt kostenlos herunterladen",
                "Bereitgestellt von Stratacore",
            ],
            [
                "Stellenmarkt Start-ups",
                "Senior Backend Engineer Rust (m/w/d) · Ledgerlight · Berlin oder remote",
                "Founding Designer (m/w/d) · Parcelo · München",
                "Alle 340 Jobs im Portfolio",
            ],
            [
                "SIM-only-Tarife",
                "30 GB 5G · Allnet-Flat · 7,99 €/Monat",
                "Unbegrenztes Datenvolumen · 19,99 €/Monat",
                "Über 1.400 Tarife vergleichen",
            ],
            [
                "CloudSummit Europe 2027",
                "Amsterdam · 9.–10. März · 120 Sprecherinnen und Sprecher",
                "Mit dem Code TRADE20 sparen Sie 20 Prozent auf alle Tickets.",
                "Jetzt Ticket sichern",
            ],
        ],
        "donation": [
            [
                "Werbefrei mit Pro",
                "Pro-Mitglieder lesen ohne Werbung, erhalten unsere komplette Benchmark-Datenbank und Tests vorab.",
                "14 Tage kostenlos testen",
            ],
            [
                "Dieser Artikel ist exklusiv für Insider-Abonnenten.",
                "Jetzt Insider werden und weiterlesen",
                "12 € im Monat · jederzeit kündbar",
            ],
            [
                "Gefällt dir unsere Berichterstattung? Spendiere uns einen Kaffee auf Ko-fi, jeder Euro hilft bei den Serverkosten.",
                "Auf Ko-fi unterstützen",
            ],
            [
                "Sie haben Ihr Limit an kostenlosen Artikeln erreicht",
                "Registrieren Sie sich kostenlos für fünf weitere Artikel pro Monat oder abonnieren Sie unbegrenzten Zugang.",
            ],
            [
                "Unterstütze dieses Projekt auf Open Collective",
                "Unser Newsfeed wird von Freiwilligen betrieben. Monatliche Unterstützer zahlen Server und CI-Minuten.",
                "Unterstützer werden",
            ],
        ],
        "notification": [
            ["JETZT LIVE auf Twitch", "Freitagabend-Zocken: Wir spielen Hollow Circuit im Koop", "Zum Stream"],
            [
                "Preisalarm für die Aurion Pods Pro 3",
                "Wir benachrichtigen dich, sobald der Preis fällt.",
                "Alarm setzen",
            ],
            [
                "Thema folgen",
                "Erhalten Sie eine Benachrichtigung, wenn wir neue Artikel zu Kubernetes veröffentlichen.",
                "Kubernetes folgen",
            ],
            ["Wartungshinweis: Die Kommentarfunktion ist am Samstag ab 3 Uhr für einige Stunden nicht verfügbar."],
            ["Neue Version verfügbar", "Quillkit 4.2 ist da – alle Neuerungen", "Ausblenden"],
        ],
        "app": [
            ["Pixelpresse in der App lesen", "Schneller laden, offline lesen, Dark Mode.", "In der App öffnen"],
            [
                "Über 80.000 Spielerinnen und Spieler auf unserem Discord-Server",
                "Neuerscheinungen besprechen, Mitspieler finden, bei der Wochenumfrage abstimmen.",
                "Discord beitreten",
            ],
            ["Funkloch-Check: Die Netztest-App misst 4G und 5G an Ihrem Standort.", "4,6 ★ bei Google Play"],
            ["Schlagzeilen im Terminal", "brew install techwire-news", "Stündlich aktualisiert"],
        ],
        "newsletter": [
            [
                "Der Tech-Morgen",
                "Die wichtigsten Tech-News jeden Morgen um 7 Uhr im Postfach.",
                "E-Mail-Adresse",
                "Gratis eintragen",
            ],
            ["Patch Notes", "Jeden Freitag: neue Spiele, Updates und Deals der Woche.", "Für Patch Notes anmelden"],
            [
                "Cloud kompakt",
                "Infrastruktur, Security und KI für IT-Entscheider, dreimal pro Woche.",
                "Geschäftliche E-Mail",
                "Cloud kompakt bestellen",
            ],
            [
                "Beta-Tester gesucht",
                "Teste als Erste oder Erster unsere neue Reader-App und sag uns, was hakt.",
                "Einladung anfordern",
            ],
        ],
        "comments": [
            ["142 Kommentare", "Sortieren: Beliebteste", "Weitere Antworten anzeigen"],
            ["Fehler im Artikel gefunden? Melde ihn uns auf GitHub.", "Issue eröffnen"],
            ["War dieser Artikel hilfreich?", "Ja, danke", "Eher nicht"],
            ["Deine Wertung?", "Spiel bewerten", "Leserwertung: 7,9 aus 1.208 Stimmen"],
            ["Tippfehler entdeckt? Markiere den Text und drücke Strg+Enter."],
        ],
        "login": [
            ["Mit Steam anmelden", "Mit Discord anmelden", "Konto erstellen"],
            ["Bereits registriert? Zum Download anmelden", "Passwort zurücksetzen"],
            ["Mit GitHub anmelden, um zu kommentieren", "Wir lesen nur dein öffentliches Profil."],
            ["Mein Nordwelle", "Verbrauch und Vertragsverlängerung prüfen", "Zum Login"],
        ],
        "video": [
            ["Unser Testvideo", "Aurion Pods Pro 3 im Vergleich", "14:22"],
            ["Trailer: Hollow Circuit – offizieller Launch-Trailer", "2:11", "In 4K ansehen"],
            ["Podcast", "Folge 212: Kommt die große Rückkehr aus der Cloud?", "Jetzt anhören · 41 Min."],
            ["Konferenzvortrag: 4.000 Repositories in ein Monorepo migrieren", "38:15", "Aufzeichnung ansehen"],
        ],
        "source": [
            [
                "Wir erhalten eine Provision, wenn du über Links auf unserer Seite kaufst. Für dich ändert sich der Preis nicht."
            ],
            [
                "Dieser Artikel erschien erstmals im März und wurde mit aktuellen Preisen und Verfügbarkeiten aktualisiert."
            ],
            ["Das Testgerät wurde uns vom Hersteller zur Verfügung gestellt. Er hatte keinen Einfluss auf den Test."],
            ["Mitarbeit: Lena Vogt", "Titelbild: Hollow Circuit / Ninefold Games"],
            ["Dieser Beitrag steht unter der Lizenz CC BY-SA 4.0.", "Diese Seite auf GitHub bearbeiten"],
        ],
        "share": [
            ["Auf Reddit teilen", "Auf Bluesky teilen", "Auf Mastodon teilen", "URL kopieren"],
            ["Star", "12.4k", "Fork", "1.1k"],
            ["Per Mail verschicken", "Bei LinkedIn posten", "Auf Threads posten"],
            ["Für später merken", "Artikel verschenken"],
        ],
        "error": [
            ["Preise sind vorübergehend nicht verfügbar. Bitte schau später noch einmal vorbei."],
            ["Dieses Video ist in deinem Land nicht verfügbar."],
            ["Kommentare konnten nicht geladen werden.", "Nochmal versuchen"],
            [
                "Das Formular konnte nicht gesendet werden. Bitte deaktivieren Sie Ihren Werbeblocker und versuchen Sie es erneut."
            ],
            ["Stream offline", "Der Kanal ist gerade nicht live."],
        ],
        "consent": [
            [
                "Wir respektieren Ihre Privatsphäre",
                "Wir und unsere 841 Partner verwenden Cookies und ähnliche Technologien, um Werbung zu personalisieren und Reichweite zu messen.",
                "Alle Cookies akzeptieren",
                "Nur technisch notwendige",
                "Optionen verwalten",
            ],
            [
                "Werbung oder Pur-Abo",
                "Lesen Sie kostenlos mit Werbe-Cookies oder werbefrei mit Pro für 2,99 € im Monat.",
                "Akzeptieren und kostenlos lesen",
                "Pro abonnieren",
            ],
            [
                "Diese Seite nutzt Cookies für Statistik und um dein Farbschema zu speichern.",
                "Passt",
                "Datenschutzerklärung",
            ],
            ["Datenschutz-Einstellungen", "Essenziell", "Statistik", "Marketing", "Auswahl bestätigen"],
        ],
        "related": [
            ["Mehr Tests"],
            ["Neues aus der Gaming-Welt"],
            ["Mehr zu Enterprise-IT"],
            ["Auch interessant"],
            ["Mehr Smartphone-News"],
            ["Als Nächstes lesen"],
            ["Trends bei Open Source"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Meilleurs prix",
                "Aurion Pods Pro 3 · 179,99 € chez Voltbazar",
                "184,00 € chez Électro Dupuis",
                "189,90 € sur Marchéplace",
                "Comparaison mise à jour toutes les heures",
            ],
            [
                "Bons plans high-tech",
                "PC portable gamer Kestrel X14 (RTX 5070, 32 Go) : 1 399 € au lieu de 1 799 €",
                "Écran Lumio 27 pouces 4K : 239 € (−27 %)",
                "Voir tous les bons plans du Black Friday",
            ],
            [
                "Livre blanc",
                "Cloud hybride 2026 : comment 600 DSI ont réduit leurs coûts de 23 %",
                "Télécharger gratuitement",
                "Proposé par Stratacore",
            ],
            [
                "Forfaits sans engagement",
                "40 Go 5G · appels illimités · 8,99 €/mois",
                "Data illimitée · 19,99 €/mois",
                "Comparer 1 400 forfaits",
            ],
            [
                "Offres d'emploi startups",
                "Ingénieur·e backend senior (Rust) · Ledgerlight · Paris ou télétravail",
                "Designer fondateur·rice · Parcelo · Lyon",
                "Voir les 340 postes",
            ],
        ],
        "donation": [
            [
                "Passez Pro, sans publicité",
                "Lecture sans pub, accès complet à notre base de benchmarks et tests en avant-première.",
                "Essai gratuit de 14 jours",
            ],
            [
                "Cet article est réservé aux abonnés Insider.",
                "Abonnez-vous pour poursuivre la lecture",
                "12 €/mois · sans engagement",
            ],
            [
                "Vous aimez nos articles ? Offrez-nous un café sur Ko-fi, chaque euro aide à payer les serveurs.",
                "Nous soutenir sur Ko-fi",
            ],
            [
                "Vous avez atteint votre limite d'articles gratuits",
                "Inscrivez-vous gratuitement pour lire 5 articles de plus par mois, ou abonnez-vous pour un accès illimité.",
            ],
        ],
        "notification": [
            ["EN DIRECT sur Twitch", "Soirée coop : on joue à Hollow Circuit", "Rejoindre le live"],
            ["Alerte baisse de prix", "Recevez un e-mail dès que les Aurion Pods Pro 3 baissent.", "Activer l'alerte"],
            ["Suivre ce sujet", "Soyez averti de nos nouveaux articles sur Kubernetes.", "Suivre Kubernetes"],
            ["Maintenance : les commentaires seront indisponibles samedi à partir de 3 h."],
        ],
        "app": [
            [
                "Lisez Pixelpresse dans l'appli",
                "Chargement rapide, lecture hors ligne et mode sombre.",
                "Ouvrir l'appli",
            ],
            [
                "Rejoignez nos 80 000 joueurs sur Discord",
                "Discutez des sorties, trouvez une équipe, votez au sondage de la semaine.",
                "Rejoindre le Discord",
            ],
            ["Testez votre débit 4G et 5G avec l'appli Barres de Réseau.", "4,6 ★ sur Google Play"],
            ["Les titres dans votre terminal", "brew install techwire-news", "Mis à jour toutes les heures"],
        ],
        "newsletter": [
            [
                "Le Récap Tech",
                "L'essentiel de la tech chaque matin à 7 h dans votre boîte mail.",
                "Adresse e-mail",
                "Je m'inscris, c'est gratuit",
            ],
            [
                "Patch Notes",
                "Chaque vendredi : sorties, mises à jour et promos jeux vidéo.",
                "Je m'abonne à Patch Notes",
            ],
            [
                "Cloud & Sécurité",
                "L'actualité infrastructure, cybersécurité et IA pour les décideurs IT, trois fois par semaine.",
                "E-mail professionnel",
                "Recevoir Cloud & Sécurité",
            ],
            [
                "Devenez bêta-testeur",
                "Essayez en avant-première notre nouvelle appli de lecture.",
                "Demander une invitation",
            ],
        ],
        "comments": [
            ["63 commentaires", "Trier par : les mieux notés", "Afficher plus de réponses"],
            ["Une erreur dans cet article ? Signalez-la sur GitHub.", "Ouvrir un ticket"],
            ["Cet article vous a-t-il été utile ?", "Oui, merci", "Pas vraiment"],
            ["Votre note ?", "Noter le jeu", "Note des lecteurs : 8,3 sur 954 votes"],
        ],
        "login": [
            ["Se connecter avec Steam", "Se connecter avec Discord", "Créer mon compte"],
            ["Déjà inscrit ? Connectez-vous pour télécharger", "Mot de passe perdu ?"],
            ["Connectez-vous avec GitHub pour commenter", "Nous ne lisons que votre profil public."],
            [
                "Mon espace Nordonde",
                "Consultez votre consommation et votre date de renouvellement",
                "Accéder à mon espace",
            ],
        ],
        "video": [
            ["Notre test en vidéo", "Aurion Pods Pro 3 face à la concurrence", "14:22"],
            ["Bande-annonce : Hollow Circuit – trailer de lancement", "2:11", "Regarder en 4K"],
            ["Podcast", "Épisode 212 : faut-il sortir du cloud ?", "Écouter · 41 min"],
            ["Conférence : migrer 4 000 dépôts vers un monorepo", "38:15", "Voir l'enregistrement"],
        ],
        "source": [
            ["Nous pouvons percevoir une commission lorsque vous achetez via nos liens. Cela ne change rien au prix."],
            ["Cet article a été publié initialement en mars et mis à jour avec les prix et la disponibilité actuels."],
            ["Produit prêté par le fabricant, qui n'a eu aucun droit de regard sur ce test."],
            ["Avec Camille Lefort", "Image : Hollow Circuit / Ninefold Games"],
            ["Article sous licence CC BY-SA 4.0.", "Modifier cette page sur GitHub"],
        ],
        "share": [
            ["Partager sur Reddit", "Partager sur Bluesky", "Partager sur Mastodon", "Copier l'URL"],
            ["Star", "12.4k", "Fork", "1.1k"],
            ["Envoyer à un collègue", "Publier sur LinkedIn", "Publier sur Threads"],
            ["Lire plus tard", "Offrir cet article"],
        ],
        "error": [
            ["Prix momentanément indisponibles. Revenez un peu plus tard."],
            ["Cette vidéo n'est pas disponible dans votre pays."],
            ["Impossible de charger les commentaires.", "Relancer"],
            ["Le formulaire n'a pas pu être envoyé. Désactivez votre bloqueur de publicité et réessayez."],
            ["Stream hors ligne", "La chaîne n'est pas en direct pour le moment."],
        ],
        "consent": [
            [
                "Vos données, vos choix",
                "Nos 841 partenaires et nous utilisons des cookies pour personnaliser la publicité et mesurer l'audience.",
                "Accepter tous les cookies",
                "Refuser le non-essentiel",
                "Gérer les options",
            ],
            [
                "Accepter les cookies ou s'abonner",
                "Lisez gratuitement avec les cookies publicitaires, ou sans pub avec Pro pour 2,99 € par mois.",
                "Accepter et lire gratuitement",
                "S'abonner à Pro",
            ],
            [
                "Ce site utilise des cookies pour les statistiques et pour mémoriser votre thème.",
                "Ça me va",
                "Politique cookies",
            ],
            ["Préférences de confidentialité", "Essentiels", "Mesure d'audience", "Marketing", "Valider ma sélection"],
        ],
        "related": [
            ["Plus de tests"],
            ["Actus jeux vidéo"],
            ["Plus d'IT en entreprise"],
            ["À lire ensuite"],
            ["Plus d'actus smartphones"],
            ["Tendances open source"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Mejores precios hoy",
                "Aurion Pods Pro 3 · 179,99 € en Voltienda",
                "184,00 € en Electro Robles",
                "189,90 € en Mercadón",
                "Comparamos precios de más de 500 tiendas",
            ],
            [
                "Chollos tecnológicos",
                "Portátil gaming Kestrel X14 (RTX 5070, 32 GB): 1.399 €, antes 1.799 €",
                "Monitor Lumio 4K de 27 pulgadas: 239 € (−27 %)",
                "Ver todas las ofertas del Black Friday",
            ],
            [
                "Informe técnico",
                "Nube híbrida 2026: cómo 600 responsables de TI recortaron un 23 % sus costes",
                "Descárgalo gratis",
                "Ofrecido por Stratacore",
            ],
            [
                "Tarifas solo SIM",
                "30 GB 5G · llamadas ilimitadas · 7,99 €/mes",
                "Datos ilimitados · 19,99 €/mes",
                "Comparar 1.400 tarifas",
            ],
            [
                "Empleo en startups",
                "Backend Engineer sénior (Rust) · Ledgerlight · Madrid o remoto",
                "Diseñador/a fundador/a · Parcelo · Barcelona",
                "Ver las 340 ofertas",
            ],
        ],
        "donation": [
            [
                "Hazte Pro y olvídate de los anuncios",
                "Lectura sin publicidad, nuestra base de datos de pruebas completa y análisis antes que nadie.",
                "Prueba Pro gratis 14 días",
            ],
            [
                "Este artículo es exclusivo para suscriptores Insider.",
                "Suscríbete para seguir leyendo",
                "12 €/mes · cancela cuando quieras",
            ],
            [
                "¿Te gusta lo que hacemos? Invítanos a un café en Ko-fi: cada euro ayuda a pagar los servidores.",
                "Apóyanos en Ko-fi",
            ],
            [
                "Has alcanzado tu límite de artículos gratuitos",
                "Regístrate gratis para leer 5 artículos más al mes o suscríbete para tener acceso ilimitado.",
            ],
        ],
        "notification": [
            ["EN DIRECTO en Twitch", "Noche cooperativa: jugamos a Hollow Circuit", "Ver el directo"],
            [
                "Alerta de bajada de precio",
                "Te avisamos cuando los Aurion Pods Pro 3 bajen de precio.",
                "Activar alerta",
            ],
            ["Seguir este tema", "Recibe un aviso cuando publiquemos noticias sobre Kubernetes.", "Seguir Kubernetes"],
            ["Aviso de mantenimiento: los comentarios no estarán disponibles el sábado a partir de las 3:00."],
        ],
        "app": [
            ["Lee Pixelprensa en la app", "Carga más rápida, lectura sin conexión y modo oscuro.", "Abrir en la app"],
            [
                "Únete a los 80.000 jugadores de nuestro Discord",
                "Habla de lanzamientos, busca equipo y vota en la encuesta semanal.",
                "Entrar en Discord",
            ],
            ["Mide tu cobertura 4G y 5G con la app Rayitas.", "4,6 ★ en Google Play"],
            ["Titulares en tu terminal", "brew install techwire-news", "Actualizado cada hora"],
        ],
        "newsletter": [
            [
                "El Resumen Tech",
                "Las noticias tecnológicas clave cada mañana a las 7:00 en tu correo.",
                "Correo electrónico",
                "Quiero recibirlo",
            ],
            ["Patch Notes", "Cada viernes: lanzamientos, parches y ofertas de videojuegos.", "Apuntarme a Patch Notes"],
            [
                "Nube y Seguridad",
                "Infraestructura, ciberseguridad e IA para directivos de TI, tres veces por semana.",
                "Correo de empresa",
                "Recibir el boletín",
            ],
            ["Únete a la beta", "Prueba antes que nadie nuestra nueva app de lectura.", "Pedir invitación"],
        ],
        "comments": [
            ["58 comentarios", "Ordenar por: mejor valorados", "Ver más respuestas"],
            ["¿Has visto un error en este artículo? Avísanos en GitHub.", "Abrir una incidencia"],
            ["¿Te ha resultado útil este artículo?", "Sí, gracias", "No mucho"],
            ["¿Qué nota le das?", "Valorar el juego", "Nota de los lectores: 8,0 de 1.032 votos"],
        ],
        "login": [
            ["Entrar con Steam", "Entrar con Discord", "Crear una cuenta gratis"],
            ["¿Ya tienes cuenta? Inicia sesión para descargar", "¿Has olvidado tu contraseña?"],
            ["Inicia sesión con GitHub para comentar", "Solo leemos tu perfil público."],
            ["Mi Nordonda", "Consulta tu consumo y la fecha de renovación", "Entrar a mi cuenta"],
        ],
        "video": [
            ["Nuestro análisis en vídeo", "Aurion Pods Pro 3 frente a la competencia", "14:22"],
            ["Tráiler: Hollow Circuit – tráiler de lanzamiento", "2:11", "Ver en 4K"],
            ["Pódcast", "Episodio 212: ¿vuelven las empresas de la nube?", "Escuchar · 41 min"],
            ["Charla: migrar 4.000 repositorios a un monorepo", "38:15", "Ver la grabación"],
        ],
        "source": [
            ["Podemos recibir una comisión si compras a través de nuestros enlaces. El precio para ti es el mismo."],
            [
                "Este artículo se publicó originalmente en marzo y se ha actualizado con precios y disponibilidad actuales."
            ],
            ["Unidad de prueba cedida por el fabricante, que no ha revisado este análisis."],
            ["Con la colaboración de Marta Ibarra", "Imagen: Hollow Circuit / Ninefold Games"],
            ["Artículo bajo licencia CC BY-SA 4.0.", "Editar esta página en GitHub"],
        ],
        "share": [
            ["Compartir en Reddit", "Compartir en Bluesky", "Compartir en Mastodon", "Copiar URL"],
            ["Star", "12.4k", "Fork", "1.1k"],
            ["Mandar por email", "Publicar en LinkedIn", "Publicar en Threads"],
            ["Guardar para luego", "Regalar este artículo"],
        ],
        "error": [
            ["Precios no disponibles temporalmente. Vuelve a intentarlo más tarde."],
            ["Este vídeo no está disponible en tu país."],
            ["No se han podido cargar los comentarios.", "Volver a intentar"],
            ["No hemos podido enviar el formulario. Desactiva tu bloqueador de anuncios e inténtalo de nuevo."],
            ["Directo desconectado", "El canal no está emitiendo ahora mismo."],
        ],
        "consent": [
            [
                "Tu privacidad nos importa",
                "Nosotros y nuestros 841 proveedores usamos cookies para personalizar anuncios y medir la audiencia.",
                "Aceptar todas las cookies",
                "Rechazar las no esenciales",
                "Gestionar opciones",
            ],
            [
                "Acepta las cookies o suscríbete",
                "Lee gratis con cookies publicitarias o sin anuncios con Pro por 2,99 € al mes.",
                "Aceptar y leer gratis",
                "Suscribirme a Pro",
            ],
            ["Esta web usa cookies para estadísticas y para recordar tu tema.", "De acuerdo", "Política de cookies"],
            ["Preferencias de privacidad", "Esenciales", "Analítica", "Marketing", "Confirmar selección"],
        ],
        "related": [
            ["Más análisis"],
            ["Actualidad gaming"],
            ["Más TI empresarial"],
            ["Sigue leyendo"],
            ["Más noticias de móviles"],
            ["Tendencias en código abierto"],
        ],
    },
}


_slot = widget_drawer(8)


_GR_P = '<p class="svelte-1kq2x9v">{text}</p>\n'


def gadget_reviews_svelte(p: Parts) -> str:
    """A gadget review site on SvelteKit, every class a `svelte-` scoping hash and paragraphs
    `p.svelte-1kq2x9v`: the sign-in buttons in the header, share buttons under the title, the
    affiliate disclosure pasted as a same-class paragraph in `<i>` right before the first
    paragraph; between paragraphs the price-comparison widget (or any promotion), whose heading
    and rows are same-class paragraphs and whose button is a sponsored link, the price-drop alert
    in the same paragraphs and the video review in a hashed `<figure>`; after the last paragraph
    the Pro upsell as a hashed box and the newsletter form, then the rating widget; in the
    sidebar the app plug as a `<br>`-separated run and the prices error; the headed related grid
    and a consent dialog after the footer."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="svelte-8h3kx0" data-sveltekit-preload-data="hover">{inner}</div>\n',
            '<p class="svelte-1kq2x9v"><b>{text}</b></p>\n',
            _GR_P,
            '<a class="svelte-q0v7ne" href="https://redirect.example-pricepeek.com/r?id=4471" rel="sponsored nofollow">{text}</a>\n',
        ),
        _slot(
            p,
            "notification",
            '<div class="svelte-2zq8rl">{inner}</div>\n',
            '<p class="svelte-1kq2x9v"><b>{text}</b></p>\n',
            _GR_P,
            '<button class="svelte-q0v7ne" type="button">{text}</button>\n',
        ),
        _slot(
            p,
            "video",
            '<figure class="svelte-y3m1c4"><div class="svelte-11h0xsk" data-player="jw-8812"></div><figcaption class="svelte-y3m1c4">{inner}</figcaption></figure>\n',
            '<span class="svelte-1l2ft8x">{text}</span>\n',
            '<span class="svelte-1l2ft8x">{text}</span>\n',
            '<time class="svelte-1l2ft8x">{text}</time>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _GR_P,
            "h2": '<h2 class="svelte-1kq2x9v">{text}</h2>\n',
            "quote": '<blockquote class="svelte-1kq2x9v"><p class="svelte-1kq2x9v">{text}</p></blockquote>\n',
            "ul": '<ul class="svelte-1kq2x9v">{items}</ul>\n',
        },
        inline,
    )
    login = inline_box(p, "login", '<div class="svelte-7jm2d3">{inner}</div>', "button", ' class="svelte-q0v7ne"', "\n")
    share = each(
        p,
        "share",
        '<div class="svelte-1ow2f8k">{inner}</div>',
        '<button class="svelte-1ow2f8k" type="button"><svg width="18" height="18" aria-hidden="true"></svg><span class="svelte-1ow2f8k">{text}</span></button>\n',
    )
    disclosure = each(p, "source", "{inner}", '<p class="svelte-1kq2x9v"><i>{text}</i></p>\n')
    pro = _slot(
        p,
        "donation",
        '<div class="svelte-5t9kq0">{inner}</div>',
        '<p class="svelte-5t9kq0"><b>{text}</b></p>\n',
        '<p class="svelte-5t9kq0">{text}</p>\n',
        '<a class="svelte-q0v7ne" href="/pro?src=article">{text}</a>\n',
    )
    newsletter = _slot(
        p,
        "newsletter",
        '<form class="svelte-9hx1ab" method="POST" action="/newsletter?/subscribe">{inner}<input class="svelte-9hx1ab" type="email" name="email"></form>',
        '<p class="svelte-9hx1ab"><b>{text}</b></p>\n',
        '<p class="svelte-9hx1ab">{text}</p>\n',
        '<button class="svelte-q0v7ne" type="submit">{text}</button>\n',
    )
    rating = _slot(
        p,
        "comments",
        '<section class="svelte-a8q3nz">{inner}</section>',
        '<h2 class="svelte-a8q3nz">{text}</h2>\n',
        '<p class="svelte-a8q3nz">{text}</p>\n',
        '<button class="svelte-a8q3nz" type="button" data-vote="{n}">{text}</button>\n',
    )
    app = inline_box(p, "app", '<div class="svelte-r2d4pt">{inner}</div>', "span", "", "<br>\n")
    failed = each(p, "error", '<div class="svelte-r2d4pt">{inner}</div>', '<p class="svelte-r2d4pt">{text}</p>\n')
    heading = related_heading(p, '<h2 class="svelte-6vq1za">{text}</h2>\n')
    cards = links(
        p.teasers(6),
        '<a class="svelte-6vq1za" href="/reviews/{slug}"><img class="svelte-6vq1za" src="/img/{slug}.webp" alt=""><span class="svelte-6vq1za">{text}</span></a>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<div class="svelte-1u4k0ds" role="dialog" aria-modal="true">{inner}</div>',
        '<p class="svelte-1u4k0ds"><b>{text}</b></p>\n',
        '<p class="svelte-1u4k0ds">{text}</p>\n',
        '<button class="svelte-q0v7ne" type="button">{text}</button>\n',
    )
    return f"""<div style="display: contents">
<header class="svelte-1pq3x0s">{NAV.format(site=esc(p.site))}
{login}</header>
<div class="svelte-k0b1ws">
<main class="svelte-k0b1ws">
<article class="svelte-3xv9pm">
<h1 class="svelte-3xv9pm">{esc(p.title)}</h1>
<div class="svelte-3xv9pm">{esc(p.site)} · 20 November 2026</div>
{share}
<div class="svelte-1d3xq8n">
{disclosure}
{body}
</div>
{pro}
{newsletter}
</article>
{rating}
</main>
<aside class="svelte-r2d4pt">
{app}
{failed}
</aside>
</div>
<section class="svelte-6vq1za">{heading}<div class="svelte-6vq1za">{cards}</div></section>
{FOOTER.format(site=esc(p.site))}
</div>
{consent}"""


_CID = "data-astro-cid-7hxkbp2m"
_GN_P = f"<p {_CID}>{{text}}</p>\n"


def games_news_astro(p: Parts) -> str:
    """A games news site on Astro, its scoped styles as bare `data-astro-cid-` attributes and its
    interactive widgets as `<astro-island>` custom elements: the Twitch live bar as an island
    above the header, sign-in links by the menu, the hero image's caption holding the credits
    run together with middle dots, share links in a list; between paragraphs the store offer (or
    any promotion) as an island whose lines run between `<br>`s, the trailer in a
    `<lite-youtube>` element with its caption as same-attribute paragraphs and the newsletter
    aside; the tip-jar appeal pasted as same-attribute paragraphs right after the last one; the
    comments or rating in an island after the article; the Discord plug and the failed-stream
    note in the sidebar, the headed related list and a `<dialog>` for consent."""
    inline = present(
        inline_box(
            p,
            "advertising",
            '<astro-island uid="1b9kqx" component-url="/_astro/StoreOffer.Cz8f1aQe.js" component-export="default" renderer-url="/_astro/client.Bq1eXv9k.js" props="" ssr="" client="visible"><div>{inner}</div></astro-island>\n',
            "span",
            "",
            "<br>\n",
        ),
        _slot(
            p,
            "video",
            f'<lite-youtube videoid="q8Zr1LxT0" params="rel=0" {_CID}></lite-youtube>\n{{inner}}',
            f"<p {_CID}><strong>{{text}}</strong></p>\n",
            _GN_P,
            f"<p {_CID}><small>{{text}}</small></p>\n",
        ),
        _slot(
            p,
            "newsletter",
            f'<aside {_CID}><form method="post" action="/api/subscribe" {_CID}>{{inner}}<input type="email" name="email" {_CID}></form></aside>\n',
            f"<h3 {_CID}>{{text}}</h3>\n",
            _GN_P,
            f'<button type="submit" {_CID}>{{text}}</button>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _GN_P,
            "h2": f"<h2 {_CID}>{{text}}</h2>\n",
            "quote": f"<blockquote {_CID}><p {_CID}>{{text}}</p></blockquote>\n",
            "ul": f"<ul {_CID}>{{items}}</ul>\n",
        },
        inline,
    )
    live = _slot(
        p,
        "notification",
        '<astro-island uid="Z1xk4Q" component-url="/_astro/TwitchLive.D0kq2mZa.js" component-export="default" props="" ssr="" client="idle"><div>{inner}</div></astro-island>',
        "<strong>{text}</strong>\n",
        "<span>{text}</span>\n",
        '<a href="https://www.twitch.tv/example-frags">{text}</a>\n',
    )
    login = each(p, "login", f"<div {_CID}>{{inner}}</div>", f'<a href="/auth" {_CID}>{{text}}</a>\n')
    credits = inline_box(p, "source", f"<figcaption {_CID}>{{inner}}</figcaption>", "span", "", " · ")
    share = each(p, "share", f"<ul {_CID}>{{inner}}</ul>", f'<li {_CID}><a href="#" {_CID}>{{text}}</a></li>\n')
    tip = _slot(
        p, "donation", "{inner}", _GN_P, _GN_P, f'<p {_CID}><a href="https://ko-fi.example/frags">{{text}}</a></p>\n'
    )
    comments = _slot(
        p,
        "comments",
        '<astro-island uid="Qm81c" component-url="/_astro/Comments.Hk2sZ0bn.js" component-export="default" props="" ssr="" client="only"><section>{inner}</section></astro-island>',
        "<h3>{text}</h3>\n",
        "<p>{text}</p>\n",
        '<button type="button">{text}</button>\n',
    )
    discord = _slot(
        p,
        "app",
        f"<div {_CID}>{{inner}}</div>",
        f"<p {_CID}><strong>{{text}}</strong></p>\n",
        _GN_P,
        f'<a href="https://discord.example/invite/frags" {_CID}>{{text}}</a>\n',
    )
    offline = each(p, "error", f"<div {_CID}>{{inner}}</div>", _GN_P)
    heading = related_heading(p, f"<h2 {_CID}>{{text}}</h2>\n")
    teasers = links(p.teasers(5), f'<li {_CID}><a href="/news/{{slug}}" {_CID}>{{text}}</a></li>\n')
    consent = _slot(
        p,
        "consent",
        f"<dialog open {_CID}>{{inner}}</dialog>",
        f"<p {_CID}><strong>{{text}}</strong></p>\n",
        _GN_P,
        f'<button type="button" {_CID}>{{text}}</button>\n',
    )
    return f"""{live}
<header {_CID}>{NAV.format(site=esc(p.site))}
{login}</header>
<div {_CID}>
<main {_CID}>
<article {_CID}>
<h1 {_CID}>{esc(p.title)}</h1>
<time datetime="2026-11-20T08:00:00Z" {_CID}>20 Nov 2026</time>
<figure {_CID}><img src="/_astro/hero.B7sk1.webp" alt="" {_CID}>{credits}</figure>
{share}
<div {_CID}>
{body}
{tip}
</div>
</article>
{comments}
</main>
<aside {_CID}>
{discord}
{offline}
</aside>
</div>
<section {_CID}>{heading}<ul {_CID}>{teasers}</ul></section>
{FOOTER.format(site=esc(p.site))}
{consent}"""


_NG = '_ngcontent-ng-c1923817=""'
_IT_P = f'<p {_NG} class="ng-star-inserted">{{text}}</p>\n'


def enterprise_cloud_angular(p: Parts) -> str:
    """An enterprise IT and cloud trade site on Angular with server-side rendering, every element
    carrying `_ngcontent-` attributes and `ng-star-inserted` classes, its parts as `<app-*>`
    components: the user menu in the header, share buttons in a rail with their labels in bare
    spans; between paragraphs the sponsored whitepaper (or any promotion) as an
    `<app-content-slot>` whose lines are same-attribute paragraphs, the podcast card and the
    inline newsletter sign-up; the disclosure or update note as a same-attribute paragraph in
    `<i>` right after the last paragraph, the metered-access prompt and the topic-follow box
    under the article, the comments component, the related list of Material cards, the app plug
    in the footer, a snack-bar error and the consent dialog in the CDK overlay container."""
    inline = present(
        _slot(
            p,
            "advertising",
            f'<app-content-slot {_NG} _nghost-ng-c3310="" class="ng-star-inserted">{{inner}}</app-content-slot>\n',
            f'<p {_NG} class="ng-star-inserted"><strong>{{text}}</strong></p>\n',
            _IT_P,
            f'<p {_NG} class="ng-star-inserted"><a href="https://content.example-stratacore.com/wp/hybrid-2026?utm_source=trade" rel="sponsored">{{text}}</a></p>\n',
        ),
        _slot(
            p,
            "video",
            '<app-media-card _ngcontent-ng-c1923817="" _nghost-ng-c5521=""><div _ngcontent-ng-c5521="" class="ng-star-inserted">{inner}</div></app-media-card>\n',
            '<div _ngcontent-ng-c5521="">{text}</div>\n',
            '<div _ngcontent-ng-c5521="">{text}</div>\n',
            '<span _ngcontent-ng-c5521="">{text}</span>\n',
        ),
        _slot(
            p,
            "newsletter",
            '<app-inline-signup _ngcontent-ng-c1923817="" _nghost-ng-c7740=""><form _ngcontent-ng-c7740="" novalidate class="ng-untouched ng-pristine ng-invalid">{inner}<input _ngcontent-ng-c7740="" type="email" formcontrolname="email"></form></app-inline-signup>\n',
            '<p _ngcontent-ng-c7740=""><strong>{text}</strong></p>\n',
            '<p _ngcontent-ng-c7740="">{text}</p>\n',
            '<button _ngcontent-ng-c7740="" mat-flat-button="" type="submit"><span class="mdc-button__label">{text}</span></button>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _IT_P,
            "h2": f'<h2 {_NG} class="ng-star-inserted">{{text}}</h2>\n',
            "quote": f'<blockquote {_NG} class="ng-star-inserted"><p {_NG}>{{text}}</p></blockquote>\n',
            "ul": f'<ul {_NG} class="ng-star-inserted">{{items}}</ul>\n',
        },
        inline,
    )
    user = each(
        p,
        "login",
        '<app-user-menu _nghost-ng-c2207="">{inner}</app-user-menu>',
        '<a _ngcontent-ng-c2207="" routerlink="/account" href="/account">{text}</a>\n',
    )
    share = each(
        p,
        "share",
        '<app-share-rail _nghost-ng-c6630="">{inner}</app-share-rail>',
        '<button _ngcontent-ng-c6630="" mat-icon-button="" type="button"><span class="mat-mdc-button-persistent-ripple"></span><span _ngcontent-ng-c6630="">{text}</span></button>\n',
    )
    note = each(p, "source", "{inner}", f'<p {_NG} class="ng-star-inserted"><i>{{text}}</i></p>\n')
    meter = _slot(
        p,
        "donation",
        '<app-meter _nghost-ng-c9012=""><div _ngcontent-ng-c9012="" class="ng-star-inserted">{inner}</div></app-meter>',
        '<h3 _ngcontent-ng-c9012="">{text}</h3>\n',
        '<p _ngcontent-ng-c9012="">{text}</p>\n',
        '<a _ngcontent-ng-c9012="" href="/register?returnUrl=%2Fnews%2F8812">{text}</a>\n',
    )
    follow = _slot(
        p,
        "notification",
        '<app-topic-follow _nghost-ng-c4418="">{inner}</app-topic-follow>',
        '<div _ngcontent-ng-c4418="">{text}</div>\n',
        '<div _ngcontent-ng-c4418="">{text}</div>\n',
        '<button _ngcontent-ng-c4418="" mat-stroked-button="" type="button"><span class="mdc-button__label">{text}</span></button>\n',
    )
    comments = _slot(
        p,
        "comments",
        '<app-comments _nghost-ng-c1187=""><div _ngcontent-ng-c1187="" class="ng-star-inserted">{inner}</div></app-comments>',
        '<div _ngcontent-ng-c1187="">{text}</div>\n',
        '<div _ngcontent-ng-c1187="">{text}</div>\n',
        '<button _ngcontent-ng-c1187="" mat-button="" type="button"><span class="mdc-button__label">{text}</span></button>\n',
    )
    heading = related_heading(p, '<h3 _ngcontent-ng-c8803="">{text}</h3>\n')
    cards = links(
        p.teasers(4),
        '<mat-card _ngcontent-ng-c8803="" class="mat-mdc-card mdc-card ng-star-inserted"><a _ngcontent-ng-c8803="" href="/news/{slug}">{text}</a></mat-card>\n',
    )
    app = inline_box(p, "app", '<div _ngcontent-ng-c3091="">{inner}</div>', "span", ' _ngcontent-ng-c3091=""', "<br>\n")
    snack = each(
        p,
        "error",
        '<div class="cdk-overlay-pane"><mat-snack-bar-container class="mdc-snackbar mat-mdc-snack-bar-container mdc-snackbar--open"><div class="mat-mdc-snack-bar-label mdc-snackbar__label">{inner}</div></mat-snack-bar-container></div>',
        "<div>{text}</div>\n",
    )
    consent = _slot(
        p,
        "consent",
        '<div class="cdk-overlay-pane"><mat-dialog-container class="mat-mdc-dialog-container mdc-dialog cdk-dialog-container mdc-dialog--open"><app-consent-dialog _nghost-ng-c6075="">{inner}</app-consent-dialog></mat-dialog-container></div>',
        '<h2 _ngcontent-ng-c6075="" mat-dialog-title="">{text}</h2>\n',
        '<p _ngcontent-ng-c6075="">{text}</p>\n',
        '<button _ngcontent-ng-c6075="" mat-button="" type="button"><span class="mdc-button__label">{text}</span></button>\n',
    )
    return f"""<app-root _nghost-ng-c100="" ng-version="18.2.4">
<app-header _ngcontent-ng-c100="" _nghost-ng-c2207="">{NAV.format(site=esc(p.site))}
{user}</app-header>
<main _ngcontent-ng-c100="">
<app-article-page _ngcontent-ng-c100="" _nghost-ng-c1923817="">
<h1 {_NG}>{esc(p.title)}</h1>
<div {_NG} class="ng-star-inserted">{esc(p.site)} · 20 November 2026 · 6 min read</div>
{share}
<app-article-body {_NG}>
{body}
{note}
</app-article-body>
{meter}
{follow}
{comments}
</app-article-page>
<app-related _ngcontent-ng-c100="" _nghost-ng-c8803="">{heading}<div _ngcontent-ng-c8803="">{cards}</div></app-related>
</main>
<app-footer _ngcontent-ng-c100="" _nghost-ng-c3091="">
{app}
{FOOTER.format(site=esc(p.site))}
</app-footer>
</app-root>
<div class="cdk-overlay-container">
{snack}
{consent}
</div>"""


def startup_blog_ghost(p: Parts) -> str:
    """A startup and venture-capital news blog on Ghost, its story as bare `<p>` in
    `section.gh-content`: the announcement bar above the header, the Portal sign-in links in the
    header, share links without labels of their own under the title; between paragraphs the
    newsletter in a callout card whose lines are bare text between `<br>`s, the job board (or any
    promotion) as a product card and the podcast as an audio card; the disclosure pasted after
    the last paragraph behind an `<hr>` as bare `<p><em>`, the members upgrade box, the comments
    section, the "read next" feed of cards with its heading, the app plug and the members form's
    error in the footer, and a consent bar that is a bare `<div>` with inline styles."""
    inline = present(
        _slot(
            p,
            "newsletter",
            '<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">📬</div><div class="kg-callout-text">{inner}</div></div>\n',
            "<strong>{text}</strong>",
            "{text}",
            '<a href="#/portal/signup">{text}</a>',
            "<br>",
        ),
        _slot(
            p,
            "advertising",
            '<div class="kg-card kg-product-card"><div class="kg-product-card-container">{inner}</div></div>\n',
            '<h4 class="kg-product-card-title">{text}</h4>\n',
            '<div class="kg-product-card-description"><p>{text}</p></div>\n',
            '<a href="https://jobs.example-termsheet.vc/?ref=post" class="kg-product-card-button kg-product-card-btn-accent" target="_blank" rel="noopener noreferrer"><span>{text}</span></a>\n',
        ),
        _slot(
            p,
            "video",
            '<div class="kg-card kg-audio-card"><img src="/content/images/2026/11/ep212.jpg" alt="" class="kg-audio-thumbnail"><div class="kg-audio-player-container"><audio src="/content/media/2026/11/ep212.mp3" preload="metadata"></audio>{inner}</div></div>\n',
            '<div class="kg-audio-title">{text}</div>\n',
            '<div class="kg-audio-title">{text}</div>\n',
            '<span class="kg-audio-duration">{text}</span>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": "<p>{text}</p>\n",
            "h2": "<h2>{text}</h2>\n",
            "quote": "<blockquote>{text}</blockquote>\n",
            "ul": "<ul>{items}</ul>\n",
        },
        inline,
    )
    bar = each(
        p,
        "notification",
        '<div id="announcement-bar-root"><div class="gh-announcement-bar dark"><div class="gh-announcement-bar-content">{inner}</div></div></div>',
        "<p>{text}</p>\n",
    )
    portal = each(
        p,
        "login",
        '<div class="gh-head-members">{inner}</div>',
        '<a class="gh-head-link" href="#/portal/signin" data-portal="signin">{text}</a>\n',
    )
    share = each(
        p,
        "share",
        '<div class="gh-article-meta">{inner}</div>',
        '<a href="#" target="_blank" rel="noopener">{text}</a>\n',
    )
    disclosure = each(p, "source", "<hr>\n{inner}", "<p><em>{text}</em></p>\n")
    upgrade = _slot(
        p,
        "donation",
        '<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #15171a">{inner}</div></aside>',
        "<h2>{text}</h2>\n",
        "<p>{text}</p>\n",
        '<a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#15171a">{text}</a>\n',
    )
    comments = _slot(
        p,
        "comments",
        '<section class="gh-comments gh-canvas">{inner}</section>',
        "<h3>{text}</h3>\n",
        "<p>{text}</p>\n",
        '<button type="button">{text}</button>\n',
    )
    heading = related_heading(p, '<h2 class="gh-container-title">{text}</h2>\n')
    cards = links(
        p.teasers(3),
        '<article class="gh-card post"><a class="gh-card-link" href="/{slug}/"><h3 class="gh-card-title">{text}</h3></a></article>\n',
    )
    app = inline_box(p, "app", '<div class="gh-footer-signup">{inner}</div>', "span", "", "<br>\n")
    failed = each(
        p,
        "error",
        '<form class="gh-form" data-members-form="subscribe"><input class="gh-form-input" type="email" data-members-email="" required=""><button class="gh-button" type="submit">→</button>{inner}</form>',
        '<p class="gh-form-error" data-members-error="">{text}</p>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<div style="position:fixed;bottom:16px;left:16px;max-width:420px;background:#fff;padding:20px;box-shadow:0 8px 30px rgba(0,0,0,.2);z-index:999">{inner}</div>',
        "<p><strong>{text}</strong></p>\n",
        "<p>{text}</p>\n",
        '<button type="button" style="margin-right:8px">{text}</button>\n',
    )
    return f"""{bar}
<div class="viewport">
<header id="gh-head" class="gh-head outer">{NAV.format(site=esc(p.site))}
{portal}</header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-fundraising featured">
<header class="article-header gh-canvas">
<h1 class="article-title">{esc(p.title)}</h1>
<div class="article-byline-meta"><time class="byline-meta-date" datetime="2026-11-20">Nov 20, 2026</time> <span class="byline-reading-time">5 min read</span></div>
{share}
</header>
<section class="gh-content gh-canvas">
{body}
{disclosure}
</section>
{upgrade}
</article>
{comments}
</main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner">{heading}<div class="gh-feed">{cards}</div></div></section>
</div>
<footer class="gh-foot outer">
{app}
{failed}
{FOOTER.format(site=esc(p.site))}
</footer>
</div>
{consent}"""


def mobile_news_amp(p: Parts) -> str:
    """A smartphone and telecoms news site's AMP page, its story as bare `<p>`: the account links
    inside an `<amp-sidebar>`, the app banner in `<amp-app-banner>`, share buttons as
    `<amp-social-share>` elements holding their labels; between paragraphs the SIM-deals list
    (or any promotion) as an `<amp-list>` whose server-rendered placeholder holds the lines as
    bare `<p>` next to its `amp-mustache` `<template>`, the push prompt in an
    `<amp-web-push-widget>` and the hands-on video under an `<amp-youtube>`; the credits as bare
    `<p><small>` after the last paragraph and the subscription prompt in a
    `subscriptions-section`; the comments in an `<amp-iframe>` placeholder, the network map
    whose fallback is the error, the newsletter as an AMP form, the related carousel and
    `<amp-consent>`."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<amp-list layout="fixed-height" height="280" src="/amp/api/sim-deals.json?network=all" binding="no" items="deals"><div placeholder>{inner}</div><template type="amp-mustache"><p>{{name}} · {{price}}</p></template></amp-list>\n',
            "<h3>{text}</h3>\n",
            "<p>{text}</p>\n",
            '<p><a href="/deals/sim-only?src=amp">{text}</a></p>\n',
        ),
        _slot(
            p,
            "notification",
            '<amp-web-push-widget visibility="unsubscribed" layout="fixed" width="320" height="90"><div>{inner}</div></amp-web-push-widget>\n',
            "<p>{text}</p>\n",
            "<p>{text}</p>\n",
            '<button on="tap:amp-web-push.subscribe">{text}</button>\n',
        ),
        _slot(
            p,
            "video",
            '<amp-youtube data-videoid="Xq81LmP2a" layout="responsive" width="480" height="270"></amp-youtube>\n{inner}',
            "<p><b>{text}</b></p>\n",
            "<p>{text}</p>\n",
            "<p><small>{text}</small></p>\n",
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": "<p>{text}</p>\n",
            "h2": "<h2>{text}</h2>\n",
            "quote": "<blockquote><p>{text}</p></blockquote>\n",
            "ul": "<ul>{items}</ul>\n",
        },
        inline,
    )
    sidebar = each(
        p,
        "login",
        '<amp-sidebar id="menu" layout="nodisplay" side="left"><ul>{inner}</ul></amp-sidebar>',
        '<li><a href="https://my.example-northwave.com/">{text}</a></li>\n',
    )
    banner = _slot(
        p,
        "app",
        '<amp-app-banner layout="nodisplay" id="app-banner">{inner}</amp-app-banner>',
        "<h4>{text}</h4>\n",
        "<p>{text}</p>\n",
        '<a href="https://apps.example-signalbars.com/open" open-button>{text}</a>\n',
    )
    share = each(
        p,
        "share",
        "<div>{inner}</div>",
        '<amp-social-share type="system" width="auto" height="32" data-param-url="CANONICAL_URL">{text}</amp-social-share>\n',
    )
    credits = each(p, "source", "{inner}", "<p><small>{text}</small></p>\n")
    gate = _slot(
        p,
        "donation",
        '<section subscriptions-section="content-not-granted">{inner}</section>',
        "<h3>{text}</h3>\n",
        "<p>{text}</p>\n",
        '<button subscriptions-action="subscribe" subscriptions-display="NOT granted">{text}</button>\n',
    )
    comments = _slot(
        p,
        "comments",
        '<amp-iframe src="https://comments.example-signalbars.com/embed/8812" height="420" layout="fixed-height" sandbox="allow-scripts allow-same-origin allow-popups" resizable><div placeholder>{inner}</div><div overflow tabindex="0" role="button">…</div></amp-iframe>',
        "<p><b>{text}</b></p>\n",
        "<p>{text}</p>\n",
        "<p>{text}</p>\n",
    )
    coverage = each(
        p,
        "error",
        '<amp-iframe src="https://maps.example-signalbars.com/coverage?embed=1" height="300" layout="fixed-height" sandbox="allow-scripts allow-same-origin"><div fallback>{inner}</div></amp-iframe>',
        "<p>{text}</p>\n",
    )
    newsletter = _slot(
        p,
        "newsletter",
        '<form method="post" action-xhr="/amp/newsletter" target="_top">{inner}<input type="email" name="email" required><div submit-success><template type="amp-mustache">{{message}}</template></div></form>',
        "<h3>{text}</h3>\n",
        "<p>{text}</p>\n",
        '<input type="submit" value=""><span>{text}</span>\n',
    )
    heading = related_heading(p, "<h2>{text}</h2>\n")
    slides = links(p.teasers(5), '<div class="slide"><a href="/amp/news/{slug}">{text}</a></div>\n')
    consent = _slot(
        p,
        "consent",
        '<amp-consent id="consent" layout="nodisplay"><div id="consent-ui">{inner}</div></amp-consent>',
        "<p><b>{text}</b></p>\n",
        "<p>{text}</p>\n",
        '<button on="tap:consent.accept">{text}</button>\n',
    )
    return f"""{consent}
{sidebar}
{banner}
{NAV.format(site=esc(p.site))}
<main>
<article>
<h1>{esc(p.title)}</h1>
<p class="meta">{esc(p.site)} · 20 November 2026</p>
<amp-img src="/img/pixelframe-9.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>
{share}
<div class="article-body" subscriptions-section="content">
{body}
{credits}
</div>
{gate}
</article>
{comments}
{coverage}
{newsletter}
<section>{heading}<amp-carousel type="carousel" height="120" layout="fixed-height">{slides}</amp-carousel></section>
</main>
{FOOTER.format(site=esc(p.site))}"""


def oss_devtools_hugo(p: Parts) -> str:
    """A developer-tools and open-source news site built with Hugo and Lit web components, its
    story as bare Markdown `<p>` in `div.content`, some widgets rendered into declarative shadow
    roots (`<template shadowrootmode="open">`): the GitHub sign-in in the top bar, the repository
    star button (or any sharing) in a shadow root by the title; between paragraphs the sponsor
    message (or any promotion) as a Markdown `<blockquote>` like the article's own quotes, the
    release banner in a shadow root and the recorded talk as a `<lite-youtube>` with `<p><em>`
    captions; after the last paragraph the funding appeal as an `<h2>` section of bare `<p>`
    and the headed related list as a plain `<ul>`, both in the content `div`; the licence and
    edit links as a middle-dot run in the post footer, the comments in a `<giscus-widget>`
    shadow root, the CLI plug and the failed star count in the sidebar, the newsletter form in
    the footer and a `<cookie-consent>` element with a shadow root."""
    inline = present(
        _slot(
            p,
            "advertising",
            "<blockquote>\n{inner}</blockquote>\n",
            "<p><strong>{text}</strong></p>\n",
            "<p>{text}</p>\n",
            '<p><a href="https://sponsor.example-relaymesh.dev/?ref=techwire">{text}</a></p>\n',
        ),
        _slot(
            p,
            "notification",
            '<release-banner version="4.2"><template shadowrootmode="open"><style>:host{display:block}</style><div part="box">{inner}</div></template></release-banner>\n',
            "<strong>{text}</strong>\n",
            "<span>{text}</span>\n",
            '<button part="close">{text}</button>\n',
        ),
        _slot(
            p,
            "video",
            '<lite-youtube videoid="mR4p0nq8" playlabel="Play"></lite-youtube>\n{inner}',
            "<p><em>{text}</em></p>\n",
            "<p><em>{text}</em></p>\n",
            '<p><a href="https://www.youtube.com/watch?v=mR4p0nq8">{text}</a></p>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": "<p>{text}</p>\n",
            "h2": "<h2>{text}</h2>\n",
            "quote": "<blockquote>\n<p>{text}</p>\n</blockquote>\n",
            "ul": "<ul>\n{items}</ul>\n",
        },
        inline,
    )
    login = each(p, "login", '<div class="topbar-auth">{inner}</div>', '<a href="/auth/github">{text}</a>\n')
    star = each(
        p,
        "share",
        '<gh-star-button repo="techwire/quillkit"><template shadowrootmode="open"><a part="button" href="https://github.com/techwire/quillkit">{inner}</a></template></gh-star-button>',
        "<span>{text}</span>",
    )
    fund = _slot(
        p,
        "donation",
        "{inner}",
        "<h2>{text}</h2>\n",
        "<p>{text}</p>\n",
        '<p><a href="https://opencollective.example/techwire">{text}</a></p>\n',
    )
    heading = related_heading(p, "<h2>{text}</h2>\n")
    teasers = links(p.teasers(4), '<li><a href="/posts/{slug}/">{text}</a></li>\n')
    meta = inline_box(p, "source", '<footer class="post-footer"><p>{inner}</p></footer>', "span", "", " · ")
    giscus = _slot(
        p,
        "comments",
        '<giscus-widget id="comments" repo="techwire/news" mapping="pathname" reactionsenabled="1"><template shadowrootmode="open">{inner}</template></giscus-widget>',
        "<h2>{text}</h2>\n",
        "<p>{text}</p>\n",
        '<a href="https://github.com/techwire/news/issues/new">{text}</a>\n',
    )
    cli = _slot(
        p,
        "app",
        '<div class="sidebar-box">{inner}</div>',
        "<h4>{text}</h4>\n",
        "<p>{text}</p>\n",
        "<p><code>{text}</code></p>\n",
    )
    failed = each(p, "error", '<div role="status" aria-live="polite">{inner}</div>', "<p>{text}</p>\n")
    newsletter = _slot(
        p,
        "newsletter",
        '<form action="https://buttondown.example/api/emails/embed-subscribe/techwire" method="post" target="popupwindow">{inner}<input type="email" name="email"></form>',
        "<h3>{text}</h3>\n",
        "<p>{text}</p>\n",
        '<p><input type="submit" value=""> {text}</p>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<cookie-consent><template shadowrootmode="open"><div part="panel">{inner}</div></template></cookie-consent>',
        "<p><b>{text}</b></p>\n",
        "<p>{text}</p>\n",
        '<button part="button">{text}</button>\n',
    )
    return f"""<div class="topbar">{login}</div>
{NAV.format(site=esc(p.site))}
<div class="container">
<main class="post">
<h1 class="post-title">{esc(p.title)}</h1>
<div class="post-meta"><time datetime="2026-11-20">2026-11-20</time> · 4 minute read {star}</div>
<div class="content">
{body}
{fund}
{heading}<ul>
{teasers}</ul>
</div>
{meta}
{giscus}
</main>
<aside class="sidebar">
{cli}
{failed}
</aside>
</div>
<footer>
{newsletter}
{FOOTER.format(site=esc(p.site))}
</footer>
{consent}"""


SHAPES = (
    gadget_reviews_svelte,
    games_news_astro,
    enterprise_cloud_angular,
    startup_blog_ghost,
    mobile_news_amp,
    oss_devtools_hugo,
)
