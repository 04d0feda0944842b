"""Posts embedded from social networks are the post's text, not the article's; a quotation set as a plain
<blockquote> is the article's own.

A page written for the test: an invented town (Halverton) and its bakery.
"""

from __future__ import annotations

import pytest

from builder.extract.html import extract_html

PARAGRAPHS = "".join(f"<p>{p}</p>" for p in (
    "Halverton's oldest bakery has won the county prize for its rye bread, the judges said on Saturday, after a "
    "contest that drew forty entries from across the county and ran for most of the afternoon.",
    "The bakery, which opened in 1921, plans to add a second oven next spring and to hire two more bakers, its "
    "owner said, adding that the prize money would go to the apprentices who baked the winning loaf.",
))


def page(inset: str) -> str:
    return ("<html lang='en'><head><meta charset='utf-8'><title>Halverton bakery wins the county prize</title></head>"
            f"<body><main><article><h1>Halverton bakery wins the county prize</h1>{PARAGRAPHS}{inset}"
            "<p>The judges will visit again next year to see whether the second oven has made a difference.</p>"
            "</article></main></body></html>")


@pytest.mark.parametrize("cls", ["twitter-tweet", "instagram-media", "tiktok-embed"])
def test_an_embedded_post_is_not_the_article_text(cls):
    inset = (f"<blockquote class='{cls}' data-lang='en'><p lang='en'>Best rye in the county, no contest! "
             "Queue was round the block this morning.</p>&mdash; Crumb Watcher (@crumbwatch) <a href='#'>May 4, 2026</a>"
             "</blockquote>")
    body = "\n".join(extract_html(page(inset)).body_lines)
    assert "Best rye in the county" not in body and "@crumbwatch" not in body
    assert "second oven has made a difference" in body


def test_a_plain_blockquote_stays():
    inset = ("<blockquote><p>We baked through the night for this, and every one of us is proud of the loaf we "
             "sent in,</p></blockquote>")
    assert "We baked through the night" in "\n".join(extract_html(page(inset)).body_lines)
