"""Lines in a box of their own inside the article's run of paragraphs, and finding paragraphs
back on the page."""

from lxml import html

from pipeline.asides import drop_boxed_lines
from pipeline.locate import PageText
from pipeline.paragraphs import Paragraph, word_count

PROSE = [
    "The council voted on Tuesday to rebuild the harbour wall, after a winter of storms that flooded "
    f"the lower town {n} times and closed the ferry for most of February."
    for n in range(4)
]


def paragraph(text: str, kind: str = "p") -> Paragraph:
    return Paragraph(text, kind, word_count(text), 0.0)


def judged(body: str, lines: list[str]) -> dict[str, str | None]:
    page = PageText(html.document_fromstring(f"<html><body>{body}</body></html>"))
    result = drop_boxed_lines(page, [paragraph(line, "head" if line.isupper() else "p") for line in lines])
    return {p.text: (p.dropped.kind if p.dropped else None) for p in result}


def test_a_short_line_in_a_component_box_between_paragraphs_goes() -> None:
    body = (
        f'<article><div class="story-body"><p>{PROSE[0]}</p><p>{PROSE[1]}</p>'
        '<div class="partner-box"><p class="partner-box__head">Presented by Halvorsen Energy</p>'
        '<p class="partner-box__text">Building the grid, one town at a time</p></div>'
        f"<p>{PROSE[2]}</p><p>He declined to comment.</p></div></article>"
    )
    verdicts = judged(
        body,
        [
            PROSE[0],
            PROSE[1],
            "Presented by Halvorsen Energy",
            "Building the grid, one town at a time",
            PROSE[2],
            "He declined to comment.",
        ],
    )
    assert verdicts["Presented by Halvorsen Energy"] == "component"
    assert verdicts["Building the grid, one town at a time"] == "component"
    assert verdicts["He declined to comment."] is None  # a short paragraph in the article's own run
    assert verdicts[PROSE[2]] is None


def test_wrappers_the_prose_shares_headings_quotes_and_the_header_stay() -> None:
    body = (
        '<article><header class="story-head"><h1>Harbour wall</h1><p class="dek">The town votes for a new wall</p>'
        '</header><div class="body">'
        f'<div class="paragraph paragraph--text"><p>{PROSE[0]}</p></div>'
        '<div class="paragraph paragraph--text"><p>Work starts in May.</p></div>'
        '<div class="subhead"><h2>WHAT HAPPENS NEXT</h2></div>'
        '<div class="pullquote"><p>“We cannot wait another winter”</p></div>'
        f'<div class="paragraph paragraph--text"><p>{PROSE[1]}</p></div></div></article>'
    )
    lines = [
        "The town votes for a new wall",
        PROSE[0],
        "Work starts in May.",
        "WHAT HAPPENS NEXT",
        "“We cannot wait another winter”",
        PROSE[1],
    ]
    assert set(judged(body, lines).values()) == {None}


def test_without_prose_to_compare_nothing_is_judged() -> None:
    body = '<div class="card"><p>Presented by Halvorsen Energy</p><p>See the map</p></div>'
    assert set(judged(body, ["Presented by Halvorsen Energy", "See the map"]).values()) == {None}


def test_page_text_finds_a_paragraph_by_its_first_or_last_words_and_never_in_a_script() -> None:
    tree = html.document_fromstring(
        "<html><body><script>var s = 'The council voted on Tuesday to rebuild';</script>"
        f"<div><p>Intro <a href='/x'>link</a> {PROSE[0]}</p><p class='short'>Short line.</p><p>{PROSE[1]}</p></div>"
        "</body></html>"
    )
    page = PageText(tree)
    assert page.locate(PROSE[1]).tag == "p"  # found by its first words
    assert page.locate(PROSE[0]).tag == "p"  # by its last: the first ones are in a script
    assert page.locate("- Short line.").get("class") == "short"  # a list item's dash is not on the page
    assert page.locate("Not on the page at all") is None


def test_a_box_inside_a_live_blog_entry_goes_and_short_entries_stay() -> None:
    entry = '<article class="entry"><div class="entry__body">{}</div></article>'
    body = (
        '<div class="liveblog">'
        + "".join(
            [
                entry.format(f"<p>{PROSE[0]}</p>"),
                entry.format("<p>Kick-off: the match is under way.</p>"),
                entry.format('<div class="reader-poll"><p>Quick poll</p><p>Will the club stay up?</p></div>'),
                entry.format(f"<p>{PROSE[1]}</p>"),
            ]
        )
        + "</div>"
    )
    verdicts = judged(
        body, [PROSE[0], "Kick-off: the match is under way.", "Quick poll", "Will the club stay up?", PROSE[1]]
    )
    assert verdicts["Quick poll"] == verdicts["Will the club stay up?"] == "component"
    assert verdicts["Kick-off: the match is under way."] is None


def test_a_table_of_one_column_in_the_article_is_a_box_and_a_table_of_data_is_not() -> None:
    body = (
        f"<table><tr><td><p>{PROSE[0]}</p>"
        "<table><tr><td>The quiz failed to load.</td></tr><tr><td><a>Reload the quiz</a></td></tr></table>"
        "<table><tr><th>Station</th><th>Rain</th></tr><tr><td>Westbury</td><td>80 mm</td></tr></table>"
        f"<p>{PROSE[1]}</p></td></tr></table>"
    )
    verdicts = judged(body, [PROSE[0], "The quiz failed to load.", "Reload the quiz", "Westbury", PROSE[1]])
    assert verdicts["The quiz failed to load."] == verdicts["Reload the quiz"] == "component"
    assert verdicts["Westbury"] is None


def test_a_table_of_one_column_read_as_one_paragraph_is_judged_row_by_row() -> None:
    # trafilatura prints a small table as one paragraph, a row a line: its words add up past a
    # line's, yet each row is a listing's line
    rows = ["Independent school open mornings", "St Aldric's College, Saturday 6 March, 9.30am"]
    rows += ["Harrowgate Prep, Thursday 11 March, 4pm", "See all open events near you"]
    cells = "".join(f"<tr><td>{row}</td></tr>" for row in rows)
    body = f'<div class="body"><p>{PROSE[0]}</p><table class="cols-2">{cells}</table><p>{PROSE[1]}</p></div>'
    table = "\n".join(f"| {row} |" for row in rows)
    page = PageText(html.document_fromstring(f"<html><body>{body}</body></html>"))
    result = drop_boxed_lines(page, [paragraph(PROSE[0]), paragraph(table, "table"), paragraph(PROSE[1])])
    assert [p.dropped.kind if p.dropped else None for p in result] == [None, "component", None]
    assert result[1].words >= 20  # past a line's length


def test_a_small_table_of_one_column_is_a_box_whatever_wraps_it_and_a_table_of_data_is_not() -> None:
    # a block editor wraps a table in a <figure> (furniture); rows of one cell are still a box
    rows = ["Featured homes for sale", "3 bed semi-detached · Orchard Rise · £325,000", "Browse 1,208 homes"]
    cells = "".join(f"<tr><td>{row}</td></tr>" for row in rows)
    data = "<tr><td>Westbury</td><td>80 mm</td></tr><tr><td>Lakeside</td><td>64 mm</td></tr>"
    body = f"<div><p>{PROSE[0]}</p><figure><table>{cells}</table></figure><figure><table>{data}</table></figure></div>"
    one_column = f"| {rows[0]} |\n|---|\n" + "\n".join(f"| {row} |" for row in rows[1:])
    two_columns = "| Westbury | 80 mm |\n| Lakeside | 64 mm |"
    page = PageText(html.document_fromstring(f"<html><body>{body}</body></html>"))
    result = drop_boxed_lines(
        page, [paragraph(PROSE[0]), paragraph(one_column, "table"), paragraph(two_columns, "table")]
    )
    assert [p.dropped.kind if p.dropped else None for p in result] == [None, "component", None]


def test_in_old_markup_a_run_of_short_lines_between_blank_lines_is_a_component() -> None:
    body = (
        f"<table><tr><td>{PROSE[0]}<br><br>Opposition members called for a review.<br><br>"
        "<b>The 2027 season is on sale now</b><br><b>Save up to 25% on every seat.</b><br>"
        f"<b>Build your season package</b><br><br>{PROSE[1]}<br><br><b>Cost of the repairs</b><br><br>"
        f"{PROSE[2]}</td></tr></table>"
    )
    lines = [
        PROSE[0],
        "Opposition members called for a review.",
        "The 2027 season is on sale now",
        "Save up to 25% on every seat.",
        "Build your season package",
        PROSE[1],
        "Cost of the repairs",
        PROSE[2],
    ]
    verdicts = judged(body, lines)
    assert [line for line in lines if verdicts[line] == "component"] == lines[2:5]
