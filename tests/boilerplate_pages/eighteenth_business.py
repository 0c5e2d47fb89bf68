"""Half of the eighteenth part: six shapes of business, markets, technology and consumer news (a
markets daily, a tech blog on a headless CMS, a product-review and deals site, a writer's newsletter
publication, a crypto portal and a startup and jobs site), with their wording, written after
seventeen rounds of tuning without reading newsmon's rules. It was half of the held-out part,
measured untouched (both halves: newsmon kept 24 of 3,095 boilerplate lines, 0.8%, and all 976 body
lines), then tuned on: component boxes inside a live blog's entries, dated corrections and
amendments, correspondents' credits, CFD risk warnings, press-loan and streaming disclaimers, image
credits, affiliate commissions in more verbs."""

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
                "Advertisement · Quellbridge Markets",
                "CFDs are complex instruments and come with a high risk of losing money rapidly due to leverage. 71% of retail investor accounts lose money when trading CFDs with this provider.",
                "Open a trading account",
            ],
            [
                "Sponsored by Tallis Cloud",
                "Halve your inference bill with serverless GPUs that scale to zero overnight.",
                "Start building free",
            ],
            [
                "Partner offer",
                "Earn 4.60% APY on a high-yield savings account with Corvane Bank. Member FDIC.",
                "Compare savings rates",
            ],
            [
                "Scaleup Week Lisbon · March 12–13",
                "Early-bird passes end Friday. Save €300 and meet 400 investors in two days.",
                "Grab your pass",
            ],
            [
                "Hiring now on our job board",
                "Senior Backend Engineer · Paylane · Remote (EU)",
                "Head of Growth · Fernway · London",
                "Browse 1,240 open roles",
            ],
            [
                "Presale live: $VRDA",
                "The yield token backed by solar farms. Stage 3 closes in 2 days.",
                "Buy $VRDA before the price rises",
            ],
        ],
        "donation": [
            [
                "Subscribe to unlock every markets story",
                "Real-time quotes, the earnings calendar and all premium columns for $1 a week in your first year.",
                "Subscribe for $1 a week",
                "Cancel online in two clicks",
            ],
            [
                "Upgrade to a paid subscription",
                "Paid subscribers get the Friday deep dives, the full archive and the members-only chat.",
                "Upgrade for $8/month",
            ],
            [
                "You've read 3 of your 4 free reviews this month",
                "Join Plus for unlimited reviews, price-drop alerts and no display ads.",
                "Join Plus today",
            ],
            [
                "Keep our tech coverage independent",
                "No venture money and no paid placements, just readers. Chip in from $5 a month.",
                "Become a backer",
            ],
            [
                "Pro Investor membership",
                "Model portfolios, analyst ratings and a stock screener with 80 filters.",
                "Try Pro 14 days for $1",
            ],
        ],
        "notification": [
            [
                "Market snapshot",
                "S&P 500 +0.42% · Nasdaq +0.87% · Dow −0.11%",
                "Quotes delayed at least 15 minutes.",
            ],
            ["Breaking: Fed holds rates and pencils in two cuts for next year", "Read the latest"],
            ["Price drop", "Now $40 below its 30-day average", "Price last checked 2 hours ago"],
            ["BTC $68,412 ▲2.1%", "ETH $3,518 ▼0.6%", "Indicative prices from CoinStream, refreshed every minute."],
            ["Want a heads-up when the opening bell rings?", "Turn on alerts", "Not right now"],
        ],
        "app": [
            [
                "Your watchlist, wherever you are",
                "Live quotes and earnings alerts in our markets app",
                "For iPhone",
                "For Android",
            ],
            ["Comparing prices in store?", "Scan any barcode with the deals app", "Install the deals app"],
            [
                "This post reads better in the app",
                "Follow writers and get their new posts as push notifications.",
                "Keep reading there",
            ],
            ["Trade alerts in your pocket", "Scan the QR code to install our free crypto app"],
            ["Keep reading in the app", "Faster pages and offline reading"],
        ],
        "newsletter": [
            [
                "The Opening Bell",
                "What moves US markets before they open, in your inbox by 7am ET.",
                "Sign me up for The Opening Bell",
            ],
            [
                "Get the best deals first",
                "Our editors pick the week's steepest verified price drops every Thursday.",
                "Send me the deals",
            ],
            ["Your email address here…", "Subscribe, it's free"],
            [
                "Enjoying Term Sheet Tuesday?",
                "Join 84,000 founders and investors who read it every week.",
                "Join for free",
            ],
            ["By subscribing you agree to our Terms of Use and acknowledge our Privacy Policy. Unsubscribe anytime."],
        ],
        "comments": [
            ["37 Comments", "Sort by: Top", "Write a comment…"],
            [
                "Join the conversation on this deal",
                "Commenting is open to verified subscribers only.",
                "View all 112 comments",
            ],
            [
                "Owners, what's your verdict?",
                "Tell other readers how yours has held up. Keep it civil and on topic.",
                "Publish my take",
            ],
            ["Discussion about this post", "Restacks", "Leave a reply"],
            [
                "Questions about this review?",
                "Ask our testers below and we'll reply within a day.",
            ],
        ],
        "login": [
            ["Sign in to add this stock to your watchlist", "Sign in", "Open a free account"],
            ["Already have an account?", "Use your Google account", "Use your Apple account"],
            ["Log in to save your portfolio and set price alerts."],
            ["Already a paid subscriber? Sign in"],
            [
                "Welcome back",
                "Enter your email and we'll send you a one-time sign-in link.",
                "Email me a sign-in link",
            ],
        ],
        "video": [
            ["Watch: What the jobs report means for your portfolio", "3:47", "Up next: Earnings season preview"],
            ["Video review: two weeks with it", "8:12 · Watch on YouTube"],
            ["Listen to this post", "0:00 / 14:36", "Read aloud by the author"],
            [
                "The Ticker Roundtable podcast",
                "Ep. 141: Are AI chip stocks overheated? · 52 min",
                "Play the episode",
            ],
            ["Markets Now is streaming live", "Watch the live show"],
        ],
        "source": [
            [
                "This content is for information only and is not investment advice. Do your own research before making any financial decision."
            ],
            [
                "We may earn a commission when you buy through links on our site. Prices were accurate at the time of publishing."
            ],
            ["Disclosure: The author holds no position in any of the companies mentioned in this article."],
            [
                "Correction, Nov. 20: An earlier version of this story misstated the size of the funding round. It was $42 million, not $24 million."
            ],
            ["Additional reporting by the markets team. Quote data by Finlytics; prices may be delayed."],
            ["The manufacturer lent us this review unit. It had no say over our verdict."],
        ],
        "share": [
            ["Send this story along", "Grab the link", "Email it to someone"],
            ["Share this post", "Put it on LinkedIn", "Post to Facebook", "Grab the link"],
            ["Post this on X", "Cross-post to Threads", "Send on WhatsApp"],
            ["Restack", "Share post"],
            ["Bookmark this story", "Gift this story to a friend"],
        ],
        "error": [
            ["Quote data is temporarily unavailable. Please try again later."],
            ["Oops, the price chart couldn't load.", "Reload the price chart"],
            ["We couldn't fetch current prices from retailers.", "Check the price at the retailer"],
            ["This video is unavailable in your region."],
            ["Something went wrong loading comments.", "Try again"],
        ],
        "consent": [
            [
                "Privacy on this site",
                "We and our 214 partners use cookies and similar technologies to personalise ads, measure performance and improve our services.",
                "Allow all and continue",
                "Essential cookies only, please",
                "Pick my cookies",
            ],
            [
                "Your cookie choices on this site",
                "Choose which cookies you allow. Strictly necessary cookies are always on.",
                "Keep these settings",
            ],
            ["This content is provided by YouTube, which may set cookies.", "Load YouTube video"],
            ["Your California privacy choices", "Opt out of sale"],
        ],
        "related": [
            ["More from Markets"],
            ["Readers also viewed"],
            ["Picked for you by our editors"],
            ["More in Startups"],
            ["Today's best deals"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Anzeige der Lindauer Direktbank",
                "Depot eröffnen und ab 500 € Ordervolumen ohne Ordergebühr handeln",
                "Zum Depot-Angebot",
            ],
            [
                "Partnerinhalt von Kühnert Systems",
                "Wie der Mittelstand mit Kaltwasser-Rechenzentren Energiekosten senkt",
            ],
            [
                "Gesponsert",
                "CFDs sind komplexe Instrumente und gehen wegen der Hebelwirkung mit dem hohen Risiko einher, schnell Geld zu verlieren.",
                "Jetzt CFDs handeln",
            ],
            [
                "Gründerkonferenz Hamburg · 4.–5. Juni",
                "Frühbucher-Tickets nur noch bis Sonntag – 40 % sparen.",
                "Frühbucher-Ticket kaufen",
            ],
            [
                "Aktuelle Jobs in Start-ups",
                "Senior Data Engineer (m/w/d) · Feldwerk · Berlin",
                "Produktmanagerin Payments · Zahlkraft · Remote",
                "Alle Stellenangebote ansehen",
            ],
            ["Token-Vorverkauf läuft", "Phase 2 endet in 48 Stunden – jetzt $NRGX zum Vorzugspreis sichern."],
        ],
        "donation": [
            [
                "Jetzt Plus-Leser werden",
                "Alle Artikel, Börsendaten in Echtzeit und das E-Paper – die ersten 4 Wochen für 1 €.",
                "Jetzt für 1 € testen",
                "Monatlich kündbar",
            ],
            [
                "Dieser Testbericht ist exklusiv für Abonnenten",
                "Sichern Sie sich vollen Zugriff auf Tests, Kaufberatung und Preisalarme.",
                "Abo abschließen",
            ],
            [
                "Unterstütze unabhängigen Tech-Journalismus",
                "Werde Mitglied ab 4 € im Monat und lies komplett werbefrei.",
                "Mitglied werden",
            ],
            [
                "Auf die bezahlte Ausgabe upgraden",
                "Zahlende Leserinnen und Leser bekommen jeden Freitag die ausführliche Marktanalyse.",
                "Für 7 € im Monat upgraden",
            ],
        ],
        "notification": [
            ["DAX 19.412 +0,6 %", "MDAX 26.103 −0,2 %", "Kurse um 15 Minuten verzögert, ohne Gewähr."],
            ["Eilmeldung: EZB senkt den Leitzins um 0,25 Prozentpunkte", "Zur Meldung"],
            ["Preisalarm aktiv", "Wir melden uns, sobald der Preis unter 199 € fällt."],
            [
                "Sollen wir dich über wichtige Börsennachrichten informieren?",
                "Ja, Alerts aktivieren",
                "Nein, danke, keine Alerts",
            ],
        ],
        "app": [
            [
                "Die Börse immer dabei",
                "Mit unserer App Kurse, Watchlist und Depot im Blick behalten.",
                "Fürs iPhone",
                "Für Android",
            ],
            ["Diesen Beitrag in der App lesen", "In der App öffnen"],
            ["Schnäppchen nie mehr verpassen", "Unsere Deal-App kostenlos installieren"],
            ["Neu: die Krypto-App mit Echtzeitkursen", "QR-Code scannen und loslegen"],
        ],
        "newsletter": [
            [
                "Der Morgen an der Börse",
                "Alles, was Anleger vor Handelsbeginn wissen müssen – werktags um 7 Uhr.",
                "Börsenmorgen bestellen",
            ],
            [
                "Die besten Deals der Woche",
                "Unsere Redaktion prüft jeden Donnerstag die größten Preissenkungen.",
                "Deal-Newsletter bestellen",
            ],
            ["Deine E-Mail-Adresse", "Abonnieren"],
            [
                "Mit Klick auf „Anmelden“ willigst du in den Erhalt des Newsletters ein. Eine Abmeldung ist jederzeit möglich."
            ],
        ],
        "comments": [
            ["24 Kommentare", "Neueste zuerst", "Deine Meinung schreiben"],
            [
                "Diskutiere mit",
                "Kommentieren können nur registrierte Nutzerinnen und Nutzer.",
                "Zur Diskussion",
            ],
            [
                "Wie zufrieden bist du mit dem Gerät?",
                "Schreib anderen Lesern, was dir im Alltag aufgefallen ist.",
                "Erfahrung posten",
            ],
            ["Forum zu diesem Artikel", "312 Beiträge", "Alle Beiträge anzeigen"],
        ],
        "login": [
            ["Anmelden, um Aktien auf die Watchlist zu setzen", "Einloggen", "Kostenlos registrieren"],
            ["Bereits Abonnent? Zum Login"],
            ["Über Google anmelden", "Über Apple anmelden", "Per E-Mail-Adresse anmelden"],
            ["Willkommen zurück", "Wir schicken dir einen Anmeldelink per E-Mail.", "Link anfordern"],
        ],
        "video": [
            [
                "Video: Was die Inflationsdaten für Sparer bedeuten",
                "4:21",
                "Nächstes Video: Goldpreis auf Rekordhoch",
            ],
            ["Das Gerät im Praxistest-Video", "9:03 · Auf YouTube ansehen"],
            ["Podcast: Die Börsenwoche", "Folge 212: Wie teuer ist der KI-Boom? · 47 Min.", "Jetzt reinhören"],
            ["Diesen Beitrag anhören", "0:00 / 11:20"],
        ],
        "source": [
            [
                "Hinweis: Dieser Artikel stellt keine Anlageberatung dar. Anleger sollten sich vor jeder Entscheidung selbst informieren."
            ],
            [
                "Mit * gekennzeichnete Links sind Affiliate-Links. Kaufst du darüber ein, erhalten wir eine Provision; der Preis bleibt für dich gleich."
            ],
            ["Offenlegung: Der Autor hält Aktien des genannten Unternehmens."],
            [
                "Korrektur: In einer früheren Version stand, die Finanzierungsrunde betrage 30 Millionen Euro. Richtig sind 13 Millionen Euro."
            ],
            ["Das Testgerät wurde uns vom Hersteller leihweise zur Verfügung gestellt."],
        ],
        "share": [
            ["Weitersagen", "Adresse kopieren", "Per Mail weiterleiten"],
            ["Im LinkedIn-Feed posten", "Auf Xing teilen", "In WhatsApp weitergeben"],
            ["Auf die Leseliste", "Diesen Text verschenken"],
            ["Beitrag teilen", "Restack"],
        ],
        "error": [
            ["Kursdaten können momentan nicht geladen werden. Bitte versuche es später erneut."],
            ["Der Preisvergleich ist gerade nicht verfügbar.", "Vergleich neu laden"],
            ["Dieses Video ist in deinem Land nicht verfügbar."],
            ["Beim Laden der Kommentare ist ein Fehler aufgetreten.", "Kommentare neu laden"],
        ],
        "consent": [
            [
                "Wir brauchen deine Zustimmung",
                "Wir und unsere 212 Partner speichern Informationen auf deinem Gerät und verarbeiten personenbezogene Daten für Werbung und Analyse.",
                "Allem zustimmen und weiter",
                "Nur technisch notwendige",
                "Einstellungen anpassen",
            ],
            [
                "Externer Inhalt von YouTube",
                "Mit Klick auf „Video laden“ stimmst du der Übertragung deiner Daten an YouTube zu.",
                "Video laden",
            ],
            [
                "Mit Werbung lesen oder werbefrei abonnieren",
                "Nutze unser Angebot mit Werbung und Tracking oder lies ohne beides im Pur-Abo.",
                "Werbung und Tracking akzeptieren",
                "Werbefrei für 2,99 € lesen",
            ],
            ["Tracking und Cookies verwalten", "Meine Auswahl übernehmen"],
        ],
        "related": [
            ["Mehr aus Finanzen"],
            ["Das könnte dich auch interessieren"],
            ["Weitere Tests und Kaufberatungen"],
            ["Mehr zum Thema Start-ups"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Publicité · Orliac Bourse",
                "Ouvrez un PEA sans frais de tenue de compte",
                "Découvrir l'offre PEA",
            ],
            [
                "Contenu proposé par Nuvéo",
                "Comment les PME réduisent leur facture cloud de 40 %",
            ],
            [
                "Annonce partenaire",
                "Les CFD sont des instruments complexes et présentent un risque élevé de perte rapide en capital en raison de l'effet de levier.",
                "Commencer à trader",
            ],
            [
                "Sommet French Founders · 9 et 10 avril",
                "Billets early bird à -35 % jusqu'à dimanche.",
                "Réserver ma place",
            ],
            [
                "Offres d'emploi en startup",
                "Développeur full-stack (H/F) · Alvéo · Lyon",
                "Responsable marketing · Pépite · Paris",
                "Toutes les offres d'emploi",
            ],
            ["Prévente du jeton $SOLR", "Étape 4 : plus que 3 jours pour participer.", "Acheter le jeton"],
        ],
        "donation": [
            [
                "Cet article est réservé aux abonnés",
                "Tous nos articles, les cotations en temps réel et le journal numérique dès 1 € le premier mois.",
                "Je m'abonne",
                "Sans engagement",
            ],
            [
                "Passez à l'abonnement payant",
                "Les abonnés payants reçoivent l'analyse complète chaque dimanche et l'accès aux archives.",
                "S'abonner pour 6 €/mois",
            ],
            [
                "Soutenez une rédaction tech indépendante",
                "Ni publicité intrusive ni tests sponsorisés : nous ne dépendons que de nos lecteurs.",
                "Je soutiens la rédaction",
            ],
            ["Offre Premium", "Alertes de prix, comparatifs détaillés et zéro publicité.", "Essayer Premium"],
        ],
        "notification": [
            ["CAC 40 7 512,30 +0,38 %", "Euro Stoxx 50 4 921,12 −0,14 %", "Cours différés de 15 minutes."],
            ["Alerte info : la BCE abaisse ses taux directeurs", "Lire l'article"],
            ["Souhaitez-vous recevoir nos alertes bons plans ?", "Activer les alertes", "Pas pour l'instant, merci"],
            ["Bitcoin 62 840 € ▲1,8 %", "Ether 3 240 € ▼0,4 %", "Cours indicatifs fournis par Coinlume."],
        ],
        "app": [
            [
                "Suivez vos valeurs où que vous soyez",
                "Téléchargez notre application Bourse",
                "Disponible sur l'App Store",
                "L'appli sur Google Play",
            ],
            ["Lire cet article dans l'application", "Lire la suite sur l'appli"],
            ["Les meilleurs bons plans dans votre poche", "Installer l'application gratuitement"],
            ["Nouveau : notre appli crypto", "Scannez le QR code pour l'installer"],
        ],
        "newsletter": [
            [
                "La Matinale des marchés",
                "Tout ce qu'il faut savoir avant l'ouverture de la Bourse de Paris, chaque jour à 7 h.",
                "Je m'inscris à la Matinale",
            ],
            [
                "Les bons plans de la semaine",
                "Notre sélection des meilleures promos tech, chaque jeudi dans votre boîte mail.",
                "Recevoir les bons plans",
            ],
            ["Votre e-mail pour recevoir la lettre", "S'abonner gratuitement"],
            ["En vous inscrivant, vous acceptez nos conditions d'utilisation et notre politique de confidentialité."],
        ],
        "comments": [
            ["18 commentaires", "Tri : plus récents d'abord", "Rédiger un commentaire"],
            [
                "Rejoignez la discussion",
                "Seuls les abonnés peuvent commenter cet article.",
                "Voir les réactions",
            ],
            [
                "Et vous, qu'en pensez-vous ?",
                "Donnez votre avis sur ce produit dans les commentaires.",
                "Publier mon avis",
            ],
            ["Le forum des lecteurs", "97 messages", "Afficher la suite"],
        ],
        "login": [
            [
                "Connectez-vous pour ajouter cette valeur à votre portefeuille",
                "Se connecter",
                "Créer un compte",
            ],
            ["Vous êtes déjà abonné ? Identifiez-vous"],
            ["Poursuivre avec mon compte Google", "Poursuivre avec mon compte Apple", "Poursuivre avec mon e-mail"],
            ["Bon retour parmi nous", "Recevez un lien de connexion par e-mail.", "Envoyer le lien"],
        ],
        "video": [
            [
                "Vidéo : ce que l'inflation change pour votre épargne",
                "3:57",
                "À suivre : le prix de l'or au plus haut",
            ],
            ["Notre test en vidéo", "7:40 · Regarder sur YouTube"],
            ["Podcast : La Corbeille", "Épisode 96 : faut-il craindre une bulle de l'IA ? · 44 min", "Écouter"],
            ["Écouter la version audio", "0:00 / 9:15"],
        ],
        "source": [
            [
                "Cet article ne constitue pas un conseil en investissement. Investir comporte un risque de perte en capital."
            ],
            [
                "Certains liens de cet article sont affiliés : nous pouvons percevoir une commission si vous effectuez un achat, sans surcoût pour vous."
            ],
            ["Transparence : l'auteur ne détient aucune position sur les titres cités."],
            [
                "Rectificatif : une version précédente de cet article évoquait une levée de 25 millions d'euros. Il s'agit de 52 millions."
            ],
            ["Produit prêté par le fabricant pour la durée du test."],
        ],
        "share": [
            ["Partagez", "Copier l'URL de la page", "Envoyer à un proche par e-mail"],
            ["Relayer sur LinkedIn", "Poster sur Facebook", "Transmettre via WhatsApp"],
            ["Sauvegarder", "Offrir l'article"],
            ["Partager ce post", "Republier"],
        ],
        "error": [
            ["Les cotations sont momentanément indisponibles. Réessayez dans quelques instants."],
            ["Impossible de charger le comparateur de prix.", "Relancer le comparateur"],
            ["Cette vidéo ne peut pas être lue depuis votre pays."],
            ["Une erreur est survenue lors du chargement des commentaires.", "Recharger"],
        ],
        "consent": [
            [
                "Cookies : à vous de choisir",
                "Avec nos 187 partenaires, nous utilisons des cookies pour la publicité personnalisée et la mesure d'audience.",
                "Tout accepter et poursuivre",
                "Poursuivre sans les traceurs",
                "Choisir mes traceurs",
            ],
            [
                "Lecture bloquée : contenu YouTube",
                "Acceptez les cookies de YouTube pour lire cette vidéo.",
                "Autoriser YouTube et lancer la vidéo",
            ],
            [
                "Accepter les cookies ou s'abonner",
                "Vous pouvez accepter le suivi publicitaire ou lire sans publicité avec l'offre à 2,99 € par mois.",
                "Accepter le suivi",
                "S'abonner sans pub",
            ],
            ["Gérer les traceurs de ce site", "Valider ma sélection de traceurs"],
        ],
        "related": [
            ["Plus d'actualités Bourse"],
            ["À découvrir également"],
            ["Nos autres tests"],
            ["Plus de sujets Tech et Éco"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Publicidad · Brokera",
                "Invierte en bolsa con comisiones desde 1 € por operación",
                "Abrir cuenta en Brokera",
            ],
            [
                "Contenido patrocinado por Solaria Plus",
                "Así recortan las pymes su factura energética con autoconsumo",
            ],
            [
                "Anuncio de Corredora Levante",
                "Los CFD son instrumentos complejos y conllevan un alto riesgo de perder dinero rápidamente debido al apalancamiento.",
                "Operar ahora",
            ],
            [
                "Cumbre de Emprendedores · Valencia, 21 y 22 de mayo",
                "Entradas a precio reducido hasta el domingo.",
                "Comprar entrada",
            ],
            [
                "Empleo en startups",
                "Ingeniera de datos · Cobalto · Madrid",
                "Product Manager · Paguito · Remoto",
                "Ver todas las ofertas de empleo",
            ],
            ["Preventa del token $MARA", "Fase 3: quedan 2 días para entrar.", "Comprar token"],
        ],
        "donation": [
            [
                "Este contenido es exclusivo para suscriptores",
                "Accede a todas las noticias, cotizaciones en tiempo real y la edición digital por 1 € el primer mes.",
                "Suscríbete",
                "Cancela cuando quieras",
            ],
            [
                "Sube a la edición de pago",
                "Los suscriptores de pago reciben el análisis completo cada domingo y acceso al archivo.",
                "Suscribirme por 5 €/mes",
            ],
            [
                "Apoya el periodismo tecnológico independiente",
                "Sin inversores ni reseñas pagadas: solo nos financian nuestros lectores.",
                "Hazte socio",
            ],
            ["Hazte Premium", "Alertas de precio, comparativas a fondo y navegación sin anuncios.", "Probar Premium"],
        ],
        "notification": [
            ["IBEX 35 11.842,6 +0,51 %", "Euro Stoxx 50 4.921,1 −0,14 %", "Cotizaciones con 15 minutos de retraso."],
            ["Última hora: el BCE baja los tipos de interés", "Leer la noticia"],
            ["¿Quieres recibir avisos de las mejores ofertas?", "Sí, avisadme", "Prefiero no recibirlos"],
            ["Bitcoin 63.120 € ▲1,6 %", "Ether 3.251 € ▼0,3 %", "Precios orientativos facilitados por Cripteca."],
        ],
        "app": [
            [
                "Sigue los mercados desde el móvil",
                "Descarga nuestra app de bolsa",
                "Descargar en App Store",
                "Bájala en Google Play",
            ],
            ["Leer en la app", "Abrir la aplicación"],
            ["Los chollos, antes que nadie", "Instala gratis nuestra app de ofertas"],
            ["Nueva app de criptomonedas", "Escanea el código QR para descargarla"],
        ],
        "newsletter": [
            [
                "Apertura de mercados",
                "Todo lo que necesitas saber antes de que abra la bolsa, cada día a las 8.",
                "Apúntame a la apertura",
            ],
            [
                "Las mejores ofertas de la semana",
                "Nuestra selección de chollos tecnológicos, cada jueves en tu correo.",
                "Recibir ofertas",
            ],
            ["Tu correo electrónico", "Suscribirse gratis"],
            ["Al suscribirte aceptas nuestras condiciones de uso y nuestra política de privacidad."],
        ],
        "comments": [
            ["31 comentarios", "Ordenar: lo último", "Escribe un comentario"],
            [
                "Participa en el debate de lectores",
                "Solo los suscriptores pueden comentar esta noticia.",
                "Abrir los 52 comentarios",
            ],
            ["¿Y tú qué opinas?", "Cuéntanos tu experiencia con este producto.", "Publicar comentario"],
            ["Foro de lectores", "64 mensajes", "Mostrar más mensajes"],
        ],
        "login": [
            ["Inicia sesión para añadir este valor a tu cartera", "Entrar", "Crear cuenta gratis"],
            ["¿Tienes ya suscripción? Entra aquí"],
            ["Entrar con Google", "Entrar con Apple", "Entrar con tu correo"],
            ["Hola de nuevo", "Te enviaremos un enlace de acceso por correo.", "Enviar enlace"],
        ],
        "video": [
            [
                "Vídeo: qué significa la inflación para tus ahorros",
                "4:06",
                "A continuación: el oro marca máximos",
            ],
            ["Nuestra review en vídeo", "10:22 · Ver en YouTube"],
            [
                "Podcast: Parqué",
                "Episodio 73: ¿hay burbuja en la inteligencia artificial? · 39 min",
                "Dale al play",
            ],
            ["Escucha este artículo", "0:00 / 8:47"],
        ],
        "source": [
            [
                "Este artículo no constituye asesoramiento de inversión. Invertir conlleva riesgos, incluida la pérdida del capital."
            ],
            [
                "Algunos enlaces de este artículo son de afiliados y podemos recibir una comisión por las compras, sin coste adicional para ti."
            ],
            ["Aviso: el autor no tiene posiciones en los valores mencionados."],
            [
                "Corrección: una versión anterior de esta noticia cifraba la ronda de financiación en 18 millones de euros. Fueron 81 millones."
            ],
            ["El fabricante nos cedió el dispositivo para este análisis."],
        ],
        "share": [
            ["Compártelo", "Copiar la URL", "Enviarlo a un amigo por email"],
            ["Llevar a LinkedIn", "Publicar en Facebook", "Pasarlo por WhatsApp"],
            ["Guardar", "Regala esta noticia"],
            ["Compartir esta publicación", "Republicar"],
        ],
        "error": [
            ["No se han podido cargar las cotizaciones. Inténtalo de nuevo más tarde."],
            ["El comparador de precios no está disponible ahora mismo.", "Probar otra vez"],
            ["Este vídeo no se puede reproducir desde tu país."],
            ["Se ha producido un error al cargar los comentarios.", "Cargar de nuevo los comentarios"],
        ],
        "consent": [
            [
                "Tu privacidad es importante",
                "Nosotros y nuestros 164 socios utilizamos cookies para personalizar anuncios y medir la audiencia.",
                "Aceptar todas y seguir",
                "Rechazar todo",
                "Elegir qué cookies acepto",
            ],
            [
                "Contenido de YouTube bloqueado",
                "Acepta las cookies de YouTube para ver este vídeo.",
                "Ver el vídeo de YouTube",
            ],
            [
                "Acepta las cookies o suscríbete",
                "Puedes aceptar la publicidad personalizada o navegar sin anuncios por 1,99 € al mes.",
                "Acepto la publicidad",
                "Leer sin anuncios por 1,99 €",
            ],
            ["Gestiona tu privacidad", "Guardar mi selección"],
        ],
        "related": [
            ["Más noticias de mercados"],
            ["También te interesará"],
            ["Otros análisis de producto"],
            ["Más sobre startups"],
        ],
    },
}


_slot = widget_drawer(5)

_ALSO_READ = '<li><a href="/news/{slug}/">{text}</a></li>'


def markets_daily_article(p: Parts) -> str:
    """A markets and finance daily's article (`article-body__content` paragraphs inside
    `<article class="article-body">`): the index ticker strip above the masthead, the
    watchlist sign-in prompt of the instrument chip right before the first paragraph, a broker
    ad slot, the market video and the inline newsletter form between paragraphs, the "not
    investment advice" note and the share tools right after the last paragraph in the same
    container, the subscription offer, app promo, a failed quote module and the headed "more
    from markets" list in the right rail, the comments below the article and a consent modal."""
    heading = related_heading(p, '<h3 class="rail-list__heading">{text}</h3>')
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="ad-unit ad-unit--inarticle" data-ad-slot="mid-article-1" data-ad-format="native"><div class="ad-unit__creative">{inner}</div></div>',
            '<span class="ad-unit__label">{text}</span>',
            '<p class="ad-unit__copy">{text}</p>',
            '<a class="ad-unit__cta" rel="sponsored nofollow" href="https://ads.example.com/click">{text}</a>',
        ),
        _slot(
            p,
            "video",
            '<figure class="video-player" data-component="VideoPlayer" data-video-id="mkt-88213"><div class="video-player__poster" role="img"></div><figcaption class="video-player__caption">{inner}</figcaption></figure>',
            '<span class="video-player__title">{text}</span>',
            '<span class="video-player__dek">{text}</span>',
            '<span class="video-player__meta">{text}</span>',
        ),
        _slot(
            p,
            "newsletter",
            '<div class="newsletter-inline" data-component="NewsletterSignup" data-list="opening-bell"><form action="/newsletters/subscribe" method="post">{inner}<input type="email" name="email" aria-label="Email address"></form></div>',
            '<h4 class="newsletter-inline__name">{text}</h4>',
            '<p class="newsletter-inline__pitch">{text}</p>',
            '<button class="newsletter-inline__submit" type="submit">{text}</button>',
        ),
    )
    body = p.body(
        {
            "p": '<p class="article-body__paragraph">{text}</p>',
            "h2": '<h2 class="article-body__subhead">{text}</h2>',
            "quote": '<blockquote class="article-body__pullquote"><p>{text}</p></blockquote>',
            "ul": '<ul class="article-body__list">{items}</ul>',
        },
        inline,
    )
    return f"""{_slot(p, "notification", '<div class="ticker-strip" data-component="MarketTicker" aria-live="off"><div class="ticker-strip__inner">{inner}</div></div>', '<span class="ticker-strip__label">{text}</span>', '<span class="ticker-strip__quotes">{text}</span>', '<span class="ticker-strip__quote">{text}</span>')}
{NAV.format(site=esc(p.site))}
<div class="page page--article">
<main class="page__main" id="main">
<article class="article-body" data-article-id="MKT-2026-11-20-0841" data-section="markets">
<header class="article-header"><p class="article-header__kicker"><a href="/markets">Markets</a></p><h1 class="article-header__headline">{esc(p.title)}</h1>
<p class="article-header__byline">By {esc(p.site)} markets staff · Nov 20, 2026 8:00 AM ET</p></header>
<div class="article-body__content">
<div class="instrument-chip" data-symbol="XLF" data-exchange="NYSE">{_slot(p, "login", '<div class="instrument-chip__prompt">{inner}</div>', '<span class="instrument-chip__prompt-text">{text}</span>', '<span class="instrument-chip__prompt-text">{text}</span>', '<a class="instrument-chip__prompt-btn" href="/account/signin">{text}</a>')}</div>
{body}
{each(p, "source", '<div class="article-body__disclaimer" data-nosnippet>{inner}</div>', '<p class="article-body__disclaimer-text"><small>{text}</small></p>')}
{each(p, "share", '<div class="article-tools" role="toolbar" aria-label="Article tools">{inner}</div>', '<button class="article-tools__btn article-tools__btn--{n}" type="button">{text}</button>')}
</div>
</article>
<section class="comments" id="comments" data-component="Comments">{_slot(p, "comments", '<div class="comments__header">{inner}</div>', '<h2 class="comments__count">{text}</h2>', '<p class="comments__policy">{text}</p>', '<button class="comments__action" type="button">{text}</button>')}</section>
</main>
<aside class="page__rail" aria-label="Markets sidebar">
{_slot(p, "donation", '<div class="rail-offer" data-component="SubscribeOffer">{inner}</div>', '<p class="rail-offer__headline">{text}</p>', '<p class="rail-offer__body">{text}</p>', '<a class="rail-offer__cta" href="/subscribe?ref=rail">{text}</a>')}
{_slot(p, "error", '<div class="quote-module quote-module--unavailable" data-component="QuoteModule" data-symbols="SPX,IXIC,DJI">{inner}</div>', '<p class="quote-module__status">{text}</p>', '<p class="quote-module__status">{text}</p>', '<button class="quote-module__retry" type="button">{text}</button>')}
<div class="rail-list">{heading}<ol class="rail-list__items">{links(p.teasers(5), '<li class="rail-list__item"><a href="/markets/{slug}">{text}</a></li>')}</ol></div>
{_slot(p, "app", '<div class="rail-app">{inner}</div>', '<p class="rail-app__title">{text}</p>', '<p class="rail-app__text">{text}</p>', '<a class="rail-app__badge" href="/apps">{text}</a>')}
</aside>
</div>
{FOOTER.format(site=esc(p.site))}
{_slot(p, "consent", '<div class="consent-modal" role="dialog" aria-modal="true" aria-labelledby="consent-title"><div class="consent-modal__panel">{inner}</div></div>', '<h2 id="consent-title" class="consent-modal__title">{text}</h2>', '<p class="consent-modal__text">{text}</p>', '<button class="consent-modal__btn" type="button">{text}</button>')}"""


def headless_tech_blog(p: Parts) -> str:
    """A tech-news blog rendered by React from a headless CMS: hashed emotion class names
    (`css-1x9k2ab`) and `data-testid` attributes everywhere, paragraphs in
    `data-testid="article-body"`; the share toolbar and the "listen" audio player right before
    the first paragraph, an ad slot, a newsletter card and a failed embed's fallback between
    paragraphs, the correction and the headed related-links list right after the last paragraph
    in the same body, the sign-in prompt in the header, a breaking-news toast, the membership
    card in the right rail, comments below, a sticky app banner and a OneTrust-style banner."""
    heading = related_heading(p, '<h2 class="css-1r5gb7q e1k2n4ph0" data-testid="related-heading">{text}</h2>')
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="css-9m4kqz e3x8f1a0" data-testid="ad-slot" data-ad-position="inline-1"><div class="css-0">{inner}</div></div>',
            '<span class="css-1qk3b8w e3x8f1a1">{text}</span>',
            '<p class="css-14j0r6v e3x8f1a2">{text}</p>',
            '<a class="css-yq0d8n e3x8f1a3" rel="sponsored" href="https://ad.example.com/c">{text}</a>',
        ),
        _slot(
            p,
            "newsletter",
            '<div class="css-5t7pzf e1nl2k0" data-testid="newsletter-card"><form class="css-1w5xj3c">{inner}<input class="css-zx3b1a" type="email" aria-label="Email"></form></div>',
            '<h3 class="css-ab1q9s e1nl2k1">{text}</h3>',
            '<p class="css-17u3ykp e1nl2k2">{text}</p>',
            '<button class="css-1n2mv2k e1nl2k3" type="submit">{text}</button>',
        ),
        _slot(
            p,
            "error",
            '<div class="css-hq3xk8 e1em7c0" data-testid="embed-fallback" role="alert">{inner}</div>',
            '<p class="css-8atqhb e1em7c1">{text}</p>',
            '<p class="css-8atqhb e1em7c1">{text}</p>',
            '<button class="css-1y4k2rb e1em7c2" type="button">{text}</button>',
        ),
    )
    body = p.body(
        {
            "p": '<p class="css-1jn6zs7 e1ib8k5v0" data-testid="paragraph">{text}</p>',
            "h2": '<h2 class="css-1u8qly9 e1ib8k5v1" data-testid="subheading">{text}</h2>',
            "quote": '<blockquote class="css-qe7b1m e1ib8k5v2" data-testid="blockquote"><p class="css-0">{text}</p></blockquote>',
            "ul": '<ul class="css-1ffq2k9 e1ib8k5v3" data-testid="list">{items}</ul>',
        },
        inline,
    )
    return f"""<div id="__next"><div class="css-1d3w5wq e1m0x7rd0">
<header class="css-k008qs e1m0x7rd1" data-testid="site-header">{NAV.format(site=esc(p.site))}
{_slot(p, "login", '<div class="css-1vs0l8p" data-testid="auth-prompt">{inner}</div>', '<span class="css-wbv7xm">{text}</span>', '<span class="css-wbv7xm">{text}</span>', '<button class="css-9q2r1n" type="button" data-testid="auth-button">{text}</button>')}</header>
{_slot(p, "notification", '<div class="css-1tz8m2f" data-testid="toast" role="status" aria-live="polite">{inner}</div>', '<strong class="css-4cffwv">{text}</strong>', '<span class="css-1m4t3bx">{text}</span>', '<button class="css-3y7rb0" type="button">{text}</button>')}
<main class="css-1x9k2ab e1t5h3e0" id="main-content">
<article class="css-ov1ktg e1t5h3e1" data-testid="article-page">
<div class="css-1bm5h1v" data-testid="article-header"><h1 class="css-wla1vq e1h9rw200" data-testid="headline">{esc(p.title)}</h1>
<div class="css-70qvj9"><span class="css-1baulvz" data-testid="byline">{esc(p.site)} staff</span> <time class="css-1sbuyqj" datetime="2026-11-20T08:00:00Z">Nov 20, 2026</time></div></div>
<div class="css-1n7hynb e1xj4d0w0" data-testid="article-body">
{each(p, "share", '<div class="css-1dbjc4n" data-testid="share-toolbar" role="group">{inner}</div>', '<button class="css-18t94o4" type="button" data-testid="share-button-{n}">{text}</button>')}
{_slot(p, "video", '<div class="css-mt2v8p" data-testid="audio-player"><button class="css-1h1b3p0" aria-label="Play" type="button"></button><div class="css-0">{inner}</div></div>', '<span class="css-1gk0c5y">{text}</span>', '<span class="css-13x2l7w">{text}</span>', '<span class="css-p1b5zn">{text}</span>')}
{body}
{each(p, "source", '<div class="css-5g3ld1 e1ib8k5v4">{inner}</div>', '<p class="css-1wq0v2e"><em>{text}</em></p>')}
<div class="css-u2k9xf" data-testid="related-links">{heading}<ul class="css-1r7kcs3">{links(p.teasers(4), '<li class="css-1q2w3e4"><a class="css-16z8bq" href="/posts/{slug}">{text}</a></li>')}</ul></div>
</div>
</article>
<aside class="css-12y9jw3 e1t5h3e2" data-testid="right-rail">
{_slot(p, "donation", '<div class="css-1k7h0q3" data-testid="membership-cta">{inner}</div>', '<h3 class="css-1bb6k9">{text}</h3>', '<p class="css-m3u9x1">{text}</p>', '<a class="css-1p0ovn2" href="/membership" data-testid="membership-button">{text}</a>')}
<div class="css-7x1jq0" data-testid="trending"><ol>{links(p.teasers(4), '<li class="css-tq8b2z"><a href="/posts/{slug}">{text}</a></li>')}</ol></div>
</aside>
</main>
<section class="css-r6z5ec" data-testid="comments-section">{_slot(p, "comments", '<div class="css-1s3ypzq">{inner}</div>', '<h2 class="css-hb9dbe">{text}</h2>', '<p class="css-1vj6u9">{text}</p>', '<button class="css-bq0tj7" type="button">{text}</button>')}</section>
{FOOTER.format(site=esc(p.site))}
{_slot(p, "app", '<div class="css-1cx9v0d" role="region" aria-label="App promotion" data-testid="app-banner">{inner}</div>', '<p class="css-3o6d1u">{text}</p>', '<p class="css-1c0q5yt">{text}</p>', '<a class="css-zt9r2k" href="https://app.example.com/open">{text}</a>')}
</div></div>
{_slot(p, "consent", '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="alertdialog" aria-modal="true">{inner}</div></div>', '<h2 id="onetrust-policy-title">{text}</h2>', '<p id="onetrust-policy-text">{text}</p>', '<button class="ot-btn" type="button">{text}</button>')}"""


def gadget_review_deals(p: Parts) -> str:
    """A consumer product-review and deals site (`review__content` paragraphs): the affiliate
    "we may earn a commission" note and the price-history widget right before the first
    paragraph, the merchant deal box, the video review and a failed price comparison between
    paragraphs, the deals newsletter right after the last paragraph in the same container, the
    headed "best deals" list and the app promo in the sidebar, the sticky share bar, the Plus
    membership upsell, the comments and a hidden sign-in dialog below, and a consent modal."""
    heading = related_heading(p, '<h3 class="sidebar-deals__title">{text}</h3>')
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="deal-box" data-merchant="partner" data-track="affiliate-click"><div class="deal-box__image" aria-hidden="true"></div><div class="deal-box__info">{inner}</div></div>',
            '<p class="deal-box__merchant">{text}</p>',
            '<p class="deal-box__desc">{text}</p>',
            '<a class="deal-box__button" rel="sponsored noopener" href="https://go.example.com/deal">{text}</a>',
        ),
        _slot(
            p,
            "video",
            '<div class="video-embed" data-provider="youtube"><div class="video-embed__frame"></div><div class="video-embed__caption">{inner}</div></div>',
            '<p class="video-embed__title">{text}</p>',
            '<p class="video-embed__text">{text}</p>',
            '<span class="video-embed__duration">{text}</span>',
        ),
        _slot(
            p,
            "error",
            '<div class="price-comparison price-comparison--error" data-widget="price-comparison">{inner}</div>',
            '<p class="price-comparison__message">{text}</p>',
            '<p class="price-comparison__message">{text}</p>',
            '<a class="price-comparison__fallback" href="#">{text}</a>',
        ),
    )
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": '<h2 class="review__heading">{text}</h2>',
            "quote": '<blockquote class="review__quote"><p>{text}</p></blockquote>',
            "ul": '<ul class="review__list">{items}</ul>',
        },
        inline,
    )
    return f"""{NAV.format(site=esc(p.site))}
<main id="main" class="l-main">
<div class="l-content">
<article class="review review--product" data-product-id="rv-55190" data-rating="4.5">
<header class="review__header"><span class="review__badge">Review</span><h1 class="review__title">{esc(p.title)}</h1>
<div class="review__byline">By {esc(p.site)} test team · Updated Nov 20, 2026</div></header>
<div class="review__content" data-affiliate-links="true">
{each(p, "source", '<div class="affiliate-disclosure" data-nosnippet>{inner}</div>', '<p class="affiliate-disclosure__text"><small>{text}</small></p>')}
{_slot(p, "notification", '<div class="price-widget" data-widget="price-history" data-currency="local">{inner}<div class="price-widget__sparkline" aria-hidden="true"></div></div>', '<span class="price-widget__badge">{text}</span>', '<p class="price-widget__note">{text}</p>', '<span class="price-widget__delta">{text}</span>')}
{body}
{_slot(p, "newsletter", '<div class="inline-signup"><form class="inline-signup__form" action="/newsletter/deals" method="post">{inner}<input type="email" name="email" placeholder="you@example.com"></form></div>', '<p class="inline-signup__title"><strong>{text}</strong></p>', '<p class="inline-signup__text">{text}</p>', '<button class="inline-signup__btn" type="submit">{text}</button>')}
</div>
</article>
</div>
<aside class="l-sidebar">
<section class="sidebar-deals">{heading}<ul class="sidebar-deals__list">{links(p.teasers(5), '<li class="sidebar-deals__item"><a href="/deals/{slug}">{text}</a></li>')}</ul></section>
{_slot(p, "app", '<section class="sidebar-app">{inner}</section>', '<p class="sidebar-app__title">{text}</p>', '<p class="sidebar-app__text">{text}</p>', '<a class="sidebar-app__cta" href="/app">{text}</a>')}
</aside>
</main>
{inline_box(p, "share", '<div class="share-sticky" role="toolbar" aria-label="Share">{inner}</div>', "a", ' class="share-sticky__link" href="#" rel="nofollow"')}
{_slot(p, "donation", '<section class="membership-upsell">{inner}</section>', '<h2 class="membership-upsell__title">{text}</h2>', '<p class="membership-upsell__text">{text}</p>', '<a class="membership-upsell__btn" href="/plus">{text}</a>')}
<div class="comments" id="comments">{_slot(p, "comments", '<div class="comments__intro">{inner}</div>', '<h2 class="comments__title">{text}</h2>', '<p class="comments__text">{text}</p>', '<a class="comments__btn" href="#respond">{text}</a>')}</div>
{_slot(p, "login", '<div class="signin-dialog" role="dialog" aria-hidden="true">{inner}</div>', '<p class="signin-dialog__title">{text}</p>', '<p class="signin-dialog__text">{text}</p>', '<button class="signin-dialog__btn" type="button">{text}</button>')}
{FOOTER.format(site=esc(p.site))}
{_slot(p, "consent", '<div class="cmp-modal" role="dialog" aria-modal="true">{inner}</div>', '<p class="cmp-modal__title">{text}</p>', '<p class="cmp-modal__text">{text}</p>', '<button class="cmp-modal__btn" type="button">{text}</button>')}"""


def writer_publication_post(p: Parts) -> str:
    """A writer's publication on a newsletter platform (`body markup` paragraphs inside
    `available-content`): the reaction and share row (`post-ufi`) under the title, the "listen"
    audio player and a sponsor read right before the first paragraph, the subscription widget
    and an embedded post that failed to load between paragraphs, the footnote disclosure right
    after the last paragraph in the same body, the paid-tier paywall with its sign-in line
    after the body, the discussion, the headed "more from this publication" list, an alerts
    toast, the app install banner and a cookie banner."""
    heading = related_heading(p, '<h3 class="post-footer-recommendations__title">{text}</h3>')
    sponsor = _slot(
        p,
        "advertising",
        '<div class="sponsor-block" data-attrs=\'{"type":"sponsor"}\'>{inner}</div>',
        '<p class="sponsor-block__label"><em>{text}</em></p>',
        '<p class="sponsor-block__copy">{text}</p>',
        '<p class="button-wrapper"><a class="button primary" href="https://sponsor.example.com">{text}</a></p>',
    )
    inline = present(
        _slot(
            p,
            "newsletter",
            '<div class="subscription-widget-wrap" data-component-name="SubscribeWidget"><div class="subscription-widget show-subscribe"><form class="subscription-widget-subscribe">{inner}<input type="email" name="email"></form></div></div>',
            '<p class="cta-caption">{text}</p>',
            '<p class="cta-caption">{text}</p>',
            '<button class="button primary" type="submit">{text}</button>',
        ),
        _slot(
            p,
            "error",
            '<div class="embedded-post-wrap" data-component-name="EmbeddedPostToDOM"><div class="embedded-post embedded-post--error">{inner}</div></div>',
            '<p class="embedded-post__error">{text}</p>',
            '<p class="embedded-post__error">{text}</p>',
            '<button class="button" type="button">{text}</button>',
        ),
    )
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": '<h2 class="header-anchor-post">{text}</h2>',
            "quote": "<blockquote><p>{text}</p></blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    return f"""<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar"><div class="topbar-content">{NAV.format(site=esc(p.site))}</div></div>
<div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header" role="region" aria-label="Post header"><h1 class="post-title published">{esc(p.title)}</h1>
<div class="post-meta"><span class="pencraft">{esc(p.site)}</span> <time datetime="2026-11-20T08:00:00Z">Nov 20, 2026</time></div>
{each(p, "share", '<div class="post-ufi">{inner}</div>', '<a class="post-ufi-button style-button" role="button" href="#">{text}</a>', " ")}</div>
<div class="available-content"><div class="body markup" dir="auto">
{_slot(p, "video", '<div class="native-audio-embed" data-component-name="AudioPlaceholder"><div class="audio-player">{inner}</div></div>', '<div class="audio-player__title">{text}</div>', '<div class="audio-player__text">{text}</div>', '<div class="audio-player__time">{text}</div>')}
{sponsor}
{body}
{each(p, "source", '<div class="footnote" data-component-name="FootnoteToDOM">{inner}</div>', '<div class="footnote-content"><p>{text}</p></div>')}
</div></div>
<div class="paywall" data-testid="paywall">
{_slot(p, "donation", '<div class="paywall-content">{inner}</div>', '<h2 class="paywall-title">{text}</h2>', '<p class="paywall-text">{text}</p>', '<a class="button primary paywall-cta" href="/subscribe?plan=paid">{text}</a>')}
{_slot(p, "login", '<div class="paywall-login">{inner}</div>', '<p class="paywall-login__text">{text}</p>', '<p class="paywall-login__text">{text}</p>', '<a class="paywall-login__link" href="/account/login">{text}</a>')}
</div>
</article>
<div id="discussion" class="comments-section">{_slot(p, "comments", '<div class="comments-page">{inner}</div>', '<h4 class="comments-heading">{text}</h4>', '<p class="comments-note">{text}</p>', '<span class="comments-tab">{text}</span>')}</div>
<div class="post-footer-recommendations">{heading}<div class="portable-archive-list">{links(p.teasers(4), '<div class="post-preview"><a class="post-preview-title" href="/p/{slug}">{text}</a></div>')}</div></div>
</div></div></div>
</div></div>
{_slot(p, "notification", '<div class="toast-container"><div class="toast" role="alert">{inner}</div></div>', '<span class="toast__title">{text}</span>', '<span class="toast__text">{text}</span>', '<button class="toast__btn" type="button">{text}</button>')}
{_slot(p, "app", '<div class="app-install-banner">{inner}</div>', '<div class="app-install-banner__title">{text}</div>', '<div class="app-install-banner__text">{text}</div>', '<a class="app-install-banner__cta" href="https://app.example.com/">{text}</a>')}
{FOOTER.format(site=esc(p.site))}
{_slot(p, "consent", '<div class="cookie-banner" role="dialog">{inner}</div>', '<div class="cookie-banner__title">{text}</div>', '<div class="cookie-banner__text">{text}</div>', '<button class="cookie-banner__btn" type="button">{text}</button>')}"""


def crypto_price_portal(p: Parts) -> str:
    """A crypto and fintech news portal on a Bootstrap theme (`post-content` paragraphs): the
    coin price marquee above the header, the share buttons right before the first paragraph,
    a token presale banner in an unnamed box, the app QR promo in a bland `box` and an "also
    read" heading with teasers between paragraphs, the risk disclaimer right after the last
    paragraph in the same container, a Disqus-style thread below the post, the live TV, a
    failed price chart, the newsletter and the premium offer in the sidebar, a login modal and
    a cookie notice at the bottom."""
    heading = related_heading(p, '<p class="also-read__label"><strong>{text}</strong></p>')
    inline = present(
        _slot(
            p,
            "advertising",
            "<div><div>{inner}</div></div>",
            "<p><b>{text}</b></p>",
            "<p>{text}</p>",
            '<p><a href="https://presale.example.com/?utm_source=news" rel="sponsored" target="_blank">{text}</a></p>',
        ),
        _slot(
            p,
            "app",
            '<div class="box"><div class="box-inner">{inner}<div class="qr" aria-hidden="true"></div></div></div>',
            "<p><strong>{text}</strong></p>",
            "<p>{text}</p>",
            '<p><a href="/app">{text}</a></p>',
        ),
        f'<div class="also-read">{heading}<ul>{links(p.teasers(2), _ALSO_READ)}</ul></div>',
    )
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": '<h2 class="wp-block-heading">{text}</h2>',
            "quote": '<blockquote class="wp-block-quote"><p>{text}</p></blockquote>',
            "ul": '<ul class="wp-block-list">{items}</ul>',
        },
        inline,
    )
    return f"""{each(p, "notification", '<div class="coin-ticker" data-widget="ticker"><div class="coin-ticker__track">{inner}</div></div>', '<span class="coin-ticker__item">{text}</span>', " ")}
{NAV.format(site=esc(p.site))}
<div class="container"><div class="row">
<div class="col-lg-8 col-md-12">
<article class="post single-post" id="post-33812">
<div class="post-category"><a href="/markets/">Markets</a></div>
<h1 class="post-title">{esc(p.title)}</h1>
<div class="post-meta"><span class="author">{esc(p.site)} Desk</span> <span class="date">Nov 20, 2026</span></div>
<div class="post-content" id="article-content">
{inline_box(p, "share", '<div class="social-share social-share--top">{inner}</div>', "a", ' class="social-share__btn" href="#" target="_blank"')}
{body}
{each(p, "source", '<div class="disclaimer-box">{inner}</div>', '<p class="disclaimer-box__text"><em>{text}</em></p>')}
</div>
</article>
<div id="disqus_thread">{_slot(p, "comments", '<div class="disqus-header">{inner}</div>', '<p class="disqus-count">{text}</p>', '<p class="disqus-note">{text}</p>', '<a class="disqus-link" href="#disqus_thread">{text}</a>')}</div>
<div class="more-news"><ul>{links(p.teasers(4), '<li class="more-news__item"><a href="/news/{slug}/">{text}</a></li>')}</ul></div>
</div>
<aside class="col-lg-4 sidebar">
{_slot(p, "video", '<div class="widget widget_live_tv">{inner}<div class="ratio ratio-16x9"></div></div>', '<h4 class="widget-title">{text}</h4>', '<p class="widget_live_tv__text">{text}</p>', '<a class="btn btn-sm btn-danger" href="/live">{text}</a>')}
{_slot(p, "error", '<div class="widget widget_coin_chart"><div class="chart-holder chart-holder--failed">{inner}</div></div>', '<p class="chart-holder__error">{text}</p>', '<p class="chart-holder__error">{text}</p>', '<button class="btn btn-link" type="button">{text}</button>')}
{_slot(p, "newsletter", '<div class="widget widget_newsletter"><form method="post" action="/subscribe">{inner}<input class="form-control" type="email"></form></div>', '<h4 class="widget-title">{text}</h4>', '<p class="small">{text}</p>', '<button class="btn btn-primary w-100" type="submit">{text}</button>')}
{_slot(p, "donation", '<div class="widget widget_premium">{inner}</div>', '<h4 class="widget-title">{text}</h4>', '<p class="widget_premium__text">{text}</p>', '<a class="btn btn-warning" href="/premium">{text}</a>')}
</aside>
</div></div>
{_slot(p, "login", '<div class="modal fade" id="loginModal" tabindex="-1" role="dialog" aria-hidden="true"><div class="modal-dialog"><div class="modal-content"><div class="modal-body">{inner}</div></div></div></div>', '<h5 class="modal-title">{text}</h5>', '<p class="modal-text">{text}</p>', '<button class="btn btn-outline-dark w-100" type="button">{text}</button>')}
{FOOTER.format(site=esc(p.site))}
{_slot(p, "consent", '<div id="cookie-notice" class="cookie-notice cn-position-bottom" role="dialog">{inner}</div>', '<span class="cn-title">{text}</span>', '<span id="cn-notice-text" class="cn-text-container">{text}</span>', '<a class="cn-button" href="#" role="button">{text}</a>')}"""


def startup_jobs_wire(p: Parts) -> str:
    """A startup and venture news site on Ghost (`gh-content` paragraphs): the member sign-in
    in the header, a callout card with the latest alert right before the first paragraph, the
    job-board or event-ticket card, the signup card and a YouTube embed waiting for consent
    between paragraphs, the disclosure callout and share links right after the last paragraph
    in the same section, the comments, a headed "read next" feed, the livestream and a failed
    jobs widget in the sidebar, the membership portal modal and the app promo in the footer."""
    heading = related_heading(p, '<h2 class="gh-read-next__title">{text}</h2>')
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="kg-card kg-html-card"><div class="jobs-widget" data-source="board" data-count="3">{inner}</div></div>',
            '<p class="jobs-widget__title">{text}</p>',
            '<p class="jobs-widget__item">{text}</p>',
            '<a class="jobs-widget__link" href="https://jobs.example.com/">{text}</a>',
        ),
        _slot(
            p,
            "newsletter",
            '<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form><div class="kg-signup-card-content"><form class="kg-signup-card-form" data-members-form="signup">{inner}<input class="kg-signup-card-input" type="email" data-members-email></form></div></div>',
            '<h2 class="kg-signup-card-heading">{text}</h2>',
            '<p class="kg-signup-card-subheading">{text}</p>',
            '<button class="kg-signup-card-button" type="submit"><span class="kg-signup-card-button-default">{text}</span></button>',
        ),
        _slot(
            p,
            "consent",
            '<figure class="kg-card kg-embed-card"><div class="embed-consent-placeholder" data-consent-category="marketing">{inner}</div></figure>',
            '<p class="embed-consent-placeholder__title">{text}</p>',
            '<p class="embed-consent-placeholder__text">{text}</p>',
            '<button class="embed-consent-placeholder__btn" type="button">{text}</button>',
        ),
    )
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": '<h2 class="gh-content-heading">{text}</h2>',
            "quote": '<blockquote class="kg-blockquote-alt">{text}</blockquote>',
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    return f"""<div class="viewport">
<header id="gh-head" class="gh-head outer">{NAV.format(site=esc(p.site))}
{_slot(p, "login", '<div class="gh-head-members">{inner}</div>', '<span class="gh-head-members__text">{text}</span>', '<span class="gh-head-members__text">{text}</span>', '<a class="gh-head-link" href="#/portal/signin" data-portal="signin">{text}</a>')}</header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="gh-article post tag-startups tag-funding">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/startups/">Startups</a><h1 class="gh-article-title">{esc(p.title)}</h1>
<div class="gh-article-meta"><span class="gh-article-author">{esc(p.site)} newsroom</span> <time datetime="2026-11-20">Nov 20, 2026</time></div></header>
<section class="gh-content gh-canvas">
{_slot(p, "notification", '<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">⚡</div><div class="kg-callout-text">{inner}</div></div>', "<strong>{text}</strong>", "<span>{text}</span>", '<a href="/live/">{text}</a>')}
{body}
{each(p, "source", '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-text">{inner}</div></div>', "<p>{text}</p>")}
{each(p, "share", '<div class="gh-share">{inner}</div>', '<a class="gh-share-link gh-share-{n}" href="#" target="_blank" rel="noopener">{text}</a>', " ")}
</section>
</article>
<section class="gh-comments gh-canvas">{_slot(p, "comments", '<div id="ghost-comments-root">{inner}</div>', '<h2 class="gh-comments-title">{text}</h2>', '<p class="gh-comments-count">{text}</p>', '<button class="gh-comments-cta" type="button">{text}</button>')}</section>
<section class="gh-read-next outer">{heading}<div class="gh-feed">{links(p.teasers(4), '<article class="gh-card"><a class="gh-card-link" href="/{slug}/"><h3 class="gh-card-title">{text}</h3></a></article>')}</div></section>
</main>
<aside class="gh-sidebar">
{_slot(p, "video", '<div class="sidebar-card sidebar-card--stream">{inner}</div>', '<p class="sidebar-card__title">{text}</p>', '<p class="sidebar-card__text">{text}</p>', '<span class="sidebar-card__meta">{text}</span>')}
{_slot(p, "error", '<div class="sidebar-card jobs-embed" data-state="error">{inner}</div>', '<p class="jobs-embed__error">{text}</p>', '<p class="jobs-embed__error">{text}</p>', '<button class="jobs-embed__retry" type="button">{text}</button>')}
</aside>
</div>
<footer class="gh-foot outer">{FOOTER.format(site=esc(p.site))}
{_slot(p, "app", '<div class="gh-foot-app">{inner}</div>', '<p class="gh-foot-app__title">{text}</p>', '<p class="gh-foot-app__text">{text}</p>', '<a class="gh-foot-app__badge" href="/app/">{text}</a>')}</footer>
</div>
{_slot(p, "donation", '<div class="gh-portal-popup" data-portal="signup" role="dialog" aria-modal="true"><div class="gh-portal-content">{inner}</div></div>', '<h1 class="gh-portal-main-title">{text}</h1>', '<p class="gh-portal-text">{text}</p>', '<button class="gh-portal-btn gh-portal-btn-main" type="button">{text}</button>')}"""


SHAPES = (
    markets_daily_article,
    headless_tech_blog,
    gadget_review_deals,
    writer_publication_post,
    crypto_price_portal,
    startup_jobs_wire,
)
