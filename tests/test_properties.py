"""Property tests: arbitrary bytes and text never make the extractor or a rule module raise,
and every offset they give stays inside the body."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.document import process
from builder.inputs import Source
from builder.rules import Context, for_language
from builder.rules.model import quoted_words

KOREAN_PIECES = ["백준호", "퓨리오사AI", "대표는", "대표", "그는", "이 대표는", "장관은", "김 전 대통령이", "씨가", "기자",
                 "\"", "“", "”", "'", "‘", "’", "고 말했다.", "라며", "며 ", "이라고", "밝혔다.", "28일", "다음달 2일까지",
                 "서울에서", "열린", "컨퍼런스", "포럼에서", "왼쪽부터", ",", "·", "(", ")", "CEO", "\n", " ", ".", "측은",
                 "관계자는", "이같이", "선거", "지난달", "전일", "오는 14일까지", "이번 행사는", "의 공식 부대행사로"]
ENGLISH_PIECES = ["Jane Doe", "said", "\"", "“", "”", ",", ".", "she said", "Mayor", "the minister", "Acme", "on Tuesday",
                  "\n", " ", "According to", "told reporters", "'", "hearing", "summit", "in Davos", "Mr", "Ms", "Sen."]

PUBLISHED = st.sampled_from([None, "2025-06-04T02:37:08+09:00", "2024-01-31", "2025-12-31T23:59:00-05:00"])


def pieces(words):
    return st.lists(st.sampled_from(words) | st.text(max_size=6), max_size=60).map("".join)


def check_findings(language, body, published):
    found = for_language(language).find(body, Context(published, ("김하늘",), "테크일보"))
    for p in found.persons:
        assert -1 <= p.first_offset < max(len(body), 1)
    for m in found.mentions:
        assert 0 <= m.start <= m.end <= len(body)
    for q in found.quotes:
        assert 0 <= q.start <= q.end <= len(body)
        assert quoted_words(body, q.start, q.end) == q.text
    for e in found.events:
        assert 0 <= e.offset <= len(body)
        if published is None:
            assert e.start_date is None and e.end_date is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000), st.sampled_from(["x.html", "x.txt", "x.html.gz", "x.bin"]))
def test_arbitrary_bytes_give_one_row_and_never_raise(data, name):
    kind = {"x.html": "html", "x.txt": "text", "x.html.gz": "html", "x.bin": "unknown"}[name]
    res = process(Source(name, 0, kind, data=data))
    assert len(res.article) + len(res.quarantine) == 1


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces(["<html>", "<body>", "<p>", "</p>", "<div class='subtitle'>", "</div>", "<meta charset='euc-kr'>",
               "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-01-01\"}</script>",
               "<a href='/x'>", "</a>", "<article>", "</article>"] + KOREAN_PIECES + ENGLISH_PIECES))
def test_arbitrary_html_never_raises(html):
    for enc in ("utf-8", "cp949"):
        res = process(Source("x.html", 0, "html", data=html.encode(enc, "ignore")))
        assert len(res.article) + len(res.quarantine) == 1
        for q in res.quote:
            assert quoted_words(res.article[0]["body"], q["start"], q["end"]) == q["text"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces(KOREAN_PIECES), PUBLISHED)
def test_korean_rules_on_arbitrary_text(body, published):
    check_findings("ko", body, published)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), PUBLISHED)
def test_korean_rules_on_any_unicode(body, published):
    check_findings("ko", body, published)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces(ENGLISH_PIECES), PUBLISHED)
def test_english_rules_on_arbitrary_text(body, published):
    check_findings("en", body, published)
