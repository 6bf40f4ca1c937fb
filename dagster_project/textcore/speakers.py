"""Speaker lines (渝北区委书记 张三, 张三（武侯区委书记）) and the org a speaker represents.

A speaker line is a short line of a title ending in an office (书记, 主任, 局长 …) and
a name (a space or colon between them, a bullet before and a colon after are optional;
or the name first, the title in brackets). The org is read from the title and mapped to
the region it speaks for (a district's 区委书记 → that district; a department of the city
→ the city).
"""

from __future__ import annotations

import re

from dagster_project.textcore.regions import Gazetteer, RegionRef

OFFICES = (
    "书记|副书记|主任|副主任|局长|区长|县长|市长|州长|主席|部长|厅长|负责人|常委|董事长|总经理|党组成员|委员"
)
# A bullet before the line (■, ◆), no space before the name, a colon after it: all seen in print.
BULLETS = r"^[■◆◇●○▲△★☆□▶►•·\-—－\s]*"
SPEAKER = re.compile(
    rf"{BULLETS}(?P<title>[^\s，。；：:■◆（(]{{2,48}}?(?:{OFFICES}))(?:\s*[:：]\s*|\s*)"
    r"(?P<name>[\u4e00-\u9fff·]{2,5})\s*[:：]?$"
)
# 张三（武侯区委书记）: the name first, the title in brackets
SPEAKER_NAME_FIRST = re.compile(
    rf"{BULLETS}(?P<name>[\u4e00-\u9fff·]{{2,5}})\s*[（(](?P<title>[^\s，。；）)]{{2,48}}?(?:{OFFICES}))[）)]\s*[:：]?$"
)
# Common surnames (single and compound): a name written straight after the office, with no
# space (渝北区委书记张三), must start with one, so that 区县委书记发言摘登 is no speaker line.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
) | frozenset("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 钟离 端木".split())
ORG = re.compile(r"^(?P<org>.+?)(?:党组|党委|党工委|工委|委书记|书记|副书记|主任|局长|区长|县长|市长|负责人)")


def org_of(
    title: str, gazetteer: Gazetteer, context: RegionRef | None
) -> tuple[str | None, RegionRef | None]:
    """The org a speaker represents and the region it speaks for."""
    parts = title.split("、")
    named = [p for p in parts if gazetteer.find(p, context)]
    part = named[-1] if named else parts[0]
    m = ORG.match(part)
    org = re.sub(r"^中共", "", m.group("org") if m else part)
    region = gazetteer.org_region(part, context) or gazetteer.org_region(title, context)
    if region and org.rstrip("委").endswith(region.name):  # 成都市武侯区委 → 武侯区
        org = region.name
    return org, region


def speaker_line(text: str) -> re.Match[str] | None:
    """The line as a speaker line (groups ``title`` and ``name``), or None."""
    m = SPEAKER.match(text)
    if m is not None:
        unsure = m.start("name") == m.end("title")  # no space or colon before the name
    else:
        m = SPEAKER_NAME_FIRST.match(text)
        unsure = True
    if m is None:
        return None
    name = m.group("name")
    if unsure and (len(name) > 4 or (name[0] not in SURNAMES and name[:2] not in SURNAMES)):
        return None  # it must look like a name
    return m
