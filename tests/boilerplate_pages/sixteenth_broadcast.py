"""Half of the sixteenth part: six shapes of broadcast and video-first news (TV networks, news channels, radio, streaming news), with their wording, written after fifteen rounds of tuning without reading
newsmon's rules. It was half of the held-out part, measured untouched (both halves: newsmon kept
98 of 2,902 boilerplate lines, 3.4%, and 98.6% of the body), then tuned on: broadcast credits,
opinion and transparency disclaimers, mobile-money and cooperative appeals, sponsored sections,
data widgets, viewer-content prompts, letters, obituary portals, read-aloud players."""

from __future__ import annotations

from tests.boilerplate_pages.junk import Blocks
from tests.boilerplate_pages.page import (
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
                "Advertisement · Your video will begin after this ad",
                "You can skip this ad in 5",
                "Find out more about this advertiser",
            ],
            [
                "Tonight's forecast is brought to you by Harlow Heating & Cooling",
                "Book your boiler service with Harlow",
            ],
            [
                "Sponsored segment",
                "The Money Hour is made in partnership with Calder Investments. Capital at risk.",
            ],
            [
                "Latest odds from our betting partner",
                "Arsenal to beat Villa at 8/11",
                "18+ only. Please gamble responsibly. T&Cs apply to all offers.",
            ],
            ["Promoted by Verity Motors", "Test-drive the all-new Verity e-Tourer at a dealer near you"],
        ],
        "donation": [
            [
                "Stream every channel live with News+ Premium",
                "First 7 days free, then £6.99 a month. Cancel whenever you like.",
                "Begin my 7-day trial",
            ],
            [
                "Public television depends on viewers like you",
                "Become a sustaining member of your station for $8 a month and unlock the member stream.",
                "Give monthly to this station",
            ],
            [
                "Watch every live stream without the ad breaks",
                "Upgrade to Plus for uninterrupted coverage and on-demand replays of every bulletin.",
                "Upgrade my plan to Plus",
            ],
            [
                "Independent video journalism costs money to make",
                "Our backers pay for the footage you watch here. Chip in from $3.",
                "Fund our video team",
            ],
            [
                "Get the Sports Pass",
                "Every match, every highlight, on every screen for £34.99 a month.",
                "Buy a Sports Pass now",
            ],
        ],
        "notification": [
            [
                "Breaking on air",
                "MPs vote on the emergency budget at 4pm. Follow the division live on the channel.",
                "Join the live coverage",
            ],
            [
                "On air now: The Evening Bulletin with Maya Clarke",
                "Coming up at 7pm: World Tonight",
                "See the full TV schedule",
            ],
            [
                "Travel: M62 shut eastbound between junctions 22 and 24 after a collision",
                "Weather: heavy rain warning in force until 6pm",
            ],
            ["You're watching the UK feed of the channel", "Switch to the international feed"],
            [
                "Listen live: Drivetime on Radio North",
                "Now playing: traffic and travel on the half-hour",
            ],
        ],
        "app": [
            [
                "Watch the channel on your smart TV",
                "Find us on Roku, Fire TV, Apple TV and Samsung TV Plus",
            ],
            [
                "Breaking alerts and the live stream, in the news app",
                "Install the news app on your phone",
            ],
            [
                "Take Radio North with you in the station app",
                "On iPhone, Android and your smart speaker",
            ],
            [
                "Ask your smart speaker for the headlines",
                "Just say: Alexa, play Radio North News",
            ],
            [
                "Cast the live stream to your television",
                "Open the app to use Chromecast and AirPlay",
                "Maybe later, thanks",
            ],
        ],
        "newsletter": [
            [
                "The Morning Rundown",
                "The five stories our presenters are following today, in your inbox before 7am.",
                "Sign me up for the rundown",
            ],
            [
                "The week's best clips, by email",
                "A playlist of the videos everyone was talking about, every Sunday morning.",
                "Email me the playlist",
            ],
            [
                "Match day in your inbox",
                "Team news, kick-off times and where to watch, on the morning of every game.",
                "Send me match-day emails",
            ],
            [
                "Know what's on before it airs",
                "Our listings email lands every Monday with the week's documentaries and specials.",
            ],
            [
                "We'll send the rundown to the address you give us. Every email has an unsubscribe link.",
                "How we handle your data",
            ],
        ],
        "comments": [
            [
                "Send us your videos and photos",
                "Were you there? Share what you filmed with our newsroom. Never put yourself in danger to get footage.",
                "Upload to the newsroom",
            ],
            [
                "Have your say on tonight's debate",
                "Viewer comments are checked by the team before they appear.",
                "Add to the debate",
            ],
            [
                "WhatsApp the newsroom on 07700 900123",
                "By sending us footage you agree to our terms for viewer content.",
            ],
            ["Viewer comments (87)", "Sort by newest", "Show more viewer comments"],
            ["Comments are now closed on this story, but you can text the programme on 85058."],
        ],
        "login": [
            [
                "Sign in with your TV provider to keep watching",
                "Pick your TV provider",
                "No TV provider? Try our streaming plan",
            ],
            [
                "You need a TV Licence to watch live TV on any channel or device",
                "I have a valid TV Licence",
                "Sign in to carry on watching",
            ],
            [
                "Sign in to pick up where you left off",
                "Your account keeps your viewing history and saved clips on every device.",
                "Sign in or register now",
            ],
            [
                "A free account is needed to watch",
                "Register to stream full episodes and live coverage on our website.",
                "Make my free account",
            ],
            [
                "This channel is for verified subscribers",
                "Sign in with your cable account to unlock the live channel.",
            ],
        ],
        "video": [
            [
                "Watch the full episode",
                "The Investigators, Series 4, Episode 6",
                "44 mins",
                "Available for 29 days",
            ],
            ["Autoplay is switched on", "Next clip starts in 5 seconds", "Stop autoplay"],
            ["Clip chapters", "00:00 Opening", "02:15 The vote", "06:40 Studio reaction"],
            [
                "As seen on Sunday Politics",
                "Catch the full interview on Sunday at 10am",
                "Remind me when it airs",
            ],
            ["Hear this report read aloud", "Read by a presenter · 4 mins", "Follow the podcast"],
        ],
        "source": [
            ["This report was first broadcast on the Six O'Clock News."],
            ["Video produced by the digital video team. Additional footage from pool cameras."],
            ["With reporting from our correspondents in Brussels and Washington and from Reuters."],
            ["Camera: Lewis Grant. Editor: Noor Haddad. Producer: Sam Keane."],
            ["Footage courtesy of viewers. Some images in this report may be distressing."],
        ],
        "share": [
            ["Follow Maya Clarke", "Follow the newsroom on X", "Get alerts when this presenter posts"],
            ["Share this clip", "Copy link at current time", "Get the embed code"],
            ["Send this video on WhatsApp", "Post this video to Facebook", "Email this video to someone"],
            ["Save clip to My List", "Add to Watch Later"],
            ["Follow our sports presenters", "Follow Dan Whitlock", "Follow Aisha Porter"],
        ],
        "error": [
            ["This video is not available in your region because of rights restrictions."],
            [
                "The live stream couldn't be loaded. Check your connection and try again.",
                "Reload the stream",
            ],
            ["Sorry, this clip can only be watched by viewers in the UK."],
            ["Playback error (code 232011). This media could not be played."],
            ["The live scores panel is temporarily down.", "Refresh live scores"],
        ],
        "consent": [
            [
                "Before you start watching",
                "We and our partners use cookies and similar technologies to play video, measure viewing and personalise ads.",
                "Accept and start watching",
                "Change what I allow",
            ],
            [
                "This video is provided by YouTube. Allow YouTube cookies to play it on this page.",
                "Allow and play",
                "Watch it on YouTube instead",
            ],
            [
                "Your viewing, your choice",
                "Some cookies are needed to play live TV. Others help us recommend programmes to you.",
                "Accept all and keep watching",
                "Reject the optional cookies",
            ],
            ["Enable video cookies to load this player", "Change my video cookie settings"],
            [
                "Cookies on our streaming service",
                "Pick which cookies you allow. The ones the player needs cannot be switched off.",
                "Confirm my cookie choices",
            ],
        ],
        "related": [
            ["More videos from the newsroom"],
            ["Related clips"],
            ["Watch next from the programme"],
            ["Top stories on the channel"],
            ["More from the radio newsroom"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Werbung · Ihr Video startet nach dieser Anzeige",
                "Anzeige überspringen in 5",
                "Mehr über diesen Werbepartner",
            ],
            [
                "Das Wetter wird Ihnen präsentiert von Heizungsbau Krämer",
                "Wartungstermin bei Krämer buchen",
            ],
            [
                "Gesponserte Rubrik",
                "Die Börsenminute entsteht in Kooperation mit der Calder Bank. Geldanlagen bergen Risiken.",
            ],
            [
                "Aktuelle Quoten unseres Wettpartners",
                "Bayern-Sieg gegen Leverkusen: 1,55",
                "Sportwetten erst ab 18. Glücksspiel kann süchtig machen.",
            ],
        ],
        "donation": [
            [
                "Alle Sender live mit News+ Premium",
                "7 Tage gratis, danach 6,99 € im Monat. Jederzeit kündbar.",
                "Gratiswoche beginnen",
            ],
            [
                "Streamen ohne Werbeunterbrechung",
                "Mit Plus sehen Sie jede Sendung ohne Werbepause in der Mediathek.",
                "Auf Plus umsteigen",
            ],
            [
                "Unabhängiger Videojournalismus braucht Unterstützung",
                "Unsere Förderer finanzieren die Reportagen, die Sie hier sehen. Schon ab 3 €.",
                "Das Videoteam fördern",
            ],
            [
                "Der Sport-Pass",
                "Jedes Spiel, jede Zusammenfassung, auf allen Bildschirmen für 29,99 € im Monat.",
                "Sport-Pass buchen",
            ],
        ],
        "notification": [
            [
                "Eilmeldung im Programm",
                "Der Bundestag stimmt um 16 Uhr über den Nothaushalt ab. Verfolgen Sie die Abstimmung live im Sender.",
                "Zur Live-Übertragung",
            ],
            [
                "Jetzt im Programm: Abendjournal mit Maya Clarke",
                "Danach um 19 Uhr: Weltspiegel kompakt",
                "Das ganze TV-Programm",
            ],
            [
                "Verkehr: A3 Richtung Frankfurt zwischen Limburg-Nord und Diez nach Unfall gesperrt",
                "Wetter: Unwetterwarnung vor Starkregen bis 18 Uhr",
            ],
            [
                "Radio live hören: Feierabend auf Radio Nord",
                "Gerade läuft: Verkehr und Wetter zur halben Stunde",
            ],
        ],
        "app": [
            [
                "Unseren Sender auf dem Smart-TV sehen",
                "Zu finden über HbbTV, Fire TV, Apple TV und Samsung TV Plus",
            ],
            [
                "Eilmeldungen und den Livestream in der News-App",
                "News-App aufs Handy laden",
            ],
            [
                "Radio Nord überall hören – mit der Sender-App",
                "Für iPhone, Android und smarte Lautsprecher",
            ],
            [
                "Livestream auf den Fernseher übertragen",
                "In der App öffnen, um Chromecast und AirPlay zu nutzen",
                "Lieber im Browser bleiben",
            ],
        ],
        "newsletter": [
            [
                "Der Morgen-Überblick der Redaktion",
                "Die fünf Themen, die unsere Moderatorinnen heute verfolgen – vor 7 Uhr in Ihrem Postfach.",
                "Morgen-Briefing bestellen",
            ],
            [
                "Die besten Clips der Woche per E-Mail",
                "Eine Playlist der meistgesehenen Videos, jeden Sonntagmorgen.",
                "Playlist per Mail erhalten",
            ],
            [
                "Spieltag im Postfach",
                "Aufstellungen, Anstoßzeiten und wo das Spiel läuft – am Morgen jedes Spiels.",
                "Spieltags-Mail bestellen",
            ],
            [
                "Wir senden das Briefing an die angegebene Adresse. Jede Mail enthält einen Abmeldelink.",
                "So verarbeiten wir Ihre Daten",
            ],
        ],
        "comments": [
            [
                "Schicken Sie uns Ihre Videos und Fotos",
                "Waren Sie vor Ort? Teilen Sie Ihre Aufnahmen mit unserer Redaktion. Bringen Sie sich beim Filmen nie in Gefahr.",
                "Bei der Redaktion hochladen",
            ],
            [
                "Diskutieren Sie mit über die Sendung",
                "Zuschauerkommentare werden vor der Freischaltung von der Redaktion geprüft.",
                "Meinung zur Sendung abgeben",
            ],
            ["Zuschauerkommentare (87)", "Neueste oben", "Weitere Zuschauerkommentare laden"],
            ["Die Kommentare zu diesem Beitrag sind geschlossen. Schreiben Sie der Sendung gern per WhatsApp."],
        ],
        "login": [
            [
                "Melden Sie sich an, um weiterzuschauen",
                "Ihr Konto merkt sich Ihren Verlauf und gespeicherte Clips auf allen Geräten.",
                "Anmelden oder neu registrieren",
            ],
            [
                "Für diese Sendung brauchen Sie ein kostenloses Konto",
                "Registrieren Sie sich, um ganze Folgen und Livesendungen auf unserer Website zu sehen.",
                "Kostenloses Konto anlegen",
            ],
            [
                "Dieser Livestream ist Abonnenten vorbehalten",
                "Melden Sie sich mit Ihrem Kabel- oder Streaming-Konto an, um den Sender freizuschalten.",
            ],
            [
                "Altersprüfung erforderlich",
                "Diese Sendung ist erst ab 22 Uhr frei abrufbar. Melden Sie sich an, um Ihr Alter zu bestätigen.",
                "Mein Alter bestätigen",
            ],
        ],
        "video": [
            [
                "Die ganze Folge ansehen",
                "Die Ermittler, Staffel 4, Folge 6",
                "44 Min.",
                "In der Mediathek bis 20.12.2026",
            ],
            ["Autoplay ist eingeschaltet", "Nächster Clip in 5 Sekunden", "Autoplay stoppen"],
            ["Kapitel im Video", "00:00 Einstieg", "02:15 Die Abstimmung", "06:40 Reaktionen im Studio"],
            ["Diesen Bericht vorlesen lassen", "Gelesen von einer Sprecherin · 4 Min.", "Podcast abonnieren"],
        ],
        "source": [
            ["Dieser Bericht lief zuerst in der Abendschau."],
            ["Video: Digitalredaktion. Zusätzliches Material aus Poolkameras."],
            ["Mit Material unserer Korrespondenten in Brüssel und Washington sowie von dpa und Reuters."],
            ["Kamera: Lewis Grant. Schnitt: Noor Haddad. Redaktion: Sam Keane."],
        ],
        "share": [
            [
                "Maya Clarke folgen",
                "Der Redaktion auf Instagram folgen",
                "Benachrichtigen, wenn die Moderatorin postet",
            ],
            ["Clip teilen", "Link ab aktueller Stelle kopieren", "Einbettungscode holen"],
            ["Video per WhatsApp senden", "Video auf Facebook posten", "Video per E-Mail verschicken"],
            ["Clip auf meine Merkliste", "Zum späteren Ansehen speichern"],
        ],
        "error": [
            ["Aus lizenzrechtlichen Gründen können wir dieses Video in Ihrem Land nicht zeigen."],
            [
                "Der Livestream konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung.",
                "Stream neu laden",
            ],
            ["Wiedergabefehler (Code 232011). Das Medium konnte nicht abgespielt werden."],
            ["Der Liveticker ist vorübergehend nicht erreichbar.", "Liveticker aktualisieren"],
        ],
        "consent": [
            [
                "Bevor es losgeht",
                "Wir und unsere Partner nutzen Cookies und ähnliche Technologien, um Videos abzuspielen, die Nutzung zu messen und Werbung zu personalisieren.",
                "Akzeptieren und ansehen",
                "Cookie-Einstellungen anpassen",
            ],
            [
                "Dieses Video wird von YouTube bereitgestellt. Erlauben Sie YouTube-Cookies, um es hier abzuspielen.",
                "Erlauben und abspielen",
                "Stattdessen auf YouTube ansehen",
            ],
            [
                "Ihre Mediathek, Ihre Wahl",
                "Einige Cookies braucht der Livestream. Andere helfen uns, Ihnen Sendungen zu empfehlen.",
                "Alle zulassen und weiterschauen",
                "Optionale Cookies ablehnen",
            ],
            ["Aktivieren Sie Video-Cookies, um diesen Player zu laden", "Meine Video-Cookies verwalten"],
        ],
        "related": [
            ["Mehr Videos aus der Redaktion"],
            ["Passende Clips"],
            ["Als Nächstes aus der Sendung"],
            ["Top-Themen im Sender"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Publicité · Votre vidéo commence après cette annonce",
                "Passer l'annonce dans 5",
                "En savoir plus sur cet annonceur",
            ],
            ["La météo vous est présentée par Chauffage Martel", "Réserver l'entretien de ma chaudière"],
            [
                "Séquence sponsorisée",
                "La Minute éco est réalisée en partenariat avec la Banque Calder. Investir comporte des risques.",
            ],
            [
                "Les cotes de notre partenaire paris sportifs",
                "Victoire du PSG face à Lyon : 1,45",
                "Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13.",
            ],
        ],
        "donation": [
            [
                "Toutes les chaînes en direct avec Info+ Premium",
                "7 jours offerts, puis 6,99 € par mois. Sans engagement.",
                "Démarrer mes 7 jours offerts",
            ],
            [
                "Regardez sans coupure publicitaire",
                "Passez à Plus pour suivre tous les directs et les replays sans pub.",
                "Passer à l'offre Plus",
            ],
            [
                "Le journalisme vidéo indépendant a un coût",
                "Nos soutiens financent les reportages que vous regardez ici. Dès 3 €.",
                "Soutenir notre équipe vidéo",
            ],
            [
                "Le Pass Sport",
                "Tous les matchs, tous les résumés, sur tous vos écrans pour 29,99 € par mois.",
                "Prendre le Pass Sport",
            ],
        ],
        "notification": [
            [
                "Alerte info à l'antenne",
                "L'Assemblée vote le budget d'urgence à 16 h. Suivez la séance en direct sur la chaîne.",
                "Rejoindre le direct",
            ],
            [
                "En ce moment à l'antenne : Le Journal du soir avec Maya Clarke",
                "À suivre à 19 h : Le Monde ce soir",
                "Voir tout le programme TV",
            ],
            [
                "Info trafic : A7 fermée vers le nord entre Valence et Vienne après un accident",
                "Météo : vigilance orange pluie jusqu'à 18 h",
            ],
            [
                "Écouter la radio en direct : La Matinale de Radio Nord",
                "En ce moment : le point circulation de la demi-heure",
            ],
        ],
        "app": [
            [
                "Retrouvez notre chaîne sur votre TV connectée",
                "Disponible sur Freebox, Bbox, Fire TV et Samsung TV Plus",
            ],
            [
                "Les alertes info et le direct vidéo dans notre application",
                "Installer l'application info",
            ],
            ["Écoutez Radio Nord partout avec l'appli de la station", "Sur iPhone, Android et enceintes connectées"],
            [
                "Diffusez le direct sur votre téléviseur",
                "Ouvrez l'appli pour utiliser Chromecast et AirPlay",
                "Rester sur le navigateur",
            ],
        ],
        "newsletter": [
            [
                "Le Réveil de la rédaction",
                "Les cinq sujets que suivent nos présentateurs aujourd'hui, avant 7 h dans votre boîte mail.",
                "M'inscrire au Réveil",
            ],
            [
                "Les meilleures vidéos de la semaine par e-mail",
                "Une sélection des vidéos les plus vues, chaque dimanche matin.",
                "Recevoir la sélection vidéo",
            ],
            [
                "Jour de match dans votre boîte mail",
                "Compositions, horaires et diffuseurs, le matin de chaque rencontre.",
                "Recevoir les e-mails jour de match",
            ],
            [
                "Nous enverrons le Réveil à l'adresse indiquée. Chaque e-mail contient un lien de désinscription.",
                "Comment nous traitons vos données",
            ],
        ],
        "comments": [
            [
                "Envoyez-nous vos vidéos et photos",
                "Vous étiez sur place ? Partagez vos images avec la rédaction. Ne vous mettez jamais en danger pour filmer.",
                "Transmettre à la rédaction",
            ],
            [
                "Réagissez au débat de ce soir",
                "Les commentaires des téléspectateurs sont relus par l'équipe avant publication.",
                "Participer au débat",
            ],
            [
                "Commentaires des téléspectateurs (87)",
                "Du plus récent au plus ancien",
                "Afficher d'autres commentaires de téléspectateurs",
            ],
            ["Les commentaires sont fermés sur ce sujet. Écrivez à l'émission par SMS au 71 012."],
        ],
        "login": [
            [
                "Connectez-vous pour reprendre la lecture",
                "Votre compte garde votre historique et vos extraits enregistrés sur tous vos appareils.",
                "Se connecter ou s'inscrire",
            ],
            [
                "Un compte gratuit est nécessaire pour regarder",
                "Inscrivez-vous pour voir les émissions en replay et les directs sur notre site.",
                "Créer mon compte gratuit",
            ],
            [
                "Ce direct est réservé aux abonnés",
                "Identifiez-vous avec votre box ou votre opérateur pour débloquer la chaîne.",
            ],
            [
                "Connectez-vous avec votre compte opérateur TV",
                "Choisir mon opérateur TV",
                "Pas d'opérateur ? Découvrez notre offre streaming",
            ],
        ],
        "video": [
            [
                "Voir l'émission en intégralité",
                "Les Enquêteurs, saison 4, épisode 6",
                "44 min.",
                "Disponible jusqu'au 20/12/2026",
            ],
            ["La lecture automatique est activée", "Vidéo suivante dans 5 secondes", "Couper la lecture automatique"],
            ["Chapitres de la vidéo", "00:00 Ouverture", "02:15 Le vote", "06:40 Les réactions en plateau"],
            [
                "Écouter ce reportage lu à voix haute",
                "Lu par une voix de la rédaction · 4 min.",
                "S'abonner au podcast",
            ],
        ],
        "source": [
            ["Ce reportage a d'abord été diffusé dans le journal de 20 heures."],
            ["Vidéo : la rédaction numérique. Images complémentaires : caméras pool."],
            ["Avec nos correspondants à Bruxelles et à Washington, et l'AFP."],
            ["Images : Lewis Grant. Montage : Noor Haddad. Rédaction en chef : Sam Keane."],
        ],
        "share": [
            [
                "Suivre Maya Clarke",
                "Suivre la rédaction sur Instagram",
                "Être alerté des publications de cette présentatrice",
            ],
            ["Partager cet extrait", "Copier le lien à ce moment de la vidéo", "Obtenir le code d'intégration"],
            ["Envoyer la vidéo sur WhatsApp", "Publier la vidéo sur Facebook", "Envoyer la vidéo par e-mail"],
            ["Ajouter l'extrait à ma liste", "Garder pour regarder plus tard"],
        ],
        "error": [
            ["Cette vidéo n'est pas disponible dans votre pays pour des raisons de droits."],
            [
                "Impossible de charger le direct. Vérifiez votre connexion puis réessayez.",
                "Relancer le direct",
            ],
            ["Erreur de lecture (code 232011). Ce média n'a pas pu être lu."],
            ["Le module des scores en direct est momentanément indisponible.", "Actualiser les scores"],
        ],
        "consent": [
            [
                "Avant de regarder",
                "Nos partenaires et nous utilisons des cookies et technologies similaires pour lire les vidéos, mesurer l'audience et personnaliser la publicité.",
                "Accepter et regarder",
                "Paramétrer mes cookies",
            ],
            [
                "Cette vidéo est fournie par YouTube. Autorisez les cookies YouTube pour la lire ici.",
                "Autoriser et lire",
                "La regarder sur YouTube",
            ],
            [
                "Vos programmes, vos choix",
                "Certains cookies sont indispensables au direct. D'autres nous aident à vous recommander des émissions.",
                "Tout accepter et continuer à regarder",
                "Refuser les cookies facultatifs",
            ],
            ["Activez les cookies vidéo pour afficher ce lecteur", "Gérer mes cookies vidéo"],
        ],
        "related": [
            ["Plus de vidéos de la rédaction"],
            ["Extraits associés"],
            ["À voir ensuite dans l'émission"],
            ["Les titres de la chaîne"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Publicidad · Tu vídeo empezará después de este anuncio",
                "Saltar el anuncio en 5",
                "Más información sobre este anunciante",
            ],
            ["El tiempo te lo trae Climatización Robles", "Pide cita para revisar tu caldera"],
            [
                "Sección patrocinada",
                "El Minuto económico se produce en colaboración con Banco Calder. Invertir conlleva riesgos.",
            ],
            [
                "Cuotas de nuestro socio de apuestas",
                "Gana el Madrid ante el Betis: 1,60",
                "Juega con responsabilidad. Solo mayores de 18 años. Jugar sin control puede crear adicción.",
            ],
        ],
        "donation": [
            [
                "Todos los canales en directo con Noticias+ Premium",
                "7 días gratis y después 6,99 € al mes. Sin permanencia.",
                "Empezar mis 7 días gratis",
            ],
            [
                "Mira sin cortes publicitarios",
                "Pásate a Plus y sigue todos los directos y la carta sin anuncios.",
                "Pasarme a Plus",
            ],
            [
                "El periodismo en vídeo independiente cuesta dinero",
                "Nuestros socios financian los reportajes que ves aquí. Desde 3 €.",
                "Apoyar a nuestro equipo de vídeo",
            ],
            [
                "El Pase Deportes",
                "Todos los partidos y resúmenes, en todas tus pantallas por 29,99 € al mes.",
                "Contratar el Pase Deportes",
            ],
        ],
        "notification": [
            [
                "Última hora en antena",
                "El Congreso vota el presupuesto de emergencia a las 16:00. Síguelo en directo en el canal.",
                "Ir a la señal en directo",
            ],
            [
                "Ahora en antena: El Informativo de la noche con Maya Clarke",
                "A continuación, a las 21:00: El mundo hoy",
                "Ver toda la programación",
            ],
            [
                "Tráfico: cortada la A-6 sentido Madrid a la altura de Villalba por un accidente",
                "El tiempo: aviso amarillo por lluvias hasta las 18:00",
            ],
            [
                "Escucha la radio en directo: La Mañana de Radio Norte",
                "Suena ahora: el boletín de tráfico de la media hora",
            ],
        ],
        "app": [
            [
                "Míranos en tu Smart TV",
                "Disponible en Movistar Plus+, Fire TV, Apple TV y Samsung TV Plus",
            ],
            [
                "Alertas de última hora y la señal en directo en nuestra app",
                "Instalar la app de noticias",
            ],
            [
                "Escucha Radio Norte donde estés con la app de la emisora",
                "Para iPhone, Android y altavoces inteligentes",
            ],
            [
                "Envía el directo a tu televisor",
                "Abre la app para usar Chromecast y AirPlay",
                "Prefiero seguir en la web del canal",
            ],
        ],
        "newsletter": [
            [
                "El Resumen de la mañana",
                "Las cinco historias que siguen hoy nuestros presentadores, en tu correo antes de las 7.",
                "Apuntarme al Resumen",
            ],
            [
                "Los mejores vídeos de la semana por correo",
                "Una selección de los vídeos más vistos, cada domingo por la mañana.",
                "Recibir la selección de vídeos",
            ],
            [
                "Día de partido en tu correo",
                "Alineaciones, horarios y dónde verlo, la mañana de cada encuentro.",
                "Quiero los correos de día de partido",
            ],
            [
                "Enviaremos el Resumen a la dirección que nos indiques. Cada correo incluye un enlace para darte de baja.",
                "Cómo tratamos tus datos",
            ],
        ],
        "comments": [
            [
                "Envíanos tus vídeos y fotos",
                "¿Estabas allí? Comparte tus imágenes con la redacción. No te pongas nunca en peligro para grabar.",
                "Mandar a la redacción",
            ],
            [
                "Opina sobre el debate de esta noche",
                "El equipo revisa los comentarios de los espectadores antes de publicarlos.",
                "Entrar en el debate",
            ],
            [
                "Comentarios de los espectadores (87)",
                "Primero los más nuevos",
                "Cargar más comentarios de espectadores",
            ],
            ["Los comentarios de esta noticia están cerrados. Escribe al programa por WhatsApp al 600 900 123."],
        ],
        "login": [
            [
                "Inicia sesión para seguir viendo",
                "Tu cuenta guarda tu historial y tus clips en todos tus dispositivos.",
                "Entrar o crear una cuenta",
            ],
            [
                "Necesitas una cuenta gratuita para ver esto",
                "Regístrate para ver programas completos y los directos en nuestra web.",
                "Crear mi cuenta gratuita",
            ],
            [
                "Esta señal es solo para abonados",
                "Accede con tu operador de televisión para desbloquear el canal.",
            ],
            [
                "Identifícate con tu operador de TV",
                "Elegir mi operador",
                "¿No tienes operador? Conoce nuestro plan de streaming",
            ],
        ],
        "video": [
            [
                "Ver el programa completo",
                "Los Investigadores, temporada 4, episodio 6",
                "44 min.",
                "Disponible hasta el 20/12/2026",
            ],
            [
                "La reproducción automática está activada",
                "Siguiente clip en 5 segundos",
                "Desactivar la reproducción automática",
            ],
            ["Capítulos del vídeo", "00:00 Apertura", "02:15 La votación", "06:40 Las reacciones en el plató"],
            [
                "Escucha esta información leída en voz alta",
                "Narrada por una voz de la redacción · 4 min.",
                "Suscribirse al pódcast",
            ],
        ],
        "source": [
            ["Esta información se emitió primero en el Telediario de las 21:00."],
            ["Vídeo: equipo de vídeo digital. Imágenes adicionales de cámaras pool."],
            ["Con información de nuestros corresponsales en Bruselas y Washington y de EFE."],
            ["Cámara: Lewis Grant. Montaje: Noor Haddad. Edición: Sam Keane."],
        ],
        "share": [
            ["Seguir a Maya Clarke", "Seguir a la redacción en Instagram", "Recibir avisos de esta presentadora"],
            ["Compartir este clip", "Copiar el enlace en este minuto", "Obtener el código para insertar"],
            ["Enviar el vídeo por WhatsApp", "Publicar el vídeo en Facebook", "Mandar el vídeo por correo"],
            ["Añadir el clip a mi lista", "Guardar para ver más tarde"],
        ],
        "error": [
            ["Este vídeo no está disponible en tu país por motivos de derechos."],
            [
                "No se ha podido cargar la señal en directo. Comprueba tu conexión e inténtalo de nuevo.",
                "Reintentar la señal",
            ],
            ["Error de reproducción (código 232011). No se ha podido reproducir este contenido."],
            ["El módulo de resultados en directo no está disponible en este momento.", "Actualizar los resultados"],
        ],
        "consent": [
            [
                "Antes de ver el vídeo",
                "Nosotros y nuestros socios usamos cookies y tecnologías similares para reproducir vídeos, medir la audiencia y personalizar la publicidad.",
                "Aceptar y empezar a ver",
                "Configurar mis cookies",
            ],
            [
                "Este vídeo lo proporciona YouTube. Permite las cookies de YouTube para reproducirlo aquí.",
                "Permitir y reproducir",
                "Verlo en YouTube",
            ],
            [
                "Tu televisión, tu elección",
                "Algunas cookies son necesarias para el directo. Otras nos ayudan a recomendarte programas.",
                "Aceptar todo y seguir viendo",
                "Rechazar las cookies opcionales",
            ],
            ["Activa las cookies de vídeo para ver este reproductor", "Gestionar mis cookies de vídeo"],
        ],
        "related": [
            ["Más vídeos de la redacción"],
            ["Clips relacionados"],
            ["Lo siguiente del programa"],
            ["Lo más destacado del canal"],
        ],
    },
}


_slot = widget_drawer(6)


_CC_INLINE = (
    '<li class="related-content__item"><a class="related-content__link" href="/2026/11/20/world/{slug}/index.html">'
    '<span class="related-content__headline-text">{text}</span></a></li>'
)
_CC_RAIL = (
    '<div class="card container__item container__item--type-media-image" data-component-name="card">'
    '<a class="container__link" href="/2026/11/20/world/{slug}/index.html"><div class="container__text">'
    '<span class="container__headline-text" data-editable="headline">{text}</span></div></a></div>'
)


def cable_channel_zones(p: Parts) -> str:
    """A 24-hour cable news channel's article (`zone` and `container` layout, every paragraph a
    `paragraph inline-placeholder` with `data-editable`): the live-TV bar over the header, the
    share bar in the headline footer, the lede video with its playlist and the TV-provider gate
    above the article, an ad with its feedback link, a headed related list and a newsletter form
    between paragraphs, the correspondents' credit as an italic paragraph right after the last
    one, the viewer-footage prompt under the article, a geo-blocked clip, a streaming offer and
    cards in the rail, the smart-TV promo in the footer and a consent overlay at the end."""
    heading = related_heading(p, '<h3 class="related-content__title">{text}</h3>')
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="ad-slot-dynamic ad-slot-dynamic--in-article" data-zone-label="ad_mid1" data-ad-unit="/8663477/news/world">'
            '<div class="ad-slot__wrapper"><div id="ad_mid1" class="ad-slot__ad"></div></div>'
            '<div class="ad-feedback-link-container">{inner}</div></div>',
            '<span class="ad-slot__label">{text}</span>',
            '<p class="ad-slot__disclosure">{text}</p>',
            '<button class="ad-feedback-link" type="button">{text}</button>',
        ),
        f'<div class="related-content related-content--article" data-component-name="related-content">{heading}'
        f'<ul class="related-content__list">{links(p.teasers(3), _CC_INLINE)}</ul></div>',
        _slot(
            p,
            "newsletter",
            '<div class="newsletter-inline" data-zjs-component="newsletter-signup"><form class="newsletter-inline__form" action="/newsletters/subscribe" method="post">{inner}'
            '<input class="newsletter-inline__input" type="email" name="email" placeholder="Email address"></form></div>',
            '<h3 class="newsletter-inline__title">{text}</h3>',
            '<p class="newsletter-inline__description">{text}</p>',
            '<button class="newsletter-inline__button" type="submit">{text}</button>',
        ),
    )
    body = p.body(
        {
            "p": '<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text">{text}</p>',
            "h2": '<h2 class="subheader" data-editable="text" data-component-name="subheader">{text}</h2>',
            "quote": '<div class="pull-quote" data-component-name="pull-quote"><blockquote class="pull-quote__text" data-editable="text">{text}</blockquote></div>',
            "ul": '<ul class="list list--bullet" data-component-name="list">{items}</ul>',
        },
        inline,
    )
    credit = each(
        p,
        "source",
        "{inner}",
        '<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text"><em>{text}</em></p>',
    )
    lede = _slot(
        p,
        "video",
        '<div class="video-resource" data-component-name="video-resource" data-autoplay="true" data-video-id="world/2026/11/20/lede.cnn">'
        '<div class="video-resource__player" id="player-lede"></div><div class="video-resource__details">{inner}</div></div>',
        '<h2 class="video-resource__headline">{text}</h2>',
        '<p class="video-resource__description">{text}</p>',
        '<span class="video-resource__meta">{text}</span>',
    )
    gate = _slot(
        p,
        "login",
        '<div class="tve-gate" data-zjs-component="tve-auth" aria-live="polite">{inner}</div>',
        '<h3 class="tve-gate__title">{text}</h3>',
        '<p class="tve-gate__text">{text}</p>',
        '<a class="tve-gate__button" href="/account/tve/providers">{text}</a>',
    )
    return f"""{_slot(p, "notification", '<div class="header__live-bar" data-zjs-component="live-tv-bar"><span class="header__live-dot" aria-hidden="true"></span>{inner}</div>', '<strong class="header__live-label">{text}</strong> ', '<span class="header__live-title">{text}</span> ', '<a class="header__live-link" href="/live-tv">{text}</a>')}
<header class="header" data-editable="header"><a class="brand-logo" href="/">{esc(p.site)}</a>
<nav class="header__nav"><a class="header__nav-item" href="/us">US</a> <a class="header__nav-item" href="/world">World</a> <a class="header__nav-item" href="/politics">Politics</a> <a class="header__nav-item" href="/live-tv">Live TV</a></nav></header>
<section class="layout__wrapper layout-with-rail__wrapper">
<section class="layout__top layout-with-rail__top">
<div class="headline headline--has-lowertext"><h1 class="headline__text inline-placeholder vossi-headline-text" id="maincontent">{esc(p.title)}</h1>
<div class="headline__footer"><div class="headline__byline-sub-text"><div class="byline byline--lite"><span class="byline__names">By <a class="byline__link" href="/profiles/desk">{esc(p.site)} staff</a></span></div>
<div class="timestamp vossi-timestamp">Updated 8:00 AM EST, Fri November 20, 2026</div></div>
{each(p, "share", '<div class="social-share" data-analytics="share-bar">{inner}</div>', '<button class="social-share__button" type="button" data-type="{n}">{text}</button>')}</div></div>
</section>
<section class="layout__wrapper layout-with-rail__wrapper">
<section class="layout__main layout-with-rail__main">
<div class="article__lede-wrapper">{lede}{gate}</div>
<main class="article__main" role="main">
<div class="article__content-container"><div class="article__content" data-editable="content" itemprop="articleBody" data-reorderable="content">
{body}
{credit}
</div></div>
</main>
<div class="article__ugc">{_slot(p, "comments", '<div class="ugc-prompt" data-zjs-component="viewer-footage">{inner}</div>', '<h3 class="ugc-prompt__title">{text}</h3>', '<p class="ugc-prompt__text">{text}</p>', '<a class="ugc-prompt__button" href="/ugc/upload">{text}</a>')}</div>
</section>
<section class="layout__right layout-with-rail__right">
{_slot(p, "error", '<div class="video-resource video-resource--error" data-state="geo-blocked"><div class="video-resource__error">{inner}</div></div>', '<p class="video-resource__error-message">{text}</p>', '<p class="video-resource__error-message">{text}</p>', '<button class="video-resource__retry" type="button">{text}</button>')}
{_slot(p, "donation", '<div class="stream-offer" data-zjs-component="subscription-offer">{inner}</div>', '<h3 class="stream-offer__title">{text}</h3>', '<p class="stream-offer__text">{text}</p>', '<a class="stream-offer__cta" href="https://subscribe.example.com/plans">{text}</a>')}
<div class="zone zone--t-light"><div class="container container_list-headlines">{links(p.teasers(4), _CC_RAIL)}</div></div>
</section>
</section>
</section>
<footer class="footer" data-editable="footer">
{_slot(p, "app", '<div class="footer__app-promo">{inner}</div>', '<p class="footer__app-title">{text}</p>', '<p class="footer__app-text">{text}</p>', '<a class="footer__app-link" href="/apps">{text}</a>')}
<p class="footer__copyright">© 2026 {esc(p.site)}. All Rights Reserved.</p></footer>
{_slot(p, "consent", '<div id="fides-overlay" class="fides-overlay"><div id="fides-banner-container" class="fides-banner fides-banner-bottom" role="dialog"><div id="fides-banner">{inner}</div></div></div>', '<div id="fides-banner-title" class="fides-banner-title">{text}</div>', '<div id="fides-banner-description" class="fides-banner-description">{text}</div>', '<button class="fides-banner-button fides-banner-button-primary" type="button">{text}</button>')}"""


_RN_INLINE = (
    '<li _ngcontent-ng-c2210388 class="teaser-inline__item"><a _ngcontent-ng-c2210388 class="teaser-inline__link" '
    'href="/nachrichten/{slug}">{text}</a></li>'
)
_RN_LIST = (
    '<app-teaser _ngcontent-ng-c3947021 _nghost-ng-c1188340><a _ngcontent-ng-c1188340 class="teaser teaser--compact" '
    'href="/nachrichten/{slug}"><span _ngcontent-ng-c1188340 class="teaser__title">{text}</span></a></app-teaser>'
)


def radio_network_ngcontent(p: Parts) -> str:
    """A radio network's news page rendered by Angular on the server (components as custom tags,
    `_ngcontent` and `_nghost` attributes on everything, paragraphs too): a top ad slot, the
    share row in the header, the listen-to-this-story player above the first paragraph, the
    station-app promo, a headed list and the viewer-photo prompt between paragraphs, the credit
    right after the last paragraph in the same component, a newsletter component under the
    story, a listener-support box and a failed schedule in the aside, a sign-in dialog, the
    sticky on-air bar at the foot of the page and a consent dialog."""
    ng = "_ngcontent-ng-c2210388"
    heading = related_heading(p, f'<h3 {ng} class="teaser-inline__heading">{{text}}</h3>')
    inline = present(
        _slot(
            p,
            "app",
            f'<app-promo-box {ng} _nghost-ng-c4410097><div _ngcontent-ng-c4410097 class="promo-box promo-box--app">{{inner}}</div></app-promo-box>',
            '<p _ngcontent-ng-c4410097 class="promo-box__title">{text}</p>',
            '<p _ngcontent-ng-c4410097 class="promo-box__text">{text}</p>',
            '<a _ngcontent-ng-c4410097 class="promo-box__link" href="/app">{text}</a>',
        ),
        f'<app-teaser-inline {ng} _nghost-ng-c7730215><div _ngcontent-ng-c7730215 class="teaser-inline">{heading}'
        f'<ul _ngcontent-ng-c7730215 class="teaser-inline__list">{links(p.teasers(2), _RN_INLINE)}</ul></div></app-teaser-inline>',
        _slot(
            p,
            "comments",
            f'<app-ugc-box {ng} _nghost-ng-c6602154><div _ngcontent-ng-c6602154 class="ugc-box">{{inner}}</div></app-ugc-box>',
            '<h3 _ngcontent-ng-c6602154 class="ugc-box__title">{text}</h3>',
            '<p _ngcontent-ng-c6602154 class="ugc-box__text">{text}</p>',
            '<a _ngcontent-ng-c6602154 class="ugc-box__button" href="/mitmachen">{text}</a>',
        ),
    )
    body = p.body(
        {
            "p": f'<p {ng} class="article-text">{{text}}</p>',
            "h2": f'<h2 {ng} class="article-subtitle">{{text}}</h2>',
            "quote": f'<blockquote {ng} class="article-quote"><p {ng}>{{text}}</p></blockquote>',
            "ul": f'<ul {ng} class="article-list">{{items}}</ul>',
        },
        inline,
    )
    listen = _slot(
        p,
        "video",
        f'<app-audio-player {ng} _nghost-ng-c9015573><div _ngcontent-ng-c9015573 class="audio-player" data-state="paused">'
        '<button _ngcontent-ng-c9015573 class="audio-player__play" type="button" aria-label="Play"></button>'
        '<div _ngcontent-ng-c9015573 class="audio-player__info">{inner}</div></div></app-audio-player>',
        '<span _ngcontent-ng-c9015573 class="audio-player__title">{text}</span>',
        '<span _ngcontent-ng-c9015573 class="audio-player__subtitle">{text}</span>',
        '<span _ngcontent-ng-c9015573 class="audio-player__meta">{text}</span>',
    )
    credit = each(p, "source", "{inner}", f'<p {ng} class="article-text article-text--credit">{{text}}</p>')
    onair = _slot(
        p,
        "notification",
        '<app-live-bar _nghost-ng-c5512890><div _ngcontent-ng-c5512890 class="live-bar live-bar--sticky">'
        '<button _ngcontent-ng-c5512890 class="live-bar__play" type="button" aria-label="Play"></button>{inner}</div></app-live-bar>',
        '<span _ngcontent-ng-c5512890 class="live-bar__now">{text}</span>',
        '<span _ngcontent-ng-c5512890 class="live-bar__next">{text}</span>',
        '<a _ngcontent-ng-c5512890 class="live-bar__schedule" href="/programm">{text}</a>',
    )
    return f"""<app-root _nghost-ng-c1093477 ng-version="17.3.4">
<app-ad-slot _ngcontent-ng-c1093477 _nghost-ng-c8820411>{_slot(p, "advertising", '<div _ngcontent-ng-c8820411 class="ad-slot ad-slot--billboard" data-slot="billboard"><div _ngcontent-ng-c8820411 id="billboard-1"></div>{inner}</div>', '<span _ngcontent-ng-c8820411 class="ad-slot__label">{text}</span>', '<p _ngcontent-ng-c8820411 class="ad-slot__text">{text}</p>', '<a _ngcontent-ng-c8820411 class="ad-slot__link" href="/werbung">{text}</a>')}</app-ad-slot>
<app-header _ngcontent-ng-c1093477 _nghost-ng-c2048817><header _ngcontent-ng-c2048817 class="site-header"><a _ngcontent-ng-c2048817 class="site-header__logo" href="/">{esc(p.site)}</a>
<nav _ngcontent-ng-c2048817 class="site-header__nav"><a _ngcontent-ng-c2048817 href="/nachrichten">News</a> <a _ngcontent-ng-c2048817 href="/programm">Schedule</a> <a _ngcontent-ng-c2048817 href="/podcasts">Podcasts</a> <a _ngcontent-ng-c2048817 href="/live">Listen live</a></nav></header></app-header>
<main _ngcontent-ng-c1093477 class="page-main">
<app-article _ngcontent-ng-c1093477 _nghost-ng-c2210388>
<article {ng} class="article">
<header {ng} class="article-header"><span {ng} class="article-header__kicker">News</span><h1 {ng} class="article-header__title">{esc(p.title)}</h1>
<div {ng} class="article-header__meta"><span {ng}>{esc(p.site)} newsroom</span> · <time {ng} datetime="2026-11-20T08:00:00Z">20.11.2026, 08:00</time></div>
{each(p, "share", f'<div {ng} class="share-row">{{inner}}</div>', f'<button {ng} class="share-row__button" type="button">{{text}}</button>')}</header>
<div {ng} class="article-body">
{listen}
{body}
{credit}
</div>
</article>
</app-article>
<app-newsletter _ngcontent-ng-c1093477 _nghost-ng-c3381204>{_slot(p, "newsletter", '<section _ngcontent-ng-c3381204 class="newsletter"><form _ngcontent-ng-c3381204 class="newsletter__form" action="/newsletter" method="post">{inner}<input _ngcontent-ng-c3381204 class="newsletter__input" type="email" name="email"></form></section>', '<h2 _ngcontent-ng-c3381204 class="newsletter__title">{text}</h2>', '<p _ngcontent-ng-c3381204 class="newsletter__text">{text}</p>', '<button _ngcontent-ng-c3381204 class="newsletter__submit" type="submit">{text}</button>')}</app-newsletter>
<aside _ngcontent-ng-c1093477 class="page-aside">
{_slot(p, "donation", '<app-support-box _nghost-ng-c7720034><div _ngcontent-ng-c7720034 class="support-box">{inner}</div></app-support-box>', '<h3 _ngcontent-ng-c7720034 class="support-box__title">{text}</h3>', '<p _ngcontent-ng-c7720034 class="support-box__text">{text}</p>', '<a _ngcontent-ng-c7720034 class="support-box__button" href="/unterstuetzen">{text}</a>')}
{_slot(p, "error", '<app-schedule-widget _nghost-ng-c6006127><div _ngcontent-ng-c6006127 class="schedule-widget schedule-widget--error">{inner}</div></app-schedule-widget>', '<p _ngcontent-ng-c6006127 class="schedule-widget__error">{text}</p>', '<p _ngcontent-ng-c6006127 class="schedule-widget__error">{text}</p>', '<button _ngcontent-ng-c6006127 class="schedule-widget__retry" type="button">{text}</button>')}
<app-teaser-list _ngcontent-ng-c1093477 _nghost-ng-c3947021><div _ngcontent-ng-c3947021 class="teaser-list">{links(p.teasers(4), _RN_LIST)}</div></app-teaser-list>
</aside>
</main>
<app-footer _ngcontent-ng-c1093477 _nghost-ng-c9931025><footer _ngcontent-ng-c9931025 class="site-footer"><p _ngcontent-ng-c9931025>© 2026 {esc(p.site)} · Radio network</p></footer></app-footer>
{onair}
</app-root>
{_slot(p, "login", '<div class="cdk-overlay-container"><div class="cdk-overlay-pane"><mat-dialog-container class="mat-mdc-dialog-container" role="dialog"><div class="login-dialog">{inner}</div></mat-dialog-container></div></div>', '<h2 class="login-dialog__title">{text}</h2>', '<p class="login-dialog__text">{text}</p>', '<button class="login-dialog__button" type="button">{text}</button>')}
{_slot(p, "consent", '<div id="lanyard_root"><div class="ketch-banner" role="dialog" aria-modal="true">{inner}</div></div>', '<h2 class="ketch-banner__title">{text}</h2>', '<p class="ketch-banner__text">{text}</p>', '<button class="ketch-banner__button" type="button">{text}</button>')}"""


_VF_RAIL = (
    '<a class="sc-kAyceB hXqTfN" href="/video/{slug}"><div class="sc-gPpHY fWzNpT"><img class="sc-bBrHrO kJxRmL" '
    'src="https://img.example.com/vertical/{slug}.jpg" alt=""></div><p class="sc-iGgWBj bVtQeS">{text}</p></a>'
)
_VF_INLINE = '<li class="sc-dkrFOg eRwXpQ"><a class="sc-hLBbgP gTzUmV" href="/video/{slug}">{text}</a></li>'


def video_first_vertical(p: Parts) -> str:
    """A video-first digital outlet's story page built with styled-components (`sc-` hashed
    classes everywhere, the text under a vertical video): a toast over everything, the vertical
    player with the autoplay caption and a geo-block overlay above the story, the production
    credit above the first paragraph, a pre-roll sponsor card, a supporters' appeal and a short
    headed list between paragraphs, the follow buttons right after the last paragraph inside
    the text, newsletter and comments below, the "up next" rail, an app bar, a sign-up sheet and
    a consent card outside."""
    heading = related_heading(p, '<h4 class="sc-jTrPJq dXkQmR">{text}</h4>')
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="sc-cwSeag jHnOmB" data-testid="sponsor-card">{inner}</div>',
            '<span class="sc-eDvSVe kPqLsW">{text}</span>',
            '<p class="sc-jSUZER bXaYwC">{text}</p>',
            '<span class="sc-gKPRtg fRzTpA">{text}</span>',
        ),
        _slot(
            p,
            "donation",
            '<div class="sc-iBkjds cMnWqE" data-testid="support-card">{inner}</div>',
            '<h3 class="sc-ftvSup hVbYtK">{text}</h3>',
            '<p class="sc-papXJ dLwNzR">{text}</p>',
            '<a class="sc-jqUVSM gPyBvS" href="/support">{text}</a>',
        ),
        f'<div class="sc-crHmcD kWvYtZ" data-testid="inline-related">{heading}<ul class="sc-egkSDF iUzPqO">{links(p.teasers(2), _VF_INLINE)}</ul></div>',
    )
    body = p.body(
        {
            "p": '<p class="sc-bcXHqe sc-jSMfEi lmnGQc">{text}</p>',
            "h2": '<h2 class="sc-bcXHqe sc-gswNZR hqvMzU">{text}</h2>',
            "quote": '<blockquote class="sc-csuSiG fLqbVo"><p class="sc-bcXHqe sc-jSMfEi lmnGQc">{text}</p></blockquote>',
            "ul": '<ul class="sc-fnykZs bRmZxJ">{items}</ul>',
        },
        inline,
    )
    credit = each(p, "source", '<div class="sc-hiMGwR cXpLbM">{inner}</div>', '<p class="sc-ipEyDJ hQwJzE">{text}</p>')
    follow = inline_box(
        p,
        "share",
        '<div class="sc-gueYoa fTqKxB" data-testid="follow-row">{inner}</div>',
        "button",
        ' class="sc-dmqHEX jVwNrA" type="button"',
    )
    player = _slot(
        p,
        "video",
        '<div class="sc-furwcr iZxKpN" data-testid="player-caption">{inner}</div>',
        '<p class="sc-pyfCe bGkXwQ">{text}</p>',
        '<p class="sc-jrcTuL eNhPyW">{text}</p>',
        '<span class="sc-kDvujY mCzRtL">{text}</span>',
    )
    blocked = _slot(
        p,
        "error",
        '<div class="sc-ksZaOG lPqRxN" data-testid="player-error" role="alert">{inner}</div>',
        '<p class="sc-hHTYSt dRvKzQ">{text}</p>',
        '<p class="sc-hHTYSt dRvKzQ">{text}</p>',
        '<button class="sc-lbOyJj fHnXpW" type="button">{text}</button>',
    )
    return f"""<div id="root"><div class="sc-bgqQcB cVbnWq">
{_slot(p, "notification", '<div class="sc-imWYAI kLvZpC" role="status" data-testid="toast">{inner}</div>', '<p class="sc-jlZhew cPdRkU">{text}</p>', '<p class="sc-jlZhew cPdRkU">{text}</p>', '<a class="sc-cfxfcM hWqRmD" href="/live">{text}</a>')}
<header class="sc-lllmON gWzXpL"><a class="sc-iqcoie jKpTqW" href="/">{esc(p.site)}</a>
<nav class="sc-gikAfH bYwNpR"><a href="/news">News</a> <a href="/explainers">Explainers</a> <a href="/shows">Shows</a> <a href="/climate">Climate</a></nav></header>
<main class="sc-fLcnxK eTwPbQ">
<div class="sc-bjfHbI dXkWpZ" data-testid="vertical-player"><div class="sc-gjLLEI hTqZmB"><video class="sc-jfvxQR kQwRpZ" playsinline muted autoplay poster="https://img.example.com/vertical/poster.jpg"></video>{blocked}</div>{player}</div>
<article class="sc-dAbbOL fMqWzL">
<h1 class="sc-fmKFGs jZpQbW">{esc(p.title)}</h1>
<p class="sc-dwnOUR hKqWmP"><a href="/team/newsroom">{esc(p.site)} newsroom</a> · <time datetime="2026-11-20T08:00:00Z">Nov 20, 2026</time></p>
<div class="sc-hBtRBD lWpXkN" data-testid="story-text">
{credit}
{body}
{follow}
</div>
</article>
{_slot(p, "newsletter", '<section class="sc-bUbCnL iQxWpT" data-testid="newsletter"><form class="sc-jtcaXd hPzRqW" action="/api/newsletter" method="post">{inner}<input class="sc-dPyBCJ bZkWxM" type="email" name="email"></form></section>', '<h2 class="sc-bBABsx gRwPqK">{text}</h2>', '<p class="sc-cOxWqc eMzLpT">{text}</p>', '<button class="sc-olbas kXqRwP" type="submit">{text}</button>')}
<section class="sc-iTFTee dWqLnK" id="comments">{_slot(p, "comments", '<div class="sc-fbYMXx hLwQpZ">{inner}</div>', '<h2 class="sc-kMjNwy cPqZxW">{text}</h2>', '<p class="sc-iKGpAt eXwQmN">{text}</p>', '<button class="sc-cyRfQX gLpWzT" type="button">{text}</button>')}</section>
<section class="sc-jIRcFI kNpQxR" data-testid="up-next-rail">{links(p.teasers(4), _VF_RAIL)}</section>
</main>
<footer class="sc-gVAlfg hYqWpZ"><p>© 2026 {esc(p.site)} Studios</p></footer>
{_slot(p, "app", '<div class="sc-kgTSHT cZwPqL" data-testid="app-bar">{inner}</div>', '<p class="sc-bZkfAO gQxWmR">{text}</p>', '<p class="sc-ehvNnt kPzLwQ">{text}</p>', '<a class="sc-dZoequ jXpRqT" href="https://app.example.com/open">{text}</a>')}
</div></div>
{_slot(p, "login", '<div class="sc-ivTmOn bQzWpX" role="dialog" data-testid="signup-sheet">{inner}</div>', '<h2 class="sc-eKBdFk hRwPqZ">{text}</h2>', '<p class="sc-hknOHE dLzXqW">{text}</p>', '<button class="sc-bjUoiL gKpWzR" type="button">{text}</button>')}
{_slot(p, "consent", '<div id="axeptio_overlay" class="axeptio_mount"><div class="axeptio_widget" role="dialog">{inner}</div></div>', '<h3 class="axeptio_title">{text}</h3>', '<p class="axeptio_text">{text}</p>', '<button class="axeptio_btn" type="button">{text}</button>')}"""


_SN_INLINE = '<li data-testid="inline-story"><a data-testid="inline-story-link" href="/stories/{slug}">{text}</a></li>'
_SN_SHELF = (
    '<li class="shelf__tile" data-testid="tile"><a class="tile" href="/stories/{slug}" data-testid="tile-link">'
    '<div class="tile__art"><img src="https://art.example.com/tiles/{slug}.jpg" alt=""></div>'
    '<div class="tile__title" data-testid="tile-title">{text}</div></a></li>'
)


def streaming_news_watch(p: Parts) -> str:
    """A streaming news service's story page (React, `data-testid` hooks, the article under its
    player): the programme strip in the top bar, the full-episode panel with a geo-restriction
    overlay in the player, share buttons under the title, the sign-in-to-watch prompt above the
    first paragraph, an ad, a source line and a short related list between paragraphs, the free
    trial offer right after the last paragraph in the same container, newsletter and comments
    below, a shelf of stories, a smart-TV row and a consent sheet outside."""
    heading = related_heading(p, '<h3 data-testid="inline-stories-heading">{text}</h3>')
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="ad-container" data-testid="ad-container" data-ad-position="midroll-1"><div class="ad-container__slot"></div>{inner}</div>',
            '<div class="ad-container__label" data-testid="ad-label">{text}</div>',
            '<div class="ad-container__copy">{text}</div>',
            '<a class="ad-container__cta" href="/ads/click?pos=1" rel="sponsored">{text}</a>',
        ),
        each(
            p,
            "source",
            '<div class="story-credit" data-testid="story-credit">{inner}</div>',
            '<span class="story-credit__line">{text}</span>',
        ),
        f'<aside class="inline-stories" data-testid="inline-stories">{heading}<ul>{links(p.teasers(2), _SN_INLINE)}</ul></aside>',
    )
    body = p.body(
        {
            "p": '<p data-testid="story-paragraph">{text}</p>',
            "h2": '<h2 data-testid="story-heading">{text}</h2>',
            "quote": '<blockquote data-testid="story-quote"><p data-testid="story-paragraph">{text}</p></blockquote>',
            "ul": '<ul data-testid="story-list">{items}</ul>',
        },
        inline,
    )
    gate = _slot(
        p,
        "login",
        '<div class="auth-prompt" data-testid="auth-prompt">{inner}</div>',
        '<h3 class="auth-prompt__title">{text}</h3>',
        '<p class="auth-prompt__body">{text}</p>',
        '<button class="auth-prompt__button" type="button" data-testid="auth-prompt-cta">{text}</button>',
    )
    trial = _slot(
        p,
        "donation",
        '<div class="upsell" data-testid="upsell-inline">{inner}</div>',
        '<h3 class="upsell__title">{text}</h3>',
        '<p class="upsell__body">{text}</p>',
        '<a class="upsell__cta" href="/signup/plans" data-testid="upsell-cta">{text}</a>',
    )
    episode = _slot(
        p,
        "video",
        '<div class="player-meta" data-testid="player-meta">{inner}</div>',
        '<div class="player-meta__eyebrow">{text}</div>',
        '<div class="player-meta__title">{text}</div>',
        '<span class="player-meta__badge">{text}</span>',
    )
    overlay = _slot(
        p,
        "error",
        '<div class="player-overlay player-overlay--error" data-testid="player-error">{inner}</div>',
        '<p class="player-overlay__message">{text}</p>',
        '<p class="player-overlay__message">{text}</p>',
        '<button class="player-overlay__button" type="button">{text}</button>',
    )
    return f"""<div id="app-root" data-testid="app-root">
<div class="top-bar" data-testid="top-bar"><a class="top-bar__logo" href="/">{esc(p.site)}</a>
<nav class="top-bar__nav" data-testid="top-nav"><a href="/live">Live</a> <a href="/shows">Shows</a> <a href="/stories">Stories</a> <a href="/search">Search</a></nav>
{_slot(p, "notification", '<div class="now-next" data-testid="now-next">{inner}</div>', '<span class="now-next__now">{text}</span> ', '<span class="now-next__next">{text}</span> ', '<a class="now-next__guide" href="/guide">{text}</a>')}</div>
<main class="watch-page" data-testid="watch-page">
<section class="hero-player" data-testid="hero-player"><div class="video-js vjs-fluid" id="main-player" data-testid="player"><div class="vjs-poster"></div>{overlay}</div>{episode}</section>
<article class="story" data-testid="story">
<header class="story__header"><h1 class="story__title" data-testid="story-title">{esc(p.title)}</h1>
<div class="story__meta"><span data-testid="story-byline">{esc(p.site)}</span> <time data-testid="story-date" datetime="2026-11-20T08:00:00Z">November 20, 2026</time></div>
{each(p, "share", '<div class="story__actions" data-testid="story-actions">{inner}</div>', '<button class="action-button" type="button" data-testid="action-{n}">{text}</button>')}</header>
<div class="story__body" data-testid="story-body">
{gate}
{body}
{trial}
</div>
</article>
{_slot(p, "newsletter", '<section class="signup" data-testid="newsletter-signup"><form class="signup__form" action="/api/newsletter" method="post">{inner}<input class="signup__input" type="email" name="email" data-testid="newsletter-email"></form></section>', '<h2 class="signup__title">{text}</h2>', '<p class="signup__body">{text}</p>', '<button class="signup__button" type="submit">{text}</button>')}
<section class="discussion" data-testid="discussion">{_slot(p, "comments", '<div class="discussion__header">{inner}</div>', '<h2 class="discussion__title">{text}</h2>', '<p class="discussion__note">{text}</p>', '<button class="discussion__button" type="button">{text}</button>')}</section>
<section class="shelf" data-testid="shelf"><ul class="shelf__row">{links(p.teasers(4), _SN_SHELF)}</ul></section>
</main>
<footer class="app-footer" data-testid="footer">
{_slot(p, "app", '<div class="device-row" data-testid="devices">{inner}</div>', '<p class="device-row__title">{text}</p>', '<p class="device-row__text">{text}</p>', '<a class="device-row__link" href="/devices">{text}</a>')}
<p class="app-footer__legal">© 2026 {esc(p.site)} Streaming LLC</p></footer>
</div>
{_slot(p, "consent", '<div class="consent-sheet" data-testid="consent-sheet" role="dialog" aria-modal="true">{inner}</div>', '<h2 class="consent-sheet__title">{text}</h2>', '<p class="consent-sheet__body">{text}</p>', '<button class="consent-sheet__button" type="button">{text}</button>')}"""


_SB_INLINE = '<li class="story-links__item"><a class="story-links__anchor" href="/football/news/{slug}">{text}</a></li>'
_SB_RAIL = (
    '<li class="news-list__item"><a class="news-list__link" href="/football/news/{slug}">'
    '<img class="news-list__img" src="/images/thumb/{slug}.jpg" alt=""><span class="news-list__headline">{text}</span></a></li>'
)


def sports_broadcaster_report(p: Parts) -> str:
    """A sports broadcaster's news story with schema.org microdata (`itemprop="articleBody"`,
    plain paragraphs): the scores ticker above the header, the presenter follow buttons above
    the first paragraph, the highlights player with clip chapters, a betting odds box and a
    headed list between paragraphs, the "send us your videos" prompt right after the last
    paragraph inside the body, the credit under the byline, a sports-pass sign-in under the
    story, the pass offer, a newsletter form and a broken scores widget in the rail, the app
    promo in the footer and a consent banner."""
    heading = related_heading(p, '<h3 class="story-links__title">{text}</h3>')
    inline = present(
        _slot(
            p,
            "video",
            '<div class="sdc-video-player" data-component="highlights" data-autoplay="false"><div class="sdc-video-player__frame"></div><div class="sdc-video-player__info">{inner}</div></div>',
            '<h4 class="sdc-video-player__heading">{text}</h4>',
            '<p class="sdc-video-player__caption">{text}</p>',
            '<span class="sdc-video-player__chapter">{text}</span>',
        ),
        _slot(
            p,
            "advertising",
            '<div class="odds-box" data-component="odds"><img class="odds-box__logo" src="/images/partners/bookmaker.svg" alt="">{inner}</div>',
            '<p class="odds-box__title">{text}</p>',
            '<p class="odds-box__small-print">{text}</p>',
            '<span class="odds-box__price">{text}</span>',
        ),
        f'<div class="story-links" data-component="related-stories">{heading}<ul class="story-links__list">{links(p.teasers(3), _SB_INLINE)}</ul></div>',
    )
    body = p.body(
        {
            "p": "<p>{text}</p>",
            "h2": "<h3>{text}</h3>",
            "quote": "<blockquote><p>{text}</p></blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    follow = each(
        p,
        "share",
        '<div class="presenter-follow" data-component="follow">{inner}</div>',
        '<button class="presenter-follow__button" type="button" data-follow-id="{n}">{text}</button>',
    )
    ugc = _slot(
        p,
        "comments",
        '<div class="ugc-callout" data-component="ugc-callout">{inner}</div>',
        '<h4 class="ugc-callout__title">{text}</h4>',
        '<p class="ugc-callout__text">{text}</p>',
        '<a class="ugc-callout__link" href="/yourvideos">{text}</a>',
    )
    ticker = inline_box(
        p,
        "notification",
        '<div class="score-ticker" data-component="ticker"><ul class="score-ticker__list">{inner}</ul></div>',
        "li",
        ' class="score-ticker__item"',
        "",
    )
    return f"""{ticker}
<header class="site-header site-header--sport"><a class="site-header__logo" href="/">{esc(p.site)}</a>
<nav class="site-header__nav"><a href="/football">Football</a> <a href="/cricket">Cricket</a> <a href="/f1">F1</a> <a href="/watch">Watch</a> <a href="/tv-guide">TV guide</a></nav></header>
<div class="page-grid">
<main class="page-grid__main">
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<div class="story__header"><h1 class="story__headline" itemprop="headline">{esc(p.title)}</h1>
<div class="story__byline"><span itemprop="author">{esc(p.site)} Sport reporter</span> <time itemprop="datePublished" datetime="2026-11-20T08:00:00Z">Friday 20 November 2026 08:00, UK</time></div>
{each(p, "source", '<div class="story__credits">{inner}</div>', '<p class="story__credit"><small>{text}</small></p>')}</div>
<div class="story__body" itemprop="articleBody">
{follow}
{body}
{ugc}
</div>
</article>
{_slot(p, "login", '<div class="pass-signin" data-component="pass-signin">{inner}</div>', '<h2 class="pass-signin__title">{text}</h2>', '<p class="pass-signin__text">{text}</p>', '<a class="pass-signin__button" href="/account/signin">{text}</a>')}
</main>
<aside class="page-grid__rail">
{_slot(p, "donation", '<div class="rail-offer" data-component="pass-offer">{inner}</div>', '<h3 class="rail-offer__title">{text}</h3>', '<p class="rail-offer__text">{text}</p>', '<a class="rail-offer__button" href="/pass">{text}</a>')}
{_slot(p, "newsletter", '<div class="rail-newsletter"><form action="/newsletter/sport" method="post">{inner}<input type="email" name="email" class="rail-newsletter__input"></form></div>', '<h3 class="rail-newsletter__title">{text}</h3>', '<p class="rail-newsletter__text">{text}</p>', '<button class="rail-newsletter__button" type="submit">{text}</button>')}
{_slot(p, "error", '<div class="scores-widget scores-widget--failed">{inner}</div>', '<p class="scores-widget__message">{text}</p>', '<p class="scores-widget__message">{text}</p>', '<button class="scores-widget__retry" type="button">{text}</button>')}
<ul class="news-list">{links(p.teasers(4), _SB_RAIL)}</ul>
</aside>
</div>
<footer class="site-footer">
{_slot(p, "app", '<div class="site-footer__apps">{inner}</div>', '<p class="site-footer__apps-title">{text}</p>', '<p class="site-footer__apps-text">{text}</p>', '<a class="site-footer__apps-link" href="/apps">{text}</a>')}
<p class="site-footer__legal">© 2026 {esc(p.site)}. All rights reserved.</p></footer>
{_slot(p, "consent", '<div class="cookie-banner cookie-banner--bottom" role="region" aria-label="Cookies">{inner}</div>', '<h2 class="cookie-banner__title">{text}</h2>', '<p class="cookie-banner__text">{text}</p>', '<button class="cookie-banner__button" type="button">{text}</button>')}"""


_IC_INLINE = '<li class="read-more__item"><a href="/en/news/{slug}" class="read-more__link">{text}</a></li>'
_IC_RAIL = (
    '<div class="media media--teaser"><a class="media__link" href="/en/news/{slug}"><div class="media__body">'
    '<h4 class="media__title">{text}</h4></div></a></div>'
)


def intl_channel_bootstrap(p: Parts) -> str:
    """An international 24-hour news channel on a Bootstrap grid (`container`, `row`, `col-md-*`,
    paragraphs plain `<p>` in a `longText` div): the watch-live bar with the programme in the
    navbar, the share column beside the text, the agency credit above the first paragraph, the
    smart-TV promo, a geo-blocked embed, a headed read-more list and a sponsor slot between
    paragraphs, the "as seen on" programme panel right after the last paragraph in the same
    div, comments under the article, a provider sign-in modal, an ad-free upsell and a newsletter
    in the right column, and a consent bar."""
    heading = related_heading(p, '<h4 class="read-more__heading">{text}</h4>')
    inline = present(
        _slot(
            p,
            "app",
            '<div class="card card--promo my-4"><div class="card-body">{inner}</div></div>',
            '<h5 class="card-title">{text}</h5>',
            '<p class="card-text">{text}</p>',
            '<a class="btn btn-outline-primary btn-sm" href="/en/apps">{text}</a>',
        ),
        _slot(
            p,
            "error",
            '<div class="embed-responsive embed-responsive-16by9 embed--blocked"><div class="alert alert-secondary" role="alert">{inner}</div></div>',
            '<p class="mb-1">{text}</p>',
            '<p class="mb-1">{text}</p>',
            '<a class="alert-link" href="#">{text}</a>',
        ),
        f'<div class="read-more my-4">{heading}<ul class="list-unstyled read-more__list">{links(p.teasers(2), _IC_INLINE)}</ul></div>',
        _slot(
            p,
            "advertising",
            '<div class="adv adv--inread text-center"><div id="inread-1" class="adv__slot"></div>{inner}</div>',
            '<small class="adv__label text-muted">{text}</small>',
            '<p class="adv__text small">{text}</p>',
            '<small class="adv__label text-muted">{text}</small>',
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
    agency = each(p, "source", "{inner}", '<p class="article__credit"><em>{text}</em></p>')
    programme = _slot(
        p,
        "video",
        '<div class="programme-panel media border-top pt-3 mt-4"><img class="programme-panel__thumb mr-3" src="/img/programmes/panel.jpg" alt=""><div class="media-body">{inner}</div></div>',
        '<h5 class="programme-panel__title mt-0">{text}</h5>',
        '<p class="programme-panel__text">{text}</p>',
        '<span class="badge badge-light programme-panel__meta">{text}</span> ',
    )
    live = _slot(
        p,
        "notification",
        '<div class="navbar-text live-bar d-none d-md-block"><span class="live-bar__dot"></span>{inner}</div>',
        '<span class="live-bar__now font-weight-bold">{text}</span> ',
        '<span class="live-bar__next">{text}</span> ',
        '<a class="live-bar__link btn btn-danger btn-sm" href="/en/live">{text}</a>',
    )
    return f"""<nav class="navbar navbar-expand-lg navbar-dark bg-dark fixed-top"><div class="container">
<a class="navbar-brand" href="/en/">{esc(p.site)}</a>
<ul class="navbar-nav mr-auto"><li class="nav-item"><a class="nav-link" href="/en/world">World</a></li><li class="nav-item"><a class="nav-link" href="/en/business">Business</a></li><li class="nav-item"><a class="nav-link" href="/en/programmes">Programmes</a></li></ul>
{live}</div></nav>
<div class="container main-container">
<div class="row">
<div class="col-md-8">
<article class="article">
<h1 class="article__title">{esc(p.title)}</h1>
<div class="article__meta text-muted small">{esc(p.site)} with agencies · <time datetime="2026-11-20T08:00:00Z">20/11/2026 - 08:00 GMT</time></div>
<div class="row">
<div class="col-1 d-none d-md-block">{each(p, "share", '<div class="share-column sticky-top">{inner}</div>', '<a class="share-column__btn btn btn-light btn-block" href="#" title="share-{n}">{text}</a>')}</div>
<div class="col-md-11">
<div class="article__text longText">
{agency}
{body}
{programme}
</div>
</div>
</div>
</article>
<div class="comments-block mt-5" id="comments">{_slot(p, "comments", '<div class="comments-block__head">{inner}</div>', '<h3 class="comments-block__title">{text}</h3>', '<p class="comments-block__note">{text}</p>', '<button class="btn btn-link comments-block__more" type="button">{text}</button>')}</div>
</div>
<div class="col-md-4">
{_slot(p, "donation", '<div class="card bg-light mb-4 upsell-card"><div class="card-body">{inner}</div></div>', '<h5 class="card-title">{text}</h5>', '<p class="card-text">{text}</p>', '<a class="btn btn-primary" href="/en/plus">{text}</a>')}
{_slot(p, "newsletter", '<div class="card mb-4 newsletter-card"><div class="card-body"><form action="/en/newsletter" method="post">{inner}<input class="form-control" type="email" name="email"></form></div></div>', '<h5 class="card-title">{text}</h5>', '<p class="card-text">{text}</p>', '<button class="btn btn-dark btn-block" type="submit">{text}</button>')}
<div class="most-viewed">{links(p.teasers(4), _IC_RAIL)}</div>
</div>
</div>
</div>
<footer class="footer bg-dark text-light py-4"><div class="container"><p class="mb-0">© 2026 {esc(p.site)} International</p></div></footer>
{_slot(p, "login", '<div class="modal fade show" id="providerModal" tabindex="-1" role="dialog" style="display:block"><div class="modal-dialog modal-dialog-centered"><div class="modal-content"><div class="modal-body">{inner}</div></div></div></div>', '<h5 class="modal-title">{text}</h5>', "<p>{text}</p>", '<button class="btn btn-primary" type="button">{text}</button>')}
{_slot(p, "consent", '<div class="cookie-consent fixed-bottom bg-white border-top p-3" role="dialog"><div class="container">{inner}</div></div>', '<p class="cookie-consent__title font-weight-bold">{text}</p>', '<p class="cookie-consent__text small">{text}</p>', '<button class="btn btn-sm btn-outline-dark cookie-consent__button" type="button">{text}</button> ')}"""


SHAPES = (
    cable_channel_zones,
    radio_network_ngcontent,
    video_first_vertical,
    streaming_news_watch,
    sports_broadcaster_report,
    intl_channel_bootstrap,
)
