"""Korean names Kiwi misreads, and halls and ensembles taken for names (invented sentences):
- a given name ending in 란, which Kiwi cuts as the topic particle, right before a body and a post (also after a
  quotation that opens the sentence);
- a compound surname that is a common noun too (사공 'boatman', 서문 'preface'), read as that noun and another;
- a journalist (언론인) written before the name, as 방송인 is;
- a concert hall (…홀) and an orchestra (…필하모닉, …오케스트라, …심포니) are no persons."""

from builder.rules import Context
from builder.rules.ko import person


def titled(body: str) -> dict[str, tuple[str | None, str | None]]:
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


def test_a_name_ending_in_ran_before_a_body_and_post_after_a_quotation():
    for name in ("변미란", "곽수란"):
        body = f'"내년에는 산불 감시 인력을 두 배로 늘리겠다"라고 {name} 경남도 산림국장은 밝혔다.'
        assert titled(body).get(name) == ("산림국장", "경남도"), name


def test_a_name_ending_in_ran_opening_the_sentence_before_a_post():
    assert titled("변지란 누리시 복지국장은 이날 브리핑에서 계획을 설명했다.").get("변지란") == ("복지국장", "누리시")


def test_a_dictionary_word_with_the_topic_ran_is_no_name():
    assert titled("자유란 대표가 마음대로 정하는 것이 아니다.") == {}


def test_a_compound_surname_read_as_a_common_noun_is_a_name():
    for name in ("사공철", "사공택"):
        body = f"이 사건을 맡은 {name}은 말했다."
        finder = person.Finder(body, Context(None))
        tok = next(t for t in finder.toks if t.stem == name)
        assert finder.compound_surname_read_common(tok), name
        assert name in titled(body)


def test_two_dictionary_words_after_a_compound_surname_are_no_name():
    finder = person.Finder("동방예의를 지켰다. 사공들이 배를 저었다.", Context(None))
    assert not any(finder.compound_surname_read_common(t) for t in finder.toks)
    assert titled("동방예의를 지켰다. 사공들이 배를 저었다.") == {}


def test_a_person_of_a_field_before_the_name_is_the_title():
    assert titled("토론회 사회는 시사 프로그램 진행자 출신 언론인 사공경이 맡았다.").get("사공경") == ("언론인", None)
    assert titled("언론인 출신 의원들이 모임을 열었다.") == {}
    assert titled("총리는 오는 10일 열리는 '규슈 경제인 포럼'에 참석한다.") == {}


def test_a_concert_hall_is_no_person():
    body = '누리악단은 내달 서울 명성홀을 시작으로 전국을 돈다. 단원들은 "명성홀은 꿈의 무대"라고 했다.'
    assert "명성홀" not in titled(body)


def test_an_orchestra_as_the_subject_is_no_person():
    for body in ("누리오케스트라는 내달 서울 한빛홀에서 공연한다.", "가람필하모닉은 내달 세 도시를 돈다.",
                 "가람심포니는 내달 서울에서 공연한다."):
        assert titled(body) == {}, body


def test_a_foreign_name_as_the_subject_is_still_a_person():
    assert "하트먼" in titled("하트먼이 기자회견에서 사임 의사를 밝혔다.")
