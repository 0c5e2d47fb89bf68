"""Half of the twenty-fourth part: six shapes of health and medicine news (a hospital trust's
newsroom on Sitecore with an NHS-style front-end kit, its visiting notice, charity appeal and notes
to editors; a consumer health publisher in CSS-in-JS hashes with its symptom checker, product picks
carrying prices and a "medically reviewed" byline; a pharma and biotech trade site in styled-
components with congress live bars, sponsored webinar listings and a registration gate; a medical
journal's news section on an Atypon-style platform with `div role="paragraph"` text, CME modules,
disclosures and a "register to read" gate; a patient charity's news site on WordPress blocks with
helpline boxes, fundraising covers and event maps; and a regional public-health bulletin on an old
table-layout CMS, its text run together with line breaks, with a vaccination-clinic finder and
clinic listings), with their wording, written after twenty-three rounds of tuning without reading
newsmon's rules, to hide boilerplate from markup. It was half of the held-out part, measured
untouched (both halves: newsmon kept 280 of 3,142 boilerplate lines, 8.9%, and all of the body;
stock trafilatura 34.3% and 99.0%; this half 11.0%, body 100%, stock 37.1%), then tuned on structure
and the commoner wording, not line by line, so it is held to a bound, not to zero."""

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
            ["Advertisement", "Joint pain? Ask your pharmacist about FlexiaGel 2.3%", "Always read the label."],
            [
                "Our picks",
                "The best blood pressure monitors, tested by our editors",
                "Cardiva M3 upper-arm monitor · £59.99 at Chemistree",
                "Pulsa wrist monitor with travel case · £34.50 at Pillbox",
                "See all 9 picks",
            ],
            [
                "Partner content",
                "How one oncology network cut infusion waiting times by a third",
                "Brought to you by Meridian Infusion Systems",
            ],
            [
                "We're hiring",
                "Band 5 staff nurses – acute medicine",
                "£29,970 – £36,483 a year · Full time",
                "Search trust vacancies",
            ],
            [
                "Prescribing information and adverse event reporting details can be found at the bottom of this page.",
                "This promotional material is intended for UK healthcare professionals only.",
            ],
            ["Flu jabs from £14.99 at Wellmart Pharmacy", "Book online or walk in"],
        ],
        "donation": [
            [
                "Help us fund the next breakthrough",
                "£10 could pay for an hour of specialist nurse time on our helpline.",
                "Give £10 today",
                "Give another amount",
            ],
            [
                "Lace up for the Moonlight Walk",
                "Saturday 12 June 2027 · 10km or 20km through the city at midnight",
                "Register for £25 and pledge to raise £150",
                "Sign me up for the walk",
            ],
            [
                "St Winifred's Hospital Charity",
                "Every pound you give buys what the NHS can't fund, from bladder scanners to a garden for the children's ward.",
                "Donate to the ward appeal",
            ],
            [
                "Leave a gift in your will",
                "One in three of our research projects is paid for by gifts in wills.",
                "Request our free guide",
            ],
            [
                "Unlock Clinical Pulse Premium",
                "Unlimited articles, the full congress archive and drug pipeline data.",
                "From $29 a month, billed annually",
                "Start my free trial",
            ],
            ["Already gave this month? Thank you. Your support paid for 1,204 helpline calls in October."],
        ],
        "notification": [
            [
                "Our emergency department is very busy",
                "Unless it is a life-threatening emergency, please call 111 or use 111 online before coming in.",
                "Current wait: 4 hrs 20 mins",
            ],
            [
                "Visiting update",
                "From Monday 23 November, two visitors per bed are welcome between 2pm and 8pm. Masks are still required on Ward 12.",
            ],
            [
                "Need to talk?",
                "If this story has raised questions for you, our nurses are here to listen.",
                "Freephone 0808 801 0440",
                "Monday to Friday, 9am–5pm",
            ],
            [
                "Walk-in flu and COVID-19 clinics this week",
                "Tue 24 Nov · Harbourside Health Centre · 9.30am–3pm",
                "Thu 26 Nov · Westfield Library · 1pm–6pm",
                "Sat 28 Nov · St Mark's Church Hall · 10am–2pm",
                "Find a clinic near you",
            ],
            [
                "Get medicine reminders",
                "We'll nudge you when it's time for your next dose.",
                "Turn on reminders",
                "Maybe later",
            ],
            [
                "ESMO 2026 live",
                "Day 3 of our congress coverage: late-breaking abstracts from the lung cancer session",
                "Follow the live blog",
            ],
        ],
        "app": [
            [
                "Check your symptoms",
                "Answer a few questions about how you feel and get advice on what to do next. It takes about 3 minutes.",
                "Start the symptom checker",
            ],
            ["Manage your appointments on the go", "Download the MyWinifred patient app", "App Store", "Google Play"],
            ["Track your cycle, sleep and mood in one place with the Healthwise app.", "Scan the QR code to download"],
            [
                "Read the journal on your tablet",
                "New issues download automatically every Thursday.",
                "Get the iPad edition",
            ],
            ["PillPal: your medicine cabinet, organised", "4.7 stars · 12k ratings", "Install free"],
        ],
        "newsletter": [
            [
                "Healthy Living Weekly",
                "Recipes, workouts and the latest health news, checked by our medical team.",
                "Your email address",
                "Subscribe",
            ],
            [
                "The Oncology Pipeline",
                "Trial readouts, approvals and deals in cancer drug development, every Tuesday.",
                "Work email",
                "Sign up free",
            ],
            [
                "Get our weekly public health bulletin by email",
                "Outbreak updates, screening dates and clinic times for your area.",
            ],
            [
                "Table of contents alerts",
                "Receive the contents of each new issue on the day it is published.",
                "Set up an alert",
            ],
            [
                "Stay in touch",
                "Hear about our research, events and ways to get involved. You can unsubscribe whenever you like.",
                "Keep me updated",
            ],
        ],
        "comments": [
            ["Was this page useful?", "Yes", "No", "Tell us how we can improve it"],
            [
                "Community answers (48)",
                "Have you been through this? Share your experience with other readers.",
                "Post an answer",
            ],
            [
                "Letters to the editor",
                "Respond to this article within four weeks of publication. Letters are limited to 400 words.",
                "Submit a letter",
            ],
            [
                "Comments are closed. Our community guidelines explain why we close comments on stories about individual patients."
            ],
            [
                "Share your story",
                "Have you or someone close to you been affected by sepsis? We would like to hear from you.",
                "Tell us what happened",
            ],
        ],
        "login": [
            [
                "Register to read the full story",
                "Create a free account to read three news articles a month.",
                "Register",
                "Already registered? Sign in",
            ],
            ["Staff zone", "Intranet login", "Rotas and e-learning"],
            [
                "This content is for healthcare professionals only.",
                "Please confirm you are a healthcare professional or sign in with your DocCheck account.",
                "I am a healthcare professional",
            ],
            ["Sign in to save this article to your reading list", "Continue with Google", "Continue with email"],
            ["Partner extranet", "Forgotten your password?", "Log in"],
        ],
        "video": [
            ["Watch: a day on the stroke unit", "4:18"],
            [
                "Sponsored webinar",
                "Next-generation ADCs: what the data from Berlin mean for your pipeline",
                "Wed 9 Dec 2026 · 15:00 CET · 60 min",
                "Register now",
            ],
            [
                "How to check your moles",
                "Our dermatologist explains the ABCDE rule in under two minutes.",
                "Play video",
            ],
            ["Video abstract", "The lead author summarises the trial's main findings.", "Read the transcript"],
            ["WATCH: Nurses demonstrate the new hand hygiene routine"],
        ],
        "source": [
            [
                "Medically reviewed by Dr Priya Nandakumar, MRCGP",
                "Written by Tom Ellery",
                "Updated on 19 November 2026",
            ],
            [
                "Notes to editors",
                "For media enquiries, contact the communications team on 01632 960 318 or comms@stwinifreds.example.",
                "Out-of-hours press line: 07700 900 462",
            ],
            [
                "Disclosures: Dr Okafor reports consulting fees from Halvern Therapeutics and Brightline Bio. No other disclosures were reported."
            ],
            [
                "Our information is based on the best available evidence and checked by clinical experts. Last reviewed: October 2026. Next review due: October 2029."
            ],
            ["Issued by the Directorate of Public Health, Northern Region", "Ref: PHB/2026/114"],
            [
                "Image: Getty Images",
                "This article contains affiliate links. We may earn a commission if you buy through them.",
            ],
        ],
        "share": [
            ["Share this page", "Facebook", "Post on X", "WhatsApp", "Email"],
            ["Print this page", "Email this page to a friend"],
            ["Cite", "Download PDF", "Export citation", "Permissions"],
            ["Send this to someone who needs it", "Copy link"],
            ["Post on LinkedIn", "Share on Bluesky", "Save"],
        ],
        "error": [
            ["The clinic finder is temporarily unavailable. Please call 0300 555 0190 to book."],
            ["We couldn't load the symptom checker.", "Reload"],
            ["Figure failed to load. Download the full-resolution image instead."],
            ["Sorry, this webinar is no longer available on demand."],
            ["Oops. Our event map needs JavaScript to show walks near you."],
            ["Something went wrong while fetching the latest waiting times.", "Last successful update: 07:45"],
        ],
        "consent": [
            [
                "We use cookies",
                "We'd like to use analytics cookies to help us improve our services. We won't set them unless you accept.",
                "Accept analytics cookies",
                "Reject analytics cookies",
                "Cookie settings",
            ],
            [
                "Your privacy choices",
                "We and our 142 partners store and access information on your device to show personalised ads and measure how they perform.",
                "Agree",
                "Manage options",
            ],
            ["This site uses cookies. By continuing you agree to their use.", "OK"],
            [
                "Embedded content",
                "This video is hosted by a third party. Loading it will set cookies on your device.",
                "Load the video",
            ],
            [
                "Cookies on the charity website",
                "Essential cookies keep the donation form working. With your permission we'll also use marketing cookies to measure our campaigns.",
                "Allow all",
                "Essential only",
            ],
        ],
        "related": [
            ["Latest news from the trust"],
            ["Read this next"],
            ["More congress coverage"],
            ["Related articles"],
            ["More from our research news"],
            ["Other bulletins"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Anzeige",
                "Rückenschmerzen? Fragen Sie in Ihrer Apotheke nach Dolorin Wärmepflaster.",
                "Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.",
            ],
            [
                "Unsere Empfehlungen",
                "Blutdruckmessgerät für den Oberarm, unser Testsieger · 54,90 € bei Vitalapo",
                "Pulsoximeter mit Display · 24,95 € bei MediMarkt",
                "Alle Produkte ansehen",
            ],
            [
                "Wir suchen Sie!",
                "Pflegefachkraft (m/w/d) für die Intensivstation",
                "Vollzeit oder Teilzeit · TVöD P8",
                "Jetzt bewerben",
            ],
            [
                "Sponsored Content",
                "Wie eine Kreisklinik ihre Notaufnahme digitalisiert hat",
                "Ein Beitrag von Kalvora Health Systems",
            ],
            ["Grippeschutzimpfung in der Apotheke am Markt", "Ohne Termin · Mo–Sa 8–18 Uhr"],
        ],
        "donation": [
            [
                "Forschung braucht Ihre Hilfe",
                "Schon 15 Euro finanzieren eine Stunde Arbeit im Labor.",
                "Jetzt 15 € spenden",
                "Anderer Betrag",
            ],
            [
                "Laufen für den guten Zweck",
                "Benefizlauf am 6. Juni 2027 im Stadtpark · 5 km oder 10 km",
                "Startgebühr 20 €",
                "Startplatz sichern",
            ],
            [
                "Förderverein des Klinikums",
                "Mit Ihrer Spende finanzieren wir Spielzeug für die Kinderstation und Liegesessel für Angehörige.",
                "Fördermitglied werden",
            ],
            [
                "Pharma Insight Premium",
                "Alle Kongressberichte, Pipeline-Daten und Hintergründe – 30 Tage kostenlos testen.",
                "Danach 24,90 € im Monat",
                "Jetzt testen",
            ],
            ["Ihre Spende ist steuerlich absetzbar. Eine Zuwendungsbestätigung schicken wir Ihnen automatisch zu."],
        ],
        "notification": [
            [
                "Hohes Patientenaufkommen in der Notaufnahme",
                "Bitte wenden Sie sich außerhalb der Sprechzeiten an den ärztlichen Bereitschaftsdienst unter 116 117.",
                "Aktuelle Wartezeit: ca. 3 Stunden",
            ],
            [
                "Besuchsregelung ab 23. November",
                "Pro Patientin oder Patient ist täglich ein Besuch zwischen 14 und 19 Uhr möglich.",
            ],
            [
                "Sie brauchen jemanden zum Reden?",
                "Unser Beratungstelefon ist kostenlos und anonym.",
                "0800 420 30 40",
                "Mo–Fr 9–18 Uhr",
            ],
            [
                "Impftermine diese Woche",
                "Di 24.11. · Gesundheitsamt, Raum 104 · 8–12 Uhr",
                "Do 26.11. · Bürgerhaus Süd · 14–18 Uhr",
                "Ohne Termin, bitte Impfpass mitbringen",
            ],
            [
                "Erinnerung an Ihre Medikamente",
                "Wir erinnern Sie zuverlässig an die nächste Einnahme.",
                "Erinnerungen aktivieren",
                "Später",
            ],
        ],
        "app": [
            [
                "Symptom-Check",
                "Beantworten Sie ein paar Fragen und erfahren Sie, ob Sie zum Arzt gehen sollten.",
                "Symptom-Check starten",
            ],
            ["Termine, Befunde und Rezepte in der Patienten-App", "Im App Store laden", "Bei Google Play"],
            ["Die Fachzeitschrift als E-Paper auf Ihrem Tablet – jeden Donnerstag neu."],
            ["Zyklus, Schlaf und Stimmung im Blick mit der GesundLeben-App", "Kostenlos herunterladen"],
        ],
        "newsletter": [
            [
                "Gesund durch die Woche",
                "Rezepte, Bewegungstipps und Gesundheitsnews – geprüft von unserer Redaktion.",
                "Ihre E-Mail-Adresse",
                "Anmelden",
            ],
            [
                "Onkologie kompakt",
                "Studiendaten, Zulassungen und Deals – jeden Dienstag in Ihrem Postfach.",
                "Kostenlos abonnieren",
            ],
            [
                "Inhaltsverzeichnis per E-Mail",
                "Erhalten Sie das Inhaltsverzeichnis jeder neuen Ausgabe am Erscheinungstag.",
                "Alert einrichten",
            ],
            [
                "Bleiben Sie informiert",
                "Wir berichten über unsere Forschung, Veranstaltungen und Mitmach-Aktionen. Die Abmeldung ist jederzeit möglich.",
                "Newsletter bestellen",
            ],
        ],
        "comments": [
            ["War diese Seite hilfreich?", "Ja", "Nein", "Feedback geben"],
            [
                "Erfahrungen aus der Community (31)",
                "Kennen Sie das? Teilen Sie Ihre Erfahrungen mit anderen Leserinnen und Lesern.",
                "Antwort schreiben",
            ],
            [
                "Leserbriefe",
                "Zuschriften an die Redaktion sollten 300 Wörter nicht überschreiten.",
                "Leserbrief einreichen",
            ],
            ["Die Kommentarfunktion für diesen Artikel ist geschlossen."],
        ],
        "login": [
            [
                "Registrieren und weiterlesen",
                "Mit einem kostenlosen Konto lesen Sie drei Fachartikel pro Monat.",
                "Kostenlos registrieren",
                "Bereits registriert? Anmelden",
            ],
            [
                "Nur für Fachkreise",
                "Dieser Inhalt richtet sich gemäß Heilmittelwerbegesetz ausschließlich an Angehörige der Fachkreise.",
                "Mit DocCheck anmelden",
            ],
            ["Mitarbeiterportal", "Intranet", "Dienstplan"],
            ["Melden Sie sich an, um Artikel auf Ihrer Merkliste zu speichern.", "Anmelden"],
        ],
        "video": [
            ["Video: Ein Tag auf der Stroke Unit", "3:52"],
            [
                "Gesponsertes Webinar",
                "Biosimilars in der Rheumatologie: Was Praxen jetzt wissen müssen",
                "Mi., 9. Dezember, 17 Uhr · 45 Minuten",
                "Kostenlos teilnehmen",
            ],
            [
                "So tasten Sie Ihre Brust richtig ab",
                "Unsere Gynäkologin erklärt es Schritt für Schritt.",
                "Video abspielen",
            ],
            ["Videozusammenfassung der Studie", "Transkript anzeigen"],
        ],
        "source": [
            [
                "Medizinisch geprüft von Dr. med. Katrin Lorenz, Fachärztin für Allgemeinmedizin",
                "Aktualisiert am 19.11.2026",
            ],
            ["Pressekontakt", "Unternehmenskommunikation, Telefon 0341 97 12 345, presse@klinikum-example.de"],
            [
                "Interessenkonflikte: Prof. Weber erhielt Vortragshonorare von Halvern Pharma. Die übrigen Autoren geben keine Interessenkonflikte an."
            ],
            ["Herausgegeben vom Gesundheitsamt des Landkreises", "Stand: November 2026"],
            ["Quelle: Robert Koch-Institut, Epidemiologisches Bulletin 47/2026"],
        ],
        "share": [
            ["Seite teilen", "Facebook", "WhatsApp", "E-Mail"],
            ["Drucken", "Seite weiterempfehlen"],
            ["Zitieren", "PDF herunterladen", "Zitat exportieren"],
            ["Link kopieren", "Auf LinkedIn teilen"],
        ],
        "error": [
            ["Die Impfstellensuche ist derzeit nicht erreichbar. Bitte versuchen Sie es später noch einmal."],
            ["Der Symptom-Check konnte nicht geladen werden.", "Neu laden"],
            ["Abbildung konnte nicht geladen werden."],
            ["Dieses Webinar ist nicht mehr als Aufzeichnung verfügbar."],
            ["Die aktuellen Wartezeiten konnten nicht abgerufen werden.", "Letzte Aktualisierung: 07:45 Uhr"],
        ],
        "consent": [
            [
                "Datenschutzeinstellungen",
                "Wir nutzen Cookies und ähnliche Technologien, um unsere Website zu verbessern. Einige sind notwendig, andere helfen uns bei der Analyse.",
                "Alle akzeptieren",
                "Nur notwendige",
                "Einstellungen",
            ],
            [
                "Externer Inhalt",
                "Dieses Video wird von einem Drittanbieter bereitgestellt. Beim Abspielen werden Daten übertragen.",
                "Video laden",
            ],
            ["Diese Seite verwendet Cookies. Mit der weiteren Nutzung stimmen Sie dem zu.", "OK"],
            [
                "Wir und unsere 138 Partner speichern Informationen auf Ihrem Gerät, um Anzeigen zu personalisieren.",
                "Zustimmen",
                "Ablehnen",
            ],
        ],
        "related": [
            ["Aktuelles aus dem Klinikum"],
            ["Das könnte Sie auch interessieren"],
            ["Mehr vom Kongress"],
            ["Weitere Meldungen"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Publicité",
                "Mal de gorge ? Demandez conseil à votre pharmacien.",
                "Ceci est un médicament. Lire attentivement la notice. Si les symptômes persistent, consultez votre médecin.",
            ],
            [
                "Notre sélection",
                "Tensiomètre au bras, le plus précis de notre test · 49,90 € chez Parapharma",
                "Oxymètre de pouls · 22,50 € chez SantéMarket",
                "Voir toute la sélection",
            ],
            ["L'hôpital recrute", "Infirmier·e diplômé·e d'État en réanimation · CDI", "Postuler"],
            [
                "Contenu sponsorisé",
                "Comment un CHU a réduit de 30 % les délais d'attente aux urgences",
                "Proposé par Kalvora Santé",
            ],
        ],
        "donation": [
            [
                "La recherche a besoin de vous",
                "Un don de 20 € finance une heure de travail en laboratoire.",
                "Je donne 20 €",
                "Autre montant",
            ],
            [
                "Courez pour la recherche",
                "Course solidaire le 6 juin 2027 · 5 ou 10 km",
                "Inscription : 15 €",
                "Je m'inscris à la course",
            ],
            ["Votre don est déductible à 66 % de votre impôt sur le revenu. Un don de 50 € ne vous coûte que 17 €."],
            [
                "Abonnez-vous à Pharma Hebdo Premium",
                "Tous nos comptes rendus de congrès et l'accès aux données des essais.",
                "19 € par mois",
                "Essayer gratuitement",
            ],
        ],
        "notification": [
            [
                "Forte affluence aux urgences",
                "En dehors des urgences vitales, appelez le 15 ou votre médecin traitant avant de vous déplacer.",
                "Temps d'attente estimé : 3 h 40",
            ],
            [
                "Besoin d'en parler ?",
                "Notre ligne d'écoute est gratuite et anonyme.",
                "0 800 40 60 80",
                "Du lundi au vendredi, de 9 h à 18 h",
            ],
            [
                "Centres de vaccination cette semaine",
                "Mardi 24/11 · Maison de santé du Port · 9 h–12 h",
                "Jeudi 26/11 · Salle des fêtes · 14 h–18 h",
                "Sans rendez-vous",
            ],
            [
                "Nouvelles règles de visite",
                "À partir du 23 novembre, deux visiteurs par patient sont autorisés de 13 h à 20 h.",
            ],
        ],
        "app": [
            [
                "Vérifiez vos symptômes",
                "Répondez à quelques questions et sachez s'il faut consulter.",
                "Lancer le test",
            ],
            ["Vos rendez-vous et résultats dans l'application patient", "Disponible sur l'App Store et Google Play"],
            ["Lisez la revue sur tablette : chaque numéro est disponible dès le jeudi."],
            ["PilulePlanner, votre pilulier connecté", "Note 4,6 · Gratuit", "Installer"],
        ],
        "newsletter": [
            [
                "La lettre Bien-être",
                "Recettes, activité physique et actualité santé, vérifiées par nos médecins.",
                "Votre adresse e-mail",
                "Je m'abonne",
            ],
            [
                "Oncologie Express",
                "Essais, autorisations et accords, chaque mardi dans votre boîte.",
                "S'inscrire gratuitement",
            ],
            [
                "Alertes sommaire",
                "Recevez le sommaire de chaque nouveau numéro dès sa parution.",
                "Créer une alerte",
            ],
            [
                "Restez informé·e",
                "Recevez des nouvelles de nos recherches et de nos événements. Désinscription en un clic.",
                "Je veux être tenu·e au courant",
            ],
        ],
        "comments": [
            ["Cette page vous a-t-elle été utile ?", "Oui", "Non"],
            [
                "Témoignages de la communauté (27)",
                "Vous avez vécu la même chose ? Partagez votre expérience.",
                "Répondre",
            ],
            [
                "Courrier des lecteurs",
                "Les lettres doivent nous parvenir dans les quatre semaines suivant la publication.",
                "Envoyer une lettre",
            ],
            ["Les commentaires sont fermés pour cet article."],
        ],
        "login": [
            [
                "Inscrivez-vous pour lire la suite",
                "Un compte gratuit vous donne accès à trois articles par mois.",
                "Créer un compte",
                "Déjà inscrit ? Se connecter",
            ],
            [
                "Réservé aux professionnels de santé",
                "Connectez-vous avec votre numéro RPPS pour accéder à ce contenu.",
                "Se connecter",
            ],
            ["Espace agents", "Intranet", "Planning"],
            ["Connectez-vous pour enregistrer cet article."],
        ],
        "video": [
            ["Vidéo : une journée en unité neurovasculaire", "4:05"],
            [
                "Webinaire sponsorisé",
                "Anticorps conjugués : ce que les données de Berlin changent pour les laboratoires",
                "Mercredi 9 décembre · 15 h · 60 min",
                "S'inscrire",
            ],
            [
                "Comment surveiller ses grains de beauté",
                "Notre dermatologue explique la règle ABCDE.",
                "Lire la vidéo",
            ],
            ["Résumé vidéo de l'étude", "Voir la transcription"],
        ],
        "source": [
            ["Relu par le Dr Claire Vasseur, médecin généraliste", "Mis à jour le 19 novembre 2026"],
            ["Contact presse", "Direction de la communication · 03 20 44 59 62 · presse@chu-example.fr"],
            ["Liens d'intérêts : le Pr Martin déclare avoir reçu des honoraires de Halvern Pharma."],
            ["Source : Santé publique France, bulletin épidémiologique hebdomadaire"],
            ["Publié par l'Agence régionale de santé", "Réf. ARS/2026/114"],
        ],
        "share": [
            ["Partager cette page", "Facebook", "WhatsApp", "E-mail"],
            ["Imprimer", "Envoyer à un proche"],
            ["Citer", "Télécharger le PDF", "Exporter la référence"],
            ["Copier le lien", "Partager sur LinkedIn"],
        ],
        "error": [
            ["La recherche de centres de vaccination est momentanément indisponible."],
            ["Impossible de charger le test de symptômes.", "Réessayer"],
            ["La figure n'a pas pu être chargée."],
            ["Ce webinaire n'est plus disponible en replay."],
        ],
        "consent": [
            [
                "Gestion des cookies",
                "Nous utilisons des cookies pour mesurer l'audience et améliorer nos services. Vous pouvez modifier vos choix à tout moment.",
                "Tout accepter",
                "Tout refuser",
                "Personnaliser",
            ],
            [
                "Contenu externe",
                "Cette vidéo est hébergée par un service tiers qui peut déposer des cookies.",
                "Afficher la vidéo",
            ],
            ["En poursuivant votre navigation, vous acceptez l'utilisation de cookies.", "J'ai compris"],
            [
                "Nous et nos 131 partenaires stockons des informations sur votre appareil à des fins publicitaires.",
                "Accepter et fermer",
                "Continuer sans accepter",
            ],
        ],
        "related": [
            ["Toute l'actualité de l'hôpital"],
            ["À lire aussi"],
            ["Plus d'articles du congrès"],
            ["Sur le même thème"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Publicidad",
                "¿Dolor muscular? Pregunte a su farmacéutico por Relaxgel.",
                "Lea las instrucciones de este medicamento y consulte al farmacéutico.",
            ],
            [
                "Nuestra selección",
                "Tensiómetro de brazo, el mejor de nuestra prueba · 49,95 € en FarmaOnline",
                "Pulsioxímetro digital · 19,90 € en SaludMarket",
                "Ver todos los productos",
            ],
            ["Trabaja con nosotros", "Enfermero/a para la UCI · Contrato indefinido", "Consultar ofertas"],
            [
                "Contenido patrocinado",
                "Cómo un hospital comarcal redujo a la mitad la espera en urgencias",
                "Ofrecido por Kalvora Salud",
            ],
        ],
        "donation": [
            [
                "La investigación te necesita",
                "Con 10 € financias una hora de trabajo en el laboratorio.",
                "Dono 10 €",
                "Otra cantidad",
            ],
            [
                "Carrera solidaria contra el cáncer",
                "Domingo 6 de junio de 2027 · 5 o 10 km",
                "Inscripción: 12 €",
                "Inscribirme",
            ],
            ["Hazte socio", "Con 8 € al mes ayudas a mantener nuestra línea de atención gratuita."],
            [
                "Suscríbete a Pharma Semanal Premium",
                "Todas las crónicas de congresos y los datos de ensayos clínicos.",
                "Prueba gratis 14 días",
            ],
        ],
        "notification": [
            [
                "Urgencias con alta demanda",
                "Si no es una urgencia vital, llame antes a su centro de salud o al 061.",
                "Tiempo de espera estimado: 3 h 15 min",
            ],
            [
                "¿Necesitas hablar?",
                "Nuestra línea de apoyo es gratuita y confidencial.",
                "900 100 200",
                "De lunes a viernes, de 9 a 19 h",
            ],
            [
                "Puntos de vacunación esta semana",
                "Martes 24/11 · Centro de salud Puerto · 9–13 h",
                "Jueves 26/11 · Centro cívico Sur · 16–20 h",
                "Sin cita previa",
            ],
            [
                "Nuevo horario de visitas",
                "Desde el 23 de noviembre se permite un acompañante por paciente de 12 a 20 h.",
            ],
        ],
        "app": [
            [
                "Comprueba tus síntomas",
                "Responde unas preguntas y descubre si debes ir al médico.",
                "Empezar el test",
            ],
            ["Tus citas y resultados en la app del paciente", "Descárgala en App Store o Google Play"],
            ["La revista, también en tu tableta: cada número disponible desde el jueves."],
            ["MediRecuerda: nunca olvides una toma", "4,5 estrellas · Gratis", "Instalar"],
        ],
        "newsletter": [
            [
                "Vida Sana",
                "Recetas, ejercicio y noticias de salud revisadas por nuestros médicos.",
                "Tu correo electrónico",
                "Suscribirme",
            ],
            ["Oncología al día", "Ensayos, aprobaciones y acuerdos, cada martes en tu correo.", "Apúntate gratis"],
            ["Alertas de sumario", "Recibe el sumario de cada número el día de su publicación.", "Crear alerta"],
            [
                "No te pierdas nada",
                "Te contamos nuestras investigaciones y eventos. Puedes darte de baja cuando quieras.",
                "Quiero recibir noticias",
            ],
        ],
        "comments": [
            ["¿Te ha resultado útil esta página?", "Sí", "No"],
            [
                "Experiencias de la comunidad (19)",
                "¿Te ha pasado lo mismo? Cuéntaselo a otros lectores.",
                "Responder",
            ],
            [
                "Cartas al director",
                "Las cartas deben enviarse en las cuatro semanas siguientes a la publicación.",
                "Enviar carta",
            ],
            ["Los comentarios de este artículo están cerrados."],
        ],
        "login": [
            [
                "Regístrate para seguir leyendo",
                "Con una cuenta gratuita puedes leer tres artículos al mes.",
                "Crear cuenta",
                "¿Ya tienes cuenta? Inicia sesión",
            ],
            [
                "Contenido exclusivo para profesionales sanitarios",
                "Acceda con su número de colegiado.",
                "Acceder",
            ],
            ["Portal del empleado", "Intranet", "Turnos"],
            ["Inicia sesión para guardar este artículo."],
        ],
        "video": [
            ["Vídeo: un día en la unidad de ictus", "3:47"],
            [
                "Webinar patrocinado",
                "Biosimilares en reumatología: lo que deben saber las farmacias hospitalarias",
                "Miércoles 9 de diciembre · 16:00 h · 45 min",
                "Inscríbete",
            ],
            ["Cómo revisar tus lunares", "Nuestra dermatóloga explica la regla ABCDE.", "Ver vídeo"],
            ["Resumen en vídeo del estudio", "Ver transcripción"],
        ],
        "source": [
            ["Revisado por la Dra. Lucía Ferrer, médica de familia", "Actualizado el 19 de noviembre de 2026"],
            ["Contacto de prensa", "Gabinete de comunicación · 954 71 23 45 · prensa@hospital-example.es"],
            ["Conflicto de intereses: el Dr. Ruiz ha recibido honorarios de Halvern Pharma."],
            ["Fuente: Ministerio de Sanidad, boletín epidemiológico semanal"],
            ["Publicado por la Dirección General de Salud Pública", "Ref. DGSP/2026/114"],
        ],
        "share": [
            ["Compartir esta página", "Facebook", "WhatsApp", "Correo"],
            ["Imprimir", "Enviar a un amigo"],
            ["Citar", "Descargar PDF", "Exportar cita"],
            ["Copiar enlace", "Compartir en LinkedIn"],
        ],
        "error": [
            ["El buscador de puntos de vacunación no está disponible en este momento."],
            ["No se ha podido cargar el comprobador de síntomas.", "Reintentar"],
            ["No se ha podido cargar la figura."],
            ["Este webinar ya no está disponible en diferido."],
        ],
        "consent": [
            [
                "Configuración de cookies",
                "Utilizamos cookies propias y de terceros para analizar el uso del sitio y mostrarte publicidad relacionada con tus preferencias.",
                "Aceptar todas",
                "Rechazar",
                "Configurar",
            ],
            [
                "Contenido externo",
                "Este vídeo está alojado por un tercero que puede instalar cookies.",
                "Cargar vídeo",
            ],
            ["Al continuar navegando aceptas el uso de cookies.", "Entendido"],
            [
                "Nosotros y nuestros 127 socios almacenamos información en tu dispositivo con fines publicitarios.",
                "Aceptar",
                "Más opciones",
            ],
        ],
        "related": [
            ["Actualidad del hospital"],
            ["Te puede interesar"],
            ["Más del congreso"],
            ["Noticias relacionadas"],
        ],
    },
}


_slot = widget_drawer(8)


def hospital_trust_newsroom(p: Parts) -> str:
    """A hospital trust's newsroom on Sitecore with an NHS-style front-end kit, the story as bare
    `<p>` in a rich-text rendering: the cookie banner above the header, staff links in the
    header's utility list, share links as an inline list under the title, the visiting or A&E
    notice pasted into the rich text as `<p><strong>` and `<p>` right before the first
    paragraph, the charity appeal as a feature card, the video with its caption in small-body
    paragraphs and the vacancies as a kit table between paragraphs, the notes to editors pasted
    as an `<h3>` and bare `<p>` right after the last paragraph, the page-feedback box in margin
    utilities under the article, then the headed latest-news list; in the sidebar the service
    finder's rendering (only data attributes) holding its error and the app promo; the
    newsletter form in the footer band."""
    inline = present(
        _slot(
            p,
            "donation",
            '<div class="nhsuk-card nhsuk-card--feature"><div class="nhsuk-card__content nhsuk-card__content--feature">{inner}</div></div>\n',
            '<h2 class="nhsuk-card__heading nhsuk-card__heading--feature">{text}</h2>\n',
            '<p class="nhsuk-card__description">{text}</p>\n',
            '<a class="nhsuk-button nhsuk-u-margin-bottom-0" href="https://charity.example-trust.nhs.uk/give?src=news">{text}</a>\n',
        ),
        _slot(
            p,
            "video",
            '<div class="nhsuk-u-margin-bottom-5" data-rendering="9c1e4b2a"><div class="embed-16x9"><iframe src="https://www.youtube-nocookie.com/embed/Lq2dX0s9a1" title="" allowfullscreen></iframe></div>\n{inner}</div>\n',
            '<p class="nhsuk-body-s nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-1">{text}</p>\n',
            '<p class="nhsuk-body-s nhsuk-u-margin-bottom-1">{text}</p>\n',
            '<p class="nhsuk-body-s nhsuk-u-secondary-text-color">{text}</p>\n',
        ),
        _slot(
            p,
            "advertising",
            '<table class="nhsuk-table" role="table">{inner}</table>\n',
            '<caption class="nhsuk-table__caption">{text}</caption>\n',
            '<tr class="nhsuk-table__row"><td class="nhsuk-table__cell">{text}</td></tr>\n',
            '<tr class="nhsuk-table__row"><td class="nhsuk-table__cell"><a href="https://jobs.example-trust.nhs.uk/?ref=news">{text}</a></td></tr>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": "<p>{text}</p>\n",
            "h2": "<h2>{text}</h2>",
            "quote": '<blockquote class="nhsuk-u-margin-left-0"><p>{text}</p></blockquote>',
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    consent = _slot(
        p,
        "consent",
        '<div id="nhsuk-cookie-banner"><div class="nhsuk-width-container">{inner}</div></div>',
        "<h2>{text}</h2>\n",
        "<p>{text}</p>\n",
        '<a class="nhsuk-button" href="#" role="button">{text}</a>\n',
    )
    login = each(
        p,
        "login",
        '<ul class="nhsuk-header__utility-list">{inner}</ul>',
        '<li><a class="nhsuk-header__utility-link" href="https://staff.example-trust.nhs.uk/">{text}</a></li>\n',
    )
    share = each(
        p,
        "share",
        '<ul class="nhsuk-list nhsuk-list--inline nhsuk-u-font-size-16">{inner}</ul>',
        '<li><a href="#" data-n="{n}">{text}</a></li>\n',
    )
    notice = _slot(
        p, "notification", "{inner}", "<p><strong>{text}</strong></p>\n", "<p>{text}</p>\n", "<p>{text}</p>\n"
    )
    notes = _slot(p, "source", "{inner}", "<h3>{text}</h3>\n", "<p>{text}</p>\n", "<p>{text}</p>\n")
    feedback = _slot(
        p,
        "comments",
        '<section class="nhsuk-u-margin-top-7 nhsuk-u-padding-top-4">{inner}</section>',
        '<h2 class="nhsuk-heading-s">{text}</h2>\n',
        '<p class="nhsuk-body-s">{text}</p>\n',
        '<button class="nhsuk-button nhsuk-button--secondary" type="button">{text}</button>\n',
    )
    heading = related_heading(p, '<h2 class="nhsuk-heading-m">{text}</h2>\n')
    teasers = links(p.teasers(4), '<li><a href="/news/{slug}">{text}</a></li>\n')
    finder = each(
        p,
        "error",
        '<div data-rendering="3fd07e11" data-datasource="{B2F1C0A4-77D2-4E51-9A1E-0C6D2E5F8B31}">{inner}</div>',
        "<p>{text}</p>\n",
    )
    app = _slot(
        p,
        "app",
        '<div class="nhsuk-promo"><div class="nhsuk-promo__content">{inner}</div></div>',
        '<h3 class="nhsuk-promo__heading">{text}</h3>\n',
        '<p class="nhsuk-promo__description">{text}</p>\n',
        '<a class="nhsuk-u-margin-right-3" href="/patients/app">{text}</a>\n',
    )
    newsletter = _slot(
        p,
        "newsletter",
        '<form class="nhsuk-width-container nhsuk-u-padding-top-5" action="/api/sitecore/newsletter/subscribe" method="post">{inner}<input class="nhsuk-input" type="email" name="email"></form>',
        '<h2 class="nhsuk-heading-m">{text}</h2>\n',
        '<p class="nhsuk-body">{text}</p>\n',
        '<button class="nhsuk-button" type="submit">{text}</button>\n',
    )
    return f"""{consent}
<header class="nhsuk-header" role="banner"><div class="nhsuk-width-container nhsuk-header__container">
{NAV.format(site=esc(p.site))}
{login}
</div></header>
<div class="nhsuk-width-container">
<main class="nhsuk-main-wrapper" id="maincontent" role="main">
<div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds">
<h1>{esc(p.title)}</h1>
<p class="nhsuk-body-s nhsuk-u-secondary-text-color">Published 20 November 2026</p>
{share}
<div class="rich-text" data-rendering="0a7be3d9">
{notice}
{body}
{notes}
</div>
{feedback}
<div class="nhsuk-u-margin-top-7">{heading}<ul class="nhsuk-list">{teasers}</ul></div>
</div>
<div class="nhsuk-grid-column-one-third">
{finder}
{app}
</div>
</div>
</main>
</div>
<div class="nhsuk-u-padding-bottom-5" style="background:#005eb8;color:#fff">{newsletter}</div>
{FOOTER.format(site=esc(p.site))}"""


_CH_P = '<p class="css-1e5nq2a eq4fy3o0">{text}</p>\n'


def consumer_health_emotion(p: Parts) -> str:
    """A consumer health publisher on Next.js with Emotion, every class a `css-` hash and the
    story as `<p class="css-1e5nq2a eq4fy3o0">`: the medication-reminder or helpline bar above
    the header, the sign-in buttons in the header, the "medically reviewed" byline in hashed
    spans under the title and the share buttons down a rail with their text in `css-0` spans;
    between paragraphs the product picks, whose heading and lines are same-class paragraphs and
    whose button is a sponsored link, the symptom checker card and a video with a hashed
    caption, the newsletter form after the last paragraph; the community-answers box marked
    only by data attributes and the headed "read this next" list after the article, the
    checker's error in a hashed alert in the aside, a premium bottom sheet and a OneTrust
    banner."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="css-1vk3h2b">{inner}</div>\n',
            '<p class="css-1e5nq2a eq4fy3o0"><strong>{text}</strong></p>\n',
            _CH_P,
            '<a class="css-1tgv5vx" rel="sponsored noopener" href="https://go.example-aff.com/c/4471?u=picks">{text}</a>\n',
        ),
        _slot(
            p,
            "app",
            '<section class="css-ke0xj9"><div class="css-1r9yq0l">{inner}</div></section>\n',
            '<h3 class="css-p8ym46">{text}</h3>\n',
            '<p class="css-1d3lbvk">{text}</p>\n',
            '<a class="css-1u8qly9" href="/symptom-checker?entry=article">{text}</a>\n',
        ),
        _slot(
            p,
            "video",
            '<div class="css-1dbjc4n"><video class="css-9pa8cd" preload="none" poster="/_next/image?url=%2Fv%2F8812.jpg&amp;w=1080"></video>\n{inner}</div>\n',
            '<div class="css-901oao r-1qd0xha">{text}</div>\n',
            '<div class="css-901oao">{text}</div>\n',
            '<span class="css-16my406">{text}</span>\n',
        ),
        _slot(
            p,
            "newsletter",
            '<form class="css-1h8bx1n" method="post">{inner}<input class="css-1x5eqv8" type="email"></form>\n',
            '<p class="css-1e5nq2a eq4fy3o0"><b>{text}</b></p>\n',
            _CH_P,
            '<button class="css-1n5t7ry" type="submit">{text}</button>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _CH_P,
            "h2": '<h2 class="css-1s5gkbr eq4fy3o1">{text}</h2>',
            "quote": '<blockquote class="css-7l8y2q"><p class="css-1e5nq2a eq4fy3o0">{text}</p></blockquote>',
            "ul": '<ul class="css-5x1n3o">{items}</ul>',
        },
        inline,
    )
    bar = _slot(
        p,
        "notification",
        '<div class="css-y7ptz4">{inner}</div>',
        '<span class="css-1qbx7l4">{text}</span>\n',
        '<span class="css-x1ow5d">{text}</span>\n',
        '<button class="css-qv8x4b" type="button">{text}</button>\n',
    )
    login = each(p, "login", '<div class="css-10ly5gl">{inner}</div>', '<button class="css-1gq0v1e">{text}</button>\n')
    byline = each(p, "source", '<div class="css-q4wgk1">{inner}</div>', '<span class="css-1b8b9f8">{text}</span>\n')
    share = each(
        p,
        "share",
        '<div class="css-1kx7zn3">{inner}</div>',
        '<button class="css-8y2rqn" type="button"><svg width="20" height="20" aria-hidden="true"></svg><span class="css-0">{text}</span></button>\n',
    )
    community = _slot(
        p,
        "comments",
        '<div data-module="community" data-count="48" data-thread="8812">{inner}</div>',
        "<h2>{text}</h2>\n",
        "<p>{text}</p>\n",
        '<button type="button">{text}</button>\n',
    )
    heading = related_heading(p, '<h2 class="css-17x5lw">{text}</h2>\n')
    teasers = links(
        p.teasers(6), '<li class="css-1mxvbd0"><a class="css-yk8ky5" href="/health/{slug}">{text}</a></li>\n'
    )
    alert = each(
        p, "error", '<div role="alert" class="css-18t94o4">{inner}</div>', '<p class="css-1ro4wi6">{text}</p>\n'
    )
    premium = _slot(
        p,
        "donation",
        '<div class="css-1wxaqej" role="dialog" aria-modal="true"><div class="css-ys0v1a">{inner}</div></div>',
        '<h2 class="css-1p4pp2c">{text}</h2>\n',
        '<p class="css-ttn9bm">{text}</p>\n',
        '<a class="css-1u8qly9" href="/premium?src=sheet">{text}</a>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<div id="onetrust-banner-sdk" class="otFlat" role="region"><div class="ot-sdk-container">{inner}</div></div>',
        '<h2 id="onetrust-policy-title">{text}</h2>\n',
        '<p id="onetrust-policy-text">{text}</p>\n',
        "<button>{text}</button>\n",
    )
    return f"""<div id="__next">
{bar}
<header class="css-1n2mv2k">{NAV.format(site=esc(p.site))}
{login}</header>
<main class="css-1b1f3n4">
<div class="css-1i5ewld">
<aside class="css-5qkmvh">{share}</aside>
<article class="css-1ygtk7b">
<h1 class="css-1kbdvv2">{esc(p.title)}</h1>
{byline}
<div class="css-9ms8hp">
{body}
</div>
</article>
<aside class="css-z3y8ak">{alert}</aside>
</div>
{community}
<section class="css-1k9ek97">{heading}<ul class="css-1q6xvr2">{teasers}</ul></section>
</main>
{FOOTER.format(site=esc(p.site))}
</div>
{premium}
{consent}"""


_PH_P = '<p class="sc-dlfnbm bcCCNc">{text}</p>\n'


def pharma_trade_styled(p: Parts) -> str:
    """A pharma and biotech trade site on Next.js with styled-components, every class an
    `sc-` name and its hash, the story as `<p class="sc-dlfnbm bcCCNc">`: the consent strip and
    a `<congress-live-bar>` custom element above the header, the Premium upsell in the header,
    share buttons under the title; between paragraphs an ad slot with its lines as spans, the
    sponsored webinar as a hashed `<table>` and the registration gate pasted as same-class
    paragraphs; the source pasted as same-class `<em>` paragraphs right after the last; the
    comments box and the headed related list after the article, the newsletter form in the
    sidebar, a trailing hashed error box under the related list and the app plug as a `<br>`-
    separated run in the footer."""
    inline = present(
        inline_box(
            p,
            "advertising",
            '<div class="sc-gsTCUz bhFJaB" data-slot="mid-article-1"><div class="sc-hBEYos dWjUC">{inner}</div></div>\n',
            "span",
            ' class="sc-fodVxV"',
            "\n",
        ),
        _slot(
            p,
            "video",
            '<table class="sc-bqiRlB kuTGXq"><tbody>{inner}</tbody></table>\n',
            '<tr><th class="sc-ksdxgE">{text}</th></tr>\n',
            '<tr><td class="sc-hHftDr">{text}</td></tr>\n',
            '<tr><td class="sc-hHftDr"><a href="https://events.example-pharmatrade.com/webinars/adc-2026/register">{text}</a></td></tr>\n',
        ),
        each(p, "login", "{inner}", _PH_P),
    )
    body = body_item_lines(
        p,
        {
            "p": _PH_P,
            "h2": '<h2 class="sc-jSgupP gEkVKd">{text}</h2>',
            "quote": '<blockquote class="sc-gKsewC iMRnuz"><p class="sc-dlfnbm bcCCNc">{text}</p></blockquote>',
            "ul": '<ul class="sc-iBPRYJ cnIzzH">{items}</ul>',
        },
        inline,
    )
    consent = _slot(
        p,
        "consent",
        '<div class="sc-jrQzAO hVrxHm">{inner}</div>',
        '<p class="sc-kstrdz bWZpwz"><b>{text}</b></p>\n',
        '<p class="sc-kstrdz bWZpwz">{text}</p>\n',
        '<button class="sc-hiCibw cYjUoW">{text}</button>\n',
    )
    live = _slot(
        p,
        "notification",
        '<congress-live-bar data-congress="esmo-2026" class="sc-fKVqWL">{inner}</congress-live-bar>',
        "<b>{text}</b>\n",
        "<span>{text}</span>\n",
        '<a href="/congress/esmo-2026/live">{text}</a>\n',
    )
    upsell = _slot(
        p,
        "donation",
        '<div class="sc-kDTinF gsGeRo">{inner}</div>',
        '<strong class="sc-iqseJM">{text}</strong>\n',
        '<span class="sc-crHmcD">{text}</span>\n',
        '<a class="sc-egiyK kVBhYo" href="/premium/trial">{text}</a>\n',
    )
    share = each(
        p,
        "share",
        '<div class="sc-eCImPb fKUgTt">{inner}</div>',
        '<button class="sc-jRQBWg jZnXhL" data-i="{n}">{text}</button>\n',
    )
    source = each(p, "source", "{inner}", '<p class="sc-dlfnbm bcCCNc"><em>{text}</em></p>\n')
    comments = _slot(
        p,
        "comments",
        '<section class="sc-bBHxTw dJLPqE">{inner}</section>',
        '<h3 class="sc-fFeiMQ">{text}</h3>\n',
        '<p class="sc-bkkeKt">{text}</p>\n',
        '<button class="sc-ieecCq">{text}</button>\n',
    )
    heading = related_heading(p, '<h3 class="sc-dQppl">{text}</h3>\n')
    teasers = links(p.teasers(5), '<li class="sc-bdVaJa"><a class="sc-htpNat" href="/news/{slug}">{text}</a></li>\n')
    broken = each(p, "error", '<div class="sc-pVTFL ePvXAf">{inner}</div>', '<p class="sc-jObWnj">{text}</p>\n')
    newsletter = _slot(
        p,
        "newsletter",
        '<form class="sc-fubCfw jXbnLR" method="post">{inner}<input class="sc-pFZIQ" type="email" name="email"></form>',
        '<h4 class="sc-jJoQJp">{text}</h4>\n',
        '<p class="sc-hUpaCq">{text}</p>\n',
        '<button class="sc-jHkVzv" type="submit">{text}</button>\n',
    )
    app = inline_box(p, "app", '<div class="sc-cxpSdN">{inner}</div>', "span", "", "<br>\n")
    return f"""{consent}
{live}
<header class="sc-AxjAm">{NAV.format(site=esc(p.site))}
{upsell}</header>
<div class="sc-AxirZ bJCmFu">
<main class="sc-AxiKw">
<article class="sc-AxhCb">
<span class="sc-AxhUy">{esc(p.site)} · 20 Nov 2026</span>
<h1 class="sc-AxgMl">{esc(p.title)}</h1>
{share}
<div class="sc-fzozJi">
{body}
{source}
</div>
</article>
{comments}
<section class="sc-fzoLsD">{heading}<ul>{teasers}</ul></section>
{broken}
</main>
<aside class="sc-fzpans">{newsletter}</aside>
</div>
<footer class="sc-fznyAO">
{app}
{FOOTER.format(site=esc(p.site))}
</footer>"""


_JNL_P = '<div role="paragraph">{text}</div>\n'


def journal_news_atypon(p: Parts) -> str:
    """The news section of a medical journal on an Atypon-style platform, its text as `<div
    role="paragraph">` inside a `<section>` and its slots as `<pb-dropzone>` custom elements: a
    leaderboard whose lines run between `<br>`s, the toolbar of share links as an `rlist`, a
    `<cme-activity>` custom element holding the notice, a figure whose `<noscript>` holds the
    error and the video abstract between paragraphs, the "register to read" gate pasted as `div
    role="paragraph"` lines after the last one, the disclosures in an `<ol>` of footnotes, the
    letters box, the headed related list marked only by data attributes, the subscription
    upsell and the table-of-contents alert form in the right rail, the app plug in the footer
    and a cookie pop-up."""
    inline = present(
        _slot(
            p,
            "notification",
            '<cme-activity data-credits="0.5" data-activity="n8812">{inner}</cme-activity>\n',
            '<div class="cme__title">{text}</div>\n',
            '<div class="cme__text">{text}</div>\n',
            '<a class="cme__cta" href="/cme/activity/n8812">{text}</a>\n',
        ),
        each(
            p,
            "error",
            '<figure class="figure" id="f1"><img data-src="/cms/asset/8812/fig1.jpg" alt=""><noscript>{inner}</noscript></figure>\n',
            "<div>{text}</div>",
        ),
        _slot(
            p,
            "video",
            '<div class="article__inline-media" data-media="vabs-8812"><video controls preload="none"></video>\n{inner}</div>\n',
            "<h4>{text}</h4>\n",
            _JNL_P,
            '<a href="/doi/suppl/10.5555/news.8812/transcript">{text}</a>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": _JNL_P,
            "h2": '<h2 class="section__title">{text}</h2>',
            "quote": '<blockquote class="disp-quote"><div role="paragraph">{text}</div></blockquote>',
            "ul": '<ul class="rlist list-bullet">{items}</ul>',
        },
        inline,
    )
    leaderboard = inline_box(
        p,
        "advertising",
        '<pb-dropzone data-pb-dropzone="leaderboard"><div class="pb-ad">{inner}</div></pb-dropzone>',
        "span",
        "",
        "<br>\n",
    )
    share = each(
        p,
        "share",
        '<ul class="rlist--inline">{inner}</ul>',
        '<li><a href="#" data-tool="{n}"><i class="icon-tool" aria-hidden="true"></i>{text}</a></li>\n',
    )
    gate = each(p, "login", "{inner}", _JNL_P)
    notes = each(p, "source", '<section id="fn-group"><ol class="rlist">{inner}</ol></section>', "<li>{text}</li>\n")
    letters = _slot(
        p,
        "comments",
        '<section class="article__letters">{inner}</section>',
        "<h3>{text}</h3>\n",
        _JNL_P,
        '<a class="btn" href="/letters/submit?doi=10.5555/news.8812">{text}</a>\n',
    )
    heading = related_heading(p, "<h3>{text}</h3>\n")
    teasers = links(p.teasers(5), '<li><a href="/doi/full/10.5555/news.{slug}">{text}</a></li>\n')
    upsell = _slot(
        p,
        "donation",
        '<pb-dropzone data-pb-dropzone="access-upsell">{inner}</pb-dropzone>',
        "<h4>{text}</h4>\n",
        "<div>{text}</div>\n",
        '<a href="/action/showPurchase?doi=10.5555/news.8812">{text}</a>\n',
    )
    etoc = _slot(
        p,
        "newsletter",
        '<div data-widget-def="eTocWidget" data-widget-id="6b1c2a0e"><form action="/action/addCitationAlert" method="post">{inner}<input type="email" name="email"></form></div>',
        "<h4>{text}</h4>\n",
        "<div>{text}</div>\n",
        '<button type="submit">{text}</button>\n',
    )
    app = _slot(
        p,
        "app",
        '<div class="footer__apps">{inner}</div>',
        "<strong>{text}</strong>\n",
        "<div>{text}</div>\n",
        '<a href="https://apps.example-journal.org/">{text}</a>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<div class="cookiePolicy-popup">{inner}</div>',
        "<strong>{text}</strong>\n",
        "<div>{text}</div>\n",
        '<button type="button">{text}</button>\n',
    )
    return f"""<div class="pb-page" data-page-id="news-8812">
{NAV.format(site=esc(p.site))}
{leaderboard}
<main class="container">
<div class="row">
<article class="col-md-8 article" data-doi="10.5555/news.8812">
<h1 property="name">{esc(p.title)}</h1>
<div class="core-date-published">Published November 20, 2026</div>
{share}
<section id="bodymatter" property="articleBody">
{body}
{gate}
</section>
{notes}
{letters}
<div data-widget-def="relatedArticles" data-widget-id="3f90aa71">{heading}<ul class="rlist">{teasers}</ul></div>
</article>
<aside class="col-md-4">
{upsell}
{etoc}
</aside>
</div>
</main>
<footer class="footer">
{app}
{FOOTER.format(site=esc(p.site))}
</footer>
</div>
{consent}"""


def patient_charity_blocks(p: Parts) -> str:
    """A patient charity's news site on WordPress with block markup, the story as bare `<p>`:
    the volunteer sign-in as a pipe-separated run in the top bar; between paragraphs the
    helpline box as a coloured group of `<p>` lines, the fundraising cover with its button
    block and a video embed with a caption; the review note or credits pasted as
    small-font `<p>` right after the last paragraph; the social-links block with visible labels,
    the headed query loop of related posts and the reply form after the article; in the
    sidebar a custom-HTML widget whose shop offer runs between `<br>`s, an image widget with the
    app plug and a map block whose `<noscript>` holds the error; the form-plugin newsletter in
    the footer and a consent-plugin banner."""
    inline = present(
        _slot(
            p,
            "notification",
            '<div class="wp-block-group has-pale-pink-background-color has-background is-layout-flow">{inner}</div>\n',
            '<p class="has-medium-font-size"><strong>{text}</strong></p>\n',
            "<p>{text}</p>\n",
            "<p><strong>{text}</strong></p>\n",
        ),
        _slot(
            p,
            "donation",
            '<div class="wp-block-cover is-light"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><div class="wp-block-cover__inner-container is-layout-flow">{inner}</div></div>\n',
            '<p class="has-text-align-center has-large-font-size">{text}</p>\n',
            '<p class="has-text-align-center">{text}</p>\n',
            '<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/donate/?appeal=news">{text}</a></div></div>\n',
        ),
        _slot(
            p,
            "video",
            '<figure class="wp-block-embed is-type-video is-provider-vimeo wp-block-embed-vimeo"><div class="wp-block-embed__wrapper"><iframe src="https://player.vimeo.com/video/881204" width="640" height="360"></iframe></div><figcaption class="wp-element-caption">{inner}</figcaption></figure>\n',
            "<strong>{text}</strong><br>\n",
            "{text}<br>\n",
            "<em>{text}</em>\n",
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": "<p>{text}</p>\n",
            "h2": '<h2 class="wp-block-heading">{text}</h2>',
            "quote": '<blockquote class="wp-block-quote is-layout-flow"><p>{text}</p></blockquote>',
            "ul": '<ul class="wp-block-list">{items}</ul>',
        },
        inline,
    )
    login = inline_box(p, "login", '<div class="top-bar__links">{inner}</div>', "a", ' href="/volunteer-hub/"', " | ")
    review = each(p, "source", "{inner}", '<p class="has-small-font-size">{text}</p>\n')
    share = each(
        p,
        "share",
        '<ul class="wp-block-social-links has-visible-labels is-style-logos-only is-layout-flex">{inner}</ul>',
        '<li class="wp-social-link wp-block-social-link"><a href="#" class="wp-block-social-link-anchor"><span class="wp-block-social-link-label">{text}</span></a></li>\n',
    )
    heading = related_heading(p, '<h2 class="wp-block-heading">{text}</h2>\n')
    teasers = links(
        p.teasers(3),
        '<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/news/{slug}/">{text}</a></h3></li>\n',
    )
    reply = _slot(
        p,
        "comments",
        '<div id="respond" class="comment-respond">{inner}<textarea id="comment" name="comment"></textarea></div>',
        '<h3 id="reply-title" class="comment-reply-title">{text}</h3>\n',
        '<p class="comment-notes">{text}</p>\n',
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post"><span>{text}</span></p>\n',
    )
    shop = inline_box(
        p,
        "advertising",
        '<section id="custom_html-7" class="widget_text widget"><div class="textwidget custom-html-widget">{inner}</div></section>',
        "span",
        "",
        "<br>\n",
    )
    app = each(
        p, "app", '<section id="media_image-3" class="widget widget_media_image">{inner}</section>', "<p>{text}</p>\n"
    )
    map_ = inline_box(
        p,
        "error",
        '<div class="wp-block-jetpack-map" data-map-style="default" data-points="[]"><noscript>{inner}</noscript></div>',
        "p",
        "",
        "\n",
    )
    newsletter = _slot(
        p,
        "newsletter",
        '<div class="gform_wrapper gravity-theme" id="gform_wrapper_3"><form method="post" id="gform_3">{inner}<input type="email" name="input_2"></form></div>',
        '<h3 class="gform_title">{text}</h3>\n',
        '<p class="gform_description">{text}</p>\n',
        '<button class="gform_button button" type="submit">{text}</button>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<div class="cmplz-cookiebanner cmplz-bottom-right banner-1 optin" role="dialog">{inner}</div>',
        '<div class="cmplz-title">{text}</div>\n',
        '<div class="cmplz-message"><p>{text}</p></div>\n',
        '<button class="cmplz-btn">{text}</button>\n',
    )
    return f"""<div class="wp-site-blocks">
<div class="top-bar">{login}</div>
{NAV.format(site=esc(p.site))}
<main class="wp-block-group is-layout-constrained">
<div class="wp-block-columns is-layout-flex">
<div class="wp-block-column" style="flex-basis:66.66%">
<h1 class="wp-block-post-title">{esc(p.title)}</h1>
<div class="wp-block-post-date"><time datetime="2026-11-20T08:00:00+00:00">20 November 2026</time></div>
<div class="entry-content wp-block-post-content is-layout-constrained">
{body}
{review}
</div>
{share}
<div class="wp-block-query is-layout-flow">{heading}<ul class="wp-block-post-template">{teasers}</ul></div>
{reply}
</div>
<div class="wp-block-column" style="flex-basis:33.33%">
{shop}
{app}
{map_}
</div>
</div>
</main>
<footer class="wp-block-template-part">
{newsletter}
{FOOTER.format(site=esc(p.site))}
</footer>
</div>
{consent}"""


def public_health_bulletin_tables(p: Parts) -> str:
    """A regional public-health bulletin on an old table-layout CMS, the story as text runs
    ended by `<br><br>` in one `td.bodytext`, subheads in `<b>`: a cookie notice `<div>` with
    only an id at the top, print and email links as a pipe-separated cell on the title row;
    between paragraphs the clinic listing run into the text as a `<b>` head and `<br>`-ended
    lines, the clinic finder `<form>` with its red error and a video in a thumbnail table; the
    issuing office in `<font size="1">` after the text and a rate-this-page table under it; in
    the left column the partner sign-in table, the headed list of other bulletins and the
    e-mail bulletin table; in the right column the appeal, the app and the sponsored cell."""
    inline = present(
        _slot(
            p,
            "notification",
            "{inner}<br>\n",
            "<b>{text}</b><br>\n",
            "{text}<br>\n",
            '<a href="clinics.cfm?view=week">{text}</a><br>\n',
        ),
        each(
            p,
            "error",
            '<form action="clinicfinder.cfm" method="get"><input type="text" name="pc" size="8" placeholder="Postcode"> <input type="submit" value="Go"><br>\n{inner}</form><br>\n',
            '<font color="#cc0000">{text}</font><br>\n',
        ),
        _slot(
            p,
            "video",
            '<table border="0" cellpadding="4" cellspacing="0"><tr><td valign="top"><img src="/images/video_thumb.gif" width="80" height="60" alt=""></td><td valign="top">{inner}</td></tr></table><br>\n',
            '<a href="/media/video.cfm?id=114"><b>{text}</b></a><br>\n',
            "{text}<br>\n",
            '<font size="1">{text}</font><br>\n',
        ),
    )
    body = body_item_lines(
        p,
        {
            "p": "{text}<br><br>\n",
            "h2": "<b>{text}</b><br><br>",
            "quote": "<i>{text}</i><br><br>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    consent = _slot(
        p,
        "consent",
        '<div id="cookieMsg" style="background:#ffc;border-bottom:1px solid #cc9;padding:4px">{inner}</div>',
        "<b>{text}</b> \n",
        "{text} \n",
        '<a href="javascript:hideCookieMsg()">{text}</a> \n',
    )
    share = each(
        p, "share", '<td align="right" class="small">{inner}</td>', '<a href="print.cfm?id=114">{text}</a>', " | "
    )
    issued = each(p, "source", '<font size="1">{inner}</font><br>', "{text}<br>\n")
    rate = _slot(
        p,
        "comments",
        '<table border="1" cellpadding="3" cellspacing="0" bordercolor="#cccccc">{inner}</table>',
        '<tr><td bgcolor="#e0e0e0"><b>{text}</b></td></tr>\n',
        "<tr><td>{text}</td></tr>\n",
        '<tr><td><input type="radio" name="rate" value="{n}"> {text}</td></tr>\n',
    )
    login = _slot(
        p,
        "login",
        '<table width="100%" border="0" cellpadding="2" bgcolor="#eeeeee">{inner}<tr><td><input type="password" name="pw" size="12"></td></tr></table>',
        '<tr><td class="navhead">{text}</td></tr>\n',
        '<tr><td class="small">{text}</td></tr>\n',
        '<tr><td class="small"><a href="extranet/login.cfm">{text}</a></td></tr>\n',
    )
    heading = related_heading(p, '<span class="navhead">{text}</span><br>\n')
    teasers = links(p.teasers(6), '<a href="bulletin.cfm?id={slug}" class="navlink">{text}</a><br>\n')
    signup = _slot(
        p,
        "newsletter",
        '<table width="100%" border="0" cellpadding="2">{inner}<tr><td><input type="text" name="email" size="14"></td></tr></table>',
        '<tr><td class="navhead">{text}</td></tr>\n',
        '<tr><td class="small">{text}</td></tr>\n',
        '<tr><td><input type="submit" value="Go"> <span class="small">{text}</span></td></tr>\n',
    )
    appeal = _slot(
        p,
        "donation",
        '<table width="100%" border="0" cellpadding="3" bgcolor="#f3f8ee">{inner}</table>',
        "<tr><td><b>{text}</b></td></tr>\n",
        '<tr><td class="small">{text}</td></tr>\n',
        '<tr><td class="small"><a href="http://www.example-healthfoundation.org.uk/give">{text}</a></td></tr>\n',
    )
    app = inline_box(p, "app", '<p class="small">{inner}</p>', "span", "", "<br>\n")
    sponsored = inline_box(p, "advertising", '<td class="small" bgcolor="#fafafa">{inner}</td>', "span", "", "<br>\n")
    return f"""{consent}
{NAV.format(site=esc(p.site))}
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr>
<td width="180" valign="top" bgcolor="#f4f4f4">
{login}
<br>
{heading}{teasers}
<br>
{signup}
</td>
<td width="600" valign="top">
<table width="100%" border="0" cellpadding="4"><tr><td><font face="Arial" size="4"><b>{esc(p.title)}</b></font></td>{share}</tr></table>
<table width="100%" border="0" cellpadding="6"><tr><td class="bodytext"><font face="Arial" size="2">
{body}
{issued}
</font></td></tr></table>
{rate}
</td>
<td width="180" valign="top">
{appeal}
<br>
{app}
<table width="100%" border="0"><tr>{sponsored}</tr></table>
</td>
</tr>
</table>
{FOOTER.format(site=esc(p.site))}"""


SHAPES = (
    hospital_trust_newsroom,
    consumer_health_emotion,
    pharma_trade_styled,
    journal_news_atypon,
    patient_charity_blocks,
    public_health_bulletin_tables,
)
