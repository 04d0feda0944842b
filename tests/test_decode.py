import codecs

import pytest

from builder.decode import DecodeError, decode, declared_charset

KOREAN = "백준호 퓨리오사AI 대표는 \"협력이 필요하다\"고 말했다. 똠방각하 펲시"  # 똠/펲 exist only in CP949, not EUC-KR


def page(charset: str, text: str = KOREAN) -> str:
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body><p>{text}</p></body></html>'


def test_euc_kr_declared_page_with_cp949_only_syllables_decodes_to_hangul():
    data = page("euc-kr").encode("cp949")
    text, enc = decode(data)
    assert KOREAN in text
    assert enc == "cp949"


def test_meta_charset_attribute_is_read():
    assert declared_charset(b'<meta charset="EUC-KR">') == "cp949"
    assert declared_charset(b"<meta charset=utf-8>") == "utf-8"


def test_page_declaring_euc_kr_but_holding_utf8_comes_out_right():
    text, enc = decode(page("euc-kr").encode("utf-8"))
    assert KOREAN in text and enc == "utf-8"


def test_page_declaring_utf8_but_holding_cp949_is_detected():
    text, _ = decode(page("utf-8").encode("cp949"))
    assert "퓨리오사AI 대표는" in text


def test_http_charset_wins_over_detection_for_legacy_bytes():
    data = "<p>Größe und Maß</p>".encode("cp1252")
    text, enc = decode(data, http_charset="iso-8859-1")
    assert "Größe und Maß" in text and enc == "cp1252"


@pytest.mark.parametrize("bom,enc", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")])
def test_bom_decides(bom, enc):
    text, _ = decode(bom + KOREAN.encode(enc))
    assert text.lstrip("\ufeff") == KOREAN


def test_binary_is_refused():
    with pytest.raises(DecodeError) as e:
        decode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert e.value.reason == "binary"


@pytest.mark.parametrize("codec", ["iso2022_kr", "iso2022_jp"])
def test_iso_2022_text_is_read_by_its_escape_sequences_not_taken_for_binary(codec):
    """ISO-2022 is 7-bit: shift bytes and escapes that a byte count alone would call binary (RFC 1557 for Korean)."""
    hangul = "<html><head><meta charset='iso-2022-kr'></head><body><p>솔내시는 다음 달 도서관을 연다.</p></body></html>"
    kana = "<html><body><p>ソルネ市は来月図書館を開く。</p></body></html>"
    page = hangul if codec == "iso2022_kr" else kana
    text, encoding = decode(page.encode(codec))
    assert (text, encoding) == (page, codec)


def test_ascii_page_with_a_stray_escape_byte_is_still_plain_text():
    text, encoding = decode(b"<html><body><p>Sol-nae opens a library\x1b next month.</p></body></html>")
    assert encoding == "ascii" and "library" in text


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1", "latin1"])
def test_a_western_charset_declared_over_cp949_bytes_is_read_as_korean(charset):
    text, enc = decode(page(charset).encode("cp949"))
    assert KOREAN in text and enc == "cp949"


@pytest.mark.parametrize("western", ["Café crème brûlée à Paris, déjà vu.", "Straße über München — Grüße"])
def test_western_text_under_its_own_charset_stays_western(western):
    text, _ = decode(page("windows-1252", western).encode("cp1252"))
    assert western in text


def test_decomposed_hangul_of_a_macos_copy_is_composed(tmp_path):
    import unicodedata

    from builder.document import process
    from builder.inputs import Source, discover

    headline = "모아시 구도심 골목길 가로등 400개 교체"
    text = "\n".join([headline, "입력 2026.11.03 09:30", "", "시는 다음 달부터 구도심 골목길 가로등 400개를 발광다이오드 "
                      "등으로 바꾸고 밤길 안전 순찰을 늘리기로 했다고 밝혔다. 시 관계자는 주민 요청이 많았던 구간부터 "
                      "공사를 시작한다고 설명했다.", "", "나래온 기자"])
    name = unicodedata.normalize("NFD", "모아_가로등_20261103.txt")
    (tmp_path / name).write_bytes(unicodedata.normalize("NFD", text).encode("utf-8"))
    row = [process(s) for s in discover(tmp_path) if isinstance(s, Source)][0].article[0]
    assert row["title"] == headline and row["authors"] == ["나래온"] and "\u1100" not in row["body"]
    assert row["source_path"] == name  # the file's own name, as it is on disk


# -- mojibake: Hangul read once in a Western charset and saved again ----------------------------------------------
from builder.decode import repair_mojibake  # noqa: E402

MIS_READ = "너울시 갈마천 둑 보강 공사 · 봉수원 기자 © 별솔일보"


def _as_cp1252(data: bytes) -> str:
    """Bytes read as a browser reads CP1252: the five bytes it leaves undefined become Latin-1's C1 controls."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


@pytest.mark.parametrize("garbled", [
    _as_cp1252(MIS_READ.encode("utf-8")),  # UTF-8 read as CP1252
    MIS_READ.encode("utf-8").decode("latin-1"),  # UTF-8 read as Latin-1 (C1 controls kept)
    _as_cp1252(_as_cp1252(MIS_READ.encode("utf-8")).encode("utf-8")),  # mis-read twice over
])
def test_utf8_mis_read_as_western_is_read_back(garbled):
    assert repair_mojibake(garbled) == MIS_READ


def test_cp949_mis_read_as_latin1_is_read_back():
    korean = "너울시 갈마천 둑 보강 공사 연말까지 마친다"
    assert repair_mojibake(korean.encode("cp949").decode("latin-1")) == korean


@pytest.mark.parametrize("text", [
    "Café crème, Ångström and Øresund · © 2026",  # Western text with its own accents and signs
    "너울시 카페 'Café Ölçü' 개업 · 봉수원 기자",  # Korean with one foreign name in it
    "ÇÑ 한 쌍만 있는 글",  # one odd pair is no page mis-read
    # typographic marks side by side in a Korean text: CP1252 bytes a CP949 extension would read as syllables
    "‘새 출발’… 너울시 ‘둑 보강’… 갈마천 ‘정비’… 끝\u00a0“완료”\u00a0했다",
    "He said\u00a0“yes”\u00a0and\u00a0“no”\u00a0twice — “maybe”\u00a0too",
])
def test_text_that_is_not_mojibake_is_left_as_it_is(text):
    assert repair_mojibake(text) == text
