"""Half of the twenty-third part: six shapes of personal finance and consumer-rights news (a
personal-finance desk with best-buy rate tables, a mortgage calculator and regulator risk notices; a
consumer watchdog's report in an old table layout with a complaint-letter tool, recall sign-ups and
a members' paywall; an insurance and pensions title built as an Angular app with quote forms and an
adviser finder; a tax-season explainer hub with a deadline countdown, a tax-calculator embed and
accountant ads; a banking and fintech site with app-store promos and card offers carrying their
representative APR; and a price-comparison newsroom with price-history charts, deal alerts and
affiliate disclosures), with their wording, written after twenty-two rounds of tuning without
reading newsmon's rules, to hide boilerplate from markup. It was half of the held-out part, measured
untouched (both halves: newsmon kept 227 of 2,888 boilerplate lines, 7.9%, and 99.6% of the body;
stock trafilatura 29.0% and 97.4%; this half 7.9%, body 99.2%, stock 26.3%), then tuned on structure
and the commoner wording, not line by line, so it is held to a bound, not to zero."""

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
                "Compare deals",
                "Easy-access saver · 4.85% AER variable",
                "Minimum deposit £1 · FSCS protected",
                "See today's best buys",
            ],
            [
                "Advertiser content from Holloway Building Society",
                "Fix for five years at 4.19%. Representative example: a £180,000 repayment mortgage over "
                "25 years costs £1,002 a month.",
                "Get a decision in principle",
            ],
            ["Self-employed? A chartered accountant can file your return from £149.", "Get three free quotes"],
            [
                "Promoted offer",
                "Kestrel Rewards Credit Card: 0% on purchases for 20 months",
                "Representative 24.9% APR (variable)",
                "Check eligibility without affecting your credit score",
            ],
            [
                "Lowest price we've tracked",
                "Vantor V12 cordless vacuum now £229 at Brightlane (was £349)",
                "Go to the deal",
            ],
        ],
        "donation": [
            [
                "Our rate tables are free because readers chip in.",
                "A one-off £3 keeps them independent of the banks we rank.",
                "Chip in £3",
            ],
            [
                "Members see the full verdict",
                "Unlock every product test, complaint template and price tracker from £4.99 a month.",
                "Start my membership",
            ],
            [
                "We take no money from lenders for our rankings.",
                "Readers fund this work instead. Could you join them?",
                "Fund the money desk",
            ],
            [
                "You've read 4 of 5 free articles this month.",
                "Subscribe for unlimited access to our pensions and insurance coverage.",
                "Compare our three subscription plans",
            ],
            ["Keep consumer journalism on the side of consumers", "Give to our investigations fund"],
        ],
        "notification": [
            ["Rate alert", "Tell me when an easy-access account beats 5% AER", "Set up a rate alert"],
            [
                "Price drop alerts",
                "We'll email you when this item falls below your target price.",
                "Track this price",
            ],
            ["Be the first to know when something you own is recalled.", "Get recall alerts"],
            ["Self Assessment deadline: 31 January", "72 days to go", "Remind me a week before"],
            [
                "Get an alert when the Bank of England changes the base rate?",
                "Yes, alert me on rate day",
                "Ask me after the next decision",
            ],
        ],
        "app": [
            [
                "Every account, one app",
                "See your balances, bills and savings goals together in the MoneyDesk app.",
                "Get MoneyDesk for iPhone",
                "Get MoneyDesk for Android",
            ],
            [
                "Snap receipts as you go",
                "Our free app sorts your expenses ready for your tax return.",
                "Install TaxTidy",
            ],
            [
                "Rated 4.8 by 31,000 shoppers",
                "Scan a barcode in-store to see if it's cheaper online.",
                "Get the Pricelens app",
            ],
            ["Open this article in the app to see live exchange rates."],
        ],
        "newsletter": [
            [
                "The Money Memo",
                "Best-buy rates, new deals and one money-saving idea every Thursday.",
                "Send me the Money Memo",
            ],
            [
                "Weekly recall round-up",
                "Email for the round-up",
                "We'll only use your email to send this round-up. See our privacy notice.",
            ],
            [
                "Tax return, sorted",
                "Five short emails to get your return done before the deadline.",
                "Start the email course",
            ],
            [
                "Deals of the day by email",
                "Hand-picked price drops, checked against 90 days of price history.",
                "Email me the deals",
            ],
        ],
        "comments": [
            [
                "Have your say on the energy price cap",
                "Our moderators check every comment on price-cap stories before it goes live.",
                "Tell us about your bill",
            ],
            ["87 readers have commented", "Show all 87 comments"],
            ["Got a pension question? Post it below and our experts answer a selection every Friday."],
            ["Comments are switched off on stories about individual firms while legal checks are carried out."],
        ],
        "login": [
            [
                "Save this calculation",
                "Sign in to come back to your figures later.",
                "Sign in to MoneyDesk",
                "Register free",
            ],
            ["Members: log in to see the full test results."],
            ["Already a subscriber? Sign in to keep reading this guide.", "Email me a link to finish this guide"],
            ["My deals", "Log in to see your saved deals and price alerts", "Log in or register"],
        ],
        "video": [
            ["Watch: how to read your payslip in under three minutes"],
            ["Video explainer", "What the base rate rise means for your mortgage", "Runs 2 min 47 sec"],
            ["Play video: we tested five budget air fryers", "Duration 6:12"],
            ["Video: how a bank transfer scam unfolds, step by step", "Subtitles on"],
        ],
        "source": [
            [
                "Affiliate disclosure: we may earn a commission if you buy through links on this page. "
                "It never affects which products we recommend."
            ],
            [
                "Important information",
                "The value of investments can go down as well as up and you may get back less than you put in.",
                "Capital at risk.",
            ],
            ["Rates correct at the time of publication and subject to change without notice."],
            [
                "Correction: an earlier version of this article gave the wrong ISA allowance for 2026/27. "
                "This has been amended."
            ],
            [
                "This article is general information, not financial advice. Speak to a regulated adviser "
                "about your own circumstances."
            ],
            ["Additional reporting by Priya Nandakumar. Price data supplied by Pricelens."],
        ],
        "share": [
            ["Share this money guide", "WhatsApp it to a friend", "Email this guide", "Copy the page link"],
            ["Found this useful? Pass it on to someone facing the same bill."],
            ["Know someone switching banks?", "Post this warning to Facebook", "Post this warning to LinkedIn"],
            ["Share this deal", "Copy deal link"],
        ],
        "error": [
            ["The mortgage calculator couldn't load. Please refresh the page or come back later."],
            ["Price history unavailable", "We couldn't fetch price data for this product right now."],
            ["Live rates are temporarily unavailable. The figures shown may be out of date."],
            ["This tax calculator needs JavaScript to work.", "Use our printable worksheet instead"],
            ["Sorry, the adviser finder is down for maintenance.", "Search again later"],
        ],
        "consent": [
            [
                "Cookies, commission and your choices",
                "We and our partners use cookies to personalise deals and measure which offers you click.",
                "Accept and show me deals",
                "Only what the calculators need",
                "Choose cookie by cookie",
            ],
            [
                "We use cookies to run our calculators and to see how our guides are used.",
                "Fine, run the calculators",
                "Change what the calculators store",
            ],
            [
                "Help keep the comparisons free",
                "Advertising cookies let us earn commission on the deals you choose.",
                "Allow affiliate cookies",
                "Keep it to essential cookies",
            ],
            [
                "Cookies on the Money Desk",
                "Some tools, like the budget planner, won't work without them.",
                "Continue with recommended settings",
            ],
        ],
        "related": [
            ["More savings news"],
            ["Latest consumer warnings"],
            ["Read next: pensions and retirement"],
            ["Popular tax guides"],
            ["Today's top deals"],
        ],
    },
    "de": {
        "advertising": [
            [
                "Tagesgeld-Vergleich",
                "Bis zu 3,40 % p. a. für Neukunden, garantiert für 4 Monate",
                "Einlagensicherung bis 100.000 Euro",
                "Zum Zinsangebot",
            ],
            [
                "Anzeige · Baufinanzierung",
                "Bauzinsen ab 3,29 % effektiv – jetzt unverbindlich Angebote von über 400 Banken vergleichen.",
                "Zinsrechner öffnen",
            ],
            [
                "Steuerberatung per App",
                "Ihre Steuererklärung vom Profi, Festpreis ab 99 Euro.",
                "Kanzlei in Ihrer Nähe finden",
            ],
            [
                "Kreditkarte ohne Jahresgebühr",
                "Sollzins 19,38 % p. a. (veränderlich), effektiver Jahreszins 21,05 %",
                "Karte beantragen",
            ],
            [
                "Bestpreis-Tipp der Redaktion",
                "Kaffeevollautomat Solaris Crema 9 jetzt für 389 € statt 549 €",
                "Zum Händler*",
            ],
        ],
        "donation": [
            [
                "Werbefrei und unabhängig",
                "Wir testen ohne Geld von Banken und Versicherern. Das geht nur mit Ihrer Unterstützung.",
                "Freiwillig unterstützen",
            ],
            [
                "Dieser Ratgeber ist Teil von Geldplus",
                "Alle Tests, Musterbriefe und Rechner für 7,90 € im Monat, monatlich kündbar.",
                "Geldplus testen",
            ],
            [
                "Diesen Monat haben Sie alle freien Ratgeber-Artikel gelesen.",
                "Mit dem Digitalabo lesen Sie alle Beiträge zu Rente, Steuern und Versicherungen.",
                "Digitalabo für 1 € testen",
            ],
            [
                "Ab 5 Euro im Monat stärken Sie als Mitglied unsere Arbeit gegen unfaire Verträge.",
                "Jetzt Mitglied im Verein werden",
            ],
        ],
        "notification": [
            [
                "Zinsalarm",
                "Wir benachrichtigen Sie, sobald ein Festgeld die 3-Prozent-Marke überschreitet.",
                "Alarm einrichten",
            ],
            ["Preiswecker stellen", "Wunschpreis in Euro", "Wir melden uns, sobald der Preis fällt."],
            [
                "Rückruf-Warnungen aktivieren?",
                "Eine Nachricht, sobald ein Produkt aus Ihrem Haushalt zurückgerufen wird.",
                "Ja, aktivieren",
                "Vielleicht beim nächsten Rückruf",
            ],
            ["Abgabefrist Steuererklärung 2025", "Noch 71 Tage", "Erinnerung per E-Mail erhalten"],
        ],
        "app": [
            [
                "Alle Konten in einer App",
                "Mit der Geldblick-App behalten Sie Ausgaben, Abos und Verträge im Blick.",
                "Geldblick im App Store",
                "Geldblick bei Google Play",
            ],
            [
                "Belege einfach abfotografieren",
                "Die App sortiert Ihre Quittungen direkt für die Elster-Abgabe.",
                "App gratis installieren",
            ],
            [
                "Im Laden Preise checken",
                "Barcode scannen und sofort sehen, ob es online günstiger ist.",
                "Zur Preisfuchs-App",
            ],
            ["Kursalarme und Depot-News gibt es jetzt auch in unserer App für iOS und Android."],
        ],
        "newsletter": [
            [
                "Der Geld-Newsletter",
                "Jeden Mittwoch: die besten Zinsen, neue Urteile und ein Spartipp.",
                "Mittwochs-Newsletter bestellen",
            ],
            [
                "Verbraucherwarnungen per E-Mail",
                "E-Mail-Adresse für Warnmeldungen",
                "Die Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.",
            ],
            [
                "Steuer-Countdown",
                "Bis zur Abgabefrist jede Woche eine Mail mit den wichtigsten Tipps.",
                "Countdown-Mails starten",
            ],
            [
                "Schnäppchen des Tages",
                "Geprüfte Angebote, verglichen mit dem Preisverlauf der letzten 90 Tage.",
                "Deal-Mail abonnieren",
            ],
        ],
        "comments": [
            [
                "Wie gehen Sie mit den gestiegenen Dispozinsen um?",
                "Beiträge zu Zinsthemen schalten wir nach Prüfung durch die Finanzredaktion frei.",
                "Eigene Erfahrung mit dem Dispo schildern",
            ],
            ["43 Leserkommentare", "Alle Leserkommentare anzeigen"],
            ["Fragen zur Rente? Stellen Sie sie hier – unsere Expertin antwortet jeden Freitag."],
            ["Zu Artikeln über laufende Gerichtsverfahren ist die Kommentarfunktion deaktiviert."],
        ],
        "login": [
            [
                "Bereits Mitglied?",
                "Hier einloggen, um das vollständige Testergebnis zu sehen",
                "Zugangsdaten vergessen",
            ],
            ["Melden Sie sich an, um Ihre Berechnung zu speichern.", "Anmelden oder registrieren"],
            ["Mein Konto", "Gespeicherte Preiswecker und Merkliste", "Zum Login für Sparfüchse"],
        ],
        "video": [
            ["Video: So lesen Sie Ihre Gehaltsabrechnung richtig"],
            ["Erklärvideo", "Was die Zinswende für Ihren Bausparvertrag bedeutet", "3:05 Min."],
            ["Im Video: Fünf Heißluftfritteusen im Praxistest", "Untertitel verfügbar"],
            ["Video abspielen: Wie Betrüger mit gefälschten Bank-SMS vorgehen"],
        ],
        "source": [
            [
                "Mit * gekennzeichnete Links sind Affiliate-Links. Kaufen Sie darüber ein, erhalten wir eine "
                "Provision – am Preis ändert sich für Sie nichts."
            ],
            [
                "Risikohinweis",
                "Der Wert einer Geldanlage kann fallen und steigen. Sie erhalten unter Umständen nicht den "
                "investierten Betrag zurück.",
            ],
            ["Stand der Konditionen: 20. November 2026. Alle Angaben ohne Gewähr."],
            [
                "Korrektur: In einer früheren Fassung stand ein falscher Grundfreibetrag. Wir haben den Fehler berichtigt."
            ],
            ["Mitarbeit: Jonas Eberle. Preisdaten: Preisradar GmbH."],
        ],
        "share": [
            ["Ratgeber teilen", "Per WhatsApp teilen", "Ratgeber per E-Mail empfehlen", "Ratgeber-Link kopieren"],
            [
                "War dieser Artikel hilfreich? Leiten Sie ihn an Bekannte weiter, die auch eine Nachzahlung "
                "bekommen haben."
            ],
            ["Deal teilen", "Schnäppchen auf Facebook teilen", "Schnäppchen auf X teilen"],
            ["Artikel verschicken", "Drucken oder als PDF speichern"],
        ],
        "error": [
            ["Der Kreditrechner konnte nicht geladen werden. Bitte laden Sie die Seite neu."],
            [
                "Preisverlauf derzeit nicht verfügbar",
                "Die Preisdaten für dieses Produkt konnten nicht abgerufen werden.",
            ],
            ["Die Zinstabelle wird gerade aktualisiert. Bitte versuchen Sie es in wenigen Minuten erneut."],
            ["Für den Steuerrechner muss JavaScript aktiviert sein.", "Zur Rechner-Hilfe"],
        ],
        "consent": [
            [
                "Cookies, Provisionen und Ihre Wahl",
                "Wir und unsere Partner nutzen Cookies, um Angebote zu personalisieren und Provisionen zuzuordnen.",
                "Alles zulassen",
                "Nur technisch notwendige Cookies",
                "Einzeln nach Partnern entscheiden",
            ],
            [
                "Unsere Rechner funktionieren nur mit Cookies. Mit „Zustimmen“ erlauben Sie auch die "
                "Reichweitenmessung.",
                "Zustimmen und weiterrechnen",
                "Ohne Messung fortfahren",
            ],
            [
                "Cookies für Vergleiche",
                "Damit wir kostenlos vergleichen können, brauchen wir Ihre Zustimmung zu Partner-Cookies.",
                "Partner-Cookies erlauben",
                "Mehr zu Partner-Cookies",
            ],
        ],
        "related": [
            ["Mehr zum Thema Geld"],
            ["Weitere Verbraucherwarnungen"],
            ["Meistgelesen im Ressort Steuern"],
            ["Auch interessant: Rente und Vorsorge"],
        ],
    },
    "fr": {
        "advertising": [
            [
                "Comparateur de livrets",
                "Jusqu'à 3,5 % brut pendant trois mois sur le livret Horizon",
                "Voir l'offre du livret",
            ],
            [
                "Publicité · Crédit immobilier",
                "Taux fixe dès 3,05 % sur 20 ans. Aucun versement de fonds ne peut être exigé avant "
                "l'obtention du prêt.",
                "Simuler mon prêt",
            ],
            [
                "Expert-comptable en ligne",
                "Votre déclaration de revenus préparée par un professionnel dès 79 €.",
                "Prendre rendez-vous en ligne",
            ],
            [
                "Carte Platine sans frais",
                "TAEG fixe de 18,9 % – exemple représentatif pour 1 500 € sur 12 mois",
                "Demander la carte",
            ],
        ],
        "donation": [
            [
                "Informer sans être financé par les banques",
                "Notre rédaction vit grâce à ses abonnés. Rejoignez-les pour 1 € le premier mois.",
                "Je m'abonne pour 1 €",
            ],
            [
                "Cet article est réservé aux adhérents.",
                "Adhérez à l'association pour accéder à nos essais comparatifs et à nos lettres types.",
                "Adhérer à l'association dès 3 € par mois",
            ],
            [
                "Vous avez lu 3 articles gratuits ce mois-ci.",
                "Abonnez-vous pour lire sans limite nos guides retraite et assurance.",
                "Voir les formules d'abonnement",
            ],
        ],
        "notification": [
            ["Alerte taux", "Prévenez-moi quand un livret dépasse 4 %.", "Créer l'alerte"],
            ["Alerte baisse de prix", "Recevez un e-mail dès que ce produit baisse.", "Suivre le prix"],
            [
                "Rappels de produits",
                "Soyez averti dès qu'un produit que vous possédez fait l'objet d'un rappel.",
                "Activer les alertes rappel",
                "Pas maintenant, je verrai au prochain rappel",
            ],
            ["Déclaration de revenus : clôture en ligne le 5 juin", "Encore 12 jours", "Me rappeler la date limite"],
        ],
        "app": [
            [
                "Toutes vos banques dans une seule appli",
                "Téléchargez Budgetia, gratuite sur iOS et Android.",
                "Télécharger Budgetia",
            ],
            [
                "Scannez vos tickets de caisse",
                "L'appli classe vos justificatifs pour votre déclaration.",
                "Installer l'appli de tickets",
            ],
            [
                "Comparez en magasin",
                "Scannez le code-barres et voyez si c'est moins cher en ligne.",
                "Obtenir l'application Prixmalin",
            ],
        ],
        "newsletter": [
            [
                "La lettre Argent",
                "Chaque vendredi, les meilleurs taux et un conseil pour payer moins.",
                "Recevoir la lettre Argent",
            ],
            [
                "Alertes conso par e-mail",
                "Adresse e-mail pour les alertes conso",
                "Vous pourrez vous désinscrire via le lien présent dans chaque envoi.",
            ],
            [
                "Les bons plans du jour",
                "Des promotions vérifiées sur 90 jours d'historique de prix.",
                "S'abonner aux bons plans",
            ],
        ],
        "comments": [
            [
                "Et vous, avez-vous déjà contesté des frais bancaires ?",
                "Les commentaires sont modérés avant publication.",
                "Raconter mon litige avec ma banque",
            ],
            ["56 lecteurs ont réagi", "Voir les 56 réactions"],
            ["Une question sur votre retraite ? Posez-la ici, notre experte répond chaque mardi."],
        ],
        "login": [
            [
                "Déjà adhérent ?",
                "Connectez-vous pour voir les résultats complets du test.",
                "Me connecter à mon espace adhérent",
            ],
            ["Connectez-vous pour enregistrer votre simulation.", "Créer mon compte simulateur"],
            [
                "Mon espace",
                "Retrouvez vos alertes prix et vos produits suivis",
                "Connexion ou inscription au suivi des prix",
            ],
        ],
        "video": [
            ["Vidéo : comment lire sa fiche de paie en trois minutes"],
            ["Décryptage vidéo", "Ce que la hausse des taux change pour votre crédit", "2 min 40"],
            ["En vidéo : nous avons testé cinq friteuses sans huile", "Vidéo sous-titrée, 4 min"],
        ],
        "source": [
            [
                "Liens affiliés : nous pouvons percevoir une commission si vous achetez via ces liens, "
                "sans surcoût pour vous."
            ],
            [
                "Avertissement",
                "Investir comporte un risque de perte en capital. Les performances passées ne préjugent pas "
                "des performances futures.",
            ],
            ["Taux relevés le 20 novembre 2026, susceptibles d'évoluer."],
            ["Rectificatif : une version précédente de cet article indiquait un mauvais plafond pour le Livret A."],
        ],
        "share": [
            [
                "Partager ce guide impôts",
                "Envoyer le guide sur WhatsApp",
                "Envoyer le guide à un proche",
                "Copier l'adresse du guide",
            ],
            ["Ce bon plan peut intéresser un proche ? Faites-le suivre."],
            ["Partager l'alerte", "Sur Facebook", "Sur LinkedIn"],
        ],
        "error": [
            ["Le simulateur de prêt n'a pas pu se charger. Actualisez la page."],
            ["Historique des prix indisponible", "Impossible de récupérer les données de prix pour le moment."],
            ["Le simulateur d'impôt nécessite JavaScript. Activez-le pour calculer votre impôt."],
        ],
        "consent": [
            [
                "Cookies et commissions : à vous de choisir",
                "Nous et nos partenaires utilisons des traceurs pour mesurer l'audience et attribuer les "
                "commissions d'affiliation.",
                "Accepter et voir les offres",
                "Refuser les traceurs publicitaires",
                "Choisir partenaire par partenaire",
            ],
            [
                "Nos simulateurs utilisent des cookies pour fonctionner.",
                "D'accord pour les simulateurs",
                "En savoir plus sur les cookies",
            ],
            [
                "Pour rester gratuit, notre comparateur a besoin de votre accord.",
                "J'accepte les cookies partenaires",
                "Je refuse les cookies partenaires",
            ],
        ],
        "related": [
            ["À lire aussi sur l'épargne"],
            ["Nos autres alertes conso"],
            ["Les plus lus en Impôts"],
        ],
    },
    "es": {
        "advertising": [
            ["Comparador de depósitos", "Hasta un 3,25 % TAE a 12 meses", "Ver el depósito"],
            [
                "Publicidad · Hipoteca fija",
                "TIN 2,60 %, TAE 3,12 %. Ejemplo representativo para 150.000 € a 25 años.",
                "Calcula tu cuota",
            ],
            [
                "Asesoría fiscal online",
                "Tu declaración de la Renta revisada por un gestor desde 35 €.",
                "Pedir presupuesto al gestor",
            ],
            [
                "Tarjeta Oro sin comisiones",
                "TAE representativa del 21,7 % para compras aplazadas",
                "Solicitar la tarjeta",
            ],
        ],
        "donation": [
            [
                "Periodismo económico que no pagan los bancos",
                "Con tu suscripción financias nuestras comparativas independientes.",
                "Primer mes por 1 €, luego 6,99 €",
            ],
            [
                "Este contenido es exclusivo para socios.",
                "Hazte socio y accede a todos los análisis y modelos de reclamación.",
                "Hacerme socio de la asociación",
            ],
            ["Has leído 5 de tus 10 artículos gratuitos este mes.", "Ver planes para leer sin límite"],
        ],
        "notification": [
            ["Alerta de tipos", "Avísame cuando un depósito supere el 3 % TAE.", "Crear alerta"],
            [
                "Vigilar el precio de este producto",
                "Te escribimos cuando este producto baje de precio.",
                "Seguir el precio",
            ],
            [
                "Alertas de retirada de productos",
                "Recibe un aviso si un producto que tienes es retirado del mercado.",
                "Activar avisos de retirada",
                "Ahora no, prefiero mirar la web",
            ],
            ["Campaña de la Renta: fin de plazo el 30 de junio", "Quedan 41 días", "Recuérdamelo"],
        ],
        "app": [
            [
                "Todas tus cuentas en una app",
                "Descarga gratis Cuentaclara para iOS y Android.",
                "Descargar Cuentaclara",
            ],
            [
                "Escanea tus tiques",
                "La app ordena tus gastos deducibles para la Renta.",
                "Instalar la app de tiques",
            ],
            [
                "Compara en la tienda",
                "Escanea el código de barras y mira si está más barato online.",
                "Consigue la app Preciazo",
            ],
        ],
        "newsletter": [
            [
                "El boletín del ahorro",
                "Cada martes, los mejores depósitos y un truco para pagar menos.",
                "Apuntarme al boletín del ahorro",
            ],
            [
                "Alertas de consumo en tu correo",
                "Correo para recibir las alertas",
                "Puedes darte de baja en cualquier momento desde el propio correo.",
            ],
            [
                "Chollos del día",
                "Ofertas comprobadas con el historial de precios de los últimos 90 días.",
                "Recibir los chollos",
            ],
        ],
        "comments": [
            [
                "¿Te han cobrado alguna vez una comisión indebida? Cuéntanoslo.",
                "Moderamos los comentarios sobre bancos antes de publicarlos.",
                "Escribir mi comentario",
            ],
            ["38 comentarios", "Mostrar los 38 comentarios"],
            ["¿Dudas sobre tu pensión? Déjalas aquí: nuestra experta responde cada jueves."],
        ],
        "login": [
            ["¿Ya eres socio?", "Inicia sesión para ver los resultados completos del análisis.", "Entrar como socio"],
            ["Inicia sesión para guardar tu simulación.", "Crear cuenta en el simulador"],
            ["Mi área personal", "Tus alertas de precio y productos guardados", "Acceder o registrarse"],
        ],
        "video": [
            ["Vídeo: cómo leer tu nómina en tres minutos"],
            [
                "Vídeo explicativo",
                "Qué supone la subida del euríbor para tu hipoteca",
                "Duración: 2 minutos y 58 segundos",
            ],
            ["En vídeo: probamos cinco freidoras de aire", "Vídeo con subtítulos en español"],
        ],
        "source": [
            [
                "Enlaces de afiliación: si compras a través de ellos podemos recibir una comisión, sin coste "
                "adicional para ti."
            ],
            ["Aviso de riesgo", "Invertir conlleva riesgos, incluida la posible pérdida del capital invertido."],
            ["Condiciones vigentes a 20 de noviembre de 2026. Sujetas a cambios."],
            [
                "Fe de errores: una versión anterior de esta noticia indicaba un límite de aportación erróneo "
                "para los planes de pensiones."
            ],
        ],
        "share": [
            [
                "Comparte esta guía",
                "Mandar la guía por WhatsApp",
                "Mandar la guía por correo",
                "Copiar el enlace de la guía",
            ],
            ["¿Conoces a alguien con la misma factura? Pásale esta guía."],
            ["Compartir la oferta", "En Facebook", "En X"],
        ],
        "error": [
            ["No se ha podido cargar el simulador de hipoteca. Recarga la página."],
            ["Historial de precios no disponible", "No hemos podido obtener los datos de precio en este momento."],
            ["La calculadora de la Renta necesita JavaScript para funcionar."],
        ],
        "consent": [
            [
                "Cookies, comisiones y tu elección",
                "Usamos cookies propias y de terceros para medir la audiencia y atribuir las comisiones de afiliación.",
                "Aceptar y seguir comparando",
                "Rechazar las de afiliación",
                "Elegir socio por socio",
            ],
            ["Nuestros simuladores necesitan cookies para funcionar.", "Entendido", "Política de cookies"],
            [
                "Para que el comparador siga siendo gratis necesitamos tu consentimiento.",
                "Acepto las cookies de socios",
                "No acepto",
            ],
        ],
        "related": [
            ["Más noticias de ahorro"],
            ["Otras alertas de consumo"],
            ["Lo más leído en Fiscalidad"],
        ],
    },
}


_slot = widget_drawer(7)


def _article(p: Parts, render: dict[str, str], between: list[str] | None = None) -> str:
    """The article through `p.body`, with each list item on its own source line, as CMS output has it."""
    return p.body(render, between).replace("</li><li>", "</li>\n<li>")


def savings_rates_desk(p: Parts) -> str:
    """A personal-finance news site on WordPress with a Tailwind theme, the story as
    `p.mb-5.text-[17px]` paragraphs in one `div.entry`: the sign-in among the header's utility
    classes, the share buttons down a sticky left rail, the newsletter pasted as same-class
    paragraphs right before the first paragraph, a "compare deals" best-buy table (the ad), a
    `<rate-table>` element whose `<noscript>` holds the live-rates failure message and a video
    iframe whose fallback text is its labels between paragraphs, the risk notice or rates note
    pasted as same-class paragraphs right after the last one, comments in a bordered section,
    the rate-alert toast fixed to the corner, a headed list of stories and the membership
    appeal in the sidebar, the app links as a `<br>` run in the footer and the cookie choices
    in a modal."""
    para = '<p class="mb-5 text-[17px] leading-relaxed">{text}</p>'
    heading = related_heading(p, '<h3 class="mb-3 text-xs font-bold uppercase tracking-wider">{text}</h3>\n')
    inline = present(
        each(
            p,
            "advertising",
            '<div class="my-8 overflow-x-auto rounded-md border border-slate-200">'
            '<table class="w-full text-sm"><tbody>\n{inner}</tbody></table></div>',
            '<tr><td class="px-4 py-2 odd:bg-slate-50">{text}</td></tr>\n',
        ),
        each(
            p,
            "error",
            '<rate-table data-product="easy-access" data-limit="10"><noscript>\n{inner}</noscript></rate-table>',
            '<div class="p-3 text-sm">{text}</div>\n',
        ),
        each(
            p,
            "video",
            '<div class="my-6 aspect-video"><iframe class="h-full w-full" '
            'src="https://player.vidcast.example/embed/mn-5521" allow="autoplay; fullscreen">{inner}</iframe></div>',
            "{text} ",
        ),
    )
    body = _article(
        p,
        {
            "p": para,
            "h2": '<h2 class="mb-3 mt-10 text-2xl font-semibold">{text}</h2>',
            "quote": '<blockquote class="my-6 border-l-4 pl-4 italic">' + para + "</blockquote>",
            "ul": '<ul class="mb-5 list-disc pl-6">{items}</ul>',
        },
        inline,
    )
    stories = links(p.teasers(5), '<li class="py-2"><a class="hover:underline" href="/news/{slug}">{text}</a></li>\n')
    login = _slot(
        p,
        "login",
        '<div class="flex items-center gap-3 text-sm">{inner}</div>',
        '<span class="font-medium">{text}</span> ',
        '<span class="hidden md:inline">{text}</span> ',
        '<a class="rounded bg-emerald-700 px-3 py-1 text-white" href="/account">{text}</a> ',
    )
    share = each(
        p,
        "share",
        '<div class="sticky top-24 hidden flex-col gap-2 lg:flex">\n{inner}</div>',
        '<button class="rounded-full border p-2 text-xs" type="button">{text}</button>\n',
    )
    newsletter = _slot(
        p,
        "newsletter",
        "{inner}",
        '<p class="mb-5 text-[17px] leading-relaxed"><strong>{text}</strong></p>\n',
        para + "\n",
        '<p class="mb-5 text-[17px] leading-relaxed"><a href="/newsletters/money-memo">{text}</a></p>\n',
    )
    notice = each(p, "source", "{inner}", para + "\n")
    comments = _slot(
        p,
        "comments",
        '<section class="mt-12 border-t pt-8">\n{inner}</section>',
        '<h2 class="text-xl font-semibold">{text}</h2>\n',
        '<p class="text-sm text-slate-600">{text}</p>\n',
        '<a class="mt-3 inline-block rounded border px-4 py-2" href="#respond">{text}</a>\n',
    )
    toast = _slot(
        p,
        "notification",
        '<div class="fixed bottom-4 right-4 z-40 w-80 rounded-lg bg-white p-4 shadow-xl">\n{inner}</div>',
        '<p class="font-semibold">{text}</p>\n',
        '<p class="text-sm">{text}</p>\n',
        '<button class="mt-2 rounded bg-emerald-700 px-3 py-1 text-white" type="button">{text}</button>\n',
    )
    appeal = _slot(
        p,
        "donation",
        '<div class="mt-8 rounded-lg bg-slate-50 p-5">\n{inner}</div>',
        '<p class="font-semibold">{text}</p>\n',
        '<p class="text-sm">{text}</p>\n',
        '<a class="mt-3 block rounded bg-amber-400 px-3 py-2 text-center" href="/support">{text}</a>\n',
    )
    app = inline_box(p, "app", '<p class="text-xs leading-6">{inner}</p>', "a", ' href="/app"', "<br>\n")
    consent = _slot(
        p,
        "consent",
        '<div class="fixed inset-0 z-50 flex items-center justify-center bg-black/50" role="dialog" aria-modal="true">'
        '<div class="max-w-lg rounded-xl bg-white p-6">\n{inner}</div></div>',
        '<h2 class="text-lg font-bold">{text}</h2>\n',
        '<p class="my-3 text-sm">{text}</p>\n',
        '<button class="mr-2 rounded border px-4 py-2" type="button">{text}</button>\n',
    )
    return f"""<header class="border-b bg-white">
<div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a class="text-xl font-black" href="/">{esc(p.site)}</a>
<nav class="hidden gap-5 md:flex"><a href="/savings">Savings</a> <a href="/mortgages">Mortgages</a> <a href="/credit-cards">Credit cards</a> <a href="/pensions">Pensions</a></nav>
{login}
</div>
</header>
<main class="mx-auto grid max-w-6xl grid-cols-12 gap-8 px-4 py-8">
<div class="col-span-1">{share}</div>
<article class="col-span-12 lg:col-span-7">
<p class="text-xs uppercase text-emerald-700"><a href="/savings">Savings</a></p>
<h1 class="mb-4 text-4xl font-bold">{esc(p.title)}</h1>
<p class="mb-6 text-sm text-slate-500">By Hannah Okafor · 20 November 2026</p>
<div class="entry">
{newsletter}
{body}
{notice}
</div>
{comments}
</article>
<aside class="col-span-12 lg:col-span-4">
<div>
{heading}<ul class="divide-y">
{stories}</ul>
</div>
{appeal}
</aside>
</main>
{toast}
<footer class="mt-16 bg-slate-900 px-4 py-10 text-slate-300">
<div class="mx-auto max-w-6xl">
{app}
<p class="text-xs">© 2026 {esc(p.site)}. Authorised and regulated for credit broking.</p>
</div>
</footer>
{consent}"""


def consumer_watchdog_report(p: Parts) -> str:
    """A consumer-rights charity's report page from an old CMS laid out in nested `<table>`s,
    the story as classless `<p>` paragraphs in the centre cell: the sign-in in a right-aligned
    cell of the top row, the share links as a pipe-separated row under the title, the
    correction or disclosure pasted as plain `<p>` paragraphs right before the first paragraph,
    the newsletter as a `<br>` run in a borderless inner table, a `<complaint-letter>` element
    whose `<noscript>` holds the tool's failure message and an `<object>` whose fallback is the
    video's labels between paragraphs, the members' paywall pasted as plain `<p>` paragraphs
    right after the last one, the recall sign-up as a `<br>` run and the app promo in the left
    cell, the ad and the headed list of reports in the right cell, the comments in rows of a
    table under the story and the cookie notice in a styled div with no class."""
    heading = related_heading(p, '<b><font size="2">{text}</font></b><br>\n')
    inline = present(
        inline_box(
            p,
            "newsletter",
            '<table border="0" cellpadding="8" width="100%" bgcolor="#f3f6e8"><tr><td><font size="2">\n'
            "{inner}\n</font></td></tr></table>",
            "span",
            "",
            "<br>\n",
        ),
        each(
            p,
            "error",
            '<complaint-letter data-template="faulty-goods"><noscript>\n{inner}</noscript></complaint-letter>',
            "<p>{text}</p>\n",
        ),
        each(
            p,
            "video",
            '<object type="text/html" data="https://media.example/watchdog/clip-204" width="480" height="270">\n'
            "{inner}</object>",
            "<div>{text}</div>\n",
        ),
    )
    body = _article(
        p,
        {
            "p": "<p>{text}</p>",
            "h2": "<p><b>{text}</b></p>",
            "quote": "<blockquote><p>{text}</p></blockquote>",
            "ul": "<ul>{items}</ul>",
        },
        inline,
    )
    reports = links(p.teasers(6), '<a href="/reports/{slug}.html">{text}</a><br>\n')
    login = inline_box(
        p, "login", '<td align="right"><font size="1">{inner}</font></td>', "a", ' href="/members/login"'
    )
    share = inline_box(p, "share", '<p><font size="1">{inner}</font></p>', "a", ' href="#"', " | ")
    note = each(p, "source", "{inner}", "<p>{text}</p>\n")
    paywall = _slot(
        p,
        "donation",
        "{inner}",
        "<p><b>{text}</b></p>\n",
        "<p>{text}</p>\n",
        '<p><a href="/join.html">{text}</a></p>\n',
    )
    recall = inline_box(p, "notification", '<p><font size="2">{inner}</font></p>', "span", "", "<br>\n")
    app = _slot(
        p,
        "app",
        '<table border="0" cellpadding="4" width="100%"><tr><td>\n{inner}</td></tr></table>',
        "<b>{text}</b><br>\n",
        "{text}<br>\n",
        '<a href="/app.html">{text}</a><br>\n',
    )
    advert = each(
        p,
        "advertising",
        '<table border="1" cellpadding="6" width="100%"><tr><td>\n{inner}</td></tr></table>',
        "<div>{text}</div>\n",
    )
    comments = each(
        p,
        "comments",
        '<table border="0" cellpadding="6" width="100%">\n{inner}</table>',
        '<tr><td bgcolor="#eeeeee"><font size="2">{text}</font></td></tr>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<div style="position:fixed;bottom:0;left:0;right:0;background:#ffffcc;border-top:2px solid #999;padding:10px">\n'
        "{inner}</div>",
        "<b>{text}</b>\n",
        "<span>{text}</span>\n",
        '<button type="button">{text}</button>\n',
    )
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="980" align="center">
<tr><td><a href="/"><img src="/img/logo.gif" alt="{esc(p.site)}" width="260" height="60" border="0"></a></td>
{login}</tr>
<tr><td colspan="2" bgcolor="#2b4f1d"><font color="#ffffff" size="2"><a href="/reports.html">Reports</a> | <a href="/recalls.html">Recalls</a> | <a href="/your-rights.html">Your rights</a> | <a href="/campaigns.html">Campaigns</a></font></td></tr>
</table>
<table border="0" cellpadding="10" cellspacing="0" width="980" align="center">
<tr>
<td width="180" valign="top" bgcolor="#f4f4f4">
{recall}
{app}
</td>
<td valign="top">
<font face="Verdana" size="1">Home &gt; Reports &gt; Consumer rights</font>
<h1><font face="Georgia">{esc(p.title)}</font></h1>
<font size="1">Published 20/11/2026 by the investigations team</font>
{share}
{note}
{body}
{paywall}
<br>
{comments}
</td>
<td width="200" valign="top">
{advert}
<br>
{heading}{reports}
</td>
</tr>
</table>
<table border="0" width="980" align="center"><tr><td align="center"><font size="1">© 2026 {esc(p.site)} · Registered charity no. 1098765</font></td></tr></table>
{consent}"""


def insurance_pensions_news(p: Parts) -> str:
    """An insurance and pensions news site built as an Angular app, every element carrying
    `_ngcontent` attributes and the story as `p.paragraph` inside `<app-article-body>`: the
    sign-in in `<app-account-menu>`, the notice in a `<mat-snack-bar-container>` above the
    header, the share buttons' labels in visually-hidden spans of `<app-share-bar>`, the
    sponsor's quote form pasted as same-class paragraphs right before the first paragraph, an
    `<app-adviser-finder>` whose failure message sits in bland divs and an
    `<app-video-player>` whose `<noscript>` holds its labels between paragraphs, the reader
    prompt pasted as same-class paragraphs right after the last one, the source note as a
    `<br>` run in a classless `<small>`, the app card and a headed list in the sidebar, the
    newsletter in `<app-newsletter-signup>` in the footer, the subscription paywall in a CDK
    overlay and the cookie bar in a div with a hashed class."""
    ng = "_ngcontent-ng-c2291"
    para = f'<p {ng} class="paragraph">{{text}}</p>'
    heading = related_heading(p, f'<h3 {ng} class="mat-headline-6">{{text}}</h3>\n')
    inline = present(
        each(
            p,
            "error",
            f'<app-adviser-finder {ng}><div {ng} class="c-1">\n{{inner}}</div></app-adviser-finder>',
            f"<div {ng}>{{text}}</div>\n",
        ),
        _slot(
            p,
            "video",
            f'<app-video-player {ng} data-asset="pension-explainer-71"><noscript>\n{{inner}}</noscript></app-video-player>',
            "<p>{text}</p>\n",
            "<p>{text}</p>\n",
            "<span>{text}</span>\n",
        ),
    )
    body = _article(
        p,
        {
            "p": para,
            "h2": f'<h2 {ng} class="subheading">{{text}}</h2>',
            "quote": f'<blockquote {ng} class="pull">{{text}}</blockquote>',
            "ul": f'<ul {ng} class="bullets">{{items}}</ul>',
        },
        inline,
    )
    cards = links(p.teasers(5), f'<li {ng} class="teaser"><a {ng} href="/pensions/{{slug}}">{{text}}</a></li>\n')
    login = _slot(
        p,
        "login",
        f"<app-account-menu {ng}>\n{{inner}}</app-account-menu>",
        f"<span {ng}>{{text}}</span>\n",
        f"<span {ng}>{{text}}</span>\n",
        f'<a {ng} mat-button href="/account/sign-in">{{text}}</a>\n',
    )
    snack = _slot(
        p,
        "notification",
        '<div class="cdk-overlay-container"><mat-snack-bar-container class="mat-mdc-snack-bar-container">\n'
        "{inner}</mat-snack-bar-container></div>",
        "<strong>{text}</strong>\n",
        "<span>{text}</span>\n",
        '<button mat-button type="button">{text}</button>\n',
    )
    share = each(
        p,
        "share",
        f"<app-share-bar {ng}>\n{{inner}}</app-share-bar>",
        f'<button {ng} mat-icon-button type="button"><mat-icon aria-hidden="true" svgicon="share"></mat-icon><span class="cdk-visually-hidden">{{text}}</span></button>\n',
    )
    quote_form = _slot(
        p,
        "advertising",
        "{inner}",
        f'<p {ng} class="paragraph"><strong>{{text}}</strong></p>\n',
        para + "\n",
        f'<p {ng} class="paragraph"><a {ng} href="https://quotes.example/start?src=news">{{text}}</a></p>\n',
    )
    prompt = _slot(
        p,
        "comments",
        "{inner}",
        f'<p {ng} class="paragraph"><em>{{text}}</em></p>\n',
        para + "\n",
        f'<p {ng} class="paragraph"><a {ng} href="#comments">{{text}}</a></p>\n',
    )
    source = inline_box(p, "source", "<small>{inner}</small>", "span", "", "<br>\n")
    app = _slot(
        p,
        "app",
        f'<app-promo-card {ng} class="card">\n{{inner}}</app-promo-card>',
        f"<h4 {ng}>{{text}}</h4>\n",
        f"<p {ng}>{{text}}</p>\n",
        f'<a {ng} class="store" href="/app">{{text}}</a>\n',
    )
    newsletter = _slot(
        p,
        "newsletter",
        f'<app-newsletter-signup {ng}><form {ng}>\n{{inner}}<input {ng} type="email"></form></app-newsletter-signup>',
        f"<h4 {ng}>{{text}}</h4>\n",
        f"<p {ng}>{{text}}</p>\n",
        f"<label {ng}>{{text}}</label>\n",
    )
    paywall = _slot(
        p,
        "donation",
        '<div class="cdk-overlay-container"><div class="cdk-global-overlay-wrapper"><div class="cdk-overlay-pane">'
        '<mat-dialog-container class="mat-mdc-dialog-container">\n{inner}</mat-dialog-container></div></div></div>',
        '<h2 mat-dialog-title="">{text}</h2>\n',
        "<mat-dialog-content><p>{text}</p></mat-dialog-content>\n",
        '<button mat-flat-button color="primary" type="button">{text}</button>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<div class="_c7f1a">\n{inner}</div>',
        "<div><b>{text}</b></div>\n",
        "<div>{text}</div>\n",
        '<button type="button">{text}</button>\n',
    )
    return f"""<app-root {ng}>
{snack}
<app-header {ng} class="header"><a {ng} class="brand" href="/">{esc(p.site)}</a>
<nav {ng}><a {ng} href="/insurance">Insurance</a> <a {ng} href="/pensions">Pensions</a> <a {ng} href="/retirement">Retirement</a></nav>
{login}
</app-header>
<div {ng} class="layout">
<main {ng} class="layout__main">
<app-article {ng}>
<span {ng} class="kicker">Pensions</span>
<h1 {ng} class="headline">{esc(p.title)}</h1>
<app-byline {ng}>Daniel Moss, pensions correspondent · 20 Nov 2026</app-byline>
{share}
<app-article-body {ng}>
{quote_form}
{body}
{prompt}
</app-article-body>
{source}
</app-article>
</main>
<aside {ng} class="layout__side">
{app}
<section {ng}>{heading}<ul {ng}>
{cards}</ul></section>
</aside>
</div>
<app-footer {ng} class="footer">
{newsletter}
<p {ng}>© 2026 {esc(p.site)}</p>
</app-footer>
</app-root>
{paywall}
{consent}"""


def tax_season_hub(p: Parts) -> str:
    """A tax-season explainer hub, a React app styled with Emotion so every class is a hash, the
    story as `p.css-q8w3e1` paragraphs in one `div`: the sign-in in a sticky hashed bar, the
    deadline countdown pasted as same-class paragraphs right before the first paragraph, the
    accountant ads pasted as same-class paragraphs and a tax-calculator iframe whose fallback
    text is its failure message between paragraphs, the newsletter pasted as same-class
    paragraphs right after the last one, the video in a `<figure>` under the story, the source
    notes as a `<br>` run in a hashed div, the share links in a list, an "ask our experts"
    comments block, the app promo and the appeal in the hashed right column, a headed grid of
    guides at the bottom and the cookie notice in an open `<dialog>`."""
    para = '<p class="css-q8w3e1">{text}</p>'
    heading = related_heading(p, '<h2 class="css-1m2n3b">{text}</h2>\n')
    inline = present(
        _slot(
            p,
            "advertising",
            "{inner}",
            '<p class="css-q8w3e1"><strong>{text}</strong></p>\n',
            para + "\n",
            '<p class="css-q8w3e1"><a href="https://accountants.example/match?ref=taxhub" rel="sponsored">{text}</a></p>\n',
        ),
        each(
            p,
            "error",
            '<iframe class="css-0f9w2k" src="https://calc.taxhub.example/embed/self-assessment" title="Tax calculator" '
            'height="520">{inner}</iframe>',
            "{text} ",
        ),
    )
    body = _article(
        p,
        {
            "p": para,
            "h2": '<h2 class="css-7h1d0x">{text}</h2>',
            "quote": '<blockquote class="css-2kq0vv">' + para + "</blockquote>",
            "ul": '<ul class="css-y6r3ab">{items}</ul>',
        },
        inline,
    )
    guides = links(
        p.teasers(6),
        '<a class="css-k1x9pe" href="/tax/guides/{slug}"><div class="css-9a8s7d">{text}</div></a>\n',
    )
    login = _slot(
        p,
        "login",
        '<div class="css-1y0z3qf">\n{inner}</div>',
        "<span>{text}</span>\n",
        "<span>{text}</span>\n",
        '<a class="css-5r1pqz" href="/login">{text}</a>\n',
    )
    countdown = _slot(
        p,
        "notification",
        "{inner}",
        '<p class="css-q8w3e1"><strong>{text}</strong></p>\n',
        para + "\n",
        '<p class="css-q8w3e1"><a href="/reminders">{text}</a></p>\n',
    )
    newsletter = _slot(
        p,
        "newsletter",
        "{inner}",
        '<p class="css-q8w3e1"><strong>{text}</strong></p>\n',
        para + "\n",
        '<p class="css-q8w3e1"><a href="/email-course">{text}</a></p>\n',
    )
    video = _slot(
        p,
        "video",
        '<figure class="css-4b2k1m"><video controls preload="none" poster="/img/tax-explainer.jpg" '
        'src="/video/tax-explainer.mp4"></video><figcaption class="css-3c1j9n">\n{inner}</figcaption></figure>',
        "<span>{text}</span>\n",
        "<span>{text}</span>\n",
        "<span>{text}</span>\n",
    )
    notes = inline_box(p, "source", '<div class="css-8zz1ta">{inner}</div>', "span", "", "<br>\n")
    share = each(
        p,
        "share",
        '<ul class="css-6u2hy0">\n{inner}</ul>',
        '<li class="css-0b3nql"><a href="#share">{text}</a></li>\n',
    )
    comments = _slot(
        p,
        "comments",
        '<div class="css-w2m5rt">\n{inner}</div>',
        '<div class="css-1s3k2p">{text}</div>\n',
        '<div class="css-8k7r2q">{text}</div>\n',
        '<a class="css-5r1pqz" href="/ask">{text}</a>\n',
    )
    app = _slot(
        p,
        "app",
        '<div class="css-0r8yq1">\n{inner}</div>',
        '<div class="css-1s3k2p">{text}</div>\n',
        '<div class="css-8k7r2q">{text}</div>\n',
        '<a class="css-5r1pqz" href="/app">{text}</a>\n',
    )
    appeal = _slot(
        p,
        "donation",
        '<div class="css-0r8yq1">\n{inner}</div>',
        '<div class="css-1s3k2p">{text}</div>\n',
        '<div class="css-8k7r2q">{text}</div>\n',
        '<a class="css-5r1pqz" href="/support">{text}</a>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<dialog class="css-xq0p1a" open>\n{inner}</dialog>',
        '<div class="css-1s3k2p">{text}</div>\n',
        '<div class="css-8k7r2q">{text}</div>\n',
        '<button class="css-5r1pqz" type="button">{text}</button>\n',
    )
    return f"""<div id="root">
<div class="css-1x2y3z">
{login}
<a class="css-9v8u7t" href="/">{esc(p.site)}</a>
<div class="css-2w4e6r"><a href="/tax">Tax hub</a> <a href="/tax/deadlines">Deadlines</a> <a href="/tax/calculators">Calculators</a></div>
</div>
<div class="css-6t5r4e">
<div class="css-3e2w1q">
<div class="css-0p9o8i">Tax season 2026 · Explainer</div>
<h1 class="css-7u6y5t">{esc(p.title)}</h1>
<div class="css-4r3e2w">Updated 20 November 2026 · 7 min read</div>
{share}
<div class="css-l0k9j8">
{countdown}
{body}
{newsletter}
</div>
{video}
{notes}
{comments}
</div>
<div class="css-h7g6f5">
{app}
{appeal}
</div>
</div>
<div class="css-d4s3a2">{heading}<div class="css-z1x2c3">
{guides}</div></div>
<div class="css-m9n8b7"><span>© 2026 {esc(p.site)}</span> <a href="/privacy">Privacy</a></div>
</div>
{consent}"""


def fintech_banking_news(p: Parts) -> str:
    """A banking and fintech news site built with styled-components, all classes generated
    pairs (`sc-…` plus a hash), the story as `p.sc-gKXOVf.jSgRyA` paragraphs in one hashed
    div: the market-alert strip above the header, the sign-in in the header, the share buttons
    in a floating hashed column, the app-store promo pasted as same-class paragraphs right before
    the first paragraph, the card offer with its representative APR as rows of a `<table>`, a
    `<stock-ticker>` element holding the failure message and a `<lite-youtube>` element whose
    link and spans are the video's labels between paragraphs, the disclosure pasted as
    same-class paragraphs right after the last one, comments in an unnamed `<section>`, the
    newsletter and a headed list in the sidebar, the subscription paywall stuck to the bottom
    of the window and the cookie banner as a `<br>` run in a hashed div."""
    para = '<p class="sc-gKXOVf jSgRyA">{text}</p>'
    heading = related_heading(p, '<h3 class="sc-dkPtRN fLlhyl">{text}</h3>\n')
    inline = present(
        each(
            p,
            "advertising",
            '<table class="sc-hKMtZM dXdBQx" role="presentation">\n{inner}</table>',
            "<tr><td>{text}</td></tr>\n",
        ),
        each(
            p,
            "error",
            '<stock-ticker symbols="NWG.L,MONZ,REV" class="sc-eCYdqJ hNzTeo">\n{inner}</stock-ticker>',
            "<span>{text}</span>\n",
        ),
        _slot(
            p,
            "video",
            '<lite-youtube videoid="x7Qe2kLm9aP" class="sc-jSMfEi kPaHqL">\n{inner}</lite-youtube>',
            '<a class="lty-playbtn" href="https://www.youtube.com/watch?v=x7Qe2kLm9aP">{text}</a>\n',
            "<span>{text}</span>\n",
            "<span>{text}</span>\n",
        ),
    )
    body = _article(
        p,
        {
            "p": para,
            "h2": '<h2 class="sc-bczRLJ kPwRgf">{text}</h2>',
            "quote": '<blockquote class="sc-iBkjds bSyXLp">' + para + "</blockquote>",
            "ul": '<ul class="sc-ftvSup gpGFdD">{items}</ul>',
        },
        inline,
    )
    latest = links(p.teasers(5), '<li class="sc-kgflAQ eLjNWT"><a href="/fintech/{slug}">{text}</a></li>\n')
    strip = _slot(
        p,
        "notification",
        '<div class="sc-papXJ cNkLpQ">\n{inner}</div>',
        "<strong>{text}</strong>\n",
        "<span>{text}</span>\n",
        '<button class="sc-jqUVSM bBqQaL" type="button">{text}</button>\n',
    )
    login = _slot(
        p,
        "login",
        '<div class="sc-gsnTZi jmaZQb">\n{inner}</div>',
        "<span>{text}</span>\n",
        "<span>{text}</span>\n",
        '<a class="sc-jqUVSM bBqQaL" href="/sign-in">{text}</a>\n',
    )
    share = each(
        p,
        "share",
        '<div class="sc-crXcEl gTbcdF">\n{inner}</div>',
        '<button class="sc-jqUVSM iYxqGz" type="button" title="share">{text}</button>\n',
    )
    promo = _slot(
        p,
        "app",
        "{inner}",
        '<p class="sc-gKXOVf jSgRyA"><strong>{text}</strong></p>\n',
        para + "\n",
        '<p class="sc-gKXOVf jSgRyA"><a href="https://apps.apple.example/app/id1490022">{text}</a></p>\n',
    )
    disclosure = each(p, "source", "{inner}", '<p class="sc-gKXOVf jSgRyA"><em>{text}</em></p>\n')
    comments = _slot(
        p,
        "comments",
        "<section>\n{inner}</section>",
        "<h3>{text}</h3>\n",
        "<p>{text}</p>\n",
        '<button class="sc-jqUVSM bBqQaL" type="button">{text}</button>\n',
    )
    newsletter = _slot(
        p,
        "newsletter",
        '<div class="sc-fnykZs hVNhCQ">\n{inner}<input class="sc-fEOsli eGVcaS" type="email"></div>',
        "<h3>{text}</h3>\n",
        "<p>{text}</p>\n",
        '<button class="sc-jqUVSM bBqQaL" type="submit">{text}</button>\n',
    )
    paywall = _slot(
        p,
        "donation",
        '<div class="sc-iqcoie fKzWtl" style="position:fixed;bottom:0;left:0;right:0">\n{inner}</div>',
        "<h2>{text}</h2>\n",
        "<p>{text}</p>\n",
        '<a class="sc-jqUVSM bBqQaL" href="/subscribe">{text}</a>\n',
    )
    consent = inline_box(p, "consent", '<div class="sc-dmRaPn kYPZxy">{inner}</div>', "span", "", "<br>\n")
    return f"""<div id="__next"><div class="sc-bZkfAO fPrNAz">
{strip}
<header class="sc-hAZoDl hYoUbo"><a class="sc-idiyUo kTfNqA" href="/">{esc(p.site)}</a>
<nav class="sc-iIPllB eFZcGg"><a href="/banking">Banking</a> <a href="/fintech">Fintech</a> <a href="/cards">Cards</a> <a href="/crypto">Crypto</a></nav>
{login}
</header>
<div class="sc-fLlhyt cWhuRk">
<div class="sc-bBHxTw jNnNLr">{share}</div>
<article class="sc-gXmSlM hhNkGs">
<div class="sc-cCsOjp dKlMbu"><a href="/banking">Banking</a></div>
<h1 class="sc-ciZhAO ghmTkq">{esc(p.title)}</h1>
<div class="sc-jdAMXn eDQzwH">Leah Whitford · 20 November 2026, 07:15</div>
<div class="sc-hiMGwR bXvqQb">
{promo}
{body}
{disclosure}
</div>
{comments}
</article>
<aside class="sc-dIouRR kFjvwy">
{newsletter}
<div class="sc-hHLeRK bvCmuA">{heading}<ol>
{latest}</ol></div>
</aside>
</div>
<footer class="sc-kDDrLX eFaCeK"><span>© 2026 {esc(p.site)}</span></footer>
</div></div>
{paywall}
{consent}"""


def price_comparison_newsroom(p: Parts) -> str:
    """A price-comparison site's newsroom, a SvelteKit app whose classes are only component
    hashes, the story as `p.svelte-1k9xq2` paragraphs in one `div`: the sign-in in the
    header, the affiliate disclosure pasted as same-class paragraphs right before the first
    paragraph, the deal alert as a `<br>` run inside a same-class paragraph, a
    `<price-history>` chart element whose `<noscript>` holds the failure message, the deal box
    in a classless `<aside>` and a video iframe whose fallback text is its labels between
    paragraphs, the share prompt pasted as same-class paragraphs right after the last one, the
    comments in a hashed div, the newsletter, the appeal and a headed list of deals in the
    sidebar, the app banner stuck to the bottom and the cookie choices in a modal."""
    h = "svelte-1k9xq2"
    para = f'<p class="{h}">{{text}}</p>'
    heading = related_heading(p, '<h2 class="svelte-7yd0pm">{text}</h2>\n')
    inline = present(
        inline_box(p, "notification", para.replace("{text}", "{inner}"), "span", "", "<br>\n"),
        each(
            p,
            "error",
            '<price-history class="svelte-3rt0jq" data-sku="VX-229" data-days="90"><noscript>\n'
            "{inner}</noscript></price-history>",
            "<div>{text}</div>\n",
        ),
        _slot(
            p,
            "advertising",
            "<aside>\n{inner}</aside>",
            "<div><b>{text}</b></div>\n",
            "<div>{text}</div>\n",
            '<a href="https://go.pricelens.example/r/vx229" rel="sponsored nofollow">{text}</a>\n',
        ),
        each(
            p,
            "video",
            '<iframe class="svelte-0vq9z1" src="https://video.pricelens.example/embed/air-fryers" width="640" '
            'height="360">{inner}</iframe>',
            "{text} ",
        ),
    )
    body = _article(
        p,
        {
            "p": para,
            "h2": f'<h2 class="{h}">{{text}}</h2>',
            "quote": f'<blockquote class="{h}">{{text}}</blockquote>',
            "ul": f'<ul class="{h}">{{items}}</ul>',
        },
        inline,
    )
    deals = links(p.teasers(5), '<li class="svelte-7yd0pm"><a href="/deals/{slug}">{text}</a></li>\n')
    login = _slot(
        p,
        "login",
        '<div class="svelte-8qk1ff">\n{inner}</div>',
        "<span>{text}</span>\n",
        "<span>{text}</span>\n",
        '<a href="/login">{text}</a>\n',
    )
    disclosure = each(p, "source", "{inner}", f'<p class="{h}"><small>{{text}}</small></p>\n')
    share = _slot(
        p,
        "share",
        "{inner}",
        f'<p class="{h}"><strong>{{text}}</strong></p>\n',
        para + "\n",
        f'<p class="{h}"><a href="#share">{{text}}</a></p>\n',
    )
    comments = _slot(
        p,
        "comments",
        '<div class="svelte-2c9m1k">\n{inner}</div>',
        "<h3>{text}</h3>\n",
        "<p>{text}</p>\n",
        '<button type="button">{text}</button>\n',
    )
    newsletter = _slot(
        p,
        "newsletter",
        '<div class="svelte-5pl2xw">\n{inner}<input type="email"></div>',
        "<h3>{text}</h3>\n",
        "<p>{text}</p>\n",
        '<button type="submit">{text}</button>\n',
    )
    appeal = _slot(
        p,
        "donation",
        '<div class="svelte-5pl2xw">\n{inner}</div>',
        "<h3>{text}</h3>\n",
        "<p>{text}</p>\n",
        '<a href="/support-us">{text}</a>\n',
    )
    app = _slot(
        p,
        "app",
        '<div class="svelte-1bq0ww" style="position:fixed;bottom:0;width:100%">\n{inner}</div>',
        "<b>{text}</b>\n",
        "<span>{text}</span>\n",
        '<a href="https://pricelens.example/app">{text}</a>\n',
    )
    consent = _slot(
        p,
        "consent",
        '<div class="svelte-9hv3ob" role="dialog" aria-modal="true"><div class="svelte-4ga1ed">\n{inner}</div></div>',
        "<h2>{text}</h2>\n",
        "<p>{text}</p>\n",
        '<button type="button">{text}</button>\n',
    )
    return f"""<div style="display: contents">
<header class="svelte-0f3k2d"><a class="svelte-0f3k2d" href="/">{esc(p.site)}</a>
<nav class="svelte-0f3k2d"><a href="/deals">Deals</a> <a href="/news">News</a> <a href="/price-tracker">Price tracker</a></nav>
{login}
</header>
<div class="svelte-6mx2pa">
<main class="svelte-6mx2pa">
<div class="svelte-rr3f1c">Deals news · 20 November 2026</div>
<h1 class="svelte-rr3f1c">{esc(p.title)}</h1>
<div class="svelte-1k9xq2">
{disclosure}
{body}
{share}
</div>
{comments}
</main>
<div class="svelte-2yq7lx">
{newsletter}
<div class="svelte-7yd0pm">{heading}<ul class="svelte-7yd0pm">
{deals}</ul></div>
{appeal}
</div>
</div>
<footer class="svelte-0f3k2d"><small>© 2026 {esc(p.site)} · Prices include VAT and may change.</small></footer>
{app}
</div>
{consent}"""


SHAPES = (
    savings_rates_desk,
    consumer_watchdog_report,
    insurance_pensions_news,
    tax_season_hub,
    fintech_banking_news,
    price_comparison_newsroom,
)
