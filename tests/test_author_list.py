"""Every entry of the authors list a name (builder/extract/authors.py); invented names only."""

from builder.extract.authors import tidy_authors, tidy_name
from builder.rules.ko.article import credit_line


def test_date_word_cut_off_a_name_and_dropped_alone():
    assert tidy_authors(["Ada Quill Tuesday", "October"]) == ["Ada Quill"]


def test_given_name_months_are_left_in_names():
    assert tidy_authors(["Orla May", "Bede August"]) == ["Orla May", "Bede August"]


def test_agency_cut_off_a_name_but_kept_alone():
    assert tidy_authors(["ODA PELL Associated Press", "Reuters"]) == ["ODA PELL", "Reuters"]
    assert tidy_authors(["Deutsche Presse-Agentur"]) == ["Deutsche Presse-Agentur"]


def test_author_label_cut():
    assert tidy_name("Autorin Jola Brenn") == "Jola Brenn"
    assert tidy_name("Author: Tam Rusk") == "Tam Rusk"
    assert tidy_name("Autumn Ward") == "Autumn Ward"


def test_site_address_and_handle_are_no_name():
    assert tidy_authors(["Nell Orrin", "Brackenford com"]) == ["Nell Orrin"]
    assert tidy_authors(["마루빛", "Marubit Kr"]) == ["마루빛"]


def test_same_name_with_middle_initial_said_once():
    assert tidy_authors(["Pim Sorrel", "Pim Q Sorrel"]) == ["Pim Sorrel"]
    assert tidy_authors(["Pim Sorrel", "Pim Sarrow"]) == ["Pim Sorrel", "Pim Sarrow"]


def test_korean_link_and_tagline_are_no_name():
    assert tidy_authors(["가온솔 기자의 다른 기사 보기", "가온솔"]) == ["가온솔"]
    assert tidy_authors(["나비결", "바다를 걷고 바람을 적습니다"]) == ["나비결"]
    assert tidy_authors(["다올빛", "단정하게 · Daol Kr"]) == ["다올빛"]


def test_korean_names_and_foreign_names_in_hangul_stay():
    assert tidy_authors(["라온결", "미르솔"]) == ["라온결", "미르솔"]
    assert tidy_authors(["루시아 벨모어", "하람새"]) == ["루시아 벨모어", "하람새"]


def test_lone_latin_handle_beside_hangul_names_dropped_but_agency_kept():
    assert tidy_authors(["Pebbles", "보람길"]) == ["보람길"]
    assert tidy_authors(["보람길", "AFP"]) == ["보람길", "AFP"]
    assert tidy_authors(["Srq", "Lomb"]) == ["Srq", "Lomb"]


def test_two_reporters_on_one_byline_are_both_writers():
    found = credit_line("온누리·가람솔 기자")
    assert found and found.writers == ("온누리", "가람솔")


def _authors_of_text_page(text: str) -> list[str]:
    import hashlib

    from builder.document import process_bytes
    from builder.inputs import Source

    data = text.encode("utf-8")
    res = process_bytes(Source(path="page.txt", record=0, kind="text"), data, hashlib.sha256(data).hexdigest())
    return res.article[0]["authors"]


_PAGE = """모아시보

소금길 시장 새벽 장터 다음 달 다시 연다
상인회 공동 운영…주차장 개방도 검토

{byline}
입력 2026.03.02 10:00

소금길 시장 새벽 장터가 다음 달 첫 주말부터 다시 문을 연다. 상인회는 장터를 공동으로 운영하고 인근 공영주차장을 새벽 시간에 개방하는 방안을 구청과 협의하고 있다고 밝혔다.

상인회 관계자는 지난해보다 참여 점포가 늘어 품목도 다양해질 것이라며 방문객이 편하게 찾을 수 있도록 안내판을 새로 세우겠다고 말했다. 구청은 교통 혼잡을 줄이기 위해 임시 셔틀버스 운행도 함께 검토하기로 했다.
"""


def test_two_reporters_on_a_text_page_byline_are_both_authors():
    assert _authors_of_text_page(_PAGE.format(byline="온누리·가람솔 기자")) == ["온누리", "가람솔"]
    assert _authors_of_text_page(_PAGE.format(byline="온누리 기자 · 사진 가람솔 기자")) == ["온누리"]


def test_parts_of_an_entry_are_kept_together_and_an_only_entry_stays():
    assert tidy_authors(["로아 벨린 식물학자 · 번역 하늬솔"]) == ["로아 벨린 식물학자 · 번역 하늬솔"]
    assert tidy_authors(["한결빛 교수 · 이 글은 필자의 의견을 담았습니다"]) == ["한결빛 교수"]
    assert tidy_authors(["새롬 골목 가게의 하루를 기록합니다"]) == ["새롬 골목 가게의 하루를 기록합니다"]


def test_agency_joined_to_another_credit_is_not_cut():
    assert tidy_authors(["La Gazette Brune et AFP"]) == ["La Gazette Brune et AFP"]
    assert tidy_authors(["Luis de Morla Reuters"]) == ["Luis de Morla"]


def test_a_credit_line_of_roles_keeps_its_writer_only():
    assert _authors_of_text_page(_PAGE.format(byline="글 온누리 · 에디터 가람솔")) == ["온누리"]
    assert _authors_of_text_page(_PAGE.format(byline="온누리 기자 / 가람솔 기자")) == ["온누리", "가람솔"]
