"""Japanese names in a story about Japan (open given names, four-syllable ones, a surname ending in 이), a club coined
of Korean words before a foreign name, a role with the copula's 인 before a post, a role noun Kiwi guesses whole before
a name with 씨, and a foreign name's short mention before 전 and a post speaking. Invented names and sentences; each
kind has a look-alike that must stay as it was."""

import pytest

from builder.rules import Context
from builder.rules.ko import person
from ko_quote_helpers import speakers


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


JAPAN = "일본 정부가 새 예산안을 내놓았다.\n"
SAID = ' "세금 논의가 길어질 것"이라고 말했다.'


@pytest.mark.parametrize("body, name, title, org", [
    (JAPAN + "제1야당인 누리민주당의 히로세 마사오 대표는" + SAID, "히로세 마사오", "대표", "누리민주당"),
    (JAPAN + "여울경제연구소 사쿠라이 요시노리 수석연구원은" + SAID, "사쿠라이 요시노리", "수석연구원", "여울경제연구소"),
    (JAPAN + "가람증권 모리이 다카히로 연구원은" + SAID, "모리이 다카히로", "연구원", "가람증권"),
])
def test_a_japanese_name_in_a_story_about_japan(body, name, title, org):
    found = persons(body)
    assert found.get(name) == (title, org), found
    assert not any(n in found for n in name.split()), found  # neither word a person or a body of its own


def test_a_korean_name_after_a_brand_stays_korean_in_a_story_about_japan():
    found = persons(JAPAN + "도요타 한민수 사장은" + SAID)
    assert "한민수" in found and not any(" " in n for n in found), found


def test_an_open_given_name_needs_the_story_to_say_japan():
    found = persons("여울당의 히로세 마사오 대표는" + SAID)
    assert "히로세 마사오" not in found


def test_a_short_mention_before_former_and_a_post_is_the_full_name():
    body = ('당내 중진인 다카무라 미나코 전 외무상이 전날 "세금을 낮춰야 한다"고 주장했다.\n'
            '다카무라 전 외무상은 이날 "대책이 늦으면 심판받을 것"이라고 말했다.')
    assert {s for s, _ in speakers(body)} == {"다카무라 미나코"}


@pytest.mark.parametrize("body, name, org", [
    ('구름보라 토마르 감독은 "수비를 바꾼 게 통했다"고 밝혔다.', "토마르", "구름보라"),
])
def test_a_club_coined_of_korean_words_before_a_foreign_name(body, name, org):
    assert persons(body) == {name: ("감독", org)}


@pytest.mark.parametrize("body, name", [
    ("관광청의 아이다나 누르베코바 부위원장도 개막식에 왔다.", "아이다나 누르베코바"),
    ("횡령 혐의로 구속기소된 누리다리 대표 변도현(48)에게 징역 10년을 선고했다.", "변도현"),
])
def test_foreign_names_and_clauses_are_no_club(body, name):
    found = persons(body)
    assert name in found, found
    assert len(found) == 1, found


@pytest.mark.parametrize("body, name, title", [
    ("팀 주장인 정글러 '별꽃' 권하람(22)은" + SAID, "권하람", "정글러"),
    ("구단 주장인 포수 '곰' 한도윤(31)은" + SAID, "한도윤", "포수"),
])
def test_a_role_with_the_copula_before_a_post_is_no_name(body, name, title):
    assert persons(body) == {name: (title, None)}


@pytest.mark.parametrize("body, name, title", [
    ("법원은 횡령 혐의로 구속된 임대업자 한도윤(51)씨에게 징역 12년을 선고했다.", "한도윤", "임대업자"),
    ("법원은 임대업자 한도윤(51)씨에게 징역 12년을 선고했다.", "한도윤", "임대업자"),
])
def test_a_role_noun_guessed_whole_before_a_name_with_ssi(body, name, title):
    assert persons(body) == {name: (title, None)}  # and the role no person of its own


def test_a_firm_guessed_whole_before_a_name_with_ssi_is_no_role():
    found = persons("법원은 구속기소된 가람증권 한도윤(51)씨에게 징역 12년을 선고했다.")
    assert found.get("한도윤", ("?",))[0] != "가람증권", found


@pytest.mark.parametrize("body, name, title, org", [
    ('당내 원로인 다카무라 유키에 전 외무상이 "세금을 낮춰야 한다"고 주장했다.', "다카무라 유키에", "전 외무상", None),
    (JAPAN + "누리당의 모리타 사치에 대표는" + SAID, "모리타 사치에", "대표", "누리당"),
])
def test_a_japanese_given_name_ending_as_a_particle_reads_whole(body, name, title, org):
    # '…에' (恵, 江) is no place particle right before a post; each word found alone is the one person
    assert persons(body) == {name: (title, org)}


def test_a_place_particle_before_a_role_word_stays_a_particle():
    assert persons("모리타 회의에 대표로 참석했다.") == {}
