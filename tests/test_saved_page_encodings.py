"""A page saved in a mail transfer encoding with no header naming it (quoted-printable, base64) is decoded by its
bytes, only when they are wholly in that encoding; and a headline that only a script sets (`document.title = "…"`)
is the page's title. All names and outlets are invented."""

import base64
import quopri

import pytest

from builder.extract.html import extract_html, load_html, script_title
from builder.extract.transfer import base64_only, quoted_printable, undo_transfer_encoding

PAGE = """<html><head><meta charset="utf-8"><title>버들천 징검다리 새로 놓는다 | 버들일보</title></head>
<body><h1 class="headline">버들천 징검다리 새로 놓는다</h1>
<p>버들시는 장마로 쓸려 간 버들천 징검다리를 다음 달까지 새로 놓는다고 5일 밝혔다. 시는 돌 크기를 키우고 간격을 좁힐 계획이다.</p>
<p>시 관계자는 "아이들과 어르신이 안심하고 건널 수 있게 하겠다"고 말했다.</p></body></html>
"""


def test_a_headerless_quoted_printable_page_is_decoded():
    saved = quopri.encodestring(PAGE.encode("utf-8"))
    assert quoted_printable(saved) == PAGE.encode("utf-8")
    assert undo_transfer_encoding(saved).decode("utf-8") == PAGE


def test_a_headerless_base64_page_is_decoded():
    raw = base64.encodebytes(PAGE.encode("utf-8"))  # lines of 76 characters
    assert base64_only(raw) == PAGE.encode("utf-8")


@pytest.mark.parametrize("data", [
    PAGE.encode("utf-8"),  # a page in UTF-8: not QP (its bytes are not ASCII, its '=' opens no escape)
    b'<p class="x">a=3D b</p>' + b" =EB=AC=BC" * 30,  # an escape-like run beside a bare '=': not wholly QP
    b"URL: https://example.kr/view?id=EB12&page=2\n" * 30,  # query strings: '=' before letters, not escapes
    ("버들일보 기사 본문 " * 20).encode("cp949"),  # CP949 text
    b"word " * 100,  # words only: base64's alphabet, but not in lines of one length that decode to text
    b"QUJD\n" + b"RA==" * 60,  # lines of unequal length
])
def test_near_misses_stay_as_they_are(data):
    assert undo_transfer_encoding(data) is data


def _page(head_script: str, title: str = "버들일보") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title><script>{head_script}</script></head><body>"
            "<div id='vtit'></div><p>" + "버들시는 장마로 쓸려 간 버들천 징검다리를 다음 달까지 새로 놓는다고 5일 밝혔다. " * 4
            + "</p></body></html>")


@pytest.mark.parametrize("script, title", [
    ('document.title = "버들천 징검다리 새로 놓는다 - 버들일보";', "버들천 징검다리 새로 놓는다"),
    ("document.title='버들천 징검다리 \\'새로\\' 놓는다 | 버들일보';", "버들천 징검다리 'new' 놓는다".replace("new", "새로")),
    ('document.title = "주민 \\"안심\\" 징검다리 놓는다 - 버들일보"\n', '주민 "안심" 징검다리 놓는다'),
])
def test_a_headline_set_by_script_is_the_title(script, title):
    assert script_title(load_html(_page(script))).startswith(title)
    assert extract_html(_page(script)).title == title


@pytest.mark.parametrize("script", [
    'document.title = pageTitle + " - 버들일보";',  # an expression, not the headline's text
    'document.title = "(3) 새 알림";',  # a notice that does not hold the served title's words
    'var t = "document.title = 버들천";',  # no assignment of a string
])
def test_a_script_title_that_is_no_headline_is_not_taken(script):
    assert script_title(load_html(_page(script))) is None


# -- a web component carrying its article's metadata as attributes --
BODY_P = "".join(f"<p>{p}</p>" for p in [
    "버들시는 장마로 쓸려 간 버들천 징검다리를 다음 달까지 새로 놓는다고 5일 밝혔다. 시는 돌 크기를 키우고 간격을 좁힌다.",
    "시 관계자는 \"아이들과 어르신이 안심하고 건널 수 있게 하겠다\"고 말했다. 공사비는 모두 3억 원이다."] * 2)


@pytest.mark.parametrize("element", [
    '<news-article headline="버들천 징검다리 새로 놓는다" author="모하늘" author-email="haneul.mo@beodeul.example" '
    'published="2026-06-05T09:00:00+09:00" modified="2026-06-06T10:00:00+09:00" outlet="버들일보">',
    '<story-view article-title="버들천 징검다리 새로 놓는다" byline="모하늘" email="haneul.mo@beodeul.example" '
    'date-published="2026-06-05T09:00:00+09:00" publisher="버들일보">',
    '<x-article title="버들천 징검다리 새로 놓는다" writer="모하늘" writer-email="haneul.mo@beodeul.example" '
    'published-at="2026-06-05T09:00:00+09:00" site-name="버들일보">',
])
def test_a_custom_elements_attributes_give_the_articles_metadata(element):
    from builder.extract.metadata import component_attributes
    tag = element[1:element.index(" ")]
    page = (f"<html><head><meta charset='utf-8'><title>버들일보</title></head><body>{element}<div slot='body'>"
            f"{BODY_P}</div></{tag}></body></html>")
    found = component_attributes(load_html(page))
    assert found["title"] == "버들천 징검다리 새로 놓는다" and found["author"] == "모하늘"
    assert found["email"] == "haneul.mo@beodeul.example" and found["published"].startswith("2026-06-05")
    assert found["outlet"] == "버들일보"
    ex = extract_html(page)
    assert ex.title == "버들천 징검다리 새로 놓는다" and ex.published.startswith("2026-06-05")


@pytest.mark.parametrize("element", [
    '<related-list title="이 기사와 함께 본 뉴스">',  # one field: a list's caption, no article's metadata
    '<div headline="버들천 징검다리" author="모하늘">',  # no custom element (its name has no hyphen)
    '<site-header brand="버들일보" theme="dark">',  # a site's header: its brand only
])
def test_elements_whose_attributes_are_no_articles_metadata(element):
    from builder.extract.metadata import component_attributes
    tag = element[1:element.index(" ")]
    assert component_attributes(load_html(f"<html><body>{element}x</{tag}></body></html>")) == {}


# -- a page saved as Markdown (html2text): rendered back to the page it was --
MD_PARAS = ["버들시는 장마로 쓸려 간 버들천 징검다리를 다음 달까지 새로 놓는다고 5일 밝혔다. 시는 돌 크기를 키우고 간격을 "
            "좁힌다.", "시 관계자는 \"아이들과 어르신이 안심하고 건널 수 있게 하겠다\"고 말했다. 공사비는 모두 3억 원이다.",
            "시는 공사 기간 동안 임시 다리를 놓아 통행을 돕기로 했다. 주민들은 대체로 반기는 분위기다."]
MD_PAGE = "\n\n".join([
    "[버들일보](https://www.beodeul.example/)",
    "  * [정치](https://www.beodeul.example/politics)\n  * [사회](https://www.beodeul.example/society)\n"
    "  * [로그인](https://www.beodeul.example/login)",
    "# 버들천 징검다리 새로 놓는다",
    "**모하늘 기자** | 입력 2026-06-05 09:00 | 수정 2026-06-05 15:20",
    "![징검다리 조감도](https://img.beodeul.example/a.jpg)",
    *MD_PARAS,
    "모하늘 기자 haneul.mo@beodeul.example",
    "* * *",
    "### 관련기사",
    "  * [버들천 산책로 정비 마쳐](https://www.beodeul.example/news/1)\n  * [시, 하천 정화 예산 늘려](https://www.beodeul.example/news/2)",
    "Copyright © 버들일보. All rights reserved.",
]) + "\n"


def test_a_markdown_save_of_a_page_is_read_as_the_page(tmp_path):
    from builder.document import process
    from builder.inputs import Source, discover
    (tmp_path / "care_html2text.txt").write_text(MD_PAGE, encoding="utf-8")
    row = process([u for u in discover(tmp_path) if isinstance(u, Source)][0]).article[0]
    assert row["title"] == "버들천 징검다리 새로 놓는다" and row["authors"] == ["모하늘"]
    assert row["author_emails"] == ["haneul.mo@beodeul.example"] and row["published_at"].startswith("2026-06-05T09:00")
    for furniture in ("](", "**", "로그인", "관련기사", "산책로 정비", "* * *", "Copyright"):
        assert furniture not in row["body"], furniture
    assert MD_PARAS[0][:20] in row["body"] and MD_PARAS[-1][:20] in row["body"]


@pytest.mark.parametrize("text", [
    "# 회의 메모\n\n버들천 징검다리 공사 일정을 정리한다.\n\n- 다음 주 현장 확인\n- 예산 검토\n",  # a note: no link lists
    "버들일보 기사 [단독] 버들천 징검다리\n\n본문 [사진] 있음\n" * 3,  # brackets that are no links
    "[a](https://x.example) [b](https://x.example)\n[c](https://x.example)\n[d](https://x.example)\n본문만 있다\n",  # no headline
    "---\ntitle: 메모\n---\n# 제목\n[a](https://x.example)\n[b](https://x.example)\n[c](https://x.example)\n",  # front matter: a note file
])
def test_texts_that_are_no_markdown_save_of_a_page(text):
    from builder.extract.markdown import markdown_page
    assert markdown_page(text) is None


# -- a wire message's transmission envelope (ANPA 1312 / IPTC 7901) --
WIRE_TEXT = ("^버들시, 징검다리 새로 놓는다…장마 피해 복구<\r\n   (버들=가온통신) 모하늘 기자 = 버들시는 장마로 쓸려 간 "
             "버들천 징검다리를 다음 달까지 새로 놓는다고 5일 밝혔다.\r\n   haneul.mo@gaon.example\r\n   (끝)\r\n")


@pytest.mark.parametrize("message", [
    "\x16\x16\x01a0211 r ecs-- BC-사회-징검다리 06-05 0930\x1f\r\n\x02" + WIRE_TEXT + "\x03\x04",
    "\x01b1020 u ecs 0412 BC-버들-징검다리 06-05 0930\r\n\x02" + WIRE_TEXT + "\x03",  # a word count, one SYN-less SOH
    "a0211 r ecs-- BC-사회-징검다리 06-05 0930\r\n" + WIRE_TEXT,  # the codes stripped by a tool, the header kept
])
def test_a_wire_messages_header_is_no_text_and_its_caret_line_is_the_headline(message):
    from builder.extract.terminal import wire_message
    text = wire_message(message)
    assert text.splitlines()[0] == "버들시, 징검다리 새로 놓는다…장마 피해 복구"
    assert "BC-" not in text and "\x02" not in text and "\x03" not in text


@pytest.mark.parametrize("text", [
    "버들시는 징검다리를 새로 놓는다. 사업비 a0211 r 같은 코드는 없다.\n",
    "^ 표시는 위첨자를 뜻한다 <보기> 참고\n본문이다.\n",  # a caret line in prose, no envelope
    "BC-사회-징검다리 라는 말머리가 본문에 있다.\n",
])
def test_texts_with_no_wire_envelope_stay_as_they_are(text):
    from builder.extract.terminal import wire_message
    assert wire_message(text) == text


# -- a CMS's article editor saved from the browser --
def _editor(fields: str, body: str, window: str = "기사 수정 - 버들일보 CMS") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{window}</title></head><body><div id='adm_top'>관리자 | 로그아웃"
            f"</div><form method='post'><table><tr><th>제목</th><td>{fields}</td></tr><tr><th>본문</th><td>"
            f"<textarea name='content'>{body}</textarea></td></tr></table><input type='submit' value='기사 송고'></form>"
            "<div id='adm_foot'>버들일보 기사관리시스템 v2.0 (c) 2020</div></body></html>")


ESCAPED_BODY = "\n".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in MD_PARAS)


@pytest.mark.parametrize("fields", [
    "<input name='title' value='버들천 징검다리 새로 놓는다'><input name='writer' value='모하늘'>"
    "<input name='writer_email' value='haneul.mo@beodeul.example'><input name='reg_date' value='2026-06-05 09:00:00'>"
    "<input name='mod_date' value='2026-06-06 10:00:00' readonly>",
    "<input name='subject' value='버들천 징검다리 새로 놓는다'><input name='reporter' value='모하늘'>"
    "<input name='email' value='haneul.mo@beodeul.example'><input name='pub_date' value='2026-06-05 09:00'>",
])
def test_an_editor_forms_fields_are_the_article(fields):
    found = extract_html(_editor(fields, ESCAPED_BODY))
    assert found.title == "버들천 징검다리 새로 놓는다" and found.published.startswith("2026-06-05")
    assert found.outlet == "버들일보"
    body = "\n".join(found.body_lines)
    assert MD_PARAS[0] in body and "<p>" not in body and "관리시스템" not in body and "로그아웃" not in body


@pytest.mark.parametrize("page", [
    _editor("<input name='title' value='버들천 징검다리'>", "짧은 메모"),  # no body in the textarea
    _editor("<input name='q' value='징검다리'>", ESCAPED_BODY),  # a search box, no title field
    "<html><body><form><textarea name='comment'>" + "좋은 기사 감사합니다. " * 30 + "</textarea></form></body></html>",
])
def test_forms_that_are_no_article_editor(page):
    from builder.extract.editorform import editor_form_page
    assert editor_form_page(load_html(page)) is None
