"""Text layer: paragraphs of the extracted text judged by their wording and their place."""

import pytest
from lxml import etree

from pipeline.boilerplate import SiteMemorySettings
from pipeline.extract import default_rules
from pipeline.paragraphs import Paragraph, fingerprint, split_paragraphs, word_count
from pipeline.site_memory import SiteCounts, site_keys
from pipeline.text_rules import article_text, judge_site, judge_text

BODY = "The council said on Monday that repairs to the harbour wall would take at least six more weeks to finish."


def para(text: str, kind: str = "p", link_share: float = 0.0) -> Paragraph:
    return Paragraph(text, kind, word_count(text), link_share, fingerprint(text))


def judged(*paragraphs: Paragraph, title: str = "", description: str = "") -> list[Paragraph]:
    return judge_text(list(paragraphs), title=title, description=description, rules=default_rules())


def kept(*paragraphs: Paragraph, **kwargs: str) -> list[str]:
    return [p.text for p in judged(*paragraphs, **kwargs) if p.dropped is None]


def kept_after_body(*lines: str) -> list[str]:
    """Which of `lines`, printed after an article paragraph, are kept."""
    result = kept(para(BODY), *(para(line) for line in lines))
    assert result[0] == BODY
    return result[1:]


@pytest.mark.parametrize(
    "label",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Anzeige",
        "Publicité",
        "Publicidad",
        "Read more: Storm closes the coast road",
        "Lesen Sie auch: Neue Brücke",
        "Share this article",
        "12 comments",
        "Source: Reuters",
        "Watch: Flood water rises in the city centre",
        "Something went wrong. Please try again later.",
        "Da ist leider etwas schiefgelaufen",
        "Hoppla! Die Seite lädt gerade nicht",
        "Algo ha salido mal al cargar la página",
        "This map is no longer available",
        "From our partners",
        "En images : la crue de la Loire",
        "(This story was originally published November 20, 2026, 5:00 AM.)",
        "Copyright 2026 The Associated Press. All rights reserved.",
        "Supporter · $7 a month",
        "Alerts are on for Local Government",
        "This article is for information only and does not constitute investment advice.",
        "Nature Climate Change, 2026. DOI: 10.1038/s41558-026-01234-5",
    ],
)
def test_labels_standing_alone_are_dropped(label: str) -> None:
    assert kept(para(BODY), para(label), para(BODY + " Again.")) == [BODY, BODY + " Again."]


@pytest.mark.parametrize(
    "prompt",
    [
        "Support independent journalism. Make a contribution today.",
        "Our reporting is funded by readers like you. Make a contribution today.",
        "Sign up for our daily newsletter",
        "Turn on notifications to get breaking news first.",
        "Download our free app for the latest headlines",
        "Log in to comment",
        "Join the conversation",
        "Unterstützen Sie unabhängigen Journalismus",
        "Abonnez-vous pour lire la suite",
        "Suscríbete a nuestro newsletter",
        "Reporting costs money. Help us pay for it.",
        "Jeder Euro zählt.",
        "Identifiez-vous pour continuer la lecture",
        "Soyez alertés des grandes informations",
        "Die Nachrichten-App: jetzt gratis herunterladen",
    ],
)
def test_calls_to_action_are_dropped(prompt: str) -> None:
    assert kept(para(BODY), para(prompt), para(BODY + " Again.")) == [BODY, BODY + " Again."]


@pytest.mark.parametrize(
    "news",
    [
        "Residents were told to sign up for text alerts from the county's emergency office.",
        "“We need your support to rebuild the harbour,” the mayor said on Tuesday.",
        "Donations to the flood relief fund passed two million dollars by Friday, the charity said.",
        "The newspaper group reported that digital subscriptions rose 12 percent in the quarter.",
        "Police asked anyone with video of the collision to share it with investigators.",
        "UPS said on Tuesday it would cut 20,000 jobs.",
        "The stage was dark. Help arrived an hour later, the crew said.",
        "Los afiliados del sindicato rechazaron el acuerdo el martes.",
        "Residents were paying attention to the river levels all week.",
        "The report was produced by the council's auditors in March.",
        "An NBC affiliate first reported the closure on Monday.",
        "A preview of the report was shared with paying subscribers.",
        "The exhibition runs 29 November 2018 | 20 January 2019.",
    ],
)
def test_news_about_the_same_things_is_kept(news: str) -> None:
    assert kept(para(BODY), para(news)) == [BODY, news]


def test_a_leading_heading_that_repeats_the_title_or_description_goes() -> None:
    result = judged(
        para("Harbour wall repairs delayed again", "head"),
        para("Engineers found more damage than expected", "head"),
        para(BODY),
        title="Harbour wall repairs delayed again | Example News",
        description="Engineers found more damage than expected",
    )
    assert [p.dropped.kind if p.dropped else None for p in result] == ["title", "title", None]


def test_a_lede_that_restates_the_description_stays() -> None:
    assert kept(para(BODY), description=BODY) == [BODY]


def test_link_teasers_and_what_trails_the_article_go() -> None:
    result = kept(
        para(BODY),
        para("Storm closes the coast road", link_share=1.0),
        para(BODY + " More."),
        para("Most popular", "head"),
        para("- A story elsewhere on the site", "item", link_share=0.9),
    )
    assert result == [BODY, BODY + " More."]


def test_a_heading_over_dropped_paragraphs_goes_and_one_over_text_stays() -> None:
    result = kept(
        para(BODY),
        para("The Briefing", "head"),
        para("Sign up for our daily newsletter"),
        para("What happens next", "head"),
        para(BODY + " Next."),
    )
    assert result == [BODY, "What happens next", BODY + " Next."]


def test_buttons_and_titles_beside_a_prompt_go_with_it() -> None:
    result = kept(
        para(BODY),
        para("The Evening Edition"),
        para("Enter your email address to get it"),
        para("Sign me up"),
        para("He declined to comment."),
        para(BODY + " End."),
    )
    assert result == [BODY, "He declined to comment.", BODY + " End."]


def test_a_widget_pasted_among_paragraphs_goes_by_its_shape_title_text_button() -> None:
    result = kept(
        para(BODY),
        para("Patch Notes Weekly"),
        para("Releases, updates and tournament results in one short email."),
        para("Add me to Patch Notes"),
        para(BODY + " Again."),
        para("What happens next"),
        para("The council votes in May."),
        para("Follow the money, critics say, and the plan falls apart."),
    )
    # a section title over text stays: what follows it is a sentence, not a button
    assert result == [
        BODY,
        BODY + " Again.",
        "What happens next",
        "The council votes in May.",
        "Follow the money, critics say, and the plan falls apart.",
    ]


def test_a_widget_whose_button_is_a_link_goes_whole() -> None:
    widget = [
        para("Check your symptoms"),
        para("Answer a few questions about how you feel and get advice on what to do next."),
        para("Start the symptom checker", link_share=1.0),
    ]
    assert kept(para(BODY), *widget, para(BODY + " Again.")) == [BODY, BODY + " Again."]
    # a link that is not a button (no imperative) leaves the section above it alone
    section = [para("What happens next"), para("The council votes in May."), para("Council agenda", link_share=1.0)]
    assert kept(para(BODY), *section, para(BODY + " Again.")) == [
        BODY,
        *(p.text for p in section[:2]),
        BODY + " Again.",
    ]


def test_advice_in_the_article_is_not_a_widget_button() -> None:
    # A button's imperative is the interface's ("Stay informed", "Keep reading"); an article's
    # advice ("Stay indoors", "Keep pets inside") is news, even under a short title.
    advice = [para("What to do", "head"), para("Officials gave residents advice."), para("Stay indoors")]
    assert kept(para(BODY), *advice, para(BODY + " Again.")) == [BODY, *(p.text for p in advice), BODY + " Again."]
    widget = [para("The Morning Brief"), para("Our best stories, daily."), para("Stay informed")]
    assert kept(para(BODY), *widget, para(BODY + " Again.")) == [BODY, BODY + " Again."]


def test_listings_risk_warnings_and_store_badges_go_and_sentences_about_them_stay() -> None:
    junk = [
        "St Aldric's College · Saturday 6 March, 9.30am",
        "Trainee Actuary · Halden Re · £34,000",
        "Capital at risk.",
        "The value of investments can go down as well as up and you may get back less than you put in.",
        "Representative 24.9% APR (variable)",
        "Sollzins 19,38 % p. a. (veränderlich), effektiver Jahreszins 21,05 %",
        "Les performances passées ne préjugent pas des performances futures.",
        "Condiciones vigentes a 20 de noviembre de 2026. Sujetas a cambios.",
        "Get Schools Weekly on Google Play",
        "Schulfinder im App Store laden",
    ]
    news = [
        "The regulator said the warning that capital is at risk was printed too small to read.",
        "Apple removed the app from the App Store on Friday, the company said.",
        "Past performance, the fund manager told investors, had been flattered by one lucky year.",
    ]
    assert kept_after_body(*junk, *news) == news


def test_audience_gates_comment_picks_review_lines_and_disclosures_go_and_news_about_them_stays() -> None:
    junk = [
        "This content is for healthcare professionals only.",
        "I am a healthcare professional",
        "Nur für Fachkreise",
        "Dieser Inhalt richtet sich gemäß Heilmittelwerbegesetz ausschließlich an Angehörige der Fachkreise.",
        "Contenu réservé aux professionnels de santé.",
        "For professional investors only",
        "Top comment: charging at the motorway services was a nightmare last month, it took 40 minutes to find a "
        "working unit, and the app said all six were free.",
        "Comentario destacado: en el área de servicio solo funcionaba uno de los cuatro cargadores el domingo.",
        "118 replies",
        "Medically reviewed by Dr Priya Nandakumar, MRCGP",
        "Relu par le Dr Claire Vasseur, médecin généraliste",
        "Issued by the Directorate of Public Health, Northern Region",
        "Herausgegeben vom Gesundheitsamt des Landkreises",
        "Disclosures: Dr Okafor reports consulting fees from Halvern Therapeutics. No other disclosures were reported.",
        "Page last reviewed: 12 May 2026. Next review due: 12 May 2029.",
        "Stand: November 2026",
    ]
    news = [
        "The drug is licensed for use by healthcare professionals only in hospitals, the regulator said.",
        "The top comment under the minister's post had been liked 40,000 times by Friday.",
        "The report was reviewed by three independent experts before it was published in March.",
        "Hospital leaders said the guidance would be reviewed again next year.",
    ]
    assert kept_after_body(*junk, *news) == news


def test_credits_references_spoiler_notes_comment_states_and_reminders_go_news_about_them_stays() -> None:
    junk = [
        "Produced by Nadia Ferreira and Tom Walcott. Mixed by Ollie Brandt. Executive producer: Rhea Sandhu.",
        "Production : Claire Ménard. Réalisation : Hugo Berthet. Mixage : Samia Ould.",
        "Document symbol: WSP/PR/2026/114",
        "Spoiler warning: this review discusses the ending of the season finale.",
        "Achtung, Spoiler: Diese Kritik verrät das Ende der Staffel.",
        "Comments are switched off on stories about individual firms while legal checks are carried out.",
        "87 readers have commented",
        "Tell me when tickets go on sale",
        "Wir sind auf Telegram",
        "No thanks, stay in my browser",
        "Rated 4.8 by 31,000 shoppers",
        "Verificado por nuestro equipo con imágenes satelitales y dos testigos independientes.",
        "Print + digital, 12 issues for $29",
        "Alle Essays, Reportagen und das Magazin – vier Wochen gratis testen",
    ]
    news = [
        "The film was produced by a studio in Lagos and edited in London over two years.",
        "The actor refused to give away spoilers about the finale at Tuesday's premiere.",
        "Comments made by the minister were switched off the official recording, the opposition said.",
        "Police said the group was on Telegram, where it had 40,000 followers.",
        "The hotel was rated 4.8 by inspectors in March.",
        "The footage could not be verified by Reuters, the agency said.",
        "The magazine published 12 issues last year, down from 20.",
    ]
    assert kept_after_body(*junk, *news) == news


def test_helplines_app_lines_share_tools_and_price_drops_go_news_about_them_stays() -> None:
    junk = [
        "Kostenlos, anonym und in zwölf Sprachen: 0800 555 0123 (Mo–Fr, 8–20 Uhr).",
        "Geneva: Inès Moreau, +41 22 555 0187",
        "Portalia-App öffnen",
        "L'appli Campus+",
        "Email the photo essay",
        "Fotostrecke per Mail verschicken",
        "Rate the show",
        "Call our free helpline on 0800 123 4567, Monday to Saturday, 9am to 6pm.",
        "Tell me when the Asia–North Europe rate moves more than 5% in a week.",
        "Advertiser content from Holloway Building Society",
        "Kaffeevollautomat Solaris Crema 9 jetzt für 389 € statt 549 €",
    ]
    news = [
        "Anyone with information should call the police on 101, a spokesperson said.",
        "The company said the app had been downloaded 40,000 times since March.",
        "Prices rose to 389 euros, up from 349 euros a year ago.",
        "“Tell me when you get there,” she told her son before the storm.",
    ]
    assert kept_after_body(*junk, *news) == news


def test_a_widget_whose_title_is_already_a_label_goes_whole() -> None:
    widget = [para("FlightDeck app"), para("Live departures and fleet data in your pocket"), para("Open in FlightDeck")]
    assert kept(para(BODY), *widget, para(BODY + " Again.")) == [BODY, BODY + " Again."]


def test_paragraphs_printed_twice_are_kept_once_and_a_recipe_each_section_repeats_stays() -> None:
    other = "Opposition members said on Tuesday that the plan had been rushed and called for a review."
    twice = [para(BODY), para(other), para("Meal 2"), para(BODY), para(other)]
    assert kept(*twice) == [BODY, other, "Meal 2"]
    plan = [para("Plan A"), para(BODY), para("Meal 2"), para("Plan B"), para(BODY), para("Meal 2")]
    assert kept(*plan) == ["Plan A", BODY, "Meal 2", "Plan B", BODY, "Meal 2"]


def test_what_comes_before_the_headline_is_furniture() -> None:
    caption = "A photo caption describing the scene at the harbour on Monday, with a credit."
    paragraphs = [para(caption), para("Harbour wall repairs delayed", "head"), *[para(f"{BODY} {n}") for n in range(6)]]
    assert kept(*paragraphs, title="Harbour wall repairs delayed")[0] == f"{BODY} 0"


def test_a_table_row_that_opens_with_the_headline_is_the_headline_and_its_tools() -> None:
    # an old table layout: the headline in one cell, print and share links in the next, and the
    # side column's boxes printed above it
    side = para("| Staff zone |\n| Rotas and e-learning |", "table")
    row = para("| Harbour wall repairs delayed | Print \\| Share this page \\| Email |", "table")
    paragraphs = [side, row, *[para(f"{BODY} {n}") for n in range(6)]]
    assert kept(*paragraphs, title="Harbour wall repairs delayed")[0] == f"{BODY} 0"
    # a headline long enough to read as a paragraph is still the headline
    title = "Harbour wall repairs delayed again after the council finds two more cracked sections"
    long_row = para(f"| {title} | Print \\| Email |", "table")
    links = [para(f"Other bulletin number {n} from the county", link_share=1.0) for n in range(12)]
    assert kept(*links, side, long_row, *paragraphs[2:], title=title)[0] == f"{BODY} 0"
    data = para("| Harbour | 6 weeks |\n| Quay | 2 weeks |", "table")  # a table of data stays
    assert kept(para(BODY), data, title="Harbour wall repairs delayed") == [BODY, data.text]


def test_site_memory_drops_what_recurs_on_enough_of_a_sites_pages() -> None:
    template = para("The Harbour Gazette has been printed on Quay Street since 1887.")
    paragraphs = [para(BODY), template]
    bounds = SiteMemorySettings(min_pages=4, min_share=0.3)

    def text(pages: int, seen: int) -> str:
        return article_text(judge_site(paragraphs, SiteCounts(pages, {template.key: seen}), bounds, site="a.com"))

    assert text(pages=5, seen=4) == BODY and text(pages=10, seen=3) != BODY  # too few pages
    assert text(pages=20, seen=5) != BODY  # a sentence repeated in a quarter of the stories is news
    result = judge_site(paragraphs, SiteCounts(8, {template.key: 8}), bounds, site="a.com")
    assert result[1].dropped is not None and result[1].dropped.layer == "site"


def test_site_memory_takes_a_line_among_different_neighbours_for_news_unless_it_is_nearly_everywhere() -> None:
    quote = para("“We will not accept another year of delays,” a union spokesperson said.")
    paragraphs = [para(BODY), quote, para(BODY + " Again.")]
    bounds = SiteMemorySettings(min_pages=4, min_share=0.3, alone_share=0.6)
    keys = site_keys([p.key for p in paragraphs])
    pair = keys[-1]  # the quote and what follows it

    def kept(pages: int, seen: int, together: int) -> bool:
        counts = SiteCounts(pages, {quote.key: seen, pair: together})
        return judge_site(paragraphs, counts, bounds, site="a.com")[1].dropped is None

    assert kept(pages=10, seen=5, together=1)  # half the stories, each time among other paragraphs
    assert not kept(pages=10, seen=5, together=5)  # a widget's lines come together
    assert not kept(pages=10, seen=7, together=1)  # on most pages: the site's template
    assert len(keys) == 5 and pair.startswith("pair:")  # three paragraphs, two pairs


def test_trafilatura_trees_flatten_into_paragraphs_with_link_shares() -> None:
    body = etree.fromstring(
        '<body><head rend="h2">Sub</head><p>Text with <ref target="/x">a link</ref>.</p>'
        "<list><item>One</item><item><ref>Two</ref></item></list><div><div><p>Nested</p></div></div></body>"
    )
    found = split_paragraphs(body, max_counted_chars=400)
    assert [(p.kind, p.text) for p in found] == [
        ("head", "Sub"),
        ("p", "Text with a link."),
        ("item", "- One"),
        ("item", "- Two"),
        ("p", "Nested"),
    ]
    assert found[3].link_share == 1.0 and 0 < found[1].link_share < 1


def test_chinese_and_japanese_words_are_counted_by_characters() -> None:
    assert word_count("これは日本語の文章です") >= 5


def test_a_label_joined_to_a_paragraph_by_a_line_break_is_split_off() -> None:
    result = judged(para(BODY + "\nADVERTISEMENT · SCROLL TO CONTINUE"), para(BODY + " Two."))
    assert [p.text for p in result if p.dropped is None] == [BODY, BODY + " Two."]
    assert [p.dropped.kind for p in result if p.dropped] == ["advertising"]


def test_a_line_of_links_opened_by_a_related_label_goes() -> None:
    teaser = para("Recommended stories Schools in the harbour area reopened on Tuesday", link_share=0.7)
    linked = para("The full report is on the council website, the spokesperson said.", link_share=0.7)
    assert kept(para(BODY), teaser, linked, para(BODY + " End.")) == [BODY, linked.text, BODY + " End."]


def test_a_teaser_above_the_headline_stays_a_teaser() -> None:
    # the same words open a paragraph further down: page order must not bring the teaser back
    result = judged(
        para("Schools reopened on Monday", link_share=1.0),
        para("Harbour wall repairs delayed", "head"),
        *[para(f"Schools reopened on Monday. {BODY} {n}") for n in range(6)],
        title="Harbour wall repairs delayed",
    )
    assert result[0].dropped is not None and result[0].dropped.kind == "teaser"


def test_quotation_marks_around_a_button_are_not_reported_speech() -> None:
    consent = "By clicking “I accept”, you agree to the storing of cookies on your device."
    french = "Cliquez sur « Autoriser » dans la fenêtre de votre navigateur pour activer les alertes."
    quote = "“You have to accept cookies everywhere now,” one reader said."
    running = "“We will not accept another year of delays, and we will say so to your council"
    assert kept(para(BODY), para(consent), para(french), para(quote), para(running)) == [BODY, quote, running]


def test_the_cells_of_a_layout_table_are_judged_line_by_line() -> None:
    body = etree.fromstring(
        "<body><table><row><cell>Get a push alert when we publish<lb/>Switch on alerts</cell>"
        f"<cell><p>{BODY}</p><p>{BODY} Two.</p></cell></row></table>"
        "<table><row><cell>Year</cell><cell>Rainfall</cell></row><row><cell>2024</cell><cell>812 mm</cell></row></table>"
        "</body>"
    )
    found = split_paragraphs(body, max_counted_chars=400)
    assert [(p.kind, p.text) for p in found][:4] == [
        ("p", "Get a push alert when we publish"),
        ("p", "Switch on alerts"),
        ("p", BODY),
        ("p", BODY + " Two."),
    ]
    assert found[4].kind == "table"  # a data table stays one block


def test_two_labels_printed_as_one_line_go() -> None:
    lines = [para(BODY), para("Replay video More from this channel"), para("Storm Damage Report"), para(BODY + " End.")]
    assert kept(*lines) == [BODY, "Storm Damage Report", BODY + " End."]


def test_a_label_glued_to_the_end_of_a_sentence_is_split_off() -> None:
    glued = "Schneller, übersichtlicher, mit Vorlesefunktion.Zur App wechseln"
    result = judged(para(BODY), para(glued))
    assert [p.text for p in result if p.dropped is None] == [BODY, "Schneller, übersichtlicher, mit Vorlesefunktion."]
