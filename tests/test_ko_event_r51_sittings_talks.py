"""Korean events, round 51: dated happenings told inside a phrase, and the place of an exam held at many sites.

A committee told as where a decision was taken on a day ('전날 열린 제N차 …위원회에서 … 의결했다') is its sitting; the
first sitting of talks ('상견례') and a university's admission exam ('…대 논술고사') are events on a day, the exam held at
the school; talks told only by their verb with the side met ('…장관과 회담한다') are a meeting on a day of their own; a
count of venues ('전국 86개 시험지구 1천301개 시험장에서') is a word of the place.

Every sentence, body and place is invented for the test.
"""

from __future__ import annotations

from datetime import date

from ko_event_helpers import found, named

PUB = "2026-06-23T09:00:00+09:00"  # a Tuesday


def test_a_numbered_committee_held_on_a_day_where_a_decision_was_taken_is_its_sitting() -> None:
    e = named("해람부는 전날 열린 제41차 국민연금기금운용위원회에서 내년 운용 계획을 의결했다고 23일 밝혔다.",
              "제41차 국민연금기금운용위원회", PUB)
    assert e is not None and e.kind == "meeting"
    assert e.start_date == date(2026, 6, 22)


def test_a_committee_held_with_no_day_is_no_sitting() -> None:
    assert not any("위원회" in e.name for e in found("이 안건은 앞서 열린 도시계획위원회에서 보류됐다.", PUB))


def test_a_first_sitting_of_talks_on_a_day_is_a_meeting() -> None:
    e = named("노사는 지난 4월 2일 상견례를 시작으로 열한 차례 교섭을 벌였다.", "상견례", PUB)
    assert e is not None and e.start_date == date(2026, 4, 2)


def test_a_first_sitting_of_talks_with_no_day_is_none() -> None:
    assert named("상견례 자리에서 양측은 서로 인사만 나눴다.", "상견례", PUB) is None


def test_a_universitys_admission_exam_on_a_day_is_held_at_the_school() -> None:
    e = named("오는 27일 누리가온대 논술고사를 시작으로 대학별 고사가 이어진다.", "누리가온대 논술고사", PUB)
    assert e is not None and e.start_date == date(2026, 6, 27)
    assert e.location == "누리가온대"


def test_an_admission_exam_spoken_of_in_general_is_none() -> None:
    assert named("논술고사 비중을 줄이는 대학이 늘고 있다.", "논술고사", PUB) is None


def test_talks_told_by_their_verb_on_a_day_of_their_own_are_a_meeting() -> None:
    body = ("장관은 앞서 20일 솔빛시 한 호텔에서 가람국 외교장관과 양국 외교장관 회담을 열었다. "
            "장관은 일정을 마친 뒤 26일 누리국 수도 다온으로 이동해 누리국 외교장관과 회담한다.")
    e = named(body, "누리국 외교장관과 회담", PUB)
    assert e is not None and e.kind == "meeting"
    assert e.start_date == date(2026, 6, 26)
    assert e.location is not None and e.location.endswith("다온")
    assert named(body, "양국 외교장관 회담", PUB).start_date == date(2026, 6, 20)


def test_talks_told_by_their_verb_on_the_day_of_talks_named_are_those_talks() -> None:
    body = ("장관은 21일 솔빛시에서 가람국 외교장관과 회담하고 협력을 넓히기로 했다. "
            "두 장관은 이날 솔빛시 외무부 청사에서 열린 양국 외교장관 회담에서 공동성명에 합의했다.")
    assert [e.name for e in found(body, PUB) if "회담" in e.name] == ["양국 외교장관 회담"]


def test_talks_told_by_their_verb_over_a_span_of_days_are_no_one_meeting() -> None:
    body = "장관은 다음 달 7일부터 9일까지 누리국을 방문해 누리국 외교장관과 회담한다."
    assert not any("회담" in e.name for e in found(body, PUB))


def test_a_count_of_venues_is_a_word_of_the_place() -> None:
    e = named("2030학년도 대학수학능력시험이 19일 전국 86개 시험지구 1천301개 시험장에서 일제히 치러졌다.",
              "대학수학능력시험", PUB)
    assert e is not None and e.location == "전국 86개 시험지구 1천301개 시험장"
    e = named("2030학년도 대학수학능력시험이 19일 전국 86개 시험지구 1천300여 개 시험장에서 일제히 치러졌다.",
              "대학수학능력시험", PUB)
    assert e is not None and e.location == "전국 86개 시험지구 1천300여 개 시험장"


def test_a_count_of_people_is_no_word_of_the_place() -> None:
    e = named("오는 27일 시민 300명이 참여하는 걷기 대회가 다온천 둘레길에서 열린다.", "걷기 대회", PUB)
    assert e is not None and e.location == "다온천 둘레길"
