"""Half of the fifteenth part: six shapes of magazines and the news of lifestyle, travel, food, motoring and consumer sites, with their
wording, written after fourteen rounds of tuning without reading newsmon's rules. It was half of
the held-out part, measured untouched (both halves: newsmon kept 98 of 2,808 boilerplate lines,
3.5%, and 99.2% of the body), then tuned on: series notes, blotter and price disclaimers,
partnership credits, photo and styling credits, event calendars, obituaries, local appeals,
coupons, magazine issue promos, autoplay notices, removed posts, member-only reviews."""

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
                "This article contains affiliate links. We may earn a commission if you buy through them.",
                "How we choose what to recommend",
            ],
            [
                "Shop the story",
                "Le Creuset Signature Cast Iron Round Casserole, 24cm",
                "£235 at John Lewis",
                "£249 at Amazon",
            ],
            ["Our pick", "Featured in our guide to the best walking boots", "Check price at Cotswold Outdoor"],
            [
                "Win a seven-night stay for two in the Azores",
                "Enter our sweepstakes by 31 December. Terms and conditions apply.",
                "Enter the draw",
            ],
            ["Compare prices on this car", "New from £31,450 · Used from £18,990", "Get a finance quote"],
        ],
        "donation": [
            [
                "Subscribe to the magazine and get a free Joseph Joseph knife set",
                "12 issues for £12, delivered to your door",
                "Claim your gift",
            ],
            ["Try 3 issues for £5", "Save 58% on the shop price and never miss an issue.", "Start my trial"],
            [
                "Give a subscription this Christmas",
                "A year of great reading, with a greeting card for the lucky recipient.",
                "Shop gift subscriptions",
            ],
            [
                "Print + digital from $1.50 a week",
                "Includes every back issue since 1998 in our digital archive.",
                "Choose print and digital",
            ],
            ["Like our writing? Support the magazine for the price of a coffee.", "Back the magazine"],
        ],
        "notification": [
            [
                "The December issue is on sale now",
                "Inside: 50 festive bakes and the best gadgets of the year",
                "Buy this issue",
            ],
            ["New: follow writers and hear when they publish", "Follow Amara's stories"],
            ["Tip: save recipes, articles and trip ideas to your profile with one tap.", "Okay, show me later"],
            ["Price alert set", "We'll email you if this item drops below £200."],
            ["You're reading the UK edition of the magazine", "Switch to the US edition"],
        ],
        "app": [
            ["Cook from 8,000 tested recipes in our app, with a step-by-step cooking mode", "Get the recipe app"],
            [
                "Read every issue on your tablet",
                "Download the digital magazine from the App Store or Google Play",
            ],
            ["Plan trips offline with our city guides app", "Open the guides app"],
            ["Scan a barcode in the shop to see our test verdict", "Try the testing app free"],
            ["This story reads better in the app", "Continue in the app", "Stay on the website"],
        ],
        "newsletter": [
            [
                "Get the weekend recipe box",
                "Five easy dinners and one baking project, every Friday.",
                "Your email for the recipe box",
                "Send me recipes",
            ],
            [
                "Finish this article for free",
                "Enter your email to join our newsletter and carry on reading.",
                "Unlock the article",
            ],
            [
                "Wanderlust in your inbox",
                "Deals, destinations and dispatches from our travel desk every Tuesday.",
                "Get the travel letter",
            ],
            [
                "By entering your email you agree to our terms and to receive offers from us and carefully chosen partners.",
            ],
            ["Thanks for signing up to The Fuel Tank", "Tap the link in the email we just sent to finish joining."],
        ],
        "comments": [
            ["Is this change good news for drivers? Tell us below", "42 reader comments"],
            ["The conversation (42)", "Please keep it civil. Comments that break our rules will be removed."],
            ["Made this recipe? Rate it and leave a review", "Write a review"],
            ["Comments are switched off for this article."],
            ["Log in to reply", "Show 12 more replies"],
        ],
        "login": [
            [
                "This review is for members",
                "Join to see our full test results, Best Buys and Don't Buys.",
                "Join for £4.99 a month",
            ],
            ["Sign in to save this recipe to your recipe box", "Sign in to save", "New here? Make a free recipe box"],
            [
                "You've read all your free articles this month",
                "Subscribers get unlimited access to the website and the app.",
                "Compare our print and digital plans",
            ],
            [
                "Already a print subscriber? Link your subscription to read online at no extra cost",
                "Link my subscription",
            ],
            ["Create a free profile to read on", "It takes less than a minute.", "Carry on with your Google account"],
        ],
        "video": [
            ["Watch next", "How to make the perfect pie crust", "3:14"],
            ["This video plays automatically with the sound off", "Pause video", "Turn sound on"],
            ["More travel videos", "Hiking the Camino Portugués in six days", "8:02"],
            ["Up next in Motoring TV", "First drive: the new electric estate", "Autoplay next clip"],
            ["On screen now", "Inside the test kitchen: five mistakes with rice", "Skip to next video"],
        ],
        "source": [
            ["Photography: Jenna Okafor. Styling: Priya Lund. Food styling: Tom Reyes."],
            ["This article first appeared in the March 2027 issue of the magazine."],
            ["Prices were correct at the time of publication but may change."],
            ["Photograph: courtesy of the hotel", "Words by the travel desk"],
            ["Additional reporting by the road test team. Images supplied by the manufacturer."],
        ],
        "share": [
            ["Pin this recipe", "Add to my saves", "Email this recipe to a friend", "Text the recipe to yourself"],
            ["Share this story on Flipboard", "Post it to Threads", "Copy article URL"],
            ["Save this destination to your trip board", "Pin the photo gallery"],
            ["Bookmark for later", "Print-friendly version", "Send to WhatsApp contacts"],
            ["Love this? Save it for later", "Send it to your feed"],
        ],
        "error": [
            ["This recipe card failed to load.", "Reload the recipe"],
            ["Sorry, this quiz isn't working right now. Try again later."],
            ["The price comparison widget is unavailable.", "See all retailers"],
            ["This Instagram post has been deleted or made private."],
            ["Video unavailable: this clip cannot be played in your location."],
        ],
        "consent": [
            [
                "Your choices about cookies on this magazine",
                "We and our partners use cookies to personalise content, show relevant ads and measure performance. You can change your choices at any time.",
                "Agree, continue to the story",
                "Manage options",
            ],
            [
                "This content is hosted by Pinterest. Allow marketing cookies to see it.",
                "Allow marketing cookies and view pin",
            ],
            [
                "Set your cookie choices",
                "Strictly necessary cookies are always on. Choose which others you accept.",
                "Save preferences",
                "Only necessary ones, please",
            ],
            ["Do you accept the use of cookies on this magazine site?", "Yes, I accept", "No, read without accepting"],
            [
                "Accept cookies or subscribe ad-free",
                "Read without personalised ads from £2.99 a month.",
                "Continue with cookies",
            ],
        ],
        "related": [
            ["More from this issue"],
            ["Recipes you might also like"],
            ["Keep reading the magazine"],
            ["More travel news"],
            ["Latest in Motoring"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir gegebenenfalls eine Provision.",
                "So wählen wir Produkte aus",
            ],
            ["Produkt im Artikel", "WMF Profi Plus Pfannenset, 3-teilig", "89,99 € bei Otto", "94,95 € bei Amazon"],
            ["Leserreise-Verlosung", "Gewinnen Sie eine Woche für zwei auf Madeira!", "Los zur Verlosung"],
            ["Preisvergleich zu diesem Auto", "Neu ab 34.990 € · Gebraucht ab 21.500 €", "Finanzierung berechnen"],
        ],
        "donation": [
            [
                "Jetzt das Magazin abonnieren und ein Kochbuch als Prämie sichern",
                "6 Ausgaben frei Haus für 19,90 €",
                "Prämie auswählen",
            ],
            ["3 Hefte testen für nur 5 €", "Sie sparen 55 % gegenüber dem Kioskpreis.", "Zum Testangebot"],
            [
                "Das Heft ein Jahr lang verschenken",
                "Ein Jahr Lesevergnügen, mit Geschenkkarte für die Beschenkten.",
                "Geschenkabo wählen",
            ],
            [
                "Print und digital ab 1,99 € pro Woche",
                "Inklusive Archiv mit allen Ausgaben seit 1998.",
                "Print-Abo starten",
            ],
        ],
        "notification": [
            [
                "Die neue Ausgabe ist da",
                "Darin: 50 Weihnachtsrezepte und die besten Gadgets des Jahres",
                "Heft kaufen",
            ],
            [
                "Neu: Autorinnen und Autoren folgen und bei neuen Texten benachrichtigt werden",
                "Texten von Amara Lenz folgen",
            ],
            ["Preisalarm aktiviert", "Wir benachrichtigen Sie, wenn der Preis unter 80 € fällt."],
            ["Sie lesen die Ausgabe für Österreich", "Zur deutschen Ausgabe wechseln"],
        ],
        "app": [
            ["Über 5.000 getestete Rezepte mit Schritt-für-Schritt-Modus in unserer App", "Rezepte-App laden"],
            ["Jede Ausgabe auf dem Tablet lesen", "Das digitale Heft gibt es im App Store und bei Google Play"],
            ["Reiseführer offline nutzen: mit unserer Reise-App", "In der Reise-App öffnen"],
            [
                "Dieser Artikel liest sich besser in der App",
                "In der Magazin-App weiterlesen",
                "Lieber auf der Website lesen",
            ],
        ],
        "newsletter": [
            [
                "Die Rezeptbox zum Wochenende",
                "Fünf schnelle Abendessen und ein Backprojekt, jeden Freitag.",
                "Ihre E-Mail für die Rezeptbox",
                "Rezepte erhalten",
            ],
            [
                "Lesen Sie kostenlos weiter",
                "Geben Sie Ihre E-Mail-Adresse ein, um den Artikel mit unserem Newsletter freizuschalten.",
                "Mit E-Mail weiterlesen",
            ],
            [
                "Fernweh im Postfach",
                "Reiseschnäppchen, Ziele und Reportagen jeden Dienstag.",
                "Reisebrief bestellen",
            ],
            [
                "Mit Ihrer Anmeldung stimmen Sie unseren Bedingungen und dem Erhalt von Angeboten ausgewählter Partner zu.",
            ],
        ],
        "comments": [
            ["Was meinen Sie? Schreiben Sie es in die Kommentare", "42 Leserkommentare"],
            ["Stimmen unserer Leser", "Bitte bleiben Sie sachlich. Regelwidrige Beiträge werden entfernt."],
            ["Schon nachgekocht? Bewerten Sie das Rezept", "Bewertung schreiben"],
            ["Die Kommentarfunktion ist für diesen Artikel ausgeschaltet."],
        ],
        "login": [
            [
                "Dieser Testbericht ist für Mitglieder",
                "Werden Sie Mitglied und sehen Sie alle Testergebnisse und Testsieger.",
                "Mitgliedschaft für 4,99 € im Monat",
            ],
            [
                "Melden Sie sich an, um dieses Rezept in Ihrem Kochbuch zu speichern",
                "Zum Speichern anmelden",
                "Gratis-Konto anlegen",
            ],
            [
                "Ihre freien Artikel für diesen Monat sind aufgebraucht",
                "Mit einem Abo lesen Sie unbegrenzt auf Website und App.",
                "Print- und Digitalabos vergleichen",
            ],
            [
                "Sie haben das Heft abonniert? Verknüpfen Sie Ihr Abo und lesen Sie online ohne Aufpreis",
                "Mein Abo verknüpfen",
            ],
        ],
        "video": [
            ["Als Nächstes im Video", "So gelingt der perfekte Mürbeteig", "3:14"],
            ["Mehr Reisevideos", "Sechs Tage auf dem portugiesischen Jakobsweg", "8:02"],
            ["Jetzt läuft", "Aus der Testküche: fünf Fehler beim Reiskochen", "Zum nächsten Video"],
            ["Das Video startet automatisch ohne Ton", "Video pausieren", "Ton des Clips an"],
        ],
        "source": [
            ["Fotos: Jenna Okafor. Styling: Priya Lund. Foodstyling: Tom Reyes."],
            ["Dieser Artikel erschien zuerst in der Märzausgabe 2027 des Magazins."],
            ["Die Preise entsprechen dem Stand bei Veröffentlichung und können sich ändern."],
            ["Foto: Hotel (Pressebild)", "Text: Reiseredaktion"],
        ],
        "share": [
            ["Rezept pinnen", "Zu meinen Favoriten", "An Freunde senden", "Rezept per SMS schicken"],
            ["Auf Flipboard teilen", "Bei Threads posten", "Artikel-URL kopieren"],
            ["Ziel auf meiner Reise-Pinnwand merken", "Bei Pinterest merken"],
            ["Für später merken", "Druckfreundliche Version", "An WhatsApp-Kontakte senden"],
        ],
        "error": [
            ["Die Rezeptkarte konnte nicht geladen werden.", "Rezept neu laden"],
            ["Dieses Quiz funktioniert gerade nicht. Bitte später erneut versuchen."],
            ["Der Preisvergleich ist derzeit nicht verfügbar.", "Alle Händler ansehen"],
            ["Dieser Instagram-Beitrag wurde gelöscht oder ist privat."],
        ],
        "consent": [
            [
                "Wir achten auf Ihre Privatsphäre",
                "Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren, passende Werbung zu zeigen und die Reichweite zu messen.",
                "Zustimmen und schließen",
                "Optionen verwalten",
            ],
            [
                "Dieser Inhalt wird von Pinterest bereitgestellt. Erlauben Sie Marketing-Cookies, um ihn zu sehen.",
                "Erlauben und anzeigen",
            ],
            [
                "Werbefrei lesen oder zustimmen",
                "Ohne personalisierte Werbung lesen für 2,99 € im Monat.",
                "Cookies akzeptieren und lesen",
            ],
            [
                "Ihre Cookie-Auswahl für dieses Magazin",
                "Notwendige Cookies sind immer aktiv. Wählen Sie, welche weiteren Sie zulassen.",
                "Meine Cookie-Wahl sichern",
                "Nur notwendige zulassen",
            ],
        ],
        "related": [
            ["Mehr aus diesem Heft"],
            ["Diese Rezepte könnten Ihnen auch gefallen"],
            ["Weiter stöbern"],
            ["Mehr Reise-News"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Cet article contient des liens affiliés : nous pouvons percevoir une commission en cas d'achat.",
                "Comment nous choisissons",
            ],
            ["Le produit de l'article", "Cocotte ronde en fonte Staub, 24 cm", "159 € chez Darty", "169 € sur Amazon"],
            ["Grand jeu-concours", "Gagnez un séjour d'une semaine pour deux aux Açores !", "Je tente ma chance"],
            ["Comparer les prix de ce modèle", "Neuf dès 32 900 € · Occasion dès 19 500 €", "Simuler un financement"],
        ],
        "donation": [
            [
                "Abonnez-vous au magazine et recevez un livre de cuisine en cadeau",
                "6 numéros livrés chez vous pour 19,90 €",
                "Choisir mon cadeau",
            ],
            ["3 numéros pour 5 €", "Jusqu'à 55 % de réduction sur le prix en kiosque.", "Je profite de l'offre"],
            [
                "Offrez le magazine pendant un an",
                "Une année de lecture, avec une carte cadeau pour la personne qui le reçoit.",
                "Voir les abonnements cadeaux",
            ],
            [
                "Papier + numérique dès 1,99 € par semaine",
                "Avec les archives de tous les numéros depuis 1998.",
                "Choisir la formule papier",
            ],
        ],
        "notification": [
            [
                "Le numéro de décembre est en kiosque",
                "Au sommaire : 50 recettes de fête et les meilleurs gadgets de l'année",
                "Acheter le numéro",
            ],
            [
                "Nouveau : suivez vos auteurs préférés et soyez prévenu de leurs parutions",
                "Suivre les textes d'Amara Lenz",
            ],
            ["Alerte prix activée", "Nous vous écrirons si le prix passe sous 120 €."],
            ["Vous lisez l'édition belge du magazine", "Passer à l'édition française"],
        ],
        "app": [
            ["Plus de 5 000 recettes testées, pas à pas, dans notre appli", "Télécharger l'appli recettes"],
            ["Lisez chaque numéro sur votre tablette", "Le magazine numérique est sur l'App Store et Google Play"],
            ["Nos guides de voyage, même hors connexion, dans l'appli", "Ouvrir dans l'appli voyage"],
            [
                "Cet article est plus agréable à lire dans l'appli",
                "Poursuivre dans l'appli du magazine",
                "Rester sur le site web",
            ],
        ],
        "newsletter": [
            [
                "Le panier recettes du week-end",
                "Cinq dîners rapides et un projet pâtisserie, chaque vendredi.",
                "Votre e-mail pour le panier",
                "Recevoir les recettes",
            ],
            [
                "Lisez la suite gratuitement",
                "Saisissez votre e-mail pour recevoir notre newsletter et débloquer l'article.",
                "Débloquer l'article",
            ],
            [
                "Envie d'ailleurs dans votre boîte mail",
                "Bons plans, destinations et reportages chaque mardi.",
                "Recevoir la lettre voyage",
            ],
            [
                "En indiquant votre e-mail, vous acceptez nos conditions et de recevoir des offres de partenaires choisis.",
            ],
        ],
        "comments": [
            ["Et vous, qu'en pensez-vous ? Dites-le en commentaire", "42 réactions de lecteurs"],
            ["La parole aux lecteurs", "Restez courtois : les messages contraires à notre charte seront supprimés."],
            ["Vous avez testé cette recette ? Notez-la", "Laisser un avis"],
            ["Les réactions ne sont pas ouvertes sous ce reportage."],
        ],
        "login": [
            [
                "Ce comparatif est réservé aux adhérents",
                "Adhérez pour voir tous nos résultats de tests et nos meilleurs choix.",
                "Devenir adhérent",
            ],
            [
                "Connectez-vous pour enregistrer cette recette dans votre carnet",
                "Se connecter pour enregistrer",
                "Ouvrir un compte gratuit",
            ],
            [
                "Vous avez lu tous vos articles gratuits du mois",
                "Abonnés : accès illimité au site et à l'appli.",
                "Découvrir les formules",
            ],
            [
                "Déjà abonné à la version papier ? Rattachez votre abonnement pour lire en ligne",
                "Rattacher mon abonnement",
            ],
        ],
        "video": [
            ["Dans la foulée en vidéo", "Réussir sa pâte brisée à tous les coups", "3:14"],
            ["Plus de vidéos voyage", "Six jours sur le chemin portugais de Compostelle", "8:02"],
            ["En lecture", "Dans notre cuisine test : cinq erreurs avec le riz", "Passer à la suivante"],
            ["La vidéo démarre automatiquement sans le son", "Mettre la vidéo en pause", "Entendre le clip"],
        ],
        "source": [
            ["Photos : Jenna Okafor. Stylisme : Priya Lund. Stylisme culinaire : Tom Reyes."],
            ["Cet article a d'abord paru dans notre numéro de mars 2027."],
            ["Prix constatés au moment de la publication, susceptibles d'évoluer."],
            ["Photo : DR / service de presse de l'hôtel", "Texte : la rédaction voyage"],
        ],
        "share": [
            [
                "Épingler la recette",
                "Garder dans mon carnet de recettes",
                "Envoyer à un proche",
                "Recevoir la recette par SMS",
            ],
            ["Partager sur Flipboard", "Publier sur Threads", "Copier le lien de ce reportage"],
            ["Garder cette destination dans mon carnet de voyage", "Enregistrer sur Pinterest"],
            ["Mettre de côté pour ce soir", "Imprimer la fiche", "Envoyer à mes contacts WhatsApp"],
        ],
        "error": [
            ["La fiche recette n'a pas pu être chargée.", "Recharger la recette"],
            ["Ce quiz ne fonctionne pas pour le moment. Réessayez plus tard."],
            ["Le comparateur de prix est indisponible.", "Voir les marchands"],
            ["Cette publication Instagram a été supprimée ou rendue privée."],
        ],
        "consent": [
            [
                "Le respect de votre vie privée nous tient à cœur",
                "Nos partenaires et nous utilisons des cookies pour personnaliser le contenu, afficher des publicités adaptées et mesurer l'audience.",
                "J'accepte, vers l'article",
                "Affiner mes réglages de cookies",
            ],
            [
                "Ce contenu est hébergé par Pinterest. Autorisez les cookies marketing pour l'afficher.",
                "Autoriser et afficher",
            ],
            [
                "Accepter ou s'abonner sans publicité",
                "Lisez sans publicité personnalisée pour 2,99 € par mois.",
                "Continuer avec les cookies",
            ],
            [
                "Vos choix de cookies sur ce magazine",
                "Les cookies nécessaires restent actifs. Choisissez ceux que vous autorisez.",
                "Valider ma sélection de cookies",
                "Refuser les non essentiels",
            ],
        ],
        "related": [
            ["Dans ce numéro"],
            ["D'autres recettes qui pourraient vous plaire"],
            ["Continuer l'exploration"],
            ["L'actu voyage"],
        ],
    },
    "es": {
        "advertising": [
            [
                "Este artículo contiene enlaces de afiliados: podemos recibir una comisión si compras a través de ellos.",
                "Cómo elegimos los productos",
            ],
            [
                "Producto del artículo",
                "Cacerola redonda de hierro fundido Staub, 24 cm",
                "149 € en El Corte Inglés",
                "159 € en Amazon",
            ],
            ["Sorteo de viaje para lectores", "¡Gana una semana para dos en las Azores!", "Apuntarme al sorteo"],
            [
                "Compara precios de este coche",
                "Nuevo desde 29.900 € · Seminuevo desde 18.500 €",
                "Calcular financiación",
            ],
        ],
        "donation": [
            [
                "Suscríbete a la revista y llévate un libro de cocina de regalo",
                "6 números en casa por 19,90 €",
                "Elegir mi regalo",
            ],
            ["3 números por 5 €", "Ahorra hasta un 55 % respecto al precio de quiosco.", "Aprovechar la oferta"],
            [
                "Regala la revista durante un año",
                "Un año de lectura, con tarjeta regalo para quien la recibe.",
                "Ver suscripciones regalo",
            ],
            [
                "Papel + digital desde 1,99 € a la semana",
                "Incluye la hemeroteca con todos los números desde 1998.",
                "Elegir papel y digital",
            ],
        ],
        "notification": [
            [
                "Ya está a la venta el número de diciembre",
                "Dentro: 50 recetas de fiesta y los mejores gadgets del año",
                "Comprar el número",
            ],
            ["Novedad: sigue a tus autores y entérate cuando publiquen", "Seguir los textos de Amara Lenz"],
            ["Alerta de precio activada", "Te escribiremos si el precio baja de 120 €."],
            ["Estás leyendo la edición de México", "Cambiar a la edición de España"],
        ],
        "app": [
            ["Más de 5.000 recetas probadas, paso a paso, en nuestra app", "Descargar la app de recetas"],
            ["Lee cada número en tu tableta", "La revista digital está en App Store y Google Play"],
            ["Nuestras guías de viaje, también sin conexión, en la app", "Abrir en la app de viajes"],
            ["Este artículo se lee mejor en la app", "Seguir en la app", "Quedarme en la web"],
        ],
        "newsletter": [
            [
                "La cesta de recetas del finde",
                "Cinco cenas rápidas y un proyecto de repostería, cada viernes.",
                "Tu email para la cesta",
                "Quiero las recetas",
            ],
            [
                "Sigue leyendo gratis",
                "Escribe tu email para recibir nuestra newsletter y desbloquear el artículo.",
                "Desbloquear el artículo",
            ],
            [
                "Ganas de viajar en tu bandeja de entrada",
                "Chollos, destinos y reportajes cada martes.",
                "Recibir la carta de viajes",
            ],
            ["Al dejar tu email aceptas nuestras condiciones y recibir ofertas de socios seleccionados."],
        ],
        "comments": [
            ["¿Y tú qué opinas? Cuéntanoslo en los comentarios", "42 opiniones de lectores"],
            ["Lo que dicen los lectores", "Sé respetuoso: eliminaremos los mensajes que incumplan nuestras normas."],
            ["¿Has hecho esta receta? Valórala", "Escribir una reseña"],
            ["Los comentarios están desactivados en este artículo."],
        ],
        "login": [
            [
                "Este análisis es solo para socios",
                "Hazte socio para ver todos nuestros resultados de pruebas y las mejores compras.",
                "Hacerme socio",
            ],
            [
                "Inicia sesión para guardar esta receta en tu recetario",
                "Entrar para guardar",
                "Abrir una cuenta gratis",
            ],
            [
                "Has leído todos tus artículos gratis de este mes",
                "Los suscriptores tienen acceso ilimitado a la web y la app.",
                "Comparar papel y digital",
            ],
            [
                "¿Ya recibes la revista en papel? Vincula tu suscripción y lee en la web sin coste",
                "Vincular mi suscripción",
            ],
        ],
        "video": [
            ["Vídeo que viene", "Cómo hacer una masa quebrada perfecta", "3:14"],
            ["Más vídeos de viajes", "Seis días por el Camino Portugués", "8:02"],
            ["En pantalla ahora", "En nuestra cocina de pruebas: cinco errores con el arroz", "Pasar al siguiente"],
            ["El vídeo se reproduce automáticamente sin sonido", "Pausar el vídeo", "Activar el sonido"],
        ],
        "source": [
            ["Fotos: Jenna Okafor. Estilismo: Priya Lund. Estilismo gastronómico: Tom Reyes."],
            ["Este artículo se publicó primero en nuestro número de marzo de 2027."],
            ["Precios vigentes en el momento de la publicación; pueden variar."],
            ["Foto: cortesía del hotel", "Texto: redacción de viajes"],
        ],
        "share": [
            [
                "Guardar la receta en Pinterest",
                "Añadir a mis favoritos",
                "Mandar la receta a un amigo",
                "Recibir la receta por SMS",
            ],
            ["Compartir en Flipboard", "Publicar en Threads", "Copiar la URL del artículo"],
            ["Guardar este destino en mi tablero de viaje", "Fijar en Pinterest"],
            ["Leer más tarde", "Imprimir la ficha", "Mandar a mis contactos de WhatsApp"],
        ],
        "error": [
            ["No se pudo cargar la ficha de la receta.", "Recargar la receta"],
            ["Este test no funciona ahora mismo. Vuelve a intentarlo más tarde."],
            ["El comparador de precios no está disponible.", "Ver todas las tiendas"],
            ["Esta publicación de Instagram se ha borrado o es privada."],
        ],
        "consent": [
            [
                "Cuidamos tu privacidad",
                "Nosotros y nuestros socios usamos cookies para personalizar el contenido, mostrar anuncios relevantes y medir la audiencia.",
                "Acepto, ir al artículo",
                "Gestionar opciones",
            ],
            [
                "Este contenido está alojado en Pinterest. Permite las cookies de marketing para verlo.",
                "Permitir y mostrar",
            ],
            [
                "Acepta o suscríbete sin publicidad",
                "Lee sin publicidad personalizada por 2,99 € al mes.",
                "Seguir con cookies",
            ],
            [
                "Tus opciones de cookies en esta revista",
                "Las cookies necesarias siempre están activas. Elige cuáles más aceptas.",
                "Guardar mis preferencias",
                "Rechazar las no esenciales",
            ],
        ],
        "related": [
            ["Más de este número"],
            ["Otras recetas que te pueden gustar"],
            ["Sigue explorando"],
            ["Más noticias de viajes"],
        ],
    },
}


_sentence = sentence_test(6)


_module = functools.partial(widget, sentence=_sentence)


_WK_ISSUE = '<li class="issue-contents__item"><a class="issue-contents__link" href="/2026/11/21/{slug}">{text}</a></li>'
_WK_RAIL = '<li class="rail-list__item"><a href="/2026/11/20/{slug}" data-analytics="rail:popular">{text}</a></li>'


def weekly_print_issue(p: Parts) -> str:
    """A current-affairs weekly's article (`article__body-text` paragraphs with `data-component`,
    a section rubric and fly-title, print-edition metadata): the print-issue line above the first
    paragraph, an ad with its label, a "more from this issue" list, a newsletter box and a podcast
    player between paragraphs, the print offer with a gift right after the last paragraph inside
    the body, the issue-on-sale bar over the masthead, share and save tools under the standfirst,
    the metered wall, letters-style comments, a failed chart, the app banner, a popular rail and
    the consent dialog outside."""
    heading = related_heading(p, '<h3 class="issue-contents__title">{text}</h3>')
    inline = present(
        _module(
            p,
            "advertising",
            '<div class="adComponent_advert" data-component="advert" data-slot="mpu-1">'
            '<div class="adComponent_label">{inner}</div><div id="gpt-mpu-1"></div></div>',
            "<span>{text}</span>",
            "<span>{text}</span>",
            "<span>{text}</span>",
        ),
        f'<aside class="issue-contents" data-component="issue-contents">{heading}'
        f'<ul class="issue-contents__list">{links(p.teasers(3), _WK_ISSUE)}</ul></aside>',
        _module(
            p,
            "newsletter",
            '<div class="newsletter-promo" data-component="newsletter-promo"><form class="newsletter-promo__form" action="/newsletters/signup" method="post">{inner}'
            '<input class="newsletter-promo__input" type="email" name="email" autocomplete="email"></form></div>',
            '<h3 class="newsletter-promo__title">{text}</h3>',
            '<p class="newsletter-promo__text">{text}</p>',
            '<button class="newsletter-promo__button" type="submit">{text}</button>',
        ),
        _module(
            p,
            "video",
            '<figure class="media-player" data-component="media-player" data-autoplay="muted">'
            '<div class="media-player__frame"></div><figcaption class="media-player__caption">{inner}</figcaption></figure>',
            '<span class="media-player__kicker">{text}</span> ',
            '<span class="media-player__title">{text}</span> ',
            '<span class="media-player__meta">{text}</span> ',
        ),
    )
    body = p.body(
        {
            "p": '<p class="article__body-text" data-component="paragraph">{text}</p>',
            "h2": '<h2 class="article__subheadline" data-component="subheadline">{text}</h2>',
            "quote": '<blockquote class="article__quote" data-component="quote"><p>{text}</p></blockquote>',
            "ul": '<ul class="article__list" data-component="list">{items}</ul>',
        },
        inline,
    )
    edition = each(
        p,
        "source",
        '<div class="article__print-edition" data-component="print-edition">{inner}</div>',
        "<p><i>{text}</i></p>",
    )
    offer = _module(
        p,
        "donation",
        '<div class="subscription-offer" data-component="subscription-offer"><img class="subscription-offer__gift" src="/img/gift-offer.png" alt="">{inner}</div>',
        '<h3 class="subscription-offer__headline">{text}</h3>',
        '<p class="subscription-offer__copy">{text}</p>',
        '<a class="subscription-offer__cta" href="/subscribe?source=article-foot">{text}</a>',
    )
    return f"""{_module(p, "notification", '<div class="issue-bar" data-component="issue-bar"><img class="issue-bar__cover" src="/img/cover-small.jpg" alt="">{inner}</div>', '<strong class="issue-bar__title">{text}</strong> ', '<span class="issue-bar__text">{text}</span> ', '<a class="issue-bar__link" href="/printedition">{text}</a>')}
<header class="masthead"><a class="masthead__logo" href="/">{esc(p.site)}</a>
<nav class="masthead__nav"><a href="/politics">Politics</a> <a href="/world">World</a> <a href="/books-and-arts">Books &amp; arts</a> <a href="/the-week">The week</a></nav></header>
<main id="content" class="layout-article">
<article class="article" data-test-id="Article">
<header class="article__header"><span class="article__section">Britain</span>
<span class="article__flytitle">The week in politics</span>
<h1 class="article__headline">{esc(p.title)}</h1>
<p class="article__dateline"><time datetime="2026-11-20T08:00:00Z">Nov 20th 2026</time> | London</p>
{each(p, "share", '<div class="article__tools" data-component="share-save">{inner}</div>', '<button class="article__tool" type="button" data-tool="{n}">{text}</button>')}</header>
<div class="article__body" data-body-id="1">
{edition}
{body}
{offer}
</div>
{_module(p, "login", '<div class="metered-wall" data-component="paywall"><div class="metered-wall__inner">{inner}</div></div>', '<h2 class="metered-wall__title">{text}</h2>', '<p class="metered-wall__text">{text}</p>', '<a class="metered-wall__button" href="/subscribe">{text}</a>')}
<section class="letters" data-component="comments">{_module(p, "comments", '<div class="letters__intro">{inner}</div>', '<h2 class="letters__title">{text}</h2>', '<p class="letters__text">{text}</p>', '<a class="letters__link" href="#comments">{text}</a>')}</section>
</article>
<aside class="layout-article__rail">
{_module(p, "error", '<div class="chart-embed chart-embed--failed" data-component="interactive">{inner}</div>', '<p class="chart-embed__message">{text}</p>', '<p class="chart-embed__message">{text}</p>', '<a class="chart-embed__link" href="#">{text}</a>')}
<section class="rail-list"><ol>{links(p.teasers(4), _WK_RAIL)}</ol></section>
</aside>
</main>
{_module(p, "app", '<div class="app-download-banner" data-component="app-banner">{inner}</div>', '<p class="app-download-banner__title">{text}</p>', '<p class="app-download-banner__text">{text}</p>', '<a class="app-download-banner__cta" href="/apps">{text}</a>')}
<footer class="site-footer"><p>Copyright © {esc(p.site)} 2026. All rights reserved.</p><a href="/help/accessibility">Accessibility</a> <a href="/legal/terms-of-use">Terms of use</a></footer>
{_module(p, "consent", '<div class="consent-dialog" role="dialog" aria-modal="true" aria-labelledby="consent-title">{inner}</div>', '<h2 id="consent-title" class="consent-dialog__title">{text}</h2>', '<p class="consent-dialog__text">{text}</p>', '<button class="consent-dialog__button" type="button">{text}</button>')}"""


_TR_INLINE = '<li><a href="/news/{slug}/" rel="bookmark">{text}</a></li>'
_TR_GRID = (
    '<article class="post-card"><a class="post-card__image-link" href="/news/{slug}/"><img src="/wp-content/uploads/2026/11/card.jpg" alt=""></a>'
    '<h3 class="post-card__title"><a href="/news/{slug}/">{text}</a></h3></article>'
)


def travel_affiliate_wp(p: Parts) -> str:
    """A travel magazine's news post on WordPress (`entry-content` with block-editor classes,
    paragraphs plain `<p>`): the hero figure with its pin and save buttons and the photo credit in
    the caption above the first paragraph, a hotel price widget, a headed "more travel news"
    list, the guides-app promo and a failed map embed between paragraphs, the newsletter form
    right after the last paragraph inside `entry-content`, an edition notice in the top bar, a
    print-subscription widget, the sign-in modal, a video rail, comments from a comments plugin,
    a post grid and a cookie-plugin banner outside."""
    heading = related_heading(p, '<h4 class="wp-block-heading related-news__title">{text}</h4>')
    inline = present(
        _module(
            p,
            "advertising",
            '<div class="wp-block-affiliate-hotel-card hotel-price-widget" data-affiliate-network="awin" data-hotel-id="44817">'
            '<div class="hotel-price-widget__body">{inner}</div></div>',
            '<p class="hotel-price-widget__label">{text}</p>',
            '<p class="hotel-price-widget__name">{text}</p>',
            '<a class="hotel-price-widget__deal" href="https://www.awin1.com/cread.php?awinmid=6776" rel="sponsored nofollow">{text}</a>',
        ),
        f'<div class="wp-block-group related-news">{heading}<ul class="wp-block-list">{links(p.teasers(2), _TR_INLINE)}</ul></div>',
        _module(
            p,
            "app",
            '<div class="wp-block-group app-promo has-pale-sand-background-color has-background">{inner}</div>',
            '<p class="app-promo__title"><strong>{text}</strong></p>',
            '<p class="app-promo__text">{text}</p>',
            '<div class="wp-block-button"><a class="wp-block-button__link" href="https://guides.app.link/open">{text}</a></div>',
        ),
        _module(
            p,
            "error",
            '<figure class="wp-block-embed is-type-rich is-provider-google-maps embed-failed"><div class="wp-block-embed__wrapper">{inner}</div></figure>',
            '<p class="embed-failed__message">{text}</p>',
            '<p class="embed-failed__message">{text}</p>',
            '<a class="embed-failed__link" href="#">{text}</a>',
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
    pins = inline_box(
        p,
        "share",
        '<div class="hero-figure__actions">{inner}</div>',
        "button",
        ' class="hero-figure__pin" type="button"',
    )
    credit = each(p, "source", "{inner}", '<span class="hero-figure__credit">{text}</span> ')
    hero = (
        f'<figure class="wp-block-image size-full hero-figure"><img src="/wp-content/uploads/2026/11/hero.jpg" alt="" width="1600" height="900">{pins}'
        f'<figcaption class="wp-element-caption">{credit}</figcaption></figure>'
    )
    signup = _module(
        p,
        "newsletter",
        '<div class="wp-block-newsletter-signup newsletter-box"><form class="newsletter-box__form" action="/wp-admin/admin-post.php" method="post">{inner}'
        '<input type="hidden" name="action" value="nl_signup"><input type="email" name="nl_email" class="newsletter-box__email"></form></div>',
        '<h3 class="newsletter-box__title">{text}</h3>',
        '<p class="newsletter-box__text">{text}</p>',
        '<button class="newsletter-box__submit wp-element-button" type="submit">{text}</button>',
    )
    return f"""<div id="page" class="site">
<div class="top-bar">{_module(p, "notification", '<div class="top-bar__notice">{inner}</div>', '<span class="top-bar__title">{text}</span> ', '<span class="top-bar__text">{text}</span> ', '<a class="top-bar__link" href="#">{text}</a>')}</div>
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{esc(p.site)}</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/destinations/">Destinations</a></li><li class="menu-item"><a href="/news/">Travel news</a></li><li class="menu-item"><a href="/deals/">Deals</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-88213" class="post-88213 post type-post status-publish format-standard has-post-thumbnail category-travel-news">
<header class="entry-header"><h1 class="entry-title">{esc(p.title)}</h1>
<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/news-desk/">{esc(p.site)} news desk</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2026-11-20T08:00:00+00:00">20 November 2026</time></span></div></header>
<div class="entry-content">
{hero}
{body}
{signup}
</div>
<footer class="entry-footer"><span class="cat-links"><a href="/category/travel-news/" rel="category tag">Travel news</a></span></footer>
</article>
<div id="comments" class="comments-area">{_module(p, "comments", '<div class="wpd-thread-head">{inner}</div>', '<h3 class="wpd-thread-info">{text}</h3>', '<p class="wpd-comment-text">{text}</p>', '<a class="wpd-prim-button" href="#respond">{text}</a>')}</div>
</main></div>
<aside id="secondary" class="widget-area">
{_module(p, "donation", '<section class="widget widget_print_subscription">{inner}</section>', '<h2 class="widget-title">{text}</h2>', '<p class="widget_print_subscription__text">{text}</p>', '<a class="button" href="/subscribe/print/">{text}</a>')}
<section class="widget widget_video_rail">{_module(p, "video", '<div class="video-rail">{inner}</div>', '<h2 class="widget-title">{text}</h2>', '<p class="video-rail__title">{text}</p>', '<span class="video-rail__duration">{text}</span>')}</section>
</aside></div>
<section class="more-posts"><div class="post-grid">{links(p.teasers(3), _TR_GRID)}</div></section>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 {esc(p.site)}</div></footer>
</div>
{_module(p, "login", '<div class="modal modal--signin" id="signin-modal" aria-hidden="true"><div class="modal__dialog">{inner}</div></div>', '<h2 class="modal__title">{text}</h2>', '<p class="modal__text">{text}</p>', '<button class="modal__button" type="button">{text}</button>')}
{_module(p, "consent", '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-bottom-right" role="dialog">{inner}</div></div>', '<div class="cmplz-title">{text}</div>', '<div class="cmplz-message"><p>{text}</p></div>', '<button class="cmplz-btn" type="button">{text}</button>')}"""


_FD_INLINE = (
    '<li class="mntl-sc-block-featuredlink__item"><a class="mntl-sc-block-featuredlink__link" href="/food-news/{slug}" '
    'data-doc-id="7{slug}">{text}</a></li>'
)
_FD_CARD = (
    '<a class="comp mntl-card-list-items mntl-document-card" href="/food-news/{slug}" data-tax-levels="">'
    '<div class="card__content"><span class="card__title"><span class="card__title-text">{text}</span></span></div></a>'
)


def food_brand_news(p: Parts) -> str:
    """A food brand's news article on a large publisher's component platform (`mntl-sc-block`
    classes on every paragraph, `comp` components): the save-recipes tip above the first
    paragraph, a "shop the story" commerce block, a muted autoplay video, a failed recipe card and
    a featured-link list between paragraphs, the photo and styling credits right after the last
    paragraph inside the content, the save and pin tools in the header, the sign-in-to-save
    prompt, ratings and reviews, the magazine offer and newsletter in the footer, the app
    banner, a card list and a consent banner outside."""
    heading = related_heading(p, '<span class="mntl-sc-block-featuredlink__heading">{text}</span>')
    inline = present(
        _module(
            p,
            "advertising",
            '<div class="comp mntl-sc-block mntl-sc-block-commerce-info" data-commerce-type="product"><div class="product-record">{inner}</div></div>',
            '<span class="product-record__label">{text}</span>',
            '<span class="product-record__title">{text}</span>',
            '<a class="mntl-commerce-button product-record__button" href="https://www.amazon.co.uk/dp/B0049KX2VY?tag=fd-21" rel="nofollow sponsored">{text}</a>',
        ),
        _module(
            p,
            "video",
            '<div class="comp mntl-sc-block mntl-sc-block-inlinevideo" data-autoplay="true" data-muted="true">'
            '<div class="mntl-jwplayer"></div><div class="inline-video__caption">{inner}</div></div>',
            '<span class="inline-video__label">{text}</span>',
            '<span class="inline-video__title">{text}</span>',
            '<span class="inline-video__meta">{text}</span>',
        ),
        _module(
            p,
            "error",
            '<div class="comp mntl-sc-block mntl-sc-block-structured-project recipe-card--error">{inner}</div>',
            '<p class="recipe-card__error">{text}</p>',
            '<p class="recipe-card__error">{text}</p>',
            '<button class="recipe-card__retry" type="button">{text}</button>',
        ),
        f'<div class="comp mntl-sc-block mntl-sc-block-featuredlink">{heading}<ul class="mntl-sc-block-featuredlink__list">{links(p.teasers(2), _FD_INLINE)}</ul></div>',
    )
    body = p.body(
        {
            "p": '<p class="comp mntl-sc-block mntl-sc-block-html">{text}</p>',
            "h2": '<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">{text}</span></h2>',
            "quote": '<blockquote class="comp mntl-sc-block mntl-sc-block-pullquote"><p>{text}</p></blockquote>',
            "ul": '<ul class="comp mntl-sc-block mntl-sc-block-html">{items}</ul>',
        },
        inline,
    )
    tip = _module(
        p,
        "notification",
        '<div class="comp mntl-save-tooltip" role="status">{inner}</div>',
        '<p class="mntl-save-tooltip__title">{text}</p>',
        '<p class="mntl-save-tooltip__text">{text}</p>',
        '<button class="mntl-save-tooltip__close" type="button">{text}</button>',
    )
    credits = each(
        p,
        "source",
        '<div class="comp mntl-sc-block mntl-sc-block-credits">{inner}</div>',
        '<p class="credits__line"><em>{text}</em></p>',
    )
    return f"""<div class="loc header-wrapper"><header class="comp header mntl-header"><a class="header-logo" href="/">{esc(p.site)}</a>
<nav class="mntl-header-nav"><a href="/recipes">Recipes</a> <a href="/food-news">Food news</a> <a href="/kitchen-tips">Kitchen tips</a> <a href="/holidays">Holidays</a></nav></header></div>
<main id="main" class="loc main">
<article class="comp article mntl-article">
<div class="loc article-header"><h1 class="comp article-heading type--lion">{esc(p.title)}</h1>
<div class="comp mntl-bylines"><span class="mntl-attribution__item-name">{esc(p.site)} editors</span> <span class="mntl-attribution__item-date">Published on November 20, 2026</span></div>
{each(p, "share", '<div class="comp mntl-social-share share">{inner}</div>', '<button class="share-item share-item--{n}" type="button"><span class="share-item__text">{text}</span></button>')}</div>
<div id="article-content_1-0" class="comp article-content">
<div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block" data-sc-sticky-offset="60">
{tip}
{body}
{credits}
</div></div>
{_module(p, "login", '<div class="comp mntl-save-signin" data-login="save">{inner}</div>', '<p class="mntl-save-signin__title">{text}</p>', '<p class="mntl-save-signin__text">{text}</p>', '<a class="mntl-save-signin__button" href="/account/login">{text}</a>')}
<div id="ratings-and-reviews" class="comp mntl-recipe-review">{_module(p, "comments", '<div class="mntl-recipe-review__header">{inner}</div>', '<h2 class="mntl-recipe-review__title">{text}</h2>', '<p class="mntl-recipe-review__text">{text}</p>', '<button class="mntl-recipe-review__button" type="button">{text}</button>')}</div>
</article>
<div class="comp mntl-taxonomysc-child-block"><div class="mntl-document-card-list">{links(p.teasers(4), _FD_CARD)}</div></div>
</main>
{_module(p, "app", '<div class="comp app-download-bar">{inner}</div>', '<span class="app-download-bar__title">{text}</span> ', '<span class="app-download-bar__text">{text}</span> ', '<a class="app-download-bar__link" href="https://recipes.app.link/get">{text}</a>')}
<footer class="comp footer mntl-footer">
{_module(p, "donation", '<div class="footer__magazine"><img src="/img/magazine-cover.jpg" alt="">{inner}</div>', '<p class="footer__magazine-title">{text}</p>', '<p class="footer__magazine-text">{text}</p>', '<a class="footer__magazine-link" href="https://subscribe.example.com/magazine">{text}</a>')}
{_module(p, "newsletter", '<div class="comp mntl-newsletter-signup"><form class="mntl-newsletter-submit" action="/newsletters/submit">{inner}<input class="mntl-newsletter-email" type="email" name="email"></form></div>', '<p class="mntl-newsletter-signup__title">{text}</p>', '<p class="mntl-newsletter-signup__text">{text}</p>', '<button class="mntl-newsletter-submit__button" type="submit">{text}</button>')}
<p class="footer__copyright">© 2026 {esc(p.site)}. All rights reserved.</p></footer>
{_module(p, "consent", '<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region">{inner}</div>', '<h2 id="onetrust-policy-title">{text}</h2>', '<p id="onetrust-policy-text">{text}</p>', '<button class="onetrust-close-btn-handler" type="button">{text}</button>')}"""


_MT_INLINE = (
    '<li class="RelatedInline_item__kD3q1"><a class="RelatedInline_link__Rw7Zo" href="/news/{slug}">{text}</a></li>'
)
_MT_LATEST = (
    '<div class="CardList_card__p1NvA"><a class="CardList_link__9aXeT" href="/news/{slug}">'
    '<h3 class="CardList_title__bB2sd">{text}</h3></a></div>'
)


def car_magazine_next(p: Parts) -> str:
    """A car magazine's news story in a Next.js build (CSS-module class names such as
    `ArticleBody_paragraph__x1`): the price and finance widget above the first paragraph, a
    video rail with autoplay, a newsletter box, a related list under a "latest in" heading and a
    social embed held back for consent between paragraphs, the share and save bar right after
    the last paragraph inside the body, a new-issue notice, the byline credit, the sign-in
    prompt, a subscription box, comments, an error, the app banner and latest cards outside."""
    heading = related_heading(p, '<p class="RelatedInline_heading__Zt0aP">{text}</p>')
    inline = present(
        _module(
            p,
            "video",
            '<section class="VideoRail_rail__Hq2m8" data-autoplay="true"><div class="VideoRail_player__1cLxA"></div>'
            '<div class="VideoRail_meta__vS5eT">{inner}</div></section>',
            '<h4 class="VideoRail_heading__wZ0pL">{text}</h4>',
            '<p class="VideoRail_title__o9Fhk">{text}</p>',
            '<span class="VideoRail_badge__Tt3Ny">{text}</span>',
        ),
        _module(
            p,
            "newsletter",
            '<div class="NewsletterBox_box__4Jr2k"><form class="NewsletterBox_form__Qa8Lm" action="/api/newsletter" method="post">{inner}'
            '<input class="NewsletterBox_input__n2HcV" type="email" name="email" placeholder="name@example.com"></form></div>',
            '<h4 class="NewsletterBox_title__yR1Bd">{text}</h4>',
            '<p class="NewsletterBox_text__Cm6Ks">{text}</p>',
            '<button class="NewsletterBox_button__7PzQe" type="submit">{text}</button>',
        ),
        f'<aside class="RelatedInline_wrapper__fG4Wq">{heading}<ul class="RelatedInline_list__Ld9Vp">{links(p.teasers(2), _MT_INLINE)}</ul></aside>',
        _module(
            p,
            "consent",
            '<div class="EmbedConsent_placeholder__Ux3Rb" data-provider="social">{inner}</div>',
            '<p class="EmbedConsent_title__K0mZa">{text}</p>',
            '<p class="EmbedConsent_text__bN1wQ">{text}</p>',
            '<button class="EmbedConsent_button__2YtLs" type="button">{text}</button>',
        ),
    )
    body = p.body(
        {
            "p": '<p class="ArticleBody_paragraph__x1Y2z">{text}</p>',
            "h2": '<h2 class="ArticleBody_subheading__Pq4Rs">{text}</h2>',
            "quote": '<blockquote class="ArticleBody_quote__Lm8Nv"><p>{text}</p></blockquote>',
            "ul": '<ul class="ArticleBody_list__Gh5Tk">{items}</ul>',
        },
        inline,
    )
    deal = _module(
        p,
        "advertising",
        '<div class="PriceWidget_widget__3FtMn" data-partner="dealer-network"><div class="PriceWidget_inner__Vb7Qx">{inner}</div></div>',
        '<p class="PriceWidget_title__Ks2Wd">{text}</p>',
        '<p class="PriceWidget_price__cH8Jy">{text}</p>',
        '<a class="PriceWidget_cta__Rr1Pl" href="https://deals.example.com/finance?model=estate" rel="sponsored">{text}</a>',
    )
    tools = inline_box(
        p,
        "share",
        '<div class="ShareBar_bar__Yt6Fd">{inner}</div>',
        "button",
        ' class="ShareBar_button__Hn3Qs" type="button"',
    )
    return f"""<div id="__next">
{_module(p, "notification", '<div class="NoticeBar_bar__Wc2Ex" role="status">{inner}</div>', '<strong class="NoticeBar_title__oP5Vz">{text}</strong> ', '<span class="NoticeBar_text__Ja4Hd">{text}</span> ', '<a class="NoticeBar_link__eM7Rt" href="/magazine">{text}</a>')}
<header class="Header_header__Bf9Ky"><a class="Header_logo__Jd2Tq" href="/">{esc(p.site)}</a>
<nav class="Header_nav__V8Lmc"><a href="/news">News</a> <a href="/reviews">Reviews</a> <a href="/electric">Electric cars</a> <a href="/buying">Buying advice</a></nav></header>
<main class="Layout_main__Xw3Ae">
<article class="Article_article__Zk5Sx">
<div class="ArticleHeader_header__Hv6Du"><h1 class="ArticleHeader_title__Qn0Bp">{esc(p.title)}</h1>
<div class="Byline_byline__Cx1Vg"><span class="Byline_author__Np7Lr">{esc(p.site)} news team</span> <time class="Byline_date__Mw4Ka" dateTime="2026-11-20T08:00:00Z">20 Nov 2026</time>
{each(p, "source", '<div class="Byline_credit__Td5Sq">{inner}</div>', '<span class="Byline_creditLine__Ye2Bo">{text}</span>')}</div></div>
<div class="ArticleBody_body__Rf7Gc">
{deal}
{body}
{tools}
</div>
{_module(p, "login", '<div class="SignInPrompt_prompt__Uz4Mv">{inner}</div>', '<h3 class="SignInPrompt_title__Gk8Hw">{text}</h3>', '<p class="SignInPrompt_text__Dd1Lc">{text}</p>', '<a class="SignInPrompt_button__Wp6Yn" href="/account/sign-in">{text}</a>')}
<section class="Comments_section__Xs3Jb" id="comments">{_module(p, "comments", '<div class="Comments_header__Mk2Pv">{inner}</div>', '<h2 class="Comments_title__Fq9Tz">{text}</h2>', '<p class="Comments_text__Rb5Nw">{text}</p>', '<button class="Comments_button__Lv1Hc" type="button">{text}</button>')}</section>
</article>
<aside class="Layout_sidebar__Ea8Kd">
{_module(p, "donation", '<div class="SubscribeBox_box__Hs4Qn"><img class="SubscribeBox_cover__Oe2Jv" src="/_next/image?url=%2Fcover.jpg&amp;w=256&amp;q=75" alt="">{inner}</div>', '<h3 class="SubscribeBox_title__Cn6Ra">{text}</h3>', '<p class="SubscribeBox_text__Py3Tg">{text}</p>', '<a class="SubscribeBox_cta__Ik9Xd" href="https://subscribe.example.com/car-magazine">{text}</a>')}
{_module(p, "error", '<div class="ErrorBoundary_fallback__Tb2Ws">{inner}</div>', '<p class="ErrorBoundary_message__Aq7Kz">{text}</p>', '<p class="ErrorBoundary_message__Aq7Kz">{text}</p>', '<button class="ErrorBoundary_retry__Vm4Pe" type="button">{text}</button>')}
<div class="CardList_list__Ws8Gp">{links(p.teasers(4), _MT_LATEST)}</div>
</aside>
</main>
{_module(p, "app", '<div class="AppBanner_banner__Nc5Lk">{inner}</div>', '<p class="AppBanner_title__Sd3Fy">{text}</p>', '<p class="AppBanner_text__Gv8Ub">{text}</p>', '<a class="AppBanner_cta__Qe1Mz" href="/app">{text}</a>')}
<footer class="Footer_footer__Hy7Wr"><p class="Footer_legal__Kp2Zs">© 2026 {esc(p.site)} Ltd. Registered in England.</p></footer>
</div>"""


_CT_INLINE = (
    '<li class="c-related-links__item"><a class="c-related-links__link" href="/news/2026/11/{slug}">{text}</a></li>'
)
_CT_MORE = (
    '<li class="c-card-list__item"><div class="c-card"><a class="c-card__link" href="/news/2026/11/{slug}">'
    '<span class="c-card__title">{text}</span></a></div></li>'
)


def consumer_test_news(p: Parts) -> str:
    """A consumer-testing body's news page (`c-` and `o-` component classes, `data-test-element`
    hooks, paragraphs with a design-system class): the testing-app promo above the first
    paragraph, the members-only results lock, an affiliate box, a related-links list and a broken
    price comparison between paragraphs, the membership offer right after the last paragraph
    inside the body, a price-alert toast, the byline credit, share tools, a video, the newsletter
    and comments below the article, more cards and a cookie dialog outside."""
    heading = related_heading(p, '<h3 class="c-related-links__title">{text}</h3>')
    inline = present(
        _module(
            p,
            "login",
            '<div class="c-member-lock" data-test-element="member-content-lock"><span class="c-member-lock__icon" aria-hidden="true"></span>{inner}</div>',
            '<h3 class="c-member-lock__title">{text}</h3>',
            '<p class="c-member-lock__text">{text}</p>',
            '<a class="o-button o-button--primary" href="/join">{text}</a>',
        ),
        _module(
            p,
            "advertising",
            '<div class="c-affiliate-box" data-test-element="affiliate-box">{inner}</div>',
            '<p class="c-affiliate-box__heading">{text}</p>',
            '<p class="c-affiliate-box__text">{text}</p>',
            '<a class="c-affiliate-box__link" href="/go/retailer?product=8823" rel="sponsored nofollow">{text}</a>',
        ),
        f'<nav class="c-related-links" data-test-element="related-links">{heading}<ul class="c-related-links__list">{links(p.teasers(2), _CT_INLINE)}</ul></nav>',
        _module(
            p,
            "error",
            '<div class="c-price-compare c-price-compare--unavailable" data-test-element="price-compare">{inner}</div>',
            '<p class="c-price-compare__message">{text}</p>',
            '<p class="c-price-compare__message">{text}</p>',
            '<a class="c-price-compare__link" href="#retailers">{text}</a>',
        ),
    )
    body = p.body(
        {
            "p": '<p class="o-body-text">{text}</p>',
            "h2": '<h2 class="o-heading o-heading--md">{text}</h2>',
            "quote": '<blockquote class="o-quote"><p class="o-body-text">{text}</p></blockquote>',
            "ul": '<ul class="o-list o-list--bullet">{items}</ul>',
        },
        inline,
    )
    promo = _module(
        p,
        "app",
        '<div class="c-app-promo" data-test-element="app-promo">{inner}</div>',
        '<p class="c-app-promo__title">{text}</p>',
        '<p class="c-app-promo__text">{text}</p>',
        '<a class="o-link c-app-promo__link" href="/app">{text}</a>',
    )
    offer = _module(
        p,
        "donation",
        '<div class="c-membership-offer" data-test-element="membership-offer">{inner}</div>',
        '<h3 class="c-membership-offer__title">{text}</h3>',
        '<p class="c-membership-offer__text">{text}</p>',
        '<a class="o-button o-button--secondary" href="/join/offer">{text}</a>',
    )
    return f"""<div class="o-page">
<header class="c-global-header"><a class="c-global-header__logo" href="/">{esc(p.site)}</a>
<nav class="c-global-header__nav"><a href="/reviews">Reviews</a> <a href="/news">News</a> <a href="/consumer-rights">Consumer rights</a> <a href="/money">Money</a></nav></header>
{_module(p, "notification", '<div class="c-toast" role="status" data-test-element="toast">{inner}</div>', '<p class="c-toast__title">{text}</p>', '<p class="c-toast__text">{text}</p>', '<button class="c-toast__action" type="button">{text}</button>')}
<main class="o-container" id="main-content">
<article class="c-article" data-test-element="news-article">
<div class="c-article-header"><p class="c-article-header__eyebrow">News</p><h1 class="c-article-header__title">{esc(p.title)}</h1>
<div class="c-article-header__meta"><span class="c-article-header__author">{esc(p.site)} news team</span> <span class="c-article-header__date">20 Nov 2026</span>
{each(p, "source", '<div class="c-article-header__notes">{inner}</div>', '<p class="c-article-header__note">{text}</p>')}</div>
{each(p, "share", '<ul class="c-share-tools" data-test-element="share-tools">{inner}</ul>', '<li class="c-share-tools__item"><button class="c-share-tools__button" type="button">{text}</button></li>')}</div>
<div class="c-article-body" data-test-element="article-body">
{promo}
{body}
{offer}
</div>
</article>
<section class="c-article-extras">
{_module(p, "video", '<div class="c-video-teaser" data-test-element="video">{inner}</div>', '<h2 class="c-video-teaser__title">{text}</h2>', '<p class="c-video-teaser__text">{text}</p>', '<span class="c-video-teaser__meta">{text}</span>')}
{_module(p, "newsletter", '<div class="c-newsletter-signup" data-test-element="newsletter"><form class="c-newsletter-signup__form" action="/newsletter/subscribe">{inner}<input class="o-input" type="email" name="email"></form></div>', '<h2 class="c-newsletter-signup__title">{text}</h2>', '<p class="c-newsletter-signup__text">{text}</p>', '<button class="o-button" type="submit">{text}</button>')}
<div class="c-comments" id="comments">{_module(p, "comments", '<div class="c-comments__header">{inner}</div>', '<h2 class="c-comments__title">{text}</h2>', '<p class="c-comments__text">{text}</p>', '<button class="o-button o-button--ghost" type="button">{text}</button>')}</div>
</section>
<section class="c-more-news"><ul class="c-card-list">{links(p.teasers(4), _CT_MORE)}</ul></section>
</main>
<footer class="c-global-footer"><p>© {esc(p.site)} 2026. A registered charity.</p></footer>
</div>
{_module(p, "consent", '<div class="c-cookie-dialog" role="dialog" aria-modal="true">{inner}</div>', '<h2 class="c-cookie-dialog__title">{text}</h2>', '<p class="c-cookie-dialog__text">{text}</p>', '<button class="o-button c-cookie-dialog__button" type="button">{text}</button>')}"""


_GL_INLINE = (
    '<li class="css-1q2w3e4 e1xk5fb0"><a class="css-9r8t7y6 e1xk5fb1" href="/life/news/a6{slug}/">{text}</a></li>'
)
_GL_FEED = (
    '<div class="css-4t5y6u7 e1fdq0x0" data-vars-ga-position="feed"><a class="css-h8j9k0l e1fdq0x1" href="/life/news/a6{slug}/">'
    '<span class="css-m1n2b3v e1fdq0x2">{text}</span></a></div>'
)


def glossy_emotion_css(p: Parts) -> str:
    """A women's or men's glossy's news story (generated emotion class names, `data-journey-content`
    paragraphs, `data-embed` modules): the photo and styling credit above the first paragraph, a
    product embed with retailer prices, a muted video, the app prompt and a related list
    between paragraphs, the pin and save buttons right after the last paragraph inside the body,
    an author-follow notice, a print offer with a gift, a newsletter wall, the sign-in prompt,
    comments, a failed quiz, feed cards and a consent banner outside."""
    heading = related_heading(p, '<h2 class="css-z7x8c9v e1xk5fb2">{text}</h2>')
    inline = present(
        _module(
            p,
            "advertising",
            '<div class="css-5g6h7j8 e1k2rxr0" data-embed="embed-product" data-node-id="1">{inner}</div>',
            '<span class="css-w2e3r4t e1k2rxr1">{text}</span>',
            '<span class="css-y5u6i7o e1k2rxr2">{text}</span>',
            '<a class="css-p8a9s0d e1k2rxr3" href="https://go.skimresources.com/?id=100098X1555750&amp;url=shop" rel="nofollow sponsored">{text}</a>',
        ),
        _module(
            p,
            "video",
            '<div class="css-f1g2h3j e7m6gk0" data-embed="embed-video" data-autoplay="muted"><div class="glide-player"></div>{inner}</div>',
            '<p class="css-k4l5z6x e7m6gk1">{text}</p>',
            '<p class="css-c7v8b9n e7m6gk2">{text}</p>',
            '<span class="css-m0q1w2e e7m6gk3">{text}</span>',
        ),
        _module(
            p,
            "app",
            '<div class="css-r3t4y5u e9a8vn0" data-embed="embed-app-promo">{inner}</div>',
            '<p class="css-i6o7p8a e9a8vn1">{text}</p>',
            '<p class="css-i6o7p8a e9a8vn1">{text}</p>',
            '<a class="css-s9d0f1g e9a8vn2" href="https://apps.apple.com/app/id1473">{text}</a>',
        ),
        f'<div class="css-h2j3k4l e1xk5fb3" data-embed="embed-related">{heading}<ul class="css-b5n6m7q e1xk5fb4">{links(p.teasers(2), _GL_INLINE)}</ul></div>',
    )
    body = p.body(
        {
            "p": '<p class="body-text css-1jdzvo6 emevuu60" data-journey-content="true" data-node-id="0">{text}</p>',
            "h2": '<h2 class="body-h2 css-1s8uc3e e1oy46e70" data-node-id="0">{text}</h2>',
            "quote": '<blockquote class="css-9e2r3t4 e1qs3qe0"><p class="body-text css-1jdzvo6 emevuu60">{text}</p></blockquote>',
            "ul": '<ul class="body-ul css-2ctm5w3 e1e1z1p10">{items}</ul>',
        },
        inline,
    )
    credit = each(
        p,
        "source",
        '<div class="css-q1w2e3r e5ry1hg0" data-embed="embed-credit">{inner}</div>',
        '<p class="css-t4y5u6i e5ry1hg1">{text}</p>',
    )
    pins = inline_box(
        p,
        "share",
        '<div class="css-o7p8a9s ecg6n3k0" data-embed="embed-save">{inner}</div>',
        "button",
        ' class="css-d0f1g2h ecg6n3k1" type="button"',
    )
    return f"""<div id="__next"><div class="css-1wa8pqs e1b0pg0">
<header class="css-3x4c5v6 e1s3t8h0"><a class="css-7b8n9m0 e1s3t8h1" href="/" aria-label="{esc(p.site)}">{esc(p.site)}</a>
<nav class="css-1q3e5t7 e1s3t8h2"><a href="/fashion/">Fashion</a> <a href="/beauty/">Beauty</a> <a href="/life/news/">News</a> <a href="/culture/">Culture</a></nav></header>
{_module(p, "notification", '<div class="css-2w4r6y8 e11anrw0" role="status">{inner}</div>', '<p class="css-9i7u5y3 e11anrw1">{text}</p>', '<p class="css-9i7u5y3 e11anrw1">{text}</p>', '<button class="css-1s3d5f7 e11anrw2" type="button">{text}</button>')}
<main class="css-8g6f4d2 e1x0ch1o0">
<div class="css-0p9o8i7 e1xn8uz0"><header class="css-6u5y4t3 e1m9kzb0"><h1 class="css-2r1e0w9 e1m9kzb1" data-testid="ContentHeaderHed">{esc(p.title)}</h1>
<address class="css-8q7w6e5 e1m9kzb2">By <a class="css-4r3t2y1 e1m9kzb3" href="/author/news-desk/">{esc(p.site)} News Desk</a></address> <time class="css-0u9i8o7 e1m9kzb4" datetime="2026-11-20T08:00:00Z">Published: Nov 20, 2026 8:00 AM GMT</time></header>
<div class="article-body-content standard-body-content css-1n4jr7f et3p2gv0" data-journey-body="standard-article">
{credit}
{body}
{pins}
</div>
{_module(p, "newsletter", '<div class="css-6y7u8i9 e1ph2bt0" data-embed="newsletter-wall"><form class="css-0o1p2a3 e1ph2bt1" action="/newsletter/signup/">{inner}<input class="css-4s5d6f7 e1ph2bt2" type="email" name="email"></form></div>', '<h2 class="css-8g9h0j1 e1ph2bt3">{text}</h2>', '<p class="css-2k3l4z5 e1ph2bt4">{text}</p>', '<button class="css-6x7c8v9 e1ph2bt5" type="submit">{text}</button>')}
{_module(p, "login", '<div class="css-0b1n2m3 e1z3w4q0" data-testid="registration-prompt">{inner}</div>', '<h2 class="css-4q5w6e7 e1z3w4q1">{text}</h2>', '<p class="css-8r9t0y1 e1z3w4q2">{text}</p>', '<a class="css-2u3i4o5 e1z3w4q3" href="/account/register/">{text}</a>')}
<section class="css-6p7a8s9 e8o3w2z0" id="comments">{_module(p, "comments", '<div class="css-0d1f2g3 e8o3w2z1">{inner}</div>', '<h2 class="css-4h5j6k7 e8o3w2z2">{text}</h2>', '<p class="css-8l9z0x1 e8o3w2z3">{text}</p>', '<button class="css-2c3v4b5 e8o3w2z4" type="button">{text}</button>')}</section>
</div>
<aside class="css-6n7m8q9 e1r5l1j0">
{_module(p, "donation", '<div class="css-0w1e2r3 e1ug9qy0" data-embed="print-subscription"><img class="css-4t5y6u7 e1ug9qy1" src="https://hips.example.com/cover.jpg?resize=320:*" alt="">{inner}</div>', '<p class="css-8i9o0p1 e1ug9qy2">{text}</p>', '<p class="css-2a3s4d5 e1ug9qy3">{text}</p>', '<a class="css-6f7g8h9 e1ug9qy4" href="https://subscribe.example.com/glossy?gift=1">{text}</a>')}
{_module(p, "error", '<div class="css-0j1k2l3 e2q6xq0" data-embed="embed-quiz" data-state="error">{inner}</div>', '<p class="css-4z5x6c7 e2q6xq1">{text}</p>', '<p class="css-4z5x6c7 e2q6xq1">{text}</p>', '<button class="css-8v9b0n1 e2q6xq2" type="button">{text}</button>')}
</aside>
</main>
<section class="css-2m3q4w5 e1dnd9i0" data-vars-ga-module="more-from">{links(p.teasers(4), _GL_FEED)}</section>
<footer class="css-6e7r8t9 e1x3c5v0"><p class="css-0y1u2i3 e1x3c5v1">A Part of {esc(p.site)} Media Group · ©2026. All Rights Reserved.</p></footer>
</div></div>
{_module(p, "consent", '<div id="onetrust-banner-sdk" class="otCenterRounded" role="dialog">{inner}</div>', '<h2 id="onetrust-policy-title">{text}</h2>', '<p id="onetrust-policy-text">{text}</p>', '<button class="ot-pc-refuse-all-handler" type="button">{text}</button>')}"""


SHAPES = (
    weekly_print_issue,
    travel_affiliate_wp,
    food_brand_news,
    car_magazine_next,
    consumer_test_news,
    glossy_emotion_css,
)
