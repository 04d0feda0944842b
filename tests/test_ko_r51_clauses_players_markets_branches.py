"""Round 51 (h51k): a name after a relative clause or opening a sentence before a body and a post (the body ending
like a post: '…연구원'), a foreign player's name in Hangul after '외국인 선수' / '용병' / '외인', a market's reach
before '시장' (no mayor), and a union's branch named by its kind's word before a member's title. Every sentence and
name is invented; negatives beside each positive."""

from builder.rules import Context
from builder.rules.ko import affiliation, person

SAID = ' "흐름이 바뀔 것"이라고 말했다.'


def rows(body: str) -> dict[str, tuple[str | None, str | None]]:
    found, mentions = person.find(body, Context(None, title=None))
    affiliation.resolve(found, mentions, body, Context(None, title=None))
    return {p.name: (p.title, p.organization) for p in found}


# -- a name after a relative clause, or opening its sentence, before a body and a post ----------------------------

def test_name_after_relative_clause_before_body_and_post():
    got = rows("투자를 이끈 옹채람 다솜벤처스 상무는" + SAID)
    assert got.get("옹채람") == ("상무", "다솜벤처스")


def test_name_after_other_relative_clauses():
    got = rows("회의에 참석한 탁하련 누리정책원 수석위원도" + SAID)
    assert got.get("탁하련") == ("수석위원", "누리정책원")


def test_name_ending_like_a_federation_before_an_institute_and_post():
    got = rows("전문가들은 신중하다. 표예담 가온안보연구원 책임연구위원은" + SAID)
    assert got.get("표예담") == ("책임연구위원", "가온안보연구원")


def test_relative_clause_before_a_common_noun_names_nobody():
    got = rows("투자를 이끈 벤처캐피털 업계 관계자는" + SAID)
    assert not any(name.startswith("벤처") for name in got)


def test_institute_word_alone_after_a_name_stays_a_title():
    got = rows("가온연구소 구하준 연구원은" + SAID)
    assert got.get("구하준", (None, None))[0] == "연구원"


# -- a foreign player written in Hangul ---------------------------------------------------------------------------

def test_foreign_player_after_origin_and_role():
    got = rows("외국인 선수 바츨라프 브로니크도 21점을 보탰다.")
    assert "바츨라프 브로니크" in got and "바츨라프" not in got and "브로니크" not in got


def test_foreign_player_with_possessive_and_loanword_last_word():
    got = rows("외국인 선수 다리우스 코트의 27점 활약을 앞세워 이겼다.")
    assert "다리우스 코트" in got


def test_foreign_player_after_mercenary_word_and_position():
    assert "마르타 벨루치" in rows("용병 마르타 벨루치가 블로킹 5개를 잡았다.")
    got = rows("외인 세터 마르타 벨루치는 경기 운영을 맡았다.")
    assert got.get("마르타 벨루치", (None, None))[0] == "세터"


def test_foreign_player_phrases_without_a_name():
    for body in ("외국인 선수 두 명이 합류했다.", "외국인 선수 영입이 늦어졌다.", "외국인 선수 교체 시기를 미뤘다.",
                 "외국인 선수 리바운드 1위를 지켰다.", "외국인 선수 보유 한도를 늘렸다.", "외국인 관광객 수가 늘었다."):
        assert rows(body) == {}, body


# -- a market's reach before '시장' ---------------------------------------------------------------------------------

def test_market_after_its_reach_is_no_mayor():
    for body in ("가람소재는 글로벌 전구체 시장에서 점유율을 높였다.", "국내 전해액 시장은 작년보다 커졌다.",
                 "세계 분리막 시장이 둔화했다."):
        got = rows(body)
        assert not any(title == "시장" for title, _ in got.values()), (body, got)


def test_mayor_without_a_reach_word_stays():
    got = rows("구하준 가람시장은 오늘 회견을 열었다.")
    assert got.get("구하준", (None, None))[0] is not None


# -- a union's branch by its kind's word before a member's title --------------------------------------------------

def test_branch_word_before_member_title_is_the_branch_named_before():
    got = rows("전국금속노동조합 가람조선지부는 임금 협상을 타결했다. 반응은 갈렸다. 지부 조합원 구하준(44)씨는" + SAID)
    assert got.get("구하준") == ("조합원", "가람조선지부")


def test_member_with_no_body_word_keeps_none():
    got = rows("가람조선지부는 임금 협상을 타결했다. 조합원 구하준(44)씨는" + SAID)
    assert got.get("구하준") == ("조합원", None)


def test_branch_word_with_two_branches_named_keeps_none():
    got = rows("가람조선지부와 솔매기계지부가 함께 집회를 열었다. 지부 조합원 구하준(44)씨는" + SAID)
    assert got.get("구하준", (None, None))[1] is None
