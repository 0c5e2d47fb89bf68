"""Half of the sixteenth part: six shapes of news sites around the world (Latin America, francophone Africa, Québec, the Alps, English-language Africa, the Gulf and South-East Asia), with their wording, written after fifteen rounds of tuning without reading
newsmon's rules. It was half of the held-out part, measured untouched (both halves: newsmon kept
98 of 2,902 boilerplate lines, 3.4%, and 98.6% of the body), then tuned on: broadcast credits,
opinion and transparency disclaimers, mobile-money and cooperative appeals, sponsored sections,
data widgets, viewer-content prompts, letters, obituary portals, read-aloud players."""

from __future__ import annotations

import functools

from tests.boilerplate_pages.junk import Blocks
from tests.boilerplate_pages.page import (
    Parts,
    each,
    esc,
    inline_box,
    links,
    present,
    related_heading,
    sentence_test,
    widget,
)

WORDING: dict[str, Blocks] = {
    "en": {
        "advertising": [
            [
                "Sponsored by our banking partner",
                "Gold rates today in Dubai",
                "22K: AED 298.25 per gram · 24K: AED 322.00 per gram",
                "See all gold and currency rates",
            ],
            [
                "Lotto results",
                "Ultra Lotto 6/58 · 04-17-23-31-42-55",
                "Grand Lotto 6/55 · 09-12-26-33-40-51",
                "Check all PCSO draw results",
            ],
            [
                "Paid obituary",
                "Announcing the passing of Mzee Joseph Kamau Njoroge, aged 84, of Kiambu",
                "Place a death notice with our classifieds desk",
            ],
            [
                "Advertiser feature",
                "This content is brought to you by our commercial partner and was not produced by the newsroom.",
            ],
            [
                "Forex today",
                "USD/NGN 1,532.40 · GBP/NGN 1,948.10 · EUR/NGN 1,667.85",
                "Rates provided by our market data partner",
            ],
        ],
        "donation": [
            [
                "Support our journalism via M-Pesa",
                "Paybill 522533, account number NEWS. Every shilling keeps our reporters in the counties.",
                "How to pay by M-Pesa",
            ],
            [
                "Buy our newsroom a cup of coffee",
                "Send from as little as ₦500 by bank transfer, card or USSD.",
                "Support us with Paystack",
            ],
            [
                "Keep Philippine press freedom alive",
                "Become a member from ₱199 a month. Pay with GCash, Maya or card.",
                "Count me in as a member",
            ],
            [
                "Your Ramadan gift to our reader relief fund is matched by our partners until Eid.",
                "Give to the relief fund",
            ],
            [
                "Pay what you can with MTN MoMo",
                "Dial *170# and choose Pay Bill, then enter our merchant code 402318.",
                "I've sent my contribution",
            ],
        ],
        "notification": [
            [
                "Prayer times · Dubai",
                "Fajr 5:31 · Dhuhr 12:19 · Asr 3:18 · Maghrib 5:39 · Isha 6:57",
                "See times for other emirates",
            ],
            [
                "Get breaking news by SMS",
                "Text NEWS to 22141 on Safaricom or Airtel. Each alert is charged at KSh 5.",
            ],
            ["Weather · Manila", "31°C · Scattered thunderstorms", "Full five-day forecast"],
            [
                "Load-shedding schedule",
                "Stage 2 in effect from 16:00 until further notice",
                "Check the schedule for your area",
            ],
            ["Get the headlines that matter on our WhatsApp channel", "Follow the channel now"],
        ],
        "app": [
            [
                "Read the print replica on your phone",
                "Download the ePaper app from the App Store or Google Play",
                "Open the ePaper",
            ],
            ["Listen to our sister radio station live in the app", "Tune in to 98.4 FM wherever you are"],
            ["Short on data? Our lite app is under 2MB", "Install the lite app"],
            ["Get the news on Telegram, no app store needed", "Join our Telegram"],
            ["Save data. Read this story on our app.", "Continue in the browser instead"],
        ],
        "newsletter": [
            [
                "The Morning Majlis",
                "The Gulf's top stories and what they mean for you, before your commute.",
                "Type your email to subscribe",
                "Send me the Majlis",
            ],
            [
                "Business Daily Briefing",
                "Markets, the shilling and the week's tenders in one email.",
                "Yes, send me the briefing",
            ],
            ["Get our weekend read from Lagos", "Long reads, culture and the best of Nollywood every Saturday."],
            [
                "By signing up, you agree to receive emails from us and our partners in line with the Data Protection Act."
            ],
            [
                "Sign up for Asia Briefing",
                "Our correspondents from Jakarta to Hanoi, every weekday.",
                "Put me on the Asia list",
            ],
        ],
        "comments": [
            [
                "Join the conversation on this story",
                "Comments are the opinions of readers, not of this publication. Abusive or tribal remarks will be deleted.",
                "Our rules for commenters",
            ],
            ["What is your take? Drop a comment below.", "Comments (14)"],
            ["Your comment is awaiting moderation by our desk in Nairobi."],
            [
                "Reader poll: Should fuel subsidies be reinstated?",
                "Yes, bring them back",
                "No, leave it to the market",
                "See the poll results",
            ],
            [
                "Letters to our editor in Accra",
                "Send your letters with your full name and town. Letters may be edited for length.",
            ],
        ],
        "login": [
            [
                "Your free stories for this month are used up",
                "Subscribe from KSh 10 a day to continue reading.",
                "Pay with M-Pesa",
                "Already a subscriber? Sign in here",
            ],
            [
                "This article is for Premium subscribers",
                "Unlock every premium story for AED 15 a month.",
                "Start my premium access",
            ],
            ["Sign in with your Google account to keep reading", "Continue with your phone number"],
            ["Log in to save this article to your reading list", "Create a free reader account"],
            ["Premium analysis", "Register or log in to read the full analysis from our business desk."],
        ],
        "video": [
            ["LIVE: Watch our TV channel", "Evening news bulletin at 9 p.m. · Streaming now"],
            ["Listen to the station live", "On air now: The Breakfast Drive with Amina and Tobi"],
            ["Watch: Floodwaters rise along the Tana River", "Video duration 1:48"],
            ["Photos: The scenes at Eid prayers across the city", "Swipe through 22 images"],
            ["Catch up on last night's bulletin", "Full episode · 27 min · Subtitled"],
        ],
        "source": [
            ["With reporting from Bernama and AFP."],
            ["This story was first published in the weekend edition of our sister paper."],
            ["Compiled by our Abuja bureau with input from state correspondents."],
            [
                "The writer is a columnist and senior lecturer at the University of Ghana. The views expressed are his own."
            ],
            ["This report was supported by a grant from a media development fund, which had no say over its content."],
        ],
        "share": [
            ["Forward on WhatsApp", "Post to your X timeline", "Share via Telegram"],
            ["Share this story with your group", "Send via Viber"],
            ["Spread the word about this story", "Send it by SMS"],
            ["Share via LINE", "Share via Messenger"],
            ["Gift this story to a colleague who doesn't subscribe"],
        ],
        "error": [
            ["Gold rates could not be updated. Prices shown may be out of date."],
            ["The livestream is not available outside the country due to broadcast rights."],
            ["Unable to load prayer times. Please check your connection."],
            ["Poll results are not available right now.", "Reload the poll"],
            ["This post could not be displayed.", "View it on X instead"],
        ],
        "consent": [
            [
                "A note on cookies from our newsroom",
                "In line with the Kenya Data Protection Act, we ask before setting cookies for analytics and advertising.",
                "Accept all cookies and continue",
                "Reject the optional ones",
            ],
            ["This site uses cookies in accordance with the UAE Personal Data Protection Law.", "Got it, close this"],
            [
                "Cookie consent under the PDPA",
                "We and our partners process your personal data for ad measurement and content personalisation.",
                "Agree and proceed",
                "Manage our partners",
            ],
            [
                "NDPR notice",
                "We collect limited data to run this site in compliance with Nigeria's data protection rules.",
                "I understand, continue",
            ],
            ["Allow YouTube cookies to watch this video from our channel.", "Load the video anyway"],
        ],
        "related": [
            ["More from the Gulf"],
            ["Trending in Nairobi"],
            ["You may also want to read these"],
            ["Top stories across Africa"],
            ["Latest from the region"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Publireportage",
                "Dieser Beitrag wurde von einem Werbepartner finanziert und von der Kommerzredaktion erstellt.",
            ],
            [
                "Swiss Lotto vom Samstag",
                "3 · 11 · 19 · 24 · 33 · 40 · Glückszahl 5",
                "Alle Gewinnquoten anzeigen",
            ],
            ["Todesanzeigen", "Traueranzeigen aus dem Kanton Luzern, täglich aktualisiert", "Zum Trauerportal"],
            ["Devisenkurse", "EUR/CHF 0.9412 · USD/CHF 0.8835", "Kurse mit 15 Minuten Verzögerung"],
            ["Inhalt eines Werbepartners", "Entdecken Sie die Winterangebote Ihrer Raiffeisenbank"],
        ],
        "donation": [
            [
                "Unabhängiger Journalismus hat seinen Preis",
                "Unterstützen Sie uns per TWINT – schon ab 5 Franken.",
                "Mit TWINT unterstützen",
            ],
            [
                "Mitglied der Verlagsgenossenschaft werden",
                "Mit einem Anteilschein ab 250 Franken tragen Sie die Zeitung mit.",
                "Anteilschein zeichnen",
            ],
            ["Freiwilliges Abo", "Sie zahlen, was Ihnen unsere Arbeit wert ist.", "Betrag selbst wählen"],
            ["Spenden an unseren Verein sind in Österreich steuerlich absetzbar.", "Jetzt einen Beitrag leisten"],
        ],
        "notification": [
            [
                "Bleiben Sie informiert",
                "Erhalten Sie Eilmeldungen aus Ihrer Region direkt aufs Handy.",
                "Push-Meldungen aktivieren",
                "Nein danke, später erinnern",
            ],
            ["Wetter in Innsbruck", "Heute 4 °C, Schneefall ab 800 Metern", "Zur 7-Tage-Prognose"],
            ["Verkehrsmeldung", "Gotthard-Nordportal: 6 km Stau, Wartezeit rund 1 Stunde", "Alle Verkehrsmeldungen"],
            ["Lawinenwarnstufe 3 in den westlichen Landesteilen", "Zum Lawinenbulletin"],
        ],
        "app": [
            ["Unsere News-App mit Push für Ihre Gemeinde", "Gratis für iPhone und Android-Geräte"],
            ["Die Zeitung von morgen schon heute Abend im E-Paper lesen", "Das E-Paper öffnen"],
            ["Radio live in der App", "Hören Sie unser Regionalprogramm auch unterwegs"],
            [
                "Unser WhatsApp-Kanal für Ihre Region",
                "Unser Kanal mit den wichtigsten Nachrichten des Tages",
                "Dem Kanal beitreten",
            ],
        ],
        "newsletter": [
            [
                "Der Morgen-Newsletter aus der Hauptstadt",
                "Alles, was Bern bewegt, um 6 Uhr im Postfach.",
                "Ihre E-Mail-Adresse bitte",
                "Morgen-Newsletter bestellen",
            ],
            [
                "Wirtschaft kompakt",
                "Jeden Freitag die Woche an den Märkten – kostenlos.",
                "Für den Newsletter eintragen",
            ],
            [
                "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung. Abmeldung jederzeit per Link im Newsletter."
            ],
            ["Luxemburg am Abend", "Die Nachrichten des Tages, kurz und bündig um 18 Uhr."],
        ],
        "comments": [
            [
                "Kommentare (23)",
                "Diskutieren Sie mit – bitte sachlich und respektvoll.",
                "Unsere Regeln für die Debatte",
            ],
            ["Die Kommentarspalte zu diesem Beitrag wurde um 22 Uhr geschlossen."],
            [
                "Ihre Meinung ist gefragt: Soll die Autobahnvignette teurer werden?",
                "Ja, unbedingt",
                "Nein, auf keinen Fall",
                "Abstimmen und Resultat sehen",
            ],
            [
                "Leserreporter",
                "Haben Sie etwas gesehen? Senden Sie uns Fotos und Videos per WhatsApp.",
                "Material hochladen",
            ],
        ],
        "login": [
            [
                "Jetzt abonnieren und weiterlesen",
                "Das Digital-Abo für 1 Franken im ersten Monat.",
                "Abo-Angebot wählen",
                "Schon abonniert? Hier anmelden",
            ],
            ["Dieser Artikel ist exklusiv für Abonnentinnen und Abonnenten.", "Mit Ihrem Konto einloggen"],
            ["Gratis registrieren und drei Plus-Artikel pro Monat lesen", "Leserkonto erstellen"],
            [
                "Abo-Aktion: 3 Monate für 9 Euro",
                "Nur für Neukundinnen und Neukunden in Österreich",
                "Aktion jetzt sichern",
            ],
        ],
        "video": [
            ["Video: Die Bilder vom Hochwasser im Wallis", "Dauer 1:52"],
            ["Live-TV: Regionaljournal um 18 Uhr", "Jetzt im Stream schauen"],
            ["Podcast: Der Tag in Wien", "Folge 312 · 24 Min."],
            ["Bildstrecke: Der Almabtrieb im Zillertal", "Bild 1 von 18"],
        ],
        "source": [
            ["Mit Material der Nachrichtenagentur Keystone-SDA."],
            ["Dieser Artikel erschien zuerst in der Printausgabe vom Samstag."],
            ["Quelle: APA, red."],
            [
                "Transparenzhinweis: Die Reise wurde vom Tourismusverband unterstützt. Die Redaktion entschied unabhängig über Inhalt und Form."
            ],
        ],
        "share": [
            ["Per WhatsApp weiterleiten", "Auf Facebook posten", "Adresse des Artikels kopieren"],
            ["Diesen Plus-Artikel weitergeben", "Schenken Sie diesen Plus-Artikel einer Person ohne Abo."],
            ["Teilen via Threads", "Teilen via E-Mail"],
            ["Druckversion öffnen", "In der Merkliste speichern"],
        ],
        "error": [
            ["Die Wetterdaten konnten nicht geladen werden."],
            ["Dieser Stream ist aus rechtlichen Gründen nur in der Schweiz verfügbar."],
            ["Die Lottozahlen sind vorübergehend nicht abrufbar.", "Seite neu laden"],
            ["Inhalt nicht verfügbar", "Dieser externe Beitrag wurde vom Anbieter entfernt."],
        ],
        "consent": [
            [
                "Wir respektieren Ihre Daten",
                "Wir und unsere Partner verwenden Cookies gemäss dem neuen Datenschutzgesetz (nDSG).",
                "Alle Cookies zulassen",
                "Nur technisch nötige Cookies",
            ],
            [
                "Externer Inhalt von Instagram",
                "Um diesen Inhalt zu sehen, müssen Sie der Datenübermittlung an Meta zustimmen.",
                "Inhalt einblenden",
            ],
            [
                "Mit dem Pur-Abo werbefrei und ohne Tracking lesen",
                "Einwilligen und mit Werbung weiterlesen",
                "Pur-Abo abschliessen",
            ],
            [
                "Diese Website verwendet Cookies. Durch die weitere Nutzung stimmen Sie deren Verwendung zu.",
                "Verstanden, schliessen",
            ],
        ],
        "related": [
            ["Mehr aus dem Kanton"],
            ["Weitere Artikel aus Vorarlberg"],
            ["Meistgelesen in Luxemburg"],
            ["Auch interessant aus der Region"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Contenu commandité",
                "Ce texte a été produit par notre studio pour un annonceur. La salle de rédaction n'a pas participé à sa rédaction.",
            ],
            [
                "Résultats du Lotto du samedi",
                "Numéros gagnants : 5 - 14 - 22 - 29 - 37 - 41",
                "Tous les résultats de la Loterie nationale",
            ],
            ["Nécrologie", "Avis de décès et remerciements publiés par les familles", "Faire paraître un avis"],
            ["Cours des devises", "1 EUR = 10,87 MAD · 1 USD = 9,98 MAD", "Source : Bank Al-Maghrib"],
            [
                "Annonce · Offre exclusive Orange Money",
                "Transférez sans frais vers tous les réseaux jusqu'au 31 décembre",
            ],
        ],
        "donation": [
            [
                "Soutenez une presse libre au Sénégal",
                "Faites un don par Wave ou Orange Money, à partir de 1 000 FCFA.",
                "Je soutiens par Wave",
            ],
            [
                "Devenez membre bienfaiteur",
                "Votre don est admissible à un reçu fiscal au Québec.",
                "Je donne maintenant",
            ],
            [
                "Contribuez avec MTN Mobile Money",
                "Composez *133# et suivez les instructions pour soutenir la rédaction.",
            ],
            ["Un journalisme indépendant ne vit que par ses lecteurs.", "Soutenir notre rédaction"],
        ],
        "notification": [
            [
                "Horaires de prière · Casablanca",
                "Fajr 06:28 · Dohr 13:21 · Asr 16:02 · Maghrib 18:27 · Icha 19:45",
                "Voir les autres villes",
            ],
            [
                "Recevez l'actualité par SMS",
                "Envoyez INFO au 21 000 (Orange, Free et Expresso). Prix d'un SMS normal.",
            ],
            [
                "Rejoignez-nous sur WhatsApp",
                "Notre chaîne vous envoie l'essentiel de l'actualité chaque matin.",
                "Rejoindre la chaîne",
            ],
            ["Météo Abidjan", "32 °C, averses orageuses en fin de journée", "Prévisions sur 5 jours"],
        ],
        "app": [
            [
                "Téléchargez l'application de notre radio",
                "Écoutez nos émissions en direct et en rattrapage",
                "Disponible sur Google Play",
            ],
            ["Lisez le journal du jour en version numérique", "Ouvrir l'édition PDF"],
            ["Notre application est allégée pour économiser vos données mobiles.", "Installer l'application légère"],
            ["Poursuivre la lecture dans l'application", "Non merci, je reste sur le site"],
        ],
        "newsletter": [
            [
                "Recevez notre infolettre du matin",
                "Les nouvelles du Québec et d'ailleurs, chaque jour à 6 h.",
                "Votre adresse courriel",
                "Je m'inscris à l'infolettre",
            ],
            ["La lettre Afrique", "Chaque vendredi, l'essentiel de l'actualité du continent.", "S'inscrire sans frais"],
            [
                "En vous inscrivant, vous acceptez de recevoir nos courriels ainsi que notre politique de confidentialité."
            ],
            ["Bruxelles en bref", "Ce qui se passe dans la capitale, du lundi au vendredi."],
        ],
        "comments": [
            [
                "Votre avis sur cette actualité",
                "Les commentaires injurieux, racistes ou ethnicistes seront supprimés.",
                "Consulter la charte des commentaires",
            ],
            ["Réactions (12)", "Voir toutes les réactions des lecteurs"],
            [
                "Sondage : Faut-il rétablir la subvention du carburant ?",
                "Oui, il faut la rétablir",
                "Non, ce n'est pas la priorité",
                "Je vote",
            ],
            ["Vous avez une info ? Écrivez à la rédaction par WhatsApp au +221 77 000 00 00."],
        ],
        "login": [
            [
                "Article réservé à nos abonnés numériques",
                "Abonnez-vous dès 2 000 FCFA par mois et accédez à toutes nos enquêtes.",
                "Choisir ma formule d'abonnement",
                "Déjà abonné ? Identifiez-vous",
            ],
            ["Identifiez-vous pour poursuivre la lecture", "Se connecter avec Google"],
            ["Vous avez atteint la limite d'articles gratuits pour ce mois-ci.", "Découvrir nos offres"],
            ["Créez votre compte gratuit en 30 secondes", "Poursuivre avec un courriel"],
        ],
        "video": [
            ["EN DIRECT : Suivez notre télé", "Le journal de 20 h en wolof et en français"],
            ["Vidéo : les images de la crue à Saint-Louis", "Durée 2:07"],
            ["Écouter la radio en direct", "En ce moment : la revue de presse"],
            ["Diaporama : la fête de l'indépendance à Abidjan", "Voir les 16 photos"],
        ],
        "source": [
            ["Avec l'Agence de presse sénégalaise (APS)."],
            ["Cet article a d'abord été publié dans notre édition papier du week-end."],
            ["Avec la MAP et l'AFP"],
            ["Les propos tenus dans cette tribune n'engagent que leur auteur."],
        ],
        "share": [
            ["Transférer sur WhatsApp", "Publier sur Facebook", "Expédier le lien par courriel"],
            ["Faites circuler cet article", "Copier le lien de la page"],
            ["Partager via Telegram", "Partager via Messenger"],
            ["Offrir gratuitement cet article à un ami"],
        ],
        "error": [
            ["Les horaires de prière n'ont pas pu être chargés."],
            ["Le direct n'est pas disponible dans votre pays en raison des droits de diffusion."],
            ["Les résultats du sondage ne sont pas disponibles pour le moment.", "Recharger le sondage"],
            ["Ce contenu n'existe plus ou a été retiré par son auteur."],
        ],
        "consent": [
            [
                "Vos données, votre choix",
                "Conformément à la Loi 25, nous vous demandons votre consentement avant d'utiliser des témoins.",
                "Accepter les témoins",
                "Refuser les témoins non essentiels",
            ],
            [
                "En poursuivant votre navigation, vous acceptez l'utilisation de cookies conformément à la loi 09-08.",
                "D'accord, fermer",
            ],
            [
                "Contenu YouTube bloqué",
                "Ce contenu est hébergé par YouTube. Acceptez les cookies pour l'afficher.",
                "Afficher le contenu externe",
            ],
            [
                "Gérer mes témoins",
                "Témoins de mesure d'audience",
                "Témoins publicitaires",
                "Sauvegarder mes préférences",
            ],
        ],
        "related": [
            ["À lire dans la rubrique Société"],
            ["Plus d'actualités du Sénégal"],
            ["Les plus lus au Québec"],
            ["Nos dernières dépêches"],
            ["Ailleurs sur le continent"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Resultados de la Quiniela",
                "Nacional nocturna: 4821 · Provincia nocturna: 0937",
                "Ver todos los sorteos",
            ],
            [
                "Cotización del dólar hoy",
                "Dólar blue: $1.215 compra / $1.235 venta",
                "Dólar oficial: $1.018 / $1.058",
                "Datos con 15 minutos de demora",
            ],
            [
                "Avisos fúnebres",
                "Participaciones y condolencias publicadas por las familias",
                "Publicar un aviso fúnebre",
            ],
            ["Nota patrocinada", "Este contenido fue producido por nuestro estudio comercial para una marca."],
            [
                "Lotería Nacional",
                "Sorteo Mayor n.º 3912: premio mayor para el billete 41207",
                "Consulta la lista de premios",
            ],
        ],
        "donation": [
            [
                "Hazte socio y sostén esta redacción",
                "Con tu aporte mensual sostienes el periodismo independiente en Colombia.",
                "Quiero ser socio",
            ],
            [
                "Apoya nuestro trabajo con Mercado Pago",
                "Tu contribución desde $500 por mes nos ayuda a seguir investigando.",
                "Aportar con Mercado Pago",
            ],
            ["Dona con Yape o Plin", "Escanea el código QR desde tu celular y elige el monto.", "Ver el código QR"],
            [
                "El periodismo de calidad cuesta. Si puedes, apóyanos con una donación única.",
                "Hacer un aporte único",
            ],
        ],
        "notification": [
            [
                "Síguenos en nuestro canal de WhatsApp",
                "Las noticias más importantes del día, directo a tu celular.",
                "Unirme al canal",
            ],
            ["Clima en Santiago", "28 °C, despejado · Índice UV muy alto", "Pronóstico extendido"],
            [
                "Alerta sísmica",
                "Sismo de magnitud 4,2 al sur de Oaxaca, sin reportes de daños",
                "Ver el reporte completo",
            ],
            [
                "Recibe alertas por SMS",
                "Envía NOTICIAS al 4040 desde tu Telcel. Costo por mensaje según tu plan.",
            ],
        ],
        "app": [
            ["Escucha la radio en vivo desde nuestra app", "Disponible en iOS y Android"],
            ["Lee la edición impresa en tu celular", "Hojear el periódico de hoy"],
            ["Sigue las noticias en Telegram", "Unirme en Telegram"],
            ["Seguir leyendo en la app", "Prefiero seguir en la web"],
        ],
        "newsletter": [
            [
                "El resumen de la mañana",
                "Lo que tienes que saber antes de salir, de lunes a viernes a las 7.",
                "Escribe tu correo aquí",
                "Quiero recibir el resumen",
            ],
            [
                "Newsletter Economía",
                "El dólar, la inflación y los mercados, cada tarde en tu correo.",
                "Suscribite gratis",
            ],
            ["Al suscribirte aceptas nuestros términos y condiciones y el aviso de privacidad."],
            ["Boletín de fútbol", "Toda la fecha del torneo, cada lunes."],
        ],
        "comments": [
            [
                "Comentarios (31)",
                "Los comentarios son responsabilidad de sus autores. Evita insultos y datos personales.",
                "Ver reglas de participación",
            ],
            ["¿Qué opinas de esta noticia? Déjanos tu comentario."],
            ["Encuesta: ¿Debe subir la tarifa del metro?", "Sí, es necesario", "No, ya es muy cara", "Votar ahora"],
            ["Reporta una noticia", "Envíanos tus fotos y videos por WhatsApp al 55 0000 0000."],
        ],
        "login": [
            [
                "Nota exclusiva para suscriptores digitales",
                "Suscríbete desde $49 al mes y accede sin límites.",
                "Quiero suscribirme ya",
                "¿Ya eres suscriptor? Ingresa aquí",
            ],
            ["Has llegado al límite de notas gratuitas de este mes.", "Crea tu cuenta gratis y sigue leyendo"],
            ["Inicia sesión con Google", "Ingresar con tu correo"],
            [
                "Club de suscriptores",
                "Descuentos en restaurantes, cine y teatro para socios.",
                "Conocer los beneficios",
            ],
        ],
        "video": [
            ["EN VIVO: Señal de nuestro canal de televisión", "Noticiero de la noche · Transmisión en directo"],
            ["Video: así quedó la costanera tras el temporal", "Duración 1:34"],
            ["Escucha la radio en vivo", "Ahora al aire: La mañana con Andrea Ruiz"],
            ["Galería: las mejores fotos del clásico", "Ver las 25 imágenes"],
        ],
        "source": [
            ["Con información de EFE y agencias."],
            ["Esta nota fue publicada originalmente en nuestra edición impresa del domingo."],
            [
                "Este artículo se realizó con el apoyo de una beca de periodismo de datos. El financiador no intervino en el contenido."
            ],
            ["Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor."],
        ],
        "share": [
            ["Reenviar a un chat de WhatsApp", "Publicar en tu Facebook", "Publicar en tu cuenta de X"],
            ["Comparte esta nota", "Copiar enlace de la nota"],
            ["Compartir por Telegram", "Enviar por correo electrónico"],
            ["Regala esta nota a alguien que no está suscrito"],
        ],
        "error": [
            ["No pudimos cargar la cotización del dólar. Intenta más tarde."],
            ["La transmisión no está disponible en tu país por derechos de emisión."],
            ["Los resultados de la encuesta no están disponibles.", "Recargar la encuesta"],
            ["Este contenido ya no está disponible o fue eliminado por su autor."],
        ],
        "consent": [
            [
                "Usamos cookies propias y de terceros",
                "Las utilizamos para medir la audiencia y mostrarte publicidad conforme a la Ley de Protección de Datos Personales.",
                "Acepto, seguir navegando",
                "Configurar mis cookies",
            ],
            ["Al navegar en este sitio aceptas nuestro aviso de privacidad.", "Entendido, cerrar"],
            [
                "Contenido de un tercero",
                "Para ver esta publicación de Instagram, acepta las cookies de redes sociales.",
                "Mostrar publicación",
            ],
            [
                "Ajustes de privacidad del sitio",
                "Cookies de analítica",
                "Cookies de anunciantes",
                "Aplicar estas opciones",
            ],
        ],
        "related": [
            ["Más noticias de la región"],
            ["Lo más leído en Lima"],
            ["Otras noticias de Colombia"],
            ["También en Chile"],
        ],
    },
}


_sentence = sentence_test(5, (".", "?", "!", "…", ")"))


_widget = functools.partial(widget, sentence=_sentence)


_JEG_INLINE = (
    '<div class="jeg_post jeg_pl_xs_4"><div class="jeg_postblock_content"><h3 class="jeg_post_title">'
    '<a href="/regiones/{slug}/">{text}</a></h3></div></div>'
)
_JEG_SIDE = (
    '<article class="jeg_post jeg_pl_sm format-standard"><div class="jeg_postblock_content">'
    '<h3 class="jeg_post_title"><a href="/actualidad/{slug}/">{text}</a></h3></div></article>'
)
_JEG_PREVNEXT = '<div class="jeg_prevnext_post"><a href="/actualidad/{slug}/" class="post prev-post"><h3 class="post-title">{text}</h3></a></div>'


def andean_jnews_daily(p: Parts) -> str:
    """A Peruvian or Colombian regional daily on a WordPress news theme (`jeg_` classes, the text
    in `content-inner`): the weather or channel notice in the top bar, share buttons above the
    content, the radio-app banner in the theme's top-of-content ad slot above the first
    paragraph, an inline ad with its label, a headed inline related block, a mail-list form and a
    live-TV embed between paragraphs, the credit line and a reader-support box right after the
    last paragraph in the same container, previous/next posts, the paywall box and comments
    under the article, a failed widget and latest posts in the sidebar, and a cookie banner."""
    heading = related_heading(
        p,
        '<div class="jeg_block_heading jeg_block_heading_5"><h3 class="jeg_block_title"><span>{text}</span></h3></div>',
    )
    inline = present(
        _widget(
            p,
            "advertising",
            '<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper align-center">{inner}'
            '<div class="ads_code"><ins class="adsbygoogle" data-ad-client="ca-pub-4410" data-ad-slot="7319024865"></ins></div></div></div>',
            '<span class="ads-text">{text}</span>',
            '<p class="ads-text-small">{text}</p>',
            '<span class="ads-text-small">{text}</span>',
        ),
        '<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post">'
        f'<div class="jeg_postblock_21 jeg_postblock jeg_module_hook jeg_pagination_disable">{heading}'
        f'<div class="jeg_block_container"><div class="jeg_posts">{links(p.teasers(2), _JEG_INLINE)}</div></div></div></div></div>',
        _widget(
            p,
            "newsletter",
            '<div class="mc4wp-form mc4wp-form-1184 mc4wp-form-theme"><form method="post" data-id="1184"><div class="mc4wp-form-fields">{inner}'
            '<p><input type="email" name="EMAIL" required></p></div></form></div>',
            "<h4>{text}</h4>",
            "<p>{text}</p>",
            '<p><button type="submit" class="btn">{text}</button></p>',
        ),
        _widget(
            p,
            "video",
            '<div class="jeg_video_container jeg_video_content"><iframe title="Señal en vivo" src="https://www.youtube.com/embed/live_stream?channel=UC4a9Xr" allowfullscreen></iframe>'
            '<div class="jeg_video_caption">{inner}</div></div>',
            "<strong>{text}</strong> ",
            "<span>{text}</span> ",
            "<span>{text}</span> ",
        ),
    )
    top_ad = _widget(
        p,
        "app",
        '<div class="jeg_ad jeg_ad_article jnews_content_top_ads"><div class="ads-wrapper align-center"><a href="/app/" class="adlink ads_image">{inner}</a></div></div>',
        '<span class="promo-app-title">{text}</span> ',
        '<span class="promo-app-text">{text}</span> ',
        '<span class="promo-app-text">{text}</span> ',
    )
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h2>{text}</h2>",
            "quote": '<blockquote class="wp-block-quote"><p>{text}</p></blockquote>',
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    credit = each(p, "source", "{inner}", '<p style="text-align: right;"><em>{text}</em></p>')
    support = _widget(
        p,
        "donation",
        '<div class="wp-block-group caja-apoyo has-background"><div class="wp-block-group__inner-container">{inner}</div></div>',
        '<h3 class="wp-block-heading">{text}</h3>',
        "<p>{text}</p>",
        '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/apoya/">{text}</a></div></div>',
    )
    share = each(
        p,
        "share",
        '<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_sharelist">{inner}</div></div></div>',
        '<a href="#" class="jeg_btn-share-{n} expanded"><i class="fa fa-share"></i><span>{text}</span></a>',
    )
    return f"""<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_topbar jeg_container dark"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft">
{_widget(p, "notification", '<div class="jeg_nav_item jeg_top_notice">{inner}</div>', '<strong class="notice-title">{text}</strong> ', '<span class="notice-text">{text}</span> ', '<a class="notice-link" href="/canal/">{text}</a>')}
</div></div></div></div></div>
<div class="jeg_header normal"><div class="jeg_midbar jeg_container"><div class="container"><div class="jeg_logo jeg_desktop_logo"><a href="/">{esc(p.site)}</a></div>
<div class="jeg_main_menu_wrapper"><ul class="jeg_menu jeg_main_menu"><li><a href="/regiones/">Regiones</a></li><li><a href="/politica/">Política</a></li><li><a href="/deportes/">Deportes</a></li></ul></div></div></div></div></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="row">
<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
<div class="entry-header"><h1 class="jeg_post_title">{esc(p.title)}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="jeg_meta_author">Por <a href="/author/redaccion/">Redacción</a></div><div class="jeg_meta_date">20 de noviembre de 2026</div></div></div></div>
{share}
<div class="jeg_featured featured_image"><img src="/wp-content/uploads/2026/11/portada.jpg" alt=""></div>
<div class="entry-content no-share"><div class="content-inner">
{top_ad}
{body}
{credit}
{support}
</div></div>
{links(p.teasers(1), _JEG_PREVNEXT)}
{_widget(p, "login", '<div class="jpw-truncate-wrapper"><div class="jeg_paywall_box">{inner}</div></div>', '<h3 class="jpw-title">{text}</h3>', '<p class="jpw-desc">{text}</p>', '<a class="jpw-button" href="/suscripcion/">{text}</a>')}
<div class="jnews_comment_container"><div id="comments" class="comment-wrapper section">{_widget(p, "comments", '<div class="jeg_commentlist_container">{inner}</div>', '<h3 class="comment-heading">{text}</h3>', '<p class="comment-notes">{text}</p>', '<a class="comment-rules" href="/reglas/">{text}</a>')}</div></div>
</div></div>
<div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="theiaStickySidebar">
{_widget(p, "error", '<div class="widget widget_text"><div class="textwidget jeg_widget_error">{inner}</div></div>', "<p>{text}</p>", "<p>{text}</p>", '<a href="#" class="reload">{text}</a>')}
<div class="widget widget_jnews_module_block_9"><div class="jeg_postblock_9 jeg_postblock"><div class="jeg_posts">{links(p.teasers(4), _JEG_SIDE)}</div></div></div>
</div></div>
</div></div></div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="container"><p class="copyright">© 2026 {esc(p.site)}. Todos los derechos reservados.</p></div></div></div>
</div>
{_widget(p, "consent", '<div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right" role="dialog" aria-live="polite">{inner}</div>', '<div class="cmplz-header"><div class="cmplz-title">{text}</div></div>', '<div class="cmplz-body"><div class="cmplz-message"><p>{text}</p></div></div>', '<button class="cmplz-btn cmplz-btn-{n}" type="button">{text}</button>')}"""


_DK_READ_ALSO = '<li><a href="/actualites/a/{slug}-article.html">{text}</a></li>'
_DK_MOST_READ = (
    '<li class="plus-lu"><a href="/actualites/a/{slug}-article.html"><span class="titre">{text}</span></a></li>'
)


def dakar_news_portal(p: Parts) -> str:
    """A Senegalese or Ivorian news portal in Bootstrap columns, the story one `texte_article`
    block with paragraphs divided by `<br /><br />` as the portal's editor saves them: a cookie
    notice first, an SMS-service ticker in a marquee, the credit in the byline and sharing
    buttons above the text, an ad box above the first paragraph, a "read also" box, a mobile-money
    appeal and the radio-app promo between paragraphs, the live-TV link right after the last
    paragraph inside the text block, a social comments plugin under it, a subscription modal, and
    the newsletter, a failed widget and most-read stories in the right column."""
    heading = related_heading(p, '<span class="lire-aussi-titre">{text}</span>')
    inline = present(
        f'<div class="lire-aussi">{heading}<ul>{links(p.teasers(2), _DK_READ_ALSO)}</ul></div>',
        _widget(
            p,
            "donation",
            '<div class="encadre-don">{inner}</div>',
            '<h4 class="encadre-don-titre">{text}</h4>',
            '<p class="encadre-don-texte">{text}</p>',
            '<a class="btn btn-warning btn-sm" href="/soutenir">{text}</a>',
        ),
        _widget(
            p,
            "app",
            '<div class="promo-app"><a href="https://play.google.com/store/apps/details?id=sn.portail.radio">{inner}</a></div>',
            "<b>{text}</b><br />",
            "{text}<br />",
            "<u>{text}</u>",
        ),
    )
    body = p.body(
        {
            "p": "{text}<br /><br />",
            "h2": "<b>{text}</b><br /><br />",
            "quote": "<i>{text}</i><br /><br />",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    return f"""{_widget(p, "consent", '<div id="cookieChoiceInfo" style="position:fixed;width:100%;bottom:0;z-index:999;background:#eee;">{inner}</div>', "<b>{text}</b> ", "<span>{text}</span> ", '<a id="cookieChoiceDismiss" href="#">{text}</a> ')}
<div class="header-top"><div class="container"><a class="logo" href="/"><img src="/img/logo.png" alt="{esc(p.site)}"></a></div></div>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav"><li><a href="/actualites">Actualités</a></li><li><a href="/politique">Politique</a></li><li><a href="/sport">Sport</a></li><li><a href="/people">People</a></li></ul></div></nav>
{inline_box(p, "notification", '<div class="bandeau-sms"><marquee behavior="scroll" scrollamount="4">{inner}</marquee></div>', "span", ' class="sms-item"', " &nbsp;•&nbsp; ")}
<div class="container"><div class="row">
<div class="col-md-8 col-sm-12"><div class="article-detail">
<h1 class="article-title">{esc(p.title)}</h1>
<div class="article-meta"><span class="date">Publié le 20/11/2026 à 10:12</span> {each(p, "source", '<span class="source">{inner}</span>', "{text}")}</div>
<div class="a2a_kit a2a_kit_size_32 a2a_default_style">{each(p, "share", "{inner}", '<a class="a2a_button_{n}" href="#"><span class="a2a_label">{text}</span></a>')}</div>
<div class="article-texte" id="texte_article">
{_widget(p, "advertising", '<div class="pub-article-haut"><center>{inner}</center></div>', '<small class="pub-label">{text}</small><br />', "<b>{text}</b><br />", "<span>{text}</span><br />")}
{body}
{_widget(p, "video", '<div class="direct-tv"><a href="/tv/direct">{inner}</a></div>', '<span class="label label-danger">{text}</span> ', "<span>{text}</span>", "<span>{text}</span>")}
</div>
<div class="commentaires">{_widget(p, "comments", '<div class="bloc-commentaires">{inner}</div>', '<h3 class="titre-bloc">{text}</h3>', "<p>{text}</p>", '<a href="/charte">{text}</a> ')}
<div class="fb-comments" data-href="https://www.example.com/actualites/a/article.html" data-numposts="10" data-width="100%"></div></div>
</div></div>
<div class="col-md-4 col-sm-12"><div class="sidebar">
{_widget(p, "newsletter", '<div class="bloc-newsletter"><form action="/newsletter/inscription" method="post">{inner}<input type="email" name="email" class="form-control"></form></div>', '<h4 class="titre-bloc">{text}</h4>', "<p>{text}</p>", '<button type="submit" class="btn btn-primary">{text}</button>')}
{_widget(p, "error", '<div class="widget-service widget-vide">{inner}</div>', "<p>{text}</p>", "<p>{text}</p>", '<a href="#">{text}</a>')}
<div class="bloc-plus-lus"><ol class="liste-plus-lus">{links(p.teasers(4), _DK_MOST_READ)}</ol></div>
</div></div>
</div></div>
<div class="modal fade" id="modalAbonnement" tabindex="-1" role="dialog"><div class="modal-dialog" role="document"><div class="modal-content">
{_widget(p, "login", '<div class="modal-body">{inner}</div>', '<h4 class="modal-title">{text}</h4>', "<p>{text}</p>", '<a class="btn btn-success" href="/abonnement">{text}</a> ')}
</div></div></div>
<footer class="footer"><div class="container"><p>© 2026 {esc(p.site)} - Tous droits réservés</p></div></footer>"""


def _el(widget: str, eid: str, inner: str) -> str:
    """One Elementor widget around `inner`, or "" when there is nothing to show."""
    if not inner:
        return ""
    return (
        f'<div class="elementor-element elementor-element-{eid} elementor-widget elementor-widget-{widget}" '
        f'data-id="{eid}" data-element_type="widget" data-widget_type="{widget}.default">'
        f'<div class="elementor-widget-container">{inner}</div></div>'
    )


_EL_READ_ALSO = '<li><a href="/{slug}/">{text}</a></li>'
_EL_POSTS = (
    '<article class="elementor-post elementor-grid-item post type-post status-publish"><div class="elementor-post__text">'
    '<h3 class="elementor-post__title"><a href="/{slug}/">{text}</a></h3></div></article>'
)


def maghreb_elementor_daily(p: Parts) -> str:
    """A Moroccan or Tunisian francophone daily built with a page builder (`elementor-`
    sections, columns and widgets around a post-content widget, inserts from an ad-insertion
    plugin in `code-block` divs): share buttons in a widget above the content, a live-radio
    player above the first paragraph, an ad, a "read also" list, a channel or SMS notice and a
    failed embed between paragraphs, the agency line right after the last paragraph, the
    comments and a posts grid in widgets below, the app, support and newsletter widgets in the
    side column, a sign-in popup and a cookie banner."""
    heading = related_heading(p, '<p class="lire-aussi-titre"><strong>{text}</strong></p>')
    inline = present(
        _widget(
            p,
            "advertising",
            '<div class="code-block code-block-3" style="margin: 8px auto; text-align: center; display: block; clear: both;">{inner}</div>',
            '<span class="pub-label">{text}</span>',
            '<p class="pub-texte">{text}</p>',
            '<span class="pub-texte">{text}</span>',
        ),
        f'<div class="code-block code-block-5"><div class="lire-aussi">{heading}<ul>{links(p.teasers(2), _EL_READ_ALSO)}</ul></div></div>',
        _widget(
            p,
            "notification",
            '<div class="code-block code-block-7"><div class="rejoindre-canal">{inner}</div></div>',
            "<p><strong>{text}</strong></p>",
            "<p>{text}</p>",
            '<p><a class="bouton-canal" href="https://whatsapp.com/channel/0029Va">{text}</a></p>',
        ),
        _widget(
            p,
            "error",
            '<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper embed-indisponible">{inner}</div></figure>',
            "<p>{text}</p>",
            "<p>{text}</p>",
            '<p><a href="#">{text}</a></p>',
        ),
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
    player = _widget(
        p,
        "video",
        '<div class="radio-direct-inline"><audio controls preload="none" src="https://stream.example.com/live.mp3"></audio><div class="radio-direct-legende">{inner}</div></div>',
        "<strong>{text}</strong> ",
        "<span>{text}</span> ",
        "<span>{text}</span> ",
    )
    agency = each(p, "source", "{inner}", '<p class="has-text-align-right"><em>{text}</em></p>')
    share = each(
        p,
        "share",
        '<div class="elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient"><div class="elementor-grid">{inner}</div></div>',
        '<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{n}" role="button" tabindex="0">'
        '<div class="elementor-share-btn__text"><span class="elementor-share-btn__title">{text}</span></div></div></div>',
    )
    comments = _widget(
        p,
        "comments",
        '<div id="comments" class="comments-area"><div id="respond" class="comment-respond">{inner}</div></div>',
        '<h3 id="reply-title" class="comment-reply-title">{text}</h3>',
        '<p class="comment-notes">{text}</p>',
        '<p class="comment-link"><a href="/charte/">{text}</a></p>',
    )
    content = "\n".join(present(player, body, agency))
    side = "\n".join(
        present(
            _el(
                "html",
                "6c1f0a2",
                _widget(
                    p,
                    "app",
                    '<div class="promo-application">{inner}</div>',
                    "<h4>{text}</h4>",
                    "<p>{text}</p>",
                    '<a class="bouton-store" href="/application">{text}</a>',
                ),
            ),
            _el(
                "html",
                "2b9d4e7",
                _widget(
                    p,
                    "donation",
                    '<div class="soutien-lecteurs">{inner}</div>',
                    "<h4>{text}</h4>",
                    "<p>{text}</p>",
                    '<a class="bouton-soutien" href="/soutenir">{text}</a>',
                ),
            ),
            _el(
                "form",
                "91ae3c5",
                _widget(
                    p,
                    "newsletter",
                    '<form class="elementor-form" method="post" name="Newsletter"><div class="elementor-form-fields-wrapper elementor-labels-above">{inner}'
                    '<div class="elementor-field-type-email elementor-field-group"><input type="email" name="form_fields[email]" class="elementor-field elementor-size-sm"></div></div></form>',
                    '<div class="elementor-field-type-html elementor-field-group"><h4>{text}</h4></div>',
                    '<div class="elementor-field-type-html elementor-field-group"><p>{text}</p></div>',
                    '<div class="elementor-field-group e-form__buttons"><button type="submit" class="elementor-button elementor-size-sm"><span class="elementor-button-text">{text}</span></button></div>',
                ),
            ),
        )
    )
    return f"""<div data-elementor-type="header" data-elementor-id="112" class="elementor elementor-112 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
{_el("theme-site-logo", "a1b2c3d", f'<a href="/">{esc(p.site)}</a>')}
{_el("nav-menu", "d4e5f6a", '<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li class="menu-item"><a href="/national/" class="elementor-item">National</a></li><li class="menu-item"><a href="/economie/" class="elementor-item">Économie</a></li><li class="menu-item"><a href="/monde/" class="elementor-item">Monde</a></li></ul></nav>')}
</div></div></div></section></div>
<div data-elementor-type="single-post" data-elementor-id="3480" class="elementor elementor-3480 elementor-location-single post type-post status-publish">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-66 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
{_el("theme-post-title", "5e3a9b1", f'<h1 class="elementor-heading-title elementor-size-default">{esc(p.title)}</h1>')}
{_el("post-info", "7f2c4d8", '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item--type-date">20 novembre 2026</span></li></ul>')}
{_el("share-buttons", "0b8e6f3", share)}
{_el("theme-post-content", "c7d1e20", content)}
{_el("post-comments", "e3f9a71", comments)}
{_el("posts", "4a6b8c2", f'<div class="elementor-posts-container elementor-posts elementor-grid elementor-posts--skin-classic">{links(p.teasers(3), _EL_POSTS)}</div>')}
</div></div>
<div class="elementor-column elementor-col-33 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
{side}
{_el("posts", "8d3e1f9", f'<div class="elementor-posts-container elementor-posts elementor-grid elementor-posts--skin-cards">{links(p.teasers(3), _EL_POSTS)}</div>')}
</div></div>
</div></section></div>
<div data-elementor-type="footer" data-elementor-id="118" class="elementor elementor-118 elementor-location-footer">
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
{_el("text-editor", "f1a2b3c", f"<p>© 2026 {esc(p.site)}. Tous droits réservés.</p>")}
</div></div></div></section></div>
<div data-elementor-type="popup" data-elementor-id="5120" class="elementor elementor-5120 elementor-location-popup" data-elementor-settings='{{"triggers":{{"page_load_delay":12}}}}'>
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
{_el("html", "b5c6d7e", _widget(p, "login", '<div class="popup-connexion">{inner}</div>', "<h3>{text}</h3>", "<p>{text}</p>", '<a class="elementor-button" href="/mon-compte/">{text}</a> '))}
</div></div></div></section></div>
{_widget(p, "consent", '<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar">{inner}</div></div>', '<p class="cky-title">{text}</p>', '<div class="cky-notice-des"><p>{text}</p></div>', '<button class="cky-btn cky-btn-{n}" type="button">{text}</button>')}"""


_LD_INLINE = '<li class="teaser-inline__item"><a class="teaser-inline__link" href="/region/{slug}">{text}</a></li>'
_LD_LIST = (
    '<article class="teaser teaser--small"><a class="teaser__link" href="/region/{slug}">'
    '<h3 class="teaser__title"><span class="teaser__title-text">{text}</span></h3></a></article>'
)


def alpine_livingdocs_regional(p: Parts) -> str:
    """A Swiss, Austrian or Luxembourg regional daily on a component-based editor (every
    paragraph its own `ld-component` wrapper in `article-detail__body`): the article tools with
    sharing under the headline, a traffic or weather infobox above the first paragraph, an ad
    slot with its label, a headed inline teaser, the subscriber hint, an external-content consent
    placeholder and a failed embed between paragraphs, the agency line and a payment appeal
    right after the last paragraph inside the body, then a newsletter teaser, a video rail,
    comments and a teaser list below, and the app promo in the footer."""
    heading = related_heading(p, '<h4 class="teaser-inline__heading">{text}</h4>')
    inline = [
        f'<div class="ld-component ld-component--{name}">{inner}</div>'
        for name, inner in (
            (
                "ad",
                _widget(
                    p,
                    "advertising",
                    '<div class="ad-slot ad-slot--inarticle" data-slot="inside-full-content-1">{inner}<div id="div-gpt-ad-1"></div></div>',
                    '<span class="ad-slot__label">{text}</span>',
                    '<p class="ad-slot__text">{text}</p>',
                    '<span class="ad-slot__text">{text}</span>',
                ),
            ),
            (
                "teaser-inline",
                f'<aside class="teaser-inline">{heading}<ul class="teaser-inline__list">{links(p.teasers(2), _LD_INLINE)}</ul></aside>',
            ),
            (
                "paywall-hint",
                _widget(
                    p,
                    "login",
                    '<div class="paywall-hint">{inner}</div>',
                    '<p class="paywall-hint__title">{text}</p>',
                    '<p class="paywall-hint__text">{text}</p>',
                    '<a class="button button--primary" href="/abo">{text}</a> ',
                ),
            ),
            (
                "embed",
                _widget(
                    p,
                    "consent",
                    '<div class="external-content external-content--blocked" data-provider="instagram">{inner}</div>',
                    '<p class="external-content__title">{text}</p>',
                    '<p class="external-content__text">{text}</p>',
                    '<button class="external-content__button" type="button">{text}</button>',
                ),
            ),
            (
                "embed",
                _widget(
                    p,
                    "error",
                    '<div class="embed embed--error">{inner}</div>',
                    '<p class="embed__message">{text}</p>',
                    '<p class="embed__message">{text}</p>',
                    '<a class="embed__retry" href="#">{text}</a>',
                ),
            ),
        )
        if inner
    ]
    body = p.body(
        {
            "p": '<div class="ld-component ld-component--paragraph"><p>{text}</p></div>',
            "h2": '<div class="ld-component ld-component--subtitle"><h2>{text}</h2></div>',
            "quote": '<div class="ld-component ld-component--quote"><blockquote><p>{text}</p></blockquote></div>',
            "ul": '<div class="ld-component ld-component--list"><ul>{items}</ul></div>',
        },
        inline,
    )
    infobox = _widget(
        p,
        "notification",
        '<div class="ld-component ld-component--infobox"><aside class="infobox infobox--service">{inner}</aside></div>',
        '<p class="infobox__title">{text}</p>',
        '<p class="infobox__text">{text}</p>',
        '<a class="infobox__link" href="/service">{text}</a>',
    )
    agency = each(
        p,
        "source",
        "{inner}",
        '<div class="ld-component ld-component--paragraph ld-component--credit"><p>{text}</p></div>',
    )
    appeal = _widget(
        p,
        "donation",
        '<div class="ld-component ld-component--support"><div class="support-box">{inner}</div></div>',
        '<p class="support-box__title">{text}</p>',
        '<p class="support-box__text">{text}</p>',
        '<a class="button button--twint" href="/unterstuetzen">{text}</a>',
    )
    tools = each(
        p,
        "share",
        '<div class="article-tools"><ul class="article-tools__list">{inner}</ul></div>',
        '<li class="article-tools__item"><button class="article-tools__button" type="button" data-tool="{n}"><span class="article-tools__label">{text}</span></button></li>',
    )
    return f"""<div class="page">
<header class="header"><div class="header__inner"><a class="header__logo" href="/">{esc(p.site)}</a>
<nav class="header__nav"><a href="/region">Region</a> <a href="/schweiz">Schweiz</a> <a href="/sport">Sport</a> <a href="/kultur">Kultur</a></nav></div></header>
<main class="main-content">
<article class="article-detail" data-content-id="ld-88213">
<header class="article-detail__header"><span class="article-detail__kicker">Region</span><h1 class="article-detail__title">{esc(p.title)}</h1>
<div class="article-detail__meta"><span class="article-detail__author">Redaktion</span> <time datetime="2026-11-20T06:30:00+01:00">20.11.2026, 06.30 Uhr</time></div>
{tools}</header>
<div class="article-detail__body">
{infobox}
{body}
{agency}
{appeal}
</div>
</article>
{_widget(p, "newsletter", '<section class="newsletter-teaser"><form class="newsletter-teaser__form" action="/newsletter" method="post">{inner}<input class="newsletter-teaser__input" type="email" name="email"></form></section>', '<h2 class="newsletter-teaser__title">{text}</h2>', '<p class="newsletter-teaser__text">{text}</p>', '<button class="button button--primary" type="submit">{text}</button>')}
{_widget(p, "video", '<section class="video-rail"><div class="video-rail__player" data-player="kaltura"></div>{inner}</section>', '<h2 class="video-rail__title">{text}</h2>', '<p class="video-rail__meta">{text}</p>', '<p class="video-rail__meta">{text}</p>')}
<section class="comments" id="comments">{_widget(p, "comments", '<div class="comments__header">{inner}</div>', '<h2 class="comments__title">{text}</h2>', '<p class="comments__intro">{text}</p>', '<a class="comments__link" href="/netiquette">{text}</a> ')}</section>
<section class="teaser-list"><div class="teaser-list__items">{links(p.teasers(4), _LD_LIST)}</div></section>
</main>
<footer class="footer">
{_widget(p, "app", '<div class="footer__app-promo">{inner}</div>', '<p class="footer__app-title">{text}</p>', '<p class="footer__app-text">{text}</p>', '<a class="footer__app-link" href="/app">{text}</a>')}
<p class="footer__copyright">© 2026 {esc(p.site)}</p></footer>
</div>"""


_QT_ALSO = (
    '<a class="also-read-m_link__pL3xw" href="/gulf/{slug}"><span class="also-read-m_headline__Vq1cT">{text}</span></a>'
)
_QT_COLLECTION = (
    '<div class="arr--collection-story-card"><a aria-label="story" href="/gulf/{slug}">'
    '<h6 class="arr--headline headline-m_headline__3_NhV">{text}</h6></a></div>'
)


def gulf_quintype_daily(p: Parts) -> str:
    """A Gulf English daily on a hosted headless publishing platform (`arr--` element classes
    with CSS-module hashes, each paragraph its own text element in the story card): share
    buttons in the story header, an ad slot with a gold-rate sponsor above the first paragraph,
    an "also read" element, a video element and a newsletter card between paragraphs, the
    premium gate right after the last paragraph inside the card, the attribution under the card,
    a comment widget, a prayer-times box, a failed rates widget, a support card and a collection
    in the side column, app badges in the footer and a cookie bar."""
    heading = related_heading(p, '<h4 class="also-read-m_title__Rw2Xq">{text}</h4>')
    inline = present(
        f'<div class="arrow-component arr--also-read-element also-read-m_wrapper__1WmkE" data-test-id="also-read">{heading}{links(p.teasers(1), _QT_ALSO)}</div>',
        _widget(
            p,
            "video",
            '<div class="arrow-component arr--youtube-element youtube-m_wrapper__x2Ka9" data-test-id="youtube"><div class="youtube-m_player__Jd7o1"><iframe src="https://www.youtube.com/embed/Qm3xLk" allowfullscreen></iframe></div>'
            '<div class="arr--element-caption caption-m_caption__aT9fE">{inner}</div></div>',
            "<strong>{text}</strong> ",
            "<span>{text}</span> ",
            "<span>{text}</span> ",
        ),
        _widget(
            p,
            "newsletter",
            '<div class="arrow-component newsletter-card-m_card__Zp0Ye" data-test-id="newsletter-card"><form class="newsletter-card-m_form__4rBnQ">{inner}<input type="email" name="email" class="newsletter-card-m_input__Lm2aT"></form></div>',
            '<h3 class="newsletter-card-m_title__Hk8wD">{text}</h3>',
            '<p class="newsletter-card-m_text__f0Sx3">{text}</p>',
            '<button type="submit" class="newsletter-card-m_button__Yq5Rb">{text}</button>',
        ),
    )
    body = p.body(
        {
            "p": '<div class="arrow-component arr--text-element text-m_textElement__e3QEt" data-test-id="text"><p>{text}</p></div>',
            "h2": '<div class="arrow-component arr--text-element text-m_textElement__e3QEt" data-test-id="text"><h2>{text}</h2></div>',
            "quote": '<div class="arrow-component arr--quote-element quote-m_quote__pS4bE" data-test-id="quote"><blockquote class="quote-m_content__Wz1xR">{text}</blockquote></div>',
            "ul": '<div class="arrow-component arr--text-element text-m_textElement__e3QEt" data-test-id="text"><ul>{items}</ul></div>',
        },
        inline,
    )
    ad = _widget(
        p,
        "advertising",
        '<div class="arr--ad-slot ad-slot-m_slot__lX7sa" data-test-id="ad-slot" id="story-top-mrec">{inner}<div class="ad-slot-m_creative__Pq9bT"></div></div>',
        '<span class="ad-slot-m_label__c1Ny6">{text}</span>',
        '<p class="ad-slot-m_text__u4Vw2">{text}</p>',
        '<span class="ad-slot-m_text__u4Vw2">{text}</span>',
    )
    gate = _widget(
        p,
        "login",
        '<div class="arr--paywall paywall-m_wrapper__Ke4tz" data-test-id="paywall"><div class="paywall-m_fade__b3Ln0"></div>{inner}</div>',
        '<h3 class="paywall-m_title__Qx2vS">{text}</h3>',
        '<p class="paywall-m_text__Nn7Rd">{text}</p>',
        '<a class="paywall-m_cta__Tg1kH" href="/subscribe">{text}</a> ',
    )
    share = inline_box(
        p,
        "share",
        '<div class="arr--share social-share-m_wrapper__Bb9qW" data-test-id="social-share">{inner}</div>',
        "button",
        ' class="social-share-m_button__Rr4pL" type="button"',
    )
    side = present(
        _widget(
            p,
            "notification",
            '<div class="widget-m_box__Jz3Ws prayer-box">{inner}</div>',
            '<h4 class="widget-m_title__Fq8kN">{text}</h4>',
            '<p class="widget-m_text__Ag2cV">{text}</p>',
            '<a class="widget-m_link__Gx4tB" href="/prayer-times">{text}</a>',
        ),
        _widget(
            p,
            "error",
            '<div class="widget-m_box__Jz3Ws widget-m_error__Yt5uP" role="alert">{inner}</div>',
            '<p class="widget-m_text__Ag2cV">{text}</p>',
            '<p class="widget-m_text__Ag2cV">{text}</p>',
            '<a class="widget-m_link__Gx4tB" href="#">{text}</a>',
        ),
        _widget(
            p,
            "donation",
            '<div class="widget-m_box__Jz3Ws support-card">{inner}</div>',
            '<h4 class="widget-m_title__Fq8kN">{text}</h4>',
            '<p class="widget-m_text__Ag2cV">{text}</p>',
            '<a class="widget-m_cta__Uo6sE" href="/support">{text}</a>',
        ),
    )
    side_html = "\n".join(side)
    return f"""<div id="container">
<header class="arr--header header-m_header__Gk2cP"><a class="header-m_logo__Tn5aA" href="/">{esc(p.site)}</a>
<nav class="header-m_nav__W0pLs"><a href="/uae">UAE</a> <a href="/gulf">Gulf</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<div class="arr--story-page story-m_page__V3kYd"><div class="story-m_grid__Op7qA">
<main class="story-m_main__Hn1xF">
<div class="arr--story-page-card-wrapper"><div class="arr--story-headline-wrapper"><h1 class="arr--headline headline-m_headline__3_NhV" data-test-id="headline">{esc(p.title)}</h1>
<div class="arr--author-name author-m_name__Pm3kT">Staff Reporter, Dubai</div><time class="arr--publish-time" datetime="2026-11-20T08:00:00+04:00">Published: Thu 20 Nov 2026, 8:00 AM</time>
{share}</div>
<div class="story-card" data-story-card-id="b41c7e02">
{ad}
{body}
{gate}
</div></div>
{each(p, "source", '<div class="arr--story-attribution attribution-m_wrapper__Dk8uQ">{inner}</div>', '<p class="attribution-m_text__Cv1sN">{text}</p>')}
<div class="metype-container" id="metype-container">{_widget(p, "comments", '<div class="metype-header">{inner}</div>', '<h3 class="metype-title">{text}</h3>', '<p class="metype-subtitle">{text}</p>', '<span class="metype-count">{text}</span> ')}<iframe class="metype-iframe" title="comments" src="about:blank"></iframe></div>
</main>
<aside class="story-m_side__Rm5xE">
{side_html}
<div class="arr--collection collection-m_list__Ee8vQ">{links(p.teasers(4), _QT_COLLECTION)}</div>
</aside>
</div></div>
<footer class="arr--footer footer-m_footer__Vb6yU">
{_widget(p, "app", '<div class="footer-m_apps__Lp2dN">{inner}</div>', '<p class="footer-m_appsTitle__Kq9fE">{text}</p>', '<p class="footer-m_appsText__Xn3sW">{text}</p>', '<a class="footer-m_badge__Mw7tR" href="/apps">{text}</a> ')}
<p class="footer-m_copy__Yh4zC">© 2026 {esc(p.site)}. All rights reserved.</p></footer>
{_widget(p, "consent", '<div class="cookie-policy-bar" role="dialog">{inner}</div>', '<p class="cookie-policy-bar__title">{text}</p>', '<p class="cookie-policy-bar__text">{text}</p>', '<button class="cookie-policy-bar__btn" type="button">{text}</button>')}
</div>"""


_EA_ALSO = '<li class="also-read__item"><a href="/news/{slug}/">{text}</a></li>'
_EA_MOST_READ = '<li class="list-group-item"><a class="most-read__link" href="/news/{slug}/">{text}</a></li>'


def east_africa_daily(p: Parts) -> str:
    """An East or West African English daily on its own framework (Bootstrap 5 grid, the text
    as plain `<p>` in `article-body` with `itemprop`): a live radio or TV strip above the page,
    the metering notice above the first paragraph, an ad, an "also read" list, a mobile-money
    appeal and an SMS-alerts box between paragraphs, sharing links and the credit line right
    after the last paragraph in the same body, comments below, and the newsletter, a failed
    widget and most-read stories in the side column, the app links in the footer and a cookie
    modal."""
    heading = related_heading(p, '<h5 class="also-read__title">{text}</h5>')
    inline = present(
        _widget(
            p,
            "advertising",
            '<div class="inline-ad text-center my-3">{inner}<div class="inline-ad__slot" id="dfp-inarticle-1"></div></div>',
            '<div class="inline-ad__label small text-uppercase">{text}</div>',
            '<p class="inline-ad__text">{text}</p>',
            '<div class="inline-ad__text">{text}</div>',
        ),
        f'<div class="also-read border-top border-bottom py-2">{heading}<ul class="also-read__list">{links(p.teasers(2), _EA_ALSO)}</ul></div>',
        _widget(
            p,
            "donation",
            '<div class="support-box border-start border-4 border-success ps-3 my-3">{inner}</div>',
            '<h4 class="support-box__title">{text}</h4>',
            '<p class="support-box__text">{text}</p>',
            '<a class="btn btn-success btn-sm" href="/support-us">{text}</a>',
        ),
        _widget(
            p,
            "notification",
            '<div class="sms-promo alert alert-info my-3">{inner}</div>',
            '<strong class="sms-promo__title">{text}</strong><br>',
            '<span class="sms-promo__text">{text}</span><br>',
            '<a class="alert-link" href="/sms">{text}</a>',
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
    meter = _widget(
        p,
        "login",
        '<div class="meter-banner alert alert-warning d-flex flex-column">{inner}</div>',
        '<strong class="meter-banner__title">{text}</strong>',
        '<span class="meter-banner__text">{text}</span>',
        '<a class="meter-banner__cta" href="/subscribe">{text}</a>',
    )
    share = inline_box(
        p, "share", '<div class="share-inline d-flex gap-2">{inner}</div>', "a", ' class="share-inline__link" href="#"'
    )
    credit = each(p, "source", "{inner}", '<p class="article-source fst-italic">{text}</p>')
    return f"""{_widget(p, "video", '<div class="live-strip bg-danger text-white"><div class="container-xl d-flex">{inner}</div></div>', '<span class="live-strip__badge">{text}</span> ', '<a class="live-strip__link text-white" href="/live">{text}</a>', '<a class="live-strip__link text-white" href="/live">{text}</a>')}
<header class="site-header border-bottom"><div class="container-xl"><a class="navbar-brand" href="/">{esc(p.site)}</a>
<ul class="nav"><li class="nav-item"><a class="nav-link" href="/news">News</a></li><li class="nav-item"><a class="nav-link" href="/business">Business</a></li><li class="nav-item"><a class="nav-link" href="/counties">Counties</a></li><li class="nav-item"><a class="nav-link" href="/sports">Sports</a></li></ul></div></header>
<main class="container-xl"><div class="row">
<div class="col-lg-8">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="article-title" itemprop="headline">{esc(p.title)}</h1>
<div class="article-byline text-muted small"><span itemprop="author">By Correspondent</span> · <time itemprop="datePublished" datetime="2026-11-20T08:00:00+03:00">Thursday, November 20, 2026</time></div>
<div class="article-body" itemprop="articleBody">
{meter}
{body}
{share}
{credit}
</div>
</article>
<section class="comments-section mt-4">{_widget(p, "comments", '<div class="comments-section__head">{inner}</div>', '<h3 class="comments-section__title">{text}</h3>', '<p class="comments-section__note">{text}</p>', '<a class="comments-section__link" href="/community-rules">{text}</a> ')}<div id="disqus_thread"></div></section>
</div>
<aside class="col-lg-4">
{_widget(p, "newsletter", '<div class="card newsletter-card mb-3"><div class="card-body"><form action="/newsletter" method="post">{inner}<input class="form-control" type="email" name="email"></form></div></div>', '<h5 class="card-title">{text}</h5>', '<p class="card-text">{text}</p>', '<button class="btn btn-dark btn-sm" type="submit">{text}</button>')}
{_widget(p, "error", '<div class="card widget-card mb-3"><div class="card-body text-muted small">{inner}</div></div>', "<p>{text}</p>", "<p>{text}</p>", '<a href="#">{text}</a>')}
<div class="card most-read"><ul class="list-group list-group-flush">{links(p.teasers(4), _EA_MOST_READ)}</ul></div>
</aside>
</div></main>
<footer class="site-footer bg-dark text-light"><div class="container-xl">
{_widget(p, "app", '<div class="footer-apps">{inner}</div>', '<p class="footer-apps__title">{text}</p>', '<p class="footer-apps__text">{text}</p>', '<a class="footer-apps__badge" href="/apps">{text}</a> ')}
<p class="small">© 2026 {esc(p.site)}. All rights reserved.</p></div></footer>
{_widget(p, "consent", '<div class="modal cookie-modal d-block" tabindex="-1" role="dialog"><div class="modal-dialog modal-dialog-centered"><div class="modal-content"><div class="modal-body">{inner}</div></div></div></div>', '<h5 class="modal-title">{text}</h5>', "<p>{text}</p>", '<button class="btn btn-primary me-2" type="button">{text}</button>')}"""


SHAPES = (
    andean_jnews_daily,
    dakar_news_portal,
    maghreb_elementor_daily,
    alpine_livingdocs_regional,
    gulf_quintype_daily,
    east_africa_daily,
)
