"""Every pattern and word list the extractor reads text with, each with an example."""

from __future__ import annotations

import re

from dagster_project.textcore.numbers import POLICY_NOUNS

SENTENCE = re.compile(r"[^。;；!?！？]+[。;；!?！？]?")
# 15,234.5 stays whole; a comma doubled before 、 (烟台,、济南 in some mirrored pages) splits nothing
# a note in brackets (现价,下同) is read whole, its comma ends no clause
CLAUSE = re.compile(
    r"(?:[(（][^()（）\n\d]{0,24}[)）]|(?<=\d)[,:](?=\d)|[,，](?=、)"
    r"|(?<=%)\s?,\s?(?=(?:和|及)?\s?-?\d[\d.]*\s?%)"  # 分别报6.8%,5.8%,和5.5%: one list, a page's commas
    r"|[^,，:：])+"
)
UP = "增长|增加|提高|上升|提升|上涨|扩大|回升|攀升|加快|增产|增"
DOWN = "负增长|下降|减少|回落|压减|压降|降低|下滑|下跌|收窄|缩小|放缓|减产|减|降|跌"
BOUND = "超过|超|突破|跨越|跨过|迈过|站上|迈上|近|约|逾|接近|将近|不足|不到"  # 跨越2万亿: a mark passed
COMPARE = (
    r"(?:相比于?|相较于?|比|较|与|同)(?:\d{4}年(?:[一二三四1-4]季度|上半年|前三季度|\d{1,2}月)?|上一?年度?|去年|前年|上月|上季度|年初|上年末|同期|[一二三四1-4]季度末?|上半年|前三季度"
    r"|\d{1,2}-\d{1,2}月|\d{1,2}月|全国|全省|全市)(?:同期|末|全年|平均水平|平均|水平)?(?:相比)?"
    r"|(?:高于|低于|快于|慢于|领先)(?:全国|全省|全市|全区|同期)(?:平均水平|平均|水平)?"
)
# the verbs ending a subject; 都 (all) but not the end of a name (成都, 花都, 丰都); 均 (all) but not 人均
VERB_TAIL = re.compile(
    rf"(?:(?:{COMPARE})(?:高|低|快|慢|多|少)?|同比|环比|分别|(?:两年|三年|五年|年)?平均|年均|(?<!人)均|(?<![成江花丰宁于昌首京古])都|同(?=为|是)|累计|共计|共|合计|总计|由|首次|首度|首|再次|一举|成功|新增|净增|多增|少增|实现|完成|达到|达|为|是|有|至|到|{BOUND}|{UP}|{DOWN}"
    r"|升为|降为|回升至|回落至|回升到|回落到|提高为|下降为|预计|预估|测算|控制在|保持在|稳定在|增至|降至|压减至|压降至|提高到|提高至|占|高达|仅为|只有|约为|在|低至|高至|升至"
    r"|可比|(?<![占对类])比"  # 可比增长4.5% (at comparable prices), 比增长4.6% (its object left out)
    r"|了|则|也|就|更是|仍|还|已经|已|却|仅仅|仅|只|大约|约|将会|将|有望|可望)*$"
)
PERIOD_WORDS = re.compile(  # 在2017年前三季度中: the period with the words around it
    r"^(?:在|到|至)?(?:(?:\d{4}年)?(?:前三季度|上半年|下半年|第?[一二三四1-4]季度|\d{1,2}[-—~至]\d{1,2}月份?)(?:中(?![国央部])|里|内)|\d{4}年?(?:前三季度|上半年|下半年|第?[一二三四1-4]季度)|\d{4}年度?|今年以来|今年|去年|全年|年内|上半年|下半年|前三季度|第?[一二三四1-4]季度|(?:\d{1,2}|元)[-—~至]\d{1,2}月份?"
    r"|前\d{1,2}个?月|半年"
    r"|\d{1,2}月份?(?:底|末)?|1月至\d{1,2}月|当月|单月|本月|以来|期间|同期|(?:截至|到)\S{0,6}?(?:底|末))"
)
# 全区, 我县, 本市, 直管区: the speaker's or the document's own place by its level (``context.scopes``).
SCOPE_WORDS = re.compile(r"^(?:(?:全|本|我)[区县旗州盟市省]|直管区|新区|辖区|区内|县内|市内|省内|区域内)")
LEAD_VERBS = re.compile(
    r"^(?:.*(?:带动|推动|助力|拉动(?![\u4e00-\u9fff]{1,2}$)|促进|推进|驱动)(?!力|作用))?(?:例如|比如|譬如|如(?![期今果何此实])|省会|首府|由|转为正?|(?:回升|回落|提高|下降|上升)(?:到|至)|约合|折合|转(?=增长|下降|$)|其中|另外|此外|初步预计|预计|预估|初步核算|同时|尤其是|特别是|但是|但|而且|而|除了|除|尽管|虽然|总体看|第[一二三四五六七八九十]{1,2}(?:城|名|位|大城市)|其次分别是|其次分别为|其次是|其次为|其次|分别是|分别为|累计|共计|共|已|还|"
    r"实现|完成(?![率进])|推进|举办|开展|策划举办|累计认定|认定|新培育|培育|新建|建成|引进|招引|推出|出台|实施|突破|"
    r"入选|集中签约|落户|争创|创建|获批|获评|新增认定|打造|新获批)*"
)
TRAILING_VERB = re.compile(
    r"(?:服务|实施|出台|推出|扛牢|规划建设|建设|打造|培育|引进|新建|举办|开展|招引|认定|落户|发布|签约|"
    r"形成|构建|建成|推动|实现|完成|突破|入选|获批|[”」』》\"])$"
)
HEADS = (
    "产业链产值 营业收入 利润总额 零售额 外贸额 销售额 增加值 增速 增幅 "
    "产值 营收 利润 占比 比重 投资 产量 收入 总额 起数 人数 出口 进口 税收 播种面积 面积 额 量"
).split()
# 累计金额分别为…, 总值为…, 在建项目2661个…，完成投资额, GDP…，增量: a word that says how much,
# not of what; it is of the indicator before
GENERIC_NOUNS = frozenset("金额 数额 总值 数值 规模 总投资 投资额 增量".split())
# 比上年名义增长4.5%，扣除价格因素实际增长4.4%: the same indicator, in current or constant prices
NOMINAL = re.compile(r"(?:比上年|比去年|较上年|同比)?(名义|实际)")
BARE_HEADS = frozenset(HEADS) - {"额", "量"} | {"亡人数"} | GENERIC_NOUNS
COMPLETE_END = re.compile(
    r"(?:值|额|量|率|比|数|资|入|润|收|口|费|企业|项目|人次|产业|价格|指数|面积|规模|GDP|重|税)$"
)
CONTRIBUTED = re.compile(r"贡献了?(?:全[国省市区县]|[^\d]{0,6}的)?$")  # 贡献了全省52%的增长
SHARE_SUBJECT = re.compile(r"占|(?:率|比|比重|比例|份额)$")
RATE_WORDS = "增速|增幅|增长率|增长速度|涨幅|幅度"
GROWTH_SUBJECT = re.compile(rf"(?:{RATE_WORDS}|降幅|跌幅|降低率|下降率|增长)$")
# GDP增速最高达8.9%, 增速保持了较快水平的8.3%: a rate named, then only how it did
RATE_THEN = re.compile(rf"(?:{RATE_WORDS}|降幅|跌幅)[^占比率重额量值数入润收,，]{{1,10}}$")
FALL_SIZE = re.compile(r"(?:降幅|跌幅|降低率|下降率)$")  # 累计跌幅为0.4%, 降幅扩大至5%: the size of a fall
# a rate with nothing it is of: 增速, 同比增长, 名义增长率
RATE_ONLY = re.compile(
    rf"(?:其|的)?(?:同比|环比)?(?:名义|实际|平均|自然|同口径|可比)?(?:{RATE_WORDS}|降幅|跌幅|增长)"
)
GROWTH_WORD = re.compile(rf"(?:{RATE_WORDS})$")
DURATION_AFTER = re.compile(r"^(?:多|余)?(?:个)?(?:多)?(?:月|年|天|日|小时|分钟|周|工作日|季度)")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|《[^》]*》|「[^」]*」|『[^』]*』")
OPEN_QUOTES, CLOSE_QUOTES = "“「『《", "”」』》"
NOUN_AFTER_STOP = re.compile(
    rf"^(?:的|了|等)?(?:{UP}|{DOWN}|同比|比|较|占|达|为|实现|完成|以上|以下|左右|成为|位居|位列|居|列|排名|排在)"
)
COMPARE_BEFORE = re.compile(r"(?:比|较|与|同|于|至|到)$")
MOVE = re.compile(rf"{UP}|{DOWN}")
INNER_VERB = re.compile(r"(?<=.{2})(?:共|累计|合计)?实现(?=.{2})")  # 工业企业共实现收入总额
MOVE_END = re.compile(rf"(?:{UP}|{DOWN})(?:{BOUND})?$")
FALL = re.compile(rf"(?:{DOWN})|低于|慢于|[低慢少]$")
POLICY_COUNT = re.compile(rf"(?:{POLICY_NOUNS})$")  # 出台5项举措: measures announced, no output
SCALE_PREFIX = re.compile(r"^(?:规模以上|规上|限额以上|限上|资质以上)")
# 电子信息、装备制造两大万亿级产业营收: the count of the list, said again before the shared tail
APPOSITIVE = re.compile(
    r"(?:[两二三四五六七八九十]|\d+)(?:大|个|项)[^、，]{0,6}?(?:产业|行业|领域|板块|集群|指标)(?=.)"
    r"|(?:[两二三四五六七八九十]|\d+)个?(?:行政区|区县|县区|县市区|城市|地区|省份|市州|区|县|市|省)$"
)
# 城乡居民收入, 存贷款余额, 进出口总额: two items named in one word, each with its own value
TWO_IN_ONE = {"城乡": ("城镇", "农村"), "存贷款": ("存款", "贷款"), "进出口": ("进口", "出口")}
# 三次产业分别增长0.3%、17.8%和16%: the three sectors, one value each (the value added unless
# the words after say what of them: 三次产业投资)
THREE_SECTORS = re.compile(r"^(?:三次产业|第?一二三产业?|第?一、二、三产业?)")
INCREMENT = re.compile(r"新增|净增|多增|少增|增加|减少")
# A clause that says how a subject moved without a number: 出口由负转正，增长2.1%
TREND = re.compile(
    r"(?:由负转正|由降转升|由降转增|止跌回升|企稳回升|扭亏为盈|稳中有升|稳步(?:增长|提升|回升)"
    r"|(?:保持)?(?:较快|快速|大幅|持续|平稳|稳定|强劲)(?:增长|提升|回升)|提速明显|"
    # A、B和C普遍下降，增幅分别低于…: a fall said of the items before their values
    r"(?:普遍|持续|大幅|明显|全面|均|都)(?:下降|下滑|回落|减少)(?=$|[,，])|(?:增势|增长|发展)(?:较好|良好|较快|强劲|平稳)"
    # 增速回落，仅为2.6%: the rate stays the subject's, only its trend goes
    r"|(?<=增幅|增速|降幅|跌幅|涨幅)(?:回落|放缓|收窄|扩大|加快|提升)|(?:保持|实现)(?:正)?增长"
    # 财政总收入突破亿元大关，实现…; 顺利突破3000亿元大关，其增速为…
    r"|(?:首次|顺利|成功|一举|率先)?(?:突破|跨越|迈过|站上)[^,，]{0,10}(?:大关|关口)"
    r"|(?:再|又|再次)?创(?:历史)?新高|(?:再|又)?(?:上|迈上)新台阶"  # GDP总量再创新高，达到了…
    r"|表现(?:亮眼|抢眼|突出|较好|良好|强劲)"  # 汽车制造、航空航天表现亮眼，产值分别增长…
    r"|(?:延续|保持|继续)[^,，。；;]{0,12}(?:态势|趋势|势头)"  # 规上工业增加值延续2月份平稳向好趋势，…
    r"|(?:实现|保持)?(?:两位数|双位数)(?:的)?(?:较快|快速)?(?:增长)?"  # A、B实现两位数的较快增长，增速分别为…
    # 名义增长率略超全市平均，达到了7.8%: a comparison in words before the value
    r"|(?:略|稍|明显|大幅)?(?:超过|超出|超|高于|低于|快于|慢于|领先|领跑|优于)"
    r"(?:全国|全省|全市|全区|全县|同期)(?:平均水平|平均|水平)?"
    # 越城区GDP名义增速也在全市平均之下，仅为6.3%
    r"|(?:也|均|都)?在(?:全国|全省|全市|全区|全县)(?:的)?平均(?:水平)?(?:之下|之上|以下|以上)"
    # 航空港实验区GDP增速最高，为14.0%: a subject ranked in words, its value after
    r"|(?<=[值额量率速幅入润收口费数资P])(?:也|均|都|仍)?(?:最高|最低|最快|最慢|最大|最小|最多|最少))$"
)
# 分别高于全国、全省: one subject compared with a list of benchmarks
COMPARED_LIST = re.compile(r"(?:高于|低于|快于|慢于|高出|领先)[^,，\d]*[、和及与][^,，\d]*$")
SENTENCE_END = re.compile(r"[。;；!?！？]")
LOCAL_PERIOD_BEFORE = re.compile(r"其中[,，\s]*$")  # 其中,,6月份 (doubled marks kept)
LOCAL_PERIOD_AFTER = ("当月", "单月")
# A value that is a goal, not an outcome: 全年目标：GDP增长6.5%左右; 力争全年增长6%
TARGET = re.compile(r"(?<!完成全年)(?<!完成年度)(?<!完成)目标|力争")  # 完成全年目标的60%: progress
# 全市下辖6个区、3个县, 辖7个镇、138个行政村: how a place is divided, no indicator counted
DIVISION_BEFORE = re.compile(r"(?:下辖|管辖|辖有|辖)[^，,。；;:：]*$")
DIVISION_AFTER = re.compile(
    r"个?(?:乡镇|镇|乡|街道|行政村|自然村|村民小组|社区居委会|社区|居委会|村委会|市辖区|县级市|县区|区县|区|县|市"
    r"|旗|苏木|嘎查)(?:\([^()]{0,4}\))?(?=[、，,和及。;；\s]|$)"
)
# 完成全年预期目标的47.8%, 占全年目标任务的43.8%: the share of a goal reached, not a goal
SHARE_OF_GOAL = re.compile(r"(?:目标|计划|预算|任务)(?:任务)?的(?:[\d.]+%[、和及与])*$")  # …的80.4%和114.5%
# An estimate of an outcome (预计全年地区生产总值增长4%左右): a value, with 预计 as its qualifier.
ESTIMATE = re.compile(r"预计|初步预计|预估|初步测算")
# 为计划的52.5%, 完成全年预期目标的47.8%, 完成市下达计划的62.9%
PROGRESS = re.compile(
    r"(?:为|是)?(?:全年|年度|年初|年)?(?:[省市县区州](?:下达|定))?(?:预期)?(?:目标|计划|预算|任务|方案)(?:任务)?"
)
PROGRESS_OF = "目标完成进度"  # 国内生产总值目标完成进度: what a value of progress is of
# 固定资产投资完成17亿元，超额完成年度任务2.1亿元，增长20.6%: beyond the plan, no new subject;
# …完成上半年目标任务的87.6%，占全年目标任务的43.8%: the goal reached, no new subject either
BEYOND_PLAN = re.compile(
    r"超额完成(?:全年|年度)?(?:目标)?(?:任务|目标|计划)$|(?:完成|占)[^,，]{0,8}(?:目标|计划|预算|任务)$"
)
ATTRIBUTES = frozenset("总数 总量 数量 规模 累计数".split())  # 企业230家，总数1800家: of the same
FALL_PP = re.compile(rf"(?:{DOWN.replace('|收窄|缩小', '')})|低于|慢于|[低慢少]$")

# What stands before a subject without being part of it:
# a dateline and its reporter (深圳新闻网11月14日讯(记者 叶玉燕)龙岗区…),
# One space between a Chinese character and a Latin letter or digit, as typesetting puts it
# (常熟 GDP 达到 3217.45 亿元), not a blank that ends a heading run on.
TYPESET_SPACE = re.compile(
    r"(?<=[A-Za-z0-9%])[ \u00a0](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \u00a0](?=[A-Za-z0-9])"
)
ASIDE = re.compile(r"[(（][^()（）]{0,30}[)）]|〔\d{1,2}〕|\[\d{1,2}\]")  # 生产总值〔2〕: a note's mark
DATELINE = re.compile(r"^.{0,24}?\d{1,2}月\d{1,2}日(?:讯|电)|^.{0,16}?(?:讯|消息)(?=\s*[(（])")
# a method of computing (按可比价格计算, 扣除价格因素), an opening that names a topic (从GDP看),
METHOD = re.compile(
    r"(?:根据|据)?(?:地区生产总值)?(?:统一)?(?:初步)?核算(?:结果)?(?:显示)?|按(?:可比|不变|现行|现)价(?:格)?(?:计算|算)?|"
    r"扣除价格因素|(?:按)?(?:同|可比)口径(?:计算)?|剔除[^,，]{0,8}因素|据?初步统计|据统计|数据显示|统计显示"
    r"|按(?:\d{4}年)?(?:年)?平均汇率(?:折算|计算|换算)(?:为|成)?"  # the value again, in dollars
    # 小编查找…门户网站发现: where the writer read it (not 入选“发现重庆…”, a name in quotes)
    r"|^[^,，。；;“”\"「」]{0,30}?(?:发现|获悉|了解到|得知)(?![^“”\"]*[”\"])"
    r"|根据[^,，。；;\d]{1,16}?的?(?:修订|核算|反馈|统计|测算)?结果"  # 根据省统计局的修订结果
    r"|在[^,，。；;\d]{1,16}?(?:的)?(?:情况|背景|形势|条件|前提)下"  # 在大幅减税降费情况下: its circumstance
)
# (在)GDP增速方面, 从GDP总量来看, 看规上工业增加值，同比增速3.1%
TOPIC_OPENING = re.compile(
    r"^(?:从|分)[^,，]{1,12}?(?:来)?看|^在?[^,，]{1,12}?方面(?![\u4e00-\u9fff]{1,3}$)|^看(?=[\u4e00-\u9fff]{2,16}$)"
    r"|^(?:辖区|区域|境)内(?:共有|有)?"  # 辖区内有规上企业120家
    # 在第三产业中金融保险…分别增长: the whole the items are part of (not of a share: 在…中占比)
    r"|^在[^,，。；;\d]{2,10}?中(?=[\u4e00-\u9fff]{2})(?!占)"
)
# 各区县GDP如下：, GDP排名情况见下表, 披露了2020年各县地方财政收入情况。: what the lines of a
# list or table after it are of
LISTED_BELOW = re.compile(r"(?:如下|见下表|见表\d*|情况|排名|排行榜?|榜单|出炉)\s*[:：。]?\s*$")
# A short quoted name (“5万亿元俱乐部”, “1+6”): its numbers are no values; a quoted speech
# (他说：“上半年全区GDP增长6.5%…”) is longer or holds a clause break
QUOTED_NAME = re.compile(r"“[^”，。；,;:：]{1,12}”|「[^」，。；,;:：]{1,12}」")
# 有3省区上半年GDP增速达到9%: a count of places, before what they were counted by
PLACES_COUNTED = (
    r"\d+个?(?:省区市|省市区|省区|省市|省份|省|地市|城市|地区|地|市州|市县|市|县市区|县市|区县|县区|县|区)"
    r"(?:[(（][市区县旗、]+[)）])?"  # 17个县(市、区)
)
# …, 两地增速分别是9.6%、8.3%: the places just named, by their number (not 三地之中, among them)
PLACE_COUNT = re.compile(
    rf"^(?:共有|有)?(?:{PLACES_COUNTED}|[两二三四五六七八九十]{{1,2}}[地县市区省](?!之?中))"
)
# 全省GDP超过千亿元的共有11个县(市、区): the bar, with the count of places after it
COUNTED_AFTER = re.compile(
    rf"的?[^，,。；;\d]{{0,8}}?(?:共有|有)\s*{PLACES_COUNTED}"
    r"|的(?:还|也)?(?:包括|有)[\u4e00-\u9fff]{2,8}[、和]"  # 总量超过3万亿元的还包括四川、福建…: the bar
)
# 7个平川县市区对全市经济贡献率分别为洪洞县(23.9%)、…: how many places a list holds
LISTED_PLACE_COUNT = re.compile(
    r"^\d+个[^，,；;。()（）]{0,6}?(?:县市区|县区|区县|县市|市州|省份|地市|城市|县|区|市|省)"
)
# 其中9个市州的增速达到或超过6%, 共有7个市州…超过500亿元: the bar some of the places were
# counted by (not 17个县(市、区)经济总量合计达到420亿元, the total of all of them)
COUNTED_BY = re.compile(
    rf"(?:有|其中|中)\s*{PLACES_COUNTED}(?P<what>[^，,；;。]{{0,16}}?)(?:达到或|或)?(?:超过|过|达到|突破|高于|不低于|在)(?:全国|全省|全市|全区|全县)?$"
)
# a pronoun for the place or the figure just named (我们增长15.2%, 这个增速…),
PRONOUN = re.compile(
    r"^(?:不过|但是?|而且?|并且|然而|可是|另外|此外)?(?:我们|咱们"
    r"|[这那]?(?:几|些|[一二三四五六七八九十两]+)个?(?:城市|地区|市州|地市|县区|区县|县市|省份|省区|市|省|区|县)(?=\S)"
    r"|这个|这一|这(?![些样])|该[区县市省]?|它们|大家|其(?![中他余次]))"
)  # 不过其6.0%的名义增长率: a conjunction before the pronoun goes with it; 曲靖、红河这几个城市GDP
# and a ranking said in passing (璧山增速渝西八区第一10.32%).
RANKING = re.compile(
    r"(?:居|位居|位列|排名|排|列|领跑|稳居)?"
    r"(?:全国|全省|全市|全区|全县|全州|同类地区|[\u4e00-\u9fff]{0,3}[一二三四五六七八九十\d]+个?(?:区县|区|县|市|州|市州|城市|省份))?"
    r"(?:第[一二三四五六七八九十\d]+(?:位|名)?|首位|前列|前茅)$"
)
# A gap between two places (泸州和达州经济总量仅相差8.4亿元): no value of either.
GAP = re.compile(r"相差|差距|差额|之差|相隔|相距|仅差$|只差$")
# A rate over several years (两年平均增长1.7%, 年均增长11.7%): of the indicator named before.
AVERAGE = re.compile(r"(?:两年|三年|五年|年)平均|年均")
# A count of the places or items just listed (A、B、C3项指标; 在16个县市区中): no value.
LISTED_COUNT_BEFORE = re.compile(r"^在|[、和及]")
PLACE_NOUNS = re.compile(
    r"^(?:个)?(?:省份|省区市|城市|市州|地市|地级市|省辖市|直辖市|区县|县市区|县区|县市|市县|乡镇|街道"
    r"|[县市区][(（][县市区州])"
)
# 以18.7%的同比增速居首: a growth rate written before its noun.
RATE_AFTER = re.compile(r"^的?(?:同比)?(?:增速|增幅|增长率|增长)")
# 以5615.34亿元的GDP和4.37%的增速居首: what a value is of, named after it
_NAMED = (
    r"(?P<noun>(?:同比|实际|名义)?(?:(?:GDP|经济)?(?:增速|增幅|增长率)|GDP|经济总量|总量|总值"
    r"|[\u4e00-\u9fff]{1,8}?(?:增加值|总产值|产值|收入|总额)))"
)
_PERIOD_BETWEEN = r"(?:\d{4}年)?(?:前三季度|上半年|下半年|全年|[一二三四1-4]季度)?"  # 以6.9%的一季度GDP增速
NAMED_AFTER = re.compile(rf"\s*的\s*{_PERIOD_BETWEEN}{_NAMED}")
# 青岛以4520.3亿元总量领跑: after 以, the noun may follow its value without 的
NAMED_AFTER_YI = re.compile(rf"\s*的?\s*{_PERIOD_BETWEEN}{_NAMED}")
# 高于全国平均5.3%的水平, 高于全省平均增速5.7%: the figure of the place compared with
BENCHMARK_BEFORE = re.compile(
    r"(?:高于|低于|快于|慢于|超过|超出|好于|跑赢|不及|领先|比|较)(?:全国|全?省|全?市|全区|全县|全州)的?平均"
    r"(?:水平|增速|增幅|增长率|值)?的?\s*[（(]?\s*$"  # 比全市平均的10.9%, 超过省平均增速(7.9%)
)
# 略高于全省8.3%的平均水平: the figure of the place compared with, its 平均 after it
BENCHMARK_PLACE = re.compile(
    r"(?:高于|低于|快于|慢于|超过|超出|好于|跑赢|跑输|持平于|不及|领先)(?:全国|全省|全市|全区|全县|全州)的?\s*$"
)
# 低于全省的5.4%水平, 持平于全国9.8%的增速: the place compared with, its figure
BENCHMARK_AVERAGE_AFTER = re.compile(r"的(?:平均(?:水平|增速|增幅|值)?|水平|增速|增幅)|水平")
# 南阳(6.3%)、漯河(7.3%) / 西青(1004.1亿): a value in brackets right after its place
BRACKET_OPEN = re.compile(r"[（(]\s*$")
BRACKET_CLOSE = re.compile(r"\s*[)）]")
# A development zone or port area, no administrative place (经开区, 高新区, 港区, 临空经济区).
ZONE = re.compile(r"[\u4e00-\u9fff]{0,6}(?:经开|开发|高新|新|港|园|保税|综保|自贸|试验|经济)区")
BRACKETED = re.compile(r"(?P<name>[^、,，;；()（）]{1,16}?)\s*[（(](?P<inner>[^()（）]{1,40})[)）]")
# …和西青区(1004.1亿)两地GDP均在千亿级别: the count of a list before the noun it shares,
LIST_COUNT_AFTER = re.compile(
    r"^[\s和及与等、共]*(?:[两二三四五六七八九十\d]+个?(?:区县|县区|城市|地市|地|市|区|县))?的?"
)
# and where that noun ends
LIST_TAIL_STOP = r"均|都|也|在|为|是|达|突破|超|高于|低于|分别|[,，。;；]"
# A rate of the indicator just named (…54.08亿元、完成率101.08%; 贡献率为84.2%).
ATTACHED_RATE = re.compile(r"(?:增速)?完成率|(?:计划)?完成进度|贡献率|拉动率")
# A move in a ranking (与上季度上升4位, 较去年同期前移9位): no value.
RANK_MOVE = re.compile(r"(?:上升|下降|前移|后移|提升|前进|后退|进位|退位)了?$")
# A group of places that is no place of the reference list: 渝西八区, 主城都市区, 各功能区板块,
# 东部地区, 县域, 苏北 (a province's short name and a direction)
# (not 位于渝东南板块的酉阳县: a place in a group is the place)
GROUPING = re.compile(
    r"^各?(?!位于|地处|处于|属于|在)(?:(?:[^\s，,、。的]{0,6}(?:片区|板块|功能区)|主城(?:都市区|新区|[\d一二三四五六七八九十]+区)"
    r"|[渝川苏浙粤皖鲁豫冀晋陕甘湘鄂赣闽桂黔滇辽吉黑蒙宁琼][东西南北中]{1,2}(?:[\d一二三四五六七八九十]+[区市县])?"
    r"|[东西南北中]{1,2}部地区|东北地区|前[\d一二三四五六七八九十]+(?:位|名|强)|中心城区|县域(?:地区)?"
    r"|关中|珠三角|长三角|京津冀|苏锡常|长株潭)(?!的))"
)
# A clause that only says where the figures come from (数据显示, 从数据中得出, 记者获悉)
REPORTED = re.compile(r"^\s*\S{0,8}(?:显示|得出|获悉|了解到?|表明|看到)\s*$")
# 实现2.5%的正增长, 2.2%的负增长: a rate signed by the words after it
# 4%的增长 too; 以超过10%的速度增长, 以11.7%的增速: the speed of a growth; 15%的高速增长
SIGNED_GROWTH_AFTER = re.compile(
    r"\s*的\s*(?:(?:高速|快速|较快|稳定|平稳|两位数)?(负|正)?增长|(?:增长)?(?:速度|增速))"
    # 广东4.1%低于全国增速: a rate set against the rate of the place above
    r"|\s*[，,]?\s*(?:低于|高于|快于|慢于|超过|领先|落后于?|与|同)(?:全国|全省|全市|全区|全县|全州)(?:平均)?"
    r"(?:增速|增幅|增长率|增长)"
)
# 全省41个大类行业中有37个…: the whole a part of it is counted in
# 在全国36个大中城市中列第30位: the whole a place is ranked among
WHOLE_COUNTED = re.compile(r"[^，,。；;有]{0,8}中(?:有|，|,|$|(?:列|居|排|位列|位居|名列|排名)第)")
# 214.95亿元同比增长5.0%: an amount followed by its own rate
GROWTH_GOES_ON = re.compile(r"\s*(?:同比|环比|比上年|比去年|较上年|较去年|增长|下降|增幅|增速)")
# a clause that ranks what it names (…排名全区第二, …位居全省前列): its subject goes on
RANKED_AS = re.compile(
    r"(?:排名|位居|位列|居|列|排)在?(?:全国|全省|全市|全区|全县|全州)?(?:第|前|首|末|榜首)"
    r"|紧(?:随|跟|追|接)其后|次之"  # 江苏GDP紧随其后，达到27859亿元: second, the value follows
)
# 年均增长10%: a yearly average over several years, of no one period
AVERAGE_YEARLY = re.compile(r"年均(?:增长|增幅|增速|递增)?(?:了|为|达)?\s*$")
# 五年累计完成固定资产投资2413.8亿元: a total over several years, of no one period
YEARS_TOTAL = re.compile(r"(?:[两三四五六七八九十]|\d{1,2})年(?:来|间)?(?:累计|共计|合计|完成)[^,，;；。]*$")
# 经济增速较低的有辽宁、甘肃和黑龙江: the words that introduce a list of places
LIST_INTRO = re.compile(r"(?:的有|的是|分别是|包括)$")
# 成都高新区, 汉沽管理区: a development zone or managed area, named after a place it is not
ZONE_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|"
    r"综合保税区|保税区|工业园区|产业园区|示范区|管理区|新区)"
)
# a list item opening with a place alone: 1、迁安市， / 迁安市，
LISTED_PLACE = re.compile(
    r"^\s*(?:\d{1,2}[、.．]|[一二三四五六七八九十]{1,2}、)?\s*(?P<name>[^\s,，、。;；:：\d]{2,12})\s*[,，:：]"
)
# 各州市GDP增速最快的是曲靖, 增幅最低的是侯马市, 增速最为缓慢的是五指山市3.0%: the place a
# superlative picks out
SUPERLATIVE = re.compile(
    r"^(?:其中)?(?P<what>[^，,]{2,20}?)最为?(?:快|高|低|慢|大|小|多|少|缓慢|迅速)的(?:城市|地区|省份|县|区|市)?"
    r"(?:是|为)(?P<place>[\u4e00-\u9fff]{2,10})$"
)
