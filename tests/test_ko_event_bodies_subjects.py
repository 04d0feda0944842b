"""Korean events, round 42: a body's bare meeting, compound sitting words, gatherings named after their verb of holding,
a noun held as the subject of '열리다', and a proposal to hold one still weighed.

Conventions:
- A body the topic of its sentence that holds a bare '회의' on a day names it ('…협의회는 오는 4일 회의를 재차 열어' →
  '…협의회 회의'), an adverb of when between the word and its verb or not; a committee written short ('소위') is the one
  named in full before. Undated, the bare word stays generic.
- A sitting word compounded by a word saying which ('예비심사', '재심의') is a sitting as the bare word is, placed at the
  place phrase of its sentence when there is one, else at the body.
- A word of gathering ending in 회/식 whose name words follow a verb saying it is held ('…에서 열린 2031 … 인정식에서') is an
  event when the sentence names a day before it.
- A noun no table knows, its name opening the sentence as the subject of '열리다' ending it, with a day and a place after it,
  is the happening held there ('햇콩 첫 수매가 23일 … 창고에서 열렸다'); what opens rather than is held ('뱃길이') is not.
- Holding one as a proposal still weighed ('…을 구청 강당에서 여는 방안을 고민 중') is no happening, as '열지 검토' is not.

Every sentence, name and place is invented for the test (published Wednesday 2026-11-25).
"""

from __future__ import annotations

import pytest

from ko_event_helpers import found, name_key

PUB = "2026-11-25T10:00:00+09:00"


def events(body: str) -> list:
    return found(body, PUB)


def names(body: str) -> list[str]:
    return [name_key(e.name) for e in events(body)]


@pytest.mark.parametrize("body", [
    "물길마을 재생 협의회는 오는 4일 회의를 재차 열어 주차장 배치안을 고친다.",
    "물길마을 재생 협의회는 오는 4일 회의를 열어 주차장 배치안을 고친다.",
])
def test_a_bodys_bare_meeting_on_a_day_is_named_by_the_body(body: str) -> None:
    got = events(body)
    assert len(got) == 1 and name_key(got[0].name).endswith("재생협의회회의"), got
    assert str(got[0].start_date) == "2026-12-04"


def test_a_committee_written_short_names_its_meeting() -> None:
    body = ("시의회 교통위원회는 20일 시의회에서 요금조정소위원회를 열고 요금 조정안을 다뤘다.\n"
            "소위는 오는 3일 회의를 재차 열어 최종안을 정하기로 했다.")
    got = {name_key(e.name): e for e in events(body)}
    assert "소위회의" in got, got
    assert str(got["소위회의"].start_date) == "2026-12-03"


def test_an_undated_bare_meeting_stays_generic() -> None:
    assert not any("회의" in n for n in names("물길마을 재생 협의회는 회의를 재차 열어 주차장 배치안을 고친다."))


def test_a_compound_sitting_word_carried_out_is_a_sitting_at_its_place() -> None:
    body = "솔빛군의회 복지위원회는 오는 8일 의회 2층 소회의실에서 내년도 추경 예비심사를 진행한다."
    got = [e for e in events(body) if "예비심사" in e.name]
    assert len(got) == 1, events(body)
    assert got[0].location == "의회 2층 소회의실"
    assert str(got[0].start_date) == "2026-12-08"


def test_a_compound_sitting_word_opened_sits_at_the_body() -> None:
    got = events("솔빛군 인사위원회는 지난 3일 재심의를 열고 감봉 처분을 확정했다.")
    assert [name_key(e.name) for e in got] == ["재심의"], got
    assert got[0].location == "솔빛군 인사위원회"
    assert str(got[0].start_date) == "2026-11-03"


@pytest.mark.parametrize("body", [
    "솔빛군의회 복지위원회는 추경 예비심사를 거쳐 다음 달 본회의에 올린다.",
    "증권가는 오는 8일 투자심리를 살피는 설문을 진행한다.",
])
def test_a_compound_sitting_word_not_held_on_a_day_is_no_sitting(body: str) -> None:
    assert not any("심사" in n or "심리" in n for n in names(body)), names(body)


def test_a_gathering_named_after_its_verb_of_holding_on_a_day_is_an_event() -> None:
    got = events("그 상패는 지난 10일 대구 수성구에서 열린 2031 전국 공예 인정식에서 받았다.")
    assert [name_key(e.name) for e in got if "인정식" in e.name], got
    e = next(e for e in got if "인정식" in e.name)
    assert e.location == "대구 수성구"
    assert str(e.start_date) == "2026-11-10"


def test_a_gathering_named_after_its_verb_of_holding_without_a_day_is_none() -> None:
    assert not any("인정식" in n for n in names("그 상패는 대구 수성구에서 열린 전국 공예 인정식에서 받았다."))


def test_a_noun_held_as_the_subject_on_a_day_at_a_place_is_an_event() -> None:
    got = events("올해산 햇콩 첫 수매가 23일 경북 솔내군 농협 저온창고에서 열렸다.")
    assert len(got) == 1 and "첫수매" in name_key(got[0].name), got
    assert got[0].location == "경북 솔내군 농협 저온창고"
    assert str(got[0].start_date) == "2026-11-23"


@pytest.mark.parametrize("body", [
    "섬으로 가는 뱃길이 23일 솔내항 선착장에서 다시 열렸다.",  # what opens, not what is held
    "올해산 햇콩 첫 수매가 23일 열렸다.",  # no place
    "올해산 햇콩 첫 수매가 솔내군 농협 저온창고에서 열렸다.",  # no day
    "농협에 따르면 첫 수매가 23일 솔내군 농협 저온창고에서 열렸다.",  # the subject does not open the sentence
])
def test_a_noun_subject_not_so_held_is_no_event(body: str) -> None:
    assert names(body) == [], events(body)


@pytest.mark.parametrize("body", [
    "한편 구는 다음 달 중 주민 공청회를 구청 강당에서 여는 방안을 고민하고 있다.",
    "구는 주민 공청회를 여는 방안까지 저울질한다.",
])
def test_a_proposal_to_hold_one_still_weighed_is_no_event(body: str) -> None:
    assert names(body) == [], events(body)


def test_a_gathering_held_on_a_day_stays() -> None:
    assert names("구는 오는 5일 구청 강당에서 주민 공청회를 연다.") == ["주민공청회"]


def test_a_sitting_is_at_its_body_not_at_a_place_found_elsewhere_in_its_sentence() -> None:
    body = ("솔빛읍의 한 초등학교에서 일어난 다툼을 두고 솔빛교육지원청 다툼조정심의위원회는 지난 3일 심의를 열고 "
            "서면 사과 처분을 내렸다.")
    got = events(body)
    assert [name_key(e.name) for e in got] == ["심의"], got
    assert got[0].location == "솔빛교육지원청 다툼조정심의위원회"
