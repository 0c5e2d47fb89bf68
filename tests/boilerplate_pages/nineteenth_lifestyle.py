"""Half of the nineteenth part: six shapes of lifestyle sites that publish news (a food and restaurant
news site with recipe cards, an AMP travel-deals desk, a fashion and beauty site with shop-the-look
carousels, a parenting portal with a forum on an old table layout, a home and garden magazine with
product picks and a wellness site with quizzes and app trials), with their wording, written after
eighteen rounds of tuning without reading newsmon's rules, to hide boilerplate from markup. It was
half of the held-out part, measured untouched (both halves: newsmon kept 271 of 3,070 boilerplate
lines, 8.8%, and 99.2% of the body), then tuned on structure (templates, fixed overlays, custom
elements, one-column tables, boxes beside the article's cell, questions and fragments beside
buttons) and on the commoner wording families (presumption of innocence, press trips, editorial
independence, recipe credits, meters and e-editions, pledge drives, on-air lines, public notices,
closed comments), not line by line: lines that read like news (a transit alert, a weather warning)
pasted among the article's own paragraphs still survive, so this part is held to a bound, not to
zero."""

from __future__ import annotations

from tests.boilerplate_pages.junk import Blocks
from tests.boilerplate_pages.page import (
    FOOTER,
    NAV,
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
                "Shop the ingredients",
                "Everything for this recipe from Greengate Grocers, delivered tomorrow morning.",
                "Add all 9 items to basket",
            ],
            [
                "Where to stay",
                "Casa Aurelia · 4★ · from £94 a night",
                "Free cancellation on most rooms",
                "See prices on Roamly",
            ],
            [
                "Shop the look",
                "Wool-blend wrap coat, £129",
                "Suede ankle boots, £98",
                "Gold hoop earrings, £22",
                "We earn a commission if you buy through these links.",
            ],
            [
                "Our picks",
                "Cordless hedge trimmer, £89 at Toolhaus",
                "Stoneware planter set, £34 at Verde Living",
                "See all 12 picks",
            ],
            [
                "Paid partnership",
                "Lumen Skin's overnight serum is 25% off this week with code GLOW25.",
                "Shop the serum",
            ],
            ["Cheap flights from your nearest airport", "Bristol → Faro from £41 return", "Search with Skylark"],
        ],
        "donation": [
            [
                "Kitchen Club",
                "Ad-free recipes, printable meal plans and a live cookalong with our test kitchen every month.",
                "Join for £2.99 a month",
                "Cancel in two clicks",
            ],
            [
                "We pay our own way",
                "Our travel writers never accept free trips in return for coverage. Readers who chip in keep it that way.",
                "Give £3 a month",
            ],
            ["Get the print edition", "Six issues for £9.99, plus a free linen apron with your first delivery."],
            [
                "Free for every parent, thanks to you",
                "Supporters fund our sleep and feeding guides so nobody hits a paywall at 3am.",
                "Become a supporter",
            ],
            ["Unlock 14,000 tested recipes", "Start your 30-day free trial"],
        ],
        "notification": [
            ["Price alert", "Flights to Porto are 18% cheaper than yesterday", "Track this route"],
            ["Frost tonight in your area", "Move tender pots under cover before dark.", "Get garden weather alerts"],
            [
                "Your November planner",
                "Plant tulip bulbs",
                "Lift and store dahlias",
                "Clean and oil your tools",
                "Open the full planner",
            ],
            ["Back in stock", "The camel trench from our autumn edit is back in sizes 6–18.", "Remind me"],
            [
                "New table alerts",
                "Hear first when a restaurant you follow releases bookings.",
                "Allow alerts",
                "Not now, thanks",
            ],
        ],
        "app": [
            [
                "Send it to your shopping list",
                "One tap puts every ingredient in our free app, ready to tick off in the shop.",
                "Get the free shopping-list app",
            ],
            [
                "Try Calmwell free for 7 days",
                "Guided breathing, sleep stories and a mood tracker. £7.99 a month after your trial.",
                "Start 7 calm days free",
            ],
            ["Plan the trip offline", "Maps, bookings and saved guides in the Wanderlane app.", "iPhone", "Android"],
            ["Not sure what that plant is?", "Snap it and our app will name it from more than 20,000 species."],
            ["Track feeds, naps and nappies", "Join 2 million parents on Little Days", "Install free"],
        ],
        "newsletter": [
            [
                "What's for dinner?",
                "Five easy weeknight recipes in your inbox every Sunday.",
                "name@youremail.com",
                "Send me the Sunday recipes",
            ],
            ["Escape Route", "Fare drops, new routes and travel news every Thursday.", "Sign up free"],
            ["The Edit", "The drops, trends and beauty buys actually worth your money, once a week."],
            [
                "Bump to Baby",
                "Week-by-week emails matched to your due date.",
                "Add your due date",
                "Start my week-by-week emails",
            ],
            [
                "The monthly garden planner",
                "A to-do list for your plot, free by email.",
                "Send me the planner",
                "Unsubscribe with one click.",
            ],
        ],
        "comments": [
            ["Rate this recipe", "4.6 from 318 ratings", "Leave a rating"],
            ["Made it?", "Tell us how it went in the comments below.", "Read 92 comments"],
            [
                "Over to you",
                "Have you flown long-haul with a toddler? Share your tips in our parents' forum.",
                "Post in Toddler Travel",
            ],
            ["Quick quiz: how rested are you really?", "8 questions · 2 minutes", "Take the quiz"],
            ["Ask our gardening expert", "She answers a handful of reader questions every Friday.", "Send a question"],
        ],
        "login": [
            [
                "Save it to your cookbook",
                "Sign in or create a free account to collect recipes and share shopping lists.",
                "Sign in with email",
            ],
            ["Members see lower prices", "Log in to save up to 15% on selected hotels.", "Log in or join free"],
            ["Your wishlist is waiting", "Sign in to save looks and get price-drop emails.", "Sign in with Apple ID"],
            ["Please log in to reply in the forum.", "Forgotten your password?"],
        ],
        "video": [
            ["Watch: how to fold the perfect dumpling", "1:48"],
            ["48 hours in Valencia on a budget", "Next destination", "6:12"],
            ["Get ready with our beauty editor", "The five-minute glow routine, step by step.", "Play the tutorial"],
            ["How to plant bulbs in pots", "Video · 3 min", "Captions on"],
        ],
        "source": [
            [
                "We independently review everything we recommend. "
                "When you buy through our links, we may earn a commission."
            ],
            ["Travel advice changes quickly. Always check official government guidance before you book."],
            [
                "This article is general information and is no substitute for advice from your GP, midwife or health visitor."
            ],
            ["The writer's stay was provided by the hotel.", "Our editors had the final say over this review."],
            ["Recipe testing by Priya Nandakumar. Food styling: Alice Beaumont. Photography: Tom Ravel."],
            ["Age guide: the advice in this piece is for children aged one to four."],
        ],
        "share": [
            ["Jump to recipe", "Print recipe", "Pin for later"],
            ["Share this guide", "Send it on WhatsApp", "Email it to a travel buddy", "Copy the guide link"],
            ["Love this look?", "Pin to Pinterest", "Add to your story"],
            ["Send to your partner", "Share by text", "Share by email"],
        ],
        "error": [
            ["The booking widget isn't loading right now. Please try again in a few minutes."],
            ["Sorry, this product is no longer available.", "See similar items"],
            ["We couldn't load the nutrition information for this recipe."],
            ["The quiz failed to load.", "Reload the quiz"],
            ["Prices couldn't be refreshed. Showing the last price we found."],
        ],
        "consent": [
            [
                "A quick word about cookies (the other kind)",
                "We and 143 partners store and access information on your device to personalise recipes, ads and content.",
                "That's fine",
                "Manage my choices",
            ],
            ["Instagram post hidden", "Allow social media cookies to see this post.", "Show Instagram post"],
            ["Pinterest board", "This embed may set tracking cookies.", "Load Pinterest"],
            ["Choose your cookies", "Strictly necessary only", "Accept every cookie"],
        ],
        "related": [
            ["More dinner ideas"],
            ["You might also like these trips"],
            ["As seen in this story"],
            ["Popular with parents"],
            ["More from Homes & Gardens"],
            ["Feel-good reads"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Anzeige | Rezeptzutaten",
                "Alles für diese Lasagne in einem Korb – in 24 Stunden geliefert von Frischkorb.",
                "In den Warenkorb legen",
            ],
            [
                "Unsere Hotelempfehlung*",
                "Gasthof Alpenrose, Oberstdorf · 4 Sterne · DZ ab 118 €",
                "*Affiliate-Link: Bei einer Buchung erhalten wir eine Provision.",
                "Zimmer & Preise ansehen",
            ],
            [
                "Shop the Look",
                "Strickcardigan aus Merino, 89,95 €",
                "Loafer aus Veloursleder, 119 €",
                "Wir verdienen an Käufen über diese Links mit.",
            ],
            ["Sonderaktion im Gartencenter Brunnhof", "Akku-Rasenmäher jetzt 30 % günstiger", "Zur Aktion"],
            ["Pauschalreise-Deal", "1 Woche Kreta, Flug + Hotel + Frühstück ab 579 € p. P.", "Deal sichern"],
        ],
        "donation": [
            [
                "KochPlus – werbefrei genießen",
                "Alle Rezepte ohne Werbung, Wochenpläne zum Ausdrucken und Einkaufslisten zum Abhaken.",
                "4 Wochen kostenlos",
                "Danach 3,99 € monatlich",
            ],
            [
                "Wir lassen uns keine Reisen bezahlen",
                "Damit das so bleibt, brauchen wir Leserinnen und Leser, die uns unterstützen.",
                "Mit 5 € helfen",
            ],
            ["Jahresabo mit Prämie", "12 Hefte frei Haus und eine Gartenschere als Dankeschön."],
            [
                "Elternwissen für alle",
                "Unsere Ratgeber bleiben frei zugänglich, weil Fördermitglieder sie finanzieren.",
                "Fördermitgliedschaft abschließen",
            ],
        ],
        "notification": [
            ["Preisalarm ausgelöst", "Hamburg – Lissabon jetzt ab 59 € (−21 %)", "Zum Angebot"],
            [
                "Gartenkalender November",
                "Tulpenzwiebeln setzen",
                "Dahlienknollen ausgraben",
                "Rasenmäher winterfest machen",
                "Ganzen Kalender öffnen",
            ],
            [
                "Wieder da!",
                "Der Wollmantel aus unserem Herbst-Edit ist zurück in allen Größen.",
                "Erinnerung aktivieren",
            ],
            [
                "Neue Restaurants in deiner Nähe?",
                "Wir melden uns, sobald in deinem Viertel etwas eröffnet.",
                "Benachrichtigungen zulassen",
                "Nein, kein Bedarf",
            ],
            ["Frostwarnung für heute Nacht", "Kübelpflanzen rechtzeitig ins Haus holen."],
        ],
        "app": [
            [
                "Einkaufsliste direkt aufs Handy",
                "Mit einem Tipp landen alle Zutaten in der App – abhaken im Supermarkt.",
                "Kostenlos für iOS und Android",
            ],
            [
                "Ruhepol Premium 14 Tage gratis",
                "Atemübungen, Einschlafgeschichten und dein persönliches Stimmungstagebuch.",
                "Gratis-Test starten",
                "Kündigung jederzeit in den Einstellungen",
            ],
            ["Pflanze unbekannt?", "Foto machen, fertig: Gartenfreund erkennt über 20.000 Arten."],
            ["Reiseführer offline", "Alle gespeicherten Ziele auch ohne Netz in der Fernweh-App.", "App holen"],
        ],
        "newsletter": [
            [
                "Feierabendküche",
                "Jeden Sonntag fünf schnelle Rezepte für die Woche.",
                "E-Mail für die Rezepte",
                "Rezepte bekommen",
            ],
            ["Fernweh-Post", "Reise-Schnäppchen und neue Ziele, jeden Donnerstag.", "Fernweh-Post bestellen"],
            [
                "Beauty-Briefing",
                "Was wirklich wirkt: die ehrlichen Produkttests unserer Redaktion, einmal pro Woche.",
                "Beauty-Briefing abonnieren",
            ],
            ["Schwanger? Wir begleiten dich.", "Jede Woche eine Mail passend zu deinem Entbindungstermin."],
            [
                "Der Gartenbrief",
                "Saat- und Pflanztermine für jeden Monat, kostenlos ins Postfach.",
                "Gartenbrief abonnieren",
                "Abmeldung jederzeit mit einem Klick.",
            ],
        ],
        "comments": [
            ["Rezept bewerten", "4,7 von 5 Sternen · 264 Bewertungen", "Sterne vergeben"],
            [
                "Schon nachgekocht?",
                "Verrate uns in den Kommentaren, wie dir das Rezept gelungen ist.",
                "58 Kommentare anzeigen",
            ],
            [
                "Aus dem Elternforum",
                "Wer ist schon mit Kleinkind in die Ferne geflogen? Eure Tipps bitte!",
                "Mitdiskutieren",
            ],
            ["Selbsttest", "Wie gut schläfst du wirklich?", "8 Fragen · 2 Minuten", "Test starten"],
            ["Frag unsere Gartenexpertin", "Sie beantwortet jeden Freitag ausgewählte Leserfragen.", "Frage stellen"],
        ],
        "login": [
            [
                "In deinem Kochbuch speichern",
                "Melde dich an, um Rezepte zu sammeln und Einkaufslisten zu teilen.",
                "Anmelden mit E-Mail",
            ],
            [
                "Mitgliederpreise",
                "Eingeloggt sparst du bis zu 15 % bei ausgewählten Hotels.",
                "Zum Mitglieder-Login",
                "Gratis-Mitgliedschaft anlegen",
            ],
            ["Merkliste", "Melde dich an, um Looks zu speichern und bei Preissenkungen benachrichtigt zu werden."],
            ["Bitte logge dich ein, um im Forum zu antworten.", "Passwort vergessen? Neues anfordern"],
        ],
        "video": [
            ["Im Video: So gelingen Maultaschen wie bei Oma", "2:17"],
            ["Triest in 48 Stunden – mit kleinem Budget", "Nächstes Video", "5:47"],
            [
                "Fünf-Minuten-Glow",
                "Unsere Beauty-Redakteurin zeigt jeden Schritt vor dem Spiegel.",
                "Tutorial abspielen",
            ],
            ["Blumenzwiebeln im Topf pflanzen", "Video · 3 Min.", "Untertitel einblenden"],
        ],
        "source": [
            [
                "Wir testen unabhängig. Kaufst du über einen Link auf dieser Seite, "
                "erhalten wir möglicherweise eine Provision."
            ],
            [
                "Reisehinweise können sich kurzfristig ändern. Bitte prüfe vor der Buchung die Angaben des Auswärtigen Amts."
            ],
            [
                "Dieser Artikel ersetzt keine ärztliche Beratung. Bei Fragen wende dich an deine Kinderärztin oder Hebamme."
            ],
            [
                "Die Recherchereise wurde unterstützt von Tourismus Friaul.",
                "Die Redaktion entscheidet unabhängig über alle Inhalte.",
            ],
            ["Rezept: Lena Obermaier · Foodstyling: Jonas Keil · Fotos: Mara Winkler"],
            ["Altersempfehlung: Die Tipps in diesem Beitrag gelten für Kinder von 1 bis 4 Jahren."],
        ],
        "share": [
            ["Zum Rezept springen", "Rezept drucken", "Auf Pinterest merken"],
            ["Reisetipp weitergeben", "Per WhatsApp verschicken", "Link zum Reisetipp kopieren"],
            ["Look teilen", "In der Instagram-Story posten", "Bei Pinterest pinnen"],
            ["Anderen Eltern schicken", "Per SMS", "Per Mail empfehlen"],
        ],
        "error": [
            ["Das Buchungsmodul kann gerade nicht geladen werden. Bitte versuche es in ein paar Minuten erneut."],
            ["Leider ausverkauft.", "Ähnliche Artikel anzeigen"],
            ["Die Nährwertangaben konnten nicht geladen werden."],
            ["Das Quiz konnte nicht gestartet werden.", "Quiz neu laden"],
            ["Preise konnten nicht aktualisiert werden – angezeigt wird der zuletzt bekannte Preis."],
        ],
        "consent": [
            [
                "Deine Privatsphäre ist uns wichtig",
                "Wir und 121 Partner speichern Informationen auf deinem Gerät, um Rezepte, Werbung und Inhalte zu personalisieren.",
                "Passt, weiter zum Rezept",
                "Selbst auswählen",
            ],
            [
                "Instagram-Beitrag ausgeblendet",
                "Erlaube Social-Media-Cookies, um diesen Beitrag zu sehen.",
                "Beitrag anzeigen",
            ],
            [
                "Externer Inhalt: Pinterest",
                "Beim Laden können Daten an Pinterest übertragen werden.",
                "Pinterest laden",
            ],
            [
                "Mit Werbung lesen oder Pur-Abo",
                "Lies kostenlos mit personalisierter Werbung oder ohne Tracking für 1,99 € im Monat.",
                "Mit Werbung weiter",
                "Pur-Abo buchen",
            ],
        ],
        "related": [
            ["Noch mehr Ideen fürs Abendessen"],
            ["Diese Reiseziele könnten dir gefallen"],
            ["Gesehen in diesem Artikel"],
            ["Beliebt bei Eltern"],
            ["Mehr aus Haus & Garten"],
            ["Mehr zum Wohlbefinden"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Publicité · Épicerie Marcel",
                "Les ingrédients de ce gratin livrés chez vous dès demain matin.",
                "Ajouter au panier",
            ],
            [
                "Notre sélection d'hôtels",
                "Hôtel des Remparts, Carcassonne ★★★ · dès 87 € la nuit",
                "Annulation gratuite",
                "Voir les disponibilités",
            ],
            ["Partenariat rémunéré", "Le sérum éclat de Maison Iris à -20 % avec le code ECLAT20.", "Je craque"],
            ["Bons plans vols", "Paris → Porto dès 29 € l'aller simple", "Comparer les vols"],
            [
                "Contenu sponsorisé par Jardineries Verdel",
                "Taille-haie sans fil à 79 €, bacs en grès à 34 €",
                "Voir nos coups de cœur",
            ],
        ],
        "donation": [
            [
                "Passez à Cuisine+",
                "Zéro publicité, menus de la semaine et fiches recettes imprimables.",
                "Essai gratuit 30 jours",
            ],
            [
                "Un voyage offert ? Jamais.",
                "Notre rédaction paie ses billets. Soutenez un journalisme de voyage indépendant.",
                "Je soutiens le journalisme de voyage",
            ],
            [
                "Abonnez-vous au magazine",
                "Onze numéros par an et un sac en toile offert.",
                "Je m'abonne au magazine",
                "Offre valable en France métropolitaine",
            ],
            ["Nos guides parents restent gratuits grâce à vous", "Devenez membre bienfaiteur dès 2 € par mois."],
        ],
        "notification": [
            ["Alerte prix", "Votre vol pour Lisbonne a baissé de 16 % depuis hier", "Suivre ce trajet"],
            ["Gel annoncé cette nuit", "Rentrez les plantes frileuses avant ce soir.", "Activer les alertes jardin"],
            ["Le trench de notre sélection automne est de nouveau en stock.", "Me prévenir"],
            [
                "Au jardin en novembre",
                "Planter les bulbes de tulipes",
                "Rentrer les dahlias",
                "Pailler les massifs",
                "Voir tout le calendrier",
            ],
            [
                "Nouvelles tables près de chez vous",
                "Soyez averti dès qu'un restaurant ouvre dans votre quartier.",
                "Oui, me prévenir",
                "Non merci, pas de nouvelles tables",
            ],
        ],
        "app": [
            [
                "Votre liste de courses dans l'appli",
                "Envoyez les ingrédients en un geste et cochez-les au supermarché.",
                "Installer l'appli courses",
            ],
            ["Voyagez hors connexion", "Cartes, réservations et guides enregistrés dans l'appli Escales."],
            [
                "Sérénité : 7 jours offerts",
                "Méditations guidées, histoires pour dormir et suivi de l'humeur.",
                "Commencer l'essai gratuit",
                "Résiliable à tout moment depuis l'appli",
            ],
            [
                "Quelle est cette plante ?",
                "Une photo suffit : notre appli reconnaît 20 000 espèces.",
                "Essayer l'appli Jardin",
            ],
        ],
        "newsletter": [
            [
                "On mange quoi ce soir ?",
                "Cinq recettes express chaque dimanche dans votre boîte mail.",
                "Votre adresse mail",
                "Je veux les recettes du dimanche",
            ],
            ["La lettre Évasion", "Bons plans, destinations et actu voyage, chaque jeudi.", "Recevoir Évasion"],
            ["Le Brief Beauté", "Les tendances et les produits qui valent vraiment le coup, une fois par semaine."],
            [
                "Grossesse semaine après semaine",
                "Des conseils adaptés à votre date prévue d'accouchement.",
                "Indiquer ma date",
                "C'est parti",
            ],
            [
                "Le calendrier du jardinier",
                "Chaque mois, les travaux à faire au potager, gratuitement par e-mail.",
                "Recevoir le calendrier",
                "Désinscription en un clic.",
            ],
        ],
        "comments": [
            ["Notez cette recette", "4,5/5 · 187 avis", "Noter la recette"],
            ["Vous l'avez testée ? Racontez-nous en commentaire.", "41 commentaires"],
            [
                "Question de parents",
                "Vous avez déjà pris l'avion avec un bébé ? Partagez vos astuces sur le forum.",
                "Ouvrir une discussion",
            ],
            ["Le quiz du jour", "Êtes-vous vraiment reposé ?", "8 questions, 2 minutes chrono", "Faire le test"],
            ["Entraide entre lecteurs", "Tout-petits · 612 membres connectés", "Aller au forum"],
        ],
        "login": [
            [
                "Enregistrez vos recettes préférées",
                "Connectez-vous ou créez un compte gratuit pour constituer votre carnet.",
                "Connexion par e-mail",
            ],
            [
                "Tarifs membres",
                "Les membres connectés économisent jusqu'à 15 % sur une sélection d'hôtels.",
                "Me connecter",
            ],
            [
                "Votre liste d'envies vous attend",
                "Identifiez-vous pour sauvegarder des looks et suivre les baisses de prix.",
                "Se connecter avec son identifiant Apple",
            ],
            ["Vous devez être connecté pour répondre sur le forum.", "Mot de passe perdu ?"],
        ],
        "video": [
            ["En vidéo : réussir sa pâte brisée maison", "2:31"],
            ["48 heures à Naples avec un petit budget", "Vidéo suivante", "6:03"],
            [
                "Tuto : le teint frais en cinq minutes",
                "Notre journaliste beauté vous montre chaque étape.",
                "Lancer le tuto",
            ],
            ["Planter ses bulbes en pot", "Vidéo · 3 min", "Activer les sous-titres"],
        ],
        "source": [
            ["Nos choix sont indépendants. Si vous achetez via nos liens, nous pouvons percevoir une commission."],
            [
                "Les conseils aux voyageurs évoluent vite : consultez le site du ministère des Affaires étrangères "
                "avant de réserver."
            ],
            ["Cet article ne remplace pas l'avis d'un médecin, d'une sage-femme ou d'un pédiatre."],
            [
                "Notre journaliste a été invitée par l'office de tourisme de Sicile.",
                "La rédaction reste seule juge de ses choix.",
            ],
            ["Recette : Chloé Vasseur · Stylisme culinaire : Inès Roux · Photos : Paul Garnier"],
            ["Pour les enfants de 3 à 6 ans. Adaptez les conseils à l'âge et au rythme de votre enfant."],
        ],
        "share": [
            ["Aller à la recette", "Imprimer la recette", "Épingler sur Pinterest"],
            ["Partager ce guide", "Envoyer à ses amis sur WhatsApp", "Copier le lien du guide"],
            ["Partager ce look", "Story Instagram", "L'épingler"],
            ["Envoyer à un autre parent", "Par SMS", "Par courriel"],
        ],
        "error": [
            ["Le module de réservation est indisponible pour le moment. Réessayez dans quelques minutes."],
            ["Ce produit n'est plus disponible.", "Voir des articles similaires"],
            ["Impossible d'afficher les valeurs nutritionnelles de cette recette."],
            ["Le quiz n'a pas pu se charger.", "Relancer le quiz"],
        ],
        "consent": [
            [
                "Vos données, vos choix",
                "Nous et nos 138 partenaires stockons des informations sur votre appareil pour personnaliser "
                "recettes, publicités et contenus.",
                "Accepter et passer en cuisine",
                "Personnaliser mes préférences",
            ],
            [
                "Publication Instagram masquée",
                "Autorisez les cookies des réseaux sociaux pour afficher ce contenu.",
                "Afficher la publication",
            ],
            ["Contenu Pinterest", "Ce module peut déposer des traceurs.", "Charger Pinterest"],
            ["Préférences cookies", "Refuser les traceurs facultatifs", "Accepter tous les traceurs"],
        ],
        "related": [
            ["D'autres idées pour le dîner"],
            ["Ces destinations pourraient vous plaire"],
            ["Vu dans cet article"],
            ["Les plus lus en Famille"],
            ["Plus d'idées maison et jardin"],
            ["À lire aussi côté bien-être"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Publicidad · Mercado La Huerta",
                "Todos los ingredientes de esta receta, en tu casa mañana.",
                "Añadir a la cesta",
            ],
            [
                "Hoteles recomendados",
                "Hotel Casa del Arco, Cáceres ★★★★ · desde 76 € la noche",
                "Cancelación gratuita",
                "Ver disponibilidad",
            ],
            [
                "Colaboración pagada con Aurea Cosmetics",
                "El contorno de ojos que arrasa en la redacción, con un 20 % de descuento.",
                "Lo quiero",
            ],
            ["Vuelos baratos", "Madrid → Roma desde 34 € solo ida", "Buscar vuelos"],
            [
                "Nuestra selección",
                "Cortasetos inalámbrico, 79 € en Brico Levante",
                "Juego de macetas de gres, 29 € en Casa Olmo",
                "Enlaces de afiliado: podemos recibir una comisión.",
            ],
        ],
        "donation": [
            [
                "¿Te gustan nuestras recetas?",
                "Con Cocina Plus lees sin anuncios y recibes menús semanales para imprimir.",
                "Prueba gratis 30 días",
            ],
            [
                "Periodismo de viajes sin invitaciones",
                "Pagamos nuestros billetes. Ayúdanos a seguir siendo independientes.",
                "Apoyar con 3 € al mes",
            ],
            [
                "Suscríbete a la revista",
                "Doce números en casa y una bolsa de tela de regalo.",
                "Suscribirme ahora",
                "Envío gratis a península",
            ],
            ["Nuestras guías para familias son gratuitas gracias a ti", "Hazte socio desde 2 € al mes."],
        ],
        "notification": [
            ["Alerta de precio", "El vuelo a Lisboa ha bajado un 14 % desde ayer", "Seguir esta ruta"],
            [
                "Aviso de heladas esta noche",
                "Protege las plantas sensibles antes de que anochezca.",
                "Activar avisos del huerto",
            ],
            [
                "De nuevo disponible",
                "La gabardina de nuestra selección de otoño vuelve a estar en todas las tallas.",
                "Avisarme cuando haya mi talla",
            ],
            [
                "Tu huerto en noviembre",
                "Plantar bulbos de tulipán",
                "Sembrar habas",
                "Proteger los cítricos del frío",
                "Ver el calendario completo",
            ],
            [
                "Nuevas aperturas cerca de ti",
                "Te avisamos cuando abra un restaurante en tu barrio.",
                "Permitir",
                "Recordármelo otro día",
            ],
        ],
        "app": [
            [
                "Tu lista de la compra en el móvil",
                "Envía los ingredientes a la app y márcalos en el súper.",
                "Descargar la app",
            ],
            [
                "Viaja sin conexión",
                "Mapas, reservas y guías guardadas en la app Trotamundos.",
                "Bajar para iPhone",
                "Bajar para Android",
            ],
            [
                "Calma: 7 días gratis",
                "Meditaciones guiadas, cuentos para dormir y registro del estado de ánimo. Cancela cuando quieras.",
                "Empezar prueba",
            ],
            ["¿Qué planta es esta?", "Haz una foto y nuestra app la identifica entre 20.000 especies."],
        ],
        "newsletter": [
            [
                "¿Qué cenamos hoy?",
                "Cinco recetas rápidas cada domingo en tu correo.",
                "Tu email",
                "Mandadme las recetas",
            ],
            ["Boletín Escapadas", "Ofertas, destinos y noticias de viajes cada jueves.", "Suscríbete gratis"],
            [
                "Beauty Report",
                "Tendencias y productos probados por la redacción, una vez a la semana.",
                "Apuntarme al Beauty Report",
            ],
            [
                "Tu embarazo semana a semana",
                "Consejos adaptados a tu fecha probable de parto.",
                "Fecha prevista",
                "Empezar",
            ],
            [
                "El calendario del huerto",
                "Cada mes, las tareas del huerto, gratis en tu correo.",
                "Recibir el calendario",
            ],
        ],
        "comments": [
            ["Valora esta receta", "4,8 de 5 · 142 valoraciones", "Dejar mi valoración"],
            ["¿La has preparado? Cuéntanos qué tal en los comentarios.", "36 comentarios"],
            [
                "Pregunta a la comunidad",
                "¿Habéis volado con un bebé en un viaje largo? Compartid vuestros trucos.",
                "Abrir un tema",
            ],
            ["Test rápido", "¿Descansas de verdad?", "8 preguntas · 2 minutos", "Hacer el test"],
            ["Sigue la conversación en el foro", "Primera infancia · 455 usuarias conectadas", "Ir al foro"],
        ],
        "login": [
            [
                "Guarda tus recetas favoritas",
                "Inicia sesión o crea una cuenta gratuita para tener tu recetario.",
                "Entrar con email",
            ],
            [
                "Precios para miembros",
                "Los miembros registrados ahorran hasta un 15 % en hoteles seleccionados.",
                "Iniciar sesión o registrarse",
            ],
            [
                "Tu lista de deseos te espera",
                "Identifícate para guardar looks y recibir avisos de bajada de precio.",
                "Acceder con tu ID de Apple",
            ],
            ["Debes iniciar sesión para responder en el foro.", "¿No recuerdas tu contraseña?"],
        ],
        "video": [
            ["Vídeo: cómo hacer croquetas cremosas", "2:09"],
            ["48 horas en Oporto con poco presupuesto", "Siguiente destino", "5:22"],
            [
                "Tutorial de maquillaje: buena cara en cinco minutos",
                "Nuestra editora de belleza lo explica paso a paso.",
                "Reproducir tutorial",
            ],
            ["Cómo plantar bulbos en maceta", "Vídeo · 3 min", "Activar subtítulos"],
        ],
        "source": [
            [
                "Seleccionamos los productos de forma independiente. "
                "Si compras a través de nuestros enlaces, podemos recibir una comisión."
            ],
            ["Las recomendaciones de viaje cambian con rapidez: consulta la web de Exteriores antes de reservar."],
            ["Este artículo es informativo y no sustituye la consulta con tu pediatra o matrona."],
            [
                "El viaje fue cortesía de Turismo de Asturias.",
                "La redacción decide con total independencia qué publica.",
            ],
            ["Receta: Lucía Ferrer · Estilismo: Andrés Soto · Fotografía: Nuria Calvo"],
            ["Edad recomendada: estos consejos son para niños de 2 a 5 años."],
        ],
        "share": [
            ["Ir a la receta", "Imprimir receta", "Guardar en Pinterest"],
            ["Compartir esta guía", "Mandársela a alguien por WhatsApp", "Copiar dirección"],
            ["Comparte este look", "Subir a tu story", "Pinear"],
            ["Enviar a otra madre o padre", "Por SMS", "Por correo"],
        ],
        "error": [
            ["El buscador de reservas no está disponible ahora mismo. Inténtalo de nuevo en unos minutos."],
            ["Este producto ya no está disponible.", "Ver productos parecidos"],
            ["No hemos podido cargar la información nutricional de esta receta."],
            ["El test no se ha podido cargar.", "Volver a cargar el test"],
        ],
        "consent": [
            [
                "Tu privacidad, tu decisión",
                "Nosotros y 129 socios almacenamos información en tu dispositivo para personalizar recetas, "
                "anuncios y contenidos.",
                "Aceptar y ver la receta",
                "Elegir mis cookies una a una",
            ],
            [
                "Publicación de Instagram oculta",
                "Acepta las cookies de redes sociales para ver esta publicación.",
                "Ver el post de Instagram",
            ],
            ["Contenido de Pinterest", "Este módulo puede instalar cookies de seguimiento.", "Cargar Pinterest"],
            ["Tus cookies, a tu gusto", "Solo las necesarias", "Aceptarlas todas"],
        ],
        "related": [
            ["Más ideas para la cena"],
            ["Destinos que te pueden gustar"],
            ["Visto en este artículo"],
            ["Lo más leído en Familia"],
            ["Más de casa y jardín"],
            ["Más sobre bienestar"],
        ],
    },
}


_slot = widget_drawer(7)


def food_restaurant_news(p: Parts) -> str:
    """A food and restaurant news site on WordPress with a recipe-card plugin (plain `<p>`
    paragraphs in `div.entry-content`): the table-alert bar above the header, the "jump to
    recipe / print / pin" buttons under the headline, the recipe credits pasted by the editor
    as plain paragraphs right before the first paragraph, the grocer ad in a bland `c-7 x1`
    box, the newsletter pasted as plain paragraphs and the recipe video between paragraphs,
    a `<recipe-card>` element right after the last paragraph in the same div holding the
    rating, the shopping-list app button and the failed nutrition panel, the login line over
    the comment form, the membership appeal and a headed list of more dinner ideas in the
    sidebar widgets, and the cookie dialog at the end of the page."""
    heading = related_heading(p, '<h2 class="widget-title">{text}</h2>')
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="c-7 x1">{inner}</div>',
            '<span class="x1-l">{text}</span>',
            "<p>{text}</p>",
            '<a class="x1-b" href="/go/greengate" rel="sponsored noopener">{text}</a>',
        ),
        _slot(
            p,
            "newsletter",
            "{inner}",
            "<p><strong>{text}</strong></p>",
            "<p>{text}</p>",
            '<p><a href="/newsletters/">{text}</a></p>',
        ),
        _slot(
            p,
            "video",
            '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">'
            '<div class="jwplayer" id="jw-8812"></div></div>{inner}</figure>',
            '<figcaption class="wp-element-caption">{text}</figcaption>',
            '<p class="has-small-font-size">{text}</p>',
            '<p class="has-small-font-size">{text}</p>',
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
    card = "".join(
        present(
            _slot(
                p,
                "comments",
                '<div class="rc-block" data-rating="4.6">{inner}</div>',
                '<p class="rc-block__t">{text}</p>',
                "<p>{text}</p>",
                '<span class="rc-block__n">{text}</span> ',
            ),
            _slot(
                p,
                "app",
                '<div class="rc-block">{inner}</div>',
                '<button class="rc-block__btn" type="button">{text}</button>',
                "<p>{text}</p>",
                '<a href="/app">{text}</a>',
            ),
            _slot(
                p,
                "error",
                '<div class="rc-block" data-panel="nutrition">{inner}</div>',
                "<p>{text}</p>",
                "<p>{text}</p>",
                '<button type="button">{text}</button>',
            ),
        )
    )
    share = each(
        p,
        "share",
        '<div class="wp-block-buttons">{inner}</div>',
        '<div class="wp-block-button"><a class="wp-block-button__link" href="#recipe-{n}">{text}</a></div>',
    )
    note = _slot(
        p,
        "notification",
        '<div id="hb-19" class="hb-wrap">{inner}</div>',
        "<b>{text}</b> ",
        "<span>{text}</span> ",
        '<a class="hb-btn" href="#">{text}</a> ',
    )
    consent = _slot(
        p,
        "consent",
        '<div class="cmplz-cookiebanner" role="dialog" aria-live="polite">{inner}</div>',
        '<div class="cmplz-title">{text}</div>',
        '<div class="cmplz-message"><p>{text}</p></div>',
        '<button class="cmplz-btn" type="button">{text}</button>',
    )
    return f"""<div id="page" class="site">
{note}
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{esc(p.site)}</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/recipes/">Recipes</a></li><li><a href="/restaurants/">Restaurants</a></li><li><a href="/food-news/">Food news</a></li><li><a href="/drinks/">Drinks</a></li></ul></nav></header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-88213" class="post-88213 post type-post status-publish format-standard category-food-news">
<header class="entry-header"><h1 class="entry-title">{esc(p.title)}</h1>
<div class="entry-meta"><span class="byline">By <a href="/author/food-desk/">the food desk</a></span> <time class="entry-date published" datetime="2026-11-20T08:00:00+00:00">November 20, 2026</time></div>
{share}
</header>
<div class="entry-content">
{each(p, "source", "{inner}", "<p><em>{text}</em></p>")}
{body}
<recipe-card recipe-id="4471" servings="4">{card}</recipe-card>
</div>
</article>
<div id="comments" class="comments-area">
{_slot(p, "login", '<div class="must-log-in">{inner}</div>', "<p>{text}</p>", "<p>{text}</p>", '<p><a href="/wp-login.php">{text}</a></p>')}
<div id="respond" class="comment-respond"><form action="/wp-comments-post.php" method="post"><textarea id="comment" name="comment" rows="6"></textarea></form></div>
</div>
</main>
<aside id="secondary" class="widget-area">
<section id="custom_html-3" class="widget_text widget">{_slot(p, "donation", '<div class="textwidget custom-html-widget">{inner}</div>', "<h3>{text}</h3>", "<p>{text}</p>", '<p><a class="button" href="/club/">{text}</a></p>')}</section>
<section id="recent-posts-2" class="widget">{heading}<ul>{links(p.teasers(5), '<li><a href="/food-news/{slug}/">{text}</a></li>')}</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 {esc(p.site)}</div></footer>
</div>
{consent}"""


def travel_deals_amp(p: Parts) -> str:
    """A travel news and deals desk served as an AMP page (plain `<p>` paragraphs in
    `div.b`): the app banner in `amp-app-banner` at the top, the login box in the
    `amp-sidebar` menu, the share buttons as `amp-social-share` under the byline, the
    travel-advice disclaimer as a plain paragraph right before the first paragraph, the hotel
    affiliate box as the fallback of an `amp-ad`, the booking widget as an `amp-iframe` whose
    fallback holds the failure message and the destination video between paragraphs, the
    price alert in an `amp-list` mustache `<template>` and the membership appeal in an
    `amp-access` section right after the last paragraph in the same div, the newsletter
    form and the forum prompt below the article, a headed teaser list in the footer and the
    `amp-consent` prompt."""
    heading = related_heading(p, '<h3 class="ft-h">{text}</h3>')
    inline = present(
        _slot(
            p,
            "advertising",
            '<amp-ad width="300" height="250" layout="responsive" type="doubleclick" '
            'data-slot="/21775744923/travel/mid"><div fallback>{inner}</div></amp-ad>',
            '<p class="k">{text}</p>',
            "<p>{text}</p>",
            '<a href="/go/roamly" rel="sponsored">{text}</a>',
        ),
        _slot(
            p,
            "error",
            '<amp-iframe width="600" height="420" layout="responsive" sandbox="allow-scripts allow-same-origin '
            'allow-forms" src="https://book.partner-widget.example/search?dest=LIS"><div fallback>{inner}</div></amp-iframe>',
            "<p>{text}</p>",
            "<p>{text}</p>",
            '<a href="/book/">{text}</a>',
        ),
        _slot(
            p,
            "video",
            '<figure class="v"><amp-youtube data-videoid="Xk2m9Qe" layout="responsive" width="480" height="270">'
            "</amp-youtube>{inner}</figure>",
            "<figcaption>{text}</figcaption>",
            "<p>{text}</p>",
            "<span>{text}</span> ",
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
    alert = _slot(
        p,
        "notification",
        '<amp-list src="/api/fare-watch.json?route=LON-OPO" layout="fixed-height" height="96" single-item>'
        '<template type="amp-mustache"><div class="fw">{inner}</div></template></amp-list>',
        "<strong>{text}</strong>",
        "<p>{text}</p>",
        '<button on="tap:fw.toggle">{text}</button>',
    )
    member = _slot(
        p,
        "donation",
        '<section amp-access="NOT member" amp-access-hide>{inner}</section>',
        "<h4>{text}</h4>",
        "<p>{text}</p>",
        '<a href="/members/join">{text}</a>',
    )
    app = _slot(
        p,
        "app",
        '<amp-app-banner layout="nodisplay" id="ab"><div class="ab-i">{inner}</div></amp-app-banner>',
        "<h4>{text}</h4>",
        "<p>{text}</p>",
        '<button open-button="">{text}</button> ',
    )
    return f"""{app}
<amp-sidebar id="sb" layout="nodisplay" side="right">
<nav><a href="/news">Travel news</a> <a href="/deals">Deals</a> <a href="/advice">Advice</a> <a href="/destinations">Destinations</a></nav>
{_slot(p, "login", '<div class="sb-acc">{inner}</div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<a href="/login">{text}</a>')}
</amp-sidebar>
<header class="hd"><button on="tap:sb.toggle" aria-label="Menu">☰</button> <a href="/">{esc(p.site)}</a></header>
<main>
<article>
<h1>{esc(p.title)}</h1>
<p class="by">By the travel desk · 20 November 2026</p>
{each(p, "share", '<div class="sh">{inner}</div>', '<amp-social-share type="system" width="auto" height="32" aria-label="{text}">{text}</amp-social-share> ')}
<div class="b">
{each(p, "source", "{inner}", "<p>{text}</p>")}
{body}
{alert}
{member}
</div>
</article>
<form method="post" action-xhr="/api/escape-route" target="_top">
{_slot(p, "newsletter", "<div>{inner}</div>", "<h4>{text}</h4>", "<p>{text}</p>", "<button>{text}</button>")}
<input type="email" name="email"></form>
{_slot(p, "comments", "<div>{inner}</div>", "<h4>{text}</h4>", "<p>{text}</p>", '<a href="/forum">{text}</a>')}
</main>
<footer class="ft">{heading}<ul>{links(p.teasers(5), '<li><a href="/deals/{slug}">{text}</a></li>')}</ul><p>© 2026 {esc(p.site)}</p></footer>
{_slot(p, "consent", '<amp-consent id="cs" layout="nodisplay"><div id="consent-ui" class="c">{inner}</div></amp-consent>', "<h4>{text}</h4>", "<p>{text}</p>", '<button on="tap:cs.accept">{text}</button> ')}"""


def fashion_shop_the_look(p: Parts) -> str:
    """A fashion and beauty news site on a React app with emotion CSS (hashed `css-` class
    names; paragraphs as `p.css-1x7qgvb`): the wishlist sign-in nudge in the header, a
    back-in-stock toast above the headline, the affiliate disclosure as a paragraph of the
    same class right before the first paragraph, the shop-the-look `<shop-carousel>`
    (with its sold-out message in the empty slot), the tutorial video and a headed "as seen
    in" teaser pair between paragraphs, the share buttons right after the last paragraph in
    the same div, the product reviews under the article, the subscription offer kept in a
    `<template>` for the paywall script, the app row and more teasers in the footer, the
    newsletter in an exit-intent modal and the consent banner."""
    heading = related_heading(p, '<p class="css-3lk0vw e7q1x2a1">{text}</p>')
    shop = "".join(
        present(
            _slot(
                p,
                "advertising",
                "{inner}",
                '<h3 slot="title">{text}</h3>',
                '<p slot="caption">{text}</p>',
                '<shop-card slot="item"><span>{text}</span></shop-card>',
            ),
            _slot(
                p,
                "error",
                '<div slot="empty">{inner}</div>',
                "<p>{text}</p>",
                "<p>{text}</p>",
                "<a href='#'>{text}</a>",
            ),
        )
    )
    inline = present(
        f'<shop-carousel look-id="aw26-07" currency="auto">{shop}</shop-carousel>' if shop else "",
        _slot(
            p,
            "video",
            '<div class="css-1b5e7r0 e9k2l0"><video preload="none" muted playsinline></video>{inner}</div>',
            '<p class="css-1x7qgvb e1s0hq20"><b>{text}</b></p>',
            '<p class="css-1x7qgvb e1s0hq20">{text}</p>',
            '<span class="css-u4p8ms">{text}</span>',
        ),
        f'<div class="css-0 e7q1x2a0">{heading}<ul class="css-1t1rrq7">{links(p.teasers(2))}</ul></div>',
    )
    body = p.body(
        {
            "p": '<p class="css-1x7qgvb e1s0hq20">{text}</p>',
            "h2": '<h2 class="css-9rr7ba e1s0hq21">{text}</h2>',
            "quote": '<blockquote class="css-lq3ai6 e1s0hq22"><p class="css-1x7qgvb e1s0hq20">{text}</p></blockquote>',
            "ul": '<ul class="css-5ss2s3 e1s0hq23">{items}</ul>',
        },
        inline,
    )
    share = inline_box(
        p, "share", '<div class="css-k008qs">{inner}</div>', "button", ' class="css-1hz0y5m" type="button"', ""
    )
    offer = _slot(
        p,
        "donation",
        '<template id="tpl-paywall-b"><div class="css-19hd2k">{inner}</div></template>',
        '<p class="css-19hd2k-t">{text}</p>',
        "<p>{text}</p>",
        '<a href="/subscribe?src=tpl">{text}</a>',
    )
    modal = _slot(
        p,
        "newsletter",
        '<div class="css-1r9h6e9" role="dialog" aria-modal="true"><div class="css-w0pj6f">{inner}'
        '<input class="css-q1n9zb" type="email"></div></div>',
        '<p class="css-8atqhb">{text}</p>',
        '<p class="css-1x7qgvb">{text}</p>',
        '<button class="css-1vb8zx" type="submit">{text}</button>',
    )
    return f"""<div id="__next">
<header class="css-1nk7bx8"><a class="css-d4hy6u" href="/">{esc(p.site)}</a><nav class="css-kx3vs1"><a href="/fashion">Fashion</a> <a href="/beauty">Beauty</a> <a href="/shopping">Shopping</a> <a href="/runway">Runway</a></nav>
{_slot(p, "login", '<div class="css-79elbk">{inner}</div>', '<span class="css-1wt9lgk">{text}</span> ', '<span class="css-1wt9lgk">{text}</span> ', '<a class="css-vurnku" href="/account">{text}</a>')}</header>
<main class="css-1y0b4dq">
{_slot(p, "notification", '<div class="css-tq0p5j" aria-live="polite">{inner}</div>', "<strong>{text}</strong> ", "<span>{text}</span> ", '<button type="button">{text}</button>')}
<article class="css-10ib5jr">
<h1 class="css-1xkm4v0">{esc(p.title)}</h1>
<div class="css-1q2w3e4"><span>Words by the style desk</span> · <time datetime="2026-11-20">20.11.2026</time></div>
<div class="css-1ia1ek4 e1s0hq2">
{each(p, "source", "{inner}", '<p class="css-1x7qgvb e1s0hq20"><em>{text}</em></p>')}
{body}
{share}
</div>
</article>
<section class="css-1d3w5wq">{_slot(p, "comments", "<div>{inner}</div>", '<h3 class="css-zq4ko9">{text}</h3>', "<p>{text}</p>", '<button type="button">{text}</button>')}</section>
{offer}
</main>
<footer class="css-1a7b2fx">
{_slot(p, "app", '<div class="css-hu7x2m">{inner}</div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<a href="/app">{text}</a> ')}
<ul class="css-u7k2cz">{links(p.teasers(4), '<li><a href="/style/{slug}">{text}</a></li>')}</ul>
<p>© 2026 {esc(p.site)}</p></footer>
{modal}
<div id="consent-root">{_slot(p, "consent", '<div class="css-1lv8d2p">{inner}</div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<button type="button">{text}</button>')}</div>
</div>"""


def parenting_forum_portal(p: Parts) -> str:
    """A long-running parenting portal with a forum, still on a `<table>` layout (article
    paragraphs as `p.text` in the middle cell): the notice row above the three columns, the
    login box and the app promo in the left column, the health or age note pasted as a `p.text`
    paragraph right before the first paragraph, the video in a nested table between
    paragraphs, the forum prompt pasted as `p.text` paragraphs right after the last paragraph,
    the share links separated by pipes and the failed forum feed below it, the sponsor,
    the supporter appeal, the newsletter form and a headed list of popular stories in nested
    tables in the right column, and a fixed cookie notice after the table."""
    heading = related_heading(p, '<tr><td class="bh"><b>{text}</b></td></tr>')
    inline = present(
        _slot(
            p,
            "video",
            '<table class="vid" width="100%" cellpadding="4"><tr><td><img src="/img/play.gif" width="32" alt=""></td>'
            "<td>{inner}</td></tr></table>",
            "<b>{text}</b><br>",
            "{text}<br>",
            '<font size="1">{text}</font><br>',
        ),
    )
    body = p.body(
        {
            "p": '<p class="text">{text}</p>',
            "h2": '<p class="text"><b>{text}</b></p>',
            "quote": '<p class="text"><i>{text}</i></p>',
            "ul": '<ul class="text">{items}</ul>',
        },
        inline,
    )
    popular = links(p.teasers(5), '<li><a href="/family/{slug}.html">{text}</a></li>')
    right = "\n".join(
        present(
            _slot(
                p,
                "advertising",
                '<table width="300" class="bx" cellpadding="6"><tr><td><font size="1">{inner}</font></td></tr></table>',
                "{text}<br>",
                "{text}<br>",
                '<a href="/out/sponsor" target="_blank">{text}</a>',
            ),
            _slot(
                p,
                "donation",
                '<table width="300" class="bx" cellpadding="6"><tr><td>{inner}</td></tr></table>',
                "<b>{text}</b><br>",
                "{text}<br>",
                '<a href="/support">{text}</a>',
            ),
            _slot(
                p,
                "newsletter",
                '<table width="300" class="bx" cellpadding="6"><tr><td><form action="/cgi-bin/nl.pl" method="post">'
                '{inner}<input type="text" name="em" size="20"></form></td></tr></table>',
                "<b>{text}</b><br>",
                "{text}<br>",
                "<button>{text}</button><br>",
            ),
            f'<table width="300" class="bx" cellpadding="6">{heading}<tr><td><ul>{popular}</ul></td></tr></table>',
        )
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="outer">
<tr><td colspan="3" class="hdr"><a href="/"><b>{esc(p.site)}</b></a> &nbsp; <a href="/pregnancy.html">Pregnancy</a> | <a href="/baby.html">Baby</a> | <a href="/toddler.html">Toddler</a> | <a href="/forum/">Forum</a></td></tr>
<tr><td colspan="3">{_slot(p, "notification", '<table width="100%" cellpadding="4" bgcolor="#fff6d5"><tr><td>{inner}</td></tr></table>', "<b>{text}</b> ", "{text} ", '<a href="#">{text}</a> ')}</td></tr>
<tr>
<td width="170" valign="top" class="lft">
<table width="170" cellpadding="4" class="bx"><tr><td>{_slot(p, "login", "{inner}", "<b>{text}</b><br>", "{text}<br>", '<a href="/forum/login.php">{text}</a><br>')}<form action="/forum/login.php" method="post"><input type="text" name="u" size="12"><br><input type="password" name="pw" size="12"></form></td></tr></table>
<br>
{_slot(p, "app", '<table width="170" cellpadding="4" class="bx"><tr><td>{inner}</td></tr></table>', "<b>{text}</b><br>", "{text}<br>", '<a href="/app.html">{text}</a>')}
</td>
<td valign="top" class="mid">
<h1 class="ttl">{esc(p.title)}</h1>
<p class="dt">20.11.2026 · Family news</p>
{each(p, "source", "{inner}", '<p class="text">{text}</p>')}
{body}
{_slot(p, "comments", "{inner}", '<p class="text"><b>{text}</b></p>', '<p class="text">{text}</p>', '<p class="text"><a href="/forum/">{text}</a></p>')}
{inline_box(p, "share", '<p class="small">{inner}</p>', "a", ' href="#"', " | ")}
{_slot(p, "error", '<table width="100%" cellpadding="4" class="frm"><tr><td>{inner}</td></tr></table>', "{text}<br>", "{text}<br>", '<a href="/forum/">{text}</a>')}
</td>
<td width="300" valign="top" class="rgt">
{right}
</td>
</tr>
<tr><td colspan="3" class="ftr"><font size="1">© 2002–2026 {esc(p.site)} · <a href="/imprint.html">Imprint</a></font></td></tr>
</table>
{_slot(p, "consent", '<div id="cookieNotice" style="position:fixed;bottom:0;left:0;right:0">{inner}</div>', "<b>{text}</b> ", "{text} ", '<a href="#" onclick="ok()">{text}</a> ')}"""


def home_garden_picks(p: Parts) -> str:
    """A home and garden magazine on a headless CMS styled with utility classes (paragraphs
    as `p.mb-5.text-lg` in the prose div): the hero video above the headline, a floating
    share rail, a `<noscript>` message from the product widget right before the first
    paragraph, the product picks grid and the planner newsletter in utility-class boxes
    between paragraphs, the affiliate disclosure as a paragraph of the same class right after
    the last paragraph, the expert question box and its login line below the article, a
    headed grid of more stories, the seasonal planner and the plant app in the sidebar, the
    subscription band in the footer and a cookie modal."""
    heading = related_heading(p, '<h2 class="mb-4 text-2xl font-semibold">{text}</h2>')
    inline = present(
        _slot(
            p,
            "advertising",
            '<div class="my-8 grid grid-cols-2 gap-4 rounded-xl bg-stone-50 p-4">{inner}</div>',
            '<p class="col-span-2 text-xs uppercase tracking-wide">{text}</p>',
            '<div class="text-sm">{text}</div>',
            '<div class="text-sm"><a class="underline" href="/go/picks" rel="sponsored">{text}</a></div>',
        ),
        _slot(
            p,
            "newsletter",
            '<div class="my-8 rounded-xl border border-stone-200 p-6"><form>{inner}'
            '<input class="w-full rounded border p-2" type="email"></form></div>',
            '<p class="text-xl font-semibold">{text}</p>',
            '<p class="mb-5 text-lg leading-8 text-stone-800">{text}</p>',
            '<button class="rounded bg-emerald-700 px-4 py-2 text-white" type="submit">{text}</button>',
        ),
    )
    body = p.body(
        {
            "p": '<p class="mb-5 text-lg leading-8 text-stone-800">{text}</p>',
            "h2": '<h2 class="mb-4 mt-10 text-2xl font-semibold">{text}</h2>',
            "quote": '<blockquote class="my-8 border-l-4 pl-4 italic"><p>{text}</p></blockquote>',
            "ul": '<ul class="mb-5 list-disc pl-6 text-lg">{items}</ul>',
        },
        inline,
    )
    hero = _slot(
        p,
        "video",
        '<div class="aspect-video w-full bg-black"><div data-player="mux"></div></div><div class="mt-2 text-sm">{inner}</div>',
        "<p>{text}</p>",
        "<p>{text}</p>",
        '<span class="mr-2">{text}</span>',
    )
    return f"""{NAV.format(site=esc(p.site))}
<div class="mx-auto grid max-w-6xl grid-cols-12 gap-8 px-4">
<div class="fixed left-4 top-1/3 hidden flex-col gap-2 lg:flex">{each(p, "share", "{inner}", '<button class="rounded-full border p-2 text-xs" type="button">{text}</button>')}</div>
<main class="col-span-12 lg:col-span-8">
{hero}
<h1 class="mb-4 mt-6 text-4xl font-bold">{esc(p.title)}</h1>
<p class="mb-8 text-sm text-stone-500">Homes &amp; Gardens news · 20 November 2026</p>
<div class="prose max-w-none">
{box(p, "error", '<noscript><div class="rounded bg-amber-50 p-3">{inner}</div></noscript>', "p")}
{body}
{each(p, "source", "{inner}", '<p class="mb-5 text-lg leading-8 text-stone-800">{text}</p>')}
</div>
<section class="mt-12 border-t pt-8">
{_slot(p, "comments", "<div>{inner}</div>", '<h3 class="text-xl font-semibold">{text}</h3>', "<p>{text}</p>", '<a class="underline" href="/ask">{text}</a>')}
{_slot(p, "login", '<div class="mt-4 text-sm">{inner}</div>', "<p>{text}</p>", "<p>{text}</p>", '<a class="underline" href="/login">{text}</a>')}
</section>
<section class="mt-12">{heading}<div class="grid grid-cols-3 gap-4">{links(p.teasers(3), '<a class="block font-medium" href="/gardens/{slug}">{text}</a>')}</div></section>
</main>
<aside class="col-span-12 lg:col-span-4">
{_slot(p, "notification", '<div class="mb-6 rounded-xl bg-emerald-50 p-4">{inner}</div>', '<p class="font-semibold">{text}</p>', "<p>{text}</p>", '<div class="text-sm">{text}</div>')}
{_slot(p, "app", '<div class="mb-6 rounded-xl bg-stone-100 p-4">{inner}</div>', '<p class="font-semibold">{text}</p>', "<p>{text}</p>", '<a class="text-sm underline" href="/app">{text}</a>')}
<ul class="space-y-2">{links(p.teasers(3), '<li><a href="/homes/{slug}">{text}</a></li>')}</ul>
</aside>
</div>
<footer class="mt-16 bg-emerald-900 px-4 py-10 text-white">
{_slot(p, "donation", '<div class="mx-auto max-w-6xl">{inner}</div>', '<p class="text-2xl">{text}</p>', "<p>{text}</p>", '<a class="rounded bg-white px-4 py-2 text-emerald-900" href="/subscribe">{text}</a>')}
<p class="mt-6 text-xs">© 2026 {esc(p.site)}</p></footer>
{_slot(p, "consent", '<div class="fixed inset-0 z-50 flex items-end bg-black/40"><div class="w-full bg-white p-6">{inner}</div></div>', '<p class="font-semibold">{text}</p>', "<p>{text}</p>", '<button class="mr-2 rounded border px-3 py-1" type="button">{text}</button>')}"""


def wellness_quiz_hub(p: Parts) -> str:
    """A wellness news site built with Svelte (`svelte-` hashed classes, paragraphs as
    `p.svelte-1k3xj7q`): the daily check-in bar at the top, the share icons in the byline,
    the ad slot right before the first paragraph in the article div, the membership appeal,
    the `<wb-quiz>` element (with its load-failure slot) and the video between paragraphs,
    the medical disclaimer as a paragraph of the same class right after the last one, the
    newsletter variant in a `<template>` for an A/B test, a headed reading list in the aside,
    the app-trial bar stuck to the bottom, the sign-in `<dialog>` and the consent banner."""
    heading = related_heading(p, '<h3 class="svelte-q8w2nd">{text}</h3>')
    quiz = "".join(
        present(
            _slot(
                p,
                "comments",
                "{inner}",
                '<p slot="title" class="svelte-1y5h2lb">{text}</p>',
                '<p class="svelte-1y5h2lb">{text}</p>',
                '<button type="button" class="svelte-1y5h2lb">{text}</button>',
            ),
            _slot(
                p,
                "error",
                '<div slot="error">{inner}</div>',
                "<p>{text}</p>",
                "<p>{text}</p>",
                "<button>{text}</button>",
            ),
        )
    )
    inline = present(
        _slot(
            p,
            "donation",
            '<div class="svelte-7fj2pc">{inner}</div>',
            '<p class="svelte-1k3xj7q"><strong>{text}</strong></p>',
            '<p class="svelte-1k3xj7q">{text}</p>',
            '<a class="svelte-7fj2pc" href="/join">{text}</a>',
        ),
        f'<wb-quiz quiz-id="sleep-8" class="svelte-3mfk0d">{quiz}</wb-quiz>' if quiz else "",
        _slot(
            p,
            "video",
            '<div class="svelte-x0a6ib"><iframe title="player" src="about:blank" loading="lazy"></iframe>{inner}</div>',
            '<p class="svelte-x0a6ib">{text}</p>',
            '<p class="svelte-x0a6ib">{text}</p>',
            '<small class="svelte-x0a6ib">{text}</small> ',
        ),
    )
    body = p.body(
        {
            "p": '<p class="svelte-1k3xj7q">{text}</p>',
            "h2": '<h2 class="svelte-1k3xj7q">{text}</h2>',
            "quote": '<blockquote class="svelte-1k3xj7q">{text}</blockquote>',
            "ul": '<ul class="svelte-1k3xj7q">{items}</ul>',
        },
        inline,
    )
    ad = _slot(
        p,
        "advertising",
        '<div class="svelte-9c1wqe" data-slot="top">{inner}</div>',
        "<span>{text}</span> ",
        '<p class="svelte-1k3xj7q">{text}</p>',
        '<a href="/go/partner" rel="sponsored">{text}</a>',
    )
    return f"""<div id="svelte">
{_slot(p, "notification", '<div class="svelte-4n7u2e">{inner}</div>', "<b>{text}</b> ", "<span>{text}</span> ", "<button>{text}</button> ")}
<header class="svelte-1p3d5ux"><a href="/">{esc(p.site)}</a> <nav><a href="/sleep">Sleep</a> <a href="/move">Move</a> <a href="/eat">Eat</a> <a href="/mind">Mind</a></nav></header>
<div class="svelte-2h8mlk">
<main class="svelte-2h8mlk">
<article class="svelte-1n5ea8q">
<h1 class="svelte-1n5ea8q">{esc(p.title)}</h1>
<div class="svelte-1n5ea8q"><span>Wellbeing desk</span> <time datetime="2026-11-20">20 Nov 2026</time> {inline_box(p, "share", '<span class="svelte-6d0z1a">{inner}</span>', "a", ' href="#" class="svelte-6d0z1a"')}</div>
<div class="svelte-1k3xj7q">
{ad}
{body}
{each(p, "source", "{inner}", '<p class="svelte-1k3xj7q">{text}</p>')}
</div>
</article>
{_slot(p, "newsletter", '<template data-ab="nl-b"><div class="svelte-8jf0bb">{inner}<input type="email"></div></template>', "<p><b>{text}</b></p>", "<p>{text}</p>", "<button>{text}</button>")}
</main>
<aside class="svelte-2h8mlk">{heading}<ol>{links(p.teasers(5), '<li><a href="/reads/{slug}">{text}</a></li>')}</ol></aside>
</div>
{FOOTER.format(site=esc(p.site))}
{_slot(p, "app", '<div class="svelte-1wq4t8c" style="position:sticky;bottom:0">{inner}</div>', "<b>{text}</b> ", "<span>{text}</span> ", '<a href="/app">{text}</a> ')}
{_slot(p, "login", '<dialog open class="svelte-u2m1hf">{inner}</dialog>', "<h2>{text}</h2>", "<p>{text}</p>", '<a href="/signin">{text}</a> ')}
{_slot(p, "consent", '<div class="svelte-c8s3ki" role="region">{inner}</div>', "<p><b>{text}</b></p>", "<p>{text}</p>", '<button type="button">{text}</button> ')}
</div>"""


SHAPES = (
    food_restaurant_news,
    travel_deals_amp,
    fashion_shop_the_look,
    parenting_forum_portal,
    home_garden_picks,
    wellness_quiz_hub,
)
