"""The page's blocks: its lines with their offsets, and how a block ends and opens.

A block is a non-empty line of the text. Inside a line, pieces that are no part of the text
read are set apart with their reason, so every character stays accounted for: a pinyin gloss
after a character (經(jīng)濟) in texts that gloss their characters. Whole lines of page
furniture (版次, 扫一扫, an address) are blocks of their own kind, kept out of the reading.
"""

from __future__ import annotations

import re

from dagster_project.textcore.models import Block, DecodedText

TERMINAL = set("。！？；…!?;")


CLOSERS = set("”’」』）)")


ENUM = re.compile(
    r"^\s*(?:([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）|(\d{1,2})[、.．](?!\d))"
)


CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


# A pinyin gloss after a character, as some mirrors print traditional texts: 經(jīng)濟; also
# with its character lost to the encoding (經濟總量?jī)H落後): a ``?`` where the bracket opens;
# and printed several times over (總(zong)(zong)): one gloss.
_PINYIN = r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,7}"
GLOSS = re.compile(rf"(?:(?<=[\u4e00-\u9fff])\(|\?){_PINYIN}\)(?:\({_PINYIN}\))*")
# a mirror that puts a space after each gloss (農(nong) 林牧漁業(ye) 總產(chan) 值): the space is the
# gloss's where most of the text's glosses have one; elsewhere it parts cells (地區(qū) 地區(qū)生產(chǎn))
# <a class="mr_1" href="…" target="_blank">, </a>: a web page's markup left in the text
HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]{0,300})?/?>")
MARKUP_LINE = re.compile(rf"(?:[\s•·]*(?:{HTML_TAG.pattern}))+\s*")
SPACED_GLOSS = re.compile(GLOSS.pattern + r"(?: (?=[\u4e00-\u9fff]))?")
SUBHEADING_MAX = 30
NUMBERED_HEADING_MAX = 10
PAUSES = re.compile(r"[，,、；;：:。]")
GLOSSED_TEXT = 3  # glosses a text must show before they are read as glosses
# 您现在的位置：首页 > 宁波 > 新闻: where the page sits on its site (the section may name a place)
# a byline ending in its time stamp (城市迈向新时代 2024-11-05 03:25:52, 北京通州发布 2023-07-25 19:39)
BYLINE = re.compile(
    r"(?P<byline>[^，,。；;]{1,24})\s\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$"
)
BREADCRUMB = re.compile(r"您?(?:现在|当前)?(?:的|所在)?位置\s*[:：]|.{0,12}首页\s*[>＞»›]")
# Lines that are page furniture, not text: 版次, PDF版, 扫一扫, an address, a time stamp, an
# excerpt's note, a breadcrumb.
FURNITURE = re.compile(
    r"^[•·●■◆▪]?\s*(?:搜\s*索$|版次[:：]|第\s*[A-Z]?\d+\s*版\s*[:：]|.{0,20}PDF版|扫一扫|分享到[:：]?|打印(?:本页)?$|关闭(?:窗口)?$|"
    r"(?:责任)?编辑[:：]|原标题[:：]|【字号|字号[:：]?\s*[大中小]|上一篇[:：]|下一篇[:：]|返回顶部$|浏览次数[:：]|点击数[:：]|"
    r"[\d\-:\s年月日]*(?:本文|文章)?(?:来源|发布时间|发布日期|时间|日期|更新时间)[:：]|.*https?://|.*www\.|"
    r"\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\s*\d{1,2}:\d{2}|"  # 2022-06-29 10:40:26: a page's time stamp
    r"\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*\d{1,2}:\d{2}|"  # 13.08.2015 13:19, day first
    r"评论|.{0,6}\d+\s*人参与|还没有评论|最[热新]评论|.{0,4}\d+\s*条评论|"  # 评论 0人参与,0条评论
    r"[…\.]*[(（]?(?:开头部分)?已省略\d+字[)）]?$|仅展示\d+字|"
    + BREADCRUMB.pattern
    + "|"
    + BYLINE.pattern
    + ")"
)
FURNITURE_MAX = 60
# -⏎2024年上半年经济表现突出, …GDP总值⏎▼⏎55.59亿元: the mark of the item after it
LONE_MARK = re.compile(r"\s*[-–—•·●○■□◆◇▪*▼▲▶►↓]\s*")
# A line that is only an image: ![名.png](/upload/…png), 微信截图_2021….png, 傅立文.jpg
IMAGE = re.compile(
    r"\s*(?:!\[(?:[^\[\]]|\[[^\]]*\])*\]\([^)\s]*\)\s*\|?|\S*\.(?:jpe?g|png|gif|bmp|webp))\s*",
    re.IGNORECASE,
)


# 唐山…工厂一角。河北日报记者赵杰摄, 区委经济工作会召开(张险波 摄): a photo's caption and credit
CAPTION = re.compile(
    r"(?:记者|通讯员|[(（]|\s)\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*\s*摄\s*[)）]?\s*$"
)
CAPTION_MAX = 100


def furniture(text: str) -> str | None:
    """Why a whole line is page furniture rather than text, or None."""
    if len(text) <= FURNITURE_MAX and FURNITURE.match(text):
        return "page furniture"
    if IMAGE.fullmatch(text):
        return "an image"
    if MARKUP_LINE.fullmatch(text):
        return "markup"
    if LONE_MARK.fullmatch(text):
        return "a list mark on a line of its own"
    if len(text) <= CAPTION_MAX and CAPTION.search(text):
        return "a photo caption"
    return None


def split_blocks(decoded: DecodedText) -> list[Block]:
    """Non-empty lines of the text, with their offsets (the page's paragraphs and cut pieces);
    in a text that glosses its characters, the glosses are set apart from what is read."""
    glosses = GLOSS.findall(decoded.norm, 0, 20_000)
    glossed = len(glosses) >= GLOSSED_TEXT
    spaced = sum(g.endswith(" ") for g in SPACED_GLOSS.findall(decoded.norm, 0, 20_000))
    gloss = SPACED_GLOSS if glossed and spaced * 2 > len(glosses) else GLOSS
    blocks = []
    for m in re.finditer(r"[^\n]+", decoded.text):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if not body:
            continue
        start, end = m.start() + lead, m.start() + lead + len(body)
        skipped = [(g.start(), g.end(), "pinyin gloss") for g in gloss.finditer(decoded.norm, start, end)]
        skipped = skipped if glossed else []
        skipped += [(t.start(), t.end(), "markup") for t in HTML_TAG.finditer(decoded.norm, start, end)]
        skipped.sort()
        if not skipped or MARKUP_LINE.fullmatch(body):  # a line of markup alone is furniture whole
            blocks.append(Block(len(blocks), start, end, decoded.norm[start:end]))
            continue
        pieces, at = [], start
        for a, b, _ in skipped:
            if a > at:
                pieces.append((at, a))
            at = b
        if at < end:
            pieces.append((at, end))
        text = "".join(decoded.norm[a:b] for a, b in pieces)
        blocks.append(Block(len(blocks), start, end, text, tuple(pieces), tuple(skipped)))
    return _numbers_set_apart(_table_rows(blocks))


# A line holding only a number (2020, 8.4%, 4+X), and what opens the line that goes on from it
NUMBER_LINE = re.compile(r"[-+−]?\d[\d.,]*%?(?:[+][A-Za-z\d]+)?")
GOES_ON = re.compile(r"[%％‰年月日号时亿万千百元个项家人户次倍余多;；,，、。:：)）”’」』]")
NUMBERS_SET_APART = 3  # number lines a text must show going on into the next line


def _numbers_set_apart(blocks: list[Block]) -> list[Block]:
    """A text whose extraction set every number on a line of its own (增长 / 8.4% / ;一般公共…,
    ( / 2020 / 年 / 1 / 月 / 11 / 日)) read as one line again: a number line whose next line goes
    on from it (a unit, a pause) joins that line and the line before it when that one was cut.
    Only in a text showing it several times; a table set one cell per line is left alone."""

    def goes_on(i: int) -> bool:
        return (
            NUMBER_LINE.fullmatch(blocks[i].text) is not None
            and i + 1 < len(blocks)
            and GOES_ON.match(blocks[i + 1].text) is not None
        )

    if sum(goes_on(i) for i in range(len(blocks))) < NUMBERS_SET_APART:
        return blocks
    groups: list[list[Block]] = []
    for i, block in enumerate(blocks):
        number_cut_in = goes_on(i) and groups and not is_complete(groups[-1][-1].text)
        if number_cut_in or (i > 0 and goes_on(i - 1)):
            groups[-1].append(block)
        else:
            groups.append([block])
    return [_merged(n, group) for n, group in enumerate(groups)]


def _merged(index: int, lines: list[Block]) -> Block:
    """One block reading ``lines`` in order, each keeping its own spans and skipped pieces."""
    if len(lines) == 1:
        b = lines[0]
        return Block(index, b.start, b.end, b.text, b.read, b.skipped)
    read = tuple(piece for b in lines for piece in b.pieces)
    skipped = tuple(piece for b in lines for piece in b.skipped)
    return Block(index, lines[0].start, lines[-1].end, "".join(b.text for b in lines), read, skipped)


CELL_LINE = re.compile(r"[|｜]\s*$")  # 黄岛区 |: a table's cell set on a line of its own
NUMBER_CELL = re.compile(r"[-+−]?[\d.,]+%?\s*[|｜]\s*")


def _table_rows(blocks: list[Block]) -> list[Block]:
    """A table whose cells a page set one per line (序号 | / 县(市区) | / 单位(亿元) | / 1 | /
    黄岛区 | / 2766 | …) as one block per row: a row has as many cells as the header names
    before the first number; a run of cell lines that fits no such header stays as it is."""
    groups: list[list[Block]] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and not blocks[j].read and CELL_LINE.search(blocks[j].text):
            j += 1
        run = blocks[i:j]
        width = next((n for n, b in enumerate(run) if NUMBER_CELL.fullmatch(b.text)), 0)
        if width < 2 or len(run) < 3 * width or not _rows_fit(run, width):
            run = blocks[i : max(j, i + 1)]
            groups += [[b] for b in run]
            i += len(run)
            continue
        whole = len(run) - len(run) % width
        groups += [run[k : k + width] for k in range(0, whole, width)]
        groups += [[b] for b in run[whole:]]
        i = j
    return [_merged(n, group) for n, group in enumerate(groups)]


def _rows_fit(run: list[Block], width: int) -> bool:
    """Whether the cells after a header of ``width`` cells read as rows of as many cells, alike
    in where their labels and numbers stand, and closing on a number (1 | / 黄岛区 | / 2766 |; a
    header of five cells, 市州 | / 增长速度 | / | / …, over rows of three, 全省 | / 9.4 | / 7.1 |,
    does not)."""
    rows = [run[k : k + width] for k in range(width, len(run) - len(run) % width, width)]
    shapes = {tuple(NUMBER_CELL.fullmatch(c.text) is not None for c in row) for row in rows}
    return len(shapes) == 1 and all(shape[-1] and not all(shape) for shape in shapes)


def is_table_row(text: str) -> bool:
    """A row of a table flattened into a line (1 唐山 4837.7 5108.2 -270.5 -5.30%, or cells
    set apart by |): three or more numbers beside at most two labels. A row is no cut text."""
    tokens = [t for t in re.split(r"[\s|｜]+", text) if t]
    numbers = [t for t in tokens if re.fullmatch(r"[-+−]?[\d.,]+%?|/|[-—－]", t)]  # /, -: a cell left empty
    ranked = bool(tokens) and re.match(r"\d{1,3}[、.．]\D", tokens[0]) is not None  # 2、岳阳市 3100.87 7.8
    piped = re.search(r"[|｜]", text) is not None  # 1 |黄岛区 |2766 |: the cells say it is a table
    return len(numbers) + ranked + piped >= 3 and len(tokens) - len(numbers) <= 2


# A column of a table header with its unit in brackets: 地区生产总值(亿元), 增速(%)
UNIT_COLUMN = re.compile(r"^(?P<name>[^()（）]+)[（(](?P<unit>[^()（）]{1,6})[)）]$")


# A table with a row per indicator: its first column (指标 单位 8月 1-8), and the kinds of
# value its columns hold (数值 增长(% 数值 增长(%)
INDICATOR_COLUMN = re.compile(r"^(?:指标名称|指标|项目|主要指标)$")
AMOUNT_CELL = re.compile(r"^(?:数值|绝对[数值]|总量|金额|本月|累计|1[-—~至]\d{1,2}月?累计)$")
RATE_CELL = re.compile(r"^(?:比上年同期|同比|比上年|比去年同期)?(?:增长|增速|增减|±)[(（]?%[)）]?$")


def is_table_header(text: str) -> bool:
    """The header of a table flattened into a line (排名 地区 地区生产总值(亿元) 增速(%); 指标
    单位 8月 1-8; 数值 增长(% 数值 增长(%): three or more short cells, one a column with its
    unit, or naming the indicator column or only kinds of value, or set apart by bars. A header
    is no cut text."""
    cells = [c for c in re.split(r"[\s|｜]+", text) if c]
    if len(cells) < 3 or not all(len(c) <= 14 for c in cells):
        return False
    kinds = all(AMOUNT_CELL.match(c) or RATE_CELL.match(c) for c in cells)
    piped = re.search(r"[|｜]", text) is not None  # 年份/各区县 | 2022年GDP | 2021年GDP |: cells set apart
    named = any(UNIT_COLUMN.match(c) for c in cells) or INDICATOR_COLUMN.match(cells[0]) is not None
    return named or kinds or piped


def is_subheading(text: str) -> bool:
    """A short line without a pause in it, standing as a heading of what follows
    (上半年经济运行稳中有进, 2017年官渡区经济总量领先昆明各区县, 柞水县域经济健康快速发展
    元至7月经济增速达16.6%)."""
    text = text.strip()
    return 4 <= len(text) <= SUBHEADING_MAX and not PAUSES.search(text)


def is_numbered_heading(text: str) -> bool:
    """A bulletin's numbered heading (一、综合, （二）工业, 七、交通、邮电和旅游): its number,
    then a few words without a digit or a pause between clauses; it ends where its line ends.
    A numbered line of a dozen words and more may be a paragraph cut at its line's end."""
    numbered = ENUM.match(text.strip())
    rest = text.strip()[numbered.end() :] if numbered else ""
    return 2 <= len(rest) <= NUMBERED_HEADING_MAX and not re.search(r"[\d，,；;：:。]", rest)


VALUE_END = re.compile(r"\d\s*(?:%|％|‰|[个万亿千百]?[^\s\d.．,，、;；:：]{1,3})\s*$")  # 9.00%, 1061亿元


def is_complete(text: str) -> bool:
    """Whether a block ends a sentence (so it was not cut at a column foot)."""
    text = text.rstrip()
    while text and text[-1] in CLOSERS:
        if len(text) >= 2 and text[-2] in TERMINAL:
            return True
        text = text[:-1]
    return bool(text) and text[-1] in TERMINAL


def item_done(text: str, following: str) -> bool:
    """Whether a line of a numbered list ends where it ends: the line announcing the list
    (…各区县GDP如下：) right before its first item, or an item closing on a value
    (1. 龙泉驿区:1200.9亿元,增速9.00%) right before the next."""
    n, after = enum_value(text), enum_value(following)
    if text.rstrip().endswith((":", "：")):
        return after is not None
    return n is not None and after == n + 1 and VALUE_END.search(text) is not None


def enum_value(text: str) -> int | None:
    """The number of an enumerated paragraph (一、 / （二） / 3.), else None."""
    m = ENUM.match(text)
    if not m:
        return None
    if m.group(3):
        return int(m.group(3))
    word = m.group(1) or m.group(2)
    if len(word) == 1:
        return CN_DIGITS.get(word)
    if word.startswith("十"):
        return 10 + CN_DIGITS.get(word[1:], 0)
    return CN_DIGITS.get(word[0], 0) * 10 + (CN_DIGITS.get(word[2], 0) if len(word) == 3 else 0)
