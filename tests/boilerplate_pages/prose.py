"""Article prose for the labelled pages: news sentences in four languages, deterministic for a seed.

Some sentences are news *about* the things boilerplate talks about (subscriptions, donations,
apps, cookies, comments, sharing, sign-ups, advertising), quoted or reported, so that a filter
which drops lines for a word rather than for what the line does loses article text here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    places: tuple[str, ...]
    actors: tuple[str, ...]
    templates: tuple[str, ...]  # {actor} {place} {number} {day}
    tricky: tuple[str, ...]  # news sentences that sound like prompts
    quotes: tuple[str, ...]
    subheads: tuple[str, ...]
    facts: tuple[str, ...]  # list items


ENGLISH = Language(
    code="en",
    places=("Riverton", "the northern district", "Lakeside", "the harbour area", "Westbury", "the county"),
    actors=(
        "The city council",
        "Regional health officials",
        "The transport authority",
        "Union representatives",
        "The chief executive of the water company",
        "Researchers at the state university",
        "Local business owners",
        "The environment agency",
    ),
    templates=(
        "{actor} said on {day} that repairs in {place} would take at least {number} weeks.",
        "{actor} confirmed that {number} households in {place} were still without running water.",
        "According to figures released on {day}, spending on the project has risen by {number} percent since last year.",
        "{actor} warned that the cost of the flood defences could double if work is delayed again.",
        "The proposal was approved by {number} votes to {number2} after a debate that lasted most of the afternoon.",
        "Inspectors visited {place} on {day} and found that {number} of the pumping stations needed urgent work.",
        "{actor} have asked the national government for an extra {number} million to cover the shortfall.",
        "Traffic in {place} was diverted for most of {day} while engineers checked the bridge for damage.",
        "The report, which runs to {number} pages, recommends a new reservoir north of {place}.",
        "Opposition members said the plan had been rushed and called for an independent review.",
        "Schools in {place} reopened on {day}, although {number} classrooms remain closed for cleaning.",
        "{actor} expects the first stage of the work to be finished before the end of the year.",
    ),
    tricky=(
        "Residents were told to sign up for text alerts from the county's emergency office.",
        "Donations to the flood relief fund passed two million dollars by Friday, the charity said.",
        "The newspaper group reported that digital subscriptions rose 12 percent in the quarter.",
        "Police asked anyone with video of the collision to share it with investigators.",
        "The app, which launched in March, lets commuters report broken lifts and escalators.",
        "Advertising revenue at the broadcaster fell for a third consecutive year.",
        "Critics of the law say cookie banners confuse more users than they protect.",
        "Comments made by the minister at the conference drew sharp criticism from the opposition.",
        "Support for the proposal has grown since the summer, according to a poll published on Tuesday.",
        "The website crashed under the volume of requests, and officials asked people to try again later.",
    ),
    quotes=(
        "“We need everyone to conserve water until the pipes are repaired,” the mayor said.",
        "“This is the worst damage we have seen in a generation,” said one engineer who asked not to be named.",
        "“Our members will not accept another year of delays,” a union spokesperson told reporters.",
        "“We have asked for your patience, and we are grateful for it,” the council leader said in a statement.",
    ),
    subheads=("What happens next", "Cost of the repairs", "A long-running dispute", "Questions for the council"),
    facts=(
        "Repairs are expected to cost about 40 million dollars.",
        "The main pipeline was built in 1962.",
        "Three schools remain closed for cleaning.",
        "A public meeting is planned for next month.",
    ),
)

GERMAN = Language(
    code="de",
    places=("Neustadt", "dem Nordviertel", "Seeheim", "der Altstadt", "Bergdorf", "dem Landkreis"),
    actors=(
        "Der Stadtrat",
        "Das Gesundheitsamt",
        "Die Verkehrsbetriebe",
        "Vertreter der Gewerkschaft",
        "Der Geschäftsführer der Stadtwerke",
        "Forscher der Universität",
    ),
    templates=(
        "{actor} teilte am {day} mit, dass die Reparaturen in {place} mindestens {number} Wochen dauern werden.",
        "Nach Angaben vom {day} sind in {place} noch {number} Haushalte ohne fließendes Wasser.",
        "Die Kosten für das Projekt sind seit dem vergangenen Jahr um {number} Prozent gestiegen.",
        "{actor} warnte, dass sich die Kosten für den Hochwasserschutz verdoppeln könnten.",
        "Der Vorschlag wurde nach einer langen Debatte mit {number} zu {number2} Stimmen angenommen.",
        "Prüfer besuchten am {day} {place} und stellten fest, dass {number} Pumpwerke dringend saniert werden müssen.",
        "Der Verkehr in {place} wurde am {day} umgeleitet, während Ingenieure die Brücke untersuchten.",
        "Die Opposition kritisierte, der Plan sei überstürzt, und forderte eine unabhängige Prüfung.",
        "{actor} rechnet damit, dass der erste Bauabschnitt bis Jahresende fertig ist.",
    ),
    tricky=(
        "Die Bewohner wurden aufgefordert, sich für die Warn-App des Landkreises anzumelden.",
        "Die Spenden für die Flutopfer überstiegen bis Freitag zwei Millionen Euro, teilte der Verein mit.",
        "Der Verlag meldete, dass die Zahl der Digitalabonnements im Quartal um zwölf Prozent gestiegen sei.",
        "Die Polizei bat Zeugen, Videos des Unfalls mit den Ermittlern zu teilen.",
        "Die Werbeeinnahmen des Senders sind das dritte Jahr in Folge gesunken.",
    ),
    quotes=(
        "„Wir bitten alle, Wasser zu sparen, bis die Leitungen repariert sind“, sagte der Bürgermeister.",
        "„Unsere Mitglieder werden weitere Verzögerungen nicht hinnehmen“, sagte ein Gewerkschaftssprecher.",
    ),
    subheads=("Wie es weitergeht", "Die Kosten der Reparatur", "Ein langer Streit"),
    facts=("Die Reparatur kostet rund 40 Millionen Euro.", "Die Hauptleitung wurde 1962 gebaut."),
)

FRENCH = Language(
    code="fr",
    places=("Villeneuve", "le quartier nord", "Bellerive", "le centre historique", "Montclair"),
    actors=(
        "Le conseil municipal",
        "L'agence régionale de santé",
        "La société de transport",
        "Les représentants syndicaux",
        "Le directeur de la compagnie des eaux",
    ),
    templates=(
        "{actor} a indiqué {day} que les travaux à {place} dureraient au moins {number} semaines.",
        "Selon les chiffres publiés {day}, {number} foyers de {place} sont toujours privés d'eau courante.",
        "Le coût du projet a augmenté de {number} pour cent depuis l'an dernier.",
        "{actor} a averti que le coût des digues pourrait doubler si les travaux prennent encore du retard.",
        "La proposition a été adoptée par {number} voix contre {number2} après un long débat.",
        "La circulation à {place} a été déviée pendant que des ingénieurs inspectaient le pont.",
        "L'opposition a dénoncé un projet précipité et réclamé une expertise indépendante.",
        "{actor} espère achever la première phase des travaux avant la fin de l'année.",
    ),
    tricky=(
        "Les habitants ont été invités à s'inscrire aux alertes par SMS de la préfecture.",
        "Les dons pour les sinistrés ont dépassé deux millions d'euros vendredi, selon l'association.",
        "Le groupe de presse a annoncé une hausse de 12 % de ses abonnements numériques.",
        "Les recettes publicitaires de la chaîne ont reculé pour la troisième année consécutive.",
    ),
    quotes=(
        "« Nous demandons à chacun d'économiser l'eau jusqu'à la réparation des canalisations », a déclaré le maire.",
        "« Nos adhérents n'accepteront pas une nouvelle année de retard », a dit un porte-parole du syndicat.",
    ),
    subheads=("Et maintenant ?", "Le coût des réparations", "Un conflit ancien"),
    facts=("Les réparations coûteront environ 40 millions d'euros.", "La conduite principale date de 1962."),
)

SPANISH = Language(
    code="es",
    places=("Villanueva", "el barrio norte", "Riberas", "el casco antiguo", "Montealto"),
    actors=(
        "El ayuntamiento",
        "Las autoridades sanitarias",
        "La empresa de transporte",
        "Los representantes sindicales",
        "El director de la compañía de aguas",
    ),
    templates=(
        "{actor} informó el {day} que las obras en {place} durarán al menos {number} semanas.",
        "Según datos publicados el {day}, {number} hogares de {place} siguen sin agua corriente.",
        "El coste del proyecto ha aumentado un {number} por ciento desde el año pasado.",
        "{actor} advirtió que el coste de las defensas contra inundaciones podría duplicarse.",
        "La propuesta fue aprobada por {number} votos a favor y {number2} en contra tras un largo debate.",
        "El tráfico en {place} fue desviado mientras los ingenieros revisaban el puente.",
        "La oposición criticó que el plan se hizo con prisas y pidió una revisión independiente.",
        "{actor} espera terminar la primera fase de las obras antes de fin de año.",
    ),
    tricky=(
        "Se pidió a los vecinos que se registraran en el sistema de alertas por SMS del municipio.",
        "Las donaciones para los damnificados superaron los dos millones de euros, según la fundación.",
        "El grupo editorial informó de un aumento del 12 % en sus suscripciones digitales.",
        "Los ingresos publicitarios de la cadena cayeron por tercer año consecutivo.",
    ),
    quotes=(
        "«Pedimos a todos que ahorren agua hasta que se reparen las tuberías», dijo el alcalde.",
        "«Nuestros afiliados no aceptarán otro año de retrasos», declaró un portavoz sindical.",
    ),
    subheads=("Qué pasará ahora", "El coste de las reparaciones", "Un conflicto antiguo"),
    facts=("Las reparaciones costarán unos 40 millones de euros.", "La tubería principal se construyó en 1962."),
)

LANGUAGES = {lang.code: lang for lang in (ENGLISH, GERMAN, FRENCH, SPANISH)}
DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes"),
}


def sentence(lang: Language, rng: random.Random) -> str:
    template = rng.choice(lang.templates)
    return template.format(
        actor=rng.choice(lang.actors),
        place=rng.choice(lang.places),
        number=rng.randint(3, 90),
        number2=rng.randint(1, 30),
        day=rng.choice(DAYS[lang.code]),
    )


def paragraphs(lang: Language, rng: random.Random, count: int) -> list[str]:
    """`count` paragraphs of 1-4 sentences, plus two tricky sentences (inside a paragraph or a
    paragraph of their own) and a quote standing alone, as news sites write."""
    result = [" ".join(sentence(lang, rng) for _ in range(rng.randint(1, 4))) for _ in range(count)]
    for tricky in rng.sample(lang.tricky, k=min(2, len(lang.tricky))):
        index = rng.randrange(len(result))
        if rng.random() < 0.5:
            result[index] = f"{result[index]} {tricky}"
        else:
            result.insert(index + 1, tricky)
    result.insert(rng.randrange(1, len(result)), rng.choice(lang.quotes))
    return result


def headline(lang: Language, rng: random.Random) -> str:
    return sentence(lang, rng).rstrip(".").split(",")[0][:90]
