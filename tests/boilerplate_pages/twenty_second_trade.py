"""Half of the twenty-second part: six shapes of property, transport and trade press (a property
portal's market news, an aviation news site on an old table layout, a shipping and logistics trade
paper, an energy and utilities trade site built in Angular, a farming weekly and a hospitality trade
site), with their wording, written after twenty-one rounds of tuning without reading newsmon's
rules, to hide boilerplate from markup. It was half of the held-out part, measured untouched (both
halves: newsmon kept 249 of 2,969 boilerplate lines, 8.4%, and 99.6% of the body; stock trafilatura
27.2% and 96.6%; 214 lines with the rules learnt on the twenty-first part, before anyone looked at
it), then tuned on structure and the commoner wording, not line by line, so it is held to a bound,
not to zero."""

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
                "Homes for sale near you",
                "3 bed semi-detached, Westbury · £325,000",
                "2 bed flat with balcony, Lakeside · £1,150 pcm",
                "View all 1,482 listings",
            ],
            [
                "Fly business to Lisbon from £489",
                "Lie-flat seats on every Aerolis morning departure",
                "Book with Aerolis",
            ],
            [
                "Sponsored by Kestrel Freight Insurance",
                "Cargo cover quoted in minutes for shippers and forwarders",
                "Get a cargo quote",
            ],
            [
                "Machinery for sale",
                "Fendt 724 Vario, 2020, 3,900 hrs · £112,000 + VAT",
                "Massey Ferguson 5S.145, 2022 · £68,750 + VAT",
                "Browse 2,310 machinery ads",
            ],
            [
                "Headline partner: Northwind Grid Solutions",
                "Proud sponsor of the Energy Transition Summit 2027",
            ],
            [
                "Supplier of the month",
                "Bellhaven Linen: hotel bedding and towels delivered next day",
                "Request a trade price list",
            ],
        ],
        "donation": [
            [
                "You've read 3 of your 4 free articles this month",
                "Subscribe for unlimited access to market analysis and price data.",
                "Subscribe from £12.50 a month",
            ],
            [
                "Upgrade to Freightlines Pro",
                "Lane-by-lane rate forecasts, carrier scorecards and the full index archive, for your whole team.",
                "Request a team trial",
            ],
            [
                "Go further with the Grid Intelligence Terminal",
                "Live power prices, outage data and 15 years of auction results on one screen.",
                "Book a terminal demo",
            ],
            [
                "Farmers backing farm journalism",
                "Our reporters are in the fields, the auction marts and the ministry. A print and digital subscription pays for them.",
                "Take 40% off a farm subscription",
            ],
            [
                "Become a Cabin Club member",
                "Members get the daily fleet report, route analysis and an ad-free site.",
                "Join Cabin Club",
            ],
        ],
        "notification": [
            [
                "Price-drop alert",
                "Get an email when a home in Riverton drops in price.",
                "Create a price alert",
            ],
            [
                "Entries close Friday 5pm",
                "The Hospitality Excellence Awards 2027 are open for nominations.",
                "Enter your team",
            ],
            [
                "Track this flight",
                "We'll notify you when AL 472 pushes back from the gate.",
                "Set a flight alert",
            ],
            [
                "Frost warning for your area",
                "Minimum of −4°C expected overnight on Tuesday",
                "See the five-day forecast",
            ],
            [
                "Index alert",
                "Tell me when the Asia–North Europe rate moves more than 5% in a week.",
                "Turn on index alerts",
            ],
        ],
        "app": [
            [
                "Search homes on the go",
                "Save searches, book viewings and message agents from our app.",
                "Get it for iPhone",
                "Get it for Android phones",
            ],
            [
                "FlightDeck app",
                "Live departures, fleet data and aviation news in your pocket",
                "Open in FlightDeck",
            ],
            ["Check the mart prices from the tractor cab.", "Get the Farm Weekly app"],
            ["Take the Energy Monitor app onto the trading floor", "Scan the QR code to install"],
        ],
        "newsletter": [
            [
                "The Property Brief",
                "House prices, planning rows and mortgage rates every Monday morning.",
                "Add my email",
                "We'll never share your address with estate agents.",
            ],
            [
                "Cockpit Daily",
                "Airline, airport and aerospace news before your first coffee.",
                "Subscribe to Cockpit Daily",
            ],
            [
                "Supply Chain Wrap",
                "The week's freight, port and warehousing news, every Friday at noon.",
                "Send me the Wrap",
            ],
            [
                "Power & Utilities Alert",
                "Regulatory rulings, tenders and deals, straight to your inbox.",
                "Get the alert",
            ],
            [
                "Front of House",
                "Openings, closures and people moves across hotels, pubs and restaurants.",
                "Join 38,000 operators",
            ],
        ],
        "comments": [
            [
                "24 responses",
                "Responses are reviewed before publication. Please stay on topic.",
                "Add a response",
            ],
            ["What do you make of the new valuation rules?", "Read 9 comments", "Have your say on valuations"],
            [
                "Industry discussion",
                "Only verified industry professionals can comment on this story.",
                "Verify my job title",
            ],
            [
                "Readers' views",
                "Join 56 other farmers in the discussion below.",
                "Post a comment for other growers",
            ],
        ],
        "login": [
            ["Sign in to save this search", "New here? Register free"],
            ["Subscriber login", "Email address or account number", "Reset my password"],
            ["Already a Pro user? Log in to see all lanes."],
            ["Log in with your company account", "Sign in with LinkedIn"],
        ],
        "video": [
            ["Video tour: inside the £4m riverside penthouse", "3:14 · with floor plan"],
            ["Watch: first flight of the A321XLR for Aerolis", "1:58 · Sound on"],
            [
                "On-demand webinar: de-risking your 2027 ocean contracts",
                "48 min · with Q&A",
                "Watch the replay",
            ],
            ["Video: drilling winter beans on heavy clay", "6 min 05 sec"],
            ["Panel highlights from the Hotel Investment Forum", "12 minutes", "Play the highlights"],
        ],
        "source": [
            ["Listings data supplied by HomeFinder Network. Prices correct at the time of publication."],
            ["Fleet figures: Skyregister database, updated 18 November 2026."],
            [
                "Freight rates are spot rates for a 40ft container and are indicative only.",
                "Index data: Harbourline Freight Index",
            ],
            [
                "Correction: This article originally said the wind farm would power 400,000 homes. The developer's figure is 340,000."
            ],
            [
                "Market prices are delivered, £/tonne, for the week ending 17 November, supplied by the Grain Traders' Association."
            ],
            ["Disclosure: The writer's travel to the trade show was paid for by the organisers."],
        ],
        "share": [
            [
                "Share this market report",
                "Email this story to a colleague",
                "Post this on LinkedIn",
                "Copy the story URL",
            ],
            ["Share this briefing", "Post this report on X", "Send this on WhatsApp"],
            ["Forward this to your team", "Print for the trading desk", "Save for later reading"],
            ["Tell your network", "Post this to Facebook", "Post this to Bluesky"],
        ],
        "error": [
            ["The mortgage calculator could not be loaded.", "Reload the calculator"],
            ["Live flight tracking is temporarily unavailable."],
            ["Rate ticker offline. Last update 06:00 UTC."],
            ["We couldn't find weather for that postcode.", "Try a nearby town"],
            ["This chart failed to load. Please refresh the page."],
        ],
        "consent": [
            [
                "Your privacy",
                "We use cookies to run the property search and, with your consent, to show you homes and mortgage offers that match your interests.",
                "Accept cookies",
                "Only cookies the search needs",
                "Choose which cookies",
            ],
            [
                "This webinar player is provided by ON24. Loading it sends your IP address to ON24.",
                "Load the ON24 player",
            ],
            ["Cookies help us keep the price data free", "Allow all cookies", "Essential cookies only"],
            [
                "We and our 140 advertising partners process personal data such as IP addresses for measurement and personalised ads.",
                "Agree and view prices",
                "Disagree",
                "See what the partners do",
            ],
        ],
        "related": [
            ["More property news"],
            ["Airline news"],
            ["Latest in freight & logistics"],
            ["From the markets desk"],
            ["Energy news and jobs"],
            ["Popular in hospitality"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Immobilien in Ihrer Nähe",
                "3-Zimmer-Wohnung, Lindenau · 289.000 €",
                "Reihenhaus mit Garten, Wedel · 1.480 € kalt",
                "Alle 964 Angebote ansehen",
            ],
            ["Nonstop nach Mallorca ab 79 €", "Jetzt den Sommerflugplan 2027 bei Aerolis buchen"],
            [
                "Gebrauchtmaschinen",
                "Claas Arion 650, Bj. 2019, 4.100 Bh · 86.900 € netto",
                "Horsch Pronto 6 DC, Bj. 2021 · 54.500 € netto",
                "Zur Maschinenbörse",
            ],
            [
                "Premium-Partner",
                "Der Branchengipfel Energiewende 2027 wird präsentiert von Nordwerk Netze",
            ],
            [
                "Lieferant der Woche",
                "Gastro-Kaffeemaschinen von Brühwerk – Miete ab 89 € im Monat",
                "Fachhändler finden",
            ],
        ],
        "donation": [
            [
                "Weiterlesen mit Immobilien+",
                "Alle Marktberichte, Kaufpreisatlas und Mietspiegel-Analysen – 4 Wochen für 1 €.",
                "Immobilien+ testen",
            ],
            [
                "Frachtraten-Datenbank freischalten",
                "Mit dem Profi-Zugang sehen Sie alle Relationen, Prognosen und Carrier-Bewertungen.",
                "Angebot für Unternehmen anfordern",
            ],
            [
                "Ihr Zugang zum Energiedaten-Terminal",
                "Strompreise in Echtzeit, Netzdaten und Ausschreibungen – für Händler und Versorger.",
                "Kostenlose Demo vereinbaren",
            ],
            [
                "Guter Agrarjournalismus hat seinen Preis",
                "Abonnieren Sie das Wochenblatt gedruckt und digital und sichern Sie unsere Berichterstattung aus der Region.",
                "Wochenblatt abonnieren",
            ],
        ],
        "notification": [
            [
                "Suchauftrag speichern",
                "Wir benachrichtigen Sie, sobald neue Wohnungen in Lindenau online gehen.",
                "Suchauftrag aktivieren",
            ],
            ["Einsendeschluss 15. Januar", "Bewerben Sie Ihr Haus für den Gastro-Award 2027.", "Zur Bewerbung"],
            [
                "Starkregenwarnung für den Landkreis",
                "Starkregen im Landkreis bis Mittwochmorgen erwartet",
                "Zur Wetterkarte",
            ],
            ["Flugstatus verfolgen", "Push-Meldung bei Verspätung oder Gate-Wechsel", "Flug beobachten"],
        ],
        "app": [
            [
                "Immo-App: Besichtigungen planen, Exposés speichern, Makler direkt kontaktieren.",
                "Immo-App im App Store",
                "Immo-App bei Google Play",
            ],
            [
                "Marktpreise immer dabei",
                "Die Wochenblatt-App zeigt Erzeugerpreise und Schlachtviehnotierungen tagesaktuell.",
                "Wochenblatt-App herunterladen",
            ],
            ["Logistik-News jetzt auch als App", "Zur Logistik-App"],
            ["Alle Flugdaten in der Cockpit-App", "QR-Code scannen und installieren"],
        ],
        "newsletter": [
            [
                "Der Immobilienbrief",
                "Preise, Zinsen, Bauprojekte – jeden Dienstag kostenlos.",
                "E-Mail für den Immobilienbrief",
                "Immobilienbrief bestellen",
            ],
            [
                "Logistik kompakt",
                "Die wichtigsten Meldungen aus Spedition, Hafen und Lager, werktags um 7 Uhr.",
                "Logistik kompakt abonnieren",
            ],
            [
                "Energie-Briefing",
                "Regulierung, Ausschreibungen und Personalien aus der Versorgerbranche.",
                "Briefing anfordern",
            ],
            [
                "Gastro-Newsletter",
                "Neueröffnungen, Pachtwechsel und Trends für Hotellerie und Gastronomie.",
                "Gastro-Newsletter anfordern",
                "Eine Abmeldung ist mit einem Klick möglich.",
            ],
        ],
        "comments": [
            [
                "Kommentare (17)",
                "Bitte bleiben Sie sachlich. Jeder Beitrag wird vor der Freischaltung geprüft.",
                "Beitrag zur Diskussion schreiben",
            ],
            ["Fachforum zur Meldung", "Nur registrierte Fachbesucher können hier kommentieren.", "Zur Fachdiskussion"],
            ["Leserstimmen", "Was sagen Sie zur neuen Düngeverordnung?", "Meinung abgeben"],
            ["5 Leserkommentare anzeigen"],
        ],
        "login": [
            ["Anmelden, um Suchaufträge zu speichern", "Noch kein Konto? Kostenlos registrieren"],
            ["Kundenlogin Wochenblatt", "Benutzername oder Kundennummer", "Kennwort zurücksetzen"],
            ["Sie sind bereits Profi-Kunde? Hier einloggen."],
            ["Anmeldung über das Firmenkonto", "Single Sign-on für Unternehmen"],
        ],
        "video": [
            ["Video-Rundgang: Altbauvilla am Elbhang", "2:47"],
            ["Video: Erstflug der neuen A350 von Aerolis", "1:34 Min."],
            [
                "Webinar-Aufzeichnung: Zollabwicklung nach dem neuen Unionszollkodex",
                "52 Minuten",
                "Webinar-Mitschnitt starten",
            ],
            ["Im Video: Maisernte mit dem neuen Häcksler", "4:20"],
        ],
        "source": [
            ["Angebotsdaten: ImmoNetz GmbH. Alle Preisangaben ohne Gewähr."],
            ["Flottendaten: Skyregister, Stand 18.11.2026."],
            ["Korrektur: In einer früheren Fassung hieß es, der Windpark habe 48 Anlagen. Richtig ist: 42 Anlagen."],
            ["Erzeugerpreise in €/t, frei Lager, KW 46.", "Quelle: Landesbauernverband"],
            ["Transparenzhinweis: Die Reise zur Messe wurde vom Veranstalter bezahlt."],
        ],
        "share": [
            [
                "Meldung teilen",
                "Per Mail an die Disposition",
                "Mit dem LinkedIn-Netzwerk teilen",
                "Im XING-Netzwerk empfehlen",
            ],
            ["Mit Kollegen teilen", "Marktbericht drucken", "Für die Dienstreise merken"],
            ["Link für das Team kopieren", "Über WhatsApp senden"],
            ["An Kollegen weiterleiten", "Marktbericht als PDF"],
        ],
        "error": [
            ["Der Finanzierungsrechner konnte nicht geladen werden."],
            ["Live-Flugverfolgung derzeit nicht verfügbar.", "Karte neu laden"],
            ["Für Ihre Postleitzahl liegen keine Wetterdaten vor."],
            ["Datenfeed unterbrochen – Kurse womöglich nicht aktuell."],
            ["Dieses Diagramm kann nicht angezeigt werden. Bitte aktivieren Sie JavaScript."],
        ],
        "consent": [
            [
                "Ihre Privatsphäre bei der Immobiliensuche",
                "Wir nutzen Cookies und ähnliche Technologien, um die Immobiliensuche bereitzustellen und – mit Ihrer Einwilligung – Reichweite zu messen.",
                "Alles akzeptieren und weitersuchen",
                "Nur für die Suche nötige Cookies",
                "Cookie-Auswahl für die Suche",
            ],
            [
                "Eingebettetes Webinar",
                "Hier wird ein Webinar von Vimeo eingebunden. Beim Abspielen werden Daten an Vimeo übertragen.",
                "Webinar laden",
            ],
            [
                "Wir verwenden Cookies. Mit „Zustimmen“ erlauben Sie auch Marketing-Cookies unserer 97 Partner.",
                "Zustimmen und Marktdaten laden",
                "Marketing-Cookies ablehnen",
            ],
            [
                "Einwilligung",
                "Diese Website nutzt Cookies für Statistik und personalisierte Werbung.",
                "Einverstanden, weiter zur Meldung",
                "Zwecke einzeln wählen",
            ],
        ],
        "related": [
            ["Mehr vom Immobilienmarkt"],
            ["Weitere Luftfahrt-Nachrichten"],
            ["Aktuelles aus der Logistik"],
            ["Mehr zum Thema Energie"],
            ["Meistgelesen im Agrarteil"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Annonces immobilières",
                "Appartement T3, quartier des Chartrons · 349 000 €",
                "Maison 5 pièces avec jardin, Pessac · 1 390 €/mois",
                "Voir les 2 104 annonces",
            ],
            [
                "Envolez-vous vers Montréal dès 429 € TTC",
                "Aérolis, vols directs tous les jours depuis Paris-CDG",
                "Réserver mon vol",
            ],
            [
                "Matériel d'occasion",
                "Tracteur New Holland T6.160, 2020, 3 800 h · 79 000 € HT",
                "Semoir Kuhn Espro 6000 R, 2021 · 58 000 € HT",
                "Toutes les annonces matériel",
            ],
            ["Partenaire officiel du Salon de l'Énergie 2027 : Réseaux Atlantique"],
            [
                "Annuaire des fournisseurs CHR",
                "Linge hôtelier, vaisselle, mobilier de terrasse : comparez 640 fournisseurs.",
                "Trouver un fournisseur CHR",
            ],
        ],
        "donation": [
            [
                "Article réservé aux abonnés Immo Pro",
                "Abonnez-vous pour accéder aux analyses de marché, aux prix au m² et aux archives.",
                "Je m'abonne pour 1 € le premier mois",
            ],
            [
                "Passez à l'offre Data Énergie",
                "Prix spot, capacités installées et appels d'offres : toutes les données dans un seul terminal.",
                "Demander une démonstration",
            ],
            [
                "Soutenez la presse agricole indépendante",
                "Notre rédaction sillonne les campagnes chaque semaine. Votre abonnement la fait vivre.",
                "S'abonner à l'édition papier + numérique",
            ],
            [
                "Offre entreprise",
                "Donnez à toute votre équipe logistique l'accès aux indices de fret et aux prévisions.",
                "Obtenir un devis",
            ],
        ],
        "notification": [
            [
                "Alerte annonce",
                "Recevez un e-mail dès qu'un bien correspondant à vos critères est publié.",
                "Créer mon alerte",
            ],
            ["Trophées de l'hôtellerie 2027", "Clôture des candidatures le 31 janvier", "Déposer un dossier"],
            [
                "Vigilance orange gel",
                "Températures jusqu'à −6 °C attendues dans la nuit de mardi à mercredi.",
                "Voir la météo agricole",
            ],
            [
                "Suivez ce vol",
                "Une notification vous sera envoyée au décollage et à l'atterrissage.",
                "Activer le suivi du vol",
            ],
        ],
        "app": [
            ["L'appli Immo, pour visiter avant tout le monde", "Gratuite sur iPhone et Android"],
            [
                "Cotations, météo et petites annonces dans l'application de l'hebdo agricole.",
                "Installer l'appli de l'hebdo",
            ],
            ["Nouveau : l'application Aéro Actu", "Suivez les vols et les flottes en temps réel.", "Télécharger"],
            ["Lire la suite dans l'appli Fret Actu", "Ouvrir dans l'appli Fret Actu"],
        ],
        "newsletter": [
            [
                "La lettre Immo",
                "Taux de crédit, prix des logements et décisions d'urbanisme, chaque mercredi.",
                "Votre e-mail pour recevoir La lettre Immo",
                "M'inscrire à La lettre Immo",
            ],
            [
                "Supply Chain Hebdo",
                "L'essentiel du transport, des ports et de l'entreposage, le vendredi midi.",
                "Recevoir Supply Chain Hebdo",
            ],
            [
                "Flash Énergie",
                "Régulation, marchés et nominations dans la filière, dès 7 h.",
                "S'inscrire au Flash",
            ],
            [
                "La newsletter des pros du CHR",
                "Ouvertures, reprises et tendances de la restauration et de l'hôtellerie.",
                "Recevoir la lettre CHR",
            ],
        ],
        "comments": [
            [
                "11 réactions",
                "Les commentaires sont modérés a priori. Merci de rester courtois.",
                "Publier une réaction",
            ],
            ["Votre avis nous intéresse", "Que pensez-vous de la réforme du DPE ?", "Donner mon avis sur le DPE"],
            ["Espace débat", "Réservé aux abonnés professionnels."],
            ["Afficher les 32 commentaires"],
        ],
        "login": [
            ["Connectez-vous pour enregistrer cette recherche", "Pas encore de compte ? Inscrivez-vous"],
            ["Espace abonnés", "Identifiant ou numéro d'abonné", "Recevoir un nouveau mot de passe"],
            ["Déjà abonné ? Connectez-vous pour lire la suite."],
            ["Se connecter avec son compte entreprise", "Connexion via LinkedIn"],
        ],
        "video": [
            ["Visite vidéo : un loft de 180 m² sur les quais", "2 min 30"],
            ["Vidéo. Le premier A220 de la compagnie se pose à Nantes", "1:45"],
            [
                "Webinaire en replay : décarboner le transport routier de marchandises",
                "55 min",
                "Voir le replay",
            ],
            ["En vidéo : la moisson 2026 en Beauce", "3 min 57"],
        ],
        "source": [
            ["Données annonces : réseau ImmoFrance. Prix indicatifs, hors frais de notaire."],
            [
                "Rectificatif : une version précédente de cet article indiquait une puissance de 500 MW. Il s'agit de 450 MW."
            ],
            ["Cotations en €/t, rendu Rouen, semaine 46.", "Source : Chambre d'agriculture de Normandie"],
            ["Notre journaliste était invité par le salon. La rédaction reste seule juge de ses choix éditoriaux."],
            ["Données de flotte : registre Skyregister, mise à jour du 18 novembre 2026."],
        ],
        "share": [
            [
                "Partager la brève",
                "Envoyer à un contact",
                "Relayer auprès de mes contacts LinkedIn",
                "Copier l'adresse de la page",
            ],
            ["Diffuser à mon réseau pro", "Imprimer la note de marché", "Ajouter à mes dossiers"],
            ["Faire suivre à un confrère", "Version PDF de l'article"],
            ["Transférer sur WhatsApp à l'équipe", "Poster sur la page Facebook de l'exploitation"],
        ],
        "error": [
            ["Le simulateur de prêt n'a pas pu être chargé.", "Relancer le simulateur"],
            ["Le suivi des vols en direct est momentanément indisponible."],
            ["Aucune prévision disponible pour cette commune."],
            ["Impossible d'afficher le graphique. Veuillez activer JavaScript."],
            ["Flux de cotations interrompu. Dernière mise à jour à 6 h."],
        ],
        "consent": [
            [
                "Vos choix concernant les cookies",
                "Avec votre accord, nous et nos 112 partenaires utilisons des cookies pour mesurer l'audience et vous proposer des annonces personnalisées.",
                "Accepter et voir les annonces",
                "Refuser et poursuivre la recherche",
                "Régler mes préférences publicitaires",
            ],
            [
                "Webinaire hébergé à l'extérieur",
                "Ce webinaire est hébergé par un service tiers susceptible de déposer des cookies.",
                "Afficher le webinaire",
            ],
            ["Ce site utilise des traceurs pour les statistiques de visite.", "J'accepte les traceurs", "Je refuse"],
        ],
        "related": [
            ["Toute l'actualité immobilière"],
            ["À lire aussi dans Aéro"],
            ["Transport & logistique : nos derniers articles"],
            ["Les plus lus de la semaine"],
            ["Aussi dans Énergie & Réseaux"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Viviendas en venta cerca de ti",
                "Piso de 3 dormitorios en Chamberí · 415.000 €",
                "Ático con terraza en Ruzafa · 1.250 €/mes",
                "Ver los 1.873 anuncios",
            ],
            [
                "Vuela a Bogotá desde 549 €",
                "Aerolis, ahora con dos frecuencias diarias desde Madrid",
                "Reservar vuelo",
            ],
            [
                "Maquinaria de segunda mano",
                "Tractor John Deere 6130M, 2019, 4.500 h · 64.000 € + IVA",
                "Cosechadora Claas Lexion 660, 2017 · 178.000 € + IVA",
                "Ver todos los anuncios de maquinaria",
            ],
            ["Patrocinador principal del Congreso de Renovables 2027", "Iberred Energía"],
            [
                "Directorio de proveedores de hostelería",
                "Más de 900 empresas de menaje, mobiliario y equipamiento de cocina",
                "Buscar proveedor",
            ],
        ],
        "donation": [
            [
                "Informe exclusivo para suscriptores Premium",
                "Accede a todos los informes de precios de vivienda y al mapa de alquileres.",
                "Primer mes por 1 €, después 9,99 €",
            ],
            [
                "Hazte socio del Club Logístico",
                "Índices de fletes, previsiones y acceso a todos los webinars, para toda tu empresa.",
                "Solicitar oferta para empresas",
            ],
            [
                "Terminal de Datos Energéticos",
                "Precios del pool en tiempo real, subastas y capacidad instalada en una sola pantalla.",
                "Pide una demostración",
            ],
            [
                "El periodismo agrario también se cultiva",
                "Con tu suscripción apoyas a la redacción que recorre el campo cada semana.",
                "Suscribirme al semanario",
            ],
        ],
        "notification": [
            [
                "Alerta de bajada de precio",
                "Te avisamos cuando baje el precio de una vivienda guardada.",
                "Activar alerta",
            ],
            ["Premios Hostelería 2027", "Plazo de inscripción hasta el 20 de febrero", "Presenta tu candidatura"],
            [
                "Aviso amarillo por heladas",
                "Mínimas de hasta −5 °C en la meseta la noche del martes",
                "Consultar el tiempo",
            ],
            ["Recibe avisos de retrasos en esta ruta", "Activar avisos de vuelo"],
        ],
        "app": [
            [
                "Busca piso desde el móvil",
                "Guarda búsquedas y contacta con agencias desde nuestra app.",
                "Bájala en la App Store",
                "Versión Android de la app inmobiliaria",
            ],
            ["Lonjas, tiempo y clasificados en la app del semanario agrario."],
            ["Sigue los vuelos en directo con la app AeroNoticias", "Instalar AeroNoticias"],
            ["Leer en la aplicación de Logística Hoy", "Abrir Logística Hoy"],
        ],
        "newsletter": [
            [
                "Boletín Inmobiliario",
                "Precios, hipotecas y urbanismo cada martes en tu correo.",
                "Correo de empresa",
                "Suscribirme gratis al boletín",
            ],
            [
                "Logística al día",
                "Las noticias de transporte, puertos y almacenaje, de lunes a viernes.",
                "Quiero el boletín logístico",
            ],
            [
                "Energía Semanal",
                "Regulación, subastas y nombramientos del sector eléctrico.",
                "Apuntarme a Energía Semanal",
            ],
            [
                "Newsletter Horeca",
                "Aperturas, traspasos y tendencias para hoteles, bares y restaurantes.",
                "Enviar suscripción",
                "Puedes darte de baja cuando quieras.",
            ],
        ],
        "comments": [
            [
                "8 comentarios",
                "Los comentarios pasan por moderación antes de aparecer publicados.",
                "Opinar como profesional",
            ],
            ["¿Qué opinas de la nueva ley de vivienda?", "Participa en el debate"],
            ["Foro de profesionales", "Solo los usuarios verificados del sector pueden comentar."],
            ["Ver los 21 comentarios"],
        ],
        "login": [
            ["Inicia sesión para guardar esta búsqueda", "¿No tienes cuenta? Regístrate gratis"],
            ["Acceso suscriptores", "Usuario o número de abonado", "Recuperar la contraseña"],
            ["¿Ya eres suscriptor? Inicia sesión para seguir leyendo."],
            ["Entrar con la cuenta de empresa", "Acceder con LinkedIn"],
        ],
        "video": [
            ["Vídeo: recorrido por un ático reformado en el Eixample", "2:15"],
            ["Así fue el primer vuelo del nuevo A321neo de Aerolis", "1:53 · sin sonido"],
            [
                "Webinar bajo demanda: cómo negociar los contratos marítimos de 2027",
                "50 min",
                "Reproducir la grabación del webinar",
            ],
            ["En vídeo: la vendimia mecanizada en La Rioja", "4:07 · subtitulado"],
        ],
        "source": [
            ["Datos de anuncios: portal ViviendaRed. Precios orientativos."],
            [
                "Fe de errores: una versión anterior de esta noticia atribuía 600 MW al parque solar. La cifra correcta es 560 MW."
            ],
            ["Precios en €/t, origen almacén, semana 46.", "Fuente: Lonja del Ebro"],
            ["Este viaje ha sido financiado por la organización de la feria."],
            ["Datos de flota: Skyregister, actualizados el 18 de noviembre de 2026."],
        ],
        "share": [
            [
                "Compartir noticia",
                "Enviar por email a un colega",
                "Difundir en LinkedIn entre colegas",
                "Copiar URL de la noticia del sector",
            ],
            ["Comparte esta noticia del sector", "Imprimir la noticia", "Guardar en mis informes"],
            ["Enviar a un compañero", "Descargar PDF"],
            ["Reenviar a la cuadrilla por WhatsApp", "Comentar en X"],
        ],
        "error": [
            ["No se ha podido cargar la calculadora de hipotecas."],
            ["El seguimiento de vuelos en directo no está disponible en este momento.", "Volver a cargar el mapa"],
            ["No hay previsión disponible para tu municipio."],
            ["Error al cargar los precios de la lonja. Inténtalo más tarde."],
        ],
        "consent": [
            [
                "Cookies en el portal inmobiliario",
                "Usamos cookies propias y de terceros para analizar la navegación y mostrarte publicidad relacionada con tus preferencias.",
                "Aceptar todas las cookies del portal",
                "Solo las necesarias para buscar piso",
                "Configurar cookies del portal",
            ],
            [
                "Webinar alojado por terceros",
                "Este webinar se carga desde una plataforma externa que puede instalar cookies.",
                "Cargar contenido",
            ],
            [
                "Este sitio usa cookies. Al pulsar «Aceptar» consientes su uso para estadísticas y publicidad.",
                "Aceptar",
                "Ver la política de cookies",
            ],
        ],
        "related": [
            ["Más noticias inmobiliarias"],
            ["Actualidad aeronáutica"],
            ["Lo último en logística"],
            ["Más sobre energía"],
            ["Mercados agrarios"],
        ],
    },
}


_slot = widget_drawer(7)

_PROP_P = '<p class="ArticleBody_paragraph__k3Q9x">{text}</p>'


def property_market_news(p: Parts) -> str:
    """A property portal's market news on Next.js with CSS-module class names that say nothing
    (`ArticleBody_paragraph__k3Q9x`, `Box_root__7Yq2a`): a price-alert strip above the header,
    the saved-homes sign-in links in the header, share buttons in a hashed flex row under the
    title, the listings-data credit pasted as one more `ArticleBody_paragraph` right before
    the first paragraph, a `<listing-carousel>` custom element, the mortgage calculator
    `<iframe>` whose fallback text is the error and a house-tour `<video>` figure between
    paragraphs, the subscription appeal pasted as `ArticleBody_paragraph` paragraphs right after
    the last one, reader responses in an unclassed `<section>`, the app card, newsletter form
    (styled like the agent contact form) and headed related list in the right column, and a
    consent modal with hashed classes only."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<listing-carousel area="riverton" radius="5mi" class="Box_root__7Yq2a">{inner}</listing-carousel>',
            '<h3 slot="title">{text}</h3>',
            '<div slot="card" class="Card_body__m1Q0e">{text}</div>',
            '<a slot="more" href="/for-sale/riverton?src=article">{text}</a>',
        ),
        inline_box(
            p,
            "error",
            '<div class="Embed_wrap__p0Lr4"><iframe src="https://calc.example-mortgage.net/embed?price=325000&amp;deposit=10" title="Mortgage calculator" height="460" loading="lazy">{inner}</iframe></div>',
            "span",
        ),
        _slot(
            p,
            "video",
            '<figure class="Media_root__Rt7yU"><video preload="none" poster="/img/tours/penthouse.jpg" controls></video><figcaption class="Media_caption__b2Kx0">{inner}</figcaption></figure>',
            "<span>{text}</span> ",
            '<span class="Media_meta__x8Hh1">{text}</span> ',
            '<button type="button">{text}</button>',
        ),
    )
    body = p.body(
        {
            "p": _PROP_P,
            "h2": '<h2 class="ArticleBody_heading__Vb3nM">{text}</h2>',
            "quote": '<blockquote class="ArticleBody_quote__L9sPz"><p>{text}</p></blockquote>',
            "ul": '<ul class="ArticleBody_list__Qe4tR">{items}</ul>',
        },
        inline,
    )
    heading = related_heading(p, '<h2 class="Rail_title__F5gH2">{text}</h2>')
    return f"""<div id="__next">
{_slot(p, "notification", '<div class="Strip_root__Jk8Lm">{inner}</div>', "<strong>{text}</strong> ", "<span>{text}</span> ", '<a class="Strip_cta__Pq2Ws" href="/alerts/new?area=riverton">{text}</a>')}
<div class="Header_row__N3bVc">{NAV.format(site=esc(p.site))}
{inline_box(p, "login", '<div class="Header_account__T6yUi">{inner}</div>', "a", ' href="/account/login?next=/saved"')}</div>
<main class="Layout_main__Zx9Cv">
<article class="Layout_article__Hg4Df">
<h1 class="Headline_root__Op1As">{esc(p.title)}</h1>
<p class="Byline_root__Kl7Mn">{esc(p.site)} · 20 November 2026</p>
{each(p, "share", '<div class="Box_root__7Yq2a Box_row__c3Vb8">{inner}</div>', '<button class="Btn_ghost__z1Xc2" type="button" data-ix="{n}">{text}</button>', " ")}
<div class="ArticleBody_root__w8Er5">
{each(p, "source", "{inner}", _PROP_P)}
{body}
{each(p, "donation", "{inner}", _PROP_P)}
</div>
<section>
{_slot(p, "comments", "<div>{inner}</div>", "<h2>{text}</h2>", "<p>{text}</p>", '<a href="/responses/new">{text}</a>')}
</section>
</article>
<aside class="Layout_rail__Yu6Gh">
{_slot(p, "app", '<div class="Box_root__7Yq2a">{inner}</div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<a class="Btn_store__u5Tr6" href="https://apps.example-homes.co.uk/get">{text}</a> ')}
{_slot(p, "newsletter", '<form class="Form_root__Rr3Dd" action="/api/leads" method="post"><input type="email" name="email" placeholder="">{inner}</form>', "<h3>{text}</h3>", "<p>{text}</p>", '<button class="Btn_solid__a9Sd3" type="submit">{text}</button>')}
<div class="Box_root__7Yq2a">{heading}<ul>{links(p.teasers(5), '<li><a href="/news/{slug}">{text}</a></li>')}</ul></div>
</aside>
</main>
{FOOTER.format(site=esc(p.site))}
</div>
{_slot(p, "consent", '<div class="Modal_overlay__Gh7Jk"><div class="Modal_panel__Fr5De" role="dialog" aria-modal="true">{inner}</div></div>', "<h2>{text}</h2>", "<p>{text}</p>", '<button class="Btn_solid__a9Sd3" type="button">{text}</button>')}"""


def aviation_fleet_news(p: Parts) -> str:
    """An aviation news site on a PHP table layout from the 2000s, paragraphs all
    `<p class="bodytext">`: a scrolling `<marquee>` flight-alert line above the header, the
    airline advert as a right-floated `<table>` and the flight-tracker `<iframe>` whose
    fallback is the error between paragraphs, the Cabin Club appeal pasted as `bodytext`
    paragraphs between paragraphs, the fleet-data credit as `bodytext` in `<i>` right after the
    last paragraph, the share links joined by pipes, the first-flight video as a table row,
    reader comments in a bordered table, the login form and headed related list as
    `<br>`-separated runs in the left column, newsletter and app in the right column and a
    consent bar that is a `<div>` with only an id."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<table width="300" align="right" cellpadding="4" cellspacing="0" border="0" bgcolor="#eef3f8"><tr><td>{inner}</td></tr></table>',
            "<b>{text}</b><br>",
            "{text}<br>",
            '<a href="https://ads.example-aero.com/click.php?id=4471" target="_blank">{text}</a>',
        ),
        inline_box(
            p,
            "error",
            '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center"><iframe src="https://track.example-radar.net/map?flight=AL472" width="600" height="340" frameborder="0" scrolling="no">{inner}</iframe></td></tr></table>',
            "font",
            ' size="2"',
            "<br>",
        ),
        each(p, "donation", "{inner}", '<p class="bodytext">{text}</p>'),
    )
    body = p.body(
        {
            "p": '<p class="bodytext">{text}</p>',
            "h2": '<p class="bodytext"><b>{text}</b></p>',
            "quote": '<p class="bodytext"><i>{text}</i></p>',
            "ul": '<ul class="bodytext">{items}</ul>',
        },
        inline,
    )
    heading = related_heading(p, '<font face="Verdana" size="2"><b>{text}</b></font><br>')
    return f"""{_slot(p, "notification", '<marquee scrollamount="3" bgcolor="#ffcc00">{inner}</marquee>', "<b>{text}</b> ", "{text} ", '<a href="/alerts.php">{text}</a>')}
{NAV.format(site=esc(p.site))}
<table width="980" align="center" cellpadding="5" cellspacing="0" border="0">
<tr>
<td width="180" valign="top" bgcolor="#dfe6ee">
{inline_box(p, "login", '<form action="/login.php" method="post"><font size="1">{inner}</font><br><input type="text" name="u" size="14"><br><input type="password" name="pw" size="14"></form>', "b", "", "<br>")}
<br>
{heading}{links(p.teasers(6), '<a href="/news.php?id={slug}">{text}</a><br>')}
</td>
<td valign="top">
<h1>{esc(p.title)}</h1>
<font size="1" color="#777">{esc(p.site)} · 20/11/2026 08:00</font><br><br>
<table width="100%" cellpadding="2" cellspacing="0" border="0">
{_slot(p, "video", "{inner}", '<tr><td bgcolor="#000"><font color="#fff"><b>{text}</b></font></td></tr>', '<tr><td bgcolor="#000"><font color="#ccc">{text}</font></td></tr>', '<tr><td bgcolor="#000"><font color="#ccc">{text}</font></td></tr>')}
</table>
{body}
{each(p, "source", "{inner}", '<p class="bodytext"><i>{text}</i></p>')}
{each(p, "share", '<p align="right"><font size="1">{inner}</font></p>', '<a href="/share.php?m={n}">{text}</a>', " | ")}
<table width="100%" cellpadding="4" cellspacing="0" border="1" bordercolor="#ccd">
{_slot(p, "comments", "{inner}", '<tr><td bgcolor="#dfe6ee"><b>{text}</b></td></tr>', "<tr><td>{text}</td></tr>", '<tr><td><a href="/comment.php?add=1">{text}</a></td></tr>')}
</table>
</td>
<td width="200" valign="top">
{_slot(p, "newsletter", '<form action="/subscribe.php" method="post"><font size="2">{inner}</font><input type="text" name="email" size="18"></form>', "<b>{text}</b><br>", "{text}<br>", '<a href="#" onclick="this.form.submit()">{text}</a><br>')}
<br>
{inline_box(p, "app", '<font size="2">{inner}</font>', "span", "", "<br>")}
</td>
</tr>
</table>
{FOOTER.format(site=esc(p.site))}
{_slot(p, "consent", '<div id="cc1" style="position:fixed;bottom:0;width:100%;background:#333;color:#fff">{inner}</div>', "<b>{text}</b> ", "{text} ", '<a href="javascript:void(0)" style="color:#9cf">{text}</a> ')}"""


def freight_rates_trade_paper(p: Parts) -> str:
    """A shipping and logistics trade paper on WordPress, bare `<p>` tags in `.entry-content`:
    a sponsored freight-rate `<rate-ticker>` custom element above the header, the index alert
    pasted as bare `<p>` right before the first paragraph, the newsletter in a plain
    `wp-block-group`, the whitepaper sign-in form and a webinar `wp-block-embed` figure whose
    `<iframe>` fallback is the error and whose `<figcaption>` is the replay label between
    paragraphs, the rate disclaimer pasted as bare `<p>` right after the last paragraph, share
    links in a `<ul>` with no class, the comments section by id, the team-plan upsell, app
    plug and headed related list as sidebar widgets, and a cookie bar in the footer."""
    error = inline_box(p, "error", "{inner}", "span")
    video = _slot(
        p,
        "video",
        '<figcaption class="wp-element-caption">{inner}</figcaption>',
        "<strong>{text}</strong> ",
        "<span>{text}</span> ",
        '<a href="/webinars/ocean-contracts-2027/">{text}</a>',
    )
    webinar = (
        '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">'
        '<iframe src="https://event.example-webinars.com/wcc/eh/3812/lp/" width="640" height="360" frameborder="0">'
        f"{error}</iframe></div>{video}</figure>"
        if error or video
        else ""
    )
    inline = present(
        _slot(
            p,
            "newsletter",
            '<div class="wp-block-group has-background"><div class="wp-block-group__inner-container">{inner}</div></div>',
            "<h4>{text}</h4>",
            "<p>{text}</p>",
            '<p><a href="/newsletters/">{text}</a></p>',
        ),
        _slot(
            p,
            "login",
            '<form class="frm-show-form" method="post" action="/whitepapers/download/"><fieldset>{inner}<input type="email" name="item_meta[12]"><input type="password" name="item_meta[13]"></fieldset></form>',
            "<legend>{text}</legend>",
            "<p>{text}</p>",
            "<label>{text}</label>",
        ),
        webinar,
    )
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": '<h2 class="wp-block-heading">{text}</h2>',
            "quote": '<blockquote class="wp-block-quote"><p>{text}</p></blockquote>',
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    heading = related_heading(p, '<h2 class="widget-title">{text}</h2>')
    return f"""<div id="page" class="site">
{_slot(p, "advertising", '<rate-ticker feed="hfi-spot" interval="60">{inner}</rate-ticker>', '<span class="t-label">{text}</span> ', "<span>{text}</span> ", '<a href="https://ads.example-freight.com/kestrel" rel="sponsored">{text}</a>')}
{NAV.format(site=esc(p.site))}
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry category-ocean">
<header class="entry-header"><h1 class="entry-title">{esc(p.title)}</h1>
<div class="entry-meta"><span class="posted-on">{esc(p.site)} · November 20, 2026</span></div></header>
<div class="entry-content">
{each(p, "notification", "{inner}", "<p>{text}</p>")}
{body}
{each(p, "source", "{inner}", "<p>{text}</p>")}
</div>
<footer class="entry-footer">
{each(p, "share", "<ul>{inner}</ul>", '<li><a href="#" data-service="{n}">{text}</a></li>')}
</footer>
</article>
<div id="comments">
{_slot(p, "comments", "{inner}", '<h2 class="comments-title">{text}</h2>', "<p>{text}</p>", '<p><a rel="nofollow" href="#respond">{text}</a></p>')}
</div>
</main></div>
<aside id="secondary" class="widget-area">
{_slot(p, "donation", '<section class="widget widget_block">{inner}</section>', "<h2>{text}</h2>", "<p>{text}</p>", '<p><a href="/pro/team-trial/">{text}</a></p>')}
{_slot(p, "app", '<section class="widget widget_text"><div class="textwidget">{inner}</div></section>', "<p><strong>{text}</strong></p>", "<p>{text}</p>", '<p><a href="/app/">{text}</a></p>')}
<section class="widget">{heading}<ul>{links(p.teasers(5), '<li><a href="/{slug}/">{text}</a></li>')}</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer">{FOOTER.format(site=esc(p.site))}
{_slot(p, "consent", '<div id="c-notice" role="dialog">{inner}</div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<a href="#" role="button">{text}</a> ')}</footer>
</div>"""


_NRG_P = '<p _ngcontent-ng-c2871 class="ng-star-inserted">{text}</p>'


def energy_utilities_trade(p: Parts) -> str:
    """An energy and utilities trade site built in Angular, every element with an
    `_ngcontent-` attribute and paragraphs `class="ng-star-inserted"`: the summit sponsor in an
    `<app-partner-strip>` above the header, share buttons in `<app-share>`, the app plug pasted
    as `ng-star-inserted` paragraphs right before the first paragraph, the data-terminal upsell
    pasted as paragraphs between paragraphs, an `<app-chart>` whose `<noscript>` holds the
    error and an `<app-video-player>` between paragraphs, the newsletter plug pasted as
    paragraphs right after the last one, the correction or disclosure in `<details>`, the
    comments inside a second `<details>`, a toast with the index alert, the headed jobs and
    news list in `<app-sidebar>`, the sign-in in a CDK overlay pane and a consent overlay."""
    inline = present(
        each(p, "donation", "{inner}", _NRG_P),
        inline_box(
            p,
            "error",
            '<app-chart _ngcontent-ng-c2871 series="day-ahead-de,day-ahead-fr"><canvas width="640" height="280"></canvas><noscript>{inner}</noscript></app-chart>',
            "p",
            "",
            "",
        ),
        _slot(
            p,
            "video",
            '<app-video-player _ngcontent-ng-c2871 src="/media/summit-panel.m3u8">{inner}</app-video-player>',
            '<div class="title">{text}</div>',
            '<div class="sub">{text}</div>',
            '<div class="sub">{text}</div>',
        ),
    )
    body = p.body(
        {
            "p": _NRG_P,
            "h2": '<h2 _ngcontent-ng-c2871 class="ng-star-inserted">{text}</h2>',
            "quote": '<blockquote _ngcontent-ng-c2871 class="ng-star-inserted"><p>{text}</p></blockquote>',
            "ul": '<ul _ngcontent-ng-c2871 class="ng-star-inserted">{items}</ul>',
        },
        inline,
    )
    heading = related_heading(p, "<h3 _ngcontent-ng-c4410>{text}</h3>")
    return f"""<app-root _nghost-ng-c1001 ng-version="17.3.4">
{_slot(p, "advertising", "<app-partner-strip _ngcontent-ng-c1001>{inner}</app-partner-strip>", "<span>{text}</span> ", "<span>{text}</span> ", '<a href="https://summit.example-energy.eu/partners">{text}</a>')}
{NAV.format(site=esc(p.site))}
<div _ngcontent-ng-c1001 class="container">
<app-article _nghost-ng-c2871>
<h1 _ngcontent-ng-c2871>{esc(p.title)}</h1>
<div _ngcontent-ng-c2871 class="meta">{esc(p.site)} · 20.11.2026</div>
{each(p, "share", "<app-share _ngcontent-ng-c2871>{inner}</app-share>", '<button _ngcontent-ng-c2871 mat-icon-button type="button" data-k="{n}"><span class="cdk-visually-hidden">{text}</span></button>')}
<div _ngcontent-ng-c2871 class="body">
{each(p, "app", "{inner}", _NRG_P)}
{body}
{each(p, "newsletter", "{inner}", _NRG_P)}
</div>
{_slot(p, "source", '<details _ngcontent-ng-c2871 class="ng-star-inserted">{inner}</details>', "<summary>{text}</summary>", "<p>{text}</p>", "<p>{text}</p>")}
{_slot(p, "comments", "<details _ngcontent-ng-c2871>{inner}</details>", "<summary>{text}</summary>", "<p>{text}</p>", '<button type="button">{text}</button>')}
</app-article>
<app-sidebar _nghost-ng-c4410>{heading}<ul _ngcontent-ng-c4410>{links(p.teasers(5), '<li _ngcontent-ng-c4410><a href="/news/{slug}">{text}</a></li>')}</ul></app-sidebar>
</div>
{FOOTER.format(site=esc(p.site))}
{_slot(p, "notification", '<app-toast _ngcontent-ng-c1001 class="ng-star-inserted">{inner}</app-toast>', "<strong>{text}</strong> ", "<span>{text}</span> ", '<button type="button">{text}</button>')}
</app-root>
<div class="cdk-overlay-container">
{_slot(p, "login", '<div class="cdk-overlay-pane"><div class="mat-mdc-dialog-surface">{inner}</div></div>', "<h2>{text}</h2>", "<p>{text}</p>", '<button type="button">{text}</button>')}
{_slot(p, "consent", '<div class="cdk-overlay-pane" role="dialog">{inner}</div>', "<h2>{text}</h2>", "<p>{text}</p>", '<button type="button">{text}</button>')}
</div>"""


_FARM_P = '<p class="mb-3">{text}</p>'


def farm_weekly_markets(p: Parts) -> str:
    """A farming weekly on Bootstrap, paragraphs `<p class="mb-3">` like everything else on the
    page: the weather warning as an `alert` above the header, the login as a navbar dropdown,
    share buttons in a `d-flex` row under the title, the app plug pasted as `mb-3` paragraphs
    right before the first paragraph, the machinery classifieds as a `<table class="table">`
    widget, a `<weather-widget>` custom element whose only text is the error and the field video
    in a `ratio` box between paragraphs, the readers' views pasted as `mb-3` paragraphs right
    after the last one, the market-prices credit or correction in a `<table>` caption under
    the article, the newsletter as a `<br>`-separated run in a sidebar `card`, the headed list
    in another `card`, the subscription appeal in a Bootstrap modal and a `fixed-bottom`
    consent bar."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<table class="table table-sm table-striped">{inner}</table>',
            "<tr><th>{text}</th></tr>",
            "<tr><td>{text}</td></tr>",
            '<tr><td><a href="/classifieds/machinery">{text}</a></td></tr>',
        ),
        inline_box(
            p,
            "error",
            '<weather-widget postcode="auto" days="5" class="d-block my-3">{inner}</weather-widget>',
            "span",
        ),
        _slot(
            p,
            "video",
            '<div class="my-4"><div class="ratio ratio-16x9"><iframe src="https://player.example-farmtv.co.uk/e/8812" allowfullscreen></iframe></div><div class="small text-muted">{inner}</div></div>',
            "<span>{text}</span> ",
            "<span>{text}</span> ",
            "<span>{text}</span>",
        ),
    )
    body = p.body(
        {
            "p": _FARM_P,
            "h2": '<h2 class="h4 mt-4 mb-3">{text}</h2>',
            "quote": '<blockquote class="blockquote mb-3"><p class="mb-3">{text}</p></blockquote>',
            "ul": '<ul class="mb-3">{items}</ul>',
        },
        inline,
    )
    heading = related_heading(p, '<h5 class="card-title">{text}</h5>')
    return f"""{_slot(p, "notification", '<div class="alert alert-warning mb-0 rounded-0" role="alert">{inner}</div>', "<strong>{text}</strong> ", "<span>{text}</span> ", '<a class="alert-link" href="/weather">{text}</a>')}
<nav class="navbar navbar-expand-lg">{NAV.format(site=esc(p.site))}
{inline_box(p, "login", '<div class="dropdown"><div class="dropdown-menu">{inner}</div></div>', "a", ' class="dropdown-item" href="/account"', "")}</nav>
<div class="container">
<div class="row">
<div class="col-lg-8">
<h1 class="display-6">{esc(p.title)}</h1>
<p class="text-muted small">{esc(p.site)} · 20 November 2026</p>
{each(p, "share", '<div class="d-flex gap-2 mb-3">{inner}</div>', '<a class="btn btn-sm btn-outline-secondary" href="#s{n}">{text}</a>', " ")}
{each(p, "app", "{inner}", _FARM_P)}
{body}
{each(p, "comments", "{inner}", _FARM_P)}
{each(p, "source", '<table class="table table-bordered small"><caption>{inner}</caption><tr><th>Feed wheat</th><th>Nov</th><th>Jan</th></tr></table>', "{text}", "<br>")}
</div>
<div class="col-lg-4">
<div class="card mb-3"><div class="card-body">
{inline_box(p, "newsletter", '<p class="card-text">{inner}</p><form action="/newsletter" method="post"><input class="form-control" type="email" name="email"></form>', "span", "", "<br>")}
</div></div>
<div class="card mb-3"><div class="card-body">{heading}<ul class="list-unstyled">{links(p.teasers(5), '<li class="mb-2"><a href="/news/{slug}">{text}</a></li>')}</ul></div></div>
</div>
</div>
</div>
{FOOTER.format(site=esc(p.site))}
{_slot(p, "donation", '<div class="modal d-block" tabindex="-1"><div class="modal-dialog"><div class="modal-content"><div class="modal-body">{inner}</div></div></div></div>', '<h5 class="modal-title">{text}</h5>', "<p>{text}</p>", '<a class="btn btn-success" href="/subscribe">{text}</a>')}
{_slot(p, "consent", '<div class="fixed-bottom bg-dark text-white p-3">{inner}</div>', '<p class="fw-bold mb-1">{text}</p>', '<p class="mb-2">{text}</p>', '<button class="btn btn-light btn-sm me-2" type="button">{text}</button>')}"""


_SQS_P = '<p style="white-space:pre-wrap;" class="">{text}</p>'


def hospitality_trade_awards(p: Parts) -> str:
    """A retail and hospitality trade site on Squarespace, paragraphs `<p style="white-space:
    pre-wrap;" class="">` inside `sqs-block-content`: the award-entry deadline pasted as such a
    paragraph right before the first paragraph, the supplier directory as a `<dl>` in a
    `code-block`, a panel video `<iframe>` whose fallback is the error, the video title in an
    `html-block` and a dot-separated share row between paragraphs, the membership appeal pasted as
    paragraphs right after the last one, the trip disclosure in a `<details>`, comments in a
    `sqs-block` with only a yui id, the app promo in a `summary-block`, the headed related list
    in the sidebar, the newsletter form and a `<br>`-separated sign-in run in the footer, and
    consent in a `<dialog>`."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content"><dl>{inner}</dl></div></div>',
            "<dt>{text}</dt>",
            "<dd>{text}</dd>",
            '<dd><a href="https://directory.example-horeca.com/?ref=article">{text}</a></dd>',
        ),
        inline_box(
            p,
            "error",
            '<div class="sqs-block video-block sqs-block-video" data-block-type="32"><div class="sqs-block-content"><iframe src="https://player.example-video.com/v/hif-2026" width="854" height="480">{inner}</iframe></div></div>',
            "span",
        ),
        _slot(
            p,
            "video",
            '<div class="sqs-block html-block" data-block-type="2"><div class="sqs-block-content">{inner}</div></div>',
            "<h3>{text}</h3>",
            "<p>{text}</p>",
            '<p><a href="/video/hotel-investment-forum">{text}</a></p>',
        ),
        each(
            p,
            "share",
            '<div class="sqs-block html-block" data-block-type="2"><div class="sqs-block-content"><p>{inner}</p></div></div>',
            '<a href="#" data-s="{n}">{text}</a>',
            " · ",
        ),
    )
    body = p.body(
        {
            "p": _SQS_P,
            "h2": '<h2 style="white-space:pre-wrap;">{text}</h2>',
            "quote": '<blockquote><p style="white-space:pre-wrap;" class="">{text}</p></blockquote>',
            "ul": '<ul data-rte-list="default">{items}</ul>',
        },
        inline,
    )
    heading = related_heading(p, "<h3>{text}</h3>")
    return f"""<div id="siteWrapper" class="clearfix site-wrapper">
{NAV.format(site=esc(p.site))}
<main id="page" class="container" role="main">
<article class="entry hentry">
<h1 class="entry-title" data-content-field="title">{esc(p.title)}</h1>
<div class="blog-meta-item">{esc(p.site)} · November 20, 2026</div>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1763622000_4410"><div class="sqs-block-content">
{each(p, "notification", "{inner}", _SQS_P)}
{body}
{each(p, "donation", "{inner}", _SQS_P)}
</div></div>
</div>
{_slot(p, "source", "<details>{inner}</details>", "<summary>{text}</summary>", "<p>{text}</p>", "<p>{text}</p>")}
</article>
<div class="sqs-block" id="block-yui_3_17_2_1_1763622000_7781">
{_slot(p, "comments", "<div>{inner}</div>", "<h3>{text}</h3>", "<p>{text}</p>", '<p><a href="#comment-form">{text}</a></p>')}
</div>
<aside class="sidebar">
{_slot(p, "app", '<div class="sqs-block summary-block"><div class="sqs-block-content">{inner}</div></div>', "<h4>{text}</h4>", "<p>{text}</p>", '<p><a href="/app">{text}</a></p>')}
<div class="sqs-block summary-block">{heading}<ul>{links(p.teasers(4), '<li><a href="/blog/{slug}">{text}</a></li>')}</ul></div>
</aside>
</main>
<footer class="Footer">{FOOTER.format(site=esc(p.site))}
{_slot(p, "newsletter", '<div class="newsletter-form-wrapper"><form class="newsletter-form">{inner}<input type="email" name="email"></form></div>', '<h2 class="newsletter-form-header-title">{text}</h2>', '<p class="newsletter-form-header-description">{text}</p>', '<button class="newsletter-form-button" type="submit">{text}</button>')}
{inline_box(p, "login", "<p>{inner}</p>", "a", ' href="/account/login"', "<br>")}</footer>
</div>
{_slot(p, "consent", '<dialog open class="sqs-cookie-banner-v2">{inner}</dialog>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<button type="button">{text}</button>')}"""


SHAPES = (
    property_market_news,
    aviation_fleet_news,
    freight_rates_trade_paper,
    energy_utilities_trade,
    farm_weekly_markets,
    hospitality_trade_awards,
)
