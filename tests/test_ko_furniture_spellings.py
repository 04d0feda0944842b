"""Furniture of Korean news pages in its several spellings: a comment prompt (spacing, honorific forms, a bracketed
note on logging in), a tip line listing channels with '및'/'또는' and a phone or an address, a newsletter's greeting with
the day's greeting rather than '안녕하세요', and a <title> whose outlet is parted by a spaced underscore or bullet.

Every line, outlet and account here is invented for the test."""

from __future__ import annotations

import pytest

from builder.document import process
from builder.extract.html import clean_title, extract_html
from builder.inputs import Source, discover
from builder.rules.ko.article import is_boilerplate


@pytest.mark.parametrize("line", [
    "이 기사에 대한 첫 의견을 남겨 주십시오. (로그인 뒤 작성 가능)",
    "기사에 관한 댓글을 써주세요 [실명 인증 후 참여]",
    "기사에 대해 댓글을 남겨 주십시오",
    "소중한 의견을 보내 주시기 바랍니다.",
    "첫 댓글을 달아 보세요 (회원 가입 후 이용 가능)",
])
def test_a_comment_prompt_in_any_spelling_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "구청은 주민들에게 의견을 남겨 달라고 요청했다.",
    "'댓글을 달아 주세요'라는 안내문이 광장 게시판에 붙었다.",
    "그는 댓글을 달아 주는 독자들에게 고맙다고 말했다.",
])
def test_a_sentence_about_comments_stays(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "제보는 카카오톡 dalbit_news 또는 전화 02-123-4567로 주세요",
    "제보는 카카오톡 dalbit_news 또는 전화 02-123-4567으로 주세요.",
    "기사 제보: 이메일 tip@dalbit.kr 및 문자 010-1234-5678",
    "제보·문의는 031-222-3333, tip@dalbit.kr로 받습니다",
    "▶ 제보는 tip@dalbit.co.kr 혹은 1588-0000으로 보내 주십시오",
    "취재 제보는 텔레그램 dalbit24 / 메일 desk@dalbit.kr",
])
def test_a_tip_line_listing_its_channels_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "경찰은 주민의 제보를 받아 곧바로 현장에 출동했다.",
    "제보는 카카오톡으로 처음 들어왔고 전화로도 이어졌다.",
    "제보자는 전화 02-123-4567로 구청에 신고했다고 밝혔다.",
])
def test_a_sentence_about_tips_stays(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "구독자님, 좋은 아침입니다. 이번 주 고을 이야기를 보내 드립니다.",
    "독자 여러분 반갑습니다!",
    "좋은 저녁이에요, 회원님들. 이번 주 소식을 모았습니다.",
    "달빛레터 구독자 여러분, 좋은 주말 보내세요.",
])
def test_a_letters_greeting_of_the_day_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "좋은 아침이었다고 주민들은 입을 모았다.",
    "독자 여러분, 좋은 아침입니다. 장마가 길어지면서 빗물 피해를 묻는 편지가 부쩍 늘었습니다.",
    "독자들은 아침 방송을 즐겨 본다고 답했다.",
    "구독자님, 좋은 아침입니다. 지난밤 시의회는 예산안을 두고 자정까지 논쟁했고 결국 표결을 미뤘으며 의원들은 "
    "다음 회기에 다시 다루기로 합의했다. 시민단체는 곧바로 반발했다.",
])
def test_a_sentence_with_a_greeting_word_stays(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("title", [
    "읍내 둔치 주차장 넓힌다 _ 달빛고을신문",
    "읍내 둔치 주차장 넓힌다 | 달빛고을신문",
    "읍내 둔치 주차장 넓힌다 - 달빛고을신문",
    "달빛고을신문 :: 읍내 둔치 주차장 넓힌다",
    "읍내 둔치 주차장 넓힌다 • 달빛고을신문",
])
def test_the_outlet_beside_a_headline_is_cut_whatever_its_separator(title):
    assert clean_title(title, "달빛고을신문") == "읍내 둔치 주차장 넓힌다"


def test_an_underscore_not_parting_the_outlet_stays():
    assert clean_title("새 노선 _ 시민 의견 모은다", "달빛고을신문") == "새 노선 _ 시민 의견 모은다"
    assert clean_title("file_name 정리 방식 바뀐다", "달빛고을신문") == "file_name 정리 방식 바뀐다"


def test_a_browser_saved_page_keeps_its_headline_without_the_outlet():
    headline = "읍내 둔치 주차장 넓힌다"
    body = "".join(f"<p>읍은 다음 달부터 둔치 주차장을 넓히고 주말에는 순환버스를 {n}대 운행한다고 밝혔다. 읍 관계자는 "
                   f"봄마다 주차 민원이 이어졌다고 설명했다.</p>" for n in range(2, 6))
    html = (f"<html><head><meta charset='utf-8'><title>{headline} _ 달빛고을신문</title>"
            f"<meta property='og:title' content='{headline} _ 달빛고을신문'>"
            f"<meta property='og:site_name' content='달빛고을신문'></head>"
            f"<body><h1>{headline}</h1><div class='article'>{body}</div></body></html>")
    assert extract_html(html).title == headline


def _front_matter_post(tmp_path, title: str) -> dict:
    paras = ["읍은 다음 달부터 둔치 주차장을 넓히고 주말에는 순환버스를 돌리기로 했다.",
             "새 주차장은 둔치 북쪽 공터에 들어서며 차량 150대를 세울 수 있다고 읍은 설명했다.",
             "읍 관계자는 \"봄마다 이어진 주차 민원이 크게 줄 것\"이라고 말했다."]
    text = (f'---\ntitle: "{title}"\ndate: 2026-04-08 10:40:00 +0900\nauthor: 하늘빛\noutlet: 달빛고을신문\n---\n\n'
            + "\n\n".join(paras) + "\n")
    (tmp_path / "post.md").write_text(text, encoding="utf-8")
    rows = [r.article[0] for s in discover(tmp_path) if isinstance(s, Source) for r in [process(s)] if r.article]
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize("suffix", [" | 달빛고을신문", " _ 달빛고을신문", " - 달빛고을신문"])
def test_a_posts_front_matter_title_loses_its_outlet_part(tmp_path, suffix):
    assert _front_matter_post(tmp_path, "읍내 둔치 주차장 넓힌다" + suffix)["title"] == "읍내 둔치 주차장 넓힌다"


def test_a_posts_front_matter_title_keeps_a_part_that_is_not_its_outlet(tmp_path):
    assert _front_matter_post(tmp_path, "둔치 주차장 - 주민 의견 모은다")["title"] == "둔치 주차장 - 주민 의견 모은다"
