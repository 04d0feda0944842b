"""Korean names a rule of shape used to drop, and common nouns it used to take (invented sentences):
- a given name ending in 로 (아로, 하로), a road's ending and a particle's first syllable both: kept whole where the
  article proves it one word ('…로가'), a person when it is a clause's subject and never a place;
- a word Kiwi guesses to be a common noun right after a bare common noun: the head of a compound, no name;
- a surname and a three-syllable given name between a party named without 당 and a member's post."""

from builder.rules import Context
from builder.rules.ko import person
from builder.rules.ko.text import Tok


def names(body: str) -> set[str]:
    found, _ = person.find(body, Context(None))
    return {p.name for p in found}


def titled(body: str) -> dict[str, tuple[str | None, str | None]]:
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


def test_a_given_name_ending_as_a_road_does_is_a_subject_person():
    body = ("모하로가 연장 두 번째 홀 이글로 뒤집기에 성공하며 첫 우승컵을 들었다. "
            "모하로는 시상식에서 눈물을 보였다.")
    assert "모하로" in names(body)


def test_the_name_keeps_its_last_syllable_where_kiwi_reads_it_as_a_particle():
    finder = person.Finder("탁이로가 결승골을 넣었다. 탁이로는 여덟 골째를 기록했다.", Context(None))
    assert [(t.stem, t.particle) for t in finder.toks if t.stem.startswith("탁이")] == [("탁이로", "가"), ("탁이로", "는")]


def test_a_cut_at_a_particle_stays_unless_the_article_writes_the_longer_word():
    cut = Tok("탁이로는", 0, 4, "탁이", "로는")
    assert person.Finder.cut_as_elsewhere([cut]) == [cut]
    whole = Tok("탁이로가", 10, 14, "탁이로", "가")
    assert [(t.stem, t.particle) for t in person.Finder.cut_as_elsewhere([cut, whole])] == [("탁이로", "는"), ("탁이로", "가")]


def test_a_road_written_bare_before_a_noun_or_as_a_place_is_no_person():
    assert "온빛로" not in names("온빛로가 다음 달 개통된다. 온빛로는 왕복 4차로로 지어졌다. 온빛로 개통으로 출퇴근이 빨라진다.")
    assert "온빛로" not in names("온빛로가 다음 달 개통된다. 온빛로는 왕복 4차로다. 온빛로에서는 사고가 잦다.")


def test_a_word_kiwi_guesses_a_common_noun_after_a_common_noun_is_the_head_of_a_compound():
    assert "금망기" not in names("선창 어민들은 꽃게 금망기가 풀리는 내달 초면 바빠진다.")


def test_a_name_after_a_noun_of_kin_stays_a_person():
    assert "탁서윤" in names("그는 동생 탁서윤과 함께 무대에 올랐다.")


def test_a_long_given_name_between_a_party_named_without_dang_and_member_post():
    assert titled("국민의힘 변하늘솔 의원은 \"예산이 빠졌다\"고 지적했다.").get("변하늘솔") == ("의원", "국민의힘")


def test_a_long_word_after_a_body_that_is_no_party_is_not_taken_so():
    assert "변하늘솔" not in names("정책토론회 변하늘솔 의원은 반대했다.")


FIRM_THEN_POST_OF_NEXT_NAME = ("검찰은 투자자들에게서 90억원을 끌어모은 혐의로 중개 플랫폼 운영사 누리웨이브 대표 탁서윤(47)씨 등 "
                               "5명을 기소했다. 누리웨이브는 판교에 사무실을 차리고 '로봇에 투자하면 이자를 준다'며 돈을 모았다.")


def test_a_firm_before_the_post_of_the_aged_name_after_it_is_no_person():
    found = names(FIRM_THEN_POST_OF_NEXT_NAME)
    assert "탁서윤" in found and "누리웨이브" not in found

