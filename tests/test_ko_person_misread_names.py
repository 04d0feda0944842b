"""Korean names the rules misread: a foreign surname Kiwi glues to the given name as a copula's ending ('라오':
이+라오), a foreign surname it does not know that ends like a place ('…도'), and a Korean name ending in the
syllable a longer particle opens with ('…라' + 는, not + 라는), and a bare name after an epithet ('신인 X는').
Invented sentences."""

import pytest

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


@pytest.mark.parametrize("body,name,title,org", [
    ("반면 세계경제연구소의 후아니타 라오 연구위원은 전망을 낮췄다.", "후아니타 라오", "연구위원", "세계경제연구소"),
    ("한편 국제통화연구원의 베아트리스 라나 수석연구원은 말을 아꼈다.", "베아트리스 라나", "수석연구원", "국제통화연구원"),
])
def test_a_surname_read_as_an_ending_is_the_second_word_of_the_name(body, name, title, org):
    found = persons(body)
    assert found.get(name) == (title, org)
    assert not set(name.split()) & set(found)


def test_the_title_heading_a_later_name_makes_no_foreign_pair():
    found = persons("한빛재단의 엘레나 라지 대표 하준서는 말했다.")
    assert "엘레나 라지" not in found
    assert found.get("하준서", ("",))[0] == "대표"


def test_a_body_before_a_korean_name_makes_no_foreign_pair():
    found = persons("바다마을수협 도한결 조합장은 말했다.")
    assert found.get("도한결") == ("조합장", "바다마을수협")
    assert not any(name.endswith(" 도한결") for name in found)


def test_an_unknown_surname_ending_like_a_place_before_a_title_is_a_name():
    found = persons("구단은 칠레 출신 에스테반 몰레도 수석코치를 새로 영입했다.")
    assert found.get("에스테반 몰레도", ("",))[0] == "수석코치"


def test_a_known_place_ending_so_before_a_post_is_no_name():
    found = persons("이날 행사에는 미국 콜로라도 주지사가 참석했다.")
    assert not any("콜로라도" in name for name in found)


def test_a_name_ending_in_the_quotative_particle_syllable_keeps_it():
    """'탁유라는': not 탁유 + 라는 ('called'), where Kiwi reads the three-syllable name and the topic particle."""
    found = persons("윙스파이커 탁유라는 서브 득점 4개를 올렸다.")
    assert found.get("탁유라", ("",))[0] == "윙스파이커"
    assert "탁유" not in found


def test_a_common_noun_before_the_quotative_particle_is_no_name():
    assert persons("이 제품은 시장에서 최고라는 평가를 받았다.") == {}
    assert persons("그는 어릴 적 주변에서 바보라는 말을 들었다.") == {}


@pytest.mark.parametrize("body,name,title", [
    ("주전 가드가 빠진 경기에서 신인 표건은 3점슛 네 개를 꽂았다.", "표건", "신인"),
    ("연장 접전 끝에 루키 남궁솔이 결승골을 터뜨렸다.", "남궁솔", "루키"),
])
def test_an_epithet_before_a_bare_subject_name_says_a_person_follows(body, name, title):
    assert persons(body).get(name, ("",))[0] == title


@pytest.mark.parametrize("body", [
    "올해 신인 선수는 모두 12명이 입단했다.",
    "신인 시절은 누구에게나 힘들었다.",
    "에이스 역할은 결국 외국인 투수가 맡았다.",
])
def test_an_epithet_before_a_common_noun_makes_no_person(body):
    assert persons(body) == {}
