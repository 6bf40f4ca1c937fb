"""Decoding: encodings read, non-text rejected with the file named, cut files flagged."""

from __future__ import annotations

import pytest

from dagster_project.textcore.decode import decode_bytes
from dagster_project.textcore.models import RejectedDocument
from dagster_project.textcore.normalize import normalize

TEXT = "上半年，全区ＧＤＰ增长６．５％。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_encodings_are_read(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data, "a.txt")
    assert decoded.text == TEXT and decoded.encoding == encoding
    assert decoded.norm == "上半年,全区GDP增长6.5%。"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t \r\n", "empty"),
        (b"PK\x03\x04rest-of-zip", "ZIP archive"),
        (b"\x1f\x8b\x08\x00gzip", "gzip"),
        (b"abc\x00\x00def\x00", "NUL bytes"),
        (b"\x80\x81\xff\xfe\x80" * 20, "encoding"),
    ],
)
def test_non_text_is_rejected_naming_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(RejectedDocument, match=rf"^bad\.txt: .*{reason}"):
        decode_bytes(data, "bad.txt")


def test_file_cut_inside_a_character_loads_what_it_can() -> None:
    data = "全区GDP增长6.5%，规上工业".encode()[:-1]
    decoded = decode_bytes(data, "cut.txt")
    assert decoded.truncated and decoded.text == "全区GDP增长6.5%，规上工"


def test_line_ends_are_folded_and_normalisation_keeps_length() -> None:
    decoded = decode_bytes("甲\r\n乙\r丙".encode(), "a.txt")
    assert decoded.text == "甲\n乙\n丙"
    for text in ("經濟增長６．５％，規上工業", "乾隆年間的發展"):
        assert len(normalize(text)) == len(text)
    assert normalize("經濟增長６．５％") == "经济增长6.5%"


def test_kangxi_radicals_read_as_the_characters_they_stand_for() -> None:
    from dagster_project.textcore.normalize import normalize

    copied = "规上⼯业增加值⾼于全市⼀倍"  # radicals U+2F2F, U+2FBC, U+2F00 from a PDF
    assert normalize(copied) == "规上工业增加值高于全市一倍"
    assert len(normalize(copied)) == len(copied)


def test_an_ascii_full_stop_after_a_chinese_word_ends_its_sentence() -> None:
    """提出意见.全口径 and 决定批准这个报告. at a line's end: a full stop; 6.5 and 1.2.% stay."""
    assert normalize("提出意见.全口径财政收入59.57亿元") == "提出意见。全口径财政收入59.57亿元"
    assert normalize("决定批准这个报告.\n一、") == "决定批准这个报告。\n一、"
    assert normalize("增长1.2.%,GDP.") == "增长1.2.%,GDP."


def test_a_full_stop_between_digits_before_a_magnitude_is_a_decimal_point() -> None:
    """42370。4亿元, 9。5% on a page that set every decimal point as 。; 完成120。2023年 stays."""
    assert normalize("实现地区生产总值达42370。4亿元") == "实现地区生产总值达42370.4亿元"
    assert normalize("项目完成120个。2023年,全区") == "项目完成120个。2023年,全区"
    assert normalize("增长3。8万元以上") == "增长3.8万元以上"
    assert normalize("地区生产总值增长9。5%") == "地区生产总值增长9.5%"
    assert normalize("全縣GDP38。02億元") == "全县GDP38.02亿元"  # in traditional script too


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("二〇一二年八月十三日", "2012年八月十三日"),  # a year digit by digit, in Chinese numerals
        ("二00七年，全县", "2007年,全县"),  # with ASCII zeros
        ("二零一九年第三季", "2019年三季度"),  # and a quarter without 度
        ("十二五期间，第三季节", "十二五期间,第三季节"),  # no year, no quarter
        ("超过九百○四亿元", "超过九百〇四亿元"),  # a circle for a numeral's zero
        ("○四年，○表示", "○四年,○表示"),  # a circle elsewhere stays
    ],
)
def test_a_year_in_chinese_numerals_and_a_quarter_without_du_are_read(text: str, read: str) -> None:
    assert normalize(text) == read
