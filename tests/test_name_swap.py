"""The name-swap benchmark's renaming (benchmarks/name_swap.py): particles still agree, a shared surname stays
shared, short mentions follow the full name, the gold is renamed like the page, and an EUC-KR page is written
back in EUC-KR. Pages and names invented for the test."""

import gzip
import random
import sys
from collections import Counter

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import name_swap as ns  # noqa: E402

TITLES = {"대표", "의원", "장관", "감독", "이장", "씨"}
PEOPLE = ["여민철", "여소율", "남궁해진", "도하", "변슬기", "탁영수"]
PAGE = ("여민철 누리전자 대표는 12일 기자간담회에서 신제품을 소개했다. 여 대표는 \"올해 안에 내놓겠다\"고 말했다. "
        "같은 자리에 나온 여소율 상무와 남궁해진 의원도 발언했다. 남궁 의원은 웃었다. 여 전 대표의 딸 도하 씨, "
        "마을 이장 변슬기(61)씨와 탁영수 감독도 함께했다. 탁 감독은 \"기쁘다\"고 했다. 슬기 씨가 답했고 변씨가 웃었다. "
        "이 자리에서 영수가 말했다.")


@pytest.mark.parametrize("seed", range(8))
def test_the_last_syllable_keeps_its_final_consonant_class_and_the_length(seed):
    r = ns.make_renaming(PEOPLE, random.Random(seed))
    for old, new in r.full.items():
        assert len(new) == len(old) and new != old
        assert ns.final_class(new[-1]) == ns.final_class(old[-1])
        assert ns.euc_kr(new)


@pytest.mark.parametrize("seed", range(8))
def test_a_shared_surname_stays_shared_and_a_compound_one_stays_compound(seed):
    r = ns.make_renaming(PEOPLE, random.Random(seed))
    assert r.full["여민철"][0] == r.full["여소율"][0] == r.surnames["여"]
    assert r.full["남궁해진"][:2] in ns.COMPOUND_SURNAMES and r.full["남궁해진"][:2] != "남궁"
    others = {r.surnames[s] for s in ("여", "도", "변", "탁")}
    assert len(others) == 4 and "남궁" not in others  # two surnames never merge into one


def test_foreign_and_stage_names_are_left_alone():
    assert ns.split_name("케빈스") is None and ns.split_name("하워드") is None
    assert ns.split_name("남궁해진") == ("남궁", "해진") and ns.split_name("도하") == ("도", "하")
    assert ns.make_renaming(["크리스틴", "브래드"], random.Random(1)).full == {}


def test_full_names_short_mentions_and_given_names_are_rewritten():
    r = ns.make_renaming(PEOPLE, random.Random(4))
    counts = Counter()
    new = ns.rewrite(PAGE, r, TITLES, counts)
    for old in PEOPLE:
        assert old not in new and r.full[old] in new
    assert f'{r.surnames["여"]} 대표는' in new and f'{r.surnames["여"]} 전 대표의' in new
    assert f'{r.surnames["남궁"]} 의원은' in new and f'{r.surnames["탁"]} 감독은' in new
    assert f'{r.surnames["변"]}씨가' in new and f'{r.given["슬기"]} 씨가' in new
    assert "영수가 말했다" in new  # a given name alone with no honorific nor familiar 이 is left as it is
    assert "이 자리에서" in new  # a determiner before no title is no surname
    assert counts["full"] == 6 and counts["short"] == 5 and counts["given"] == 1


def test_a_short_mention_by_a_word_of_address_is_rewritten():
    r = ns.make_renaming(["여민철"], random.Random(6))
    new = ns.rewrite("무료급식소의 여민철(88) 할머니는 웃었다. 여 할머니는 \"괜찮다\"고 했다.", r, ns.title_words())
    assert f'{r.surnames["여"]} 할머니는' in new and "여 " not in new


def test_a_surname_before_a_word_that_is_no_title_is_not_rewritten():
    r = ns.make_renaming(["여민철"], random.Random(2))
    text = "여민철 대표가 떠난 뒤 여 대표는 돌아왔다. 여 사정은 복잡했다. 여당은 말이 없었다."
    new = ns.rewrite(text, r, TITLES)
    assert "여 사정은" in new and "여당은" in new and f'{r.surnames["여"]} 대표는' in new


def test_the_gold_is_renamed_like_the_page_but_its_source_and_note_are_not():
    gold = {"source": "p.txt", "note": "여민철 and 여 대표",
            "persons": [{"name": "여민철", "title": "대표", "organization": "누리전자"}],
            "quotes": [{"speaker": "여민철", "text": "탁영수 감독을 믿는다"}],
            "must_not": {"person_names": ["여 대표", "누리전자"]}}
    r = ns.make_renaming(ns.gold_names(gold) + ["탁영수"], random.Random(7))
    new = ns.rewrite_gold(gold, r, TITLES)
    assert new["note"] == gold["note"] and new["source"] == "p.txt"
    assert new["persons"][0]["name"] == new["quotes"][0]["speaker"] == r.full["여민철"]
    assert new["quotes"][0]["text"] == f'{r.full["탁영수"]} 감독을 믿는다'
    assert new["must_not"]["person_names"] == [f'{r.surnames["여"]} 대표', "누리전자"]


@pytest.mark.parametrize("seed", range(4))
def test_an_euc_kr_page_is_written_back_in_euc_kr(seed):
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
            f"<title>누리전자 신제품</title></head><body><p>{PAGE}</p></body></html>")
    data = html.encode("euc-kr")
    r = ns.make_renaming(PEOPLE, random.Random(seed))
    out = ns.rename_bytes(data, "page.html", r, TITLES)
    with pytest.raises(UnicodeDecodeError):
        out.decode("utf-8")
    text = out.decode("euc-kr")
    assert r.full["남궁해진"] in text and "남궁해진" not in text
    assert text == ns.rewrite(html, r, TITLES)


def test_a_gzipped_page_stays_gzipped():
    r = ns.make_renaming(PEOPLE, random.Random(1))
    data = gzip.compress(f"<html><meta charset=utf-8><p>{PAGE}</p></html>".encode())
    out = gzip.decompress(ns.rename_bytes(data, "page.html.gz", r, TITLES)).decode("utf-8")
    assert r.full["여민철"] in out and "여민철" not in out


def test_a_name_found_on_a_renamed_copy_is_spelled_back():
    r = ns.make_renaming(["여민철"], random.Random(3))
    assert ns.unrename(r.full["여민철"], r) == "여민철"
    assert ns.unrename(r.surnames["여"] + " 대표", r) == "여 대표"


def test_a_short_mention_with_a_title_in_latin_letters_is_rewritten():
    r = ns.make_renaming(["여민철"], random.Random(5))
    new = ns.rewrite("여민철 누리랩 CTO가 설명했다. 여 CTO는 \"곧 낸다\"고 했다. 여 PD도 왔다. 여 ABCDEFG", r, TITLES)
    assert f'{r.surnames["여"]} CTO는' in new and f'{r.surnames["여"]} PD도' in new and "여 ABCDEFG" in new


def test_a_body_that_speaks_is_no_person_to_rename():
    gold = {"persons": [{"name": "여민철"}], "quotes": [{"speaker": "기상청", "text": "비가 온다"},
                                                     {"speaker": "여민철", "text": "맑다"}]}
    assert ns.gold_names(gold) == ["여민철", "여민철"]
    assert ns.gold_names({"quotes": [{"speaker": "기상청", "text": "비"}, {"speaker": "도하", "text": "눈"}]}) == ["도하"]
