import pytest

from pipeline.urls import canonical_url


@pytest.mark.parametrize(
    "variant",
    [
        "http://example.org/news/1?utm_source=x&utm_medium=y",
        "HTTP://Example.ORG:80/news/1",
        "http://example.org/news/1#comments",
        "http://example.org/news/1?fbclid=abc&gclid=def",
    ],
)
def test_url_variants_share_one_canonical_form(variant: str) -> None:
    assert canonical_url(variant) == "http://example.org/news/1"


def test_meaningful_query_parameters_are_kept_and_sorted() -> None:
    assert canonical_url("http://example.org/a?b=2&id=7") == "http://example.org/a?b=2&id=7"
    assert canonical_url("http://example.org/a?id=7&b=2") == canonical_url("http://example.org/a?b=2&id=7")
