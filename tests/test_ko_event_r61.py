"""Korean events, round 61: a reason or a document something is said in is no place, talks a meeting is opened for,
a run told only by how long it lasts, and a standing body named with no day.

Conventions:
- '선고 이유에서 "…"', '입장문에서': what a judge or a body says something in, not where anything is held; the ruling
  keeps its court.
- '모레 … 회동을 열어 실무 협의를 계속하기로': the talks are the business of the meeting opened for them, no second row.
- '… 캠페인 출정식을 열고 석 달 동안 캠페인을 편다': a run named only by its length, with no day it starts, is the
  campaign named before; one run from a day ('오는 1일부터 석 달간') stays a row.
- '…위원회 소위원회는 심사를 끝냈지만': a committee named with no day is the body that acts, no sitting; one that
  meets on a day stays.

Every sentence, name and place is invented for the test (published Wednesday 2025-06-11).
"""

from __future__ import annotations

from ko_event_helpers import found, name_key, named


def keys(body: str) -> list[str]:
    return [name_key(e.name) for e in found(body)]


RULING = ('한결지법 형사3부(재판장 모재헌 부장판사)는 전날 사기 혐의로 구속기소된 주모(51)씨에게 징역 4년을 선고했다.\n\n'
          '모 부장판사는 선고 이유에서 "피해 회복이 이뤄지지 않았다"고 밝혔다.')


def test_ruling_said_in_its_reasons_keeps_its_court() -> None:
    ruling = named(RULING, "선고")
    assert ruling is not None and ruling.location == "한결지법"


def test_ruling_place_still_read_from_a_real_place() -> None:
    body = '한결지법 형사3부는 전날 한결지법 제2법정에서 열린 선고 공판에서 주모(51)씨에게 징역 4년을 선고했다.'
    ruling = named(body, "선고 공판")
    assert ruling is not None and ruling.location == "한결지법 제2법정"


def test_talks_a_meeting_is_opened_for_are_no_second_row() -> None:
    body = ('여야 원내대표는 10일 국회 의장실에서 회동을 가졌지만 합의하지 못했다. '
            '두 당은 모레 정책위의장 회동을 열어 실무 협상을 계속하기로 했다.')
    got = keys(body)
    assert "정책위의장회동" in got
    assert not any(k.endswith("협상") for k in got)


def test_talks_on_their_own_day_stay() -> None:
    body = '노조는 오는 19일 본사 대회의실에서 사측과 임금 협상을 벌인다.'
    talks = named(body, "임금 협상")
    assert talks is not None and str(talks.start_date) == "2025-06-19"


def test_run_told_by_its_length_is_the_campaign_named_before() -> None:
    body = ("군청은 1일 군청 광장에서 '2025 겨울철 화재 예방 캠페인' 출정식을 열고 "
            "내년 2월 말까지 석 달간 캠페인을 펼친다고 밝혔다.")
    got = keys(body)
    assert any("출정식" in k or "화재예방캠페인" in k for k in got)
    assert not any("달간" in k for k in got)


def test_run_from_a_day_stays_a_row() -> None:
    run = named("구청은 오는 1일부터 석 달간 캠페인을 벌인다.", "캠페인")
    assert run is not None and str(run.start_date) == "2025-07-01"


def test_committee_with_no_day_is_no_sitting() -> None:
    body = ('여야는 예산안 처리를 놓고 맞섰다. '
            '국회 예결위 계수조정소위원회는 삭감 심사만 끝냈고 증액 논의는 미뤘다.')
    assert not any(k.endswith("위원회") for k in keys(body))


def test_committee_meeting_on_a_day_stays() -> None:
    sitting = named("군의회 산업건설위원회는 다음 달 9일 열린다.", "산업건설위원회")
    assert sitting is not None and str(sitting.start_date) == "2025-07-09"
