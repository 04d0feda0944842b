"""A filed copy saved as Rich Text (`.rtf`): its text read through the code page and Unicode escapes, its
bold headline, and the filing row a newsroom system heads it with. Every copy here is written for the test;
outlets and people are invented."""

from __future__ import annotations

from builder.document import process_bytes
from builder.extract.rtf import looks_like_rtf, read_rtf
from builder.inputs import Source, kind_of, sniff_kind
from builder.rules.ko.article import dateline_row, is_end_marker


def _cp949(text: str) -> str:
    """Text as RTF writes it under \\ansicpg949: ASCII as is, each other byte as \\'hh."""
    return "".join(ch if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in ch.encode("cp949")) for ch in text)


def _unicode(text: str) -> str:
    """Text as RTF writes it with \\uN? escapes (a signed 16-bit number, one '?' fallback each)."""
    return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" for ch in text)


HEAD = "[물결일보 송고] 사회부 | 2025-06-03 14:20 | 분량 원고지 5매"
HEADLINE = "강변 산책로 야간 조명 두 배로…주민 안전 걱정 던다"
BYLINE = "물결일보 도해온 기자 haesol@mulgyeol.example"
PARAS = ["구청은 강변 산책로 4㎞ 구간의 가로등을 이달 말까지 두 배로 늘린다고 3일 밝혔다. 새 가로등은 밝기를 "
         "스스로 조절하는 제품으로, 밤 10시 이후에도 절반 밝기를 유지한다.",
         "산책로는 하루 평균 3천여명이 찾지만 야간에는 어두워 넘어지는 사고가 잦았다. 구청은 폐쇄회로 카메라 12대도 "
         "함께 달아 경찰과 영상을 나눠 보기로 했다.",
         "구청 관계자는 \"주민 설문에서 가장 많이 나온 요청이 조명이었다\"며 \"공사 기간에도 산책로는 열어 둔다\"고 말했다."]
NOTE = "※ 이 파일은 물결일보 편집 시스템에서 내보낸 송고본입니다. 외부 배포 금지."


def _copy(escape) -> bytes:
    body = "".join(f"\\pard\\sa200\\fs22 {escape(p)}\\par\n" for p in [BYLINE, *PARAS, NOTE])
    return ("{\\rtf1\\ansi\\ansicpg949\\deff0{\\fonttbl{\\f0\\fnil\\fcharset129 " + escape("굴림") + ";}}\n"
            "{\\*\\generator Riched20 10.0}\\viewkind4\\uc1\n"
            f"\\pard\\f0\\fs18 {escape(HEAD)}\\par\n"
            f"\\pard\\sa200\\b\\fs32 {escape(HEADLINE)}\\b0\\par\n" + body + "}").encode("ascii")


def test_rtf_text_through_the_code_page_and_unicode_escapes():
    for escape in (_cp949, _unicode):
        found = read_rtf(_copy(escape))
        assert found.heading == HEADLINE
        assert found.paragraphs[:3] == [HEAD, HEADLINE, BYLINE]
        assert "fonttbl" not in found.text and "굴림" not in found.text and "Riched20" not in found.text
        assert "\\" not in found.text


def test_rtf_bold_run_inside_a_paragraph_is_no_headline():
    data = b"{\\rtf1\\ansi\\ansicpg949 \\pard " + _cp949("구청은 ").encode() + b"{\\b " + _cp949("오늘").encode() \
        + b"} " + _cp949("밝혔다.").encode() + b"\\par}"
    found = read_rtf(data)
    assert found.heading is None and found.paragraphs == ["구청은 오늘 밝혔다."]


def test_rtf_files_are_read_not_quarantined(tmp_path):
    assert kind_of("desk/copy_0603.RTF") == "rtf"
    assert looks_like_rtf(b"\xef\xbb\xbf{\\rtf1\\ansi") and not looks_like_rtf(b"<html><body>{\\rtf1")
    unnamed = tmp_path / "copy"
    unnamed.write_bytes(_copy(_cp949))
    assert sniff_kind(unnamed) == "rtf"
    data = _copy(_cp949)
    res = process_bytes(Source("copy.rtf", 0, "rtf"), data, "0" * 64)
    assert not res.quarantine
    row = res.article[0]
    assert row["title"] == HEADLINE and row["authors"] == ["도해온"] and row["author_emails"] == ["haesol@mulgyeol.example"]
    assert row["outlet"] == "물결일보" and row["published_at"].startswith("2025-06-03T14:20")
    assert "송고" not in row["body"] and "원고지" not in row["body"] and "배포 금지" not in row["body"]
    assert row["body"].startswith("구청은 강변 산책로")


def test_filing_row_of_a_filed_copy():
    assert dateline_row(HEAD) == ("물결일보", "2025-06-03T14:20:00+09:00", None)
    assert dateline_row("[물결일보 출고] 2025.06.03 09:00 | 1,800자")[:2] == ("물결일보", "2025-06-03T09:00:00+09:00")
    # near misses: a headline with a bar and a date is no row; a length that is a sentence is no field
    assert dateline_row("[속보] 강변 산책로 조명 두 배로 | 2025-06-03") is None
    assert dateline_row("물결일보 | 2025-06-03 | 원고지 5매를 넘긴 기사는 줄여 주세요") is None


def test_distribution_note_ends_the_text():
    assert is_end_marker(NOTE)
    assert is_end_marker("대외비 자료, 외부 유출 금지")
    assert not is_end_marker("구청은 자료의 외부 배포 금지 방침을 두고 의원들과 논쟁을 벌였다고 밝혔다.")
