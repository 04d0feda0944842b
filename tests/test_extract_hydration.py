"""The article held only in a front-end framework's serialised state: component props in an element's attribute
(Astro islands with their type tags, Inertia's data-page, react-rails' data-react-props), an API response kept as
JSON text inside a script's JSON (SvelteKit's fetched data, Angular's transfer state), paragraphs as a list of
strings, dates grouped in an object. Near misses: states that hold no article leave the page as short as it is.
All names and outlets are invented."""

import html
import json

import pytest

from builder.document import process_bytes
from builder.extract.hydration import untagged
from builder.inputs import Source, sha256

TITLE = "별빛시 공공 자전거 2천 대 늘린다…외곽 정류소부터"
PARAGRAPHS = [
    "별빛시는 공공 자전거를 내년 상반기까지 2천 대 더 들여와 모두 6천 대로 늘린다고 12일 밝혔다. 새 자전거는 대여소가 부족했던 외곽 지역부터 놓는다.",
    "시가 지난해 이용 기록을 분석한 결과 외곽 지역 대여소의 자전거는 출근 시간이 지나면 대부분 비어 있었다. 시는 대여소 80곳을 새로 만들고 기존 대여소의 거치대도 늘린다.",
    "이용 요금은 지금과 같이 한 시간에 1천 원으로 유지한다. 시는 정기권 이용자에게 주는 할인 폭을 넓히는 방안도 함께 검토하고 있다.",
    "시 관계자는 \"출퇴근길에 자전거를 더 쉽게 빌릴 수 있도록 하겠다\"고 말했다.",
]
WRITER = "하늬솔"
MAIL = "haneul.sol@starlit-daily.example"
SHELL_HEAD = "<title>별빛뉴스 | 내일을 비추는 신문</title>"
SHELL_BODY = "<header><a href='/'>별빛뉴스</a><nav><a href='/a'>정치</a><a href='/b'>경제</a></nav></header>"


def _tag(value):
    """Astro's encoding of a plain value (as its serializer writes it)."""
    if isinstance(value, dict):
        return [0, {k: _tag(v) for k, v in value.items()}]
    if isinstance(value, list):
        return [1, [_tag(v) for v in value]]
    return [0, value]


def _row(page: str) -> dict:
    data = page.encode("utf-8")
    res = process_bytes(Source("page.html", 0, "html"), data, sha256(data))
    assert len(res.article + res.quarantine) == 1
    return (res.article or res.quarantine)[0]


ARTICLE = {"headline": TITLE, "paragraphs": PARAGRAPHS, "reporter": {"name": WRITER, "email": MAIL},
           "published": "2026-05-12T09:00:00+09:00", "modified": "2026-05-13T10:00:00+09:00",
           "shareLabels": ["공유하기", "링크 복사"]}


def _astro(article: dict) -> str:
    props = _tag({"article": article})
    props[1]["article"][1]["published"] = [3, article["published"]]  # a Date
    return (f"<!DOCTYPE html><html><head>{SHELL_HEAD}</head><body>{SHELL_BODY}<main>"
            f"<astro-island uid='x1' client='only' props=\"{html.escape(json.dumps(props, ensure_ascii=False))}\">"
            f"</astro-island></main><footer>ⓒ 별빛뉴스</footer></body></html>")


def _inertia(article: dict) -> str:
    page = {"component": "Article/Show", "props": {"article": {
        "title": article["headline"], "body": "".join(f"<p>{p}</p>" for p in article["paragraphs"]),
        "author": article["reporter"], "published_at": article["published"]}}, "url": "/a/1", "version": "3f"}
    return (f"<html><head>{SHELL_HEAD}</head><body>{SHELL_BODY}"
            f"<div id='app' data-page=\"{html.escape(json.dumps(page, ensure_ascii=False))}\"></div></body></html>")


def _react_rails(article: dict) -> str:
    props = {"story": {"title": article["headline"], "paragraphs": article["paragraphs"],
                       "byline": article["reporter"], "dates": {"created": article["published"], "updated": article["modified"]}}}
    return (f"<html><head>{SHELL_HEAD}</head><body>{SHELL_BODY}<div data-react-class='Story' "
            f"data-react-props=\"{html.escape(json.dumps(props, ensure_ascii=False))}\"></div></body></html>")


def _sveltekit(article: dict) -> str:
    api = {"id": 7, "title": article["headline"],
           "content": [{"type": "paragraph", "text": p} for p in article["paragraphs"]],
           "writer": {"displayName": f"{WRITER} 기자", "mail": MAIL},
           "dates": {"created": article["published"], "updated": article["modified"]}}
    fetched = {"status": 200, "statusText": "", "headers": {"content-type": "application/json"},
               "body": json.dumps(api, ensure_ascii=False)}
    return (f"<!doctype html><html><head>{SHELL_HEAD}</head><body>{SHELL_BODY}<p>잠시만 기다려 주세요</p>"
            f"<script type='application/json' data-sveltekit-fetched data-url='/api/a/7'>"
            f"{json.dumps(fetched, ensure_ascii=False)}</script></body></html>")


def _transfer_state(article: dict) -> str:
    api = {"headline": article["headline"], "text": "\n".join(article["paragraphs"]),
           "author": {"name": WRITER, "email": MAIL}, "datePublished": article["published"]}
    state = {"G.https://api.example/a/7?": {"body": json.dumps(api, ensure_ascii=False), "status": 200}}
    return (f"<html><head>{SHELL_HEAD}</head><body>{SHELL_BODY}<app-root></app-root>"
            f"<script id='ng-state' type='application/json'>{json.dumps(state, ensure_ascii=False)}</script></body></html>")


@pytest.mark.parametrize("make", [_astro, _inertia, _react_rails, _sveltekit, _transfer_state])
def test_article_in_a_serialised_state_is_read(make):
    row = _row(make(ARTICLE))
    assert row.get("title") == TITLE, row
    assert row["authors"] == [WRITER]
    assert row["published_at"].startswith("2026-05-12T09:00")
    body = row["body"]
    assert body.startswith(PARAGRAPHS[0][:20]) and PARAGRAPHS[-1][:20] in body
    for furniture in ("공유하기", "링크 복사", "잠시만 기다려", "content-type", "정치", "ⓒ"):
        assert furniture not in body, furniture


def test_writer_mail_beside_the_state_is_kept():
    assert _row(_astro(ARTICLE))["author_emails"] == [MAIL]
    assert _row(_sveltekit(ARTICLE))["author_emails"] == [MAIL]


SHORT = {**ARTICLE, "paragraphs": ["공유하기", "링크 복사", "많이 본 뉴스"]}


@pytest.mark.parametrize("page", [
    _astro(SHORT),  # an island whose props hold no article text
    _sveltekit({**ARTICLE, "paragraphs": ["짧은 알림 하나"]}),  # an API body with no article
    f"<html><head>{SHELL_HEAD}</head><body>{SHELL_BODY}<div data-config='"
    + html.escape(json.dumps({"theme": "dark", "menu": ["정치", "경제", "사회"] * 30})) + "'></div></body></html>",
])
def test_states_without_an_article_leave_the_page_short(page):
    row = _row(page)
    assert row.get("reason") in ("too_short", "no_text"), row


def test_astro_type_tags_are_taken_off():
    assert untagged([0, {"a": [1, [[0, "x"], [3, "2026-01-02"]]], "m": [4, [[[0, "k"], [0, 2]]]],
                         "s": [5, [[0, 1]]]}]) == {"a": ["x", "2026-01-02"], "m": {"k": 2}, "s": [1]}
    assert untagged([1, 2, 3]) == [1, 2, 3]  # an array that is no tag pair stays as it is
