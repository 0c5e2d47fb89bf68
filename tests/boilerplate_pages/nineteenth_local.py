"""Half of the nineteenth part: six shapes of local and regional public-affairs news (a regional
daily's courts and crime desk, a small-town weekly on an old table layout, a nonprofit city-hall and
school-board newsroom, a local TV station's traffic and transit desk, a storm live page and a
regional public broadcaster's web story), with their wording, written after eighteen rounds of
tuning without reading newsmon's rules, to hide boilerplate from markup. It was half of the held-out
part, measured untouched (both halves: newsmon kept 271 of 3,070 boilerplate lines, 8.8%, and 99.2%
of the body), then tuned on structure (templates, fixed overlays, custom elements, one-column
tables, boxes beside the article's cell, questions and fragments beside buttons) and on the commoner
wording families (presumption of innocence, press trips, editorial independence, recipe credits,
meters and e-editions, pledge drives, on-air lines, public notices, closed comments), not line by
line: lines that read like news (a transit alert, a weather warning) pasted among the article's own
paragraphs still survive, so this part is held to a bound, not to zero."""

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
                "Public Notice",
                "NOTICE OF PUBLIC HEARING: The Harlow County Board of Adjustment will hear variance request BA-26-114 on Dec. 3 at 6 p.m. in the county annex, 200 W. Pine St.",
                "Browse all public notices",
            ],
            [
                "Legal notices appear here as required by state law for newspapers of record.",
                "Search notices by county",
            ],
            [
                "Paid advertisement",
                "Gutters full of leaves before the freeze? Mill Creek Roofing gives free estimates through December.",
                "Call 555-0148 today",
            ],
            [
                "Courier Classifieds",
                "Garage sales, pets, farm equipment and help wanted, updated every weekday.",
                "Sell it in the Classifieds",
            ],
            [
                "Obituaries",
                "Remember a loved one with a life story in print and online.",
                "Submit an obituary",
            ],
            [
                "Sheriff's Sale — Foreclosures",
                "Published by order of the 14th Judicial District Court",
                "Read the full legal notice",
            ],
        ],
        "donation": [
            [
                "Keep the Courier on your doorstep",
                "Get unlimited digital access to the Courier for 99¢ for your first three months.",
                "Claim the 99¢ offer",
            ],
            [
                "Upgrade to the e-Edition",
                "Every page of the printed paper on your screen by 5 a.m., for $4.99 a month.",
                "Add the e-Edition",
            ],
            [
                "It's pledge week at KVRP",
                "Give $10 a month and we'll send you the Morning Signal mug as our thanks.",
                "Pledge now",
                "Sustainers: update your gift",
            ],
            [
                "Our storm coverage is free for everyone.",
                "Reporters have been out since 3 a.m. If this helps you, please think about a subscription so we can keep doing it.",
                "Support local reporting",
            ],
            [
                "You have one free story left this month.",
                "Keep reading for $1",
            ],
        ],
        "notification": [
            [
                "SERVICE ALERT",
                "Blue Line trains are single-tracking between Fairmount and Ash Street. Expect 15-minute delays.",
                "All service alerts",
            ],
            [
                "Tornado Warning until 7:45 PM CDT for southern Dunmore County",
                "Take shelter now",
                "Full alert details",
            ],
            [
                "Carrier notice",
                "Because of icy roads, Saturday's print edition may arrive late on rural routes. The e-Edition is open to all subscribers.",
                "Report a missed delivery",
            ],
            [
                "Power out at your place?",
                "Report outages to Tri-Valley Electric, not the newsroom: call 1-800-555-0199 or use the utility's form.",
                "Report an outage",
            ],
            ["Live: 12 crashes reported on I-84 eastbound", "Cameras refreshed 4 min ago"],
            ["Get breaking alerts for Lorain County?", "Yes, alert me about Lorain County", "Not this time"],
        ],
        "app": [
            [
                "Download the KVRP 7 Weather app",
                "Live radar and severe weather alerts for your exact location.",
                "Get it on the App Store",
                "Android: get it on Google Play",
            ],
            [
                "Traffic in real time",
                "Our free commute app warns you about crashes before you leave home.",
                "Get the commute app",
            ],
            [
                "Read the paper on your tablet",
                "The Courier app includes the e-Edition, puzzles and obituaries.",
                "Install the Courier app",
            ],
            ["Listen anywhere with the KVRP app", "Free for iPhone and Android"],
        ],
        "newsletter": [
            [
                "Crime & Courts Weekly",
                "Arrests, trials and sentencings from across the county, every Friday morning.",
                "Send me Crime & Courts",
            ],
            [
                "The Morning Commute",
                "Road closures and transit delays before you leave, weekdays at 6 a.m.",
                "Get the commute email",
            ],
            [
                "Get City Hall in your inbox",
                "We read the agendas so you don't have to.",
                "Subscribe at no cost",
            ],
            [
                "Want more local stories like this? Our free daily email lands at 6 a.m.",
                "Yes, sign me up for the daily",
            ],
            ["Storm alerts by email", "Your ZIP code", "Notify me by email"],
        ],
        "comments": [
            ["Comments are turned off on stories about pending criminal cases."],
            [
                "Got storm photos or a news tip?",
                "Send them to our newsroom and we may feature them on air.",
                "Upload your photos",
            ],
            [
                "18 comments",
                "Comments are moderated and may take a few hours to appear.",
                "Write your comment",
            ],
            [
                "What should the school board do?",
                "Share your thoughts below. We ask commenters to use their real names.",
                "Weigh in",
            ],
            ["Reader comments are powered by Facebook.", "Load the comments"],
        ],
        "login": [
            [
                "Sign in to your Courier account",
                "Print subscribers get digital access at no extra cost.",
                "Activate my access",
            ],
            ["Already a member? Sign in to skip the pledge messages."],
            ["Subscriber log in", "Lost your Courier password?", "Set up an account"],
            ["Your session has expired. Please sign in again to keep reading."],
        ],
        "video": [
            ["Watch: Council debates the transit levy", "2:58", "More local video"],
            [
                "Live Doppler 7 Radar",
                "Tap to expand the interactive radar",
                "Last updated 6:12 PM",
            ],
            [
                "Listen live",
                "On air now: Valley Morning with Dana Reyes",
                "Program schedule",
            ],
            ["Gallery: This week's bookings at the county jail", "36 photos"],
            ["Watch the full board meeting", "Recorded Nov. 18 · 2 hr 41 min"],
        ],
        "source": [
            [
                "Charges are accusations, not proof of guilt. Every person arrested is presumed innocent until proven guilty in a court of law."
            ],
            [
                "Booking photos are public records provided by the sheriff's office. Appearing here does not mean a person was convicted of a crime."
            ],
            ["This story has been updated to correct the date of the next school board meeting."],
            [
                "Reporting for this story was supported by the Civic Trust for Local News. Donors have no say over our coverage."
            ],
            ["This story was produced in partnership with the Lakeshore Public Media Collaborative."],
            ["Editor's note: The Courier does not name minors charged with crimes."],
        ],
        "share": [
            ["Pass it on", "Share on Nextdoor", "Text this story", "Email a neighbor"],
            ["Print this story", "Send it to a friend"],
            ["Share:", "FB", "Post to X", "Email to a neighbor"],
            ["Tell a friend about this story", "Post to your Facebook group"],
        ],
        "error": [
            ["The live traffic map could not be loaded. Check your connection or open the map on our traffic page."],
            ["Your browser can't show embedded documents.", "Download the agenda (PDF)"],
            ["Radar temporarily unavailable.", "Reload radar"],
            ["Service alerts can't be displayed right now. Check the transit agency's website for the latest."],
            ["The audio stream failed to start.", "Restart the stream"],
        ],
        "consent": [
            [
                "We use cookies and similar tools to show you local ads and measure how our site is used.",
                "Sounds good, close this",
                "Privacy settings",
            ],
            [
                "Privacy choices for Courier readers",
                "We and our advertising partners process personal data to show ads relevant to your area.",
                "Accept local ads",
                "Only what the site needs",
                "Customize",
            ],
            ["To view the traffic map, allow third-party map cookies.", "Allow map cookies"],
            ["California residents: opt out of the sale or sharing of your data", "Limit the use of my info"],
        ],
        "related": [
            ["More from Crime & Courts"],
            ["Mugshots and arrest reports"],
            ["Around the county"],
            ["Latest from the newsroom"],
            ["Also on air today"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Amtliche Bekanntmachung",
                "Die Stadt Weilbrück gibt die öffentliche Auslegung des Bebauungsplans Nr. 47 „Am Mühlbach“ vom 1. bis 31. Dezember im Bürgerbüro bekannt.",
                "Alle Bekanntmachungen lesen",
            ],
            [
                "Traueranzeigen aus dem Kreis Rothbach",
                "In stillem Gedenken: Anzeigen und Kondolenzen aus der Region",
                "Eine Traueranzeige gestalten",
            ],
            [
                "Kleinanzeigen der Woche",
                "Wohnungen, Fahrzeuge, Tiermarkt und Stellen aus Ihrer Heimat",
                "Privatanzeige ab 4,90 € schalten",
            ],
            [
                "ANZEIGE · Autohaus Lenz",
                "Wechsel auf Winterräder jetzt ab 29 € – nur bis Monatsende",
                "Werkstatttermin buchen",
            ],
            [
                "Zwangsversteigerung",
                "Amtsgericht Kellbach, Az. 3 K 18/25: Einfamilienhaus in Oberried, Verkehrswert 312.000 €",
                "Zur Veröffentlichung",
            ],
        ],
        "donation": [
            [
                "Lokaljournalismus hat seinen Wert",
                "Lesen Sie alle Artikel aus Ihrer Region – drei Monate für je 0,99 €.",
                "Digital-Abo sichern",
            ],
            [
                "Das E-Paper schon am Vorabend",
                "Ihre Heimatzeitung ab 21 Uhr digital – mit allen Lokalausgaben des Landkreises.",
                "E-Paper 14 Tage testen",
            ],
            [
                "Unterstützen Sie Radio Elbwelle",
                "Werden Sie Fördermitglied ab 5 € im Monat und sichern Sie freie Berichterstattung aus der Region.",
                "Fördermitglied der Elbwelle werden",
            ],
            [
                "Diesen Unwetter-Ticker stellen wir allen kostenlos zur Verfügung.",
                "Helfen Sie uns, solche Berichterstattung auch künftig zu leisten – mit einem Abo.",
                "Zu den Abo-Angeboten der KZ",
            ],
            [
                "Dieser Artikel ist für Abonnenten reserviert",
                "Weiterlesen mit KZ+ für 1 € im ersten Monat",
                "Mit KZ+ weiterlesen",
            ],
        ],
        "notification": [
            [
                "Unwetterwarnung",
                "Der Wetterdienst warnt bis Freitag, 6 Uhr, vor Orkanböen im Landkreis Rothbach.",
                "Alle Warnungen im Überblick",
            ],
            [
                "Störung S3",
                "Zwischen Nordbahnhof und Kellerhof fahren wegen einer Weichenstörung Ersatzbusse.",
                "Weitere Betriebsmeldungen",
            ],
            [
                "Hinweis zur Zustellung",
                "Wegen Glätte kann sich die Zustellung Ihrer Zeitung heute verzögern. Wir bitten um Verständnis.",
                "Zustellung reklamieren",
            ],
            [
                "Strom weg?",
                "Melden Sie Störungen direkt beim Netzbetreiber unter 0800 555 0123, nicht bei der Redaktion.",
                "Störung melden",
            ],
            [
                "Staumeldung: A7 Richtung Norden, 8 km zwischen Kreuz Ost und Wehrdorf",
                "Stand: 16:42 Uhr",
            ],
        ],
        "app": [
            [
                "Verkehr live aufs Handy",
                "Die Staumelder-App warnt Sie vor Sperrungen auf Ihrer Strecke.",
                "Staumelder kostenlos laden",
            ],
            [
                "Unsere Wetter-App",
                "Regenradar und Warnungen für Ihren Ort",
                "Laden im App Store",
                "Jetzt bei Google Play",
            ],
            [
                "Ihre Zeitung als App",
                "E-Paper und Nachrichten in einer App – für Abonnenten inklusive.",
            ],
            ["Radio Elbwelle in der App hören", "Für iOS und Android"],
        ],
        "newsletter": [
            [
                "Polizei & Justiz – der Newsletter",
                "Die wichtigsten Polizeimeldungen und Gerichtsberichte jeden Freitag per E-Mail.",
                "Polizei-Newsletter bestellen",
            ],
            [
                "Rathaus-Briefing",
                "Was Stadtrat und Ausschüsse beschließen – immer donnerstags in Ihrem Postfach.",
                "Briefing abonnieren",
            ],
            ["Ihre Mailadresse", "Eintragen"],
            [
                "Guten Morgen, Kellbach!",
                "Der Newsletter für Ihre Stadt kommt jeden Morgen um 6 Uhr.",
            ],
        ],
        "comments": [
            ["Bei Berichten über laufende Strafverfahren ist die Kommentarfunktion abgeschaltet."],
            [
                "Leserbriefe",
                "Ihre Meinung zu diesem Thema? Schreiben Sie uns an leserbriefe@example.de.",
                "Brief an die Lokalredaktion",
            ],
            [
                "Unwetterfotos gesucht",
                "Schicken Sie uns Ihre Bilder aus der Region – bitte mit Ort und Uhrzeit.",
                "Foto hochladen",
            ],
            [
                "9 Kommentare",
                "Jeder Kommentar wird vor dem Freischalten von unserer Lokalredaktion gelesen.",
                "Zum Kommentarformular",
            ],
        ],
        "login": [
            [
                "Schon Abonnent der gedruckten Zeitung?",
                "Print-Abonnenten lesen digital ohne Aufpreis.",
                "Zugang freischalten",
            ],
            ["Login für Abonnenten", "Kennwort vergessen?", "Neu hier? Konto anlegen"],
            ["Bitte melden Sie sich an, um diesen Artikel auf Ihre Merkliste zu setzen."],
        ],
        "video": [
            [
                "Video: Der Stadtrat streitet über das neue Parkhaus",
                "3:12",
                "Weitere Videos aus der Region",
            ],
            [
                "Regenradar live",
                "Niederschlag der letzten zwei Stunden und Prognose",
                "Radar vergrößern",
            ],
            [
                "Jetzt live hören",
                "Läuft gerade: Der Nachmittag mit Jens Kolbe",
                "Zum Programmschema",
            ],
            ["Bildergalerie: Einsatz der Feuerwehr in Oberried", "24 Bilder"],
        ],
        "source": [
            [
                "Es gilt die Unschuldsvermutung. Bis zu einer rechtskräftigen Verurteilung gelten Beschuldigte als unschuldig."
            ],
            ["Quelle: Polizeipräsidium Rothbach, eigene Recherche"],
            [
                "Korrektur: In einer früheren Fassung hieß es, die Sitzung finde am Dienstag statt. Richtig ist Mittwoch."
            ],
            ["Dieser Beitrag entstand in Zusammenarbeit mit dem Regionalstudio Kellbach."],
            ["Die Namen Minderjähriger nennen wir grundsätzlich nicht."],
        ],
        "share": [
            ["Via WhatsApp weiterleiten", "Per Mail weiterempfehlen", "Artikel-Adresse kopieren"],
            ["Teilen auf", "Facebook-Gruppe", "Threema"],
            ["Druckansicht öffnen", "Auf meine Leseliste", "Weiterempfehlen"],
        ],
        "error": [
            ["Die Verkehrskarte konnte nicht geladen werden. Bitte versuchen Sie es später noch einmal."],
            ["Ihr Browser kann das Dokument nicht anzeigen.", "Tagesordnung als PDF herunterladen"],
            ["Radarbild derzeit nicht verfügbar.", "Radarbild aktualisieren"],
            ["Der Livestream ist im Moment gestört.", "Stream neu starten"],
        ],
        "consent": [
            [
                "Wir verwenden Cookies, um Ihnen Anzeigen aus Ihrer Region zu zeigen und die Nutzung unseres Angebots zu messen.",
                "Passt so",
                "Selbst auswählen",
            ],
            [
                "Externer Inhalt",
                "Um die Karte anzuzeigen, stimmen Sie der Datenübertragung an den Kartenanbieter zu.",
                "Karte laden",
            ],
            ["Ihre Datenschutz-Einstellungen", "Nur technisch nötige Cookies zulassen", "Alle akzeptieren und weiter"],
        ],
        "related": [
            ["Mehr aus Polizei und Justiz"],
            ["Weitere Nachrichten aus dem Landkreis"],
            ["Auch interessant aus Ihrer Region"],
            ["Nachrichten aus der Nachbarschaft"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Annonces légales",
                "Avis d'enquête publique : révision du plan local d'urbanisme de la commune de Saint-Aubin-sur-Lèze.",
                "Consulter l'avis",
            ],
            [
                "Carnet : avis de décès",
                "Publiez un avis de décès ou un remerciement dans votre journal.",
                "Publier un avis",
            ],
            [
                "Les petites annonces du département",
                "Immobilier, emploi, véhicules : les annonces de votre département",
                "Déposer une annonce",
            ],
            [
                "Publicité · Garage Moreau",
                "Contrôle des freins offert jusqu'au 15 décembre",
                "Prendre rendez-vous au garage",
            ],
            [
                "Marchés publics",
                "Commune de Lavernay : travaux de voirie, date limite de réponse le 12 janvier",
                "Voir l'appel d'offres",
            ],
        ],
        "donation": [
            [
                "L'info locale a de la valeur",
                "Abonnez-vous pour 1 € le premier mois et lisez tous les articles de votre commune.",
                "Je soutiens l'info locale",
            ],
            [
                "Le journal numérique dès 5 h",
                "Feuilletez l'édition de votre secteur sur tablette ou ordinateur.",
                "Découvrir l'édition numérique",
            ],
            [
                "Radio Vallée a besoin de vous",
                "Notre radio associative vit grâce à ses auditeurs : faites un don, déductible de vos impôts.",
                "Faire un don à la radio",
            ],
            [
                "Réservé à nos abonnés",
                "Il vous reste 80 % de cet article à lire.",
                "Lire la suite pour 1 €",
            ],
        ],
        "notification": [
            [
                "Vigilance orange orages",
                "Le département est placé en vigilance orange orages jusqu'à mercredi 6 h.",
                "Suivre la vigilance",
            ],
            [
                "Info trafic",
                "Ligne T2 interrompue entre Gare Sud et Les Tilleuls, des bus de substitution sont mis en place.",
                "Toutes les perturbations",
            ],
            [
                "Portage",
                "En raison des intempéries, la distribution de votre journal pourrait être retardée ce matin.",
                "Signaler un problème de livraison",
            ],
            [
                "Coupure d'électricité ?",
                "Signalez-la directement à votre gestionnaire de réseau au 09 70 55 01 23.",
                "Signaler une panne",
            ],
            ["Direct : bouchons sur la rocade, 7 km dans le sens extérieur", "Mis à jour à 17 h 52"],
        ],
        "app": [
            [
                "L'application de votre quotidien régional",
                "Alertes info de votre commune et journal numérique inclus",
                "Installer l'application du journal",
            ],
            [
                "Trafic en temps réel",
                "Recevez les alertes de votre trajet domicile-travail.",
                "Installer l'appli trafic",
            ],
            ["Écoutez Radio Vallée partout", "Disponible sur l'App Store et Google Play"],
        ],
        "newsletter": [
            [
                "Faits divers et justice",
                "L'essentiel des audiences et des enquêtes du département, chaque vendredi.",
                "Recevoir la lettre justice",
            ],
            [
                "La lettre de votre commune",
                "Conseil municipal, travaux, écoles : tout ce qui change près de chez vous.",
                "M'inscrire sans frais",
            ],
            ["Saisissez votre adresse e-mail", "Valider mon inscription"],
            ["Chaque matin à 6 h, l'info de votre département dans votre boîte mail."],
        ],
        "comments": [
            ["Les commentaires sont fermés sur les articles relatant des affaires judiciaires en cours."],
            [
                "Témoin d'un événement ?",
                "Envoyez-nous vos photos et vidéos des intempéries.",
                "Envoyer un témoignage",
            ],
            ["5 réactions", "Les réactions sont modérées a posteriori.", "Ajouter ma réaction"],
            [
                "Courrier des lecteurs",
                "Écrivez-nous, votre avis pourra être publié dans nos pages.",
                "Écrire à la rédaction",
            ],
        ],
        "login": [
            [
                "Déjà abonné à l'édition papier ?",
                "Activez gratuitement votre accès numérique.",
                "Activer mon accès",
            ],
            ["Connectez-vous pour suivre vos communes favorites."],
            ["Mon espace abonné", "Identifiant oublié ?", "Ouvrir mon espace"],
        ],
        "video": [
            [
                "Vidéo : le conseil municipal vote le budget",
                "2:44",
                "Toutes nos vidéos locales",
            ],
            [
                "Radar des précipitations",
                "Animation des deux dernières heures",
                "Agrandir la carte",
            ],
            [
                "Écouter le direct",
                "En ce moment : Le Grand Matin avec Claire Bonnet",
                "Grille des programmes",
            ],
            ["Diaporama : les inondations dans la vallée", "18 photos"],
        ],
        "source": [
            [
                "Toute personne mise en cause est présumée innocente tant que sa culpabilité n'a pas été établie par un jugement définitif."
            ],
            [
                "Rectificatif : une version précédente de cet article indiquait une mauvaise date pour le conseil d'école."
            ],
            ["Avec le parquet de Vernois et la gendarmerie."],
            ["Cet article a été réalisé en partenariat avec la rédaction de Radio Vallée."],
        ],
        "share": [
            ["Faire suivre", "Par SMS", "Sur Messenger", "Sur WhatsApp"],
            ["Imprimer cette page", "Garder pour plus tard"],
            ["Partagez l'info avec vos voisins"],
        ],
        "error": [
            ["La carte du trafic n'a pas pu être chargée. Réessayez dans quelques minutes."],
            ["Impossible d'afficher l'ordre du jour.", "Télécharger le PDF de l'ordre du jour"],
            ["Le radar est momentanément indisponible.", "Actualiser le radar"],
            ["Le direct ne peut pas être lu sur ce navigateur."],
        ],
        "consent": [
            [
                "Nous utilisons des cookies pour vous proposer des publicités locales et mesurer l'audience.",
                "D'accord pour les pubs locales",
                "Choisir cookie par cookie",
            ],
            [
                "Contenu tiers bloqué",
                "Ce contenu est hébergé par un service de cartographie qui dépose des cookies.",
                "Afficher la carte quand même",
            ],
            ["Vos choix en matière de confidentialité", "Refuser tout sauf l'essentiel", "Accepter l'ensemble"],
        ],
        "related": [
            ["Justice : nos derniers articles"],
            ["À lire aussi dans votre commune"],
            ["Les autres infos du département"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Anuncios oficiales",
                "Edicto del Ayuntamiento de Villanueva del Río: aprobación inicial de la ordenanza de terrazas. Plazo de alegaciones: 30 días.",
                "Ver todos los edictos",
            ],
            [
                "Esquelas y aniversarios",
                "Publique una esquela o un recordatorio en la edición impresa y digital.",
                "Publicar esquela",
            ],
            ["Clasificados de la comarca", "Pisos, motor, empleo y contactos de la comarca", "Poner un anuncio"],
            [
                "Publicidad · Ferretería Ortega",
                "Estufas de pellet con un 20 % de descuento hasta fin de mes",
                "Pedir presupuesto",
            ],
            [
                "Subasta judicial",
                "Juzgado de Primera Instancia n.º 2 de Talaver: nave industrial en el polígono Los Olmos",
                "Consultar la subasta",
            ],
        ],
        "donation": [
            [
                "El periodismo local necesita lectores",
                "Suscríbete por 1 € al mes durante el primer trimestre y lee todo lo que pasa en tu pueblo.",
                "Quiero el periódico de mi comarca",
            ],
            [
                "Kiosko digital",
                "Lee la edición impresa de hoy en tu móvil desde las 6.00.",
                "Acceder al kiosko",
            ],
            [
                "Hazte socio de Onda Ribera",
                "Con 3 € al mes ayudas a mantener una radio pública y cercana.",
                "Colaborar con la radio",
            ],
            [
                "Esta información de servicio público es gratuita para todos.",
                "Si te resulta útil, apoya nuestro trabajo con una suscripción.",
                "Apoyar al periódico",
            ],
        ],
        "notification": [
            [
                "Aviso naranja por lluvias",
                "Se esperan acumulados de hasta 80 litros por metro cuadrado en 12 horas en la comarca.",
                "Consultar avisos de la comarca",
            ],
            [
                "Incidencia en Cercanías",
                "La línea C-3 circula con retrasos de 20 minutos por una avería en la catenaria.",
                "Estado del servicio",
            ],
            [
                "Aviso de reparto",
                "Por el temporal, el periódico puede llegar con retraso a algunas localidades de la sierra.",
                "Comunicar una incidencia de reparto",
            ],
            [
                "¿Te has quedado sin luz?",
                "Comunica la avería a tu distribuidora eléctrica en el 900 555 012.",
                "Notificar un corte de luz",
            ],
            ["Tráfico: retenciones de 6 km en la A-4 sentido salida", "Actualizado a las 8.14"],
        ],
        "app": [
            [
                "Descarga la app del tráfico",
                "Avisos de accidentes y obras en tu ruta habitual.",
                "Instalar sin coste",
            ],
            [
                "Tu periódico en el móvil",
                "Con alertas de tu municipio y el kiosko digital incluido",
            ],
            ["Escucha Onda Ribera desde la app", "Para móviles iOS y Android, sin coste"],
        ],
        "newsletter": [
            [
                "Sucesos y tribunales",
                "Los juicios y detenciones de la provincia, cada viernes en tu correo.",
                "Quiero recibir Sucesos",
            ],
            [
                "Boletín del Ayuntamiento",
                "Lo que se aprueba en el pleno, explicado cada jueves.",
                "Recibir el boletín del pleno",
            ],
            ["Escribe tu correo electrónico", "Suscribirme sin coste"],
            ["Cada mañana a las 7, la actualidad de tu comarca en tu bandeja de entrada."],
        ],
        "comments": [
            ["Los comentarios están desactivados en las noticias sobre procesos judiciales abiertos."],
            [
                "¿Tienes fotos del temporal?",
                "Envíanoslas por WhatsApp al 600 555 010 indicando el lugar.",
                "Enviar fotos",
            ],
            [
                "7 comentarios",
                "Los comentarios se publican tras ser revisados por la redacción.",
                "Dejar mi comentario",
            ],
            [
                "Cartas a la redacción",
                "Envíanos tu opinión en un máximo de 150 palabras.",
                "Enviar carta",
            ],
        ],
        "login": [
            [
                "¿Ya eres suscriptor de la edición impresa?",
                "Activa tu acceso digital sin coste.",
                "Activar acceso digital",
            ],
            ["Identifícate para guardar noticias y recibir avisos de tu barrio."],
            ["Área de suscriptores", "¿Has olvidado tu clave?", "Crear cuenta de lector"],
        ],
        "video": [
            ["Vídeo: así fue el pleno del presupuesto", "3:05", "Más vídeos de la comarca"],
            [
                "Radar de lluvia en directo",
                "Precipitación de las últimas dos horas",
                "Ampliar radar",
            ],
            [
                "Escucha en directo",
                "Ahora: La Mañana de la Ribera con Marta Gil",
                "Parrilla de programación",
            ],
            ["Galería: detenidos esta semana en la provincia", "22 fotos"],
        ],
        "source": [
            [
                "Todas las personas detenidas o investigadas se presumen inocentes mientras no exista una sentencia firme."
            ],
            [
                "Fe de errores: una versión anterior de esta noticia situaba el pleno el martes; se celebra el miércoles."
            ],
            ["Con información de la Guardia Civil y del Tribunal Superior de Justicia."],
            ["Esta información forma parte de un acuerdo de colaboración con Onda Ribera."],
        ],
        "share": [
            ["Pasar por WhatsApp a un vecino", "Enviar por Telegram", "Copiar la dirección"],
            ["Imprimir noticia", "Apartar para leer luego"],
            ["Comparte esta noticia con tus vecinos"],
        ],
        "error": [
            ["No se ha podido cargar el mapa del tráfico. Inténtalo de nuevo más tarde."],
            ["Tu navegador no puede mostrar el orden del día.", "Descargar el orden del día en PDF"],
            ["El radar no está disponible en este momento.", "Volver a cargar el radar"],
            ["La emisión en directo no se puede reproducir."],
        ],
        "consent": [
            [
                "Utilizamos cookies propias y de terceros para mostrarte publicidad de tu zona y analizar la navegación.",
                "Aceptar y cerrar el aviso",
                "Elegir mis preferencias",
            ],
            [
                "Contenido externo",
                "Para ver el mapa debes aceptar las cookies del proveedor de mapas.",
                "Aceptar y ver el mapa",
            ],
            ["Tu privacidad", "Rechazar las opcionales", "Aceptar la publicidad local"],
        ],
        "related": [
            ["Más sucesos"],
            ["Otras noticias de la comarca"],
            ["Lo último del Ayuntamiento"],
        ],
    },
}


_slot = widget_drawer(6, (".", "?", "!"))


def county_courts_report(p: Parts) -> str:
    """A regional daily's crime and courts story on an aging Bootstrap theme where every box is a
    bland grid cell (`col-xs-12 mt-3`, `well`, `panel-body`): the breaking-alert bar above the
    header, the share row under the byline, the newsletter plug the editor pasted as plain
    `<p class="mt-2">` lines right before the first paragraph, a notice ad, the booking-photo
    gallery promo and a failed court-document embed between paragraphs, the "charges are
    accusations" note pasted in the same `<p class="mt-2">` right after the last paragraph, the
    comments box under the story, the headed mugshot list, the subscription offer and the app
    promo in the right column, a hidden sign-in modal and a consent bar fixed to the bottom."""
    heading = related_heading(p, '<h4 class="mt-0 mb-2">{text}</h4>')
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="col-xs-12 mt-3"><div class="panel panel-default"><div class="panel-body text-center">{inner}</div></div></div>',
            '<p class="small text-uppercase mb-1">{text}</p>',
            '<p class="small">{text}</p>',
            '<a class="btn btn-default btn-sm" href="/notices/">{text}</a>',
        ),
        _slot(
            p,
            "video",
            '<div class="col-xs-12 mt-3"><div class="row"><div class="col-xs-4"><img class="img-responsive" src="/media/gal/4471.jpg" alt=""></div><div class="col-xs-8">{inner}</div></div></div>',
            '<h5 class="mt-0">{text}</h5>',
            '<p class="small">{text}</p>',
            '<span class="label label-default">{text}</span>',
        ),
        _slot(
            p,
            "error",
            '<div class="col-xs-12 mt-3"><div class="embed-responsive embed-responsive-4by3">{inner}</div></div>',
            '<p class="p-3">{text}</p>',
            '<p class="p-3">{text}</p>',
            '<a class="btn btn-link" href="/docs/complaint-4471.pdf">{text}</a>',
        ),
    )
    body = p.body(
        {
            "p": '<p class="mt-2">{text}</p>',
            "h2": '<h3 class="mt-4">{text}</h3>',
            "quote": '<blockquote class="mt-2"><p>{text}</p></blockquote>',
            "ul": '<ul class="mt-2">{items}</ul>',
        },
        inline,
    )
    return f"""{_slot(p, "notification", '<div class="container-fluid bg-danger py-2"><div class="container">{inner}</div></div>', '<strong class="mr-2">{text}</strong>', "<span>{text}</span>", '<a class="ml-2" href="/alerts/">{text}</a>')}
{NAV.format(site=esc(p.site))}
<div class="container mt-3"><div class="row">
<div class="col-xs-12 col-md-8">
<ol class="breadcrumb"><li><a href="/news/">News</a></li><li><a href="/news/crime/">Crime &amp; Courts</a></li></ol>
<h1>{esc(p.title)}</h1>
<p class="text-muted small">By {esc(p.site)} staff · Nov. 20, 2026</p>
{inline_box(p, "share", '<div class="d-flex mb-3">{inner}</div>', "a", ' class="btn btn-xs btn-default mr-1" href="#"')}
<div class="mt-3" id="story-4471">
{each(p, "newsletter", "{inner}", '<p class="mt-2">{text}</p>')}
{body}
{each(p, "source", "{inner}", '<p class="mt-2"><em>{text}</em></p>')}
</div>
<div class="col-xs-12 mt-3" id="c4471">{_slot(p, "comments", '<div class="well">{inner}</div>', "<h4>{text}</h4>", "<p>{text}</p>", '<a class="btn btn-primary" href="#c4471-form">{text}</a>')}</div>
</div>
<div class="col-xs-12 col-md-4">
<div class="mt-3">{heading}<ul class="list-unstyled">{links(p.teasers(5), '<li class="mb-2"><a href="/news/crime/{slug}/">{text}</a></li>')}</ul></div>
{_slot(p, "donation", '<div class="well mt-3">{inner}</div>', "<h4>{text}</h4>", "<p>{text}</p>", '<a class="btn btn-success btn-block" href="/offer/">{text}</a>')}
{_slot(p, "app", '<div class="col-xs-12 mt-3">{inner}</div>', "<p><strong>{text}</strong></p>", "<p>{text}</p>", '<a class="btn btn-default btn-block" href="/m/">{text}</a>')}
</div>
</div></div>
{FOOTER.format(site=esc(p.site))}
{_slot(p, "login", '<div class="modal fade" id="m1" tabindex="-1" role="dialog" aria-hidden="true"><div class="modal-dialog"><div class="modal-content"><div class="modal-body">{inner}</div></div></div></div>', '<h4 class="modal-title">{text}</h4>', "<p>{text}</p>", '<button class="btn btn-primary" type="button">{text}</button>')}
{_slot(p, "consent", '<div class="navbar-fixed-bottom p-3">{inner}</div>', '<p class="mb-1"><strong>{text}</strong></p>', '<p class="mb-1">{text}</p>', '<button class="btn btn-sm btn-default" type="button">{text}</button>')}"""


_FONT_P = '<p><font face="Georgia, Times New Roman" size="3">{text}</font></p>'


def hometown_weekly_table(p: Parts) -> str:
    """A small-town weekly's community story on a CMS that still prints a table layout with
    `<font>` and `<center>`: the subscriber login links in the masthead row, the carrier notice
    the editor pasted in the same `<p><font>` markup right before the first paragraph, a boxed
    legal or classified ad in `<center><table>` and the photo-gallery cell between paragraphs,
    the e-Edition upsell pasted in the same markup right after the last paragraph, then the
    credit line, a `<font size="1">` share line, the meeting-agenda `<iframe>` whose fallback
    text is the error and the Facebook comments plugin with its `<noscript>` text; the left
    column has the headed "around the county" list, the newsletter form and the app promo as
    `<br>`-separated lines; an unstyled cookie bar sits after the page table."""
    inline = present(
        inline_box(
            p,
            "advertising",
            '<center><table width="90%" border="1" cellpadding="8" cellspacing="0" bordercolor="#999999"><tr><td align="center"><font face="Arial" size="2">{inner}</font></td></tr></table></center>',
            "span",
            "",
            "<br>",
        ),
        inline_box(
            p,
            "video",
            '<table align="right" width="220" cellpadding="4" cellspacing="0"><tr><td bgcolor="#eeeeee"><a href="/photos/gallery.php?id=311"><img src="/photos/311/thumb.jpg" width="210" border="0" alt=""></a><br>{inner}</td></tr></table>',
            "font",
            ' face="Arial" size="1"',
            "<br>",
        ),
    )
    body = p.body(
        {
            "p": _FONT_P,
            "h2": '<p><font face="Georgia, Times New Roman" size="4"><b>{text}</b></font></p>',
            "quote": '<blockquote><font face="Georgia, Times New Roman" size="3"><i>{text}</i></font></blockquote>',
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    heading = related_heading(p, '<font face="Arial" size="2" color="#1f3a5f"><b>{text}</b></font><br>')
    return f"""<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#1f3a5f">{NAV.format(site=esc(p.site))}
<div align="right">{inline_box(p, "login", '<font face="Arial" size="1" color="#ffffff">{inner}</font>', "a", ' href="/login.php"', " | ")}</div></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#f4f1e8">
{heading}<table width="100%" cellpadding="3">{links(p.teasers(6), '<tr><td><font face="Arial" size="2"><a href="/story.php?id={slug}">{text}</a></font></td></tr>')}</table>
<hr>
{_slot(p, "newsletter", '<form action="/cgi-bin/list.cgi" method="post">{inner}<input type="text" name="email" size="16"></form>', '<font face="Arial" size="2"><b>{text}</b></font><br>', '<font face="Arial" size="1">{text}</font><br>', '<button type="submit">{text}</button><br>')}
<hr>
{inline_box(p, "app", '<p><font face="Arial" size="1">{inner}</font></p>', "span", "", "<br>")}
</td>
<td width="800" valign="top">
<font face="Georgia" size="2" color="#666666">Community · Thursday, November 20, 2026</font>
<h1><font face="Georgia">{esc(p.title)}</font></h1>
<p><font size="2">By the {esc(p.site)} staff</font></p>
{each(p, "notification", "{inner}", _FONT_P)}
{body}
{each(p, "donation", "{inner}", _FONT_P)}
{each(p, "source", "{inner}", '<p><font face="Georgia, Times New Roman" size="2" color="#555555"><i>{text}</i></font></p>')}
{each(p, "share", '<p><font size="1">{inner}</font></p>', '<a href="/share.php?via={n}">{text}</a>', " | ")}
{inline_box(p, "error", '<iframe src="https://docs.example.com/viewer?f=agenda-1120.pdf" width="100%" height="420" frameborder="0">{inner}</iframe>', "span")}
<div class="fb-comments" data-href="https://example.com/story.php?id=311" data-numposts="10"></div>
{_slot(p, "comments", "<noscript>{inner}</noscript>", "<p><b>{text}</b></p>", "<p>{text}</p>", '<p><a href="https://www.facebook.com/">{text}</a></p>')}
</td></tr>
<tr><td colspan="2" bgcolor="#1f3a5f">{FOOTER.format(site=esc(p.site))}</td></tr>
</table>
{_slot(p, "consent", '<div id="cb" style="position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:8px">{inner}</div>', "<b>{text}</b> ", "<span>{text}</span> ", '<a href="#" onclick="cb_hide()">{text}</a> ')}"""


_SC_P = "sc-a8f3e-0 kLmQpz"


def civic_newsroom_council(p: Parts) -> str:
    """A nonprofit newsroom covering city hall and the school board, rendered with
    styled-components so every class is a hash (`sc-a8f3e-0 kLmQpz`): the site-wide alert
    banner and the sign-in link in the header, the sticky share rail on the left, the "watch the
    meeting" lines the editor pasted as paragraphs of the same class right before the first
    paragraph, a public-notice slot, the membership appeal, the signup card and the
    meeting-agenda embed with its failure text between paragraphs, the funding or correction
    note pasted in the paragraph class right after the last paragraph, the comments below, the
    headed list and the app card in the rail, and a consent banner at the bottom."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="sc-3e9d1-0 bVqRsT"><div class="sc-3e9d1-1 cUwXyz">{inner}</div></div>',
            '<p class="sc-3e9d1-2 hGfEdc">{text}</p>',
            '<p class="sc-3e9d1-3 jKlMno">{text}</p>',
            '<a class="sc-3e9d1-4 pQrStu" href="/notices">{text}</a>',
        ),
        _slot(
            p,
            "donation",
            '<aside class="sc-4d1b7-0 fQzKxa">{inner}</aside>',
            '<h3 class="sc-4d1b7-1 gRaLyb">{text}</h3>',
            '<p class="sc-4d1b7-2 hSbMzc">{text}</p>',
            '<a class="sc-4d1b7-3 iTcNad" href="/give">{text}</a>',
        ),
        _slot(
            p,
            "newsletter",
            '<div class="sc-60f2a-0 kWxYzA"><form class="sc-60f2a-1 lXyZaB">{inner}<input class="sc-60f2a-2 mYzAbC" type="email" aria-label="Email"></form></div>',
            '<h3 class="sc-60f2a-3 nZaBcD">{text}</h3>',
            '<p class="sc-60f2a-4 oAbCdE">{text}</p>',
            '<button class="sc-60f2a-5 pBcDeF" type="submit">{text}</button>',
        ),
        _slot(
            p,
            "error",
            '<figure class="sc-7b21c-0 hXcRtv"><iframe class="sc-7b21c-1 iYdSuw" title="Meeting agenda" src="https://agendas.example.gov/meeting/2211/embed" loading="lazy"></iframe><figcaption class="sc-7b21c-2 jZeTvx">{inner}</figcaption></figure>',
            '<span class="sc-7b21c-3 kAfUwy">{text}</span>',
            '<span class="sc-7b21c-3 kAfUwy">{text}</span>',
            '<a class="sc-7b21c-4 lBgVxz" href="https://agendas.example.gov/meeting/2211.pdf">{text}</a>',
        ),
    )
    body = p.body(
        {
            "p": f'<p class="{_SC_P}">{{text}}</p>',
            "h2": '<h2 class="sc-a8f3e-1 mNoPqR">{text}</h2>',
            "quote": '<blockquote class="sc-a8f3e-2 nOpQrS"><p class="sc-a8f3e-0 kLmQpz">{text}</p></blockquote>',
            "ul": '<ul class="sc-a8f3e-3 oPqRsT">{items}</ul>',
        },
        inline,
    )
    heading = related_heading(p, '<h2 class="sc-2c8e4-1 dEfGhI">{text}</h2>')
    pasted = f'<p class="{_SC_P}">{{text}}</p>'
    return f"""<div id="root"><div class="sc-0b1c2-0 aBcDeF">
{_slot(p, "notification", '<div class="sc-1f0aa-0 dPwXjL" role="region">{inner}</div>', '<strong class="sc-1f0aa-1 eQxYkM">{text}</strong>', '<span class="sc-1f0aa-2 fRyZlN">{text}</span>', '<a class="sc-1f0aa-3 gSzAmO" href="/alerts">{text}</a>')}
<header class="sc-0b1c2-1 bCdEfG">{NAV.format(site=esc(p.site))}
{_slot(p, "login", '<div class="sc-88a0d-0 cDeFgH">{inner}</div>', '<span class="sc-88a0d-1 dEfGhJ">{text}</span>', '<span class="sc-88a0d-1 dEfGhJ">{text}</span>', '<a class="sc-88a0d-2 eFgHiK" href="/login">{text}</a>')}</header>
<main class="sc-0b1c2-2 cDeFgI">
{each(p, "share", '<div class="sc-91c0e-0 gTyPlm">{inner}</div>', '<button class="sc-91c0e-1 hUzQmn" type="button">{text}</button>')}
<article class="sc-5a6b7-0 eFgHiJ">
<div class="sc-5a6b7-1 fGhIjK"><span class="sc-5a6b7-2 gHiJkL">City Hall</span><h1 class="sc-5a6b7-3 hIjKlM">{esc(p.title)}</h1>
<p class="sc-5a6b7-4 iJkLmN">{esc(p.site)} · November 20, 2026</p></div>
<div class="sc-a8f3e-4 jKlMnO">
{each(p, "video", "{inner}", pasted)}
{body}
{each(p, "source", "{inner}", pasted)}
</div>
</article>
<section class="sc-d3e4f-0 kLmNoP">{_slot(p, "comments", '<div class="sc-d3e4f-1 lMnOpQ">{inner}</div>', '<h2 class="sc-d3e4f-2 mNoPqS">{text}</h2>', '<p class="sc-d3e4f-3 nOpQrT">{text}</p>', '<button class="sc-d3e4f-4 oPqRsU" type="button">{text}</button>')}</section>
<aside class="sc-2c8e4-0 cDeFgJ">
<div class="sc-2c8e4-2 eFgHiL">{heading}<ul class="sc-2c8e4-3 fGhIjM">{links(p.teasers(5), '<li class="sc-2c8e4-4 gHiJkN"><a href="/story/{slug}">{text}</a></li>')}</ul></div>
{_slot(p, "app", '<div class="sc-2c8e4-5 hIjKlO">{inner}</div>', '<p class="sc-2c8e4-6 iJkLmP">{text}</p>', '<p class="sc-2c8e4-7 jKlMnQ">{text}</p>', '<a class="sc-2c8e4-8 kLmNoR" href="/app">{text}</a>')}
</aside>
</main>
{FOOTER.format(site=esc(p.site))}
{_slot(p, "consent", '<div class="sc-c0a1e-0 jrTqZb">{inner}</div>', '<p class="sc-c0a1e-1 ksUrAc">{text}</p>', '<p class="sc-c0a1e-1 ksUrAc">{text}</p>', '<button class="sc-c0a1e-2 ltVsBd" type="button">{text}</button>')}
</div></div>"""


def tv_traffic_desk(p: Parts) -> str:
    """A local TV station's traffic and transit story where the boxes carry no class at all
    (plain `<div>`, `<section>`, `<aside>`, `<dialog>`): the share list under the headline, the
    transit service-alert widget right before the first paragraph, an unlabelled ad box and the
    live traffic map (its cookie placeholder, the `<iframe>` and a `<noscript>` failure text)
    between paragraphs, the app plug and the credit the producer pasted as plain `<p>` right
    after the last paragraph, the newsletter form and the comments after the story, the traffic
    cams, the headed list and the subscription ask in the sidebar, and a sign-in `<dialog>`."""
    map_embed = "".join(
        present(
            _slot(
                p,
                "consent",
                "<div>{inner}</div>",
                "<p><b>{text}</b></p>",
                "<p>{text}</p>",
                '<button type="button">{text}</button>',
            ),
            '<iframe src="https://maps.example.com/traffic?lat=41.5&amp;lng=-81.7&amp;z=11" title="Live traffic" width="100%" height="360"></iframe>',
            inline_box(p, "error", "<noscript>{inner}</noscript>", "p", "", ""),
        )
    )
    inline = present(
        _slot(
            p,
            "advertising",
            '<div><div style="min-height:250px">{inner}</div></div>',
            "<small>{text}</small>",
            "<p>{text}</p>",
            '<a href="https://pubads.example.com/click?id=77" rel="nofollow">{text}</a>',
        ),
        f"<div>{map_embed}</div>",
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
    heading = related_heading(p, "<h3>{text}</h3>")
    return f"""{NAV.format(site=esc(p.site))}
<div id="page">
<main>
<article>
<h1>{esc(p.title)}</h1>
<p><span>{esc(p.site)} Traffic Desk</span> · <time datetime="2026-11-20T07:10:00-05:00">7:10 AM, Nov 20</time></p>
{each(p, "share", "<ul>{inner}</ul>", '<li><a href="#" data-share="{n}">{text}</a></li>')}
<div class="article-content">
{_slot(p, "notification", '<div role="status" data-widget="transit-alerts">{inner}</div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<a href="/traffic/transit">{text}</a>')}
{body}
{each(p, "app", "{inner}", "<p>{text}</p>")}
{each(p, "source", "{inner}", "<p><i>{text}</i></p>")}
</div>
</article>
{_slot(p, "newsletter", '<section><form method="post" action="/newsletters">{inner}<input type="email" name="e"></form></section>', "<h3>{text}</h3>", "<p>{text}</p>", '<button type="submit">{text}</button>')}
<section id="comments">{_slot(p, "comments", "<div>{inner}</div>", "<h3>{text}</h3>", "<p>{text}</p>", '<button type="button">{text}</button>')}</section>
</main>
<aside>
{_slot(p, "video", '<section><div data-player="cams"></div>{inner}</section>', "<h3>{text}</h3>", "<p>{text}</p>", "<span>{text}</span>")}
<section>{heading}<ul>{links(p.teasers(5), '<li><a href="/traffic/{slug}">{text}</a></li>')}</ul></section>
{_slot(p, "donation", "<section>{inner}</section>", "<h3>{text}</h3>", "<p>{text}</p>", '<a href="/join">{text}</a>')}
</aside>
</div>
{FOOTER.format(site=esc(p.site))}
{_slot(p, "login", '<dialog id="signin">{inner}</dialog>', "<h2>{text}</h2>", "<p>{text}</p>", '<button type="button">{text}</button>')}"""


_TW_P = "mb-5 text-lg leading-8"


def storm_live_page(p: Parts) -> str:
    """A regional news site's severe-weather page in utility classes only (Tailwind: `my-6
    rounded border p-4`): the warning banner above the header, the radar embed right before the
    first paragraph in the same container, the "coverage is free" appeal pasted as paragraphs of
    the same classes, an ad box and the send-us-photos form between paragraphs, the failed
    radar or stream message right after the last paragraph, the credit line under it, the app,
    newsletter and headed list in the sidebar, a sticky share bar, a hidden sign-in modal and
    a consent bar."""
    paragraph = f'<p class="{_TW_P}">{{text}}</p>'
    inline = present(
        each(p, "donation", "{inner}", paragraph),
        _slot(
            p,
            "advertising",
            '<div class="my-8 flex justify-center"><div class="w-[300px] text-center text-xs text-slate-500">{inner}</div></div>',
            '<div class="mb-1 uppercase tracking-wide">{text}</div>',
            '<p class="text-sm text-slate-800">{text}</p>',
            '<a class="mt-2 inline-block rounded bg-slate-800 px-3 py-1 text-white" href="https://adclick.example.net/r/551">{text}</a>',
        ),
        _slot(
            p,
            "comments",
            '<form class="my-6 rounded-lg border p-4" action="/send" method="post" enctype="multipart/form-data">{inner}<input class="mt-2 block" type="file" name="media"></form>',
            '<h3 class="text-base font-bold">{text}</h3>',
            '<p class="text-sm">{text}</p>',
            '<button class="mt-2 rounded bg-blue-700 px-3 py-1 text-white" type="submit">{text}</button>',
        ),
    )
    body = p.body(
        {
            "p": paragraph,
            "h2": '<h2 class="mb-3 mt-8 text-2xl font-bold">{text}</h2>',
            "quote": '<blockquote class="my-6 border-l-4 pl-4 text-xl italic">{text}</blockquote>',
            "ul": '<ul class="mb-5 list-disc pl-6">{items}</ul>',
        },
        inline,
    )
    heading = related_heading(p, '<h3 class="mb-2 text-sm font-bold uppercase">{text}</h3>')
    return f"""{_slot(p, "notification", '<div class="bg-red-700 px-4 py-2 text-white" role="alert">{inner}</div>', '<strong class="mr-2">{text}</strong>', '<span class="mr-2">{text}</span>', '<a class="underline" href="/weather/alerts">{text}</a>')}
{NAV.format(site=esc(p.site))}
<div class="mx-auto grid max-w-6xl grid-cols-12 gap-8 px-4">
<main class="col-span-12 lg:col-span-8">
<h1 class="mb-2 text-4xl font-extrabold">{esc(p.title)}</h1>
<p class="mb-6 text-sm text-slate-500">{esc(p.site)} Weather Team · Updated 5:40 PM</p>
<div class="prose max-w-none">
{_slot(p, "video", '<div class="my-6 overflow-hidden rounded-lg border"><div class="aspect-video bg-slate-200"></div><div class="p-3 text-sm">{inner}</div></div>', '<p class="font-semibold">{text}</p>', "<p>{text}</p>", '<span class="text-slate-500">{text}</span>')}
{body}
{_slot(p, "error", '<div class="mb-5 rounded bg-amber-50 p-3 text-sm">{inner}</div>', "<p>{text}</p>", "<p>{text}</p>", '<button class="underline" type="button">{text}</button>')}
{each(p, "source", "{inner}", '<p class="mt-6 border-t pt-3 text-sm italic">{text}</p>')}
</div>
</main>
<aside class="col-span-12 lg:col-span-4">
{_slot(p, "app", '<div class="mb-6 rounded-lg bg-slate-100 p-4">{inner}</div>', '<p class="font-bold">{text}</p>', '<p class="text-sm">{text}</p>', '<a class="mt-2 block text-sm underline" href="/apps">{text}</a>')}
{_slot(p, "newsletter", '<div class="mb-6 rounded-lg border p-4"><form>{inner}<input class="mt-2 w-full border" type="email"></form></div>', '<p class="font-bold">{text}</p>', '<p class="text-sm">{text}</p>', '<button class="mt-2 w-full bg-slate-800 text-white" type="submit">{text}</button>')}
<div class="mb-6">{heading}<ul class="space-y-2 text-sm">{links(p.teasers(5), '<li><a class="hover:underline" href="/weather/{slug}">{text}</a></li>')}</ul></div>
</aside>
</div>
{inline_box(p, "share", '<div class="fixed inset-x-0 bottom-0 flex gap-2 border-t bg-white p-2">{inner}</div>', "button", ' class="flex-1 text-sm" type="button"')}
{FOOTER.format(site=esc(p.site))}
{_slot(p, "login", '<div class="fixed inset-0 z-50 hidden items-center justify-center bg-black/50"><div class="w-96 rounded bg-white p-6">{inner}</div></div>', '<h2 class="mb-2 text-xl font-bold">{text}</h2>', '<p class="mb-3 text-sm">{text}</p>', '<button class="w-full rounded bg-blue-700 py-2 text-white" type="button">{text}</button>')}
{_slot(p, "consent", '<div class="fixed bottom-0 z-40 w-full bg-slate-900 p-4 text-white">{inner}</div>', '<p class="font-semibold">{text}</p>', '<p class="text-sm">{text}</p>', '<button class="mr-2 mt-2 rounded border px-3 py-1" type="button">{text}</button>')}"""


def public_radio_story(p: Parts) -> str:
    """A regional public broadcaster's web story (plain `<p>` in `<div class="storytext">`): the
    program-schedule strip in the header, the share links and the sign-in line under the
    byline, the audio or gallery module right before the first paragraph, the pledge-drive
    appeal the web producer pasted as plain `<p>` between paragraphs, the partnership or
    correction note pasted the same way right after the last paragraph, a comments-closed note
    and the headed "more" list after the story, the underwriting spot and a failed stream in the
    sidebar, the newsletter pop-up, the app plug in the footer and a consent dialog without a
    class."""
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h3>{text}</h3>",
            "quote": '<aside class="pullquote"><p>{text}</p></aside>',
            "ul": '<ul class="edTag">{items}</ul>',
        },
        present(each(p, "donation", "{inner}", "<p>{text}</p>")),
    )
    heading = related_heading(p, '<h3 class="slug">{text}</h3>')
    return f"""<div id="wrapper">
<header id="globalheader">{NAV.format(site=esc(p.site))}
{_slot(p, "notification", '<div id="onair" aria-live="polite">{inner}</div>', "<b>{text}</b> ", "<span>{text}</span> ", '<a href="/schedule">{text}</a>')}</header>
<div id="main-section">
<article class="story">
<div class="storytitle"><h1>{esc(p.title)}</h1></div>
<div class="byline">{esc(p.site)} News · November 20, 2026 · 5:04 AM CT</div>
{inline_box(p, "share", '<div class="share-tools">{inner}</div>', "a", ' href="#" rel="noopener"')}
{inline_box(p, "login", '<div class="member-bar">{inner}</div>', "span", "", " · ")}
<div class="storytext">
{_slot(p, "video", '<div class="bucketwrap audio"><div class="audio-module-controls"><button type="button" aria-label="Play"></button></div><div class="audio-module-meta">{inner}</div></div>', '<span class="audio-module-title">{text}</span>', '<span class="audio-module-sub">{text}</span>', '<span class="audio-module-duration">{text}</span>')}
{body}
{each(p, "source", "{inner}", "<p><em>{text}</em></p>")}
</div>
</article>
<div class="story-after">{_slot(p, "comments", "<div>{inner}</div>", "<p>{text}</p>", "<p>{text}</p>", '<a href="/feedback">{text}</a>')}</div>
<div class="story-more">{heading}<ul>{links(p.teasers(4), '<li><a href="/news/{slug}">{text}</a></li>')}</ul></div>
</div>
<aside id="sidebar">
{inline_box(p, "advertising", '<div class="col-xs-12 mt-3"><div>{inner}</div></div>', "p", "", "")}
{_slot(p, "error", '<div class="stream-widget">{inner}</div>', "<p>{text}</p>", "<p>{text}</p>", '<button type="button">{text}</button>')}
</aside>
<footer id="globalfooter">{FOOTER.format(site=esc(p.site))}
{inline_box(p, "app", "<div>{inner}</div>", "p", "", "")}</footer>
</div>
{_slot(p, "newsletter", '<div class="popup" hidden><div class="popup-inner"><form>{inner}<input type="email" name="address"></form></div></div>', "<h2>{text}</h2>", "<p>{text}</p>", '<button type="submit">{text}</button>')}
{_slot(p, "consent", '<div role="dialog" aria-label="Privacy">{inner}</div>', "<h2>{text}</h2>", "<p>{text}</p>", '<button type="button">{text}</button>')}"""


SHAPES = (
    county_courts_report,
    hometown_weekly_table,
    civic_newsroom_council,
    tv_traffic_desk,
    storm_live_page,
    public_radio_story,
)
