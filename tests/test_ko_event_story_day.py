"""Korean events, round 32: the day 'this day' ('이날', '같은 날') counts from, and a vote dated where it is told again.

Conventions:
- A run told by its first and last days ('총회는 지난 2일 개막해 15일까지 이어진다', '축제는 7일 문을 열어 22일까지
  계속된다') gives a period, not the story's day: 'this day' after it counts from the day named before the run.
  A last day alone ('20일까지') names no day to count from either.
- A day on a foreign clock ('10일(현지시간)') in a paragraph before 'this day', when the story's first day is told on the
  home clock ('10일 오전 … 띄웠다고 11일 밝혔다'), is a foreign side's day: 'this day' is the story's own. Where the
  story itself is told on the foreign clock (its first day is '(현지시간)'), 'this day' counts from that day.
- An event of a kind that needs a day (a vote, an election) named without one ('쟁의행위 찬반투표를 가결했다'), told
  again within two sentences by the event word its name ends with, carried out on a day ('지난 5일부터 이틀간 … 투표를
  진행한 결과', '지난 8일 … 선거를 실시한 결과'), is that day's; with no day in the retelling it stays a passing mention.

Every sentence, body and place is invented for the test (published Wednesday 2025-06-11).
"""

from __future__ import annotations

import pytest

from ko_event_helpers import found, named


@pytest.mark.parametrize("body, name, start", [
    ("[별담=솔빛통신] 가람국 대표단은 9일(현지시간) 별담 박람회장에서 열린 환경장관 회의에서 감축안을 내놨다. "
     "이번 총회는 지난 2일 개막해 15일까지 이어진다. 의장단의 온다래 부의장은 이날 기자회견에서 "
     "\"양보가 필요하다\"고 말했다.", "기자회견", "2025-06-09"),
    ("누리시는 9일 시민공원에서 여름 음악회를 열었다. 축제는 지난 7일 문을 열어 22일까지 계속된다. "
     "시장은 이날 기자회견에서 \"내년에도 열겠다\"고 말했다.", "기자회견", "2025-06-09"),
    ("가람재단은 10일 별담홀에서 후원의 밤을 열었다. 전시는 지난 1일 시작해 다음 달 20일까지 열린다. "
     "이사장은 이날 기자간담회에서 \"고맙다\"고 말했다.", "기자간담회", "2025-06-10"),
    ("가람군은 10일 군청에서 주민 설명회를 열었다. 모집은 20일까지 이어진다. 군수는 이날 "
     "기자회견에서 \"많이 참여해 달라\"고 말했다.", "기자회견", "2025-06-10"),
])
def test_this_day_skips_a_run_told_by_its_first_and_last_days(body: str, name: str, start: str) -> None:
    e = named(body, name)
    assert e is not None, found(body)
    assert str(e.start_date) == start


@pytest.mark.parametrize("body, name, start", [
    # a first day with no last day after it is the day told
    ("이번 총회는 지난 5일 개막했다. 온다래 부의장은 이날 기자회견에서 \"양보가 필요하다\"고 말했다.",
     "기자회견", "2025-06-05"),
    # a last day far past the clause is another sentence's, not the run's end
    ("총회는 지난 5일 별담센터에서 개막했다. 온다래 부의장은 이날 기자회견에서 \"합의문은 20일까지 내겠다\"고 말했다.",
     "기자회견", "2025-06-05"),
    # a deadline after the day is no run's end
    ("가람군은 10일 군청에서 기자회견을 열고 20일까지 답하라고 요구했다. 군수는 이날 오후 군청 소회의실에서 가진 "
     "긴급 브리핑에서 \"기다리겠다\"고 말했다.", "긴급 브리핑", "2025-06-10"),
])
def test_this_day_counts_from_a_day_that_opens_no_run(body: str, name: str, start: str) -> None:
    e = named(body, name)
    assert e is not None, found(body)
    assert str(e.start_date) == start


@pytest.mark.parametrize("body, name, start", [
    ("가람국이 10일 오전 서해상으로 무인기 3대를 띄웠다고 국방부가 11일 밝혔다.\n"
     "누리국 외무부의 단솔 대변인은 10일(현지시간) 기자들과 만나 \"명백한 도발\"이라고 말했다.\n"
     "국방부는 이날 용산 별관에서 정례 브리핑을 갖고 대비 태세를 점검했다고 알렸다.", "정례 브리핑", "2025-06-11"),
    ("가람국이 10일 새벽 동해상으로 발사체를 쐈다고 합동참모본부가 11일 밝혔다.\n"
     "누리국 국무부는 10일 현지 시각 성명을 냈다.\n"
     "한편 청년단체는 이날 서울 종로구에서 열린 ‘평화 청년토론회’에서 대화를 촉구했다.", "평화 청년토론회", "2025-06-11"),
])
def test_this_day_skips_a_foreign_clock_day_when_the_story_is_told_at_home(body: str, name: str, start: str) -> None:
    e = named(body, name)
    assert e is not None, found(body)
    assert str(e.start_date) == start


@pytest.mark.parametrize("body, name, start", [
    # the story itself told abroad, on the foreign clock
    ("[별담=솔빛통신] 가람국 대표단은 9일(현지시간) 별담 박람회장에서 열린 고위급 회의에서 감축안을 내놨다.\n"
     "회의장 밖에서는 청년들이 행진했다.\n"
     "의장단의 온다래 부의장은 이날 기자회견에서 \"양보가 필요하다\"고 말했다.", "기자회견", "2025-06-09"),
    # a foreign clock day in the same paragraph as 'this day' still counts
    ("가람국이 10일 오전 무인기를 띄웠다고 국방부가 11일 밝혔다.\n"
     "누리국 외무부는 10일(현지시간) 긴급회의를 열었고, 대변인은 이날 기자회견에서 \"도발\"이라고 말했다.",
     "기자회견", "2025-06-10"),
])
def test_this_day_counts_from_a_foreign_clock_day_of_the_story_or_of_its_paragraph(body: str, name: str,
                                                                                   start: str) -> None:
    e = named(body, name)
    assert e is not None, found(body)
    assert str(e.start_date) == start


# An event named without a day, then told again in the next sentences by the event word its name ends with, as carried
# out on a day ('쟁의행위 찬반투표를 가결했다. … 지난 5일부터 이틀간 … 투표를 진행한 결과'): that day is the named one's.
@pytest.mark.parametrize("body, name, start", [
    ("가람기계 노조가 임금 협상 결렬에 따라 진행한 쟁의행위 찬반투표를 가결했다. 노조는 지난 5일부터 이틀간 "
     "조합원 1천200명을 대상으로 투표를 진행한 결과 78%가 찬성했다고 10일 밝혔다.", "쟁의행위 찬반투표", "2025-06-05"),
    ("솔마루대 총학생회가 학생회비 인상안 찬반투표를 마쳤다. 총학생회는 지난 9일 재학생을 대상으로 온라인 투표를 "
     "실시한 결과 61%가 찬성했다고 밝혔다.", "학생회비 인상안 찬반투표", "2025-06-09"),
    ("별담아파트가 입주자대표회장 보궐선거를 마무리했다. 관리사무소는 지난 8일 입주민을 대상으로 선거를 실시한 "
     "결과 단솔 씨가 당선됐다고 밝혔다.", "입주자대표회장 보궐선거", "2025-06-08"),
])
def test_an_undated_vote_told_again_by_its_word_on_a_day_takes_that_day(body: str, name: str, start: str) -> None:
    e = named(body, name)
    assert e is not None, found(body)
    assert str(e.start_date) == start


@pytest.mark.parametrize("body", [
    # the retelling gives no day
    "가람기계 노조가 쟁의행위 찬반투표를 가결했다. 노조는 조합원을 대상으로 투표를 진행한 결과 78%가 찬성했다고 밝혔다.",
    # a month names no day of the vote
    "가람기계 노조가 쟁의행위 찬반투표를 가결했다. 지난해 5월 투표를 진행했을 때는 부결됐다.",
    # told again only three sentences on
    "가람기계 노조가 쟁의행위 찬반투표를 가결했다. 회사는 유감을 표했다. 협상은 멈췄다. 노조는 앞서 교섭을 요구했다. "
    "노조는 지난 5일 조합원 투표를 진행했다.",
])
def test_an_undated_vote_not_told_again_on_a_day_is_no_event(body: str) -> None:
    assert not [e for e in found(body) if "찬반투표" in e.name], found(body)


# -- round 49: a past day a sentence told on its own narrative day is measured against ----------------------------------
@pytest.mark.parametrize("body, name, start", [
    # '전날 … 지난달 20일 세운 기록': the sentence is told on the day before the page's; 'this day' is the page's own
    ("가람시에 한파가 이어졌다. 가스공사에 따르면 전날 오후 6시 기준 난방 수요는 지난달 20일 세운 기록을 넘었다. "
     "누리부는 이날 오전 별담청사에서 '동절기 가스수급 점검회의'를 열었다.", "동절기 가스수급 점검회의", "2025-06-11"),
    ("별담군에 폭우가 쏟아졌다. 전날 하루 강수량은 지난 2일 세운 기록을 훌쩍 넘었다. 군은 이날 오후 군청 상황실에서 "
     "'호우 대책회의'를 열었다.", "호우 대책회의", "2025-06-11"),
])
def test_this_day_skips_a_past_day_measured_against_in_a_sentence_told_on_a_narrative_day(
        body: str, name: str, start: str) -> None:
    e = named(body, name)
    assert e is not None, found(body)
    assert str(e.start_date) == start


@pytest.mark.parametrize("body, name, start", [
    # no narrative day word before the past day in its sentence: 'this day' still counts from it
    ("가스공사에 따르면 난방 수요는 지난 2일 역대 최고치를 기록했다. 누리부는 이날 오전 별담청사에서 "
     "'동절기 가스수급 점검회의'를 열었다.", "동절기 가스수급 점검회의", "2025-06-02"),
    # a day still to come after '이날' in its sentence is no comparison: '같은 날' counts from it
    ("가람시는 이날 오는 20일 시민공원에서 '여름 음악제'를 연다고 밝혔다. 같은 날 오후 시청 앞에서는 "
     "'시민 걷기대회'가 열린다.", "시민 걷기대회", "2025-06-20"),
])
def test_this_day_still_counts_from_a_day_no_narrative_day_word_leads(body: str, name: str, start: str) -> None:
    e = named(body, name)
    assert e is not None, found(body)
    assert str(e.start_date) == start
