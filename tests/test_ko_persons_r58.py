"""Round 58 (helper h58a), on sentences written for these tests: a court position spelled in two words before a name is
no part of the name; a committee member's fused post names the committee; a kind's word alone as a speaker ('소속사는')
stands for the body the article brought in right after that word, not for the subject named last.

Each kind has its positive and its negative.
"""

from builder.rules import Context
from builder.rules.ko import person, quote


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: p for p in found}


def quotes(body):
    found, mentions = person.find(body, Context(None))
    return quote.find(body, found, mentions, Context(None))


# -- a position the title table glues, spelled apart before a name ----------------------------------------------------
def test_spaced_title_length_counts_the_position_words():
    assert person.spaced_title_length("아포짓 스파이커 벨라스코") == len("아포짓 스파이커")
    assert person.spaced_title_length("미들 블로커 에스코바르") == len("미들 블로커")


def test_spaced_title_length_is_zero_for_a_name():
    assert person.spaced_title_length("마르타 벨라스코") == 0
    assert person.spaced_title_length("벨라스코") == 0


def test_a_spaced_position_before_a_surname_is_no_second_person():
    found = persons("누리스톰이 3연승을 달렸다. 외국인 선수 마르타 벨라스코가 29점을 올렸다.\n\n"
                    "칠레 출신 아포짓 스파이커 벨라스코는 공격 성공률 48%를 기록했다.")
    assert "마르타 벨라스코" in found
    assert not any(name.startswith("아포짓") or name.startswith("스파이커") for name in found)


# -- a member's post fused with the short name of its committee -------------------------------------------------------
def test_committee_of_member_reads_the_fused_post():
    assert person.committee_of_member("금통위원") == "금통위"
    assert person.committee_of_member("신임 선관위원") == "선관위"


def test_committee_of_member_leaves_other_posts():
    assert person.committee_of_member("논설위원") is None
    assert person.committee_of_member("연구위원") is None
    assert person.committee_of_member(None) is None


def test_a_fused_committee_post_gives_the_member_its_committee():
    found = persons("기준금리가 동결됐다.\n\n이날 회의에서는 모예담 금통위원이 인하 의견을 냈다.")
    assert found["모예담"].organization == "금통위"


def test_a_writer_s_post_names_no_committee():
    found = persons("칼럼이 실렸다.\n\n모예담 논설위원은 \"시장이 흔들린다\"고 썼다.")
    assert found["모예담"].organization != "논설위"


# -- a kind's word alone as the speaker -----------------------------------------------------------------------------
def test_the_agency_word_alone_speaks_for_the_agency_brought_in_after_it():
    found = quotes("소속사 벨로아엔터테인먼트는 2일 카이로스가 오는 5월 새 앨범을 낸다고 밝혔다. "
                   "카이로스는 앨범에 이어 국내 8개 도시를 돈다. 소속사는 \"무대를 모두 새로 꾸몄다\"고 말했다.")
    said = [q for q in found if "무대를 모두" in q.text]
    assert said and said[0].speaker == "벨로아엔터테인먼트"


def test_the_agency_word_alone_is_not_a_body_brought_in_after_another_kind():
    found = quotes("제작사 벨로아픽처스는 2일 카이로스가 오는 5월 새 앨범을 낸다고 밝혔다. "
                   "카이로스는 앨범에 이어 국내 8개 도시를 돈다. 소속사는 \"무대를 모두 새로 꾸몄다\"고 말했다.")
    said = [q for q in found if "무대를 모두" in q.text]
    assert said and said[0].speaker != "벨로아픽처스"


# -- a group's line-up, told as what the group is made of ---------------------------------------------------------------
def test_a_made_of_line_up_names_each_member_of_the_group():
    found = persons("그룹 카이로스가 새 앨범을 낸다.\n\n카이로스는 한별, 도윤재, 세아, 리오로 이뤄진 4인조 보이그룹으로 2022년 데뷔했다.")
    for name in ("한별", "도윤재", "세아", "리오"):
        assert name in found
        assert found[name].organization == "카이로스"
    assert "리오로" not in found


def test_a_line_up_of_instruments_is_no_persons():
    found = persons("그룹 카이로스가 새 앨범을 낸다.\n\n카이로스는 보컬, 기타, 베이스, 드럼으로 이뤄진 4인조 밴드다.")
    assert not {"보컬", "기타", "베이스", "드럼", "드럼으"} & set(found)
