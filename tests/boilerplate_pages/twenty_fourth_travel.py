"""Half of the twenty-fourth part: six shapes of travel, motoring and property news (a travel news
site in React with Emotion's `css-` hashes, with its deal of the day, booking box, fare alerts, club
upsell and destination guides; a car-review and motoring news site on Next.js with CSS-module class
names, with its video review, dealer stock table, finance calculator, "build your car" prompt and
metered access; a property news section of a listings portal in Tailwind utility classes, with its
listing carousel, mortgage calculator, valuation prompt and saved-search alerts; an airline and
aviation trade news site in styled-components, with its on-demand webinars, premium upsell and job
board; a regional tourism board's news page on an old CMS in a `<table>` layout with `<font>` tags,
with its weather box, events, webcam, guestbook and friends' association; and an electric-vehicle
news blog on WordPress, with its affiliate charger offers, supporter appeal and Jetpack blocks),
with their wording, written after twenty-three rounds of tuning without reading newsmon's rules, to
hide boilerplate from markup. It was half of the held-out part, measured untouched (both halves:
newsmon kept 280 of 3,142 boilerplate lines, 8.9%, and all of the body; stock trafilatura 34.3% and
99.0%; this half 6.8%, body 100%, stock 31.5%), then tuned on structure and the commoner wording,
not line by line, so it is held to a bound, not to zero."""

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
                "Deal of the day",
                "Lisbon city break · 3 nights, 4-star hotel + flights",
                "From £249pp",
                "See the Lisbon deal",
            ],
            [
                "Where to next?",
                "Destination, hotel or landmark",
                "Check-in",
                "Check-out",
                "2 adults · 1 room",
                "Search hotels",
            ],
            [
                "Approved used cars near you",
                "2022 Kestrel Volta SE · 18,400 miles · £16,995",
                "2021 Marlow Ion Sport · 27,050 miles · £14,450",
                "Brackley Motors, Westbury · 01632 960 418",
                "View all 64 cars at this dealer",
            ],
            [
                "Build your own Marlow Ion",
                "Choose your trim, colour and wheels, then get a price from your nearest dealer.",
                "Start building",
            ],
            [
                "Featured homes for sale",
                "3 bed semi-detached · Orchard Rise · £325,000",
                "2 bed flat · Quayside Wharf · £210,000",
                "4 bed detached · Mill Lane · Guide price £540,000",
                "Browse 1,208 homes for sale",
            ],
            [
                "Asking prices in your area rose 3.1% in October, our listings data shows.",
                "What's your home worth?",
                "Get a free instant valuation",
                "Or call our valuers on 0800 046 2219",
            ],
            [
                "Aviation jobs",
                "First Officer A320 · Northsky Airways · Dublin",
                "Licensed B1 Engineer · Aerotec MRO · Shannon",
                "Revenue Manager · Halcyon Air · Remote",
                "Post a vacancy",
            ],
            [
                "What's on",
                "Sat 28 Nov · Advent market, Town Hall square, 10am–7pm",
                "Sun 29 Nov · Guided lantern walk from the old bridge, 5pm",
                "Full events calendar",
            ],
            [
                "Wallbright Pro 7kW home charger, fitted from £699",
                "Readers save £75 with code VOLTS75 until Sunday.",
                "Check price at Wallbright",
            ],
        ],
        "donation": [
            [
                "Keep this blog ad-free",
                "We're three writers funded by 1,900 patrons. Back us from $3 a month and get early access to our range tests.",
                "Become a patron",
            ],
            [
                "Join Wanderlines Club",
                "Members get fare-drop alerts first, ad-free guides and 10% off partner hotels.",
                "Join for £4.99 a month",
            ],
            ["You've read 3 of your 4 free road tests this month.", "Subscribe for unlimited reviews from £1 a week"],
            [
                "Airline Intelligence Premium",
                "Fleet data, route analysis and the full archive for your whole team.",
                "Request a corporate trial",
            ],
            [
                "Friends of the Valley",
                "Membership from £25 a year helps us look after 400 km of waymarked trails.",
                "Become a Friend",
            ],
        ],
        "notification": [
            ["Price alert", "We'll tell you when return flights to Reykjavik drop below £180.", "Set price alert"],
            [
                "Weather in the valley today",
                "Sunny spells, 11°C · Wind NW 15 km/h",
                "The road over Hollin Pass is closed until 4pm because of ice.",
            ],
            [
                "New listings alert",
                "Be the first to hear about 2-bed homes under £250,000 in your area.",
                "Create alert",
            ],
            ["Get notified when the 2027 Kestrel Volta price list is published.", "Notify me"],
            ["Enable push notifications for breaking aviation news?", "Allow", "Maybe later"],
        ],
        "app": [
            [
                "Plan on the go",
                "Offline maps, saved itineraries and boarding-time reminders in the Wanderlines app.",
                "Download on the App Store",
                "Get it on Google Play",
            ],
            ["Value your car in 30 seconds with the AutoBench app"],
            ["Homes near you, on your phone", "Scan the QR code to get the Keyhouse app", "4.8 ★ · 120k ratings"],
            [
                "Valley Trails app",
                "All 86 routes with GPS tracks, even without mobile signal.",
                "Free for iPhone and Android",
            ],
            ["Charging map in your pocket: our free PlugFinder app shows live availability at 40,000 points."],
        ],
        "newsletter": [
            [
                "The Weekend Escape",
                "Cheap flights, secret beaches and last-minute deals, every Thursday.",
                "Email address",
                "Send me deals",
            ],
            [
                "Road Test Weekly",
                "Every new review and first drive in one email, before it hits the website.",
                "Sign up free",
            ],
            [
                "Property Market Briefing",
                "House prices, rents and mortgage rates explained every Monday morning.",
                "Subscribe to the briefing",
            ],
            [
                "Flight Deck Daily",
                "Airline, airport and MRO news for aviation professionals, at 6am UTC.",
                "Get Flight Deck Daily",
            ],
            [
                "Charged Up",
                "The week in electric cars, batteries and charging, in five minutes.",
                "Join 48,000 readers",
                "No spam. Unsubscribe in one click.",
            ],
        ],
        "comments": [
            ["23 comments", "Newest first", "Load more comments"],
            ["Have you driven the new Volta? Tell us what you think in the comments."],
            ["Discussion", "Members can reply to this story. Please keep it civil and on topic.", "Write a reply"],
            ["Guestbook", "Share your memories of the valley with other visitors.", "Add an entry"],
            [
                "118 replies",
                "Top comment: charging at the motorway services was a nightmare last month, it took 40 minutes to find a working unit.",
            ],
        ],
        "login": [
            ["Sign in to save your trips", "Continue with email", "Continue with Google"],
            ["Log in to see what you could pay each month on finance", "No account yet? Register"],
            ["My Keyhouse", "Sign in to see your saved homes and valuation history."],
            ["Subscriber login", "Forgotten password?", "Access via company IP"],
            ["Partner area for accommodation providers", "Username", "Password", "Log in"],
        ],
        "video": [
            ["Watch: we drive the 2027 Marlow Ion on the Welsh mountain roads", "12:48"],
            ["Video tour: Orchard Rise show home", "4:05", "Play tour"],
            ["On demand: Fleet renewal strategies after the slot reforms", "Recorded 14 October · 48 min"],
            ["Live webcam: Market Square", "Updated every 10 minutes"],
            ["Video: how long does it really take to charge at 150 kW?", "8:31", "Watch on YouTube"],
        ],
        "source": [
            [
                "Prices were correct at the time of publication. We may earn a commission if you book through links on this page."
            ],
            ["Photography: manufacturer", "Additional reporting by Priya Nandakumar"],
            ["Source: Office for National Statistics house price index, September 2026"],
            ["Text: Valley Tourist Office · Photos: H. Brandt"],
            ["This story first appeared in Flight Deck Daily.", "Data: OAG schedules, week 47"],
            [
                "Disclosure: Wallbright supplied the charger used in this test. It did not see the article before publication."
            ],
        ],
        "share": [
            ["Share this deal", "WhatsApp", "Facebook", "Copy link"],
            ["Send to a friend", "Print this page", "Bookmark"],
            ["Share on LinkedIn", "Post on X", "Email this story"],
            ["Save", "Share", "Pin it"],
        ],
        "error": [
            ["Sorry, we couldn't find any deals for those dates. Try different dates or a nearby airport."],
            ["The finance calculator failed to load.", "Retry"],
            ["Our mortgage calculator isn't available right now. Please try again in a few minutes."],
            ["Webcam image currently not available."],
            ["RSS Error: A feed could not be found at the specified URL."],
            ["Jobs could not be loaded", "Error 503"],
        ],
        "consent": [
            [
                "We value your privacy",
                "We and our 212 partners store and access information on your device to show personalised deals and measure performance.",
                "Accept and continue",
                "Reject all",
                "Customise",
            ],
            ["This website uses cookies for statistics and the webcam feed.", "OK", "More info"],
            [
                "Cookie settings",
                "Strictly necessary cookies are always on. You can switch analytics and marketing cookies on or off.",
                "Save my choices",
            ],
            [
                "By continuing to use this site you agree to the use of cookies for analytics and affiliate tracking.",
                "Got it",
            ],
        ],
        "related": [
            ["Destination guides"],
            ["More road tests"],
            ["Latest property news"],
            ["More aviation news"],
            ["More from the valley"],
            ["Recent posts"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Schnäppchen des Tages",
                "Mallorca · 7 Nächte im 4-Sterne-Hotel inkl. Flug",
                "ab 489 € p. P.",
                "Zum Angebot",
            ],
            [
                "Gebrauchtwagen aus Ihrer Region",
                "Marlow Ion Sport · EZ 03/2022 · 24.900 km · 17.490 €",
                "Kestrel Volta Comfort · EZ 11/2021 · 31.200 km · 15.990 €",
                "Autohaus Brenner, Seeheim · Tel. 06151 98 44 20",
                "Alle 58 Fahrzeuge des Händlers",
            ],
            [
                "Jetzt Ihren Kestrel Volta konfigurieren",
                "Wählen Sie Ausstattung, Farbe und Felgen – Ihr Händler erstellt Ihnen ein persönliches Angebot.",
                "Konfigurator starten",
            ],
            [
                "Neu im Angebot",
                "3-Zimmer-Wohnung, 78 m², Balkon · Altstadt · 329.000 €",
                "Reihenhaus, 112 m², Garten · Bergdorf · 465.000 €",
                "Alle 846 Immobilien anzeigen",
            ],
            [
                "Die Preise für Flüge auf die Kanaren sind seit Montag um elf Prozent gefallen, zeigt unser Preisradar.",
                "Februar-Flüge vergleichen",
            ],
            [
                "Stellenmarkt Luftfahrt",
                "Erster Offizier A320 (m/w/d) · Nordflug · Hamburg",
                "Fluggerätmechaniker (m/w/d) · AeroWerft · Dresden",
                "Alle 212 Stellen",
            ],
            [
                "Veranstaltungen",
                "Sa 28.11. · Adventsmarkt auf dem Rathausplatz, 10–19 Uhr",
                "So 29.11. · Laternenführung ab der Alten Brücke, 17 Uhr",
                "Alle Termine",
            ],
            [
                "Wallbright Pro 11 kW Wallbox inkl. Installation ab 849 €",
                "Mit dem Code STROM50 sparen Sie bis Sonntag 50 €.",
                "Preis bei Wallbright prüfen",
            ],
        ],
        "donation": [
            [
                "Werde Unterstützer",
                "Dieser Blog ist werbefrei, weil 1.300 Leserinnen und Leser ihn monatlich finanzieren. Schon ab 3 € bist du dabei.",
                "Jetzt Unterstützer werden",
            ],
            [
                "Sie haben diesen Monat 3 von 4 kostenlosen Testberichten gelesen.",
                "Unbegrenzt lesen ab 1,99 € pro Woche",
            ],
            [
                "Förderverein Talwege e. V.",
                "Mit einer Mitgliedschaft ab 25 € im Jahr pflegen Sie 400 Kilometer markierte Wanderwege.",
                "Mitglied werden",
            ],
            [
                "Luftfahrt Intelligence Premium",
                "Flottendaten, Streckenanalysen und das komplette Archiv für Ihr ganzes Team.",
                "Firmenzugang anfragen",
            ],
        ],
        "notification": [
            ["Preisalarm", "Wir melden uns, sobald Flüge nach Island unter 199 € fallen.", "Preisalarm setzen"],
            [
                "Wetter im Tal",
                "Heiter bis wolkig, 9 °C · Wind aus West, 20 km/h",
                "Die Passstraße ist wegen Schneeglätte bis 16 Uhr gesperrt.",
            ],
            [
                "Suchauftrag speichern",
                "Neue 3-Zimmer-Wohnungen bis 350.000 € in Ihrer Nähe per E-Mail erhalten.",
                "Suchauftrag anlegen",
            ],
            ["Eilmeldungen aus der Luftfahrt direkt aufs Gerät?", "Erlauben", "Später"],
            [
                "Benachrichtigen Sie mich, sobald die Preisliste für den Kestrel Volta 2027 erscheint.",
                "Benachrichtigen",
            ],
        ],
        "app": [
            [
                "Die Reise-App für unterwegs",
                "Offline-Karten, gespeicherte Reisepläne und Erinnerungen zum Boarding.",
                "Im App Store laden",
                "Bei Google Play holen",
            ],
            ["Schätzen Sie den Wert Ihres Autos in 30 Sekunden mit der AutoBench-App."],
            ["TalWege-App: alle 86 Touren mit GPS-Track, auch ohne Netz.", "Kostenlos für iPhone und Android"],
            ["Ladesäulen in der Nähe", "Unsere Lade-App zeigt freie Säulen live.", "QR-Code scannen"],
        ],
        "newsletter": [
            [
                "Fernweh-Newsletter",
                "Jeden Donnerstag die besten Reise-Deals und Geheimtipps.",
                "Ihre E-Mail-Adresse",
                "Deals erhalten",
            ],
            ["Testbericht der Woche", "Alle neuen Fahrberichte vorab in Ihrem Postfach.", "Gratis abonnieren"],
            [
                "Immobilienmarkt kompakt",
                "Preise, Mieten und Bauzinsen jeden Montag erklärt.",
                "Zum Newsletter anmelden",
            ],
            [
                "Strom & Reichweite",
                "Die Woche in Elektroauto-News in fünf Minuten. Abmeldung jederzeit mit einem Klick.",
                "Eintragen",
            ],
        ],
        "comments": [
            ["17 Kommentare", "Neueste zuerst", "Weitere Kommentare laden"],
            ["Sind Sie den neuen Volta schon gefahren? Schreiben Sie uns Ihre Erfahrungen in die Kommentare."],
            ["Gästebuch", "Teilen Sie Ihre Erinnerungen an das Tal mit anderen Gästen.", "Eintrag verfassen"],
            [
                "64 Antworten",
                "Beliebtester Kommentar: An der Raststätte war letzte Woche nur eine von sechs Säulen in Betrieb.",
            ],
        ],
        "login": [
            ["Anmelden und Reisen merken", "Weiter mit E-Mail", "Weiter mit Google"],
            ["Mein Immobilienkonto", "Melden Sie sich an, um gespeicherte Objekte und Ihre Wertentwicklung zu sehen."],
            ["Abonnenten-Login", "Passwort vergessen?", "Zugang über Firmen-IP"],
            ["Login für Gastgeber", "Benutzername", "Kennwort", "Einloggen"],
        ],
        "video": [
            ["Video: Der neue Marlow Ion im Alpentest", "11:20"],
            ["Webcam Marktplatz", "Bild wird alle 10 Minuten aktualisiert"],
            ["Aufzeichnung: Flottenplanung nach der Slot-Reform", "Aufgezeichnet am 14. Oktober · 52 Min."],
            ["Video-Rundgang durch die Musterwohnung", "3:47", "Rundgang starten"],
            ["Video: Wie lange dauert Laden mit 150 kW wirklich?", "8:31", "Auf YouTube ansehen"],
        ],
        "source": [
            [
                "Alle Preise zum Zeitpunkt der Veröffentlichung. Wenn Sie über Links auf dieser Seite buchen, erhalten wir eine Provision."
            ],
            ["Fotos: Hersteller", "Mitarbeit: Jonas Ebert"],
            ["Quelle: Gutachterausschuss, Grundstücksmarktbericht 2026"],
            ["Text: Gästeinformation Seeheim · Fotos: K. Albrecht"],
            ["Dieser Beitrag erschien zuerst im Luftfahrt-Briefing.", "Daten: OAG-Flugpläne, KW 47"],
        ],
        "share": [
            ["Angebot teilen", "WhatsApp", "Facebook", "Link kopieren"],
            ["Seite drucken", "Weiterempfehlen", "Als Lesezeichen"],
            ["Auf LinkedIn teilen", "Per E-Mail senden", "Auf Xing teilen"],
            ["Merken", "Teilen", "Pinnen"],
        ],
        "error": [
            [
                "Für Ihre Reisedaten haben wir leider keine Angebote gefunden. Bitte ändern Sie die Daten oder den Abflughafen."
            ],
            ["Der Finanzierungsrechner konnte nicht geladen werden.", "Erneut versuchen"],
            ["Webcam-Bild derzeit nicht verfügbar."],
            ["Stellenanzeigen konnten nicht geladen werden", "Fehler 503"],
            [
                "Der Baufinanzierungsrechner ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut."
            ],
        ],
        "consent": [
            [
                "Ihre Privatsphäre ist uns wichtig",
                "Wir und unsere 198 Partner speichern Informationen auf Ihrem Gerät, um Angebote zu personalisieren und Reichweite zu messen.",
                "Alle annehmen",
                "Ablehnen",
                "Einstellungen",
            ],
            ["Diese Website verwendet Cookies für Statistik und die Webcam.", "Einverstanden", "Mehr erfahren"],
            [
                "Cookie-Einstellungen",
                "Notwendige Cookies sind immer aktiv. Statistik und Marketing können Sie selbst wählen.",
                "Auswahl speichern",
            ],
            [
                "Mit der weiteren Nutzung stimmen Sie der Verwendung von Cookies für Statistik und Partnerprogramme zu.",
                "Verstanden",
            ],
        ],
        "related": [
            ["Reiseziele entdecken"],
            ["Weitere Tests"],
            ["Aktuelles vom Immobilienmarkt"],
            ["Mehr aus dem Tal"],
            ["Neueste Beiträge"],
            ["Mehr aus der Luftfahrt"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Bon plan du jour",
                "Séville · 3 nuits en hôtel 4 étoiles + vols",
                "À partir de 299 € par personne",
                "Voir l'offre",
            ],
            [
                "Véhicules d'occasion près de chez vous",
                "Marlow Ion Sport · 2022 · 26 300 km · 18 490 €",
                "Kestrel Volta Confort · 2021 · 33 100 km · 15 900 €",
                "Garage Lemoine, Bellerive · 04 78 20 61 33",
                "Voir les 47 véhicules",
            ],
            [
                "Configurez votre Kestrel Volta",
                "Choisissez finition, teinte et jantes, puis recevez une offre de votre concessionnaire.",
                "Lancer le configurateur",
            ],
            [
                "Les prix de l'immobilier ancien ont progressé de 2,4 % en un an dans votre quartier, selon nos annonces.",
                "Estimer mon bien gratuitement",
            ],
            [
                "Offres d'emploi aéronautique",
                "Copilote A320 · Azur Ligne · Nice",
                "Technicien B1 · Aéromaintenance · Toulouse",
                "Publier une offre",
            ],
            [
                "Agenda",
                "Sam. 28 nov. · Marché de l'Avent, place de la Mairie, 10 h–19 h",
                "Dim. 29 nov. · Balade aux lanternes depuis le vieux pont, 17 h",
                "Tout l'agenda",
            ],
            [
                "Borne Wallbright Pro 7 kW posée à partir de 899 €",
                "Code ELEC60 : 60 € de remise jusqu'à dimanche.",
                "Voir le prix chez Wallbright",
            ],
        ],
        "donation": [
            [
                "Soutenez le blog sur Tipeee",
                "Pas de publicité ici : ce sont 900 lecteurs qui nous financent chaque mois, dès 2 €.",
                "Je soutiens le blog",
            ],
            ["Il vous reste 1 essai gratuit ce mois-ci.", "Abonnez-vous dès 1 € le premier mois"],
            [
                "Amis du Pays des Lacs",
                "Adhérez dès 20 € par an et aidez-nous à entretenir les sentiers balisés.",
                "Adhérer à l'association",
            ],
            [
                "Aviation Intelligence Premium",
                "Données de flotte, analyses de lignes et archives complètes pour toute votre équipe.",
                "Demander un essai entreprise",
            ],
        ],
        "notification": [
            ["Alerte prix", "Nous vous prévenons dès qu'un vol pour Marrakech passe sous 120 €.", "Créer l'alerte"],
            [
                "Météo du jour",
                "Éclaircies, 13 °C · Vent d'ouest 25 km/h",
                "Le col de la Croix est fermé à la circulation jusqu'à 17 h.",
            ],
            ["Recevez par e-mail les nouvelles annonces de maisons près de chez vous.", "Créer une alerte annonces"],
            ["Autoriser les notifications pour suivre l'actualité du transport aérien ?", "Autoriser", "Plus tard"],
        ],
        "app": [
            [
                "Voyagez l'esprit léger",
                "Cartes hors ligne et carnets de voyage dans l'application Escapades.",
                "Télécharger dans l'App Store",
                "Disponible sur Google Play",
            ],
            ["Estimez votre voiture en 30 secondes avec l'appli AutoBench."],
            ["Randonnées des Lacs : 72 itinéraires GPS, même sans réseau.", "Gratuit sur iPhone et Android"],
            ["Trouvez une borne libre en temps réel avec notre application gratuite PlugFinder."],
        ],
        "newsletter": [
            [
                "Envies d'ailleurs",
                "Nos meilleures offres et idées d'escapades chaque jeudi.",
                "Votre adresse e-mail",
                "Je m'inscris",
            ],
            [
                "La lettre de l'immobilier",
                "Prix, loyers et taux de crédit décryptés chaque lundi.",
                "Recevoir la lettre",
            ],
            [
                "Électron libre",
                "L'essentiel de la voiture électrique en cinq minutes, chaque vendredi. Désinscription en un clic.",
                "M'abonner",
            ],
            [
                "Cockpit Matin",
                "L'actualité des compagnies, des aéroports et de la maintenance, chaque jour à 7 h.",
                "Recevoir Cockpit Matin",
            ],
        ],
        "comments": [
            ["9 commentaires", "Les plus récents", "Afficher plus de commentaires"],
            ["Vous avez essayé la nouvelle Volta ? Racontez-nous dans les commentaires."],
            ["Livre d'or", "Partagez vos souvenirs de séjour avec les autres visiteurs.", "Écrire un message"],
            [
                "41 réponses",
                "Commentaire le plus apprécié : sur l'aire de Beaune, deux bornes sur cinq seulement fonctionnaient samedi.",
            ],
        ],
        "login": [
            ["Connectez-vous pour retrouver vos voyages", "Continuer avec un e-mail", "Continuer avec Google"],
            ["Espace abonnés", "Mot de passe oublié ?", "Accès entreprise"],
            ["Espace hébergeurs", "Identifiant", "Mot de passe", "Connexion"],
            ["Mon espace vendeur", "Connectez-vous pour suivre l'estimation de votre bien."],
        ],
        "video": [
            ["Vidéo : notre essai de la Marlow Ion sur les routes du Vercors", "10:05"],
            ["Webcam de la place du Marché", "Image actualisée toutes les 10 minutes"],
            ["Visite vidéo de l'appartement témoin", "2:58", "Lancer la visite"],
            ["Replay : renouveler sa flotte après la réforme des créneaux", "Enregistré le 14 octobre · 45 min"],
        ],
        "source": [
            [
                "Prix constatés au moment de la publication. Nous percevons une commission si vous réservez via nos liens."
            ],
            ["Photos : constructeur", "Avec Théo Garnier"],
            ["Source : notaires de France, indices de prix, septembre 2026"],
            ["Texte : office de tourisme du Pays des Lacs · Photos : M. Roux"],
        ],
        "share": [
            ["Partager ce bon plan", "WhatsApp", "Messenger", "Copier le lien"],
            ["Imprimer la page", "Envoyer à un ami", "Ajouter aux favoris"],
            ["Partager sur LinkedIn", "Envoyer par e-mail"],
            ["Enregistrer", "Partager", "Épingler"],
        ],
        "error": [
            ["Aucune offre ne correspond à vos dates. Essayez d'autres dates ou un aéroport voisin."],
            ["Le simulateur de financement n'a pas pu être chargé.", "Réessayer"],
            ["Image de la webcam momentanément indisponible."],
            ["Les offres d'emploi n'ont pas pu être chargées", "Erreur 503"],
        ],
        "consent": [
            [
                "Le respect de votre vie privée",
                "Avec nos 176 partenaires, nous stockons des informations sur votre appareil pour personnaliser les offres et mesurer l'audience.",
                "Accepter et fermer",
                "Continuer sans accepter",
                "Paramétrer",
            ],
            ["Ce site utilise des cookies pour les statistiques et la webcam.", "D'accord", "En savoir plus"],
            [
                "Gestion des cookies",
                "Les cookies nécessaires sont toujours actifs. À vous de choisir pour la mesure d'audience et la publicité.",
                "Enregistrer mes choix",
            ],
            [
                "En poursuivant votre navigation, vous acceptez les cookies de mesure d'audience et d'affiliation.",
                "J'ai compris",
            ],
        ],
        "related": [
            ["Nos guides de destinations"],
            ["Tous nos essais"],
            ["Actualité immobilière"],
            ["Autres actualités du pays"],
            ["Articles récents"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Chollo del día",
                "Oporto · 3 noches en hotel 4 estrellas + vuelos",
                "Desde 219 € por persona",
                "Ver la oferta",
            ],
            [
                "Coches de ocasión cerca de ti",
                "Marlow Ion Sport · 2022 · 22.800 km · 17.900 €",
                "Kestrel Volta Confort · 2021 · 35.400 km · 14.750 €",
                "Automóviles Saura, Riberas · 968 21 47 05",
                "Ver los 39 coches del concesionario",
            ],
            [
                "Configura tu Kestrel Volta",
                "Elige acabado, color y llantas y recibe una oferta de tu concesionario.",
                "Empezar a configurar",
            ],
            [
                "Pisos destacados",
                "Piso de 3 dormitorios · casco antiguo · 245.000 €",
                "Ático con terraza · barrio norte · 389.000 €",
                "Ver 612 viviendas en venta",
            ],
            [
                "Empleo en aviación",
                "Copiloto A320 · Iberalta · Madrid",
                "Técnico de mantenimiento B1 · AeroTaller · Sevilla",
                "Ver todas las ofertas",
            ],
            [
                "Agenda",
                "Sáb. 28 nov. · Mercado navideño en la plaza del Ayuntamiento, 10–19 h",
                "Dom. 29 nov. · Ruta de los faroles desde el puente viejo, 17 h",
                "Ver toda la agenda",
            ],
            [
                "El precio de la vivienda usada en tu barrio ha subido un 4,2 % en un año, según nuestros anuncios.",
                "¿Cuánto vale tu casa?",
                "Tasación gratuita en 2 minutos",
                "O llama al 900 812 446",
            ],
            [
                "Cargador Wallbright Pro 7,4 kW instalado desde 799 €",
                "Con el código VOLTIO40 ahorras 40 € hasta el domingo.",
                "Ver precio en Wallbright",
            ],
        ],
        "donation": [
            [
                "Hazte mecenas",
                "Este blog no tiene anuncios: lo pagan 700 lectores desde 3 € al mes.",
                "Quiero ser mecenas",
            ],
            ["Has leído 3 de tus 4 pruebas gratuitas de este mes.", "Suscríbete desde 1 € al mes"],
            [
                "Amigos de la Comarca",
                "Con tu cuota desde 20 € al año cuidamos 300 km de senderos señalizados.",
                "Hacerme socio",
            ],
            [
                "Aviación Intelligence Premium",
                "Datos de flotas, análisis de rutas y todo el archivo para tu equipo.",
                "Solicitar prueba para empresas",
            ],
        ],
        "notification": [
            ["Alerta de precio", "Te avisamos cuando los vuelos a Lanzarote bajen de 90 €.", "Crear alerta"],
            [
                "El tiempo hoy en la comarca",
                "Nubes y claros, 16 °C · Viento del norte, 20 km/h",
                "La carretera del puerto sigue cortada por nieve hasta las 18.00.",
            ],
            ["Recibe por correo los pisos nuevos de 2 dormitorios en tu zona.", "Guardar búsqueda"],
            ["¿Activar notificaciones con la última hora de la aviación?", "Permitir", "Ahora no"],
        ],
        "app": [
            [
                "Viaja con la app",
                "Mapas sin conexión, tus reservas y avisos de embarque en el móvil.",
                "Descargar en App Store",
                "Disponible en Google Play",
            ],
            ["Tasa tu coche en 30 segundos con la app de AutoBench."],
            ["Rutas de la Comarca: 54 senderos con GPS, también sin cobertura.", "Gratis para iPhone y Android"],
            [
                "Tu casa ideal en el móvil",
                "Escanea el código QR para descargar la app de Keyhouse",
                "4,7 ★ · 85.000 valoraciones",
            ],
        ],
        "newsletter": [
            [
                "Escapadas",
                "Ofertas de viaje y destinos sorpresa cada jueves en tu correo.",
                "Tu correo electrónico",
                "Quiero las ofertas",
            ],
            ["Boletín inmobiliario", "Precios, alquileres y tipos hipotecarios cada lunes.", "Suscribirme gratis"],
            ["Enchufados", "La semana del coche eléctrico en cinco minutos. Te das de baja con un clic.", "Apuntarme"],
            ["Cabina", "Aerolíneas, aeropuertos y mantenimiento cada mañana a las 7.00.", "Recibir Cabina"],
        ],
        "comments": [
            ["12 comentarios", "Más recientes", "Cargar más comentarios"],
            ["¿Has conducido ya el nuevo Volta? Cuéntanos tu experiencia en los comentarios."],
            [
                "53 respuestas",
                "Comentario destacado: en el área de servicio de Medinaceli solo funcionaba uno de los cuatro cargadores el domingo.",
            ],
            ["Libro de visitas", "Comparte tus recuerdos de la comarca con otros visitantes.", "Escribir en el libro"],
        ],
        "login": [
            ["Inicia sesión para guardar tus viajes", "Continuar con correo", "Continuar con Google"],
            ["Mi área de vivienda", "Accede para ver tus inmuebles guardados y la evolución de su valor."],
            ["Acceso alojamientos", "Usuario", "Contraseña", "Entrar"],
            ["Acceso suscriptores", "¿Olvidaste tu contraseña?", "Acceso por IP corporativa"],
        ],
        "video": [
            ["Vídeo: probamos el Marlow Ion por los puertos de Asturias", "9:44"],
            ["Webcam de la plaza Mayor", "Imagen actualizada cada 10 minutos"],
            ["Visita virtual al piso piloto", "3:12", "Iniciar visita"],
            ["Vídeo: ¿cuánto se tarda de verdad en cargar a 150 kW?", "8:31", "Ver en YouTube"],
        ],
        "source": [
            [
                "Precios vigentes en el momento de la publicación. Si reservas a través de nuestros enlaces, recibimos una comisión."
            ],
            ["Fotos: fabricante", "Con la colaboración de Lucía Ferrer"],
            ["Fuente: Colegio de Registradores, estadística del tercer trimestre de 2026"],
            ["Texto: Oficina de Turismo de la Comarca · Fotos: A. Molina"],
        ],
        "share": [
            ["Comparte esta oferta", "WhatsApp", "Telegram", "Copiar enlace"],
            ["Imprimir", "Enviar a un amigo", "Guardar en favoritos"],
            ["Compartir en LinkedIn", "Enviar por correo"],
            ["Guardar", "Compartir", "Pinear"],
        ],
        "error": [
            ["No hay ofertas para esas fechas. Prueba con otras fechas o un aeropuerto cercano."],
            ["No se ha podido cargar la calculadora de financiación.", "Reintentar"],
            ["Imagen de la webcam no disponible en este momento."],
            ["No se han podido cargar las ofertas de empleo", "Error 503"],
        ],
        "consent": [
            [
                "Tu privacidad es importante",
                "Nosotros y 183 socios almacenamos información en tu dispositivo para personalizar ofertas y medir la audiencia.",
                "Aceptar y cerrar",
                "Rechazar",
                "Configurar",
            ],
            ["Esta web utiliza cookies para estadísticas y la webcam.", "Entendido", "Más información"],
            [
                "Configuración de cookies",
                "Las cookies técnicas están siempre activas. Elige si aceptas las de análisis y publicidad.",
                "Guardar preferencias",
            ],
            ["Si sigues navegando, aceptas las cookies de análisis y de afiliación.", "Vale"],
        ],
        "related": [
            ["Guías de destinos"],
            ["Más pruebas"],
            ["Actualidad inmobiliaria"],
            ["Más noticias de la comarca"],
            ["Últimas entradas"],
        ],
    },
}


_slot = widget_drawer(8)


_TRV_P = '<p class="css-1q8r7ze e1xk3v0">{text}</p>\n'


def travel_deals_emotion(p: Parts) -> str:
    """A travel news site in React with Emotion, every element a `css-` hash and paragraphs
    `p.css-1q8r7ze`: the consent dialog and the sign-in buttons above the header, share buttons
    under the standfirst, the deal of the day (or booking box, or any promotion) pasted as
    article paragraphs between paragraphs, the fare alert under a `data-testid` and a video
    embed between paragraphs, the disclosure pasted as a same-class paragraph in `<small>`
    right after the last one, the newsletter form in a hashed section and the comments in a
    `<vf-conversations>` custom element under the article, the club upsell in a sticky bottom
    bar, the destination guides (the headed related list) as cards with the failed-deals error
    after them, and the app plug as a `<br>`-separated run in the footer."""
    inline = present(
        each(p, "advertising", "{inner}", _TRV_P),
        _slot(
            p,
            "notification",
            '<div class="css-2b0xq1" data-testid="price-alert">{inner}</div>\n',
            '<div class="css-1n6yq8z">{text}</div>\n',
            '<div class="css-8d0w1m">{text}</div>\n',
            '<button class="css-r7k2qa" type="button">{text}</button>\n',
        ),
        _slot(
            p,
            "video",
            '<div class="css-9v0k2h" data-component="VideoEmbed"><div class="css-aspect16x9"></div>{inner}</div>\n',
            '<h4 class="css-4f1n2b">{text}</h4>\n',
            '<p class="css-1m3r8q">{text}</p>\n',
            '<span class="css-7jd2kx">{text}</span>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _TRV_P,
            "h2": '<h2 class="css-z0r6hk e1xk3v1">{text}</h2>\n',
            "quote": '<blockquote class="css-bv4t2n"><p class="css-1q8r7ze e1xk3v0">{text}</p></blockquote>\n',
            "ul": '<ul class="css-e8s3lq">{items}</ul>\n',
        },
        inline,
    )
    consent = _slot(
        p,
        "consent",
        '<div class="css-1xw0k3f" role="dialog">{inner}</div>',
        '<p class="css-k1v9yo">{text}</p>\n',
        '<p class="css-5n0c2t">{text}</p>\n',
        '<button class="css-uq2w1p" type="button">{text}</button>\n',
    )
    login = inline_box(p, "login", '<div class="css-12k9bz">{inner}</div>', "button", ' class="css-0"', "\n")
    share = each(
        p,
        "share",
        '<div class="css-ub8k3r">{inner}</div>',
        '<button class="css-q1m2lb" type="button" data-idx="{n}"><span class="css-1u0ak4">{text}</span></button>\n',
    )
    source = each(p, "source", "{inner}", '<p class="css-1q8r7ze e1xk3v0"><small>{text}</small></p>\n')
    newsletter = _slot(
        p,
        "newsletter",
        '<section class="css-1f9ah3c"><form class="css-0" method="post">{inner}<input class="css-7w1dk0" type="email" name="email"></form></section>',
        '<h3 class="css-xo8c1n">{text}</h3>\n',
        '<p class="css-1bkl2q">{text}</p>\n',
        '<button class="css-r7k2qa" type="submit">{text}</button>\n',
    )
    comments = _slot(
        p,
        "comments",
        '<vf-conversations vf-container-id="8812">{inner}</vf-conversations>',
        '<h3 class="vf-title">{text}</h3>\n',
        '<p class="vf-p">{text}</p>\n',
        '<button class="vf-button" type="button">{text}</button>\n',
    )
    club = _slot(
        p,
        "donation",
        '<div class="css-3mq9x0" style="position:sticky;bottom:0">{inner}</div>',
        '<strong class="css-1dbjc4n">{text}</strong>\n',
        '<span class="css-18t94o4">{text}</span>\n',
        '<a class="css-r7k2qa" href="/club/join?ref=bar">{text}</a>\n',
    )
    heading = related_heading(p, '<h2 class="css-6gk8ds">{text}</h2>\n')
    cards = links(
        p.teasers(6), '<a class="css-7yt1rd" href="/guides/{slug}"><span class="css-1x9k2">{text}</span></a>\n'
    )
    failed = each(
        p, "error", '<div class="css-0" data-state="error">{inner}</div>', '<p class="css-5n0c2t">{text}</p>\n'
    )
    app = inline_box(p, "app", '<div class="css-p9w1rt">{inner}</div>', "span", "", "<br>\n")
    return f"""<div id="root"><div class="css-1ykf0vg">
{consent}
<div class="css-14lw9ot">{NAV.format(site=esc(p.site))}
{login}</div>
<main class="css-1wx6ykk">
<article class="css-79elbk">
<h1 class="css-1y6g2lb">{esc(p.title)}</h1>
<div class="css-6r1w0s">{esc(p.site)} · 20 November 2026</div>
{share}
<div class="css-1r0o9c2">
{body}
{source}
</div>
</article>
{newsletter}
{comments}
</main>
<section class="css-1b2ufw2">{heading}<div class="css-10r8ybl">{cards}</div>
{failed}</section>
<footer class="css-1hz5jxq">
{app}
{FOOTER.format(site=esc(p.site))}
</footer>
{club}
</div></div>"""


_CAR_P = '<p class="ArticleBody_paragraph__3kQzT">{text}</p>\n'


def motoring_reviews_next(p: Parts) -> str:
    """A car-review and motoring news site on Next.js with CSS-module class names
    (`ArticleBody_paragraph__3kQzT`), none of which say what the widget does: the account links
    in the header, the video review as the hero above the first paragraph, share buttons in a
    list, the price-list alert pasted as article paragraphs right before the first paragraph,
    the dealer stock (or any promotion) as a `<table>` and the finance calculator's `<iframe>`
    whose fallback is the error between paragraphs, the photo credit or disclosure pasted as a
    same-class paragraph in `<em>` right after the last one, the metered-access box and the
    comments section under the article, the app box as a `<dl>` and the newsletter form in the
    sidebar, more reviews (the headed related list) in a `<nav>` and a modal for consent."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<table class="DealerStock_table__p0Wq2">{inner}</table>\n',
            '<caption class="DealerStock_caption__f8Lx1">{text}</caption>\n',
            '<tr class="DealerStock_row__2Vb0e"><td>{text}</td></tr>\n',
            '<tr class="DealerStock_row__2Vb0e"><td><a href="/dealers/brackley-motors">{text}</a></td></tr>\n',
        ),
        each(
            p,
            "error",
            '<div class="FinanceCalc_frame__Lk3n9"><iframe src="https://quotes.example-autofinance.com/embed?model=ion" width="100%" height="460" title="">\n{inner}\n</iframe></div>\n',
            "{text}",
            "\n",
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _CAR_P,
            "h2": '<h2 class="ArticleBody_heading__Vn1c8">{text}</h2>\n',
            "quote": '<blockquote class="ArticleBody_quote__8dQ2l"><p>{text}</p></blockquote>\n',
            "ul": '<ul class="ArticleBody_list__mK0z2">{items}</ul>\n',
        },
        inline,
    )
    account = inline_box(p, "login", '<div class="Header_account__Qm2f8">{inner}</div>', "a", ' href="/account"', "\n")
    hero = _slot(
        p,
        "video",
        '<div class="VideoHero_root__Xb1k2"><div class="VideoHero_player__4Hw7c" data-video-id="mi-2027"></div>{inner}</div>',
        '<p class="VideoHero_title__zA9e3">{text}</p>\n',
        '<p class="VideoHero_meta__Tp6s0">{text}</p>\n',
        '<span class="VideoHero_meta__Tp6s0">{text}</span>\n',
    )
    share = each(
        p,
        "share",
        '<ul class="ShareBar_list__7Hc1a">{inner}</ul>',
        '<li class="ShareBar_item__c3Rk0"><button type="button">{text}</button></li>\n',
    )
    alert = each(p, "notification", "{inner}", _CAR_P)
    credit = each(p, "source", "{inner}", '<p class="ArticleBody_paragraph__3kQzT"><em>{text}</em></p>\n')
    meter = _slot(
        p,
        "donation",
        '<div class="Meter_root__2Jf0s">{inner}</div>',
        '<p class="Meter_title__cQ8v1">{text}</p>\n',
        '<p class="Meter_text__Wm4k7">{text}</p>\n',
        '<a class="Button_primary__1bX0d" href="/subscribe">{text}</a>\n',
    )
    comments = _slot(
        p,
        "comments",
        '<section class="Comments_root__yT7d1">{inner}</section>',
        '<h2 class="Comments_title__6oPz3">{text}</h2>\n',
        '<p class="Comments_body__Jr2m8">{text}</p>\n',
        '<button class="Button_secondary__0aQy5" type="button">{text}</button>\n',
    )
    app = _slot(
        p,
        "app",
        '<dl class="AppBox_root__s8Yq4">{inner}</dl>',
        "<dt>{text}</dt>\n",
        "<dd>{text}</dd>\n",
        '<dd><a href="https://apps.example-autobench.com/">{text}</a></dd>\n',
    )
    newsletter = _slot(
        p,
        "newsletter",
        '<form class="Signup_form__9Ld3c" action="/api/signup" method="post">{inner}<input type="email" name="email"></form>',
        '<p class="Signup_title__Hq2n6">{text}</p>\n',
        '<p class="Signup_text__xV7b1">{text}</p>\n',
        '<button class="Button_primary__1bX0d" type="submit">{text}</button>\n',
    )
    heading = related_heading(p, '<h2 class="MoreReviews_title__k5Tg2">{text}</h2>\n')
    teasers = links(p.teasers(4), '<li class="MoreReviews_card__Rb3e9"><a href="/reviews/{slug}">{text}</a></li>\n')
    consent = _slot(
        p,
        "consent",
        '<div class="Modal_overlay__Z1x0c"><div class="Modal_box__a8Fq1">{inner}</div></div>',
        '<h2 class="Modal_title__3nVd8">{text}</h2>\n',
        '<p class="Modal_text__Px1c5">{text}</p>\n',
        '<button class="Button_secondary__0aQy5" type="button">{text}</button>\n',
    )
    return f"""<div id="__next">
<header class="Header_root__P2m8x">{NAV.format(site=esc(p.site))}
{account}</header>
<div class="Layout_grid__7QwLm">
<main class="Layout_main__Yc2k0">
<article class="Article_root__w1Sx9">
<h1 class="Article_title__bN6c3">{esc(p.title)}</h1>
<p class="Article_byline__h0Kq2">{esc(p.site)} · 20 Nov 2026</p>
{hero}
{share}
<div class="ArticleBody_root__Fq4j1">
{alert}
{body}
{credit}
</div>
{meter}
</article>
{comments}
</main>
<aside class="Layout_aside__oP3v8">
{app}
{newsletter}
</aside>
</div>
<nav class="MoreReviews_root__8mN2c">{heading}<ul class="MoreReviews_list__Ee2w5">{teasers}</ul></nav>
{FOOTER.format(site=esc(p.site))}
</div>
{consent}"""


_HOME_P = '<p class="mt-5 text-[17px] leading-7 text-gray-800">{text}</p>\n'


def property_portal_tailwind(p: Parts) -> str:
    """A property news section of a listings portal in Tailwind utility classes only (`flex
    mt-4 text-sm`): the saved-homes sign-in in a flex row by the menu, share buttons as pills
    under the title, the listing alert pasted as article paragraphs right before the first
    paragraph, the listing carousel (or any promotion) as a scroll-snap `<ul>`, a virtual-tour
    `<figure>` and the mortgage calculator whose `<noscript>` holds the error between
    paragraphs, the data source pasted as a same-class paragraph right after the last one, the
    membership box and the comments in a `<details>` under the article, the app plug as a
    `<br>`-separated run and the newsletter form in the sidebar, the headed related list in a
    trailing grid and a fixed consent panel."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="my-8"><ul class="-mx-4 flex snap-x gap-4 overflow-x-auto px-4">{inner}</ul></div>\n',
            '<li class="w-56 shrink-0 snap-start text-lg font-semibold">{text}</li>\n',
            '<li class="w-56 shrink-0 snap-start rounded-lg border p-3 text-sm">{text}</li>\n',
            '<li class="w-56 shrink-0 snap-start"><a class="text-sm text-emerald-700 underline" href="/for-sale?src=news">{text}</a></li>\n',
        ),
        _slot(
            p,
            "video",
            '<figure class="my-8"><video class="aspect-video w-full rounded-xl" controls preload="none" poster="/img/tour-4471.jpg"></video><figcaption class="mt-2 flex gap-3 text-sm text-gray-500">{inner}</figcaption></figure>\n',
            "<span>{text}</span>\n",
            "<span>{text}</span>\n",
            '<button class="underline" type="button">{text}</button>\n',
        ),
        inline_box(
            p,
            "error",
            '<div class="my-8 rounded-xl bg-slate-50 p-6" data-widget="mortgage-calculator"><noscript>{inner}</noscript></div>\n',
            "p",
            ' class="text-sm text-gray-600"',
            "\n",
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _HOME_P,
            "h2": '<h2 class="mt-10 text-2xl font-bold tracking-tight">{text}</h2>\n',
            "quote": '<blockquote class="mt-8 border-l-4 border-emerald-600 pl-5 text-xl italic"><p>{text}</p></blockquote>\n',
            "ul": '<ul class="mt-5 list-disc space-y-1 pl-6 text-[17px]">{items}</ul>\n',
        },
        inline,
    )
    login = inline_box(
        p,
        "login",
        '<div class="flex items-center gap-3 text-sm">{inner}</div>',
        "a",
        ' class="hover:underline" href="/signin"',
        "\n",
    )
    share = each(
        p,
        "share",
        '<div class="mt-4 flex flex-wrap gap-2">{inner}</div>',
        '<button class="rounded-full border px-3 py-1 text-xs" type="button">{text}</button>\n',
    )
    alert = each(p, "notification", "{inner}", _HOME_P)
    data = each(p, "source", "{inner}", _HOME_P)
    member = _slot(
        p,
        "donation",
        '<div class="mt-10 rounded-2xl bg-emerald-50 p-6">{inner}</div>',
        '<p class="text-lg font-semibold">{text}</p>\n',
        '<p class="mt-1 text-sm">{text}</p>\n',
        '<a class="mt-3 inline-block rounded bg-emerald-700 px-4 py-2 text-white" href="/plus">{text}</a>\n',
    )
    comments = _slot(
        p,
        "comments",
        '<details class="mt-8 border-t pt-4">{inner}</details>',
        '<summary class="cursor-pointer font-semibold">{text}</summary>\n',
        '<p class="mt-2 text-sm">{text}</p>\n',
        '<button class="mt-2 text-sm underline" type="button">{text}</button>\n',
    )
    app = inline_box(p, "app", '<p class="mt-6 text-sm">{inner}</p>', "span", "", "<br>\n")
    newsletter = _slot(
        p,
        "newsletter",
        '<form class="mt-6 rounded-xl border p-4" method="post" action="/briefing">{inner}<input class="mt-2 w-full rounded border px-3 py-2" type="email" name="email"></form>',
        '<p class="font-semibold">{text}</p>\n',
        '<p class="mt-1 text-sm text-gray-600">{text}</p>\n',
        '<button class="mt-2 w-full rounded bg-gray-900 px-3 py-2 text-white" type="submit">{text}</button>\n',
    )
    heading = related_heading(p, '<h2 class="text-xl font-bold">{text}</h2>\n')
    teasers = links(
        p.teasers(6), '<a class="block rounded-lg border p-4 hover:shadow" href="/news/{slug}">{text}</a>\n'
    )
    consent = _slot(
        p,
        "consent",
        '<div class="fixed inset-x-4 bottom-4 z-50 rounded-xl bg-white p-5 shadow-2xl">{inner}</div>',
        '<p class="font-bold">{text}</p>\n',
        '<p class="mt-1 text-sm text-gray-600">{text}</p>\n',
        '<button class="mr-2 mt-3 rounded border px-3 py-1 text-sm" type="button">{text}</button>\n',
    )
    return f"""<div class="min-h-screen bg-white text-gray-900">
<div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">{NAV.format(site=esc(p.site))}
{login}</div>
<div class="mx-auto grid max-w-6xl grid-cols-1 gap-10 px-4 lg:grid-cols-3">
<article class="lg:col-span-2">
<h1 class="text-4xl font-extrabold tracking-tight">{esc(p.title)}</h1>
<p class="mt-2 text-sm text-gray-500">{esc(p.site)} · 20 November 2026</p>
{share}
<div class="mt-6">
{alert}
{body}
{data}
</div>
{member}
{comments}
</article>
<aside class="lg:col-span-1">
{app}
{newsletter}
</aside>
</div>
<section class="mx-auto max-w-6xl px-4 py-12">{heading}<div class="mt-4 grid grid-cols-1 gap-4 md:grid-cols-3">{teasers}</div></section>
{FOOTER.format(site=esc(p.site))}
</div>
{consent}"""


_AIR_P = '<p class="sc-dlfnbm hQpWfN">{text}</p>\n'


def aviation_trade_styled(p: Parts) -> str:
    """An airline and aviation trade news site in React with styled-components, every class a
    `sc-` hash pair and paragraphs `p.sc-dlfnbm`: the alert bar as a `<br>`-separated run above
    the header, the subscriber sign-in links by the menu, share links marked only by `data-`
    attributes, the on-demand webinar pasted as same-class paragraphs of links, the premium
    upsell in a `<tp-container>` custom element and the newsletter box between paragraphs, the
    source or data note pasted as a same-class paragraph right after the last one, the
    discussion as a `<dl>` under the article, the job board (or any promotion) as a `<table>`
    and the app box in the right rail, the headed related list and a failed-jobs error after the
    article and a consent dialog."""
    inline = present(
        each(p, "video", "{inner}", '<p class="sc-dlfnbm hQpWfN"><a href="/webinars/on-demand/318">{text}</a></p>\n'),
        _slot(
            p,
            "donation",
            '<tp-container data-offer="inline-3">{inner}</tp-container>\n',
            '<div class="sc-kDTinF eXvCqD">{text}</div>\n',
            '<div class="sc-iqseJM dWqYpT">{text}</div>\n',
            '<a class="sc-crHmcD gQwHsZ" href="/premium/trial">{text}</a>\n',
        ),
        _slot(
            p,
            "newsletter",
            '<div class="sc-hKwDye fKbLxS"><form method="post" action="/nl">{inner}<input type="email" name="email"></form></div>\n',
            '<h4 class="sc-eCYdqJ jQmWbv">{text}</h4>\n',
            '<p class="sc-jObWnj hRtGsm">{text}</p>\n',
            '<button class="sc-crHmcD gQwHsZ" type="submit">{text}</button>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _AIR_P,
            "h2": '<h2 class="sc-gWXbKe iRcSfS">{text}</h2>\n',
            "quote": '<blockquote class="sc-cCcXkK fPvKpW"><p class="sc-dlfnbm hQpWfN">{text}</p></blockquote>\n',
            "ul": '<ul class="sc-ksdxgE bEdgCk">{items}</ul>\n',
        },
        inline,
    )
    bar = inline_box(p, "notification", '<div class="sc-gKclnd bRgXvA">{inner}</div>', "span", "", "<br>\n")
    login = inline_box(p, "login", '<div class="sc-iCfMLu kLmNop">{inner}</div>', "a", ' href="/account/login"', "\n")
    share = each(
        p,
        "share",
        '<div data-share-bar="top">{inner}</div>',
        '<a data-network="{n}" data-track="share" href="#">{text}</a>\n',
    )
    source = each(p, "source", "{inner}", _AIR_P)
    discuss = _slot(
        p,
        "comments",
        '<dl class="sc-eCImPb hFjKsD">{inner}</dl>',
        "<dt>{text}</dt>\n",
        "<dd>{text}</dd>\n",
        '<dd><a href="/community/thread/8812">{text}</a></dd>\n',
    )
    jobs = _slot(
        p,
        "advertising",
        '<table class="sc-jRQBWg cQrYkx">{inner}</table>',
        '<thead><tr><th class="sc-bBHxTw">{text}</th></tr></thead>\n',
        '<tr><td class="sc-iJKOTD">{text}</td></tr>\n',
        '<tr><td class="sc-iJKOTD"><a href="https://jobs.example-flightdeck.com/">{text}</a></td></tr>\n',
    )
    app = _slot(
        p,
        "app",
        '<div class="sc-giYglK mNbTpd">{inner}</div>',
        '<div class="sc-ezbkAF kZsGvQ">{text}</div>\n',
        '<div class="sc-bqiRlB hJnZdU">{text}</div>\n',
        '<a class="sc-crHmcD gQwHsZ" href="/app">{text}</a>\n',
    )
    heading = related_heading(p, '<h3 class="sc-fotOHu dQhPzR">{text}</h3>\n')
    teasers = links(p.teasers(5), '<li class="sc-fFeiMQ"><a href="/news/{slug}">{text}</a></li>\n')
    failed = each(p, "error", '<div class="sc-gsDKAQ iKqCwB" data-state="failed">{inner}</div>', "<div>{text}</div>\n")
    consent = _slot(
        p,
        "consent",
        '<div class="sc-bdfBwQ hJfDkX" role="dialog" aria-modal="true">{inner}</div>',
        '<h2 class="sc-hGPBjI">{text}</h2>\n',
        '<p class="sc-dmRaPn">{text}</p>\n',
        '<button class="sc-crHmcD gQwHsZ" type="button">{text}</button>\n',
    )
    return f"""<div id="app">
{bar}
<div class="sc-hBUSln">{NAV.format(site=esc(p.site))}
{login}</div>
<div class="sc-fnykZs jTqJdv">
<main class="sc-fEOsli kYaHgD">
<article class="sc-bjUoiL">
<h1 class="sc-idiyUo lnQpHW">{esc(p.title)}</h1>
<div class="sc-dIouRR">{esc(p.site)} · 20 November 2026</div>
{share}
<div class="sc-hHLeRK ePqTdA">
{body}
{source}
</div>
{discuss}
</article>
</main>
<aside class="sc-jIZahH">
{jobs}
{app}
</aside>
</div>
<div class="sc-himrzO">{heading}<ul class="sc-ikZpkk">{teasers}</ul>
{failed}</div>
{FOOTER.format(site=esc(p.site))}
</div>
{consent}"""


_FONT = '<font face="Verdana, Arial, Helvetica" size="2">{text}</font>'


def tourism_board_oldcms(p: Parts) -> str:
    """A regional tourism board's news page on an old CMS, a fixed-width `<table>` layout with
    `<font>` tags and the story as runs of `<br><br>`-separated lines in one cell: the cookie bar
    above the table, the accommodation partners' login as a form table and the weather box as a
    `<table>` in the left column, share links joined by pipes over the title, the events box (or
    any promotion) pasted as `<font>` lines between the story's lines, the webcam or video in a
    nested grey `<table>` between paragraphs, the credits in a small `<font>` right after the
    story, the guestbook as a table and the failed-webcam error in a cell under it, "more news"
    (the headed related list) as `<br>`-separated links, and the friends' association box, the
    newsletter form and the app plug as a `<br>`-separated run in the right column."""
    inline = present(
        each(p, "advertising", "{inner}<br>\n", _FONT + "<br>\n"),
        _slot(
            p,
            "video",
            '<table border="0" cellpadding="4" cellspacing="0" bgcolor="#eeeeee" width="100%"><tr><td><img src="/cms/webcam/marktplatz.jpg" width="320" height="180" alt=""><br>\n{inner}</td></tr></table><br>\n',
            '<font size="2"><b>{text}</b></font><br>\n',
            '<font size="1">{text}</font><br>\n',
            '<font size="1"><a href="/cms/webcam.php">{text}</a></font><br>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _FONT + "<br><br>\n",
            "h2": '<font face="Verdana, Arial, Helvetica" size="2"><b>{text}</b></font><br><br>\n',
            "quote": '<font face="Verdana, Arial, Helvetica" size="2"><i>{text}</i></font><br><br>\n',
            "ul": "<ul>{items}</ul>\n",
        },
        inline,
    )
    cookie = _slot(
        p,
        "consent",
        '<div id="cookiebar" style="background:#ffffcc;padding:6px;border-bottom:1px solid #cc9">{inner}</div>',
        "<b>{text}</b>\n",
        '<font size="1">{text}</font>\n',
        '<a href="javascript:cookieOk()">{text}</a>\n',
    )
    login = _slot(
        p,
        "login",
        '<form action="/cms/partner/login.php" method="post"><table width="170" cellpadding="2" cellspacing="0" class="box">{inner}</table></form>',
        '<tr><td bgcolor="#336633"><font color="#ffffff" size="1"><b>{text}</b></font></td></tr>\n',
        '<tr><td><font size="1">{text}</font></td></tr>\n',
        '<tr><td><font size="1">{text}</font><br><input type="text" size="16"></td></tr>\n',
    )
    weather = _slot(
        p,
        "notification",
        '<table width="170" cellpadding="3" cellspacing="0" class="box">{inner}</table>',
        '<tr><td bgcolor="#336699"><font color="#ffffff" size="1"><b>{text}</b></font></td></tr>\n',
        '<tr><td><font size="1">{text}</font></td></tr>\n',
        '<tr><td><font size="1">{text}</font></td></tr>\n',
    )
    share = each(p, "share", '<div align="right">{inner}</div>', '<font size="1"><a href="#">{text}</a></font>', " | ")
    credits = inline_box(p, "source", "{inner}<br>\n", "font", ' size="1" color="#666666"', "<br>\n")
    guestbook = _slot(
        p,
        "comments",
        '<table width="100%" cellpadding="4" cellspacing="0" border="1" bordercolor="#cccccc">{inner}</table>',
        '<tr><td bgcolor="#dddddd"><font size="2"><b>{text}</b></font></td></tr>\n',
        '<tr><td><font size="2">{text}</font></td></tr>\n',
        '<tr><td><font size="2"><a href="/cms/gaestebuch.php?neu=1">{text}</a></font></td></tr>\n',
    )
    error = each(
        p, "error", '<table width="100%"><tr><td>{inner}</td></tr></table>', '<font size="1">{text}</font><br>\n'
    )
    heading = related_heading(p, '<font size="2"><b>{text}</b></font><br>\n')
    teasers = links(
        p.teasers(6),
        '<img src="/cms/img/pfeil.gif" width="7" height="7" alt=""> <a href="/cms/news.php?id={slug}">{text}</a><br>\n',
    )
    friends = _slot(
        p,
        "donation",
        '<table width="190" cellpadding="3" cellspacing="0" class="box">{inner}</table>',
        '<tr><td bgcolor="#993300"><font color="#ffffff" size="1"><b>{text}</b></font></td></tr>\n',
        '<tr><td><font size="1">{text}</font></td></tr>\n',
        '<tr><td><font size="1"><a href="/cms/verein.php">{text}</a></font></td></tr>\n',
    )
    newsletter = _slot(
        p,
        "newsletter",
        '<form action="/cms/newsletter.php" method="post"><table width="190" cellpadding="3" cellspacing="0">{inner}<tr><td><input type="text" name="email" size="20"></td></tr></table></form>',
        '<tr><td><font size="2"><b>{text}</b></font></td></tr>\n',
        '<tr><td><font size="1">{text}</font></td></tr>\n',
        '<tr><td><input type="submit" value=""> <font size="1">{text}</font></td></tr>\n',
    )
    app = inline_box(p, "app", "<p>{inner}</p>", "font", ' size="1"', "<br>\n")
    return f"""{cookie}
{NAV.format(site=esc(p.site))}
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr>
<td width="180" valign="top">
{login}
<br>
{weather}
</td>
<td width="600" valign="top" style="padding:0 12px">
{share}
<font face="Verdana, Arial, Helvetica" size="4"><b>{esc(p.title)}</b></font><br>
<font size="1" color="#666666">{esc(p.site)} · 20.11.2026</font><br><br>
{body}
{credits}
<br>
{guestbook}
{error}
<br>
{heading}{teasers}
</td>
<td width="200" valign="top">
{friends}
<br>
{newsletter}
{app}
</td>
</tr>
</table>
{FOOTER.format(site=esc(p.site))}"""


def ev_blog_wordpress(p: Parts) -> str:
    """An electric-vehicle news blog on WordPress with the block editor, its story as bare `<p>`
    in `div.entry-content`: the disclosure or source pasted as bare `<p><em>` right before the
    first paragraph, the affiliate charger offer (or any promotion) as a `wp-block-table`, a
    video embed figure and the newsletter as a plain coloured `wp-block-group` between
    paragraphs, the supporter appeal pasted as bare paragraphs right after the last one, the
    sharing block and the related posts under it, the comments area with the sign-in notes, the
    app plug as a `<br>`-separated run in a text widget, the bell prompt marked only by `data-`
    attributes, a footer RSS widget whose text is the error, and a consent bar with only an id."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<figure class="wp-block-table is-style-stripes"><table>{inner}</table></figure>\n',
            "<thead><tr><th>{text}</th></tr></thead>\n",
            "<tr><td>{text}</td></tr>\n",
            '<tr><td><a href="https://go.example-aff.net/wallbright?sub=8812" rel="sponsored nofollow">{text}</a></td></tr>\n',
        ),
        _slot(
            p,
            "video",
            '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper"><iframe width="760" height="428" src="https://www.youtube-nocookie.com/embed/c8Wq1" title=""></iframe></div><figcaption class="wp-element-caption">{inner}</figcaption></figure>\n',
            "<strong>{text}</strong> \n",
            "<span>{text}</span> \n",
            '<a href="https://www.youtube.com/@chargedup">{text}</a>\n',
        ),
        _slot(
            p,
            "newsletter",
            '<div class="wp-block-group has-pale-cyan-blue-background-color has-background">{inner}</div>\n',
            '<h3 class="wp-block-heading">{text}</h3>\n',
            "<p>{text}</p>\n",
            '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/subscribe/">{text}</a></div></div>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": "<p>{text}</p>\n",
            "h2": '<h2 class="wp-block-heading">{text}</h2>\n',
            "quote": '<blockquote class="wp-block-quote"><p>{text}</p></blockquote>\n',
            "ul": '<ul class="wp-block-list">{items}</ul>\n',
        },
        inline,
    )
    source = each(p, "source", "{inner}", "<p><em>{text}</em></p>\n")
    appeal = _slot(
        p,
        "donation",
        "{inner}",
        "<p><strong>{text}</strong></p>\n",
        "<p>{text}</p>\n",
        '<p><a href="https://www.patreon.example/chargedup">{text}</a></p>\n',
    )
    share = _slot(
        p,
        "share",
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">{inner}</div></div>',
        '<h3 class="sd-title">{text}</h3>\n',
        "<span>{text}</span>\n",
        '<a class="share-icon" href="#" rel="nofollow noopener"><span>{text}</span></a>\n',
    )
    heading = related_heading(p, '<h3 class="jp-relatedposts-headline"><em>{text}</em></h3>\n')
    teasers = links(
        p.teasers(3),
        '<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/{slug}/">{text}</a></h4></div>\n',
    )
    comments = _slot(
        p,
        "comments",
        "{inner}",
        '<h2 class="comments-title">{text}</h2>\n',
        '<div class="comment-content"><p>{text}</p></div>\n',
        '<a class="comment-reply-link" href="#respond">{text}</a>\n',
    )
    login = inline_box(p, "login", '<p class="comment-notes">{inner}</p>', "a", ' href="/wp-login.php"', "<br>\n")
    app = inline_box(
        p,
        "app",
        '<section class="widget widget_text"><div class="textwidget"><p>{inner}</p></div></section>',
        "span",
        "",
        "<br>\n",
    )
    bell = _slot(
        p,
        "notification",
        '<div data-os-slidedown="1">{inner}</div>',
        "<div data-os-title>{text}</div>\n",
        "<div data-os-text>{text}</div>\n",
        '<button data-os-action="{n}">{text}</button>\n',
    )
    rss = each(p, "error", '<section class="widget widget_rss">{inner}</section>', "<p><strong>{text}</strong></p>\n")
    consent = _slot(
        p,
        "consent",
        '<div id="c7" style="position:fixed;bottom:0;left:0;right:0">{inner}</div>',
        "<p><b>{text}</b></p>\n",
        "<p>{text}</p>\n",
        '<a href="#" role="button">{text}</a>\n',
    )
    return f"""<div id="page" class="site">
<header id="masthead" class="site-header">{NAV.format(site=esc(p.site))}</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-8812" class="post-8812 post type-post status-publish format-standard has-post-thumbnail hentry category-charging">
<header class="entry-header"><h1 class="entry-title">{esc(p.title)}</h1>
<div class="entry-meta"><span class="posted-on">{esc(p.site)} · November 20, 2026</span></div></header>
<div class="entry-content">
{source}
{body}
{appeal}
{share}
<div id="jp-relatedposts" class="jp-relatedposts">{heading}<div class="jp-relatedposts-items">{teasers}</div></div>
</div>
</article>
<div id="comments" class="comments-area">
{comments}
<div id="respond" class="comment-respond">{login}</div>
</div>
</main>
<aside id="secondary" class="widget-area">
{app}
</aside>
</div>
<footer id="colophon" class="site-footer">
{rss}
{FOOTER.format(site=esc(p.site))}
</footer>
</div>
{bell}
{consent}"""


SHAPES = (
    travel_deals_emotion,
    motoring_reviews_next,
    property_portal_tailwind,
    aviation_trade_styled,
    tourism_board_oldcms,
    ev_blog_wordpress,
)
