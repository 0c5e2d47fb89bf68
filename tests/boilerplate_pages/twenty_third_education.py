"""Half of the twenty-third part: six shapes of education and youth news (a schools news site on
Drupal with its school finder, term-date box and exam-results tracker, a university newsroom in
utility classes with its event listings, "apply now" banner and alumni appeal, a student newspaper
on a hosted platform with its staff box, reader appeal and ad-network slots, an edtech trade site on
HubSpot with its webinar listings, demo forms and vendor whitepapers, a children's news site in
Svelte with its parental notes, age badges and quiz cards, and a graduate-careers news site on
ASP.NET WebForms with its job alerts, CV upload prompt and salary calculator), with their wording,
written after twenty-two rounds of tuning without reading newsmon's rules, to hide boilerplate from
markup. It was half of the held-out part, measured untouched (both halves: newsmon kept 227 of 2,888
boilerplate lines, 7.9%, and 99.6% of the body; stock trafilatura 29.0% and 97.4%; this half 7.8%,
body 100%, stock 31.7%), then tuned on structure and the commoner wording, not line by line, so it
is held to a bound, not to zero."""

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
                "Open Days 2027",
                "Book a campus tour and meet our lecturers in person this spring.",
                "Book an Open Day place",
            ],
            [
                "Independent school open mornings",
                "St Aldric's College · Saturday 6 March, 9.30am",
                "Harrowgate Prep · Thursday 11 March, 4pm",
                "See all open events near you",
            ],
            [
                "Promoted by Brightboard Learning",
                "Free whitepaper: what 400 headteachers told us about classroom screens",
                "Download the Brightboard whitepaper",
            ],
            [
                "Graduate roles you might like",
                "Trainee Actuary · Halden Re · £34,000",
                "Junior Data Analyst · Copperfield Health · £29,500",
                "View 312 graduate jobs",
            ],
            [
                "Still time to apply for September",
                "Clearing places available in nursing, computing and law.",
                "Call our Clearing hotline",
            ],
            ["Campus Eats: 2-for-1 burritos with your student card", "Offer ends Sunday at the Union food court"],
        ],
        "donation": [
            [
                "Support student journalism",
                "The Courier is run by students and paid for by readers. A gift of $5 keeps our reporters in the newsroom.",
                "Give to The Courier",
            ],
            [
                "Graduates like you make this possible",
                "Every gift to the Annual Fund goes straight to scholarships and hardship grants.",
                "Make a gift to the Annual Fund",
            ],
            [
                "Get unlimited access to Schools Weekly",
                "Join 22,000 heads and governors who subscribe for inspection analysis and funding data.",
                "Subscribe from £6.99 a month",
            ],
            [
                "Upgrade to EdTech Insider Pro",
                "Procurement tracker, vendor profiles and the full webinar library for your whole district.",
                "Talk to our team about Pro",
            ],
            [
                "Ask a grown-up to subscribe!",
                "A family subscription brings the weekly paper through your letterbox and unlocks every puzzle online.",
            ],
            [
                "Careers Plus members get CV reviews, mock interviews and salary benchmarks.",
                "Start a 7-day free Careers Plus trial",
            ],
        ],
        "notification": [
            [
                "Results day alert",
                "We'll email you the moment A-level results are published for your school.",
                "Track my school's results",
            ],
            [
                "Term dates 2026/27",
                "Spring term starts Monday 4 January. Half term: 15–19 February.",
                "Add term dates to my calendar",
            ],
            [
                "Upcoming event",
                "Public lecture: Why teenagers need more sleep · Tue 24 Nov, 6pm, Great Hall",
                "Remind me about this lecture",
            ],
            [
                "New jobs matching 'graduate marketing'",
                "Get them by email every morning",
                "Create this job alert",
            ],
            [
                "Breaking news from campus, straight to your lock screen.",
                "Turn on Courier alerts",
                "Not during lectures",
            ],
            ["New quiz every Friday!", "Ask a grown-up to switch on reminders so you never miss one."],
        ],
        "app": [
            [
                "The Schools Weekly app",
                "Inspection reports, league tables and term dates for every school in England.",
                "Download Schools Weekly on the App Store",
                "Get Schools Weekly on Google Play",
            ],
            ["Campus Courier for iOS and Android", "Put the Courier on your home screen"],
            ["Your timetable, library loans and campus map in one place: get the UniLife app."],
            [
                "Take JobPath with you",
                "Apply in one tap and track every application from your phone.",
                "Scan to download JobPath",
            ],
            ["Play our news quizzes on a tablet with the KidsNews app", "Ask a grown-up to download it for you"],
        ],
        "newsletter": [
            [
                "The Staffroom",
                "School funding, inspections and policy news, every Tuesday and Friday.",
                "Send me The Staffroom",
                "By signing up you agree to our privacy notice.",
            ],
            [
                "Research highlights",
                "A monthly round-up of discoveries from our labs and lecture theatres.",
                "Sign me up for research highlights",
            ],
            [
                "EdTech Daily Brief",
                "Funding rounds, product launches and procurement news for learning technology leaders.",
                "Work email (school or district domain)",
                "Get the Daily Brief",
            ],
            [
                "Graduate Careers Digest",
                "New schemes, internship deadlines and salary news every Wednesday.",
                "Join the Careers Digest",
            ],
            [
                "The grown-ups' newsletter",
                "Talking points to help you chat about the news with your children.",
                "Join as a parent or carer",
            ],
        ],
        "comments": [
            [
                "Join the staffroom discussion",
                "Comments from teachers and parents are moderated during school hours.",
                "Add to the staffroom thread",
            ],
            ["37 comments from readers", "Show every comment"],
            [
                "Your turn to decide!",
                "Should homework be banned at primary school? Vote and tell us why!",
                "Send my answer",
            ],
            ["Comments are switched off for this story. Questions about this research can go to the press office."],
            [
                "Write to the Courier",
                "Write to letters@courier-students.example. Letters may be edited for length.",
                "Send your letter to the editors",
            ],
        ],
        "login": [
            ["Sign in to save schools to your shortlist", "Create a free parent account"],
            ["Register to upload your CV", "Recruiters search our CV database every day.", "Upload my CV"],
            ["Staff and students: log in with your university ID", "Forgotten your university password?"],
            ["Already a Schools Weekly subscriber? Sign in to keep reading."],
            ["Log in to collect your quiz stars", "Your KidsNews username", "Ask a grown-up for help logging in"],
        ],
        "video": [
            ["Watch: inside the new sixth-form science block", "2:41"],
            [
                "Live webinar: Getting AI policy right in your school",
                "Thursday 3 December, 4pm GMT",
                "Save my seat at the webinar",
            ],
            ["Video explainer: what is a volcano?", "3 min · Subtitles available"],
            ["Graduation highlights from the winter ceremonies", "5:12", "Watch on the university channel"],
            [
                "On demand: How to answer competency questions at interview",
                "22 min",
                "Watch the interview masterclass",
            ],
        ],
        "source": [
            [
                "For readers aged 9–12",
                "Note for parents: this story mentions a flood in which people were hurt. You may want to read it together.",
                "Written by the KidsNews team and checked by a primary teacher",
            ],
            [
                "Media contact: Press Office, press@university.example, +44 20 7946 0521",
                "Image: University communications team",
            ],
            [
                "Correction: An earlier version of this story gave the wrong date for the governors' vote. It took place on 12 November."
            ],
            ["Disclosure: Brightboard Learning sponsors our annual conference. It had no role in this article."],
            [
                "Reporting by Maya Oduya and Ben Slate. Edited by the Courier news desk.",
                "See who runs The Courier in our staff box",
            ],
            ["Salary figures come from 1,240 graduate vacancies advertised on JobPath in October 2026."],
        ],
        "share": [
            ["Share with another parent", "Send this story by email", "Post this story on Facebook"],
            ["Show your class", "Print this page for school"],
            ["Forward to your head of department", "Add to your reading list", "Export this briefing as a PDF"],
            ["Share on Instagram Stories", "Text it to a friend", "Post it to Bluesky"],
        ],
        "error": [
            ["The school finder could not load. Check your postcode and try again."],
            ["Sorry, the salary calculator is unavailable right now.", "Try the calculator again later"],
            ["Oops! The quiz didn't load. Ask a grown-up to refresh the page."],
            ["This events calendar needs JavaScript to display upcoming dates."],
            ["Registration form failed to load. If you use an ad blocker, please pause it for this page."],
            ["Results tracker temporarily unavailable while we update this year's data."],
        ],
        "consent": [
            [
                "Before you play",
                "We use a few cookies to remember your quiz scores. Ask a grown-up before you say yes.",
                "Yes, that's fine",
                "No thanks, no cookies",
            ],
            [
                "Cookies on the university website",
                "We'd like to set analytics cookies to understand how you use our site. We won't set them unless you agree.",
                "Yes, set analytics cookies",
                "No, essential cookies only please",
                "View cookie settings",
            ],
            [
                "This video is hosted on YouTube. Watching it may set cookies on your device.",
                "Play the video anyway",
            ],
            [
                "We and 86 vendors use cookies and similar technology to personalise job recommendations and ads.",
                "I agree to the vendors",
                "Choose vendors one by one",
            ],
            [
                "Our ad network partners use cookies to keep The Courier free to read.",
                "Keep reading with ads",
                "Learn more about our ad partners",
            ],
        ],
        "related": [
            ["More schools news"],
            ["Elsewhere in the newsroom"],
            ["Also in The Courier"],
            ["More on learning technology"],
            ["More news for kids"],
            ["Graduate careers news"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Jetzt bewerben für das Sommersemester",
                "Bewerbungsschluss für zulassungsfreie Studiengänge ist der 15. März.",
                "Zum Bewerbungsportal",
            ],
            [
                "Private Schulen stellen sich vor",
                "Internat Schloss Gerbach · Tag der offenen Tür am 27. Februar",
                "Montessori-Schule am Park · Infoabend am 4. März",
                "Alle Infotermine im Überblick",
            ],
            [
                "Präsentiert von Lernwerk Digital",
                "Whitepaper: Tablets im Unterricht – was Schulträger wissen müssen",
                "Whitepaper kostenlos herunterladen",
            ],
            [
                "Top-Jobs für Absolventen",
                "Trainee Controlling (m/w/d) · Brenner Logistik · Hamburg",
                "Junior Consultant IT (m/w/d) · Falkwerk · München",
                "Alle 420 Einstiegsjobs",
            ],
            ["Mensa-Deal: zweiter Kaffee gratis mit Studi-Ausweis", "Nur diese Woche in der Cafeteria am Campus Nord"],
        ],
        "donation": [
            [
                "Unabhängiger Studi-Journalismus braucht dich",
                "Unsere Redaktion arbeitet ehrenamtlich. Mit 3 € im Monat finanzierst du Druck und Server.",
                "Fördermitglied des Campusblatts werden",
            ],
            [
                "Ehemalige fördern Talente",
                "Mit Ihrer Spende ermöglichen Sie Stipendien für Studierende aus Nichtakademikerfamilien.",
                "Für Stipendien spenden",
            ],
            [
                "Schule+ lesen",
                "Alle Analysen zu Lehrplänen, Besoldung und Bildungspolitik – vier Wochen für 0 €, danach 7,90 € monatlich.",
                "Schule+ gratis testen",
            ],
            [
                "Bildung Digital Pro für Ihren Schulträger",
                "Ausschreibungsradar, Anbieterprofile und alle Webinar-Aufzeichnungen für Ihr ganzes Team.",
                "Pro-Angebot anfragen",
            ],
            ["Frag deine Eltern nach einem Abo!", "Dann kommt die Kinderzeitung jede Woche zu dir nach Hause."],
        ],
        "notification": [
            [
                "Abi-Ergebnisse im Blick",
                "Wir benachrichtigen Sie, sobald die Abiturschnitte Ihres Landkreises veröffentlicht werden.",
                "Ergebnis-Tracker aktivieren",
            ],
            [
                "Ferientermine 2027",
                "Winterferien: 1. bis 5. Februar · Osterferien: 29. März bis 9. April",
                "Ferien in meinen Kalender eintragen",
            ],
            [
                "Veranstaltungstipp",
                "Ringvorlesung „Klima und Gesellschaft“ · Mittwoch, 18 Uhr, Audimax",
                "Erinnerung an die Vorlesung setzen",
            ],
            [
                "Jobalarm für „Trainee Marketing“",
                "Neue passende Stellen täglich per E-Mail erhalten",
                "Jobalarm anlegen",
            ],
            ["Neues Rätsel jeden Freitag!", "Bitte deine Eltern, die Erinnerung einzuschalten."],
        ],
        "app": [
            [
                "Schulfinder-App",
                "Alle Schulen, Profile und Anmeldefristen in Ihrer Nähe.",
                "Schulfinder im App Store laden",
                "Schulfinder bei Google Play",
            ],
            ["Stundenplan, Mensaplan und Campusplan in einer App: Hol dir UniMobil."],
            [
                "Bewerben per Fingertipp",
                "Mit der KarriereStart-App verfolgst du jede Bewerbung mobil.",
                "KarriereStart-App herunterladen",
            ],
            ["Die Kinderzeitung gibt es auch als App fürs Tablet", "Frag einen Erwachsenen beim Installieren"],
        ],
        "newsletter": [
            [
                "Das Lehrerzimmer",
                "Bildungspolitik, Schulrecht und Unterrichtsideen jeden Donnerstag.",
                "Das Lehrerzimmer bestellen",
                "Hinweise zum Datenschutz finden Sie in unserer Datenschutzerklärung.",
            ],
            [
                "Neues aus der Forschung",
                "Einmal im Monat: neue Ergebnisse aus unseren Instituten.",
                "Monatsbrief Forschung abonnieren",
            ],
            [
                "EdTech-Briefing",
                "Finanzierungsrunden, Produktstarts und Digitalpakt-News für Entscheider.",
                "E-Mail-Adresse Ihrer Schule oder Behörde",
                "Briefing erhalten",
            ],
            [
                "Karriere-Post für Absolventen",
                "Traineeprogramme, Bewerbungsfristen und Gehaltstrends jede Woche.",
                "Karriere-Post abonnieren",
            ],
            [
                "Elternbrief",
                "Gesprächsanlässe, damit Sie mit Ihren Kindern über Nachrichten reden können.",
                "Elternbrief erhalten",
            ],
        ],
        "comments": [
            [
                "Ihre Meinung aus dem Kollegium",
                "Kommentare von Lehrkräften und Eltern werden werktags freigeschaltet.",
                "Beitrag im Lehrerforum schreiben",
            ],
            ["23 Kommentare von Eltern und Lehrkräften", "Alle Kommentare aufklappen"],
            [
                "Was meinst du?",
                "Sollten Handys in der Schule verboten werden? Stimm ab und schreib uns!",
                "Meine Meinung abschicken",
            ],
            [
                "Leserbriefe an die Redaktion",
                "Schreib uns an leserbriefe@campusblatt.example. Wir behalten uns Kürzungen vor.",
            ],
        ],
        "login": [
            ["Anmelden, um Schulen auf Ihre Merkliste zu setzen", "Kostenloses Elternkonto erstellen"],
            [
                "Lebenslauf hochladen",
                "Registriere dich und lass dich von Arbeitgebern finden.",
                "Bewerberprofil anlegen",
            ],
            ["Login für Beschäftigte und Studierende", "Mit Uni-Kennung anmelden", "Uni-Passwort vergessen?"],
            ["Schon Schule+-Abonnent? Hier einloggen und weiterlesen."],
        ],
        "video": [
            ["Video: So sieht das neue Lernhaus in Ehrenfeld aus", "2:37"],
            [
                "Live-Webinar: KI-Richtlinien für Schulen",
                "Donnerstag, 3. Dezember, 16 Uhr",
                "Kostenlos zum Webinar registrieren",
            ],
            ["Erklärvideo: Wie entsteht ein Regenbogen?", "2 Min · mit Untertiteln"],
            ["Aufzeichnung: Gehaltsverhandlung für Berufseinsteiger", "31 Min", "Zur Aufzeichnung des Workshops"],
        ],
        "source": [
            [
                "Hinweis für Eltern: In diesem Text geht es um einen Unfall. Lesen Sie ihn am besten gemeinsam mit Ihrem Kind."
            ],
            ["Geeignet ab 8 Jahren", "Text: Kinderredaktion, geprüft von einer Grundschullehrerin"],
            [
                "Pressekontakt: Stabsstelle Kommunikation, presse@uni.example, Tel. 0761 203-4411",
                "Foto: Universität/Kommunikation",
            ],
            [
                "Korrektur: In einer früheren Fassung hieß es, der Schulausschuss habe am 10. November getagt. Richtig ist der 12. November."
            ],
            [
                "Transparenzhinweis: Lernwerk Digital ist Partner unserer Fachkonferenz. Auf diesen Beitrag hatte das Unternehmen keinen Einfluss."
            ],
            ["Die Gehaltsangaben beruhen auf 980 Stellenanzeigen für Absolventen aus dem Oktober 2026."],
        ],
        "share": [
            ["Mit anderen Eltern teilen", "Artikel per E-Mail versenden", "In der Klassen-WhatsApp teilen"],
            ["Artikel an Kollegium weiterleiten", "Auf LinkedIn posten", "Artikel als PDF speichern"],
            ["Link für die Klassengruppe kopieren", "Im Fediverse teilen", "In der Instagram-Story teilen"],
        ],
        "error": [
            ["Der Schulfinder konnte nicht geladen werden. Bitte prüfen Sie die Postleitzahl."],
            ["Der Gehaltsrechner ist gerade nicht erreichbar.", "Gehaltsrechner später erneut öffnen"],
            ["Hoppla! Das Quiz hat nicht geladen. Bitte lade die Seite neu."],
            ["Für den Veranstaltungskalender muss JavaScript aktiviert sein."],
            [
                "Das Anmeldeformular konnte nicht angezeigt werden. Bitte deaktivieren Sie Ihren Werbeblocker für diese Seite."
            ],
        ],
        "consent": [
            [
                "Kurz bevor du rätselst",
                "Wir speichern deine Quiz-Punkte mit Cookies. Frag bitte einen Erwachsenen, bevor du zustimmst.",
                "Ja, das ist okay",
                "Nein, ohne Cookies rätseln",
            ],
            [
                "Cookies auf den Seiten der Universität",
                "Wir möchten Statistik-Cookies setzen, um unser Angebot zu verbessern. Das tun wir nur mit Ihrer Einwilligung.",
                "Statistik-Cookies erlauben",
                "Nur für den Seitenbetrieb nötige",
                "Cookie-Einstellungen öffnen",
            ],
            [
                "Dieses Video wird von YouTube bereitgestellt. Beim Abspielen werden Daten an Google übertragen.",
                "YouTube-Video laden",
            ],
            [
                "Wir und unsere 112 Partner verarbeiten Daten, um Jobempfehlungen und Werbung zu personalisieren.",
                "Zustimmen und zu den Jobs",
                "Ablehnen und weiter",
                "Alle 112 Partner anzeigen",
            ],
        ],
        "related": [
            ["Mehr aus der Schulwelt"],
            ["Aus dem Newsroom der Universität"],
            ["Mehr aus dem Campusblatt"],
            ["Weitere Nachrichten für Kinder"],
            ["Mehr zu Karriere und Berufseinstieg"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Journées portes ouvertes",
                "Venez découvrir nos licences et masters le samedi 6 février.",
                "Je m'inscris aux JPO",
            ],
            [
                "Écoles privées près de chez vous",
                "Lycée Saint-Aubin · portes ouvertes le 13 mars",
                "Collège Les Tilleuls · réunion d'information le 18 mars",
                "Voir tous les établissements privés",
            ],
            [
                "Contenu proposé par ClasseNum",
                "Livre blanc : l'ENT idéal vu par 300 chefs d'établissement",
                "Télécharger le livre blanc de ClasseNum",
            ],
            [
                "Offres pour jeunes diplômés",
                "Chargé d'études junior · Verdane Conseil · Lyon",
                "Analyste crédit H/F · Banque Rivoire · Paris",
                "Voir les 275 offres jeunes diplômés",
            ],
            [
                "Bons plans étudiants : -20 % sur l'abonnement au vélo en libre-service",
                "Offre réservée aux titulaires de la carte étudiante",
            ],
        ],
        "donation": [
            [
                "Soutenez le journalisme étudiant",
                "Notre rédaction est bénévole. Un don de 5 € finance l'impression d'un numéro.",
                "Je soutiens le journal étudiant",
            ],
            [
                "Anciens élèves, la Fondation compte sur vous",
                "Votre don finance des bourses de mobilité pour nos étudiants.",
                "Faire un don à la Fondation",
            ],
            [
                "Abonnez-vous à L'Écho des écoles",
                "Réformes, concours, mutations : toute l'actualité éducative pour 1 € le premier mois.",
                "Je m'abonne à L'Écho",
            ],
            [
                "Demande à tes parents de t'abonner !",
                "Ton journal arrivera chaque mercredi dans ta boîte aux lettres.",
            ],
        ],
        "notification": [
            [
                "Résultats du bac",
                "Recevez une alerte dès la publication des résultats de votre académie.",
                "Suivre les résultats du bac",
            ],
            [
                "Calendrier des vacances scolaires",
                "Zone B : vacances d'hiver du 20 février au 8 mars",
                "Ajouter les vacances à mon agenda",
            ],
            [
                "Agenda du campus",
                "Conférence « Le sommeil des adolescents » · jeudi 26 novembre, 18 h, amphi Lavoisier",
                "Me rappeler la conférence",
            ],
            [
                "Alerte emploi",
                "Recevez chaque matin les nouvelles offres « jeune diplômé marketing ».",
                "Créer l'alerte emploi",
            ],
        ],
        "app": [
            [
                "L'appli Campus+",
                "Emploi du temps, prêts de la BU et plan du campus au même endroit.",
                "Installer Campus+",
            ],
            [
                "Postulez depuis votre téléphone avec l'application PremierPoste.",
                "PremierPoste sur iPhone et Android",
            ],
            ["Les quiz du journal sont aussi sur tablette", "Demande à un adulte de télécharger l'appli"],
        ],
        "newsletter": [
            [
                "La Salle des profs",
                "Réformes, carrières et pédagogie, chaque mercredi dans votre boîte mail.",
                "Recevoir La Salle des profs",
                "Vous pourrez vous désinscrire en un clic.",
            ],
            [
                "La lettre de la recherche",
                "Les découvertes de nos laboratoires, une fois par mois.",
                "M'abonner à la lettre de la recherche",
            ],
            [
                "Veille EdTech",
                "Levées de fonds, appels d'offres et nouveaux outils pour les décideurs du numérique éducatif.",
                "E-mail académique ou d'entreprise",
                "Recevoir la veille EdTech",
            ],
            [
                "Premier emploi",
                "Les offres, les salaires et les conseils pour décrocher un premier poste.",
                "Je m'inscris à Premier emploi",
            ],
        ],
        "comments": [
            [
                "Le mot des profs",
                "Les commentaires sont modérés par la rédaction avant publication.",
                "Publier mon commentaire",
            ],
            ["14 réactions de lecteurs", "Afficher toutes les réactions"],
            [
                "Et toi, qu'en penses-tu ?",
                "Faut-il supprimer les devoirs à la maison ? Vote et explique-nous pourquoi !",
                "Envoyer ma réponse",
            ],
        ],
        "login": [
            ["Connectez-vous pour enregistrer vos établissements favoris", "Créer un compte parent gratuit"],
            [
                "Déposez votre CV",
                "Les recruteurs consultent notre CVthèque chaque jour.",
                "Créer mon profil candidat",
            ],
            ["Déjà abonné à L'Écho ? Connectez-vous pour lire la suite."],
            ["Accès personnels et étudiants", "Identifiant ENT", "Mot de passe ENT oublié ?"],
        ],
        "video": [
            ["Vidéo : visite du nouveau lycée de Villeneuve", "2:12"],
            [
                "Webinaire en direct : l'IA en classe, mode d'emploi",
                "Jeudi 3 décembre, 17 h",
                "Réserver ma place au webinaire",
            ],
            ["C'est quoi un volcan ? La réponse en vidéo", "3 min"],
            ["Replay : réussir son entretien d'embauche", "28 min", "Voir le replay de l'atelier"],
        ],
        "source": [
            [
                "Note aux parents : cet article évoque une catastrophe naturelle. Nous vous conseillons de le lire avec votre enfant."
            ],
            ["À partir de 9 ans", "Article rédigé par la rédaction junior et relu par un enseignant"],
            [
                "Contact presse : service communication, presse@univ.example, 04 72 00 18 90",
                "Crédit photo : Université/Communication",
            ],
            [
                "Rectificatif : une version précédente de cet article indiquait que le conseil d'administration s'était réuni le 10 novembre. Il s'est réuni le 12."
            ],
            ["Les salaires cités proviennent de 860 offres pour jeunes diplômés publiées en octobre 2026."],
        ],
        "share": [
            ["Partager avec d'autres parents", "Envoyer l'article par courriel", "Partager l'article sur Facebook"],
            ["Transférer à l'équipe pédagogique", "Relayer l'offre sur LinkedIn", "Enregistrer l'article en PDF"],
            ["Copier le lien pour la classe", "Envoyer par SMS à un ami", "Envoyer au groupe WhatsApp de la classe"],
        ],
        "error": [
            ["Le moteur de recherche d'établissements n'a pas pu se charger."],
            ["Le simulateur de salaire est momentanément indisponible.", "Relancer le simulateur plus tard"],
            ["Oups ! Le quiz ne s'affiche pas. Demande à un adulte de recharger la page."],
            ["Le formulaire d'inscription n'a pas pu être affiché. Désactivez votre bloqueur de publicité."],
        ],
        "consent": [
            [
                "Avant de jouer",
                "Nous utilisons des cookies pour garder tes scores. Demande l'avis d'un adulte avant d'accepter.",
                "D'accord, je joue",
                "Non merci, sans cookies",
            ],
            [
                "Gestion des traceurs",
                "Avec votre accord, nous utilisons des traceurs pour mesurer l'audience et proposer des offres d'emploi adaptées.",
                "Accepter les traceurs",
                "Je refuse les traceurs",
                "Régler mes préférences de suivi",
            ],
            [
                "Cette vidéo est hébergée par YouTube, qui peut déposer des cookies.",
                "Afficher la vidéo YouTube",
            ],
        ],
        "related": [
            ["Toute l'actualité de l'éducation"],
            ["À la une du campus"],
            ["Dans le même numéro"],
            ["D'autres infos pour les enfants"],
            ["Emploi des jeunes diplômés"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Jornada de puertas abiertas",
                "Conoce nuestros grados y habla con profesores y estudiantes el sábado 20 de febrero.",
                "Reservar plaza en la jornada",
            ],
            [
                "Colegios concertados en tu zona",
                "Colegio Santa Clara · jornada informativa el 4 de marzo",
                "Escuela Montessori del Parque · visitas los jueves",
                "Ver todos los centros concertados",
            ],
            [
                "Contenido patrocinado por AulaNube",
                "Informe gratuito: cómo usan las tabletas 500 colegios españoles",
                "Descargar el informe de AulaNube",
            ],
            [
                "Empleos para recién titulados",
                "Analista financiero junior · Grupo Ardiles · Madrid",
                "Técnico de selección en prácticas · Talentia · Valencia",
                "Ver las 198 ofertas para titulados",
            ],
            [
                "Con tu carné universitario, 15 % de descuento en la librería del campus",
                "Promoción válida hasta fin de mes",
            ],
        ],
        "donation": [
            [
                "Apoya el periodismo estudiantil",
                "Somos una redacción de estudiantes voluntarios. Con 3 € al mes pagas la impresión y el servidor.",
                "Quiero colaborar con el periódico",
            ],
            [
                "Antiguos alumnos que transforman vidas",
                "Tu donativo financia becas para estudiantes con menos recursos.",
                "Donar a la Fundación",
            ],
            [
                "Suscríbete a Aula Hoy",
                "Oposiciones, normativa y análisis educativo sin límites por 1 € el primer mes.",
                "Suscribirme a Aula Hoy",
            ],
            ["Pídeles a tus padres que te suscriban", "Así recibirás el periódico en casa cada semana."],
        ],
        "notification": [
            [
                "Notas de la PAU",
                "Te avisamos en cuanto se publiquen las notas de tu comunidad autónoma.",
                "Activar aviso de notas",
            ],
            [
                "Calendario escolar 2026-2027",
                "Vacaciones de Navidad: del 23 de diciembre al 7 de enero",
                "Guardar las fechas en mi agenda",
            ],
            [
                "Agenda universitaria",
                "Conferencia «Adolescentes y pantallas» · martes 24 de noviembre, 19 h, Aula Magna",
                "Recordarme la conferencia",
            ],
            [
                "Alerta de empleo",
                "Recibe cada día las nuevas ofertas de «becario marketing».",
                "Crear alerta de empleo",
            ],
        ],
        "app": [
            [
                "App Mi Campus",
                "Horarios, préstamos de la biblioteca y mapa del campus en tu móvil.",
                "Descargar Mi Campus",
            ],
            ["Inscríbete en ofertas con un toque desde la app PrimerEmpleo.", "PrimerEmpleo para iOS y Android"],
            ["Los juegos y concursos también están en la tableta", "Pide ayuda a un adulto para instalar la app"],
        ],
        "newsletter": [
            [
                "Sala de profesores",
                "Oposiciones, normativa y recursos para el aula cada jueves.",
                "Recibir Sala de profesores",
                "Consulta cómo tratamos tus datos en la política de privacidad.",
            ],
            [
                "Boletín de investigación",
                "Lo más destacado de nuestros grupos de investigación, una vez al mes.",
                "Apuntarme al boletín de investigación",
            ],
            [
                "EdTech al día",
                "Rondas de inversión, licitaciones y lanzamientos para responsables de tecnología educativa.",
                "Correo electrónico del trabajo",
                "Recibir EdTech al día",
            ],
            [
                "Tu primer empleo",
                "Ofertas, sueldos y consejos para recién titulados, cada semana.",
                "Suscribirme a Tu primer empleo",
            ],
        ],
        "comments": [
            [
                "Habla el claustro",
                "Los comentarios se moderan en horario lectivo.",
                "Publicar mi opinión como docente",
            ],
            ["19 comentarios de lectores", "Mostrar todos los comentarios de lectores"],
            [
                "¿Y tú qué piensas?",
                "¿Deberían prohibirse los deberes en primaria? ¡Vota y cuéntanos por qué!",
                "¡Votar ya!",
            ],
        ],
        "login": [
            ["Inicia sesión para guardar colegios en tu lista", "Crear cuenta de familia gratis"],
            [
                "Sube tu currículum",
                "Las empresas buscan en nuestra base de candidatos cada día.",
                "Crear mi perfil de candidato",
            ],
            ["¿Ya tienes suscripción a Aula Hoy? Accede para seguir leyendo."],
            [
                "Acceso para PDI, PAS y estudiantes",
                "Usuario de la universidad",
                "¿Has olvidado la contraseña de la universidad?",
            ],
        ],
        "video": [
            ["Vídeo: así es el nuevo instituto de Valdemoro", "1:58"],
            [
                "Webinar en directo: inteligencia artificial en el aula",
                "Jueves 3 de diciembre, 17.00 h",
                "Inscribirme gratis al webinar",
            ],
            ["¿Qué es un eclipse? Te lo explicamos en vídeo", "2 min"],
            ["Grabación: cómo preparar una entrevista de trabajo", "26 min", "Ver la grabación del taller"],
        ],
        "source": [
            ["Nota para las familias: esta noticia habla de un accidente. Os recomendamos leerla juntos."],
            ["Recomendado a partir de 8 años", "Texto de la redacción infantil revisado por una maestra"],
            [
                "Contacto de prensa: Gabinete de Comunicación, prensa@universidad.example, 91 000 44 21",
                "Foto: Universidad/Comunicación",
            ],
            [
                "Rectificación: una versión anterior de esta noticia situaba la reunión del consejo escolar el 10 de noviembre. Fue el día 12."
            ],
            ["Los salarios citados proceden de 740 ofertas para recién titulados publicadas en octubre de 2026."],
        ],
        "share": [
            ["Compartir con otras familias", "Enviar la noticia por correo", "Compartir la noticia en Facebook"],
            ["Reenviar a un compañero", "Difundir la oferta en LinkedIn", "Descargar la noticia en PDF"],
            ["Copiar enlace para el grupo de clase", "Mandar por WhatsApp a la clase", "Compartir la noticia en X"],
        ],
        "error": [
            ["No se ha podido cargar el buscador de colegios."],
            ["La calculadora de sueldos no está disponible en este momento.", "Volver a abrir la calculadora"],
            ["¡Vaya! El concurso no se ha cargado. Pide a un adulto que recargue la página."],
            ["No se pudo mostrar el formulario de inscripción. Desactiva el bloqueador de anuncios."],
        ],
        "consent": [
            [
                "Antes de jugar",
                "Usamos cookies para guardar tus puntos. Pregunta a un adulto antes de aceptar.",
                "Vale, a jugar",
                "No, gracias, sin cookies",
            ],
            [
                "Cookies en la web de la universidad",
                "Utilizamos cookies analíticas para mejorar la web. Solo las instalaremos si nos das tu consentimiento.",
                "Aceptar cookies analíticas",
                "Rechazar cookies analíticas",
                "Ajustar las cookies del campus",
            ],
            [
                "Este vídeo está alojado en YouTube, que puede instalar cookies en tu dispositivo.",
                "Reproducir de todos modos",
            ],
            [
                "Nosotros y 94 socios tratamos datos para personalizar ofertas de empleo y anuncios.",
                "Aceptar y ver ofertas",
                "Gestionar mis opciones",
            ],
        ],
        "related": [
            ["Más noticias de educación"],
            ["Actualidad del campus"],
            ["También en el periódico universitario"],
            ["Más noticias para peques"],
            ["Empleo joven"],
        ],
    },
}


_slot = widget_drawer(8)

_NL = "\n"


def _spaced(html: str) -> str:
    """List items on lines of their own, as a CMS writes them (the text never runs together)."""
    return html.replace("</li><li>", "</li>\n<li>")


_SCH_P = '<p dir="ltr">{text}</p>\n'


def schools_news_drupal(p: Parts) -> str:
    """A schools and education news site on Drupal, its body a CKEditor field of bare
    `<p dir="ltr">` paragraphs pasted from Google Docs: the parent sign-in links as a `<br>`-
    separated run in an unclassed header block, share links in `ul.links.inline` under the
    title, the app plug pasted as `<p dir="ltr">` paragraphs right before the first paragraph,
    the open-mornings advert as a `<table>` with a `<caption>`, the school-finder `<iframe>`
    whose fallback text is the error and a `<video>` figure with its caption between
    paragraphs, the correction, credit or disclosure pasted as `<p dir="ltr"><em>` right after
    the last paragraph, comments in a plain `clearfix` section, the term-dates or results alert
    as a `<dl>` in a views block in the sidebar, the newsletter form and the headed related list
    below it, a numbered block with the consent notice in the page-bottom region and the
    subscription appeal in a jQuery UI dialog."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<table class="cols-2" width="100%">{inner}</table>\n',
            "<caption>{text}</caption>\n",
            "<tr><td>{text}</td></tr>\n",
            '<tr><td><a href="https://ads.example-schools.org.uk/open-events?src=node">{text}</a></td></tr>\n',
        ),
        each(
            p,
            "error",
            '<div class="paragraph paragraph--type--embed"><iframe src="https://finder.example-schools.org.uk/widget?postcode=" width="100%" height="420" title="">\n{inner}\n</iframe></div>\n',
            "{text}",
            "\n",
        ),
        _slot(
            p,
            "video",
            '<figure role="group" class="align-center"><video controls preload="metadata" src="/sites/default/files/2026-11/clip-4471.mp4"></video><figcaption>{inner}</figcaption></figure>\n',
            "<span>{text}</span>\n",
            "<span>{text}</span>\n",
            "<span>{text}</span>\n",
        ),
    )
    body = _spaced(
        p.body(
            {
                "p": _SCH_P,
                "h2": '<h2 dir="ltr">{text}</h2>',
                "quote": '<blockquote><p dir="ltr">{text}</p></blockquote>',
                "ul": "<ul>{items}</ul>",
            },
            inline,
        )
    )
    login = inline_box(
        p, "login", '<div class="block">{inner}</div>', "a", ' href="/user/login?destination=/node/8812"', "<br>\n"
    )
    share = each(
        p,
        "share",
        '<ul class="links inline">{inner}</ul>',
        '<li><a href="#" rel="nofollow" data-n="{n}">{text}</a></li>\n',
    )
    app = each(p, "app", "{inner}", _SCH_P)
    source = each(p, "source", "{inner}", '<p dir="ltr"><em>{text}</em></p>\n')
    comments = _slot(
        p,
        "comments",
        '<section class="clearfix">{inner}</section>',
        "<h2>{text}</h2>\n",
        "<p>{text}</p>\n",
        '<a href="/comment/reply/node/8812/comment">{text}</a>\n',
    )
    dates = _slot(
        p,
        "notification",
        '<div id="block-views-block-dates-block-1" class="block"><dl>{inner}</dl></div>',
        "<dt>{text}</dt>\n",
        "<dd>{text}</dd>\n",
        '<dd><a href="/calendar/export.ics">{text}</a></dd>\n',
    )
    newsletter = _slot(
        p,
        "newsletter",
        '<div class="block"><form action="/subscribe" method="post" class="form--inline">{inner}<input type="email" name="mail"></form></div>',
        "<h2>{text}</h2>\n",
        '<div class="description">{text}</div>\n',
        '<button type="submit" class="button">{text}</button>\n',
    )
    heading = related_heading(p, "<h2>{text}</h2>\n")
    teasers = links(p.teasers(5), '<li><a href="/news/{slug}" hreflang="en">{text}</a></li>\n')
    consent = _slot(
        p,
        "consent",
        '<div class="region region-page-bottom"><div id="block-14">{inner}</div></div>',
        "<h2>{text}</h2>\n",
        "<p>{text}</p>\n",
        '<button type="button">{text}</button>\n',
    )
    donation = _slot(
        p,
        "donation",
        '<div class="ui-dialog ui-corner-all ui-widget" role="dialog" style="position:fixed;top:20%"><div class="ui-dialog-content ui-widget-content">{inner}</div></div>',
        '<h2 class="ui-dialog-title">{text}</h2>\n',
        "<p>{text}</p>\n",
        '<a class="button button--primary" href="/subscribe?src=dialog">{text}</a>\n',
    )
    return f"""<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner">
{NAV.format(site=esc(p.site))}
{login}
</header>
<main role="main">
<div class="layout-content">
<article class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{esc(p.title)}</span></h1>
<div class="node__meta">{esc(p.site)} · 20 November 2026</div>
{share}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{app}
{body}
{source}
</div>
{comments}
</article>
</div>
<aside class="layout-sidebar-second" role="complementary">
{dates}
{newsletter}
<div class="block">{heading}<div class="item-list"><ul>{teasers}</ul></div></div>
</aside>
</main>
{FOOTER.format(site=esc(p.site))}
{consent}
</div>
</div>
{donation}"""


_UNI_P = '<p class="mb-6 text-lg leading-8 text-slate-700">{text}</p>\n'


def university_newsroom(p: Parts) -> str:
    """A university newsroom in utility classes only (`mb-6 text-lg leading-8`), nothing named
    for what it is: the "apply now" banner in an amber strip above the header, the staff sign-in
    links in a flex row by the menu, share buttons with `sr-only` labels in a sticky left rail,
    the event listing pasted as paragraphs in the article's own classes right before the first
    paragraph, a `<lite-youtube>` custom element with the video title and a bordered note about
    comments between paragraphs, the alumni appeal pasted as article paragraphs right after the
    last one, the media contact or credit in a `<details>` under the article, the events
    calendar whose `<noscript>` holds the error, the app card and the headed related list in the
    right column, the newsletter form in the footer and a fixed consent panel."""
    inline = present(
        _slot(
            p,
            "video",
            '<lite-youtube videoid="r8Qm2LwZx0c" class="my-8 block aspect-video">{inner}</lite-youtube>\n',
            '<span class="block font-semibold">{text}</span>\n',
            '<span class="block text-sm">{text}</span>\n',
            '<a class="text-sm underline" href="https://www.youtube.com/@example-university">{text}</a>\n',
        ),
        _slot(
            p,
            "comments",
            '<div class="my-8 border-l-4 border-slate-300 pl-4">{inner}</div>\n',
            '<p class="font-semibold">{text}</p>\n',
            '<p class="text-sm">{text}</p>\n',
            '<a class="text-sm underline" href="mailto:press@university.example">{text}</a>\n',
        ),
    )
    body = _spaced(
        p.body(
            {
                "p": _UNI_P,
                "h2": '<h2 class="mb-4 mt-10 text-2xl font-bold">{text}</h2>',
                "quote": '<blockquote class="my-8 border-l-4 pl-6 text-xl italic"><p>{text}</p></blockquote>',
                "ul": '<ul class="mb-6 list-disc pl-6 text-lg">{items}</ul>',
            },
            inline,
        )
    )
    banner = _slot(
        p,
        "advertising",
        '<div class="bg-amber-300 px-4 py-2 text-center text-sm">{inner}</div>',
        '<strong class="font-semibold">{text}</strong>\n',
        "<span>{text}</span>\n",
        '<a class="ml-2 underline" href="/study/apply?utm_source=newsroom">{text}</a>\n',
    )
    login = inline_box(
        p,
        "login",
        '<div class="flex gap-4 text-sm">{inner}</div>',
        "a",
        ' class="hover:underline" href="https://sso.university.example/login"',
        "\n",
    )
    share = each(
        p,
        "share",
        '<div class="sticky top-24 flex flex-col gap-3">{inner}</div>',
        '<button type="button" class="rounded-full border p-2" data-i="{n}"><span class="sr-only">{text}</span></button>\n',
    )
    events = each(p, "notification", "{inner}", _UNI_P)
    appeal = each(p, "donation", "{inner}", _UNI_P)
    source = _slot(
        p,
        "source",
        '<details class="mt-10 border-t pt-4">{inner}</details>',
        '<summary class="cursor-pointer font-semibold">{text}</summary>\n',
        '<p class="mt-2 text-sm">{text}</p>\n',
        '<p class="mt-2 text-sm">{text}</p>\n',
    )
    calendar = inline_box(
        p,
        "error",
        '<div id="evt" class="rounded-xl bg-slate-50 p-4" data-feed="/api/events?tag=research"><noscript>{inner}</noscript></div>',
        "p",
        ' class="text-sm"',
        "\n",
    )
    app = _slot(
        p,
        "app",
        '<div class="mt-6 rounded-xl border p-4">{inner}</div>',
        '<p class="font-semibold">{text}</p>\n',
        '<p class="text-sm">{text}</p>\n',
        '<a class="mt-2 inline-block text-sm underline" href="/unilife">{text}</a>\n',
    )
    heading = related_heading(p, '<h2 class="text-lg font-bold">{text}</h2>\n')
    teasers = links(p.teasers(5), '<li><a class="hover:underline" href="/news/{slug}">{text}</a></li>\n')
    newsletter = _slot(
        p,
        "newsletter",
        '<form class="mx-auto max-w-7xl px-6 py-10" action="/newsletter" method="post">{inner}<input class="rounded px-3 py-2" type="email" name="email"></form>',
        '<h2 class="text-2xl font-bold">{text}</h2>\n',
        '<p class="mt-2 text-slate-300">{text}</p>\n',
        '<button class="rounded bg-amber-300 px-4 py-2 text-slate-900" type="submit">{text}</button>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<div class="fixed inset-x-0 bottom-0 z-50 bg-white p-6 shadow-2xl">{inner}</div>',
        '<p class="font-bold">{text}</p>\n',
        '<p class="mt-1 text-sm">{text}</p>\n',
        '<button class="mr-2 mt-3 rounded border px-3 py-1" type="button">{text}</button>\n',
    )
    return f"""<div class="min-h-screen bg-white">
{banner}
<div class="mx-auto flex max-w-7xl items-center justify-between px-6 py-4">{NAV.format(site=esc(p.site))}
{login}</div>
<main class="mx-auto grid max-w-7xl grid-cols-12 gap-8 px-6">
<div class="col-span-1 hidden lg:block">{share}</div>
<article class="col-span-12 lg:col-span-7">
<h1 class="mb-4 text-4xl font-bold">{esc(p.title)}</h1>
<p class="mb-8 text-sm text-slate-500">{esc(p.site)} · 20 November 2026</p>
<div class="max-w-none">
{events}
{body}
{appeal}
</div>
{source}
</article>
<aside class="col-span-12 lg:col-span-4">
{calendar}
{app}
<div class="mt-6">{heading}<ul class="space-y-2">{teasers}</ul></div>
</aside>
</main>
<footer class="mt-16 bg-slate-900 text-white">
{newsletter}
{FOOTER.format(site=esc(p.site))}
</footer>
</div>
{consent}"""


_STU_P = '<p class="p1"><span class="s1">{text}</span></p>\n'


def student_paper_hosted(p: Parts) -> str:
    """A student newspaper on a hosted publishing platform, its body pasted from a word processor
    so every paragraph is `<p class="p1"><span class="s1">`: the alerts bar in a `div.tb` above
    the header, the app plug pasted as `p1` paragraphs right before the first paragraph, the
    reader appeal pasted as `p1` paragraphs between paragraphs, an ad-network slot in hashed
    classes, a `<poll-embed>` custom element whose only text is the error and a video
    `<iframe>` with its caption between paragraphs, the newsletter plug pasted as `p1`
    paragraphs right after the last one, the credits and staff-box link as a `<dl>`, the
    comments inside the `<noscript>` of a bare thread `<div>`, the share links as a `<br>`-
    separated run and the headed related list in the right column, the staff login as a
    `<br>`-separated run in the footer and a consent bar that is a `<div>` with only an id."""
    inline = present(
        each(p, "donation", "{inner}", _STU_P),
        _slot(
            p,
            "advertising",
            '<div class="c8a1f" data-slot="in-article-1"><div class="c0d3e">{inner}</div></div>\n',
            '<span class="c0d3e-h">{text}</span>\n',
            "<span>{text}</span>\n",
            '<a href="https://serve.example-campusads.net/c?z=4471" rel="sponsored nofollow">{text}</a>\n',
        ),
        inline_box(p, "error", '<poll-embed data-poll="4471" class="x9k">{inner}</poll-embed>\n', "span", "", "\n"),
        _slot(
            p,
            "video",
            '<figure class="wp-caption"><iframe src="https://player.example-vid.com/embed/courier-8812" width="640" height="360" allowfullscreen></iframe><figcaption class="wp-caption-text">{inner}</figcaption></figure>\n',
            "<strong>{text}</strong>\n",
            "<span>{text}</span>\n",
            '<a href="https://player.example-vid.com/courier">{text}</a>\n',
        ),
    )
    body = _spaced(
        p.body(
            {
                "p": _STU_P,
                "h2": '<h3 class="p1"><span class="s1"><b>{text}</b></span></h3>',
                "quote": '<blockquote class="pullquote"><p class="p1"><span class="s1">{text}</span></p></blockquote>',
                "ul": '<ul class="ul1">{items}</ul>',
            },
            inline,
        )
    )
    alerts = _slot(
        p,
        "notification",
        '<div class="tb">{inner}</div>',
        "<b>{text}</b>\n",
        "<span>{text}</span>\n",
        '<a href="#" class="tb-b">{text}</a>\n',
    )
    app = each(p, "app", "{inner}", _STU_P)
    newsletter = each(p, "newsletter", "{inner}", _STU_P)
    staff = _slot(
        p,
        "source",
        '<dl class="b4">{inner}</dl>',
        "<dt>{text}</dt>\n",
        "<dd>{text}</dd>\n",
        '<dd><a href="/staff/">{text}</a></dd>\n',
    )
    comments = _slot(
        p,
        "comments",
        "<noscript>{inner}</noscript>",
        "<h3>{text}</h3>\n",
        "<p>{text}</p>\n",
        '<a href="/comments/8812">{text}</a>\n',
    )
    share = inline_box(p, "share", '<div class="w1">{inner}</div>', "a", ' href="#" rel="nofollow"', "<br>\n")
    heading = related_heading(p, '<h4 class="w2">{text}</h4>\n')
    teasers = links(p.teasers(5), '<li><a href="/{slug}/">{text}</a></li>\n')
    login = inline_box(p, "login", '<p class="fl">{inner}</p>', "a", ' href="/wp-login.php"', "<br>\n")
    consent = _slot(
        p,
        "consent",
        '<div id="z7" style="position:fixed;bottom:0;width:100%">{inner}</div>',
        "<b>{text}</b>\n",
        "<span>{text}</span>\n",
        '<button type="button">{text}</button>\n',
    )
    return f"""<div id="wrap">
{alerts}
{NAV.format(site=esc(p.site))}
<div id="content">
<div class="col-left">
<h1 class="e-title">{esc(p.title)}</h1>
<span class="byl">{esc(p.site)} · November 20, 2026</span>
<div class="storycontent">
{app}
{body}
{newsletter}
</div>
{staff}
<div id="thread-8812">
{comments}
</div>
</div>
<div class="col-right">
{share}
<div class="w2">{heading}<ul>{teasers}</ul></div>
</div>
</div>
<footer>
{FOOTER.format(site=esc(p.site))}
{login}
</footer>
</div>
{consent}"""


_HS_BODY = 'class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"'


def edtech_trade_hubspot(p: Parts) -> str:
    """An edtech trade site on HubSpot CMS, bare `<p>` tags inside the `hs_cos_wrapper` post body
    span: the procurement alert in an unnamed `row-fluid` above the header, share links joined
    by pipes in a hashed `div`, the vendor's whitepaper promotion pasted as bare `<p>` right
    before the first paragraph, the webinar listing as a `<table>`, the members' sign-in as a
    `<dl>` in a module wrapper and the demo form's `<iframe>` whose fallback is the error
    between paragraphs, the disclosure or correction pasted as bare `<p><em>` right after the
    last paragraph, comments inside a `<details>`, the newsletter form and the headed related
    list in the sidebar, the app plug as a `<br>`-separated run in the footer, the Pro upsell in
    a hashed pop-up and a consent region with only an id."""
    inline = present(
        _slot(
            p,
            "video",
            '<table class="tbl-7" width="100%" cellpadding="8"><tbody>{inner}</tbody></table>\n',
            '<tr><th colspan="2">{text}</th></tr>\n',
            "<tr><td>{text}</td></tr>\n",
            '<tr><td><a href="/webinars/register?id=318">{text}</a></td></tr>\n',
        ),
        _slot(
            p,
            "login",
            '<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><dl>{inner}</dl></div>\n',
            "<dt>{text}</dt>\n",
            "<dd>{text}</dd>\n",
            '<dd><a href="/_hcms/mem/login">{text}</a></dd>\n',
        ),
        each(
            p,
            "error",
            '<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"><iframe src="https://forms.example-hs.net/embed/v3/form/7731/demo" title="Form 0" width="100%" height="520">\n{inner}\n</iframe></div>\n',
            "{text}",
            "\n",
        ),
    )
    body = _spaced(
        p.body(
            {
                "p": "<p>{text}</p>\n",
                "h2": "<h2>{text}</h2>",
                "quote": "<blockquote><p>{text}</p></blockquote>",
                "ul": "<ul>{items}</ul>",
            },
            inline,
        )
    )
    alert = _slot(
        p,
        "notification",
        '<div class="row-fluid"><div class="span12">{inner}</div></div>',
        "<strong>{text}</strong>\n",
        "<span>{text}</span>\n",
        '<a class="button" href="/alerts/tenders">{text}</a>\n',
    )
    share = each(
        p, "share", '<div class="x4k2">{inner}</div>', '<a class="x4k2-i" href="#" data-n="{n}">{text}</a>', " | "
    )
    promo = each(p, "advertising", "{inner}", "<p>{text}</p>\n")
    source = each(p, "source", "{inner}", "<p><em>{text}</em></p>\n")
    comments = _slot(
        p,
        "comments",
        "<details>{inner}</details>",
        "<summary>{text}</summary>\n",
        "<p>{text}</p>\n",
        '<a class="button" href="#comment-form">{text}</a>\n',
    )
    newsletter = _slot(
        p,
        "newsletter",
        '<form class="hs-form stacked" action="/subscribe" novalidate>{inner}<input type="email" name="email"></form>',
        "<h3>{text}</h3>\n",
        "<p>{text}</p>\n",
        '<div class="hs_submit"><span>{text}</span></div>\n',
    )
    heading = related_heading(p, "<h3>{text}</h3>\n")
    teasers = links(p.teasers(4), '<li><a href="/blog/{slug}">{text}</a></li>\n')
    app = inline_box(p, "app", '<div class="row-fluid"><p>{inner}</p></div>', "span", "", "<br>\n")
    donation = _slot(
        p,
        "donation",
        '<div class="lm-9d1" role="dialog" aria-modal="true"><div class="lm-9d1-c">{inner}</div></div>',
        "<h2>{text}</h2>\n",
        "<p>{text}</p>\n",
        '<a class="lm-9d1-b" href="/pro/contact">{text}</a>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<div id="hs-bnr-3" role="region">{inner}</div>',
        "<p><strong>{text}</strong></p>\n",
        "<p>{text}</p>\n",
        '<a href="#" role="button">{text}</a>\n',
    )
    return f"""<div class="body-wrapper hs-content-id-118844 hs-blog-post">
{alert}
{NAV.format(site=esc(p.site))}
<main id="main-content" class="body-container-wrapper">
<div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text">{esc(p.title)}</span></h1>
<div class="blog-post__meta">{esc(p.site)} · Nov 20, 2026</div>
{share}
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" {_HS_BODY}>
{promo}
{body}
{source}
</span></div>
{comments}
</article>
<aside class="blog-sidebar">
{newsletter}
<div class="related">{heading}<ul>{teasers}</ul></div>
</aside>
</div></div>
</main>
<footer class="footer">
{app}
{FOOTER.format(site=esc(p.site))}
</footer>
</div>
{donation}
{consent}"""


_KID_P = '<p class="svelte-1k9xq2w">{text}</p>\n'


def kids_news_svelte(p: Parts) -> str:
    """A children's news site on SvelteKit, every element classed only with a `svelte-` hash and
    paragraphs `<p class="svelte-1k9xq2w">`: the sign-in for quiz stars in a header `div`, the
    age badge and parents' note pasted as article paragraphs right before the first paragraph,
    the sponsor line as a `<br>`-separated run, a `<quiz-card>` custom element holding the poll
    and, in its `<noscript>`, the error, and an explainer `<video>` figure between paragraphs,
    the share-with-your-class links pasted as article paragraphs right after the last one, the
    grown-up subscription appeal in a hashed `<section>` under the article, the quiz reminder as
    a `<br>`-separated run and the app card in the aside, the headed related list above the
    footer, the parents' newsletter form in the footer and consent in a `<dialog>`."""
    poll = _slot(
        p,
        "comments",
        "{inner}",
        '<h3 class="svelte-7rj3hq">{text}</h3>\n',
        '<p class="svelte-7rj3hq">{text}</p>\n',
        '<button class="svelte-7rj3hq" type="button">{text}</button>\n',
    )
    broken = inline_box(p, "error", "<noscript>{inner}</noscript>", "p", ' class="svelte-7rj3hq"', "\n")
    quiz = (
        f'<quiz-card data-quiz="weekly-48" class="svelte-7rj3hq">\n{poll}{broken}</quiz-card>\n'
        if poll or broken
        else ""
    )
    inline = present(
        inline_box(
            p, "advertising", '<div class="svelte-q0v8tn">{inner}</div>\n', "span", ' class="svelte-q0v8tn"', "<br>\n"
        ),
        quiz,
        _slot(
            p,
            "video",
            '<figure class="svelte-2m0x1c"><video class="svelte-2m0x1c" controls playsinline poster="/img/explainers/4471.jpg"></video><figcaption class="svelte-2m0x1c">{inner}</figcaption></figure>\n',
            '<span class="svelte-2m0x1c">{text}</span>\n',
            '<span class="svelte-2m0x1c">{text}</span>\n',
            '<span class="svelte-2m0x1c">{text}</span>\n',
        ),
    )
    body = _spaced(
        p.body(
            {
                "p": _KID_P,
                "h2": '<h2 class="svelte-1k9xq2w">{text}</h2>',
                "quote": '<blockquote class="svelte-1k9xq2w"><p class="svelte-1k9xq2w">{text}</p></blockquote>',
                "ul": '<ul class="svelte-1k9xq2w">{items}</ul>',
            },
            inline,
        )
    )
    login = _slot(
        p,
        "login",
        '<div class="svelte-12qhfyh">{inner}</div>',
        '<p class="svelte-12qhfyh">{text}</p>\n',
        '<p class="svelte-12qhfyh">{text}</p>\n',
        '<a class="svelte-12qhfyh" href="/grown-ups/help">{text}</a>\n',
    )
    badge = each(p, "source", "{inner}", _KID_P)
    share = each(p, "share", "{inner}", _KID_P)
    donation = _slot(
        p,
        "donation",
        '<section class="svelte-5yb0ar">{inner}</section>',
        '<h2 class="svelte-5yb0ar">{text}</h2>\n',
        '<p class="svelte-5yb0ar">{text}</p>\n',
        '<a class="svelte-5yb0ar" href="/subscribe/family">{text}</a>\n',
    )
    reminder = inline_box(
        p, "notification", '<div class="svelte-d81wlp">{inner}</div>', "span", ' class="svelte-d81wlp"', "<br>\n"
    )
    app = _slot(
        p,
        "app",
        '<div class="svelte-d81wlp">{inner}</div>',
        '<p class="svelte-d81wlp"><b>{text}</b></p>\n',
        '<p class="svelte-d81wlp">{text}</p>\n',
        '<a class="svelte-d81wlp" href="/app">{text}</a>\n',
    )
    heading = related_heading(p, '<h2 class="svelte-9vx2ke">{text}</h2>\n')
    teasers = links(p.teasers(6), '<li class="svelte-9vx2ke"><a href="/news/{slug}">{text}</a></li>\n')
    newsletter = _slot(
        p,
        "newsletter",
        '<form class="svelte-1y1p9qm" method="post">{inner}<input class="svelte-1y1p9qm" type="email" name="email"></form>',
        '<h3 class="svelte-1y1p9qm">{text}</h3>\n',
        '<p class="svelte-1y1p9qm">{text}</p>\n',
        '<button class="svelte-1y1p9qm" type="submit">{text}</button>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<dialog open class="svelte-h3kx0z">{inner}</dialog>',
        '<h2 class="svelte-h3kx0z">{text}</h2>\n',
        '<p class="svelte-h3kx0z">{text}</p>\n',
        '<button class="svelte-h3kx0z" type="button">{text}</button>\n',
    )
    return f"""<div style="display: contents">
<header class="svelte-12qhfyh">{NAV.format(site=esc(p.site))}
{login}</header>
<main class="svelte-1k9xq2w">
<article class="svelte-1k9xq2w">
<h1 class="svelte-1k9xq2w">{esc(p.title)}</h1>
<time class="svelte-1k9xq2w" datetime="2026-11-20">20 November 2026</time>
{badge}
{body}
{share}
{donation}
</article>
<aside class="svelte-1k9xq2w">
{reminder}
{app}
</aside>
</main>
<section class="svelte-9vx2ke">{heading}<ul class="svelte-9vx2ke">{teasers}</ul></section>
<footer class="svelte-1y1p9qm">
{newsletter}
{FOOTER.format(site=esc(p.site))}
</footer>
</div>
{consent}"""


_JOB_P = '<p class="MsoNormal">{text}</p>\n'
_VIEWSTATE = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBDw8WAh4EVGV4dAUFSm9icw=="


def graduate_jobs_aspnet(p: Parts) -> str:
    """A graduate-careers news site on ASP.NET WebForms, one `<form id="aspnetForm">` around a
    three-column `<table>` layout with `ctl00_` ids, its stories pasted from Word as `<p
    class="MsoNormal">`: the job alert in a panel above the header, the CV-upload sign-in as a
    table and the headed related list as a `<br>`-separated run in the left column, share links
    joined by pipes under the title, the careers newsletter pasted as `MsoNormal` paragraphs
    right before the first paragraph, the featured-jobs grid `<table>`, the salary calculator
    `<iframe>` whose fallback is the error and the interview video panel between paragraphs,
    the data note or correction pasted as `MsoNormal` in `<i>` right after the last paragraph,
    comments as a grid `<table>`, the premium membership box and the app plug as a `<br>`-
    separated run in the right column, and a consent panel with only a control id."""
    inline = present(
        _slot(
            p,
            "advertising",
            '<table id="ctl00_Main_gvJobs" class="grid" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">{inner}</table>\n',
            '<tr class="hdr"><th scope="col">{text}</th></tr>\n',
            "<tr><td>{text}</td></tr>\n",
            '<tr class="pgr"><td><a href="/jobs/graduate/">{text}</a></td></tr>\n',
        ),
        each(
            p,
            "error",
            '<div id="ctl00_Main_pnlCalc"><iframe id="ctl00_Main_ifrCalc" src="https://tools.example-salary.com/calc.aspx?grad=1" width="100%" height="380" frameborder="0">\n{inner}\n</iframe></div>\n',
            "{text}",
            "\n",
        ),
        _slot(
            p,
            "video",
            '<div id="ctl00_Main_pnlVideo"><video src="/media/masterclass.mp4" width="480" height="270" controls></video><br>\n{inner}</div>\n',
            "<b>{text}</b><br>\n",
            "<span>{text}</span><br>\n",
            '<a href="/video/masterclass.aspx">{text}</a><br>\n',
        ),
    )
    body = _spaced(
        p.body(
            {
                "p": _JOB_P,
                "h2": '<p class="MsoNormal"><b>{text}</b></p>',
                "quote": '<p class="MsoNormal" style="margin-left:36pt"><i>{text}</i></p>',
                "ul": '<ul style="margin-top:0cm" type="disc">{items}</ul>',
            },
            inline,
        )
    )
    alert = _slot(
        p,
        "notification",
        '<div id="ctl00_pnlAlertBar" class="bar">{inner}</div>',
        "<b>{text}</b>\n",
        "<span>{text}</span>\n",
        "<a id=\"ctl00_lnkAlert{n}\" href=\"javascript:__doPostBack('ctl00$lnkAlert','')\">{text}</a>\n",
    )
    cv = _slot(
        p,
        "login",
        '<table id="ctl00_Left_tblCv" cellpadding="3">{inner}<tr><td><input type="file" name="ctl00$Left$fuCv"></td></tr></table>',
        "<tr><td><b>{text}</b></td></tr>\n",
        "<tr><td>{text}</td></tr>\n",
        '<tr><td><a id="ctl00_Left_lnk{n}" href="/account/cv.aspx">{text}</a></td></tr>\n',
    )
    heading = related_heading(p, '<span class="hd">{text}</span><br>\n')
    teasers = links(p.teasers(6), '<a href="/news/story.aspx?id={slug}">{text}</a><br>\n')
    share = each(
        p,
        "share",
        '<div id="ctl00_Main_pnlShare">{inner}</div>',
        '<a id="ctl00_Main_rptShare_ctl0{n}_lnk" href="#">{text}</a>',
        " | ",
    )
    newsletter = each(p, "newsletter", "{inner}", _JOB_P)
    source = each(p, "source", "{inner}", '<p class="MsoNormal"><i>{text}</i></p>\n')
    comments = _slot(
        p,
        "comments",
        '<table id="ctl00_Main_gvComments" cellspacing="0" rules="rows" border="1">{inner}</table>',
        "<tr><th>{text}</th></tr>\n",
        "<tr><td>{text}</td></tr>\n",
        '<tr><td><a href="/comments/add.aspx?id=8812">{text}</a></td></tr>\n',
    )
    plus = _slot(
        p,
        "donation",
        '<table id="ctl00_Right_tblPlus" cellpadding="6" style="border:1px solid #c90">{inner}</table>',
        "<tr><td><b>{text}</b></td></tr>\n",
        "<tr><td>{text}</td></tr>\n",
        '<tr><td><a href="/plus/trial.aspx">{text}</a></td></tr>\n',
    )
    app = inline_box(p, "app", '<div id="ctl00_Right_pnlApp">{inner}</div>', "span", "", "<br>\n")
    consent = _slot(
        p,
        "consent",
        '<div id="ctl00_ucCk_pnl" style="position:fixed;bottom:0;left:0;right:0;background:#eee">{inner}</div>',
        "<b>{text}</b>\n",
        "<span>{text}</span>\n",
        '<a href="javascript:void(0)">{text}</a>\n',
    )
    return f"""<form method="post" action="./story.aspx?id=8812" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_VIEWSTATE}"></div>
{alert}
{NAV.format(site=esc(p.site))}
<table id="ctl00_tblLayout" width="100%" cellpadding="0" cellspacing="0">
<tr>
<td id="ctl00_tdLeft" width="200" valign="top">
{cv}
<br>
{heading}{teasers}
</td>
<td id="ctl00_tdMain" valign="top">
<h1 id="ctl00_Main_hTitle">{esc(p.title)}</h1>
<span id="ctl00_Main_lblDate" class="date">{esc(p.site)} · 20/11/2026</span>
{share}
<div id="ctl00_Main_divBody">
{newsletter}
{body}
{source}
</div>
{comments}
</td>
<td id="ctl00_tdRight" width="220" valign="top">
{plus}
<br>
{app}
</td>
</tr>
</table>
{FOOTER.format(site=esc(p.site))}
</form>
{consent}"""


SHAPES = (
    schools_news_drupal,
    university_newsroom,
    student_paper_hosted,
    edtech_trade_hubspot,
    kids_news_svelte,
    graduate_jobs_aspnet,
)
