"""Text accounting: every character of a text lands in exactly one piece of its structure."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dagster_project.textcore.decode import decode_bytes
from dagster_project.textcore.layout.blocks import split_blocks
from dagster_project.textcore.structure import read_structure
from tests.textcore.conftest import SAMPLE_BYTES

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
TEXTS = [SAMPLE_BYTES.decode("utf-8")] + [
    p.read_text(encoding="utf-8")
    for name in ("dev", "own")
    for p in sorted((CORPUS / name / "docs").glob("*.txt"))
]


def _placed(text: str, gazetteer) -> tuple[list[int], list]:
    """How many pieces cover each character, and the structure."""
    structure = read_structure(decode_bytes(text.encode("utf-8"), "t.txt"), gazetteer)
    cover = [0] * len(text)
    for piece in structure.pieces:
        for i in range(piece.start, piece.end):
            cover[i] += 1
    return cover, structure


def _skipped(text: str, gazetteer) -> tuple[set[tuple[str, str]], object]:
    """The lines set apart from the text, with their reason, and the structure."""
    _, structure = _placed(text, gazetteer)
    return {(text[p.start : p.end], p.reason) for p in structure.pieces if p.role == "skipped"}, structure


def _unplaced(text: str, cover: list[int]) -> str:
    return "".join(ch for ch, n in zip(text, cover, strict=True) if n == 0 and not ch.isspace())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_text_cut_anywhere_loses_nothing(data, gazetteer) -> None:
    """Web excerpts stop mid-word; a page stops at (下转第四版). Whatever the cut, every
    character of what is left is placed once, and the paragraphs read in the text's order."""
    text = data.draw(st.sampled_from(TEXTS))
    cut = data.draw(st.integers(min_value=1, max_value=len(text)))
    text = text[:cut]
    if not text.strip():
        return
    cover, structure = _placed(text, gazetteer)
    assert _unplaced(text, cover) == ""
    assert max(cover) <= 1
    assert structure.accounted_share(text) == 1.0


def test_every_text_of_the_corpora_is_placed_whole(gazetteer) -> None:
    for text in TEXTS:
        cover, _ = _placed(text, gazetteer)
        assert _unplaced(text, cover) == "" and max(cover) <= 1


def test_a_clean_text_passes_through_in_its_own_order(gazetteer) -> None:
    """A text whose last line stops mid-sentence is no scrambled page: no block moves."""
    text = "全县经济稳中向好。\n上半年，全县GDP增长6%。\n规上工业增加值增长8%，固定资产投资增长\n"
    _, structure = _placed(text, gazetteer)
    assert [d for d in structure.decisions if d.kind == "move"] == []
    (section,) = structure.sections
    assert "".join(p.text for p in section.paragraphs).endswith("固定资产投资增长")


def test_glosses_and_page_furniture_are_set_apart_with_their_reason(gazetteer) -> None:
    text = "扫一扫在手机上查看当前页面\n全年地區(qū)生產(chǎn)總值(zhí)增長(zhǎng)13.1%。\n"
    skipped, structure = _skipped(text, gazetteer)
    assert ("扫一扫在手机上查看当前页面", "page furniture") in skipped
    assert ("(qū)", "pinyin gloss") in skipped
    (section,) = structure.sections
    assert section.text == "全年地区生产总值增长13.1%。"


def test_a_pages_markup_left_in_a_line_is_set_apart(gazetteer) -> None:
    """…增长8.0%。<a class="mr_1" href="…" target="_blank">相关阅读</a>: the tags, not the words."""
    link = '<a class="mr_1" href="http://x.com/n/1.html" target="_blank">相关阅读</a>'
    text = f"新疆经济运行情况\n新疆实现地区生产总值3819.98亿元。{link}\n"
    skipped, structure = _skipped(text, gazetteer)
    assert ('<a class="mr_1" href="http://x.com/n/1.html" target="_blank">', "markup") in skipped
    assert ("</a>", "markup") in skipped
    assert structure.sections[0].text == "新疆实现地区生产总值3819.98亿元。相关阅读"
    alone = '• <strike id="qc0qw"><menu id="qc0qw"></menu></strike>'  # a line of markup alone
    skipped, _ = _skipped(f"新疆经济运行情况\n{alone}\n全区生产总值增长8%。\n", gazetteer)
    assert (alone, "markup") in skipped


def test_a_pages_time_stamp_is_furniture_and_joins_no_paragraph(gazetteer) -> None:
    text = "市长讲话\n时间:2022-06-29 10:40:26\n2011年，全市生产总值增长17.6%。\n评论 0人参与,0条评论\n"
    skipped, structure = _skipped(text, gazetteer)
    assert ("时间:2022-06-29 10:40:26", "page furniture") in skipped
    assert ("评论 0人参与,0条评论", "page furniture") in skipped
    assert structure.sections[0].text == "2011年,全市生产总值增长17.6%。"
    lines = "市长讲话\n• 2021-08-03 15:07:07 来源:南方日报\n上半年，全市生产总值增长15%。\n"
    bulleted, _ = _skipped(lines, gazetteer)
    assert ("• 2021-08-03 15:07:07 来源:南方日报", "page furniture") in bulleted


def test_a_reposts_original_title_is_furniture(gazetteer) -> None:
    """原标题：增速6.2%！…: the title again, as a repost prints it; no value of its own."""
    text = "增速6.2%！奠定良好开局\n原标题：增速6.2%！奠定良好开局\n一季度，全省地区生产总值同比增长6.2%。\n"
    skipped, structure = _skipped(text, gazetteer)
    assert ("原标题：增速6.2%！奠定良好开局", "page furniture") in skipped
    assert structure.sections[0].text == "一季度,全省地区生产总值同比增长6.2%。"


def test_a_line_that_is_only_an_image_is_set_apart(gazetteer) -> None:
    text = "![图片1.png](/upload/2021/tu1.png)\n2011年，全市生产总值增长17.6%。\n微信截图_2021.jpg\n"
    skipped, structure = _skipped(text, gazetteer)
    assert ("![图片1.png](/upload/2021/tu1.png)", "an image") in skipped
    assert ("微信截图_2021.jpg", "an image") in skipped
    assert structure.sections[0].text == "2011年,全市生产总值增长17.6%。"


def test_a_photo_caption_is_set_apart_and_names_no_place_of_the_text(gazetteer) -> None:
    text = (
        "全省经济运行情况\n1月6日，唐山百川机器人共享制造工厂一角。河北日报记者赵杰摄\n"
        "2025年，全省地区生产总值增长5.6%。\n区委经济工作会召开(张险波 摄)\n"
    )
    skipped, _ = _skipped(text, gazetteer)
    assert ("1月6日，唐山百川机器人共享制造工厂一角。河北日报记者赵杰摄", "a photo caption") in skipped
    assert ("区委经济工作会召开(张险波 摄)", "a photo caption") in skipped


def test_a_day_first_time_stamp_a_source_line_and_an_editor_line_are_furniture(gazetteer) -> None:
    text = (
        "上半年各省GDP增速排名\n13.08.2015 13:19\n本文来源: 南宁新闻网\n"
        "重庆GDP增速11%居首\n上半年，重庆GDP增长11%。\n编辑:覃凤妮\n"
    )
    _, structure = _placed(text, gazetteer)
    skipped = {text[p.start : p.end] for p in structure.pieces if p.role == "skipped"}
    assert {"13.08.2015 13:19", "本文来源: 南宁新闻网", "编辑:覃凤妮"} <= skipped
    assert [d for d in structure.decisions if d.kind == "move"] == []


def test_a_byline_ending_in_its_time_stamp_is_furniture_and_takes_no_tail(gazetteer) -> None:
    """城市迈向新时代 2024-11-05 03:25:52 ends without a full stop, yet is no cut paragraph: a
    paragraph later in the text (2023年，乐清…) is not moved up to go on from it."""
    text = (
        "浙江十大强县排名\n城市迈向新时代 2024-11-05 03:25:52\n浙江现设有2个副省级城市。\n"
        "2023年，乐清实现地区生产总值1663.53亿元，同比增长8.4%。\n"
    )
    _, structure = _placed(text, gazetteer)
    skipped = {text[p.start : p.end] for p in structure.pieces if p.role == "skipped"}
    assert "城市迈向新时代 2024-11-05 03:25:52" in skipped
    assert [d for d in structure.decisions if d.kind == "move"] == []


def test_a_gloss_whose_character_the_encoding_lost_is_set_apart_too(gazetteer) -> None:
    text = "全年地區(qū)生產(chǎn)總值(zhí)增長(zhǎng)13.1%,總量?jī)H次於官渡區。\n"
    _, structure = _placed(text, gazetteer)
    skipped = {text[p.start : p.end] for p in structure.pieces if p.role == "skipped"}
    assert "?jī)" in skipped
    assert "?" not in structure.sections[0].text and "jī" not in structure.sections[0].text


def test_a_gloss_printed_several_times_over_is_one_gloss(gazetteer) -> None:
    text = "全年地區(qu)生產總(zong)(zong)值(zhi)增(zeng)(zeng)(zeng)長13.1%。\n"
    _, structure = _placed(text, gazetteer)
    assert structure.sections[0].text == "全年地区生产总值增长13.1%。"


def test_the_space_a_mirror_puts_after_each_gloss_is_the_gloss_s_but_a_cell_gap_is_kept(gazetteer) -> None:
    spaced = "前三季度,全省農(nong) 林牧漁業(ye) 總產(chan) 值可比增長4%,比上半年加快0.1個(ge) 百分點。\n"
    _, structure = _placed(spaced, gazetteer)
    assert structure.sections[0].text == "前三季度,全省农林牧渔业总产值可比增长4%,比上半年加快0.1个百分点。"
    table = "排名 地區(qū) 地區(qū)生產(chǎn)總值(億元) 增速(%)\n1、長(zhǎng)沙市 11003.41 8.1\n"
    header = split_blocks(decode_bytes(table.encode(), "t.txt"))[0]
    assert header.text.startswith("排名 地区 地区生产总值")


def test_a_text_on_one_line_opening_with_a_dashed_subtitle_is_read_as_a_body(gazetteer) -> None:
    text = (
        "——州人民代表大会开幕式侧记 ● 记者 瑞雪兆丰年。全州地区生产总值从2005年的28.02亿元"
        "增加到2011年的95.2亿元，地方财政一般预算收入增长21.5%，各族代表带着人民的嘱托步入会场。"
    )
    _, structure = _placed(text, gazetteer)
    assert structure.sections and "95.2亿元" in structure.sections[0].text
