"""Part w of the held-out pages: six shapes of courts, crime and legal news and of environment,
energy and farming news (a legal trade journal on Drupal whose article is a stack of paragraph
entities, with law-firm sponsored CPD promos, a case tracker, a subscriber gate and a status
message region; the court-reporting section of a regional paper on SvelteKit, every class a
`svelte-` hash, with its reporting-restriction note and Crimestoppers box pasted as paragraphs;
a true-crime and police-news portal on Nuxt whose elements carry only `data-v-` attributes, the
story as bare `<div>`s, with a tip-line box, a podcast player custom element and a crime map;
an energy-industry trade site on Angular, its widgets `app-` custom elements carrying
`_ngcontent-` attributes, with price tickers, webinars and a premium paywall; an environmental
NGO's newsroom on Webflow with auto-named classes, its adopt-a-hectare appeal and notes to
editors pasted into the rich text, a petition form and its failure message; and a farming
weekly on an old ASP.NET WebForms CMS with the story as one `<span>` of `<br />`-separated
runs, market price grids, a spraying-weather box and a comments DataList), with their wording,
written without reading newsmon's rules, and never tuned on. What newsmon does here is the
figure for pages it has not seen."""

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
                "In association with Harcourt Wilde LLP",
                "CPD Live: costs budgeting after the 2026 reforms",
                "Thursday 3 December · 12:30–14:00 · 1.5 hours",
                "Book your place from £95 + VAT",
            ],
            [
                "Find a solicitor",
                "Search 11,400 firms by practice area, language and postcode.",
                "Practice area",
                "Town or postcode",
                "Search the directory",
            ],
            [
                "Public notices",
                "Deceased estates: claims against the estates listed must be sent to the named solicitors by 22 January.",
                "Licensing: Tolworth Arms, application to vary premises licence",
                "Place a notice in print and online",
            ],
            [
                "Legal jobs",
                "Associate, Commercial Litigation · 3–5 PQE · Manchester",
                "Family Law Paralegal · Leeds · £26,000–£29,000",
                "Senior Crown Prosecutor · Wessex",
                "Browse 930 vacancies",
            ],
            [
                "Market prices",
                "Brent crude $78.42 ▲ 0.6%",
                "TTF gas €34.10/MWh ▼ 1.2%",
                "UK power day-ahead £71.80/MWh",
                "Carbon EUA €68.95",
                "Prices delayed by 15 minutes",
            ],
            [
                "Offshore Energy Forum 2027",
                "Aberdeen · 9–11 March · 4,000 delegates and 180 exhibitors under one roof.",
                "Early-bird rate ends 15 December",
                "Get your pass",
            ],
            [
                "Grain prices this week",
                "Feed wheat, Nov-26 · £182.50/t",
                "Milling wheat, ex-farm · £214.00/t",
                "Oilseed rape, Harvest-27 · £398.00/t",
                "Full market report",
            ],
            [
                "Machinery for sale",
                "2019 Fendt 724 Vario · 4,850 hrs · £118,500 + VAT",
                "Kverneland 4-furrow reversible plough · £6,200",
                "Sell your machinery from £19.99",
            ],
            [
                "Win a signed copy of The Cellar Tapes, the year's most talked-about true-crime book.",
                "Enter the prize draw",
                "Closes midnight Sunday. UK entrants only.",
            ],
        ],
        "donation": [
            [
                "Adopt a hectare of wild moorland",
                "For £35 you protect one hectare of peat bog for a year, and we send you a certificate with its grid reference.",
                "Adopt a hectare",
            ],
            [
                "We take no money from oil, gas or mining companies.",
                "Our investigations are paid for by 68,000 supporters. Give £5 a month to keep them going.",
                "Give monthly",
            ],
            [
                "Subscribe to read the full judgment analysis",
                "Unlimited case reports, practice notes and the archive from £19 a month.",
                "See subscription options",
            ],
            [
                "Court reporting costs money",
                "Our reporter sits in the Crown Court five days a week. Subscribers make that possible.",
                "Subscribe for £1 for your first month",
            ],
            [
                "Join Crime Desk+",
                "Ad-free reading, early access to long reads and the whole case archive.",
                "Start a 7-day free trial",
            ],
            [
                "Help us keep young farmers safe",
                "Every gift pays for free safety training at a young farmers' club.",
                "Make a donation",
            ],
        ],
        "notification": [
            [
                "Seen something? Say something.",
                "If you have information about this or any other crime, call Crimestoppers anonymously on 0800 555 111 or use their online form.",
                "Report online",
            ],
            [
                "Case tracker",
                "Follow this case and we'll email you when the next hearing is listed.",
                "Follow case",
            ],
            [
                "Spraying conditions",
                "Today: good until 2pm, wind 8 mph SW",
                "Tomorrow: poor, rain from dawn",
                "5-day farm forecast",
            ],
            ["Oil price alert", "Get an alert when Brent moves more than 2% in a session.", "Set alert"],
            ["Get a notification when a verdict is delivered in a case you follow?", "Yes please", "No thanks"],
            [
                "Campaign update",
                "The river bathing-water consultation closes on Friday. Have you responded?",
                "Respond now",
            ],
        ],
        "app": [
            [
                "Read the Gazette anywhere",
                "Case law updates and practice notes in our app, now with offline reading.",
                "App Store",
                "Google Play",
            ],
            ["Local police and court news on your phone: get the Crime Desk app for instant alerts."],
            [
                "FarmWeek app",
                "Live auction results, grain prices and the weekly paper on your phone.",
                "Download free",
            ],
            ["Get the EnergyWatch app", "Price charts, tenders and news in one place", "iOS · Android"],
            [
                "Take action on the go",
                "Sign petitions and track our campaigns with the Wildline app.",
                "Install Wildline",
            ],
        ],
        "newsletter": [
            [
                "The Legal Brief",
                "The day's judgments, regulation and people moves, every weekday at 7am.",
                "Your work email",
                "Subscribe to the Brief",
            ],
            [
                "Court roundup",
                "The week's sentences from the courts in your area, every Saturday.",
                "Send me the roundup",
            ],
            [
                "The Case File",
                "Our weekly true-crime digest: the cases, the trials and the podcasts.",
                "Subscribe free",
            ],
            [
                "Energy Transition Daily",
                "Renewables, grids and hydrogen, in your inbox before the markets open.",
                "Get the daily",
            ],
            [
                "Sign the petition",
                "Tell ministers: no new drilling in protected seas.",
                "First name",
                "Email",
                "Postcode",
                "Add my name",
            ],
            [
                "Field Notes",
                "Markets, weather and farm policy every Friday morning.",
                "Get Field Notes",
                "We'll never share your email. Unsubscribe any time.",
            ],
        ],
        "comments": [
            ["Comments are closed on this article for legal reasons."],
            ["47 comments", "Sort by: Best", "Show more replies"],
            [
                "Have your say",
                "Comments are moderated and may take a few hours to appear.",
                "Post comment",
            ],
            [
                "Discussion on the forum",
                "Join 3,200 farmers talking about this story on the FarmWeek forum.",
                "Go to the thread",
            ],
            ["Readers' comments (12)", "Posted by Anonymous · 3 hours ago", "Report this comment"],
        ],
        "login": [
            ["Sign in to read the rest of this article", "Your email", "Password", "Sign in"],
            ["Already registered? Log in", "New here? Register for three free articles a month"],
            ["Supporter login", "Log in to manage your donations and petitions."],
            ["Subscriber sign-in", "Sign in with your FarmWeek account number"],
            ["Corporate subscribers", "Access through your firm's single sign-on"],
        ],
        "video": [
            ["Watch: outside court as the jury returns", "2:14"],
            ["Podcast: Cold Case Files", "Episode 112 · The Riverside letters", "Listen now · 48 min"],
            ["Video explainer: how sentencing guidelines work", "3:30", "Play"],
            ["Drone footage: the new offshore substation", "1:52"],
            ["Watch our film: the last wild salmon river", "6:40", "Watch with subtitles"],
            ["FarmWeek TV: the big tractor test", "14:08"],
        ],
        "source": [
            [
                "Reporting restrictions under section 45 of the Youth Justice and Criminal Evidence Act 1999 apply to this case."
            ],
            ["This article is for general information only and does not constitute legal advice."],
            ["All defendants are innocent until proven guilty. Read our court reporting policy."],
            ["Notes for editors", "Press office: press@wildline.example.org · +44 20 7946 0815"],
            ["Prices: ICE Futures Europe, AHDB. Data correct at 16:30 GMT."],
            ["Source: Metropolitan Police press bureau"],
            ["Additional reporting by Rhys Penhaligon", "Photograph: PA"],
        ],
        "share": [
            ["Share this story", "Email this article", "LinkedIn", "Copy article link"],
            ["Share on WhatsApp", "Share to Facebook", "Post to X"],
            ["Print article", "PDF version", "Cite this"],
            ["Forward to a colleague", "Save to reading list"],
        ],
        "error": [
            ["The price feed is temporarily unavailable."],
            ["Sorry, the case tracker couldn't be loaded.", "Try again"],
            ["We couldn't submit your signature. Please check your connection and try again."],
            ["Weather data unavailable", "Error 502"],
            ["This video is not available in your country."],
        ],
        "consent": [
            [
                "Your cookie choices",
                "We use cookies to run this site, measure our audience and show relevant adverts. Some are set by third parties.",
                "Accept all cookies",
                "Reject non-essential",
                "Choose cookies",
            ],
            ["We only use essential cookies. No tracking, no adverts.", "OK"],
            [
                "Privacy preferences",
                "With your consent, we and 143 partners use cookies to personalise ads and content.",
                "Agree and close",
                "Manage partners",
            ],
            ["This site uses cookies. By clicking any link on this page you agree to our cookie policy.", "Close"],
        ],
        "related": [
            ["More from Courts"],
            ["Latest crime news"],
            ["Most read in Litigation"],
            ["More energy news"],
            ["Our latest campaigns"],
            ["More farming news"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Präsentiert von Brandauer & Kollegen Rechtsanwälte",
                "Fortbildung nach § 15 FAO: Webinar zum neuen Verbandssanktionenrecht",
                "Do., 3.12., 14–17 Uhr · 3 Zeitstunden",
                "Jetzt buchen ab 149 € zzgl. USt.",
            ],
            [
                "Anwaltssuche",
                "Finden Sie Fachanwälte für Arbeitsrecht, Familienrecht und Strafrecht in Ihrer Nähe.",
                "Rechtsgebiet",
                "PLZ oder Ort",
                "Kanzlei finden",
            ],
            [
                "Amtliche Bekanntmachungen",
                "Zwangsversteigerung: Einfamilienhaus in Seeheim, Verkehrswert 385.000 €, Termin am 14. Januar",
                "Aufgebot: Kraftloserklärung eines Grundschuldbriefs",
                "Alle Bekanntmachungen",
            ],
            [
                "Marktdaten",
                "Brent 78,42 $ ▲ 0,6 %",
                "Erdgas TTF 34,10 €/MWh ▼ 1,2 %",
                "Strom Base Q1-27 88,50 €/MWh",
                "Kurse 15 Min. verzögert",
            ],
            [
                "Erzeugerpreise der Woche",
                "Brotweizen, frei Erfasser · 198,50 €/t",
                "Raps, Ernte 2027 · 412,00 €/t",
                "Schlachtschweine · 1,82 €/kg",
                "Zum Marktbericht",
            ],
            [
                "Landtechnik-Börse",
                "Fendt 724 Vario, Bj. 2019, 4.850 Bh · 118.500 € zzgl. MwSt.",
                "Amazone Cirrus 3003 Compact · 24.900 €",
                "Inserat aufgeben ab 19,90 €",
            ],
            [
                "Karrieremarkt Recht",
                "Associate (m/w/d) Prozessführung · Frankfurt",
                "Rechtsfachwirt (m/w/d) · Hamburg",
                "Alle 412 Stellen",
            ],
        ],
        "donation": [
            [
                "Werden Sie Moorpate",
                "Mit 35 € schützen Sie einen Hektar Moor für ein Jahr – mit Urkunde und Koordinaten.",
                "Pate werden",
            ],
            [
                "Wir nehmen kein Geld von Öl-, Gas- oder Bergbaukonzernen.",
                "Unsere Recherchen bezahlen 41.000 Fördermitglieder. Schon 5 € im Monat helfen.",
                "Jetzt fördern",
            ],
            [
                "Gerichtsberichterstattung kostet Geld",
                "Unsere Reporterin sitzt jeden Tag im Landgericht. Mit einem Abo machen Sie das möglich.",
                "1 Monat für 0,99 €",
            ],
            [
                "Weiterlesen mit Recht plus",
                "Alle Urteilsbesprechungen, Fachaufsätze und das Archiv ab 14,90 € im Monat.",
                "Abo-Angebote ansehen",
            ],
            ["Krimi-Club", "Werbefrei lesen, Folgen früher hören, das ganze Fallarchiv.", "7 Tage gratis testen"],
        ],
        "notification": [
            [
                "Haben Sie etwas beobachtet?",
                "Hinweise nimmt jede Polizeidienststelle entgegen, auf Wunsch auch anonym über die Onlinewache.",
                "Zur Onlinewache",
            ],
            [
                "Agrarwetter",
                "Heute: Spritzfenster bis 14 Uhr, Wind SW 3 m/s",
                "Morgen: Regen ab Mitternacht, 12 mm",
                "7-Tage-Vorhersage",
            ],
            [
                "Verfahren verfolgen",
                "Wir benachrichtigen Sie, sobald ein neuer Verhandlungstermin feststeht.",
                "Verfahren folgen",
            ],
            ["Preisalarm Heizöl", "Wir melden uns, wenn 100 Liter unter 95 € fallen.", "Alarm einrichten"],
            ["Eilmeldungen vom Gericht aktivieren?", "Ja, gerne", "Nein, danke"],
        ],
        "app": [
            [
                "Die Agrar-App",
                "Marktpreise, Wetter und die aktuelle Ausgabe auf dem Smartphone.",
                "Kostenlos laden",
            ],
            ["Die Fachzeitschrift als App: alle Ausgaben offline lesen, mit Volltextsuche."],
            ["Blaulicht aus Ihrer Region direkt aufs Handy – mit unserer Polizeimeldungs-App."],
            ["Aktiv werden per App", "Petitionen unterschreiben und Kampagnen verfolgen", "Für iOS und Android"],
        ],
        "newsletter": [
            [
                "Der Rechtsbrief",
                "Entscheidungen, Gesetzgebung und Personalien jeden Werktag um 7 Uhr.",
                "Geschäftliche E-Mail",
                "Abonnieren",
            ],
            [
                "Gerichtsreport",
                "Die Urteile der Woche aus der Region, jeden Samstag in Ihrem Postfach.",
                "Gerichtsreport bestellen",
            ],
            [
                "Energiewende kompakt",
                "Netze, Speicher und Wasserstoff, bevor die Börse öffnet.",
                "Kostenlos eintragen",
            ],
            [
                "Jetzt Petition unterschreiben",
                "Keine neuen Bohrungen in Meeresschutzgebieten!",
                "Vorname",
                "E-Mail",
                "Unterschreiben",
            ],
            ["Feldpost", "Markt, Wetter und Agrarpolitik jeden Freitag früh.", "Feldpost bestellen"],
        ],
        "comments": [
            ["Die Kommentarfunktion ist bei diesem Artikel aus rechtlichen Gründen deaktiviert."],
            ["31 Kommentare", "Sortieren: Beste", "Weitere Antworten anzeigen"],
            [
                "Ihre Meinung",
                "Kommentare werden vor der Freischaltung geprüft. Das kann einige Stunden dauern.",
                "Kommentar absenden",
            ],
            [
                "Im Forum diskutieren",
                "2.800 Landwirtinnen und Landwirte diskutieren dieses Thema im Forum.",
                "Zur Diskussion",
            ],
        ],
        "login": [
            ["Anmelden, um weiterzulesen", "E-Mail-Adresse", "Passwort", "Login"],
            ["Bereits registriert? Einloggen", "Neu hier? Drei Artikel im Monat kostenlos"],
            ["Mitgliederbereich", "Loggen Sie sich ein, um Spenden und Petitionen zu verwalten."],
            ["Abonnenten-Login mit Kundennummer", "Zugangsdaten vergessen?"],
        ],
        "video": [
            ["Video: Vor dem Landgericht nach dem Urteil", "2:14"],
            ["Podcast: Akte ungelöst", "Folge 87 · Die Briefe vom Fluss", "Jetzt hören · 51 Min."],
            ["Erklärvideo: Wie ein Strafmaß zustande kommt", "3:30", "Abspielen"],
            ["Drohnenvideo: Das neue Umspannwerk auf See", "1:52"],
            ["Unser Film: Der letzte wilde Lachsfluss", "6:40", "Mit Untertiteln ansehen"],
        ],
        "source": [
            ["Für alle Angeklagten gilt bis zu einer rechtskräftigen Verurteilung die Unschuldsvermutung."],
            ["Dieser Beitrag dient der allgemeinen Information und stellt keine Rechtsberatung dar."],
            ["Pressekontakt: presse@wildnis.example.org · 030 901 820 44"],
            ["Quelle: Polizeipräsidium Südhessen"],
            ["Marktdaten: EEX, ICE Endex. Stand 16:30 Uhr."],
            ["Mitarbeit: Lena Kowalczyk", "Foto: dpa"],
        ],
        "share": [
            ["Beitrag teilen", "Per WhatsApp senden", "Link in Zwischenablage"],
            ["Drucken", "Als PDF speichern", "Zitiervorschlag"],
            ["An Kollegen weiterleiten", "Auf die Leseliste"],
            ["Bei LinkedIn teilen", "Per E-Mail empfehlen"],
        ],
        "error": [
            ["Die Kursdaten sind vorübergehend nicht verfügbar."],
            ["Der Verfahrenstracker konnte nicht geladen werden.", "Erneut laden"],
            ["Ihre Unterschrift konnte nicht übermittelt werden. Bitte prüfen Sie Ihre Verbindung."],
            ["Wetterdaten nicht verfügbar", "Fehler 502"],
            ["Dieses Video ist in Ihrem Land nicht verfügbar."],
        ],
        "consent": [
            [
                "Ihre Cookie-Auswahl",
                "Wir nutzen Cookies, um die Seite zu betreiben, Reichweite zu messen und passende Werbung zu zeigen.",
                "Alle Cookies akzeptieren",
                "Nur technisch notwendige",
                "Einstellungen anpassen",
            ],
            [
                "Ihre Privatsphäre bei uns",
                "Mit Ihrer Einwilligung verarbeiten wir und 143 Partner Daten für personalisierte Anzeigen.",
                "Zustimmen und weiter",
                "Pur-Abo ohne Werbung",
            ],
            ["Wir verwenden nur technisch notwendige Cookies. Kein Tracking.", "Schließen"],
        ],
        "related": [
            ["Mehr aus dem Gerichtssaal"],
            ["Weitere Polizeimeldungen"],
            ["Meistgelesen im Wirtschaftsrecht"],
            ["Mehr zur Energiewende"],
            ["Unsere aktuellen Kampagnen"],
            ["Mehr aus der Landwirtschaft"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Annonces légales",
                "Constitution de SAS : Boulangerie Martel, capital de 5 000 €, siège à Bellerive",
                "Avis de dissolution anticipée : SCI Les Tilleuls",
                "Publier une annonce légale",
            ],
            [
                "Formation continue des avocats",
                "Classe virtuelle : la réforme de la procédure d'appel",
                "Jeudi 3 décembre · 14 h–17 h · 3 heures validées",
                "S'inscrire · 180 € HT",
            ],
            [
                "Annuaire des avocats",
                "Droit de la famille, droit pénal, droit du travail : trouvez un avocat près de chez vous.",
                "Rechercher",
            ],
            [
                "Cours agricoles",
                "Blé tendre, déc. 26 · 208,25 €/t",
                "Colza, fév. 27 · 471,50 €/t",
                "Maïs, mars 27 · 196,00 €/t",
                "Tous les cours",
            ],
            [
                "Cotations énergie",
                "Brent 78,42 $ ▲ 0,6 %",
                "Gaz TTF 34,10 €/MWh ▼ 1,2 %",
                "Électricité base T1-27 · 92,30 €/MWh",
                "Données différées de 15 minutes",
            ],
            [
                "Matériel d'occasion",
                "Tracteur 6155R, 2020, 3 900 h · 112 000 € HT",
                "Semoir Espro 3000 · 29 500 €",
                "Déposer une annonce",
            ],
            [
                "Emploi juridique",
                "Collaborateur contentieux (H/F) · 3-5 ans · Lyon",
                "Juriste droit social (H/F) · Nantes",
                "Voir les 286 offres",
            ],
        ],
        "donation": [
            [
                "Parrainez un hectare de tourbière",
                "Pour 35 €, vous protégez un hectare pendant un an et recevez un certificat avec ses coordonnées.",
                "Je parraine",
            ],
            [
                "Nous n'acceptons aucun financement des industries fossiles.",
                "Nos enquêtes sont financées par 52 000 donateurs. Un don de 10 € ne vous coûte que 3,40 € après réduction d'impôt.",
                "Faire un don",
            ],
            [
                "La suite est réservée aux abonnés",
                "Accédez à toutes nos chroniques judiciaires et à nos archives.",
                "Je m'abonne dès 1 €",
            ],
            [
                "Rejoignez Faits Divers+",
                "Lecture sans publicité, dossiers inédits et archives des affaires.",
                "Essai gratuit 7 jours",
            ],
        ],
        "notification": [
            [
                "Appel à témoins",
                "Toute personne disposant d'informations peut contacter la gendarmerie en composant le 17, ou via la brigade numérique.",
                "Signaler en ligne",
            ],
            [
                "Météo agricole",
                "Aujourd'hui : conditions favorables au traitement jusqu'à 14 h, vent 10 km/h",
                "Demain : pluie, 8 mm",
                "Prévisions à 7 jours",
            ],
            ["Suivre cette affaire", "Recevez une alerte à chaque nouvelle audience.", "Suivre"],
            ["Activer les alertes pour les verdicts et les décisions de justice ?", "Oui", "Non merci"],
        ],
        "app": [
            [
                "L'appli Terres & Marchés",
                "Cours, météo et journal de la semaine sur votre mobile.",
                "Télécharger gratuitement",
            ],
            ["Lisez la revue dans l'application, même hors ligne, avec la recherche plein texte."],
            ["Agissez depuis votre téléphone", "Signez les pétitions et suivez nos campagnes", "iOS et Android"],
            ["Les faits divers de votre département en direct : téléchargez l'application Alerte 24."],
        ],
        "newsletter": [
            [
                "La Quotidienne du droit",
                "Jurisprudence, réformes et nominations, chaque matin à 7 h.",
                "E-mail professionnel",
                "S'abonner",
            ],
            [
                "Chronique judiciaire",
                "Les audiences de la semaine dans la région, chaque samedi.",
                "Recevoir la chronique",
            ],
            [
                "Signez la pétition",
                "Non aux nouveaux forages dans les aires marines protégées !",
                "Prénom",
                "Code postal",
                "Je signe",
            ],
            [
                "Énergies & Climat",
                "Réseaux, renouvelables et hydrogène avant l'ouverture des marchés.",
                "Recevoir Énergies & Climat",
            ],
            ["La lettre des champs", "Marchés, météo et PAC chaque vendredi.", "M'inscrire gratuitement"],
        ],
        "comments": [
            ["Les commentaires sont fermés sur cet article pour des raisons juridiques."],
            ["27 réactions", "Trier par : les plus pertinentes", "Voir plus de réponses"],
            ["Donnez votre avis", "Les commentaires sont modérés avant publication.", "Publier"],
            ["Débattre sur le forum", "1 900 agriculteurs en discutent sur notre forum.", "Rejoindre la discussion"],
        ],
        "login": [
            ["Connectez-vous pour lire la suite", "Adresse e-mail", "Mot de passe", "Me connecter"],
            ["Déjà abonné ? Identifiez-vous", "Pas encore de compte ? Inscrivez-vous gratuitement"],
            ["Espace donateur", "Connectez-vous pour retrouver vos reçus fiscaux."],
            ["Accès cabinet", "Connexion par authentification unique (SSO)"],
        ],
        "video": [
            ["Vidéo : devant le palais de justice à l'annonce du verdict", "2:14"],
            ["Podcast : Affaires classées", "Épisode 64 · Les lettres de la rivière", "Écouter · 44 min"],
            ["Vidéo : comment le juge fixe la peine", "3:30", "Lancer la vidéo"],
            ["Notre film : la dernière rivière à saumons sauvages", "6:40", "Regarder"],
        ],
        "source": [
            ["Toute personne mise en cause est présumée innocente tant que sa culpabilité n'a pas été établie."],
            ["Cet article est fourni à titre d'information et ne constitue pas un conseil juridique."],
            ["Contact presse : presse@terresauvage.example.org · 01 84 60 22 17"],
            ["Sources : préfecture de police, parquet de Villeneuve"],
            ["Cotations : Euronext, FranceAgriMer. Données à 17 h 30."],
        ],
        "share": [
            ["Partager l'article", "Envoyer par WhatsApp", "Copier l'adresse"],
            ["Imprimer", "Télécharger en PDF", "Citer cet article"],
            ["Transmettre à un confrère", "Ajouter à ma sélection"],
        ],
        "error": [
            ["Les cotations sont momentanément indisponibles."],
            ["Impossible d'enregistrer votre signature. Vérifiez votre connexion et réessayez."],
            ["Données météo indisponibles", "Erreur 502"],
            ["Cette vidéo n'est pas disponible dans votre pays."],
        ],
        "consent": [
            [
                "Vos choix en matière de cookies",
                "Nous utilisons des cookies pour faire fonctionner le site, mesurer l'audience et afficher des publicités adaptées.",
                "Accepter tous les cookies",
                "Refuser",
                "Paramétrer mes choix",
            ],
            [
                "Avec votre accord, nos 143 partenaires et nous utilisons des traceurs pour personnaliser les publicités.",
                "Accepter et continuer",
                "Refuser et s'abonner",
            ],
            ["Ce site n'utilise que des cookies strictement nécessaires.", "Fermer"],
        ],
        "related": [
            ["Dans la rubrique Justice"],
            ["Derniers faits divers"],
            ["Les plus lus en droit des affaires"],
            ["Toute l'actualité de l'énergie"],
            ["Nos dernières campagnes"],
            ["Actualité agricole"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Edictos y anuncios oficiales",
                "Subasta judicial: vivienda en Riberas, valor de tasación 212.000 €",
                "Convocatoria de junta general: Cooperativa del Campo de Montealto",
                "Publicar un anuncio",
            ],
            [
                "Formación para abogados",
                "Curso online: la nueva ley de eficiencia procesal en la práctica",
                "Jueves 3 de diciembre · 16–19 h · 3 horas",
                "Inscríbete por 120 €",
            ],
            [
                "Directorio de despachos",
                "Encuentra abogados de familia, penal o laboral cerca de ti.",
                "Buscar abogado",
            ],
            [
                "Lonja de la semana",
                "Trigo blando · 221 €/t",
                "Cebada pienso · 198 €/t",
                "Cordero lechal · 7,20 €/kg vivo",
                "Ver todas las cotizaciones",
            ],
            [
                "Mercados energéticos",
                "Brent 78,42 $ ▲ 0,6 %",
                "Gas TTF 34,10 €/MWh ▼ 1,2 %",
                "Pool eléctrico · 84,15 €/MWh",
                "Datos con 15 minutos de retraso",
            ],
            [
                "Maquinaria de segunda mano",
                "Tractor T6.180 · 2019 · 4.200 h · 89.000 € + IVA",
                "Sembradora de 3 m · 11.500 €",
                "Anuncia tu máquina",
            ],
        ],
        "donation": [
            [
                "Apadrina una hectárea de dehesa",
                "Con 35 € protegemos una hectárea durante un año y te enviamos su certificado con coordenadas.",
                "Apadrinar ahora",
            ],
            [
                "No aceptamos dinero de petroleras, gasistas ni mineras.",
                "Nuestras investigaciones las pagan 38.000 socios. Hazte socio desde 5 € al mes.",
                "Quiero ser socio",
            ],
            [
                "Sigue leyendo con tu suscripción",
                "Todas las crónicas de tribunales y la hemeroteca desde 1 € el primer mes.",
                "Suscribirme ahora",
            ],
            ["Únete a Sucesos+", "Sin publicidad, casos exclusivos y todo el archivo.", "Prueba 7 días gratis"],
        ],
        "notification": [
            [
                "¿Tienes información?",
                "Si sabes algo sobre este u otro delito, llama al 091 o escribe a la Policía Nacional de forma anónima.",
                "Colaborar",
            ],
            [
                "El tiempo en el campo",
                "Hoy: buenas condiciones para tratar hasta las 14 h, viento 9 km/h",
                "Mañana: lluvia, 10 l/m²",
                "Previsión a 7 días",
            ],
            ["Sigue este caso", "Te avisamos cuando se fije una nueva vista.", "Seguir"],
            ["¿Quieres recibir avisos de última hora de tribunales?", "Sí, avisadme", "No, gracias"],
        ],
        "app": [
            ["App Campo Hoy", "Lonjas, tiempo y la revista de la semana en tu móvil.", "Descargar gratis"],
            ["Lee la revista jurídica en la app, incluso sin conexión y con búsqueda de texto completo."],
            ["Actúa desde el móvil", "Firma peticiones y sigue nuestras campañas", "iOS y Android"],
        ],
        "newsletter": [
            [
                "El Boletín Jurídico",
                "Sentencias, reformas y nombramientos cada día laborable a las 7.00.",
                "Correo profesional",
                "Suscribirse",
            ],
            ["Crónica de tribunales", "Los juicios de la semana en la provincia, cada sábado.", "Apúntate"],
            [
                "Firma la petición",
                "¡No a nuevas perforaciones en áreas marinas protegidas!",
                "Nombre",
                "Código postal",
                "Firmar",
            ],
            [
                "Transición energética",
                "Redes, renovables e hidrógeno antes de que abran los mercados.",
                "Recibir el boletín",
            ],
            ["Surcos", "Mercados, tiempo y PAC cada viernes por la mañana.", "Quiero recibirlo"],
        ],
        "comments": [
            ["Los comentarios están cerrados en esta noticia por motivos legales."],
            ["19 comentarios", "Ordenar por: más valorados", "Ver más respuestas"],
            ["Opina", "Los comentarios se moderan antes de publicarse.", "Enviar comentario"],
            ["Debate en el foro", "1.400 agricultores hablan de esto en nuestro foro.", "Ir al hilo"],
        ],
        "login": [
            ["Inicia sesión para seguir leyendo", "Correo electrónico", "Contraseña", "Iniciar sesión"],
            ["¿Ya eres suscriptor? Accede", "¿Aún no tienes cuenta? Regístrate gratis"],
            ["Área de socios", "Accede para descargar tu certificado de donaciones."],
            ["Acceso despachos", "Inicio de sesión único (SSO)"],
        ],
        "video": [
            ["Vídeo: a las puertas de la Audiencia tras el veredicto", "2:14"],
            ["Podcast: Casos sin resolver", "Episodio 58 · Las cartas del río", "Escuchar · 47 min"],
            ["Vídeo: así se calcula una condena", "3:30", "Reproducir"],
            ["Nuestro documental: el último río salmonero salvaje", "6:40", "Ver con subtítulos"],
        ],
        "source": [
            ["Todos los acusados gozan de la presunción de inocencia mientras no exista sentencia firme."],
            ["Este artículo tiene carácter informativo y no constituye asesoramiento jurídico."],
            ["Contacto de prensa: prensa@tierraviva.example.org · 910 555 238"],
            ["Fuentes: Guardia Civil y Juzgado de Instrucción n.º 2 de Riberas"],
            ["Cotizaciones: Lonja de Segovia, MIBGAS. Datos a las 17.30."],
        ],
        "share": [
            ["Compartir noticia", "Enviar por WhatsApp", "Copiar el enlace"],
            ["Imprimir", "Guardar en PDF", "Cómo citar"],
            ["Reenviar a un compañero", "Guardar para después"],
        ],
        "error": [
            ["Las cotizaciones no están disponibles en este momento."],
            ["No hemos podido registrar tu firma. Revisa tu conexión e inténtalo otra vez."],
            ["Datos meteorológicos no disponibles", "Error 502"],
            ["Este vídeo no está disponible en tu país."],
        ],
        "consent": [
            [
                "Tus opciones de cookies",
                "Usamos cookies para que la web funcione, medir la audiencia y mostrarte publicidad relevante.",
                "Aceptar todas las cookies",
                "Rechazar opcionales",
                "Personalizar",
            ],
            [
                "Con tu consentimiento, nosotros y 143 socios usamos cookies para personalizar anuncios.",
                "Aceptar y seguir",
                "Suscribirme sin anuncios",
            ],
            ["Esta web solo usa cookies técnicas necesarias.", "Cerrar"],
        ],
        "related": [
            ["Más de Tribunales"],
            ["Últimos sucesos"],
            ["Lo más leído en Mercantil"],
            ["Más noticias de energía"],
            ["Nuestras campañas"],
            ["Más del campo"],
        ],
    },
}


_slot = widget_drawer(8)


_LAW_P = '<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field__item"><p>{text}</p></div></div>\n'


def legal_journal_drupal(p: Parts) -> str:
    """A legal trade journal on Drupal whose article is a stack of paragraph entities, each text
    paragraph a `paragraph--type--text` wrapper round a bare `<p>`: the cookie-compliance popup
    at the foot, the user account menu in the header, the status-message region holding the
    error above the title, the share kit as AddToAny links, the sponsored CPD promo (or any
    promotion) pasted as text paragraphs of the same type between the article's own, a remote
    video paragraph and a block-reference paragraph holding the webform newsletter between
    paragraphs, the disclaimer pasted as a text paragraph in `<em>` after the last one, the
    subscriber gate as a custom block under the text, the comment field, the related view with
    its heading, the case tracker as a flag block in the sidebar and the app plug as a
    `<br>`-separated run in a footer block."""
    inline = present(
        _slot(
            p,
            "advertising",
            "{inner}",
            '<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field__item"><p><strong>{text}</strong></p></div></div>\n',
            _LAW_P,
            '<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field__item"><p><a href="/cpd/book?utm_source=article">{text}</a></p></div></div>\n',
        ),
        _slot(
            p,
            "video",
            '<div class="paragraph paragraph--type--remote-video"><div class="field field--name-field-media"><div class="media media--type-remote-video"><iframe src="/media/oembed?url=https%3A//vimeo.com/88120417" width="640" height="360" title=""></iframe></div></div><div class="field field--name-field-caption">{inner}</div></div>\n',
            "<p>{text}</p>\n",
            "<p>{text}</p>\n",
            "<span>{text}</span>\n",
        ),
        _slot(
            p,
            "newsletter",
            '<div class="paragraph paragraph--type--block-reference"><div class="block block-webform block-webform-block"><form class="webform-submission-form webform-submission-legal-brief-form" action="/newsletter" method="post">{inner}<input type="email" name="email" class="form-email"></form></div></div>\n',
            "<h3>{text}</h3>\n",
            '<div class="webform-element-description">{text}</div>\n',
            '<span class="form-item">{text}</span>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _LAW_P,
            "h2": '<div class="paragraph paragraph--type--heading"><h2>{text}</h2></div>\n',
            "quote": '<div class="paragraph paragraph--type--pull-quote"><blockquote><p>{text}</p></blockquote></div>\n',
            "ul": '<div class="paragraph paragraph--type--text"><div class="field field--name-field-text field__item"><ul>{items}</ul></div></div>\n',
        },
        inline,
    )
    login = inline_box(
        p,
        "login",
        '<nav role="navigation" id="block-useraccountmenu" class="block block-menu"><ul class="menu">{inner}</ul></nav>',
        "li",
        ' class="menu-item"',
        "\n",
    )
    messages = each(
        p,
        "error",
        '<div data-drupal-messages><div role="contentinfo" aria-label="Error message" class="messages messages--error">{inner}</div></div>',
        '<div class="messages__item">{text}</div>\n',
    )
    share = each(
        p,
        "share",
        '<span class="a2a_kit a2a_kit_size_24 addtoany_list">{inner}</span>',
        '<a class="a2a_button_{n}" href="#" rel="nofollow noopener"><span class="a2a_label">{text}</span></a>\n',
    )
    disclaimer = each(
        p,
        "source",
        "{inner}",
        '<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field__item"><p><em>{text}</em></p></div></div>\n',
    )
    gate = _slot(
        p,
        "donation",
        '<div id="block-subscribecta" class="block block-block-content block-block-content3f1e0c2a">{inner}</div>',
        "<h2>{text}</h2>\n",
        '<div class="field field--name-body"><p>{text}</p></div>\n',
        '<a class="button button--primary" href="/subscribe">{text}</a>\n',
    )
    comments = _slot(
        p,
        "comments",
        '<section class="field field--name-comment field--type-comment">{inner}</section>',
        '<h2 class="title comment-form__title">{text}</h2>\n',
        "<p>{text}</p>\n",
        '<a href="/comment/reply/node/8812/comment">{text}</a>\n',
    )
    heading = related_heading(p, '<h2 class="block-title">{text}</h2>\n')
    teasers = links(
        p.teasers(5),
        '<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/news/{slug}" hreflang="en">{text}</a></span></div></div>\n',
    )
    tracker = _slot(
        p,
        "notification",
        '<div id="block-casetracker" class="block block-flag">{inner}</div>',
        '<h2 class="block-title">{text}</h2>\n',
        "<p>{text}</p>\n",
        '<a class="use-ajax flag-link" href="/flag/flag/follow_case/8812">{text}</a>\n',
    )
    app = inline_box(
        p,
        "app",
        '<div id="block-appbanner" class="block block-block-content"><div class="field field--name-body"><p>{inner}</p></div></div>',
        "span",
        "",
        "<br>\n",
    )
    consent = _slot(
        p,
        "consent",
        '<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content">{inner}</div></div></div>',
        '<h2 id="popup-text">{text}</h2>\n',
        '<div class="eu-cookie-compliance-message"><p>{text}</p></div>\n',
        '<button type="button" class="agree-button eu-cookie-compliance-default-button">{text}</button>\n',
    )
    return f"""<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner">{NAV.format(site=esc(p.site))}
{login}</header>
<main role="main">
<div class="layout-content">
{messages}
<article data-history-node-id="8812" role="article" class="node node--type-news node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{esc(p.title)}</span></h1>
<div class="node__meta">{esc(p.site)} · 20 November 2026</div>
{share}
<div class="node__content">
<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field__items">
{body}
{disclaimer}
</div>
{gate}
</div>
{comments}
</article>
<div class="views-element-container"><div class="view view-related-content view-display-id-block_1">{heading}<div class="view-content">{teasers}</div></div></div>
</div>
<aside class="layout-sidebar-second" role="complementary">
{tracker}
</aside>
</main>
<footer role="contentinfo">
{app}
{FOOTER.format(site=esc(p.site))}
</footer>
</div>
</div>
{consent}"""


_CRT_P = '<p class="svelte-1q7d2xh">{text}</p>\n'


def court_reports_svelte(p: Parts) -> str:
    """The court-reporting section of a regional paper on SvelteKit, every class a `svelte-`
    hash and paragraphs `p.svelte-1q7d2xh`: the app banner as a `<br>`-separated run above the
    header, the sign-in links beside the menu, share buttons with hashed spans, the
    reporting-restriction or sourcing note pasted as a same-class paragraph in `<strong>` right
    before the first paragraph, the Crimestoppers appeal (or any notice) pasted as same-class
    paragraphs, an ad slot of hashed `<div>`s and a video figure between paragraphs, the
    subscription pitch in an `<aside>` and the closed-comments note under the article, the
    newsletter form and the failed court-list widget in the rail, the headed related list and
    a consent message container."""
    inline = present(
        each(p, "notification", "{inner}", _CRT_P),
        inline_box(
            p,
            "advertising",
            '<div class="svelte-8m1qax" data-slot="/2231/news/courts/mpu_2">{inner}</div>\n',
            "div",
            ' class="svelte-0f1p2a"',
            "",
        ),
        _slot(
            p,
            "video",
            '<figure class="svelte-3ud7ka"><div class="svelte-3ud7ka" data-player="jw-cr8812"></div><figcaption class="svelte-3ud7ka">{inner}</figcaption></figure>\n',
            '<span class="svelte-9gq1va">{text}</span>\n',
            '<span class="svelte-1w0pkc">{text}</span>\n',
            '<span class="svelte-1w0pkc">{text}</span>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _CRT_P,
            "h2": '<h2 class="svelte-1q7d2xh">{text}</h2>\n',
            "quote": '<blockquote class="svelte-5l2mxo"><p class="svelte-1q7d2xh">{text}</p></blockquote>\n',
            "ul": '<ul class="svelte-1q7d2xh">{items}</ul>\n',
        },
        inline,
    )
    app = inline_box(p, "app", '<div class="svelte-r1c9ok">{inner}</div>', "span", ' class="svelte-r1c9ok"', "<br>\n")
    login = inline_box(
        p, "login", '<div class="svelte-6yq0bh">{inner}</div>', "a", ' class="svelte-6yq0bh" href="/account"', "\n"
    )
    share = each(
        p,
        "share",
        '<div class="svelte-1b7k3bz">{inner}</div>',
        '<button class="svelte-1b7k3bz" type="button"><svg class="svelte-1b7k3bz" width="18" height="18" aria-hidden="true"></svg><span class="svelte-1b7k3bz">{text}</span></button>\n',
    )
    restriction = each(p, "source", "{inner}", '<p class="svelte-1q7d2xh"><strong>{text}</strong></p>\n')
    pitch = _slot(
        p,
        "donation",
        '<aside class="svelte-kq90s1">{inner}</aside>',
        '<h3 class="svelte-kq90s1">{text}</h3>\n',
        '<p class="svelte-kq90s1">{text}</p>\n',
        '<a class="svelte-1ol0wx" href="/subscribe?ref=courts">{text}</a>\n',
    )
    comments = each(p, "comments", '<div class="svelte-p2x9ra">{inner}</div>', '<p class="svelte-p2x9ra">{text}</p>\n')
    newsletter = _slot(
        p,
        "newsletter",
        '<form class="svelte-u3z8fd" method="post" action="/newsletters?/subscribe">{inner}<input class="svelte-u3z8fd" type="email" name="email"></form>',
        '<h3 class="svelte-u3z8fd">{text}</h3>\n',
        '<p class="svelte-u3z8fd">{text}</p>\n',
        '<button class="svelte-1ol0wx" type="submit">{text}</button>\n',
    )
    failed = each(
        p,
        "error",
        '<div class="svelte-7hq1mx" data-widget="court-list">{inner}</div>',
        '<p class="svelte-7hq1mx">{text}</p>\n',
    )
    heading = related_heading(p, '<h2 class="svelte-m2k1yd">{text}</h2>\n')
    teasers = links(p.teasers(6), '<a class="svelte-m2k1yd" href="/news/courts/{slug}">{text}</a>\n')
    consent = _slot(
        p,
        "consent",
        '<div id="sp_message_container_1104" class="sp-message-open"><div class="message-component message-column">{inner}</div></div>',
        '<p class="message-component message-text"><strong>{text}</strong></p>\n',
        '<p class="message-component message-text">{text}</p>\n',
        '<button class="message-component message-button" type="button">{text}</button>\n',
    )
    return f"""<div style="display: contents">
{app}
<div class="svelte-1n2ab0e">{NAV.format(site=esc(p.site))}
{login}</div>
<div class="svelte-g0wq1c">
<main class="svelte-1h6oqrm">
<article class="svelte-1h6oqrm">
<h1 class="svelte-1x5rj2n">{esc(p.title)}</h1>
<div class="svelte-9tqzl4">{esc(p.site)} · Courts · 20 November 2026</div>
{share}
<div class="svelte-1q7d2xh">
{restriction}
{body}
</div>
{pitch}
{comments}
</article>
</main>
<div class="svelte-w3n1kd">
{newsletter}
{failed}
</div>
</div>
<section class="svelte-m2k1yd">{heading}<div class="svelte-m2k1yd">{teasers}</div></section>
{FOOTER.format(site=esc(p.site))}
</div>
{consent}"""


_CRM_P = '<div data-v-5e1f0a3c="">{text}</div>\n'


def crime_portal_nuxt(p: Parts) -> str:
    """A true-crime and police-news portal on Nuxt whose elements carry only scoped `data-v-`
    attributes, no classes, the story as bare `<div data-v-5e1f0a3c>`: the sign-in buttons in
    the header, a floating share rail of plain links, the sponsored slot (or any promotion)
    pasted as same-attribute `<div>`s between paragraphs, the tip-line box as a
    `<br>`-separated run, a `<podcast-player>` custom element with slotted titles and the
    newsletter form between paragraphs, the membership pitch pasted as same-attribute `<div>`s
    right after the last paragraph, the sources in `<small>`, the comments block, the crime
    map whose fallback is the error, the related list under a `role="heading"` div, the app
    as a fixed bottom sheet and a consent dialog."""
    inline = present(
        _slot(
            p,
            "advertising",
            "{inner}",
            '<div data-v-5e1f0a3c=""><b>{text}</b></div>\n',
            _CRM_P,
            '<div data-v-5e1f0a3c=""><a href="/partner/redirect?c=8812" rel="sponsored">{text}</a></div>\n',
        ),
        inline_box(
            p, "notification", '<div data-v-9c03aa12="">{inner}</div>\n', "span", ' data-v-9c03aa12=""', "<br>\n"
        ),
        _slot(
            p,
            "video",
            '<podcast-player data-v-2d6e4b19="" src="https://audio.example-crimedesk.com/ep/112.mp3">{inner}</podcast-player>\n',
            '<span slot="title">{text}</span>\n',
            '<span slot="subtitle">{text}</span>\n',
            '<span slot="meta">{text}</span>\n',
        ),
        _slot(
            p,
            "newsletter",
            '<div data-v-2b71c9e4=""><form data-v-2b71c9e4="" method="post" action="/api/newsletter">{inner}<input data-v-2b71c9e4="" type="email" name="email"></form></div>\n',
            '<div data-v-2b71c9e4=""><b data-v-2b71c9e4="">{text}</b></div>\n',
            '<div data-v-2b71c9e4="">{text}</div>\n',
            '<button data-v-2b71c9e4="" type="submit">{text}</button>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _CRM_P,
            "h2": '<h2 data-v-5e1f0a3c="">{text}</h2>\n',
            "quote": '<blockquote data-v-5e1f0a3c=""><div data-v-5e1f0a3c="">{text}</div></blockquote>\n',
            "ul": '<ul data-v-5e1f0a3c="">{items}</ul>\n',
        },
        inline,
    )
    login = inline_box(
        p, "login", '<div data-v-0c2e8f61="">{inner}</div>', "button", ' data-v-0c2e8f61="" type="button"', "\n"
    )
    share = each(
        p,
        "share",
        '<div data-v-31aa90c5="" style="position:sticky;top:120px">{inner}</div>',
        '<a data-v-31aa90c5="" href="#" data-i="{n}">{text}</a>\n',
    )
    plus = _slot(
        p,
        "donation",
        "{inner}",
        '<div data-v-5e1f0a3c=""><b>{text}</b></div>\n',
        _CRM_P,
        '<div data-v-5e1f0a3c=""><a href="/plus/join">{text}</a></div>\n',
    )
    sources = each(
        p, "source", '<div data-v-7d0e11b2="">{inner}</div>', '<div data-v-7d0e11b2=""><small>{text}</small></div>\n'
    )
    comments = _slot(
        p,
        "comments",
        '<div id="comments" data-v-4c6d2b80="">{inner}</div>',
        '<div data-v-4c6d2b80=""><b data-v-4c6d2b80="">{text}</b></div>\n',
        '<div data-v-4c6d2b80="">{text}</div>\n',
        '<button data-v-4c6d2b80="" type="button">{text}</button>\n',
    )
    crime_map = each(
        p,
        "error",
        '<div data-v-6a8f01de="" data-map="incidents" style="height:320px">{inner}</div>',
        '<div data-v-6a8f01de="">{text}</div>\n',
    )
    heading = related_heading(p, '<div data-v-3e9a1f77="" role="heading" aria-level="2">{text}</div>\n')
    teasers = links(
        p.teasers(6), '<a data-v-3e9a1f77="" href="/crime/{slug}"><div data-v-3e9a1f77="">{text}</div></a>\n'
    )
    app = _slot(
        p,
        "app",
        '<div data-v-8b4c7e02="" style="position:fixed;bottom:0;left:0;right:0">{inner}</div>',
        '<div data-v-8b4c7e02=""><b>{text}</b></div>\n',
        '<div data-v-8b4c7e02="">{text}</div>\n',
        '<a data-v-8b4c7e02="" href="https://app.example-crimedesk.com/get">{text}</a>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<div data-v-1f0b2c9d="" role="dialog" aria-modal="true">{inner}</div>',
        '<div data-v-1f0b2c9d=""><b>{text}</b></div>\n',
        '<div data-v-1f0b2c9d="">{text}</div>\n',
        '<button data-v-1f0b2c9d="" type="button">{text}</button>\n',
    )
    return f"""<div id="__nuxt"><div id="__layout"><div data-v-11c9e3a0="">
<div data-v-0c2e8f61="">{NAV.format(site=esc(p.site))}
{login}</div>
<div data-v-11c9e3a0="">
{share}
<main data-v-11c9e3a0="">
<h1 data-v-5e1f0a3c="">{esc(p.title)}</h1>
<div data-v-5e1f0a3c="">{esc(p.site)} · Crime · 20 Nov 2026</div>
<div data-v-5e1f0a3c="">
{body}
{plus}
</div>
{sources}
{comments}
{crime_map}
</main>
</div>
<div data-v-3e9a1f77="">{heading}{teasers}</div>
{FOOTER.format(site=esc(p.site))}
{app}
</div></div></div>
{consent}"""


_NG = "_ngcontent-ng-c2847193"
_EN_P = f'<p {_NG}="">{{text}}</p>\n'


def energy_trade_angular(p: Parts) -> str:
    """An energy-industry trade site on Angular whose widgets are `app-` custom elements and
    whose markup carries only `_ngcontent-`/`_nghost-` attributes, paragraphs `<p
    _ngcontent-ng-c2847193>`: the alert bar as a `<br>`-separated run above the header, the
    user menu, a Material share bar, the sponsored insert (or any promotion) in an
    `<app-sponsored-insert>` whose lines are same-attribute paragraphs and the newsletter
    element between paragraphs, the data note pasted as a same-attribute paragraph in `<i>`
    after the last one, the premium paywall and the comments under the article, the webinar
    card and the market-data element holding the error in the sidebar, the related articles
    element, the app plug in the footer and the cookie consent element."""
    inline = present(
        _slot(
            p,
            "advertising",
            f'<app-sponsored-insert {_NG}="" _nghost-ng-c3310457="">{{inner}}</app-sponsored-insert>\n',
            f'<p {_NG}=""><strong>{{text}}</strong></p>\n',
            _EN_P,
            f'<p {_NG}=""><a href="/partners/click?id=ofe27">{{text}}</a></p>\n',
        ),
        _slot(
            p,
            "newsletter",
            f'<app-newsletter-inline {_NG}="" _nghost-ng-c771029=""><form _ngcontent-ng-c771029="" novalidate>{{inner}}<input _ngcontent-ng-c771029="" type="email" formcontrolname="email"></form></app-newsletter-inline>\n',
            '<h4 _ngcontent-ng-c771029="">{text}</h4>\n',
            '<p _ngcontent-ng-c771029="">{text}</p>\n',
            '<button _ngcontent-ng-c771029="" mat-flat-button type="submit"><span class="mdc-button__label">{text}</span></button>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _EN_P,
            "h2": f'<h2 {_NG}="">{{text}}</h2>\n',
            "quote": f'<blockquote {_NG}=""><p {_NG}="">{{text}}</p></blockquote>\n',
            "ul": f'<ul {_NG}="">{{items}}</ul>\n',
        },
        inline,
    )
    bar = inline_box(
        p,
        "notification",
        "<app-alert-bar _nghost-ng-c9021>{inner}</app-alert-bar>",
        "span",
        ' _ngcontent-ng-c9021=""',
        "<br>\n",
    )
    login = inline_box(
        p,
        "login",
        "<app-user-menu _nghost-ng-c6652>{inner}</app-user-menu>",
        "a",
        ' _ngcontent-ng-c6652="" mat-menu-item href="/login"',
        "\n",
    )
    share = each(
        p,
        "share",
        '<app-share-bar _nghost-ng-c55102="">{inner}</app-share-bar>',
        '<button _ngcontent-ng-c55102="" mat-button type="button" data-idx="{n}"><span class="mdc-button__label">{text}</span></button>\n',
    )
    note = each(p, "source", "{inner}", f'<p {_NG}=""><i>{{text}}</i></p>\n')
    paywall = _slot(
        p,
        "donation",
        '<app-paywall _nghost-ng-c4410=""><div _ngcontent-ng-c4410="">{inner}</div></app-paywall>',
        '<h3 _ngcontent-ng-c4410="">{text}</h3>\n',
        '<p _ngcontent-ng-c4410="">{text}</p>\n',
        '<a _ngcontent-ng-c4410="" mat-flat-button href="/premium">{text}</a>\n',
    )
    comments = _slot(
        p,
        "comments",
        '<app-comments _nghost-ng-c1870="">{inner}</app-comments>',
        '<h3 _ngcontent-ng-c1870="">{text}</h3>\n',
        '<p _ngcontent-ng-c1870="">{text}</p>\n',
        '<button _ngcontent-ng-c1870="" mat-stroked-button type="button">{text}</button>\n',
    )
    webinar = _slot(
        p,
        "video",
        '<app-webinar-card _nghost-ng-c2204=""><mat-card _ngcontent-ng-c2204="">{inner}</mat-card></app-webinar-card>',
        '<mat-card-title _ngcontent-ng-c2204="">{text}</mat-card-title>\n',
        '<mat-card-content _ngcontent-ng-c2204="">{text}</mat-card-content>\n',
        '<mat-card-subtitle _ngcontent-ng-c2204="">{text}</mat-card-subtitle>\n',
    )
    market = each(
        p,
        "error",
        '<app-market-data _nghost-ng-c8113="">{inner}</app-market-data>',
        '<div _ngcontent-ng-c8113="" role="alert">{text}</div>\n',
    )
    heading = related_heading(p, '<h3 _ngcontent-ng-c7702="">{text}</h3>\n')
    teasers = links(
        p.teasers(4), '<a _ngcontent-ng-c7702="" href="/news/{slug}"><h4 _ngcontent-ng-c7702="">{text}</h4></a>\n'
    )
    app = inline_box(p, "app", '<div _ngcontent-ng-c1001="">{inner}</div>', "span", ' _ngcontent-ng-c1001=""', "<br>\n")
    consent = _slot(
        p,
        "consent",
        '<app-cookie-consent _nghost-ng-c3017=""><div _ngcontent-ng-c3017="" role="dialog">{inner}</div></app-cookie-consent>',
        '<h2 _ngcontent-ng-c3017="">{text}</h2>\n',
        '<p _ngcontent-ng-c3017="">{text}</p>\n',
        '<button _ngcontent-ng-c3017="" mat-button type="button">{text}</button>\n',
    )
    return f"""<app-root ng-version="17.3.2">
{bar}
<app-header _nghost-ng-c1209="">{NAV.format(site=esc(p.site))}
{login}</app-header>
<div _ngcontent-ng-c1209="">
<app-article-page _nghost-ng-c2847193="">
<article {_NG}="">
<h1 {_NG}="">{esc(p.title)}</h1>
<div {_NG}="">{esc(p.site)} · 20 November 2026 · 6 min read</div>
{share}
<div {_NG}="">
{body}
{note}
</div>
{paywall}
</article>
{comments}
</app-article-page>
<aside _ngcontent-ng-c1209="">
{webinar}
{market}
</aside>
</div>
<app-related-articles _nghost-ng-c7702="">{heading}{teasers}</app-related-articles>
<app-footer _nghost-ng-c1001="">
{app}
{FOOTER.format(site=esc(p.site))}
</app-footer>
{consent}
</app-root>"""


def ngo_newsroom_webflow(p: Parts) -> str:
    """An environmental NGO's newsroom on Webflow, its classes auto-named (`div-block-44`,
    `text-block-22`) and the story as bare `<p>` in a `w-richtext` block: the campaign banner
    above the nav, the supporter login as a nav link, the share links as link blocks, the
    adopt-a-hectare appeal pasted into the rich text as bare `<p>` between paragraphs, a video
    figure in the rich text, the notes to editors pasted as bare `<p>` after the last
    paragraph, the petition form whose `w-form-fail` holds the error, the discussion embed, the
    event plug (or any promotion) in the sidebar, the collection list of campaigns with its
    heading, the app plug as a `<br>`-separated footer text block and a Finsweet cookie
    banner."""
    inline = present(
        _slot(
            p,
            "donation",
            "{inner}",
            "<p><strong>{text}</strong></p>\n",
            "<p>{text}</p>\n",
            '<p><a href="https://donate.example-wildline.org/adopt?src=news">{text}</a></p>\n',
        ),
        _slot(
            p,
            "video",
            '<figure class="w-richtext-align-fullwidth w-richtext-figure-type-video"><div><iframe src="https://www.youtube.com/embed/Wq8e2d1" title="" allowfullscreen></iframe></div><figcaption>{inner}</figcaption></figure>\n',
            "<strong>{text}</strong> \n",
            "<span>{text}</span> \n",
            "<span>{text}</span>\n",
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": "<p>{text}</p>\n",
            "h2": "<h2>{text}</h2>\n",
            "quote": "<blockquote>{text}</blockquote>\n",
            "ul": '<ul role="list">{items}</ul>\n',
        },
        inline,
    )
    banner = _slot(
        p,
        "notification",
        '<div class="banner-wrapper"><div class="div-block-3">{inner}</div></div>',
        '<div class="text-block-6">{text}</div>\n',
        '<div class="text-block-7">{text}</div>\n',
        '<a href="/take-action" class="button-2 w-button">{text}</a>\n',
    )
    login = inline_box(
        p,
        "login",
        '<div class="div-block-9">{inner}</div>',
        "a",
        ' href="/members" class="nav-link-4 w-nav-link"',
        "\n",
    )
    share = each(
        p,
        "share",
        '<div class="share-wrapper">{inner}</div>',
        '<a href="#" class="link-block-3 w-inline-block"><div class="text-block-22">{text}</div></a>\n',
    )
    notes = each(p, "source", "{inner}", "<p>{text}</p>\n")
    petition = _slot(
        p,
        "newsletter",
        '<div class="form-block w-form"><form id="wf-form-Petition" name="wf-form-Petition" method="get" class="form-3">{inner}<input type="email" class="text-field-2 w-input" name="email"></form>',
        '<div class="text-block-31">{text}</div>\n',
        '<p class="paragraph-12">{text}</p>\n',
        '<div class="text-block-32">{text}</div>\n',
    )
    fail = each(p, "error", '<div class="w-form-fail">{inner}</div>', "<div>{text}</div>\n")
    form_end = "</div>" if petition else ""
    discussion = _slot(
        p,
        "comments",
        '<div class="div-block-51"><div id="commento">{inner}</div></div>',
        '<div class="heading-11">{text}</div>\n',
        '<div class="paragraph-15">{text}</div>\n',
        '<a href="#commento-login" class="link-4">{text}</a>\n',
    )
    side = _slot(
        p,
        "advertising",
        '<div class="div-block-44">{inner}</div>',
        '<div class="text-block-18">{text}</div>\n',
        '<div class="text-block-19">{text}</div>\n',
        '<div class="text-block-19">{text}</div>\n',
    )
    heading = related_heading(p, '<h2 class="heading-8">{text}</h2>\n')
    teasers = links(
        p.teasers(3),
        '<div role="listitem" class="w-dyn-item"><a href="/news/{slug}" class="link-block-7 w-inline-block"><div class="heading-9">{text}</div></a></div>\n',
    )
    app = inline_box(p, "app", '<div class="footer-text">{inner}</div>', "span", "", "<br>\n")
    consent = _slot(
        p,
        "consent",
        '<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">{inner}</div></div>',
        '<div class="fs-cc-banner_text"><strong>{text}</strong></div>\n',
        '<div class="fs-cc-banner_text">{text}</div>\n',
        '<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">{text}</a>\n',
    )
    return f"""{banner}
<div data-collapse="medium" role="banner" class="navbar w-nav"><div class="container w-container">{NAV.format(site=esc(p.site))}
{login}</div></div>
<div class="section-2"><div class="container-3 w-container">
<div class="w-layout-grid grid-4">
<div id="w-node-a1b2c3" class="div-block-40">
<h1 class="heading-5">{esc(p.title)}</h1>
<div class="text-block-13">Press release · 20 November 2026</div>
{share}
<div class="rich-text w-richtext">
{body}
{notes}
</div>
{petition}
{fail}
{form_end}
{discussion}
</div>
<div id="w-node-d4e5f6" class="div-block-41">
{side}
</div>
</div>
</div></div>
<div class="section-5"><div class="container-3 w-container">{heading}<div class="w-dyn-list"><div role="list" class="w-dyn-items w-row">{teasers}</div></div></div></div>
<div class="footer"><div class="w-container">
{app}
{FOOTER.format(site=esc(p.site))}
</div></div>
{consent}"""


def farming_weekly_aspnet(p: Parts) -> str:
    """A farming weekly on an old ASP.NET WebForms CMS, ids like `ctl00_cphMain_lblStory` and
    the story as one `<span>` of runs separated by `<br /><br />`: the login panel as a form
    table and the spraying-weather box as a `<br />` run with its error label in the left
    column, AddThis share links joined by pipes, the subscription pitch pasted into the story
    span as bold and plain `<br />` runs and a video panel between paragraphs, the photo and
    data credit in `<i>` inside the span after the last paragraph, the comments DataList table,
    the headed related repeater as `<br />`-separated links, the market price grid (or any
    promotion) and the newsletter panel in the right column, the app plug in the footer and an
    old cookie-control bar."""
    inline = present(
        _slot(
            p,
            "donation",
            "{inner}<br />\n",
            "<b>{text}</b><br />\n",
            "{text}<br />\n",
            '<a href="/subscribe.aspx?src=story">{text}</a><br />\n',
        ),
        _slot(
            p,
            "video",
            '<div id="ctl00_cphMain_pnlVideo"><iframe src="/video/player.aspx?id=4471" width="480" height="270" frameborder="0"></iframe><br />\n{inner}</div><br />\n',
            '<span id="ctl00_cphMain_lblVideoTitle"><b>{text}</b></span><br />\n',
            "<span>{text}</span><br />\n",
            "<span>{text}</span><br />\n",
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": "{text}<br /><br />\n",
            "h2": "<b>{text}</b><br /><br />\n",
            "quote": "<i>{text}</i><br /><br />\n",
            "ul": "<ul>{items}</ul>\n",
        },
        inline,
    )
    credits = each(p, "source", "{inner}", "<i>{text}</i><br />\n")
    login = _slot(
        p,
        "login",
        '<div id="ctl00_ucLogin_pnlLogin"><table id="ctl00_ucLogin_tblLogin" cellpadding="2" cellspacing="0">{inner}</table></div>',
        '<tr><td colspan="2"><b>{text}</b></td></tr>\n',
        '<tr><td colspan="2">{text}</td></tr>\n',
        '<tr><td><span id="ctl00_ucLogin_lbl{n}">{text}</span></td><td><input name="ctl00$ucLogin$txt{n}" type="text" /></td></tr>\n',
    )
    weather = inline_box(
        p, "notification", '<div id="ctl00_ucWeather_pnlWeather" class="sidebox">{inner}</div>', "span", "", "<br />\n"
    )
    weather_error = each(
        p, "error", '<span id="ctl00_ucWeather_lblError" style="color:Red;">{inner}</span>', "{text}<br />\n"
    )
    share = each(
        p,
        "share",
        '<div class="addthis_toolbox addthis_default_style">{inner}</div>',
        '<a class="addthis_button_{n}" href="#">{text}</a>',
        " | ",
    )
    comments = _slot(
        p,
        "comments",
        '<table id="ctl00_cphMain_dlComments" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">{inner}</table>',
        '<tr><td style="background-color:#E8E0C8;"><b>{text}</b></td></tr>\n',
        "<tr><td>{text}</td></tr>\n",
        "<tr><td><a id=\"ctl00_cphMain_lnkComment{n}\" href=\"javascript:__doPostBack('ctl00$cphMain$lnkComment','')\">{text}</a></td></tr>\n",
    )
    heading = related_heading(p, '<span id="ctl00_cphMain_lblRelated" class="subhead">{text}</span><br />\n')
    teasers = links(p.teasers(6), '<a href="/news/{slug}.aspx">{text}</a><br />\n')
    market = _slot(
        p,
        "advertising",
        '<table id="ctl00_cphRight_gvMarket" class="grid" cellspacing="0" rules="all" border="1" style="border-collapse:collapse;">{inner}</table>',
        '<tr class="gridHeader"><th scope="col">{text}</th></tr>\n',
        '<tr class="gridRow"><td>{text}</td></tr>\n',
        '<tr class="gridRow"><td>{text}</td></tr>\n',
    )
    newsletter = _slot(
        p,
        "newsletter",
        '<div id="ctl00_cphRight_pnlNewsletter" class="sidebox">{inner}<input name="ctl00$cphRight$txtEmail" type="text" id="ctl00_cphRight_txtEmail" /></div>',
        '<span class="boxhead">{text}</span><br />\n',
        "<span>{text}</span><br />\n",
        '<input type="submit" name="ctl00$cphRight$btnJoin" value="" /> <span>{text}</span><br />\n',
    )
    app = inline_box(p, "app", '<div id="ctl00_pnlFooterApp">{inner}</div>', "span", "", "<br />\n")
    consent = _slot(
        p,
        "consent",
        '<div id="ccc"><div id="ccc-notify" class="ccc-notify-bar">{inner}</div></div>',
        '<h3 class="ccc-notify-title">{text}</h3>\n',
        '<p class="ccc-notify-text">{text}</p>\n',
        '<button class="ccc-notify-button" type="button">{text}</button>\n',
    )
    return f"""<form name="aspnetForm" method="post" action="./story.aspx?id=4471" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
{NAV.format(site=esc(p.site))}
<table id="ctl00_tblLayout" width="990" cellpadding="0" cellspacing="0" border="0" align="center">
<tr>
<td id="ctl00_tdLeft" width="180" valign="top">
{login}
<br />
{weather}
{weather_error}
</td>
<td id="ctl00_tdMain" width="600" valign="top">
<h1><span id="ctl00_cphMain_lblHeadline">{esc(p.title)}</span></h1>
<span id="ctl00_cphMain_lblDate" class="dateline">{esc(p.site)} · 20/11/2026</span><br />
{share}
<br />
<span id="ctl00_cphMain_lblStory" class="storytext">
{body}
{credits}
</span>
<br />
{comments}
<br />
<div id="ctl00_cphMain_pnlRelated">{heading}{teasers}</div>
</td>
<td id="ctl00_tdRight" width="210" valign="top">
{market}
<br />
{newsletter}
</td>
</tr>
</table>
<div id="ctl00_pnlFooter">
{app}
{FOOTER.format(site=esc(p.site))}
</div>
</form>
{consent}"""


SHAPES = (
    legal_journal_drupal,
    court_reports_svelte,
    crime_portal_nuxt,
    energy_trade_angular,
    ngo_newsroom_webflow,
    farming_weekly_aspnet,
)
