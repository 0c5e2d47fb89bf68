"""Half of the twenty-first part: six shapes of international and humanitarian news (a relief charity's
newsroom, a UN agency's press page, a broadcaster's conflict live page of custom elements, a
foundation-funded development outlet, an exile newsroom's mirror styled with utility classes and a
migration and refugee portal on an old table layout), with their wording, written after twenty
rounds of tuning without reading newsmon's rules, to hide boilerplate from markup. It was half of
the held-out part, measured untouched (both halves: newsmon kept 315 of 2,865 boilerplate lines,
11.0%, and 99.8% of the body; stock trafilatura 27.9% and 98.8%), then tuned on structure and the
commoner wording, not line by line, so it is held to a bound, not to zero."""

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
                "Paid partnership with Lumaro",
                "Solar lanterns that charge in four hours, with bulk pricing for field teams.",
                "Request a quote from Lumaro",
            ],
            [
                "Corporate partner",
                "Every flight booked with Skyvane this month funds a family water filter.",
                "See how the partnership works",
            ],
            [
                "Sponsored by Tessaro Logistics",
                "How refrigerated trucks keep vaccines cold across 2,000 km of desert road",
            ],
            ["Adverts help pay for our foreign bureaux. The report carries on below."],
            [
                "Advert",
                "Study for an MSc in Humanitarian Action at Kelling University. Applications close on 15 January.",
                "Apply online",
            ],
        ],
        "donation": [
            [
                "Emergency appeal: Sahel hunger crisis",
                "£30 can feed a family of five for two weeks. Your gift goes straight to our teams on the ground.",
                "Give to the crisis fund",
                "Give monthly instead",
            ],
            [
                "The situation is getting worse by the hour.",
                "Please give what you can to our Disasters Emergency Fund today.",
            ],
            [
                "Independent reporting from places others have left",
                "We are funded by foundations and by readers in 60 countries. Chip in from $5.",
                "Become a regular supporter",
            ],
            [
                "Keep us broadcasting",
                "We were forced out of our country. Our reporters now work in exile, paid for by people like you.",
                "Support us every month",
                "Other ways to give, including crypto",
            ],
            [
                "Boost your gift with Gift Aid",
                "UK taxpayers can add 25p to every £1 they give, at no extra cost.",
            ],
        ],
        "notification": [
            [
                "Alerts for this crisis",
                "We'll tell you as soon as the situation report is updated.",
                "Turn on crisis alerts",
                "Not for now",
            ],
            [
                "Website blocked where you are? Bookmark our mirror at mirror-7.example or connect through a VPN.",
            ],
            [
                "Need help now?",
                "Call our free helpline on 0800 123 4567, Monday to Saturday, 9am to 6pm.",
                "Interpreters available in 22 languages",
            ],
            ["Live coverage is paused overnight and resumes at 06:00 GMT."],
            ["4 new updates since you opened this page", "Show the new updates"],
        ],
        "app": [
            [
                "We're on Telegram",
                "Our channel keeps working even when the website is blocked.",
                "Open our Telegram channel",
            ],
            [
                "Meridian World Service app",
                "Listen to our radio bulletins offline, in 14 languages.",
                "Download the Android app",
            ],
            [
                "Can't reach our website?",
                "Install our app with a built-in proxy. No VPN needed.",
                "Get the APK file directly",
            ],
            ["Short alerts on Signal, one per major development.", "Join our Signal channel"],
            [
                "Find help near you",
                "The Crossings app lists shelters, clinics and legal aid in 14 languages.",
                "Get Crossings on your phone",
            ],
        ],
        "newsletter": [
            [
                "The Field Dispatch",
                "A weekly round-up of reports from our teams in 30 countries.",
                "Email address for the Dispatch",
                "Send me the Dispatch",
            ],
            [
                "Press releases by email",
                "Pick the regions and topics you follow. Sent on the day of issue.",
                "Choose my regions and topics",
            ],
            [
                "Global Development Briefing",
                "Twice a week, free: the stories on aid, health and climate that others miss.",
                "Add me to the briefing",
            ],
            [
                "News in your language",
                "Our newsletter comes in English, Arabic, Dari and Ukrainian.",
                "Choose a language and subscribe",
            ],
        ],
        "comments": [
            [
                "Have your say on this live page",
                "Comments on this live page are open until 18:00 GMT.",
                "Read the community guidelines",
            ],
            ["38 responses", "Show all responses"],
            ["Comments are switched off on this story to protect the safety of our sources."],
            [
                "Leave a reply to this field report",
                "Your email address will never be shown. Fields marked * are mandatory.",
                "Post your reply",
            ],
        ],
        "login": [
            [
                "Your donor account",
                "Log in to download receipts and change your monthly gift.",
                "Log in to my account",
            ],
            [
                "Accredited journalists can sign in to see embargoed material.",
                "Media centre login",
                "Apply for accreditation",
            ],
            [
                "Sign in to follow this live page and pick up where you left off.",
                "Sign in or register",
            ],
            ["Supporters' area", "Can't remember your password?", "Send me a one-time sign-in link"],
        ],
        "video": [
            ["Watch: inside the camp as the first aid lorries arrive", "3 min 14 s"],
            ["Briefing by the agency spokesperson, Geneva", "Full recording on WebTV · 41:07"],
            [
                "VIDEO: families cross the border on foot at dawn",
                "Footage verified by our visual investigations team",
            ],
            ["Field diary: a day with the mobile clinic", "Play the film", "Subtitles in five languages"],
        ],
        "source": [
            [
                "EMBARGOED: not for release before 00:01 GMT on 21 November 2026",
                "Document symbol: WSP/PR/2026/114",
                "This is not an official record. It is issued for information only.",
            ],
            [
                "Verified by our team: checked against satellite images and two independent witnesses.",
                "Casualty figures come from local health authorities and cannot be independently verified.",
            ],
            ["Field reporting by Amara Diallo in Bamako. Photographs: Yusuf Karimi for Northstar Relief."],
            [
                "This story was produced with support from the Ashcombe Foundation, which has no say over "
                "what we publish.",
                "Read our funding policy",
            ],
            ["Media contacts", "Geneva: Inès Moreau, +41 22 555 0187", "New York: Daniel Oduya, +1 212 555 0144"],
            ["This page gives general information, not legal advice. Talk to a qualified adviser about your case."],
        ],
        "share": [
            [
                "Republish this story on your site",
                "Free to republish under a Creative Commons BY-ND licence, as long as you credit us and link back.",
                "Copy the republishing code",
            ],
            ["Forward it privately on WhatsApp", "Send on Telegram", "Copy the mirror link"],
            [
                "Before sharing, think about your safety: forward links privately, not from an account in your "
                "real name."
            ],
            ["Share this update", "Post this update on X", "Email this update"],
            ["Help spread the word", "Share the appeal on Facebook", "Share the appeal on LinkedIn"],
        ],
        "error": [
            ["The map failed to load. Location data may be restricted in your region."],
            ["This embedded post has been removed by its author."],
            ["We couldn't refresh the live feed. Reload the page to see the latest posts.", "Reload now"],
            ["The donation form didn't load. Please switch off your ad blocker or try again."],
            ["Video unavailable: this clip can't be played in your country."],
        ],
        "consent": [
            [
                "Your privacy at Northstar Relief",
                "We and our partners use cookies to measure our fundraising and improve our appeals.",
                "I accept all cookies",
                "Only the essential ones",
            ],
            [
                "To keep our readers safe, this site only sets essential cookies. No trackers, no third parties.",
                "Understood",
            ],
            [
                "Embedded maps and videos",
                "Some embeds set cookies from other companies when they load.",
                "Allow embeds",
                "Keep embeds blocked",
            ],
            [
                "We respect your privacy",
                "Anonymous statistics tell us which languages our readers use.",
                "That's fine by me",
                "Change settings",
            ],
        ],
        "related": [
            ["More on this crisis"],
            ["Newest press releases"],
            ["Further reporting from the region"],
            ["Other stories on migration"],
            ["From our field teams"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Anzeige · Nordkai Logistik",
                "Vom Hafen Bremen bis ins Lager in Gaziantep: Hilfsgüter in 48 Stunden am Ziel.",
                "Mehr über unsere Hilfsgütertransporte",
            ],
            [
                "Gesponsert von Outdoor Kessler",
                "Funktionskleidung für den Feldeinsatz – Hilfsorganisationen erhalten 20 Prozent Nachlass.",
                "Zum Vereinsrabatt",
            ],
            ["Werbung finanziert unsere Auslandsstudios mit – weiter geht es unter der Anzeige."],
            [
                "Kommerzieller Inhalt",
                "Berufsbegleitender Master „Humanitäre Hilfe“ – digitaler Infoabend am 3. Dezember",
                "Platz beim Infoabend reservieren",
            ],
        ],
        "donation": [
            [
                "Nothilfe Sahel",
                "50 Euro reichen für sauberes Trinkwasser, das eine Familie einen Monat lang versorgt.",
                "Jetzt online spenden",
                "Spendenquittung kommt per Post",
            ],
            [
                "Geprüft und empfohlen: Wir tragen das DZI-Spendensiegel.",
                "Spendenkonto IBAN DE12 3706 0193 0000 4455 66 · Stichwort „Sahel“",
            ],
            [
                "Journalismus aus dem Exil kostet Geld",
                "Seit unserem Verbot in der Heimat leben wir allein von Spenden. Jeder Euro hält die Redaktion am Leben.",
                "Per PayPal unterstützen",
                "Lieber per Überweisung",
            ],
            [
                "Werden Sie Fördermitglied bei Ankommen",
                "Schon ab 5 Euro im Monat sichern Sie unabhängige Berichte über Flucht und Asyl.",
                "Mitgliedschaft abschließen",
            ],
            [
                "Helfen Sie jetzt!",
                "Ihre Spende an den Nothilfefonds ist steuerlich absetzbar.",
            ],
        ],
        "notification": [
            [
                "Liveticker-Alarm",
                "Sollen wir Sie über neue Einträge im Ticker informieren?",
                "Ja, bitte",
                "Nein, ich schaue selbst nach",
            ],
            [
                "Gesperrt? Unsere Spiegelseite ist erreichbar unter spiegel-3.example – oder lesen Sie uns über Tor.",
            ],
            [
                "Beratungstelefon",
                "Kostenlos, anonym und in zwölf Sprachen: 0800 555 0123 (Mo–Fr, 8–20 Uhr).",
            ],
            ["Dieser Ticker ist beendet. Alle neuen Entwicklungen lesen Sie im Folgeticker."],
        ],
        "app": [
            [
                "Wir sind auf Telegram",
                "Wird die Website blockiert, bleibt unser Kanal erreichbar.",
                "Telegram-Kanal öffnen",
            ],
            [
                "Ankommen-App",
                "Beratungsstellen, Ärztinnen und Ämter in Ihrer Nähe – auch ohne Internet.",
                "Gratis im Play Store",
            ],
            ["Weltnachrichten zum Hören", "Die App mit Audio-Bulletins in 30 Sprachen."],
            [
                "Signal statt SMS",
                "Verschlüsselte Kurzmeldungen, ohne dass jemand Ihre Nummer sieht.",
                "Zum Signal-Kanal",
            ],
        ],
        "newsletter": [
            [
                "Der Lagebericht",
                "Jeden Freitag: was unsere Teams aus den Krisengebieten berichten.",
                "E-Mail eintragen",
                "Lagebericht abonnieren",
            ],
            [
                "Presseverteiler der Vertretung",
                "Pressemitteilungen der Vertretung in Deutschland erhalten Sie am Tag der Veröffentlichung.",
                "In den Presseverteiler",
            ],
            [
                "Newsletter Entwicklung & Klima",
                "Zweimal im Monat, kostenlos und werbefrei – Abmeldung jederzeit per Klick.",
                "Newsletter gratis bestellen",
            ],
            [
                "Unsere Nachrichten auf Arabisch, Dari und Ukrainisch",
                "Wählen Sie Ihre Sprache für den wöchentlichen Rundbrief.",
            ],
        ],
        "comments": [
            [
                "Leserdebatte",
                "Beiträge werden vor der Freischaltung von der Redaktion gelesen.",
                "Eigenen Beitrag schreiben",
            ],
            ["Zum Schutz unserer Quellen bleibt die Kommentarspalte unter diesem Bericht geschlossen."],
            ["27 Leserkommentare", "Alle Kommentare einblenden"],
            ["Netiquette", "Beleidigungen und Falschbehauptungen werden gelöscht.", "Antwort schreiben"],
        ],
        "login": [
            [
                "Mein Spenderkonto",
                "Hier laden Sie Ihre Zuwendungsbestätigungen herunter.",
                "Zum Spenderkonto",
            ],
            [
                "Medienbereich",
                "Material unter Sperrfrist nur für akkreditierte Journalistinnen und Journalisten.",
                "Akkreditierung beantragen",
            ],
            ["Anmelden und dem Ticker folgen", "Neues Konto"],
            ["Bereich für Unterstützer", "Passwort zurücksetzen", "Anmeldelink per E-Mail"],
        ],
        "video": [
            ["Video: Die ersten Lastwagen erreichen das Lager", "02:47 Min."],
            ["Pressebriefing Genf", "Aufzeichnung in voller Länge · 38 Min."],
            ["Verifiziertes Video: Familien überqueren nachts die Grenze", "Abspielen"],
            ["Unterwegs mit der mobilen Klinik", "Ein Film von Jana Richter", "Untertitel auf Deutsch und Englisch"],
        ],
        "source": [
            [
                "SPERRFRIST: Donnerstag, 21. November 2026, 00:01 Uhr MEZ",
                "Dokumentensymbol: WSP/PM/2026/114",
                "Nicht offiziell. Nur zur Information der Medien.",
            ],
            [
                "Von unserem Team verifiziert: Aufnahmen mit Satellitenbildern abgeglichen.",
                "Angaben zu Toten und Verletzten beruhen auf Zahlen örtlicher Behörden und ließen sich nicht "
                "unabhängig überprüfen.",
            ],
            ["Mitarbeit: Lena Hoffmann, Kabul · Fotos: Jamal Haidari für Nordstern Hilfe e. V."],
            [
                "Transparenzhinweis: Diese Recherche wurde von der Ashcombe-Stiftung gefördert, die keinen "
                "Einfluss auf die Berichterstattung hatte."
            ],
            ["Pressekontakt Berlin", "Miriam Kessler · +49 30 5550 1290 · presse@nordstern-hilfe.example"],
            [
                "Dieser Beitrag ersetzt keine Rechtsberatung. Lassen Sie sich von einer anerkannten "
                "Beratungsstelle beraten."
            ],
        ],
        "share": [
            [
                "Diesen Artikel übernehmen",
                "Unter CC BY-ND 4.0 frei nachzudrucken – bitte mit Quellenangabe und Link.",
                "Einbettungscode kopieren",
            ],
            ["Per WhatsApp an Bekannte schicken", "Via Telegram weiterleiten", "Adresse der Spiegelseite kopieren"],
            ["Vorsicht beim Teilen: Nutzen Sie keine Konten, die mit Ihrem Klarnamen verbunden sind."],
            ["Eintrag teilen", "Auf Facebook weitersagen", "Per Mail verschicken"],
        ],
        "error": [
            ["Karte derzeit nicht verfügbar."],
            ["Der eingebettete Beitrag wurde vom Urheber gelöscht."],
            ["Das Spendenformular lädt nicht. Bitte deaktivieren Sie Ihren Werbeblocker.", "Formular neu laden"],
            ["Neue Einträge konnten nicht abgerufen werden – Verbindung unterbrochen."],
        ],
        "consent": [
            [
                "Ihre Privatsphäre bei Nordstern",
                "Wir nutzen Cookies, um zu messen, wie gut unsere Spendenaufrufe ankommen.",
                "Allen Cookies zustimmen",
                "Nur notwendige Cookies erlauben",
            ],
            ["Zu Ihrer Sicherheit verzichten wir vollständig auf Tracking.", "Alles klar"],
            [
                "Externe Inhalte",
                "Beim Laden von Karten und Videos werden Daten an Drittanbieter übertragen.",
                "Nur dieses Mal laden",
                "Externe Inhalte immer laden",
            ],
        ],
        "related": [
            ["Mehr zur Krise im Sahel"],
            ["Neueste Pressemitteilungen"],
            ["Weitere Berichte aus der Region"],
            ["Dossier Flucht und Asyl"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Contenu proposé par Transports Vercors",
                "Comment un transporteur lyonnais achemine des médicaments en moins de 72 heures",
                "Lire la suite chez notre partenaire",
            ],
            ["Publicité – l'article reprend ci-dessous"],
            [
                "Partenaire formation",
                "Diplôme universitaire en gestion de projets humanitaires : candidatures jusqu'au 31 janvier.",
                "Télécharger la plaquette",
            ],
            [
                "Annonce · Lumisol Afrique",
                "Lampes solaires pour vos équipes terrain, tarifs dégressifs pour les associations.",
            ],
        ],
        "donation": [
            [
                "Urgence Sahel",
                "Avec 40 €, vous fournissez un kit d'hygiène à trois familles déplacées.",
                "Je soutiens l'urgence",
                "Je deviens donateur régulier",
            ],
            [
                "Association reconnue d'utilité publique : 66 % de votre don est déductible de vos impôts.",
                "Un don de 100 € ne vous coûte que 34 €.",
            ],
            [
                "Informer malgré l'exil",
                "Interdite dans notre pays, notre radio ne vit que grâce à ses auditeurs.",
                "Faire un don à la rédaction",
            ],
            [
                "Devenez membre",
                "Notre média sur le développement est financé par des fondations… et par vous.",
                "Adhérer dès 3 € par mois",
            ],
        ],
        "notification": [
            [
                "Suivre ce direct",
                "Recevez une alerte à chaque nouvel élément important.",
                "M'avertir",
                "Je reviendrai plus tard",
            ],
            ["Notre site est bloqué ? Passez par notre miroir ou par Tor pour continuer à nous lire."],
            [
                "Besoin d'aide ?",
                "Permanence juridique gratuite au 0 800 555 012, du lundi au vendredi de 9 h à 17 h.",
            ],
            ["Ce direct est terminé. Retrouvez la suite de notre couverture sur notre nouveau fil."],
        ],
        "app": [
            [
                "Rejoignez-nous sur Telegram",
                "Notre chaîne reste accessible même quand le site est censuré.",
                "S'abonner à la chaîne",
            ],
            [
                "L'appli de la rédaction internationale",
                "Les journaux en français, en mandenkan et en haoussa, même hors connexion.",
                "Installer l'appli",
            ],
            ["Nos alertes aussi sur Signal", "Rejoindre le canal"],
            [
                "Application Accueil",
                "Hébergement, soins et aide juridique près de chez vous, en 12 langues.",
            ],
        ],
        "newsletter": [
            [
                "La lettre du terrain",
                "Chaque jeudi, les récits de nos équipes en mission.",
                "Adresse électronique",
                "Recevoir la lettre du terrain",
            ],
            ["Communiqués de presse", "Recevez-les dès leur publication.", "S'inscrire à la liste presse"],
            [
                "L'essentiel du développement",
                "Deux fois par mois, gratuite, sans publicité et désinscription en un clic.",
                "Je m'abonne gratuitement",
            ],
        ],
        "comments": [
            [
                "Vos réactions",
                "Les contributions sont relues par la rédaction avant publication.",
                "Envoyer ma contribution",
            ],
            ["Par mesure de sécurité pour nos sources, les réactions sont fermées sur ce sujet."],
            ["14 contributions", "Lire les contributions"],
        ],
        "login": [
            [
                "Espace donateurs",
                "Retrouvez vos reçus fiscaux et gérez vos prélèvements.",
                "Ouvrir mon espace donateur",
            ],
            [
                "Journalistes accrédités : identifiez-vous pour consulter les documents sous embargo.",
                "Identifiant presse",
                "Demander une accréditation",
            ],
            ["Identifiez-vous pour suivre ce direct", "Créer un compte gratuit"],
        ],
        "video": [
            ["Vidéo – Les premiers camions entrent dans le camp", "02:58"],
            ["Point de presse au Palais des Nations", "Intégralité de la conférence · 40 min"],
            ["Images authentifiées par notre cellule de vérification", "Regarder les images"],
        ],
        "source": [
            [
                "SOUS EMBARGO jusqu'au jeudi 21 novembre 2026, 00 h 01 GMT",
                "Cote : WSP/CP/2026/114",
                "Ce communiqué n'est pas un document officiel.",
            ],
            [
                "Vérifié par notre équipe à partir d'images satellites et de deux témoins indépendants.",
                "Les bilans humains proviennent des autorités sanitaires locales et n'ont pas pu être vérifiés "
                "de source indépendante.",
            ],
            ["Avec Awa Traoré à Niamey. Photos : Karim Benali pour Nordstern Secours."],
            [
                "Ce reportage a bénéficié du soutien de la Fondation Ashcombe, qui n'a exercé aucun droit de "
                "regard sur son contenu."
            ],
            ["Contact presse Genève", "Inès Moreau · +41 22 555 01 87 · presse@wsp.example"],
            [
                "Ces informations ne remplacent pas un conseil juridique. Rapprochez-vous d'une association "
                "d'aide aux étrangers."
            ],
        ],
        "share": [
            [
                "Republier cet article",
                "Reprise libre sous licence Creative Commons, avec mention de la source et lien vers l'original.",
                "Copier le code de republication",
            ],
            ["Transférer par WhatsApp", "Transférer par Telegram", "Copier l'adresse du miroir"],
            ["Avant de partager, pensez à votre sécurité : évitez les comptes liés à votre vrai nom."],
        ],
        "error": [
            ["La carte ne peut pas s'afficher pour le moment."],
            ["Cette publication intégrée a été supprimée par son auteur."],
            ["Le fil n'a pas pu être actualisé.", "Réessayer maintenant"],
        ],
        "consent": [
            [
                "Vos choix de confidentialité sur notre site",
                "Nous utilisons des traceurs pour mesurer la portée de nos appels aux dons.",
                "J'accepte tous les traceurs",
                "Refuser les traceurs non essentiels",
            ],
            ["Pour la sécurité de nos lecteurs, ce site ne dépose aucun traceur publicitaire.", "C'est noté"],
            [
                "Contenus tiers",
                "Les cartes et vidéos intégrées peuvent déposer des cookies.",
                "Afficher les contenus tiers",
            ],
        ],
        "related": [
            ["Autres articles sur le Sahel"],
            ["Nos derniers communiqués"],
            ["Autres reportages dans la région"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Contenido patrocinado por Vacunas Andinas",
                "Así llegan las vacunas a las comunidades más aisladas de los Andes",
                "Conoce el proyecto",
            ],
            ["Publicidad · La noticia sigue más abajo"],
            [
                "Anuncio de un colaborador",
                "Máster en Acción Humanitaria: matrícula abierta hasta el 15 de enero.",
                "Pide información sin compromiso",
            ],
            [
                "Empresa colaboradora",
                "Por cada viaje reservado este mes, donamos un filtro de agua a una familia.",
            ],
        ],
        "donation": [
            [
                "Emergencia Sahel",
                "Con 30 € das alimentos a una familia durante dos semanas.",
                "Dona ahora con Bizum",
                "Hazte socio o socia",
            ],
            ["Recuerda: tu donativo desgrava hasta un 80 % en la declaración de la renta."],
            [
                "Periodismo libre desde el exilio",
                "Nos cerraron la redacción en Managua. Seguimos informando gracias a quienes nos leen.",
                "Apoya a la redacción",
            ],
            [
                "Súmate a la comunidad",
                "Somos un medio independiente sobre desarrollo, financiado por fundaciones y por personas como tú.",
                "Aporta desde 3 € al mes",
            ],
        ],
        "notification": [
            [
                "Sigue esta cobertura",
                "Te avisamos cuando haya novedades importantes.",
                "Avisarme de las novedades",
                "Prefiero mirarlo yo",
            ],
            ["¿Bloquearon nuestra web en tu país? Léenos desde el sitio espejo o con una VPN."],
            ["Línea de ayuda gratuita: 900 555 123, de lunes a viernes de 9 a 18 h."],
            ["Esta cobertura en directo ha finalizado."],
        ],
        "app": [
            [
                "Estamos en Telegram",
                "El canal sigue activo aunque censuren la web.",
                "Entrar al canal de Telegram",
            ],
            [
                "Descarga la app Acogida",
                "Albergues, clínicas y asesoría legal cerca de ti, en 12 idiomas.",
            ],
            ["Recibe nuestras alertas por Signal", "Abrir el canal en Signal"],
            ["Escucha nuestros boletines sin conexión", "Disponible para Android y iPhone"],
        ],
        "newsletter": [
            [
                "Crónicas del terreno",
                "Cada martes, relatos de nuestros equipos en 30 países.",
                "Tu email para las crónicas",
                "Quiero recibirlas",
            ],
            [
                "Sala de prensa",
                "Recibe los comunicados el mismo día de su publicación.",
                "Apuntarme a la lista de prensa",
            ],
            [
                "Boletín Planeta Común",
                "Dos veces al mes, gratis y sin anuncios: desarrollo, salud y clima.",
                "Suscribirme al boletín",
            ],
        ],
        "comments": [
            [
                "Conversación",
                "Moderamos cada comentario antes de publicarlo.",
                "Sumarme a la conversación",
            ],
            ["Hemos cerrado los comentarios de esta noticia para proteger a nuestras fuentes."],
            ["9 comentarios", "Mostrar los comentarios"],
        ],
        "login": [
            [
                "Área de socios y donantes",
                "Descarga tu certificado de donaciones para la renta.",
                "Entrar en mi área",
            ],
            [
                "Periodistas acreditados: inicien sesión para ver materiales bajo embargo.",
                "Acceso a la sala de prensa",
            ],
            ["Inicia sesión para seguir este directo", "Crear una cuenta gratis"],
        ],
        "video": [
            ["Vídeo | Llegan los primeros convoyes al campamento", "03:05"],
            ["Rueda de prensa en Ginebra", "Grabación íntegra · 37 min"],
            ["Imágenes verificadas por nuestro equipo", "Ver el vídeo"],
        ],
        "source": [
            [
                "EMBARGADO hasta el jueves 21 de noviembre de 2026, 00:01 GMT",
                "Signatura del documento: WSP/CP/2026/114",
                "Documento no oficial, solo a efectos informativos.",
            ],
            [
                "Verificado por nuestro equipo con imágenes satelitales y dos testigos independientes.",
                "Las cifras de víctimas proceden de autoridades sanitarias locales y no han podido verificarse "
                "de forma independiente.",
            ],
            ["Con información de Lucía Quispe desde Cúcuta. Fotos: Andrés Villalba para Estrella Norte."],
            [
                "Este reportaje contó con el apoyo de la Fundación Ashcombe, que no interviene en nuestras "
                "decisiones editoriales."
            ],
            ["Contacto de prensa", "Inés Moreau, +41 22 555 01 87, prensa@wsp.example"],
            [
                "Esta información no sustituye el asesoramiento jurídico. Consulta tu caso con una abogada o "
                "una ONG especializada."
            ],
        ],
        "share": [
            [
                "Republica este artículo",
                "Gratis bajo licencia Creative Commons, siempre que cites la fuente y enlaces al original.",
                "Copiar el HTML",
            ],
            ["Reenviar por WhatsApp", "Reenviar por Telegram", "Copiar el enlace espejo"],
            ["Antes de compartir, protégete: no uses cuentas vinculadas a tu nombre real."],
        ],
        "error": [
            ["No pudimos cargar el mapa."],
            ["Esta publicación incrustada fue eliminada por su autor."],
            ["Error al actualizar el directo.", "Recargar el directo"],
        ],
        "consent": [
            [
                "Tu privacidad en Estrella Norte",
                "Usamos cookies para medir el alcance de nuestras campañas de donación.",
                "Acepto todas",
                "Solo las imprescindibles",
            ],
            [
                "Esta web no usa cookies de seguimiento, por la seguridad de quienes nos leen.",
                "Entendido, seguir leyendo",
            ],
            [
                "Contenidos externos en esta página",
                "Los mapas y vídeos externos pueden instalar cookies.",
                "Permitir contenido externo",
            ],
        ],
        "related": [
            ["Más sobre la crisis"],
            ["Últimos comunicados"],
            ["Más reportajes de la región"],
        ],
    },
}


_slot = widget_drawer(8)

LANGUAGE_LINKS = (
    '<a href="/en/" hreflang="en">English</a> <a href="/de/" hreflang="de">Deutsch</a> '
    '<a href="/fr/" hreflang="fr">Français</a> <a href="/es/" hreflang="es">Español</a> '
    '<a href="/ar/" hreflang="ar">العربية</a> <a href="/uk/" hreflang="uk">Українська</a>'
)


def relief_charity_newsroom(p: Parts) -> str:
    """A humanitarian charity's newsroom on WordPress with the block editor (classless `<p>`
    paragraphs in `div.entry-content`): the crisis-alert strip in a `wp-block-group` above the
    header, the donor login among the header buttons, the emergency appeal pasted as plain
    `<p>` paragraphs (heading in `<strong>`, the donate link in its own `<p>`) right before the
    first paragraph, the newsletter in a `wp-block-group`, the field film as an embed whose
    iframe holds its caption as fallback text and a `<noscript>` message from the donation
    widget between paragraphs, the field-report credits as plain `<p><em>` paragraphs right
    after the last paragraph, the share links in a `<section>` without a name, the comments
    in another `wp-block-group`, a classless `<aside>` with a headed list of stories, the
    corporate partner in a custom-HTML widget and the app in the right column, and the
    cookie dialog in a `div` with a hashed id."""
    heading = related_heading(p, '<h3 class="wp-block-heading">{text}</h3>')
    inline = present(
        _slot(
            p,
            "newsletter",
            '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained">'
            "{inner}</div>",
            '<h3 class="wp-block-heading">{text}</h3>',
            "<p>{text}</p>",
            '<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/dispatch">'
            "{text}</a></div>",
        ),
        each(
            p,
            "video",
            '<figure class="wp-block-embed is-type-video is-provider-vimeo"><div class="wp-block-embed__wrapper">'
            '<iframe src="https://player.vimeo.example/video/402133" width="640" height="360" allowfullscreen>'
            "{inner}</iframe></div></figure>",
            "{text} ",
        ),
        box(p, "error", '<noscript><div class="gf_browser_unknown">{inner}</div></noscript>'),
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
    stories = links(p.teasers(5), '<li><a href="/news/{slug}/">{text}</a></li>')
    column = "\n".join(
        present(
            f"<aside>{heading}<ul>{stories}</ul></aside>",
            _slot(
                p,
                "advertising",
                '<div class="widget_text widget"><div class="textwidget custom-html-widget">{inner}</div></div>',
                "<h4>{text}</h4>",
                "<p>{text}</p>",
                '<p><a href="https://partner.example/landing" rel="sponsored noopener">{text}</a></p>',
            ),
            _slot(
                p,
                "app",
                '<div class="widget">{inner}</div>',
                "<h4>{text}</h4>",
                "<p>{text}</p>",
                '<a class="wp-block-button__link" href="/app/">{text}</a> ',
            ),
        )
    )
    return f"""<div class="wp-site-blocks">
{_slot(p, "notification", '<div class="wp-block-group alignfull has-vivid-red-background-color has-background">{inner}</div>', "<p><strong>{text}</strong></p>", "<p>{text}</p>", '<div class="wp-block-button is-style-outline"><a class="wp-block-button__link">{text}</a></div>')}
<header class="wp-block-template-part"><div class="wp-block-group is-layout-flex">
<p class="wp-block-site-title"><a href="/">{esc(p.site)}</a></p>
<nav class="wp-block-navigation"><ul><li><a href="/where-we-work/">Where we work</a></li><li><a href="/news/">News</a></li><li><a href="/emergencies/">Emergencies</a></li><li><a href="/about/">About us</a></li></ul></nav>
{_slot(p, "login", '<div class="wp-block-buttons">{inner}</div>', "<span>{text}</span> ", "<span>{text}</span> ", '<div class="wp-block-button"><a class="wp-block-button__link" href="/my-account/">{text}</a></div>')}
</div></header>
<main class="wp-block-group">
<div class="wp-block-columns">
<div class="wp-block-column" style="flex-basis:66.66%">
<h1 class="wp-block-post-title">{esc(p.title)}</h1>
<div class="wp-block-post-date"><time datetime="2026-11-20T09:00:00+00:00">20 November 2026</time></div>
<div class="entry-content wp-block-post-content is-layout-flow">
{_slot(p, "donation", "{inner}", "<p><strong>{text}</strong></p>", "<p>{text}</p>", '<p><a href="/donate/crisis-fund/">{text}</a></p>')}
{body}
{each(p, "source", "{inner}", "<p><em>{text}</em></p>")}
</div>
{inline_box(p, "share", "<section>{inner}</section>", "a", ' href="#" target="_blank" rel="noopener"')}
{_slot(p, "comments", '<div class="wp-block-group is-layout-constrained">{inner}</div>', "<h3>{text}</h3>", "<p>{text}</p>", '<p><a href="#respond">{text}</a></p>')}
</div>
<div class="wp-block-column" style="flex-basis:33.33%">
{column}
</div>
</div>
</main>
<footer class="wp-block-template-part"><p>Registered charity no. 1098765 · © 2026 {esc(p.site)}</p><p><a href="/privacy/">Privacy</a> <a href="/safeguarding/">Safeguarding</a></p></footer>
</div>
{_slot(p, "consent", '<div id="c9e1f3" role="dialog" aria-modal="true"><div class="c9e1f3-b">{inner}</div></div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<button type="button">{text}</button> ')}"""


def un_agency_press_page(p: Parts) -> str:
    """A UN agency's press page on Drupal (paragraphs as `p.rtejustify` in the body field):
    the highlighted region with the alert above the header, the language links and the media
    accreditation login in the header, the briefing video pasted as `p.rtejustify` lines right
    before the first paragraph, a partner banner whose iframe fallback holds the ad and a
    document `<object>` whose fallback holds the failure message between paragraphs, the
    press-release subscription pasted as `p.rtejustify` lines right after the last paragraph,
    the document symbol, embargo or media contacts as rows of a bare `<table>`, the share
    list as `ul.links.inline`, the comments in an unnamed `<section>`, a headed views list
    and the appeal in a hashed block-content div in the sidebar, the app in the footer and
    the cookie popup."""
    heading = related_heading(p, '<h2 class="block-title">{text}</h2>')
    inline = present(
        each(
            p,
            "advertising",
            '<div class="media media--type-remote"><iframe src="/partners/banner-slot?p=3" title="partners" '
            'width="728" height="90">{inner}</iframe></div>',
            "{text} ",
        ),
        each(
            p,
            "error",
            '<object data="/sites/default/files/2026-11/situation-map.pdf" type="application/pdf" width="100%" '
            'height="600">{inner}</object>',
            "<p>{text}</p>",
        ),
    )
    body = p.body(
        {
            "p": '<p class="rtejustify">{text}</p>',
            "h2": '<h3 class="rtejustify"><strong>{text}</strong></h3>',
            "quote": '<p class="rtejustify"><em>{text}</em></p>',
            "ul": '<ul class="rtejustify">{items}</ul>',
        },
        inline,
    )
    releases = links(p.teasers(6), '<div class="views-row"><a href="/press/{slug}">{text}</a></div>')
    return f"""<div class="dialog-off-canvas-main-canvas">
<div class="region region-highlighted">{_slot(p, "notification", '<div class="block-content">{inner}</div>', "<strong>{text}</strong> ", "<span>{text}</span> ", '<a href="/alerts">{text}</a> ')}</div>
<header role="banner" class="page-header">
<a class="site-logo" href="/"><img src="/themes/custom/wsp/logo.svg" alt="{esc(p.site)}"></a>
<div class="language-switcher-language-url"><ul class="links">{LANGUAGE_LINKS}</ul></div>
<div id="block-mediaaccount">{_slot(p, "login", "<div>{inner}</div>", "<span>{text}</span> ", "<span>{text}</span> ", '<a href="/user/login?destination=/media">{text}</a> ')}</div>
<nav class="menu--main"><a href="/what-we-do">What we do</a> <a href="/where-we-work">Where we work</a> <a href="/press">Press</a> <a href="/publications">Publications</a></nav>
</header>
<main role="main" class="layout-container">
<div class="layout-content">
<article class="node node--type-press-release node--view-mode-full">
<h1 class="page-title"><span>{esc(p.title)}</span></h1>
<div class="field field--name-field-date"><time datetime="2026-11-20T10:00:00Z">20 November 2026</time> · Geneva</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{each(p, "video", "{inner}", '<p class="rtejustify">{text}</p>')}
{body}
{each(p, "newsletter", "{inner}", '<p class="rtejustify">{text}</p>')}
</div>
{each(p, "source", '<table class="table"><tbody>{inner}</tbody></table>', "<tr><td>{text}</td></tr>")}
{inline_box(p, "share", '<ul class="links inline">{inner}</ul>', "li", "", "")}
<section>{_slot(p, "comments", "<div>{inner}</div>", "<h2>{text}</h2>", "<p>{text}</p>", '<a href="/comment/reply">{text}</a>')}</section>
</article>
</div>
<aside class="layout-sidebar-second" role="complementary">
<div class="block block-views">{heading}<div class="view-content">{releases}</div></div>
{_slot(p, "donation", '<div class="block block-block-content block-block-content7c41e0a2">{inner}</div>', "<h2>{text}</h2>", "<p>{text}</p>", '<a class="button" href="/donate">{text}</a>')}
</aside>
</main>
<footer role="contentinfo" class="page-footer">
{_slot(p, "app", '<div class="block block-block-content">{inner}</div>', "<p><strong>{text}</strong></p>", "<p>{text}</p>", '<a href="/mobile">{text}</a> ')}
<p>© 2026 {esc(p.site)} · <a href="/terms">Terms of use</a> · <a href="/fraud">Fraud alert</a></p>
</footer>
</div>
{_slot(p, "consent", '<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog"><div class="popup-content info">{inner}</div></div>', "<h2>{text}</h2>", "<p>{text}</p>", '<button type="button" class="button">{text}</button> ')}"""


def conflict_live_page(p: Parts) -> str:
    """A broadcaster's foreign desk live page from a conflict, a React app with emotion
    classes (`css-` hashes) and custom `<live-post>` elements, each paragraph its own post with
    `p.css-83cqas`: the new-updates toast above the header, the sign-in in an
    `<account-menu>`, the share tools in a `<share-tools>` element under the headline, the
    verification or casualty note as a `<live-post>` with the same paragraph class right
    before the first post, an ad slot, the verified clip with its caption and a map embed whose
    iframe fallback holds the failure message as posts between posts, the comments prompt as a
    same-class post right after the last one in the same stream, the support appeal in an
    unnamed `<section>` below, a classless `<aside>` with the newsletter and a headed list of
    coverage, the app in a bottom sheet, and the consent message as the fallback text of the
    consent manager's iframe."""
    heading = related_heading(p, '<h2 class="css-1xr4k2h">{text}</h2>')
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="css-9ya7te" data-slot="mid-1">{inner}</div>',
            '<span class="css-0">{text}</span>',
            '<p class="css-1u2ulh">{text}</p>',
            '<a class="css-0" href="/ad/click?s=mid-1" rel="sponsored">{text}</a>',
        ),
        _slot(
            p,
            "video",
            '<live-post data-type="video"><figure class="css-4ql5np"><video preload="none" poster="/p/88.jpg"></video>'
            '<figcaption class="css-1ib3x9">{inner}</figcaption></figure></live-post>',
            "<strong>{text}</strong> ",
            "<span>{text}</span> ",
            "<span>{text}</span> ",
        ),
        each(
            p,
            "error",
            '<live-post data-type="embed"><iframe src="https://maps.datawrapper.example/3kP1/" title="map" '
            'height="500">{inner}</iframe></live-post>',
            "{text} ",
        ),
    )
    body = p.body(
        {
            "p": '<live-post><div class="css-1a9zh2"><p class="css-83cqas e1t9g2i0">{text}</p></div></live-post>',
            "h2": '<live-post><h3 class="css-8ltm1r">{text}</h3></live-post>',
            "quote": '<live-post><blockquote class="css-q6d1kd"><p class="css-83cqas e1t9g2i0">{text}</p>'
            "</blockquote></live-post>",
            "ul": '<live-post><ul class="css-2b7x0k">{items}</ul></live-post>',
        },
        inline,
    )
    coverage = links(p.teasers(5), '<li class="css-k5k1tl"><a href="/news/world-{slug}">{text}</a></li>')
    aside = "\n".join(
        present(
            _slot(
                p,
                "newsletter",
                '<form class="css-1mt0u5v">{inner}<input type="email" class="css-16b2y9"></form>',
                '<h2 class="css-1xr4k2h">{text}</h2>',
                "<p>{text}</p>",
                '<button type="submit" class="css-vq2kd4">{text}</button>',
            ),
            f'<div class="css-7m0x3z">{heading}<ol>{coverage}</ol></div>',
        )
    )
    return f"""<div id="main-content">
{_slot(p, "notification", '<div class="css-3m1b2y" role="status">{inner}</div>', "<span>{text}</span> ", "<span>{text}</span> ", '<button type="button" class="css-ozxkc4">{text}</button>')}
<header class="css-1x8ksds"><a href="/" class="css-yp7nr0">{esc(p.site)}</a>
<nav class="css-6x4kd2"><a href="/news/world">World</a> <a href="/news/world/africa">Africa</a> <a href="/news/world/middle_east">Middle East</a> <a href="/news/world/europe">Europe</a></nav>
<account-menu>{_slot(p, "login", '<div class="css-1c7ct59">{inner}</div>', "<span>{text}</span> ", "<span>{text}</span> ", '<a href="/account/signin" class="css-0">{text}</a> ')}</account-menu></header>
<main class="css-1hlxxic">
<div class="css-q1ghsz">
<span class="css-1v0kx6">LIVE</span>
<h1 class="css-1c8ko0c">{esc(p.title)}</h1>
<share-tools>{inline_box(p, "share", '<div class="css-1fn4k8h">{inner}</div>', "button", ' type="button" class="css-0"')}</share-tools>
<div class="css-1e0oqko">
{each(p, "source", '<live-post data-pinned="true">{inner}</live-post>', '<p class="css-83cqas e1t9g2i0">{text}</p>')}
{body}
{each(p, "comments", "<live-post>{inner}</live-post>", '<p class="css-83cqas e1t9g2i0">{text}</p>')}
</div>
<section>{_slot(p, "donation", '<div class="css-b3u7q2">{inner}</div>', "<h2>{text}</h2>", "<p>{text}</p>", '<a href="/support" class="css-0">{text}</a> ')}</section>
</div>
<aside>
{aside}
</aside>
</main>
<footer class="css-jv2ucw"><p>Copyright © 2026 {esc(p.site)}. We are not responsible for the content of external sites.</p></footer>
{_slot(p, "app", '<div class="css-a81k3f" style="position:fixed;bottom:0">{inner}</div>', "<strong>{text}</strong> ", "<span>{text}</span> ", '<a href="/app" class="css-0">{text}</a> ')}
<div id="sp_message_container_813602">{each(p, "consent", '<iframe src="https://cmp.privacy-mgmt.example/index.html?message_id=813602" title="SP Consent Message">{inner}</iframe>', "{text} ")}</div>
</div>"""


def development_journalism_site(p: Parts) -> str:
    """A foundation-funded development-journalism outlet on Ghost (classless `<p>` paragraphs
    in `section.gh-content`): the announcement bar with the notification at the top, the
    portal sign-in in the header, the funding disclosure pasted as plain `<p>` paragraphs right
    before the first paragraph, the ad as rows of a classless `<table>` in an HTML card, the
    newsletter as `<br>`-separated lines in a callout card and the documentary as an embed
    card whose iframe holds its caption between paragraphs, the republishing box pasted as
    plain `<p>` paragraphs right after the last paragraph, the failed chart in an HTML card
    after the content, the membership call in a bland `gh-outer` div, the comments in an
    unnamed `<section>`, a headed read-next list, the app in the footer and the cookie bar."""
    heading = related_heading(p, '<h2 class="gh-container-title">{text}</h2>')
    inline = present(
        each(
            p,
            "advertising",
            '<div class="kg-card kg-html-card"><table><tbody>{inner}</tbody></table></div>',
            "<tr><td>{text}</td></tr>",
        ),
        inline_box(
            p,
            "newsletter",
            '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">✉️</div>'
            '<div class="kg-callout-text">{inner}</div></div>',
            "span",
            "",
            "<br>",
        ),
        each(
            p,
            "video",
            '<figure class="kg-card kg-embed-card"><iframe width="200" height="113" '
            'src="https://www.youtube-nocookie.example/embed/q8Wm1" frameborder="0">{inner}</iframe></figure>',
            "{text} ",
        ),
    )
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": '<h2 id="section">{text}</h2>',
            "quote": '<blockquote class="kg-blockquote-alt">{text}</blockquote>',
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    reads = links(p.teasers(4), '<article class="gh-card"><a class="gh-card-link" href="/{slug}/">{text}</a></article>')
    return f"""<div class="gh-site">
{_slot(p, "notification", '<div class="gh-announcement-bar">{inner}</div>', "<strong>{text}</strong> ", "<span>{text}</span> ", '<a href="#/portal/signup">{text}</a> ')}
<header id="gh-navigation" class="gh-navigation is-left-logo"><a class="gh-navigation-logo" href="/">{esc(p.site)}</a>
<nav class="gh-navigation-menu"><a href="/tag/health/">Health</a> <a href="/tag/climate/">Climate</a> <a href="/tag/aid/">Aid</a> <a href="/about/">About</a></nav>
<div class="gh-navigation-actions">{_slot(p, "login", "<div>{inner}</div>", "<span>{text}</span> ", "<span>{text}</span> ", '<a href="#/portal/signin" data-portal="signin">{text}</a> ')}</div></header>
<main id="gh-main" class="gh-main">
<article class="gh-article post tag-health">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/health/">Global health</a>
<h1 class="gh-article-title">{esc(p.title)}</h1>
<div class="gh-article-meta"><span class="gh-article-author-name">Ruth Asante</span> · <time datetime="2026-11-20">Nov 20, 2026</time></div></header>
<section class="gh-content gh-canvas">
{each(p, "source", "{inner}", "<p>{text}</p>")}
{body}
{_slot(p, "share", "{inner}", "<p><strong>{text}</strong></p>", "<p>{text}</p>", '<p><a href="#republish">{text}</a></p>')}
</section>
{box(p, "error", '<div class="kg-card kg-html-card gh-canvas">{inner}</div>')}
<div class="gh-outer x1">{_slot(p, "donation", '<div class="gh-inner">{inner}</div>', "<h3>{text}</h3>", "<p>{text}</p>", '<a class="gh-btn" href="#/portal/support">{text}</a> ')}</div>
<section>{_slot(p, "comments", "<div>{inner}</div>", "<h3>{text}</h3>", "<p>{text}</p>", '<button type="button">{text}</button>')}</section>
</article>
<div class="gh-container is-grid gh-outer">{heading}<div class="gh-feed">{reads}</div></div>
</main>
<footer class="gh-footer">{_slot(p, "app", '<div class="gh-footer-signup">{inner}</div>', "<h4>{text}</h4>", "<p>{text}</p>", '<a href="/app/">{text}</a> ')}
<p>{esc(p.site)} © 2026 · Published with Ghost</p></footer>
{_slot(p, "consent", '<div class="cookie-bar" style="position:fixed;bottom:0">{inner}</div>', "<b>{text}</b> ", "<span>{text}</span> ", '<button type="button">{text}</button> ')}
</div>"""


def exile_media_mirror(p: Parts) -> str:
    """A diaspora newsroom in exile served from a Hugo mirror with Tailwind utility classes
    (paragraphs as `p.mb-5.text-lg.leading-8` in a `div.max-w-2xl`): the mirror and VPN notice
    in an amber strip at the very top, the messenger-channel plug pasted as same-class
    paragraphs right before the first paragraph, an ad in a bordered div, the clip as a
    `<noscript>` fallback of the player and a failed Telegram post in a `<tg-embed>` element
    between paragraphs, the reader-funding appeal pasted as same-class paragraphs right after
    the last paragraph in the same div, the credits and translation note as one
    `<br>`-separated `<p>`, the share list with its safety note, the comments in an unnamed
    `<section>`, the newsletter and a headed list in the right column, the members login as a
    hidden modal and the cookie notice fixed to the bottom."""
    heading = related_heading(p, '<h3 class="mb-3 text-sm font-bold uppercase tracking-wide">{text}</h3>')
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="my-8 border-y border-gray-200 py-4 text-center">{inner}</div>',
            '<div class="text-xs text-gray-400">{text}</div>',
            '<p class="text-sm">{text}</p>',
            '<a class="text-sm underline" href="/r/a1" rel="sponsored">{text}</a>',
        ),
        box(
            p,
            "video",
            '<div class="aspect-video my-6" data-player="hls" data-src="/media/clip-2211.m3u8"><noscript>{inner}</noscript></div>',
        ),
        each(
            p,
            "error",
            '<tg-embed data-post="exile_news/18277" class="my-6 block">{inner}</tg-embed>',
            '<div class="rounded bg-gray-100 p-3 text-sm">{text}</div>',
        ),
    )
    body = p.body(
        {
            "p": '<p class="mb-5 text-lg leading-8">{text}</p>',
            "h2": '<h2 class="mb-4 mt-8 text-2xl font-bold">{text}</h2>',
            "quote": '<blockquote class="mb-5 border-l-4 pl-4 italic"><p class="mb-5 text-lg leading-8">{text}</p></blockquote>',
            "ul": '<ul class="mb-5 list-disc pl-6 text-lg">{items}</ul>',
        },
        inline,
    )
    side = "\n".join(
        present(
            _slot(
                p,
                "newsletter",
                '<form class="mb-8 rounded-lg bg-gray-50 p-5">{inner}<input type="email" class="w-full rounded border p-2"></form>',
                '<h3 class="mb-2 font-bold">{text}</h3>',
                '<p class="mb-3 text-sm">{text}</p>',
                '<button class="mt-2 rounded bg-black px-4 py-2 text-white" type="submit">{text}</button>',
            ),
            f'<div class="mb-8">{heading}<ul class="space-y-3">'
            + links(p.teasers(5), '<li><a class="hover:underline" href="/news/{slug}/">{text}</a></li>')
            + "</ul></div>",
        )
    )
    return f"""<div class="min-h-screen">
{_slot(p, "notification", '<div class="bg-amber-100 px-4 py-2 text-center text-sm">{inner}</div>', "<strong>{text}</strong> ", "<span>{text}</span> ", '<a class="underline" href="/mirrors/">{text}</a> ')}
<header class="border-b px-4 py-3"><a class="text-xl font-black" href="/">{esc(p.site)}</a>
<nav class="flex gap-4 text-sm"><a href="/news/">News</a> <a href="/investigations/">Investigations</a> <a href="/opinion/">Opinion</a> <a href="/podcasts/">Podcasts</a></nav></header>
<div class="mx-auto grid max-w-6xl gap-10 px-4 lg:grid-cols-12">
<article class="lg:col-span-8">
<h1 class="mb-4 mt-8 text-4xl font-extrabold leading-tight">{esc(p.title)}</h1>
<p class="mb-8 text-sm text-gray-500">20.11.2026 · 14 min</p>
<div class="max-w-2xl">
{each(p, "app", "{inner}", '<p class="mb-5 text-lg leading-8">{text}</p>')}
{body}
{each(p, "donation", "{inner}", '<p class="mb-5 text-lg leading-8">{text}</p>')}
</div>
{inline_box(p, "source", '<p class="mt-6 text-sm text-gray-500">{inner}</p>', "span", "", "<br>")}
{each(p, "share", '<ul class="mt-6 flex flex-wrap gap-3 text-sm">{inner}</ul>', '<li><a href="#" class="rounded-full border px-3 py-1">{text}</a></li>')}
<section>{_slot(p, "comments", '<div class="mt-10 border-t pt-6">{inner}</div>', '<h3 class="font-bold">{text}</h3>', '<p class="text-sm">{text}</p>', '<a class="text-sm underline" href="/comments/">{text}</a>')}</section>
</article>
<div class="lg:col-span-4 pt-8">
{side}
</div>
</div>
<footer class="mt-16 border-t px-4 py-6 text-xs text-gray-500"><p>© 2026 {esc(p.site)}. Registered as a foreign media outlet in Riga.</p></footer>
{_slot(p, "login", '<div id="m-login" class="fixed inset-0 z-50 hidden bg-black/50"><div class="mx-auto mt-32 max-w-sm rounded bg-white p-6">{inner}</div></div>', '<h3 class="mb-2 font-bold">{text}</h3>', '<p class="mb-2 text-sm">{text}</p>', '<a class="block underline" href="/members/login/">{text}</a>')}
{_slot(p, "consent", '<div class="fixed inset-x-0 bottom-0 z-40 bg-white p-4 shadow-lg">{inner}</div>', '<p class="font-bold">{text}</p>', '<p class="text-sm">{text}</p>', '<button class="mr-2 rounded border px-3 py-1" type="button">{text}</button>')}
</div>"""


def refugee_info_portal(p: Parts) -> str:
    """A migration and refugees news portal on an old TYPO3 `<table>` layout (paragraphs as
    `p.bodytext` in a content frame): the "read in" language row and the login in the top
    row, the helpline or alert pasted as `p.bodytext` lines right before the first paragraph,
    the video caption as `<br>`-separated lines in a media frame, a service map whose iframe
    fallback holds the failure message and an ad as the `<noscript>` of an ad script between
    paragraphs, the legal-advice disclaimer or credits pasted as `p.bodytext` lines right
    after the last paragraph, the share links separated by pipes, the comments in a nested
    table, a headed list of stories and the app in the left column, the newsletter as a
    `<br>`-separated run and the donation box in the right column, and a fixed cookie notice
    after the layout table."""
    heading = related_heading(p, '<tr><td class="boxhead">{text}</td></tr>')
    inline = present(
        inline_box(
            p,
            "video",
            '<div class="frame frame-default frame-type-textmedia"><video controls width="480" src="/fileadmin/video/'
            'beratung.mp4"></video><p class="caption">{inner}</p></div>',
            "span",
            "",
            "<br>",
        ),
        each(
            p,
            "error",
            '<div class="frame frame-default frame-type-html"><iframe src="https://karte.example/dienste" width="100%" '
            'height="400">{inner}</iframe></div>',
            "{text} ",
        ),
        each(
            p,
            "advertising",
            '<script src="/typo3conf/ext/ads/slot.js"></script><noscript>{inner}</noscript>',
            '<div class="adtext">{text}</div>',
        ),
    )
    body = p.body(
        {
            "p": '<p class="bodytext">{text}</p>',
            "h2": "<h2>{text}</h2>",
            "quote": '<blockquote><p class="bodytext">{text}</p></blockquote>',
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    stories = links(p.teasers(6), '<tr><td><a href="/index.php?id={slug}">{text}</a></td></tr>')
    return f"""<table id="layout" width="100%" cellspacing="0" cellpadding="0" border="0">
<tr><td colspan="3" class="top"><a href="/"><img src="/fileadmin/logo.gif" alt="{esc(p.site)}"></a> {LANGUAGE_LINKS}
{_slot(p, "login", '<div class="tx-felogin-pi1">{inner}</div>', "<b>{text}</b> ", "<span>{text}</span> ", '<a href="/login">{text}</a> ')}</td></tr>
<tr><td colspan="3" class="menu"><a href="/asyl">Asylum</a> | <a href="/arbeit">Work</a> | <a href="/familie">Family</a> | <a href="/news">News</a></td></tr>
<tr>
<td width="200" valign="top" class="left">
<table width="100%" cellpadding="4" class="box">{heading}{stories}</table>
{_slot(p, "app", '<div class="frame">{inner}</div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<p><a href="/app">{text}</a></p>')}
</td>
<td valign="top" class="content">
<h1>{esc(p.title)}</h1>
<p class="date">20.11.2026</p>
<div id="c412" class="frame frame-default frame-type-text frame-layout-0">
{_slot(p, "notification", "{inner}", '<p class="bodytext"><b>{text}</b></p>', '<p class="bodytext">{text}</p>', '<p class="bodytext"><a href="tel:08001234567">{text}</a></p>')}
{body}
{each(p, "source", "{inner}", '<p class="bodytext">{text}</p>')}
</div>
<p class="tools">{inline_box(p, "share", "{inner}", "a", ' href="#"', " | ")}</p>
{_slot(p, "comments", '<table width="100%" cellpadding="6" border="0"><tr><td>{inner}</td></tr></table>', "<b>{text}</b><br>", "{text}<br>", '<a href="/kommentare">{text}</a>')}
</td>
<td width="220" valign="top" class="right">
{inline_box(p, "newsletter", '<div class="frame"><p>{inner}</p></div>', "span", "", "<br>")}
{_slot(p, "donation", '<table width="100%" cellpadding="6" border="1"><tr><td>{inner}</td></tr></table>', "<b>{text}</b><br>", "{text}<br>", '<a href="/spenden">{text}</a>')}
</td>
</tr>
<tr><td colspan="3" class="foot">© 2026 {esc(p.site)} · <a href="/impressum">Imprint</a> · <a href="/datenschutz">Data protection</a></td></tr>
</table>
{_slot(p, "consent", '<div id="cookie" style="position:fixed;bottom:0;left:0;right:0;background:#ffe">{inner}</div>', "<b>{text}</b> ", "{text} ", '<a href="#" onclick="ok()">{text}</a> ')}"""


SHAPES = (
    relief_charity_newsroom,
    un_agency_press_page,
    conflict_live_page,
    development_journalism_site,
    exile_media_mirror,
    refugee_info_portal,
)
