"""Markup layer: elements pruned before extraction by what their attributes say they are."""

from lxml import html

from pipeline.boilerplate import MarkupWords, attribute_words, prune_markup
from pipeline.extract import default_rules

PARAGRAPHS = "".join(f"<p>Paragraph {n} of the article about the harbour works and the council.</p>" for n in range(6))


def tree(body: str) -> html.HtmlElement:
    return html.document_fromstring(f"<html><head><title>t</title></head><body>{body}</body></html>")


def test_attribute_values_read_as_lower_case_words() -> None:
    assert attribute_words("adSlot__top NewsletterSignup") == "ad slot top newsletter signup"
    assert attribute_words("article-body category-sponsored tag-newsletter") == "article body"


def test_words_phrases_and_wildcards_name_the_kind() -> None:
    words = MarkupWords.build({"advertising": ["ad", "advert*", "ad slot"], "share": ["social share"]})
    assert words.kind("advertisement-box") == ("advertising", "advertisement box")
    assert words.kind("SocialShare") == ("share", "social share")
    assert words.kind("headline") is None and words.kind("read-more-loader") is None


def test_ad_slots_newsletters_and_share_bars_are_pruned_with_their_reason() -> None:
    page = tree(
        f'<article>{PARAGRAPHS}<div class="ad-slot"><span>Advertisement</span></div>'
        '<div class="newsletter-signup"><p>Sign up for the morning briefing</p></div>'
        '<ul class="share-tools"><li>Facebook</li></ul><div aria-label="Related stories"><a>Other</a></div></article>'
    )
    dropped = prune_markup(page, default_rules())
    text = page.text_content()
    assert "Advertisement" not in text and "morning briefing" not in text and "Facebook" not in text
    assert "Other" not in text and "Paragraph 5" in text
    assert {d.kind for d in dropped} == {"advertising", "newsletter", "share", "related"}
    assert all(d.layer == "markup" and d.reason for d in dropped)


def test_the_article_wrapper_is_kept_whatever_its_class_says() -> None:
    page = tree(f'<div class="post has-ads comments-on">{PARAGRAPHS}</div><div class="ad">x</div>')
    prune_markup(page, default_rules())
    assert "Paragraph 0" in page.text_content() and "x" not in page.text_content()


def test_a_named_article_body_with_a_few_paragraphs_is_kept() -> None:
    three = PARAGRAPHS[: len(PARAGRAPHS) // 2]
    comments = "".join(f"<p>Reader comment {n}</p>" for n in range(20))
    page = tree(f'<div class="entry-content read-more">{three}</div><section class="c">{comments}</section>')
    prune_markup(page, default_rules())
    assert "Paragraph 2" in page.text_content()


def test_text_after_a_pruned_element_stays() -> None:
    page = tree('<p>Before <span class="ad-label">Ad</span> after the label.</p>')
    prune_markup(page, default_rules())
    assert " ".join(page.body.text_content().split()) == "Before after the label."


def test_a_page_without_signals_is_untouched() -> None:
    page = tree(PARAGRAPHS)
    assert prune_markup(page, default_rules()) == []


def test_paragraphs_hidden_from_screen_readers_are_revealed_to_extraction() -> None:
    hidden = "".join(f"<p>Hidden paragraph {n} of the subscriber part of the article.</p>" for n in range(3))
    page = tree(
        f'{PARAGRAPHS}<div class="paywalled" aria-hidden="true">{hidden}</div><span aria-hidden="true">★</span>'
    )
    prune_markup(page, default_rules())
    assert page.xpath("//div[@aria-hidden]") == [] and len(page.xpath("//span[@aria-hidden]")) == 1


def test_what_a_browser_never_shows_is_pruned_unless_it_is_several_paragraphs() -> None:
    hidden = "".join(f"<p>Subscriber paragraph {n} of the article.</p>" for n in range(3))
    page = tree(
        f'{PARAGRAPHS}<span class="tip" hidden>The calculator failed to load.</span>'
        '<div style="display: none">Thanks, you are signed up.</div>'
        f'<div class="rest" style="display:none">{hidden}</div>'
    )
    dropped = prune_markup(page, default_rules())
    text = page.text_content()
    assert "calculator" not in text and "signed up" not in text and "Subscriber paragraph 2" in text
    assert [d.kind for d in dropped] == ["hidden", "hidden"]


def test_templates_overlays_and_custom_elements_named_as_widgets_are_pruned() -> None:
    page = tree(
        f"{PARAGRAPHS}<template><div><p>Price alert: fares to Porto just dropped</p></div></template>"
        '<div style="position: fixed; bottom: 0"><b>Privacy choices</b> <a>Accept local ads</a></div>'
        "<amp-ad width=300 height=250><div fallback>Advertisement</div></amp-ad><recipe-card>Serves 4</recipe-card>"
    )
    dropped = prune_markup(page, default_rules())
    text = page.text_content()
    assert "Porto" not in text and "Privacy choices" not in text and "Advertisement" not in text
    assert "Serves 4" in text  # a custom element whose name marks nothing stays
    assert [d.kind for d in dropped] == ["hidden", "overlay", "advertising"]
