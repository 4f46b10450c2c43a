"""The relation reader, construction by construction, on sentences written for these tests.

Each construction has sentences of more than one shape that it must read and
one it must not; the last tests run `kg extract` and the shared scorer on the
seeds and the development articles.
"""
from __future__ import annotations

import re

import pytest

from conftest import DICTIONARIES
from kg.errors import DictionaryError
from kg.pipeline import Pipeline
from kg.relate import load_rules
from kg.recognize.patterns import discovered_id
from kg.relate import rules as rules_module
from kg.relate.sentences import attribution_start, clauses, sentences


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline.load(DICTIONARIES, cache_dir=None)


def relations(pipeline, text):
    return {(r.head, r.type, r.tail, r.role, r.polarity, r.modality)
            for r in pipeline.process_text("t.txt", text).relations}


def triples(pipeline, text):
    return {(r.head, r.type, r.tail) for r in pipeline.process_text("t.txt", text).relations}


def reads(pipeline, text, expected):
    got = triples(pipeline, text)
    assert expected in got, f"{text}: {sorted(got)}"


def never(pipeline, text, relation_type, head=None, tail=None):
    got = triples(pipeline, text)
    wrong = {t for t in got if t[1] == relation_type and head in (None, t[0]) and tail in (None, t[2])}
    assert not wrong, f"{text}: {sorted(wrong)}"


# ── constructions shared by the relation types ────────────────────────────────

READS = [  # (construction, sentence written for the test, a relation it states)
    ("object marker", "日本经济产业省宣布对三星实施出口管制。", ("meti", "restricts", "samsung")),
    ("object marker", "美国对中国的先进芯片出口管制持续收紧。", ("usa", "restricts", "china")),  # nominal
    ("object marker", "英伟达向腾讯出售H20。", ("nvidia", "supplies", "tencent")),
    ("object marker", "英伟达通过新加坡的代理商向中国出售芯片。", ("nvidia", "supplies", "china")),  # 通过 marks no object
    ("object marker", "美国司法部周三已对应用材料公司展开刑事调查。", ("us_doj", "investigates", "applied_materials")),
    ("object marker", "美国向中国最大的晶圆代工厂中芯国际实施制裁。", ("usa", "restricts", "smic")),  # modifiers first
    ("disposal marker", "美国商务部把长江存储列入实体清单。", ("us_commerce", "restricts", "ymtc")),
    # a company with its units (及其子公司), a bracket naming them too, is the one listed
    ("its units", "2024年5月,寒武纪及其子公司被美国商务部列入实体清单。", ("us_commerce", "restricts", "cambricon")),
    ("its units", "美国商务部将中科曙光及其关联企业(包括曙光信息产业有限公司等)一并列入实体清单。",
     ("us_commerce", "restricts", "sugon")),
    ("its units", "据报道,华为及其子公司海思均遭到制裁。", ("hisilicon", "part_of", "huawei")),  # a guard: units named
    ("whose list", "壁仞科技的BR100芯片被列入美国出口管制范围。", ("usa", "restricts", "br100")),
    # a place right before the list's own name keeps it (not a modifier, as in 中国实体), and a
    # passive right after the listed name is the listing's
    ("whose list", "浪潮集团于2023年被列入美国实体清单。", ("usa", "restricts", "inspur")),
    ("whose list", "长鑫存储被列入美国商务部实体清单。", ("us_commerce", "restricts", "cxmt")),
    ("whose list", "大疆被列入美国国防部的黑名单。", ("us_dod", "restricts", "dji")),
    ("object marker", "欧盟对中国产电动汽车征收反补贴税。", ("eu", "restricts", "china")),
    ("object marker", "商务部决定对原产于美国的进口丙酸征收反倾销税。", ("cn_commerce", "restricts", "usa")),
    ("customer named after", "中芯国际最大的客户是华为。", ("smic", "supplies", "huawei")),
    ("customers listed", "英伟达H20芯片的主要买家包括字节跳动、阿里巴巴和腾讯。", ("nvidia", "supplies", "tencent")),
    ("supplier named after", "苹果最大的芯片供应商为台积电。", ("tsmc", "supplies", "apple")),
    ("delisting", "美国商务部将长江存储移出实体清单。", ("us_commerce", "permits", "ymtc")),
    ("delisting", "长江存储被美国商务部移出黑名单。", ("us_commerce", "permits", "ymtc")),
    ("delisting", "美国商务部从实体清单中删除了中芯国际。", ("us_commerce", "permits", "smic")),
    ("delisting", "日本经济产业省将东京电子从出口管制名单中剔除。", ("meti", "permits", "tokyo_electron")),
    ("delisting", "美国财政部已将中兴通讯从制裁名单移除。", ("us_treasury", "permits", "zte")),
    ("topic object", "中国市场监管总局就英伟达收购迈络思一案展开反垄断审查。", ("samr", "investigates", "nvidia")),
    ("topic object", "美国参议院商务委员会就特斯拉展开调查。", ("senate_commerce", "investigates", "tesla")),
    # the matter's word may name the conduct or the dealing looked into
    ("topic object", "欧盟委员会就英特尔获得的巨额补贴展开深入调查。", ("eu_commission", "investigates", "intel")),
    ("topic object", "市场监管总局就高通的专利授权做法展开调查。", ("samr", "investigates", "qualcomm")),
    ("topic object", "日本公平贸易委员会就谷歌的搜索定价展开审查。", ("jftc", "investigates", "google")),
    ("topic object", "中方就美国对华为的打压做法表示强烈不满。", ("china", "opposes", "usa")),
    ("undergoing", "英伟达正接受中国市场监管总局的反垄断调查。", ("samr", "investigates", "nvidia")),
    ("undergoing", "台积电上月起接受美国商务部对其出口记录的审查。", ("us_commerce", "investigates", "tsmc")),
    ("object marker", "美国司法部已向超微电脑发出传票。", ("us_doj", "investigates", "supermicro")),
    ("a suspect and a deed", "欧盟委员会调查涉嫌垄断的高通。", ("eu_commission", "investigates", "qualcomm")),  # the deed modifies
    ("a suspect and a deed", "美国司法部起诉英伟达涉嫌违反出口管制。", ("us_doj", "investigates", "nvidia")),  # the suspect first
    ("a suspect and a deed", "美国商务部对台积电涉嫌向华为供货一事展开调查。", ("us_commerce", "investigates", "tsmc")),
    ("an object before 的", "美国对中国的芯片企业实施制裁。", ("usa", "restricts", "china")),  # no name after the 的
    ("an object before 的", "美国制裁华为和为其供货的中国企业。", ("usa", "restricts", "huawei")),  # a list's next member
    ("an object before 的", "台积电将芯片运往中国的客户。", ("tsmc", "supplies", "china")),  # a possessive, no clause
    ("a regulator's finding", "中国市场监管总局周五表示,高通违反了《反垄断法》。", ("samr", "investigates", "qualcomm")),
    ("a regulator's finding", "美国商务部指出,中兴通讯多次违规向伊朗出口设备。", ("us_commerce", "investigates", "zte")),
    ("a regulator's finding", "韩国公平交易委员会调查发现,高通违反了公平交易法。", ("kftc", "investigates", "qualcomm")),
    ("object marker", "日本公正取引委员会对谷歌开出罚单。", ("jftc", "investigates", "google")),
    ("whose list", "上月,海光信息也被纳入美国商务部的实体清单。", ("us_commerce", "restricts", "hygon")),
    ("disposal marker", "美国财政部将华为、中兴通讯等企业列为制裁对象。", ("us_treasury", "restricts", "zte")),
    ("passive", "中兴通讯遭美国制裁。", ("usa", "restricts", "zte")),
    # an agent glued to its country (美国BIS); already or once done (已经被, 曾经被: 经 is no preposition there)
    ("passive", "长江存储被美国BIS列入实体清单。", ("bis", "restricts", "ymtc")),
    ("passive", "中兴通讯去年被美国FBI调查。", ("fbi", "investigates", "zte")),
    ("passive", "华为已经遭到美国制裁。", ("usa", "restricts", "huawei")),
    ("passive", "中芯国际曾经被美国商务部列入实体清单。", ("us_commerce", "restricts", "smic")),
    ("passive", "高通被中国国家市场监督管理总局调查。", ("samr", "investigates", "qualcomm")),
    ("passive", "英特尔因涉嫌垄断而受到欧盟委员会的调查。", ("eu_commission", "investigates", "intel")),
    ("object marker", "日本公正取引委員會對谷歌展開調查。", ("jftc", "investigates", "google")),  # traditional script
    ("purchase", "小米从高通采购了大量芯片。", ("qualcomm", "supplies", "xiaomi")),
    ("purchase", "字节跳动采购了大量英伟达芯片。", ("nvidia", "supplies", "bytedance")),
    ("purchase", "华为通过代理商从台积电取得晶圆。", ("tsmc", "supplies", "huawei")),
    ("purchase as a noun", "字节跳动今年加大了对寒武纪产品的采购。", ("cambricon", "supplies", "bytedance")),
    ("qualified by the customer", "美光的HBM4样品已通过英伟达的质量认证。", ("micron", "supplies", "nvidia")),
    ("qualified by the customer", "长鑫存储获得了华为的供应商资格认证。", ("cxmt", "supplies", "huawei")),
    ("customers from a market", "寒武纪的客户主要来自中国大陆。", ("cambricon", "supplies", "china")),
    ("a market's revenue", "科磊的中国营收占比接近四成。", ("kla", "supplies", "china")),
    ("a market's revenue", "AMD的中国市场份额持续上升。", ("amd", "supplies", "china")),
    ("purchase as a noun", "苹果表示,对台积电晶圆的采购将保持稳定。", ("tsmc", "supplies", "apple")),
    ("goal, customer", "英伟达把H20芯片卖给阿里巴巴。", ("nvidia", "supplies", "alibaba")),
    ("goal, customer", "台积电为苹果代工芯片。", ("tsmc", "supplies", "apple")),
    ("goal, customer", "美国是台积电最大的市场。", ("tsmc", "supplies", "usa")),
    ("goal, customer", "日本是三星第四大市场。", ("samsung", "supplies", "japan")),  # no 的, ranked
    ("goal, customer", "AMD将MI308芯片的库存售给腾讯。", ("amd", "supplies", "tencent")),
    ("goal, customer", "台湾是AMD第二大营收来源地。", ("amd", "supplies", "taiwan")),
    ("goal, customer", "英伟达的主要客户包括微软。", ("nvidia", "supplies", "microsoft")),
    # a relative clause about goods, not a dealer, still names the measure's target
    ("relative clause", "美国限制向中国出口的芯片种类再次扩大。", ("usa", "restricts", "china")),
    # an anaphor that names the kind of body it stands for: the last name that ends so
    ("that university", "美国商务部将北京航空航天大学列入实体清单,该校此前曾从英伟达采购芯片。",
     ("nvidia", "supplies", "buaa")),
    ("that association", "英特尔与中国半导体行业协会会谈。会后,该协会呼吁企业谨慎采购美国芯片。", ("csia", "opposes", "usa")),
    # urging a measure on a country, asked for in the country's own clause
    ("urging a measure on a country", "参议员汤姆·科顿呼吁商务部加强对华芯片出口管制。", ("tom_cotton", "opposes", "china")),
    ("urging a measure on a country", "英特尔要求美国政府对日本实施报复性关税。", ("intel", "opposes", "japan")),
    # meddling on a pretext, condemned
    ("pretext", "外交部发言人说,日方以国家安全为名,打压中国企业。", ("cn_mfa", "opposes", "japan")),
    ("meddling", "商务部发言人表示,荷方应停止以国家安全为由干预企业内部事务。", ("cn_commerce", "opposes", "netherlands")),
    # a decision named again after the measure is its maker's; a legislator may oppose their own government
    ("the decision again", "荷兰政府宣布收紧光刻机出口管制。中方认为,这一决定违背市场原则。", ("china", "opposes", "netherlands")),
    ("the decision again", "日本宣布限制光刻胶出口。该决定遭到韩国强烈反对。", ("south_korea", "opposes", "japan")),
    ("legislator on their government", "美国宣布放宽对华芯片出口。参议员伊丽莎白·沃伦批评称,这一决定将损害美国的国家安全。",
     ("elizabeth_warren", "opposes", "usa")),
    # 对此 after a company that said what it does is that company's act
    ("reaction to a company's act (a guard: it passed before)", "英伟达周三表示,将暂停向中国出售H20。中方对此表示不满。",
     ("china", "opposes", "nvidia")),
    # what a company says goes on with it past a clause that opens with another subject, unnamed
    ("said past an unnamed subject (a guard: it passed before)", "英伟达表示,中国企业的需求依然强劲,公司将继续向中国出口H20。",
     ("nvidia", "supplies", "china")),
    # a company's unit named after it and 的 is the subject that later clauses go on with
    ("unit after 的", "百度的昆仑芯推出了P800,并获得中国移动的订单。", ("kunlunxin", "supplies", "china_mobile")),
    ("unit after 的", "阿里巴巴的平头哥推出新芯片,随后向中国移动交付。", ("pingtouge", "supplies", "china_mobile")),
    # a clause that opens with a time ahead goes on with the subject
    ("time ahead", "英特尔宣布与苹果合作,在未来五年内向其供应芯片。", ("intel", "supplies", "apple")),
    ("time ahead", "三星电子将与特斯拉合作,未来三年向其供应芯片。", ("samsung", "supplies", "tesla")),
    # joiners that stack, and a company listed with its unit
    ("stacked joiners", "美国商务部将华为、以及中芯国际列入实体清单。", ("us_commerce", "restricts", "smic")),
    ("company and its unit", "美国商务部将中兴通讯及其子公司中兴微电子列入实体清单。", ("us_commerce", "restricts", "zte")),
    ("company and its unit", "美国商务部将中兴通讯及其子公司中兴微电子列入实体清单。", ("us_commerce", "restricts", "sanechips")),
    ("company and its unit", "商务部将华为及其子公司海思、以及中芯国际等12家实体列入管控名单。", ("cn_commerce", "restricts", "smic")),
    # a country and what kind of body it is, before a name put on a list, describe the name
    ("described body listed", "美国商务部将中国实体中兴通讯列入实体清单。", ("us_commerce", "restricts", "zte")),
    ("described body listed", "美国商务部将中国科研机构中国电子科技集团列入实体清单。", ("us_commerce", "restricts", "cetc")),
    ("described body listed", "美国商务部将中国教育机构国防科技大学列入实体清单。", ("us_commerce", "restricts", "nudt")),
    # a country before what a company is by its trade and its name describes it: the company acts
    ("trade description", "日本设备商尼康也表示,由于无法向中国客户出口光刻机,公司营收下滑。", ("nikon", "supplies", "china")),
    ("trade description", "美国软件商楷登电子也宣布,将向华为恢复供货。", ("cadence", "supplies", "huawei")),
    ("trade description", "美国设备商应用材料称,已停止向中芯国际发货。", ("applied_materials", "supplies", "smic")),
    # a company before a kind of product after 的 makes it: the relative clause modifies the product
    ("maker's product", "美国司法部指控小米通过中间商购买受管制的英伟达芯片。", ("us_doj", "investigates", "xiaomi")),
    ("maker's product", "中国半导体行业协会批评美光销售未经审查的英特尔处理器。", ("csia", "opposes", "micron")),
    ("maker's product", "美国商务部起诉中科曙光违规使用未经许可的美光存储芯片。", ("us_commerce", "investigates", "sugon")),
    ("revenue from a market", "迪思科上财年来自中国大陆的销售额大增。", ("disco", "supplies", "china")),
    ("revenue, market first", "来自中国的营收占高通总营收的四成以上。", ("qualcomm", "supplies", "china")),
    ("revenue, market first", "来自日本市场的收入占阿斯麦营收的一成。", ("asml", "supplies", "japan")),
    ("revenue, market first", "来自美国的收入约占联发科营收的三成。", ("mediatek", "supplies", "usa")),  # how much
    # a market's share told with how much, as its customers', of two markets together, of 其 figures
    ("a market's share", "2024年中国市场约占高通营收的六成。", ("qualcomm", "supplies", "china")),
    ("a market's share", "韩国客户占阿斯麦销售额的两成。", ("asml", "supplies", "south_korea")),
    # sales as a noun after the market; a list's, closed by 等 and its noun
    ("a market's sales", "东京电子的中国销售占比一度超过四成。", ("tokyo_electron", "supplies", "china")),
    ("a list's market revenue", "爱德万测试、迪思科等日本厂商的中国营收大幅增长。", ("disco", "supplies", "china")),
    # the share a market's customers contribute, glued to the speaker it carries
    ("a market's contribution", "阿斯麦称,韩国客户贡献的销售额同比增长三成。", ("asml", "supplies", "south_korea")),
    ("a market named the largest", "中国大陆是科磊最大单一市场,营收占比约四成。", ("kla", "supplies", "china")),
    # the share told inside the figure
    ("a market's share inside", "中国市场在德州仪器营收中占比约两成。", ("texas_instruments", "supplies", "china")),
    ("a market's share inside", "东京电子表示,中国大陆在其销售额中所占比重已降至四成。",
     ("tokyo_electron", "supplies", "china")),
    ("a customer's share inside", "腾讯在寒武纪营收中的占比超过七成。", ("cambricon", "supplies", "tencent")),
    ("a market's share", "日本和韩国合计贡献了科磊约三成的营收。", ("kla", "supplies", "south_korea")),
    ("a market's share", "科磊在年报中说,中国大陆约占其营收的四成。", ("kla", "supplies", "china")),
    ("a market's share", "据三星财报,中国市场在去年贡献了其存储业务营收的三成。", ("samsung", "supplies", "china")),
    ("a region's revenue", "年报显示,科磊2024财年中国区收入约40亿美元。", ("kla", "supplies", "china")),
    ("a customer's share, named first", "来自苹果的营收约占台积电总营收的两成。", ("tsmc", "supplies", "apple")),
    # the buyer as the purchase's agent; a market's share for 其 (为其贡献)
    ("bought by an agent", "H20此前主要由字节跳动和腾讯采购。", ("nvidia", "supplies", "tencent")),
    ("bought by an agent", "MI308芯片曾由阿里巴巴大量采购。", ("amd", "supplies", "alibaba")),
    ("a market's share", "英伟达表示,中国市场为其贡献了13%的营收。", ("nvidia", "supplies", "china")),
    # making handed over by the customer
    ("making entrusted", "兆易创新将晶圆制造委托给中芯国际、武汉新芯等代工厂。", ("smic", "supplies", "gigadevice")),
    ("making entrusted", "苹果委托台积电代工A18芯片。", ("tsmc", "supplies", "apple")),
    ("making entrusted", "小米把手机组装外包给富士康。", ("foxconn", "supplies", "xiaomi")),
    # a later clause opened by a passive marker goes on with the sentence's subject
    ("passive clause, carried", "三星因向华为供应芯片,被美国商务部处以罚款。", ("us_commerce", "investigates", "samsung")),
    ("passive clause, carried", "英伟达发布新芯片,遭到美国商务部调查。", ("us_commerce", "investigates", "nvidia")),
    ("passive after a time clause", "中芯国际在2020年12月,被美国商务部列入实体清单。", ("us_commerce", "restricts", "smic")),
    ("executives summoned", "市场监管总局约谈英伟达高管。", ("samr", "investigates", "nvidia")),  # a guard
    # a list's member named after what kind of product it is
    ("a kind before a member", "美国限制英伟达向中国出口高端芯片H100、中端芯片A800。", ("usa", "restricts", "a800")),
    # a licence duty asked of the authority, the goods what a clause before exports
    ("licence asked of", "东京电子向中国出口刻蚀设备,需向日本经济产业省申请许可。", ("meti", "restricts", "tokyo_electron")),
    ("licence asked of", "英伟达出口H20,须事先获得美国商务部的许可证。", ("us_commerce", "restricts", "h20")),
    # an accusation told as what was said: its target opens what follows
    ("accused, said", "三星在起诉书中指控,京东方的OLED面板侵犯了其专利。", ("samsung", "opposes", "boe")),
    ("accused, said", "格芯指控,中芯国际窃取了其工艺机密。", ("globalfoundries", "opposes", "smic")),
    # the name a passive listing describes, the agent after the trigger
    ("passive listing, described", "美光向被列入美国实体清单的长江存储出售了存储芯片。", ("usa", "restricts", "ymtc")),
    ("passive listing, described", "据报道,被列入美国实体清单的寒武纪已转向国内代工。", ("usa", "restricts", "cambricon")),
    # 对此 past the reacting person's titled employer and what describes it: what was reported
    ("reaction past the reactor's descriptors",
     "美国商务部宣布批准H20对华出口。众议院“美中战略竞争特别委员会”主席穆勒纳尔(John Moolenaar)对此表示担忧。",
     ("moolenaar", "opposes", "us_commerce")),
    # a harm a measure brings as the clause's own act is the measure's (a guard: it passed before)
    ("harm brought", "美国的制裁给华为造成了巨大损失。", ("usa", "restricts", "huawei")),
    # a market's or its customers' part glued to the company, or in a clause of what it says
    ("revenue of its customers", "阿斯麦表示,中国客户的销售额明年将下降。", ("asml", "supplies", "china")),
    ("revenue of its customers", "东京电子称,中国市场的营收占比已降至三成。", ("tokyo_electron", "supplies", "china")),
    ("revenue of its customers", "英伟达韩国客户的收入增长了一倍。", ("nvidia", "supplies", "south_korea")),
    ("demand met", "三星扩大HBM产能,以满足英伟达等大客户的需求。", ("samsung", "supplies", "nvidia")),
    ("demand met", "台积电满足了苹果和AMD的订单需求。", ("tsmc", "supplies", "amd")),
    ("demand met", "AMD推出MI308芯片,满足中国市场需求。", ("amd", "supplies", "china")),
    ("stance", "对于美国的出口管制,中国商务部强烈不满。", ("cn_commerce", "opposes", "usa")),
    ("stance", "日本宣布限制光刻胶出口。韩国对此表示抗议。", ("south_korea", "opposes", "japan")),
    ("stance", "美国扩大对光刻机的管制范围,中国对此坚决反对。", ("china", "opposes", "usa")),
    ("stance", "日本经济产业省宣布制裁长江存储,中方对此举表示强烈不满。", ("china", "opposes", "meti")),  # not the object
    # 对此 in the next sentence is about what that sentence's subject did.
    ("stance", "日本宣布扩大出口管制,东京电子的订单将受到影响。中方对此表示强烈不满。", ("china", "opposes", "japan")),
    ("stance", "韩国政府对日本的出口管制措施表示强烈遗憾。", ("south_korea", "opposes", "japan")),
    # not about a company whose figures moved in between
    ("stance", "美国宣布对中芯国际实施制裁。消息传出后,中芯国际股价大跌。中方对此表示强烈不满。", ("china", "opposes", "usa")),
    ("condemn", "商务部发言人称,日方的做法严重违背自由贸易原则。", ("cn_commerce", "opposes", "japan")),
    ("condemn: wrecking an order", "韩国产业通商资源部表示,日方的出口限制严重扰乱全球供应链。",
     ("motie", "opposes", "japan")),
    ("condemn: wrecking an order", "中国外交部称,美方此举严重破坏国际经贸秩序。", ("cn_mfa", "opposes", "usa")),
    # 对此 opening what a spokesman said is about what was reported before, not about the spokesman.
    ("stance", "荷兰政府宣布扩大出口管制。中国外交部发言人毛宁表示,中方对此坚决反对。", ("china", "opposes", "netherlands")),
    ("stance", "美国商务部表示,将对华为实施制裁,中方对此坚决反对。", ("china", "opposes", "us_commerce")),
    # Nor about the company of a titled person who reacts.
    ("stance", "荷兰撤销了阿斯麦的部分许可证。阿斯麦总裁富凯对此表示失望。", ("fouquet", "opposes", "netherlands")),
    ("stance", "韩国政府宣布新规。三星电子会长李在镕对此深表遗憾。", ("lee_jae_yong", "opposes", "south_korea")),
    # a matter fronted with 对于 or 针对 is what 对此 stands for, whoever the sentence before named
    ("stance", "美国将两家公司列入实体清单。其中一家是长江存储。对于美方此举,外交部发言人表示,中方对此坚决反对。",
     ("china", "opposes", "usa")),
    ("stance", "日本宣布扩大出口管制。尼康表示影响有限。针对日方的这一做法,商务部发言人称,中方对此强烈不满。",
     ("china", "opposes", "japan")),
    ("stance", "荷兰政府宣布接管安世半导体,此举遭到中方强烈反对。", ("china", "opposes", "netherlands")),
    ("stance", "美方执意推进这项立法,这一做法损人不利己,中方坚决反对!", ("china", "opposes", "usa")),
    ("stance", "日本修订了出口管理规定,韩国政府强烈抗议。", ("south_korea", "opposes", "japan")),
    ("despite", "日本政府不顾中方的强烈反对,宣布扩大出口管制。", ("china", "opposes", "japan")),
    ("letter", "众议员穆勒纳尔致函商务部长卢特尼克,要求将长江存储列入实体清单。", ("moolenaar", "opposes", "ymtc")),
    ("stance on a measure", "中国商务部对美国的出口管制表示坚决反对。", ("cn_commerce", "opposes", "usa")),
    ("stance on a measure", "港府强烈谴责美国的单边制裁。", ("hong_kong", "opposes", "usa")),  # 港府: Hong Kong's government
    ("stance on a measure", "英伟达对美国的出口限制感到失望。", ("nvidia", "opposes", "usa")),
    ("despite", "荷兰罔顾中国的严正抗议,限制阿斯麦出口光刻机。", ("china", "opposes", "netherlands")),
    ("suing a body", "大疆起诉美国国防部,要求撤销相关认定。", ("dji", "opposes", "us_dod")),
    ("suing a body", "小米对美国国防部提起诉讼。", ("xiaomi", "opposes", "us_dod")),
    ("a protest lodged", "中国外交部向日本提出严正交涉。", ("cn_mfa", "opposes", "japan")),
    ("a measure judged", "苏姿丰称,日本的出口限制适得其反。", ("lisa_su", "opposes", "japan")),
    ("a measure judged", "荷兰首相表示,美国的芯片禁令彻底失败。", ("netherlands", "opposes", "usa")),
    ("a measure judged", "韩国政府认为,日本的出口限制措施不合理。", ("south_korea", "opposes", "japan")),
    ("a threat named", "美国国务院发言人说,俄罗斯构成严重威胁。", ("us_state_dept", "opposes", "russia")),
    ("a protest lodged", "韩国政府已就半导体材料出口管制向日方提出交涉。", ("south_korea", "opposes", "japan")),
    ("a protest lodged", "中方就美方扩大实体清单向美方提出严正交涉。", ("china", "opposes", "usa")),  # a name in the matter
    ("a stance on a matter", "中方就日本限制光刻胶出口一事表示强烈不满。", ("china", "opposes", "japan")),
    ("a stance on a matter", "商务部发言人就荷兰扩大管制问题表示坚决反对。", ("cn_commerce", "opposes", "netherlands")),
    # a measure or policy after 就 is its maker's, whoever it names
    ("a stance on a measure", "外交部就日本对华为的制裁表示坚决反对。", ("cn_mfa", "opposes", "japan")),
    ("a stance on a measure", "韩国就日本的出口管制新规表示遗憾。", ("south_korea", "opposes", "japan")),
    ("a stance on a measure", "美国就中方对稀土的出口管制表示强烈不满。", ("usa", "opposes", "china")),
    ("a stance on a measure", "中方就美国国会通过的涉华法案表示强烈不满。", ("china", "opposes", "us_congress")),  # a bill
    ("carried subject", "美国商务部周四发布新规,并将海康威视列入实体清单。", ("us_commerce", "restricts", "hikvision")),
    ("carried subject", "日本与荷兰达成协议,共同限制对华出口光刻机。", ("japan", "restricts", "china")),  # 共同 opens no subject
    ("carried subject", "美国财政部上月宣布新的制裁措施。此外,还将中芯国际列入黑名单。", ("us_treasury", "restricts", "smic")),
    ("carried subject", "中国国家市场监督管理总局周一宣布,依法对高通开展立案调查。", ("samr", "investigates", "qualcomm")),
    ("carried subject, a basis", "日本经济产业省周五表示,根据《外汇法》将限制向中芯国际出口设备。",
     ("meti", "restricts", "smic")),
    ("carried subject, a basis", "美国财政部宣布,依据国际紧急经济权力法冻结海康威视在美资产。",
     ("us_treasury", "restricts", "hikvision")),
    ("carried subject, a start", "中国商务部宣布,自即日起对美国芯片企业美光科技实施出口管制。",
     ("cn_commerce", "restricts", "micron")),
    ("carried subject, a start", "韩国产业通商资源部表示,从下月起将限制向长鑫存储出口设备。",
     ("motie", "restricts", "cxmt")),
    ("a company's seat", "美国商务部宣布制裁总部位于上海的中芯国际。", ("us_commerce", "restricts", "smic")),
    ("a company's seat", "美国财政部制裁了总部设在北京的商汤科技。", ("us_treasury", "restricts", "sensetime")),
    ("anaphor", "英伟达周三发布财报。该公司表示,将向中国客户出售H20。", ("nvidia", "supplies", "china")),
    # a company counted as one is that one when its name follows (一家中国公司华为)
    ("anaphor", "美国商务部将一家中国公司华为列入实体清单,该公司随后向伊朗出售了设备。", ("huawei", "supplies", "iran")),
    ("anaphor", "荷兰政府表示,当局决定吊销ASML部分光刻机的出口许可证。", ("netherlands", "restricts", "asml")),
    ("anaphor", "美国商务部发布《人工智能扩散框架》。英伟达、甲骨文等公司强烈批评该规则。", ("oracle", "opposes", "ai_diffusion_rule")),
    ("implicit country", "美国继续收紧对华芯片出口。", ("usa", "restricts", "china")),
    ("implicit country", "英伟达在华销售额大幅下降。", ("nvidia", "supplies", "china")),
    ("refused, revoked, listed, ordered", "中国海关不允许进口英伟达H20芯片。", ("cn_customs", "restricts", "h20")),
    ("refused, revoked, listed, ordered", "美国商务部拒绝批准英伟达向中国出口H20。", ("us_commerce", "restricts", "nvidia")),
    ("refused, revoked, listed, ordered", "美国商务部撤销了华为的出口许可证。", ("us_commerce", "restricts", "huawei")),
    ("refused, revoked, listed, ordered", "美国商务部取消对三星的VEU资格。", ("us_commerce", "restricts", "samsung")),
    ("refused, revoked, listed, ordered", "美国商务部吊销了美光和西部数据向华为供货的许可证。", ("us_commerce", "restricts", "micron")),
    ("carried subject", "小米获得了美国政府的许可,可以继续采购高通的芯片。", ("qualcomm", "supplies", "xiaomi")),  # 可以 opens none
    ("carried subject, how much", "铠侠今年扩建日本工厂,主要供货给苹果。", ("kioxia", "supplies", "apple")),
    ("carried subject, how much", "SK海力士的HBM产能已排满,大部分供应英伟达。", ("sk_hynix", "supplies", "nvidia")),
    ("carried subject, still", "高通上季度利润下滑,仍然向小米供应芯片。", ("qualcomm", "supplies", "xiaomi")),
    ("carried subject, still", "日本政府顶住压力,依然限制对韩国出口光刻胶。", ("japan", "restricts", "south_korea")),
    ("refused, revoked, listed, ordered", "美国商务部责令应用材料停止向中芯国际出货。", ("us_commerce", "restricts", "applied_materials")),
    ("refused, revoked, listed, ordered", "中国网信办要求各大平台停止采购英伟达芯片。", ("cac", "restricts", "nvidia")),
    ("seized", "荷兰政府援引《货物供应法》接管安世半导体。", ("netherlands", "restricts", "nexperia")),
    ("seized", "安世半导体上月被荷兰政府接管。", ("netherlands", "restricts", "nexperia")),
    ("vetoed", "美国外国投资委员会否决了博通对高通的收购。", ("cfius", "restricts", "broadcom")),
    ("a measure given as the cause", "由于荷兰的出口管制,中芯国际无法购买浸没式光刻机。", ("netherlands", "restricts", "smic")),
    ("a measure given as the cause", "因美国制裁,海光信息的订单大幅减少。", ("usa", "restricts", "hygon")),
    ("a licence regime", "日本对东京电子的部分设备出口实施许可证制度。", ("japan", "restricts", "tokyo_electron")),
    # a measure widened or tightened, its target glued before it with no marker
    ("measure after its target", "荷兰政府扩大阿斯麦浸润式光刻机出口限制。", ("netherlands", "restricts", "asml")),
    ("measure after its target", "美国宣布升级中芯国际出口管制。", ("usa", "restricts", "smic")),
    # cooperating with a body's investigation is undergoing it
    ("cooperating", "安森美发表声明称,公司将积极配合中国商务部的调查。", ("cn_commerce", "investigates", "onsemi")),
    ("cooperating", "高通表示将全力配合市场监管总局审查。", ("samr", "investigates", "qualcomm")),
    # a wire story's dateline names no subject
    ("dateline", "(彭博社东京综合报道)日本政府宣布,将限制东京电子向中国出口设备。", ("japan", "restricts", "tokyo_electron")),
    ("dateline", "(路透社华盛顿18日电)美国商务部周二公布新规,限制向中国出口先进芯片。", ("us_commerce", "restricts", "china")),
    ("dateline", "新华社东京5日电(记者赵六)日本经济产业省宣布,限制向中国出口半导体设备。", ("meti", "restricts", "china")),
    ("dateline", "07:55 【日本出口管制新规生效】共同社东京4月1日电,日本经济产业省宣布限制向中国出口半导体设备。",
     ("meti", "restricts", "china")),
    ("dateline", "〔记者陈家豪/台北报导〕经济部宣布,将扩大对华为的出口管制。", ("tw_moea", "restricts", "huawei")),
    ("dateline", "〔記者吳雅婷/新竹報導〕荷蘭政府宣布,限制艾司摩爾向中國出口設備。", ("netherlands", "restricts", "asml")),
    ("dateline", "[记者周明/上海报道]商务部宣布,对美光产品实施审查。", ("cn_commerce", "investigates", "micron")),
    # who is told, in a clause of its own, that what follows needs a licence, and the product named there
    ("told a licence is needed", "美国商务部通知AMD,向中国出口MI308芯片需要获得许可证。", ("us_commerce", "restricts", "amd")),
    ("told a licence is needed", "美国商务部通知AMD,向中国出口MI308芯片需要获得许可证。", ("us_commerce", "restricts", "mi308")),
    ("told a licence is needed", "日本政府告知东京电子,对华出口刻蚀设备需要许可证。", ("japan", "restricts", "tokyo_electron")),
    ("limited", "日本经济产业省修订出口规则,东京电子等企业受限。", ("meti", "restricts", "tokyo_electron")),
    ("limited", "鉴于美国的新规,MI308芯片对华出口受到限制。", ("usa", "restricts", "mi308")),  # 于 of 鉴于 marks no object
    ("limited", "中芯国际受限于美国的出口管制,扩产放缓。", ("usa", "restricts", "smic")),
    ("refused, revoked, listed, ordered", "荷兰政府要求阿斯麦在向中国出口浸没式光刻机前申请许可证。",
     ("netherlands", "restricts", "asml")),
    ("refused, revoked, listed, ordered", "韩国产业通商资源部通知三星,出口相关设备须事先取得许可。", ("motie", "restricts", "samsung")),
    ("refused, revoked, listed, ordered", "经济部更新出口管制名单,新增华为、中芯国际等实体。", ("tw_moea", "restricts", "smic")),
    ("refused, revoked, listed, ordered", "日本经济产业省新增的管制对象包括长江存储和中科曙光。", ("meti", "restricts", "sugon")),
    ("refused, revoked, listed, ordered", "美国财政部将下列实体列入制裁名单:海康威视、大华股份。", ("us_treasury", "restricts", "dahua")),
    ("refused, revoked, listed, ordered", "美国商务部此次列入的中国企业包括摩尔线程。", ("us_commerce", "restricts", "moore_threads")),
    ("refused, revoked, listed, ordered", "美国商务部将27家中国实体列入实体清单,其中包括浪潮集团的多家子公司。",
     ("us_commerce", "restricts", "inspur")),
    ("supplier", "台积电是苹果的主要供应商。", ("tsmc", "supplies", "apple")),
    ("supplier", "苹果的供应商台积电表示。", ("tsmc", "supplies", "apple")),
    ("rivals joined by 与", "华为与英伟达在AI芯片市场展开竞争。", ("huawei", "competes_with", "nvidia")),
    ("rivals joined by 与", "寒武纪、摩尔线程和华为与英伟达争夺市场。", ("moore_threads", "competes_with", "nvidia")),
    ("named rival", "摩尔线程被称为英伟达在国内的劲敌。", ("moore_threads", "competes_with", "nvidia")),  # no verb
    ("petition for a trade remedy", "应美国半导体行业协会申请,美国商务部对日本存储芯片发起反倾销调查,涉及铠侠。",
     ("sia", "opposes", "kioxia")),
    ("petition for a trade remedy", "应美光的申请,美国商务部启动反补贴调查,被调查企业包括SK海力士和三星。",
     ("micron", "opposes", "sk_hynix")),
    ("licence issued for the holder", "日本经济产业省为东京电子颁发了对华出口许可证。", ("meti", "permits", "tokyo_electron")),
    ("licence of the holder told first", "荷兰政府证实,阿斯麦的部分出口许可证已重新签发。", ("netherlands", "permits", "asml")),
    ("licence issued for the holder", "美国商务部已为SK海力士核发设备出口许可。", ("us_commerce", "permits", "sk_hynix")),
    ("warned", "美国国务卿警告巴拿马不要让中国企业控制港口。", ("usa", "opposes", "panama")),
    ("warned", "特朗普告诫台积电,必须在美国建厂。", ("trump", "opposes", "tsmc")),
    ("warned", "中国商务部向荷兰发出严厉警告。", ("cn_commerce", "opposes", "netherlands")),
    ("named rival, as what it serves", "壁仞的产品可作为英伟达芯片的替代品。", ("biren", "competes_with", "nvidia")),
    ("named rival, as what it serves", "寒武纪作为英伟达在国内最强的竞争对手,股价大涨。", ("cambricon", "competes_with", "nvidia")),
    ("matched", "摩尔线程称其新款显卡与英伟达的产品不相上下。", ("moore_threads", "competes_with", "nvidia")),
    ("matched", "在推理任务上,昇腾与英伟达H20旗鼓相当。", ("ascend", "competes_with", "h20")),
    # rivals named after what the sentence says of a company
    ("rivals after", "英伟达的份额持续下滑,寒武纪等国内竞争对手趁势扩张。", ("cambricon", "competes_with", "nvidia")),
    ("rivals after", "三星的利润大跌,SK海力士等对手却大幅增长。", ("sk_hynix", "competes_with", "samsung")),
    ("named rival", "业界普遍将昇腾910视为英伟达H100的替代品。", ("ascend_910", "competes_with", "h100")),
    ("named rival", "壁仞科技正成为AMD在中国市场的对手。", ("biren", "competes_with", "amd")),
    ("lobbying to ease", "美光游说日本政府放宽对华出口管制。", ("micron", "opposes", "japan")),
    ("lobbying to ease", "三星电子促请美方暂缓实施新规。", ("samsung", "opposes", "usa")),  # a compound trigger
    ("lobbying to ease", "台积电呼吁美国商务部重新考虑这项禁令。", ("tsmc", "opposes", "us_commerce")),
    ("lobbying against a measure", "美光敦促日本政府不要对中国实施新的出口管制。", ("micron", "opposes", "japan")),
    ("lobbying against a measure", "阿斯麦游说荷兰政府勿进一步限制光刻机出口。", ("asml", "opposes", "netherlands")),
    ("rivals named together", "华为和苹果互为竞争对手。", ("huawei", "competes_with", "apple")),
    ("rivals named together", "联发科与高通在手机芯片领域是老对手。", ("mediatek", "competes_with", "qualcomm")),
    ("rivals named together", "比亚迪和特斯拉一直是直接竞争对手。", ("byd", "competes_with", "tesla")),
    ("a lag behind a rival", "中芯国际的先进制程仍落后于台积电两代。", ("smic", "competes_with", "tsmc")),
    # a rival product its maker describes with a modifier (英伟达最新的, 英伟达的最新, 英伟达新一代): the product
    ("a rival product, described", "寒武纪的思元590性能超过英伟达新一代H20。", ("mlu590", "competes_with", "h20")),
    ("a rival product, 的 then a modifier", "海光的DCU在推理上追赶英伟达的最新A100。",
     ("hygon_dcu", "competes_with", "a100")),
    ("a product restricted, described by its maker", "美国商务部限制英伟达最先进的Blackwell芯片对华出口。",
     ("us_commerce", "restricts", "blackwell")),
    ("a maker a modifier keeps apart makes what a later verb launches", "英伟达最新的B200和即将推出的B300都不在此列。",
     ("b300", "made_by", "nvidia")),
    ("the gap to a rival", "这笔订单有望帮助三星缩小与台积电的差距。", ("samsung", "competes_with", "tsmc")),
    ("the gap to a rival", "昇腾910C与H100之间的性能差距正在缩小。", ("ascend_910c", "competes_with", "h100")),
    ("named rival", "摩尔线程被视为AMD在中国的主要竞争者。", ("moore_threads", "competes_with", "amd")),
    ("rivals joined by 与", "寒武纪与英伟达在推理芯片市场激烈角逐。", ("cambricon", "competes_with", "nvidia")),
    ("supplier", "SK海力士成为AMD的主要内存供应商。", ("sk_hynix", "supplies", "amd")),
    ("supplier", "联电是高通的代工商之一。", ("umc", "supplies", "qualcomm")),
    ("supplier", "格芯是AMD长期的代工合作伙伴。", ("globalfoundries", "supplies", "amd")),
    ("supplier", "联发科为小米的主要芯片供应商。", ("mediatek", "supplies", "xiaomi")),
    ("supplier", "三星作为苹果的长期供应商,今年订单增加。", ("samsung", "supplies", "apple")),
    ("named rival", "沐曦的曦云C500被视为英伟达A100的国产替代。", ("xiyun_c500", "competes_with", "a100")),
    ("revenue from a market", "英伟达在中国的收入大幅下降。", ("nvidia", "supplies", "china")),
    ("revenue from a market", "AMD在中国数据中心市场的份额持续上升。", ("amd", "supplies", "china")),
    ("revenue from a market", "英特尔上季度在中国的营收下滑。", ("intel", "supplies", "china")),
    ("goal, customer", "富士康为AMD组装服务器。", ("foxconn", "supplies", "amd")),
    ("revenue from a market", "AMD约四分之一的营收来自中国。", ("amd", "supplies", "china")),
    ("revenue from a market", "美国市场占台积电营收的六成以上。", ("tsmc", "supplies", "usa")),
    ("revenue from a market", "中国占英伟达营收的13%。", ("nvidia", "supplies", "china")),  # the market named alone
    ("revenue from a market", "日本约占科磊2024年销售额的一成。", ("kla", "supplies", "japan")),
    # a customer's share, with how it stands between
    ("customer's share", "小米已占联发科订单的三成。", ("mediatek", "supplies", "xiaomi")),
    # made to a customer's order; a service's provider
    ("made to order", "博通为OpenAI定制AI芯片。", ("broadcom", "supplies", "openai")),
    ("provider", "亚马逊是Anthropic的主要云服务提供商。", ("amazon", "supplies", "anthropic")),
    ("customer's share", "报告称,苹果仍占三星电子OLED面板营收的四分之一。", ("samsung", "supplies", "apple")),
    ("making for a customer", "三星电子明年将为特斯拉生产AI6芯片。", ("samsung", "supplies", "tesla")),
    ("making for a customer", "中芯国际替华为制造麒麟芯片。", ("smic", "supplies", "huawei")),
    ("foundry as maker", "中芯国际替华为制造麒麟9000S芯片。", ("kirin_9000s", "made_by", "smic")),
    ("foundry as maker", "台积电今年将为AMD生产MI350芯片。", ("mi350", "made_by", "tsmc")),
    # an agent's clause closed by 的 after 是 says what the product is (a guard: it passed before)
    ("agent, after 是", "MI350是由台积电代工的芯片,今年量产。", ("mi350", "made_by", "tsmc")),
    # the written copula 为 or 系 before the maker's clause that describes the product
    ("copula", "H800为英伟达去年专门面向中国客户推出的数据中心芯片。", ("h800", "made_by", "nvidia")),
    ("copula", "业内人士称,MI308系AMD为遵守出口规定而设计的降规版本。", ("mi308", "made_by", "amd")),
    ("copula", "麒麟9000S为华为旗下海思自主设计的芯片。", ("kirin_9000s", "made_by", "hisilicon")),
    # a maker or its officer announcing a launch, the product opening what was said
    ("announced launch", "寒武纪董事长陈天石表示,思元590已开始量产。", ("mlu590", "made_by", "cambricon")),
    ("announced launch", "华为副董事长宣布,昇腾960将于明年推出。", ("ascend_960", "made_by", "huawei")),  # a guard: passed before
    ("announced launch", "华为的芯片路线图显示,昇腾960将于明年推出。", ("ascend_960", "made_by", "huawei")),  # what its plan shows
    # the same agent opening a later clause still makes what it names there
    ("maker in a later clause", "英伟达在发布会上推出了新一代平台,该公司同时发布了B30A芯片。", ("b30a", "made_by", "nvidia")),
    ("maker", "H20是英伟达专为中国市场设计的芯片。", ("h20", "made_by", "nvidia")),
    # a maker selling its own product, to a place or to customers, a modifier between
    ("maker sells", "美国政府批准英伟达向中东出口B300芯片。", ("b300", "made_by", "nvidia")),
    ("maker sells", "白宫考虑允许AMD向中国客户出售性能下调的MI308芯片。", ("mi308", "made_by", "amd")),
    ("maker", "华为发布了搭载麒麟9000S芯片的Mate 60 Pro手机。", ("kirin_9000s", "made_by", "huawei")),
    ("maker", "阿里巴巴旗下的平头哥推出了玄铁处理器。", ("xuantie", "made_by", "pingtouge")),
    ("maker glued, a phone", "华为最新款手机Mate 70在上海开售。", ("mate_70", "made_by", "huawei")),
    ("maker glued, a generation's product", "燧原科技第三代产品云燧T20已交付客户。", ("yunsui_t20", "made_by", "enflame")),
    ("maker glued, a generation's product", "谷歌第八代TPU将于明年推出。", ("tpu", "made_by", "google")),
    ("maker glued, two modifiers", "英伟达新一代旗舰GPU B300将于明年发货。", ("b300", "made_by", "nvidia")),
    # a generation without 第 (三代) is a modifier too
    ("maker glued, a generation", "摩尔线程三代GPU MTT S4000已量产。", ("mtt_s4000", "made_by", "moore_threads")),
    ("maker glued, a generation", "燧原科技二代产品云燧T20已交付客户。", ("yunsui_t20", "made_by", "enflame")),
    ("maker glued, two modifiers", "AMD最新一代数据中心GPU MI355X正式亮相。", ("mi355x", "made_by", "amd")),
    ("maker glued, a flagship product", "摩尔线程旗舰产品MTT S4000开始批量出货。", ("mtt_s4000", "made_by", "moore_threads")),
    # said to be the maker's goods, the copula with an adverb
    ("maker's goods", "在卢特尼克看来,H20只是英伟达排名第四的芯片。", ("h20", "made_by", "nvidia")),
    ("maker's goods", "MI308也是AMD为中国市场推出的产品。", ("mi308", "made_by", "amd")),
    # the maker's goods, then the models among them
    ("maker's goods listed", "这家数据中心囤积了大量英伟达的芯片,包括H100和A100。", ("a100", "made_by", "nvidia")),
    ("maker's goods listed", "该实验室采购的华为芯片,其中包括昇腾910B。", ("ascend_910b", "made_by", "huawei")),
    ("said to be the maker's", "思元590是寒武纪目前性能最强的训练芯片。", ("mlu590", "made_by", "cambricon")),
    ("maker, a host", "英伟达推出用于数据中心的H200芯片。", ("h200", "made_by", "nvidia")),  # not right before the name
    ("maker", "英伟达推出基于Hopper架构的H800芯片。", ("h800", "made_by", "nvidia")),  # named by its architecture too
    ("maker", "英伟达正在研发一款基于Hopper架构的新芯片H20。", ("h20", "made_by", "nvidia")),  # a noun between
    ("respectively", "华为和寒武纪分别发布了昇腾910C和思元590。", ("mlu590", "made_by", "cambricon")),
    ("maker", "华为旗下最新的麒麟9020芯片已量产。", ("kirin_9020", "made_by", "huawei")),
    ("maker", "英伟达周三表示,下月将推出RTX 5090D显卡。", ("rtx_5090d", "made_by", "nvidia")),  # the subject, across a comma
    ("its, after a speech verb", "英伟达表示,其H20芯片符合美国出口管制规定。", ("h20", "made_by", "nvidia")),
    ("its, after a speech verb", "AMD周三称,其最新的MI350芯片将于明年上市。", ("mi350", "made_by", "amd")),
    ("maker", "英伟达最新的「B300」晶片明年出货。", ("b300", "made_by", "nvidia")),  # quotes hold just the name
    # the product's kind between the maker and the product
    ("maker, kind, product", "寒武纪的AI芯片思元590开始量产。", ("mlu590", "made_by", "cambricon")),
    ("maker, kind, product", "AMD旗下的GPU MI325X性能强劲。", ("mi325x", "made_by", "amd")),
    ("maker, kind, product", "华为最新手机芯片麒麟9020亮相。", ("kirin_9020", "made_by", "huawei")),
    ("quoted name", "美国商务部宣布将「长江存储」列入实体清单。", ("us_commerce", "restricts", "ymtc")),
    ("country glued to a company", "美国商务部将中国浪潮集团等多家企业列入实体清单。", ("us_commerce", "restricts", "inspur")),
]


# The key-fact constructions.
KEY_FACTS = [  # (construction, sentence written for the test, a relation it states)
    # a dealing barred with a company after 与 restricts it (a guard: it passed before)
    ("dealing barred", "美国禁止本国企业与华为合作。", ("usa", "restricts", "huawei")),
    # a buyer before an agent's clause closed by 的 is still the buyer (a guard: it passed before)
    ("agent, a buyer before it", "小米去年发布了由台积电代工的自研芯片。", ("tsmc", "supplies", "xiaomi")),
    # an agent's clause closed by 的 right before a name describes it: that name acts in the next clause
    # a place describes the noun after a short Latin word for the trade (中国GPU企业): the list before 等 is listed
    ("place, tech word, noun", "美国商务部将寒武纪、摩尔线程等中国GPU企业列入实体清单。", ("us_commerce", "restricts", "cambricon")),
    ("place, tech word, noun", "日本经济产业省将长鑫存储等中国DRAM厂商列入管制名单。", ("meti", "restricts", "cxmt")),
    ("place, tech word, noun", "美国AI芯片出口管制再度收紧,限制英伟达向中国出口。", ("usa", "restricts", "nvidia")),  # a guard
    # 其 after grounds (以…为由, 为借口) stands for the first name of the grounds
    ("grounds, then 其", "美国商务部以中芯国际向俄罗斯出口芯片为由,将其列入实体清单。", ("us_commerce", "restricts", "smic")),
    ("grounds, then 其", "美国财政部以华为违反对伊朗制裁为借口,对其实施制裁。", ("us_treasury", "restricts", "huawei")),
    # a stance on ties between two parties is on the first (guards: passed before); the second, below, only has them
    ("ties", "美国众议院中国特别委员会批评英特尔与中芯国际之间的关系。", ("house_china_committee", "opposes", "intel")),
    ("ties", "科顿质疑高通与华为的合作关系。", ("tom_cotton", "opposes", "qualcomm")),
    # what a speaker said goes on with the speaker when no place opens it as the actor (guards: passed before)
    ("said, a time first", "台积电表示,今年上半年对华出货同比增长。", ("tsmc", "supplies", "china")),
    ("said, a place in a reason", "三星称,美国对其实施制裁的原因是向华为供货。", ("samsung", "supplies", "huawei")),
    ("agent, describing the actor", "由软银控股的Arm宣布,将采购更多台积电晶圆。", ("tsmc", "supplies", "arm")),
    ("agent, describing the actor", "由国家大基金投资、总部位于合肥的长鑫存储表示,将向应用材料采购设备。",
     ("applied_materials", "supplies", "cxmt")),
    ("agent, describing the actor", "由美国政府持股的英特尔表示,坚决反对欧盟的新规。", ("intel", "opposes", "eu")),
    # a verb of giving: its aspect before the buyer, and a buyer described by its country
    ("giving", "三星把一批内存卖给了小米。", ("samsung", "supplies", "xiaomi")),
    ("giving", "AMD将MI308芯片卖给了中国客户。", ("amd", "supplies", "china")),
    ("giving", "阿斯麦将旧款光刻机售予韩国企业。", ("asml", "supplies", "south_korea")),
    # 公司 opening a sentence, past a time word, is the company the article is about
    ("the company", "摩尔线程成立于2020年。此前公司已向字节跳动交付GPU。", ("moore_threads", "supplies", "bytedance")),
    ("the company", "壁仞科技近日完成新一轮融资。公司计划向腾讯供应BR104芯片。", ("biren", "supplies", "tencent")),
    # computing let out is supplied
    ("let out", "甲骨文向OpenAI出租算力。", ("oracle", "supplies", "openai")),
    ("let out", "英伟达把服务器租给了Meta。", ("nvidia", "supplies", "meta")),
    ("rented", "微软租用CoreWeave的GPU算力。", ("coreweave", "supplies", "microsoft")),
    # 其 after a verb of stopping an act stands for whom an earlier clause addressed
    ("stopped", "美国联邦贸易委员会起诉高通,试图阻止其收购一家以色列公司。", ("ftc", "restricts", "qualcomm")),
    # who acts jointly with others acts too
    ("jointly", "德国联合法国和意大利限制向俄罗斯出口机床。", ("germany", "restricts", "russia")),
    ("jointly", "欧盟宣布新措施,并与英国一道禁止向俄罗斯出口芯片。", ("eu", "restricts", "russia")),
    # who assembles or packages a customer's goods, named as such
    ("assembler", "鸿海已成为英伟达服务器的主要组装厂。", ("foxconn", "supplies", "nvidia")),
    ("assembler", "日月光是苹果的封测厂。", ("ase", "supplies", "apple")),
    # all of a customer's orders won; two rivals named before 之间
    ("orders won", "此前SK海力士几乎垄断了英伟达的HBM订单。", ("sk_hynix", "supplies", "nvidia")),
    ("between", "英特尔和AMD两家公司之间的竞争日趋激烈。", ("intel", "competes_with", "amd")),
    # a licence obtained with what it lets the holder do told between; restored or extended
    ("licence", "SK海力士获得了美国政府向中国出口设备的许可。", ("usa", "permits", "sk_hynix")),
    ("licence", "三星获得了美国政府向工厂运送设备的许可。", ("usa", "permits", "samsung")),  # 向 before the plant
    ("licence", "荷兰政府恢复了阿斯麦部分机型的出口许可证。", ("netherlands", "permits", "asml")),
    ("licence", "美国商务部延长了对SK海力士的临时许可。", ("us_commerce", "permits", "sk_hynix")),
    # urging a body to undo what is called wrong lobbies against it
    ("undoing urged", "中方敦促荷方纠正错误做法。", ("china", "opposes", "netherlands")),
    ("undoing urged", "商务部敦促日方切实纠正错误做法。", ("cn_commerce", "opposes", "japan")),
    # a concern over a matter after 就, taken up with the party after 向
    ("matter taken up", "越南就美国对三星加征关税向美方表达担忧。", ("vietnam", "opposes", "usa")),
    ("matter taken up", "日本就中国限制稀土出口向中方表示严重关切。", ("japan", "opposes", "china")),
    # a company's generic noun after its name is no gap in a list (PVH集团, SCREEN控股)
    ("holdings", "东京电子、SCREEN控股和尼康向中国出口设备。", ("tokyo_electron", "supplies", "china")),
    # a product's buyer or market named as such is its maker's
    ("product customer", "戴尔和惠普是MI300X的主要买家。", ("amd", "supplies", "hp")),
    ("product customer", "Gaudi 3的最大市场是印度。", ("intel", "supplies", "india")),
    # a subject heading a list carries the list into its later clauses
    ("list carried", "英特尔和AMD宣布降价,以抢占英伟达的市场份额。", ("amd", "competes_with", "nvidia")),
    ("list carried", "日本、荷兰等国收紧出口管制,限制向中国出售光刻设备。", ("netherlands", "restricts", "china")),
    # an order to stop or to put right what was found
    ("order", "韩国公平交易委员会向苹果发出停止令。", ("kftc", "investigates", "apple")),
    ("order", "网信办对百度下达整改令。", ("cac", "investigates", "baidu")),
    # who is probed, before a question about an act (调查X是否…)
    ("question", "欧盟委员会调查高通是否滥用市场支配地位。", ("eu_commission", "investigates", "qualcomm")),
    # a name set apart (X以外的, 除X之外的) is no party: the phrase goes on to the party
    ("excepted", "台积电将继续为华为以外的中国客户代工芯片。", ("tsmc", "supplies", "china")),
    ("excepted", "联电表示,将为除英特尔以外的美国客户代工。", ("umc", "supplies", "usa")),
    ("excepted", "东京电子计划向除俄罗斯以外的欧洲客户出售设备。", ("tokyo_electron", "supplies", "europe")),
    # 其 after a verb of stance: whom the writer addressed when the clause goes on with the writer,
    # else the earlier clause's subject
    ("stance on 其", "众议院中国特别委员会致信应用材料公司,批评其向中芯国际出售设备。",
     ("house_china_committee", "opposes", "applied_materials")),
    ("stance on 其", "荷兰宣布收紧光刻机出口,中方批评其做法。", ("china", "opposes", "netherlands")),
    ("stance on 其", "英国政府接管了一家芯片厂,闻泰科技指责其干预企业经营。", ("wingtech", "opposes", "uk")),
    # What an office holder says goes on with the office, as what a body says goes on with the body
    ("office holder speaking", "卢特尼克周四表示,H200芯片的出口许可证已开始发放。", ("us_commerce", "permits", "h200")),
    ("office holder speaking", "商务部长卢特尼克表示,超微电脑的出口许可已经核发。", ("us_commerce", "permits", "supermicro")),
    # the chamber that passes a bill that aids one country and sanctions another
    ("aided, then sanctioned", "美国众议院通过了援助以色列并制裁伊朗的法案。", ("us_house", "restricts", "iran")),
    # a demonstrative right before the noun leaves its modifier the target (那些美国政客)
    ("stance past a demonstrative", "中方强烈谴责那些美国政客的错误言论。", ("china", "opposes", "usa")),
    # A company referred back to right after the charge is the one charged (unnamed people are not).
    ("charged", "超微电脑被曝违规出口芯片,美国司法部随后起诉该公司。", ("us_doj", "investigates", "supermicro")),
    # A nominalized measure: the last name of the phrase between 对 and 的.
    ("nominal object", "日本扩大对荷兰光刻机巨头ASML的出口管制。", ("japan", "restricts", "asml")),
    ("nominal object", "美国收紧对英伟达H20芯片的出口管制。", ("usa", "restricts", "h20")),
    ("nominal object", "荷兰宣布扩大对阿斯麦1970i和1980i光刻机的出口许可要求。", ("netherlands", "restricts", "product_1980i")),
    # a maker before 的 and its product: the product is what the phrase names, as when glued
    ("maker's product", "荷兰政府规定,阿斯麦的1970i和1980i光刻机出口须申请许可证。", ("netherlands", "restricts", "product_1980i")),
    ("maker's product", "华为的昇腾芯片与英伟达的H20展开竞争。", ("ascend", "competes_with", "h20")),
    # a sale's seller is the maker glued to its product
    ("maker's product", "英伟达H20芯片对华销售大幅下滑。", ("nvidia", "supplies", "china")),
    ("maker's product", "AMD MI308芯片已开始向中国客户出货。", ("amd", "supplies", "china")),
    # Who a measure hits, the subject of the clause after it.
    ("affected", "受美国出口管制影响,英伟达H20芯片无法在中国销售。", ("usa", "restricts", "h20")),
    ("affected", "受到日本制裁的冲击,东芝营收大幅下滑。", ("japan", "restricts", "toshiba")),
    ("affected", "在美国的制裁下,华为依然推出了新款手机。", ("usa", "restricts", "huawei")),
    ("affected", "面对美国的封锁,华为加大了自研芯片的投入。", ("usa", "restricts", "huawei")),
    ("affected", "面临日本的出口管制,三星转向本土供应商。", ("japan", "restricts", "samsung")),
    ("affected", "中芯国际在美国的出口管制之下仍量产先进芯片。", ("usa", "restricts", "smic")),
    ("hit", "日本宣布对半导体制造设备实施出口管制,东京电子和尼康等企业的产品将受到影响。", ("japan", "restricts", "nikon")),
    ("hit", "美国加强出口管制,英伟达表示其数据中心业务将受到冲击。", ("usa", "restricts", "nvidia")),
    # A suspect before its deed.
    ("suspect", "欧盟委员会对英特尔收购迈络思一事展开调查。", ("eu_commission", "investigates", "intel")),
    ("suspect", "中国国家市场监督管理总局对高通收购恩智浦的交易涉嫌未依法申报立案调查。", ("samr", "investigates", "qualcomm")),
    ("suspect", "美国司法部起诉华为窃取商业机密。", ("us_doj", "investigates", "huawei")),  # the suspect before the crime
    # the law named after a verb of breaking it is what was broken, and the verb after it the act
    ("suspect", "市场监管总局去年对英伟达涉嫌违反反垄断法立案调查。", ("samr", "investigates", "nvidia")),
    ("suspect", "韩国公平交易委员会对高通违反《公平交易法》立案调查。", ("kftc", "investigates", "qualcomm")),
    # a deal the suspect made opens the deed, whoever else it names
    ("suspect", "英国竞争和市场管理局对谷歌投资Anthropic展开审查。", ("uk_cma", "investigates", "google")),
    ("suspect", "韩国公平交易委员会对高通收购恩智浦进行调查。", ("kftc", "investigates", "qualcomm")),
    # executives summoned stand for their company, unlike staff (below)
    ("executives", "网信办约谈英伟达高管。", ("cac", "investigates", "nvidia")),
    # a purpose goes on with the subject; who was asked for a licence is no earlier object marker's
    ("purpose", "应用材料向美国政府请求豁免,以继续向中芯国际供货。", ("applied_materials", "supplies", "smic")),
    ("purpose", "英伟达已向美国商务部申请许可,以便向中国客户交付H20芯片。", ("nvidia", "supplies", "china")),
    ("asked", "英特尔将向美国政府申请豁免继续向华为供货。", ("intel", "supplies", "huawei")),
    # who presses, inside 在…下, is no actor: the clause's subject acts
    ("pressure", "荷兰在美国的压力下限制阿斯麦向中国出口光刻机。", ("netherlands", "restricts", "asml")),
    ("pressure", "日本在美国的持续施压下对东京电子的设备实施出口管制。", ("japan", "restricts", "tokyo_electron")),
    ("caution", "中国半导体行业协会发表声明,呼吁国内企业审慎选择美国芯片。", ("csia", "opposes", "usa")),
    # a company before its unit: the unit is what the phrase names (and still part of the company)
    ("unit", "美国商务部将阿里巴巴旗下平头哥列入实体清单。", ("us_commerce", "restricts", "pingtouge")),
    ("unit", "美国商务部将阿里巴巴旗下平头哥列入实体清单。", ("pingtouge", "part_of", "alibaba")),
    # the business a unit runs between its owner's 旗下 and its name, the owner carried into the clause too
    ("unit", "华为表示,旗下芯片设计业务海思将推出新品。", ("hisilicon", "part_of", "huawei")),
    ("unit", "阿里巴巴旗下芯片品牌平头哥发布了新一代服务器芯片。", ("pingtouge", "part_of", "alibaba")),
    # control taken of a company; becoming its controlling holder in a later clause, the subject carried
    ("control taken", "去年,中微公司取得了拓荆科技的控制权,交易金额未披露。", ("piotech", "part_of", "amec")),
    ("control taken", "北方华创上月收购中微公司控股权。", ("amec", "part_of", "naura")),
    ("control taken", "北方华创受让部分股份后,成为拓荆科技控股股东。", ("piotech", "part_of", "naura")),
    # each owner with its own unit when units and owners alternate in a list
    ("unit", "阿里巴巴旗下的平头哥、百度旗下的昆仑芯和华为旗下的海思都在扩产。", ("kunlunxin", "part_of", "baidu")),
    ("unit", "华为旗下的海思、英伟达的子公司迈络思同台亮相。", ("mellanox", "part_of", "nvidia")),
    # an order against a company restricts it
    ("order", "荷兰经济事务与气候政策部援引《物资供应法》,对闻泰科技旗下的安世半导体下达命令。",
     ("nl_economy", "restricts", "nexperia")),
    ("order", "荷兰政府对安世半导体发布部长令,冻结其全球业务调整。", ("netherlands", "restricts", "nexperia")),
    # a supplier entering its customer's supply chain or line
    ("supply chain", "中微公司成功打入台积电供应链。", ("amec", "supplies", "tsmc")),
    ("supply chain", "北方华创的刻蚀设备已进入中芯国际和长江存储的生产线。", ("naura", "supplies", "ymtc")),
    ("supply chain", "长江存储的闪存芯片一度进入苹果的供应商名单。", ("ymtc", "supplies", "apple")),
    ("supply chain", "广达成功打入英伟达GB300服务器供应链。", ("quanta", "supplies", "nvidia")),  # the maker before its product
    # asking for an investigation opposes its target; a committee's own investigation is one
    ("urged", "美国众议院中国问题特别委员会呼吁商务部对长鑫存储展开调查。", ("house_china_committee", "opposes", "cxmt")),
    ("urged", "美国众议院中国问题特别委员会对深度求索展开调查。", ("house_china_committee", "investigates", "deepseek")),
    ("appeal", "安世半导体表示,将就荷兰经济部的命令提起上诉。", ("nexperia", "opposes", "nl_economy")),
    ("urged on a maker's product", "众议员穆勒纳尔要求商务部调查英伟达H20芯片的去向。", ("moolenaar", "opposes", "nvidia")),
    # a fronted or omitted target, the stance-taker's own verb of speaking before the stance
    ("fronted", "日本宣布扩大出口管制。对此,中方表示坚决反对。", ("china", "opposes", "japan")),
    ("fronted", "对于美方的无理打压,中方表示坚决反对。", ("china", "opposes", "usa")),
    ("omitted", "美方再次加征关税,中方表示强烈不满。", ("china", "opposes", "usa")),
    ("fronted", "对于美国撤销豁免的决定,韩国政府表示遗憾。", ("south_korea", "opposes", "usa")),
    ("fronted", "对于中方的决定,美国国务院发言人表示失望,并称美方将与盟友协调应对。", ("us_state_dept", "opposes", "china")),
    ("fronted", "对于美方的做法,外交部发言人毛宁表示坚决反对。", ("mao_ning", "opposes", "usa")),
    # what 对此 stands for is who acted, not the objects of its verb nor where their plants are
    ("about this", "韩国产业通商资源部表示,美国商务部决定撤销三星电子和SK海力士中国工厂的许可资格,韩方对此深表遗憾。",
     ("south_korea", "opposes", "us_commerce")),
    # 公司 opening what a company or its officer said is that company (its employer in the dictionary)
    ("speaker's company", "SK海力士在一份声明中表示,公司将继续向华为供货。", ("sk_hynix", "supplies", "huawei")),
    ("speaker's company", "英伟达首席财务官克雷斯表示,公司已向中国客户交付H20芯片。", ("nvidia", "supplies", "china")),
    ("speaker's company", "黄仁勋表示,公司将向中国客户出售H20。", ("nvidia", "supplies", "china")),
    # later in what was said: a clause after a reason, or whose a copula's noun is
    ("speaker's company", "三星电子社长表示,随着需求回暖,公司本季度向苹果交付了更多内存芯片。", ("samsung", "supplies", "apple")),
    ("speaker's company", "联发科执行长蔡力行说,小米和OPPO仍是公司的主要客户。", ("mediatek", "supplies", "xiaomi")),
    ("speaker's company: its", "美光表示,其HBM3E内存已开始向英伟达批量交货。", ("micron", "supplies", "nvidia")),
    ("其 addressed, before a country's name", "荷兰政府已通知阿斯麦,将吊销其中国客户的出口许可。",
     ("netherlands", "restricts", "asml")),
    ("其 addressed: a list", "美国商务部已通知美光和西部数据,将撤销其出口许可证。", ("us_commerce", "restricts", "micron")),
    ("a maker's goods obtained", "华为通过第三方获取了台积电生产的芯片。", ("tsmc", "supplies", "huawei")),
    ("a device built with a maker's chip", "OPPO的新款手机搭载了联发科的天玑芯片。", ("mediatek", "supplies", "oppo")),
    ("a device built with a maker's chip", "戴尔的服务器配备了AMD的处理器。", ("amd", "supplies", "dell")),
    ("a maker's goods obtained", "阿里巴巴已拿到一批英伟达H20芯片。", ("nvidia", "supplies", "alibaba")),
    ("its product, its maker named before", "华为是AI芯片的重要供应商,科大讯飞采用其昇腾芯片。",
     ("huawei", "supplies", "iflytek")),
    ("its product, its maker named before", "英伟达一直主导市场,腾讯和字节跳动均大量采购其H20芯片。",
     ("nvidia", "supplies", "tencent")),
    ("chosen to make for the chooser", "小米选择台积电为其代工玄戒芯片。", ("tsmc", "supplies", "xiaomi")),
    ("chosen to make for the chooser", "AMD最终选定三星替其供应HBM3E内存。", ("samsung", "supplies", "amd")),
    ("speaker's company, after a verb of disclosing", "铠侠披露,公司已收到日本公正取引委员会的罚款决定书。",
     ("jftc", "investigates", "kioxia")),
    ("speaker's company, after a verb of confirming", "高通证实,其骁龙芯片已开始向小米供货。", ("qualcomm", "supplies", "xiaomi")),
    ("speaker's company: its", "苏姿丰称,其MI308芯片将继续供应给中国客户。", ("amd", "supplies", "china")),
    # makers are no plant: 厂 of 厂商 locates nothing
    ("object marker", "美国宣布制裁多家中国芯片厂商。", ("usa", "restricts", "china")),
    # Members named after the group the measure names.
    ("members", "美国财政部制裁三家中国企业,包括华为和中兴。", ("us_treasury", "restricts", "zte")),
    ("members", "美国商务部将12家企业列入实体清单,包括寒武纪。", ("us_commerce", "restricts", "cambricon")),
    ("members", "日本经济产业省吊销了三家企业的出口许可证,包括东芝和索尼。", ("meti", "restricts", "sony")),
    ("members", "美国商务部宣布取消两家韩国公司的VEU资格,包括三星及SK海力士。", ("us_commerce", "restricts", "sk_hynix")),
    ("members", "欧盟委员会对多家芯片企业展开调查,涉及英特尔和美光。", ("eu_commission", "investigates", "micron")),
    ("suspect named after its deal", "日本经济产业省对涉嫌向伊朗出口零部件的尼康展开调查。", ("meti", "investigates", "nikon")),
    ("members after who the measure names", "商务部对进口的显示面板发起反倾销调查,被调查企业包括三星和LG。",
     ("cn_commerce", "investigates", "samsung")),
    ("members after who the measure names", "欧盟委员会启动反补贴调查,涉案企业包括比亚迪与蔚来。",
     ("eu_commission", "investigates", "byd")),
    ("members after who the measure names", "美国财政部宣布新的制裁措施,被制裁的企业包括中芯国际和长江存储。",
     ("us_treasury", "restricts", "ymtc")),
    ("members after who the measure names", "韩国公平交易委员会启动调查,调查对象为高通。",
     ("kftc", "investigates", "qualcomm")),
    # An investigation faced or gone through, which ends the clause.
    ("undergoing", "英特尔正面临欧盟委员会的反垄断调查。", ("eu_commission", "investigates", "intel")),
    ("undergoing", "美光此前经历了网信办长达数月的网络安全审查。", ("cac", "investigates", "micron")),
    ("undergoing", "高通面临美国联邦贸易委员会开出的巨额罚单。", ("ftc", "investigates", "qualcomm")),
    # A customer's share of a company's revenue or orders, and a market's.
    ("revenue source", "寒武纪的收入主要来自字节跳动和阿里巴巴。", ("cambricon", "supplies", "alibaba")),
    ("revenue source", "寒武纪的收入主要来自字节跳动等互联网公司。", ("cambricon", "supplies", "bytedance")),
    ("revenue source", "苹果贡献了台积电约四分之一的营收。", ("tsmc", "supplies", "apple")),
    ("revenue source", "字节跳动占寒武纪订单的一半以上。", ("cambricon", "supplies", "bytedance")),
    ("revenue", "中国市场贡献了英伟达约13%的营收。", ("nvidia", "supplies", "china")),
    ("revenue", "英伟达约13%的营收来自中国客户。", ("nvidia", "supplies", "china")),
    # Competition faced from a rival; a market seized from one.
    ("rival", "英伟达在中国面临来自华为和寒武纪的激烈竞争。", ("nvidia", "competes_with", "cambricon")),
    ("rival", "寒武纪希望夺取英伟达留下的市场。", ("cambricon", "competes_with", "nvidia")),
    ("rival", "华为超过苹果成为中国最大的手机厂商。", ("huawei", "competes_with", "apple")),
    # competition posed to a rival
    ("rival", "H200对华为昇腾910C构成直接竞争。", ("h200", "competes_with", "ascend_910c")),
    ("rival", "寒武纪的新芯片对英伟达构成了强有力的挑战。", ("cambricon", "competes_with", "nvidia")),
    ("rival", "H200性能强大,对华为昇腾910C构成直接竞争。", ("h200", "competes_with", "ascend_910c")),  # a product's clause goes on
    # Taiwan's wording: 釋出 releases, 喊卡 halts, 納管 brings under control.
    ("taiwan wording", "輝達釋出新一代晶片B300。", ("b300", "made_by", "nvidia")),
    ("taiwan wording", "美國商務部釋出《出口管理條例》修訂版。", ("us_commerce", "issues", "ear")),
    ("taiwan wording", "美國商務部喊卡輝達H20對中國出貨。", ("us_commerce", "restricts", "h20")),
    ("taiwan wording", "經濟部將華為與中芯國際納管。", ("tw_moea", "restricts", "smic")),
    # What a regulator's investigation found, told after 经调查.
    ("finding", "市场监管总局发布消息,经初步调查,英特尔违反了《反垄断法》。", ("samr", "investigates", "intel")),
    # a company's titled officer, carried into later clauses, acts for the company there
    ("officer carried", "华为副董事长孟晚舟在大会上介绍公司战略,明年将发布Atlas 960 SuperPoD,之后还将推出昇腾970。",
     ("ascend_970", "made_by", "huawei")),
    ("officer carried", "AMD首席执行官苏姿丰表示,公司将向阿里巴巴出售MI308。", ("amd", "supplies", "alibaba")),
    # a stance after what another did to a name: on the one who did it, named first in its clause or
    # opening the sentence a later clause goes on with
    ("stance on the doer", "日本将东京电子的设备纳入出口管制,中方坚决反对。", ("china", "opposes", "japan")),
    ("stance on the doer", "荷兰政府周二发布命令,冻结闻泰科技在当地子公司的资产,中方随即反制。",
     ("china", "opposes", "netherlands")),
    ("stance on the doer", "华为被美国列入实体清单,中方坚决反对。", ("china", "opposes", "usa")),
    # Taiwan's word for putting under control
    ("listed for control", "經濟部宣布將長江存儲、長鑫存儲列管。", ("tw_moea", "restricts", "cxmt")),
    # a company's plants taken off a list that grants, the list before or after the verb
    ("allowed delisting", "美国商务部将英特尔的大连工厂从经验证最终用户名单中删除。", ("us_commerce", "restricts", "intel")),
    ("allowed delisting", "美国将SK海力士的无锡工厂移出VEU名单。", ("usa", "restricts", "sk_hynix")),
    ("allowed delisting", "美国商务部宣布将三星电子在华工厂从“经验证最终用户”名单中移除。", ("us_commerce", "restricts", "samsung")),
    ("allowed delisting", "美国商务部将英特尔在中国的工厂从VEU名单中删除。", ("us_commerce", "restricts", "intel")),
    # the target's conduct right after the stance, 的 and a few words between (a guard: passed before)
    ("conduct after the stance", "中方表示强烈不满,美方近期的做法违反国际经贸规则。", ("china", "opposes", "usa")),
    # what a stance reacts to: not where the act happened (在中国销售)
    ("reacted to, not where", "英伟达宣布在中国销售新款芯片,参议员科顿对此表示不满。", ("tom_cotton", "opposes", "nvidia")),
    # a place that what was said is about leaves the speaker the subject (a guard: passed before)
    ("said about a place", "英伟达表示,中国是公司最大的市场之一,将继续向中国客户供货。", ("nvidia", "supplies", "china")),
    # a company called a threat to security
    ("security threat", "参议员科顿称,中兴通讯对美国国家安全构成威胁。", ("tom_cotton", "opposes", "zte")),
    ("security threat", "美国联邦通信委员会指华为构成重大国家安全威胁。", ("fcc", "opposes", "huawei")),
    # an outlet's account named as its unit
    ("outlet's account", "央视旗下新媒体账号“玉渊谭天”发文批评美国。", ("yuyuan_tantian", "part_of", "cctv")),
    # one said to be among those a listing names
    ("among them", "美国商务部将140家中国实体列入实体清单,北方华创也在其列。", ("us_commerce", "restricts", "naura")),
    ("among them", "日本经济产业省宣布将23家企业列入出口管制名单,长鑫存储亦在其列。", ("meti", "restricts", "cxmt")),
    # an order to sell a unit the company owns, named; a share eroded (侵蚀) by a rival
    ("divest a unit", "德国政府下令博世出售大陆集团。", ("germany", "restricts", "bosch")),
    ("share eroded", "高通在中国的市场份额正被联发科持续侵蚀。", ("mediatek", "competes_with", "qualcomm")),
    # the customers a supplier's covers, or one said to be its customer too
    ("customers covered", "长电科技的客户覆盖华为海思、紫光展锐等芯片设计公司。", ("jcet", "supplies", "hisilicon")),
    ("customers covered", "台积电客户涵盖苹果和高通。", ("tsmc", "supplies", "qualcomm")),
    ("customer too", "三星电子的主要客户同样是苹果。", ("samsung", "supplies", "apple")),
    ("customer too", "SK海力士主要客户也是英伟达。", ("sk_hynix", "supplies", "nvidia")),
    # a clause that opens with 是 goes on with the subject before it
    ("carried by 是", "寒武纪是一家年轻的公司,是海光信息在国内的主要竞争对手。", ("cambricon", "competes_with", "hygon")),
    ("carried by 是", "长鑫存储成立于2016年,是华为存储芯片的主要供应商之一。", ("cxmt", "supplies", "huawei")),
    # suppliers a company asks to act, named as its suppliers; reportedly (被曝) is no passive
    ("suppliers asked", "苹果已要求富士康、和硕等供应商暂停相关生产。", ("pegatron", "supplies", "apple")),
    ("suppliers asked", "高通被曝通知台积电等代工厂削减产量。", ("tsmc", "supplies", "qualcomm")),
    # a foundry believed to make the chip: 认为 holds the 为 of 为由, not this agent's 由
    ("believed made", "据分析,麒麟9020芯片被普遍认为由中芯国际代工。", ("kirin_9020", "made_by", "smic")),
    # whom a company counts as its rivals, after 将/把
    ("counted as rivals", "燧原科技在招股书中将英伟达、AMD列为主要竞争对手。", ("enflame", "competes_with", "amd")),
    ("counted as rivals", "摩尔线程把英伟达视为最大的对手。", ("moore_threads", "competes_with", "nvidia")),
    # a settlement the body announces: the company agrees to pay the fine
    ("settled", "美国商务部周四宣布,楷登电子同意支付1.4亿美元的民事罚款,以了结违规出口的指控。",
     ("us_commerce", "investigates", "cadence")),
    ("settled", "美国司法部表示,应用材料公司将缴纳一笔罚金。", ("us_doj", "investigates", "applied_materials")),
    ("settled", "希捷承认违规,并同意向美国商务部支付3亿美元的罚款。", ("us_commerce", "investigates", "seagate")),
    # a review failed, announced or found
    ("finding", "国家互联网信息办公室宣布,美光公司在华销售的产品未通过网络安全审查。", ("cac", "investigates", "micron")),
    ("finding", "网信办表示,经审查,美光产品没有通过网络安全审查。", ("cac", "investigates", "micron")),
    ("finding", "市场监管总局周五发布公告,高通违反了《反垄断法》。", ("samr", "investigates", "qualcomm")),
    # the results it published, and who they say broke the law (past the company it bought)
    ("finding", "市场监管总局公布初步调查结果,指高通收购Autotalks违反《反垄断法》。", ("samr", "investigates", "qualcomm")),
    ("finding", "國家市場監督管理總局公布調查結果,英特爾違反了相關規定。", ("samr", "investigates", "intel")),
    ("finding", "市场监管总局表示,高通的收购案未能通过反垄断审查。", ("samr", "investigates", "qualcomm")),
    # What was said has its own subject, which the clauses after it continue; without one, the speaker acts.
    ("said", "闻泰科技发布公告称,荷兰政府上月发布命令,冻结安世半导体的资产。", ("netherlands", "restricts", "nexperia")),
    ("said", "美国商务部表示,将对华为实施制裁,并冻结中兴的资产。", ("us_commerce", "restricts", "zte")),
    # An office holder speaking after the body's name: the body acts, as the country its title shows
    # (the guidelines annotate 美国 in 美国商务部长) unless the article names the body itself.
    ("office holder", "美国商务部长卢特尼克表示,将允许英伟达出售H200芯片。", ("usa", "permits", "nvidia")),
    ("office holder", "美国商务部周二发布声明。美国商务部长卢特尼克表示,将允许英伟达出售H200芯片。",
     ("us_commerce", "permits", "nvidia")),
    ("office holder", "美国总统特朗普表示,他将允许英伟达向中国出售H200芯片。", ("usa", "permits", "nvidia")),
    # He or she opening a clause is the subject before it.
    ("pronoun", "雷蒙多表示,她将继续对华为实施严格的出口管制。", ("us_commerce", "restricts", "huawei")),
    ("pronoun", "卢特尼克在记者会上说,他已下令调查超微电脑。", ("us_commerce", "investigates", "supermicro")),
    ("pronoun", "黄仁勋说,他反对美国的出口管制。", ("jensen_huang", "opposes", "usa")),
    # A measure judged an overreach or short-sighted.
    ("judged", "闻泰科技表示,荷兰政府的做法是基于地缘政治偏见的过度干预。", ("wingtech", "opposes", "netherlands")),
    ("judged", "英伟达表示,美国的出口管制政策十分短视。", ("nvidia", "opposes", "usa")),
    # A country called a threat, whoever it threatens.
    ("condemn", "雷蒙多表示,中国对美国构成最大的威胁。", ("raimondo", "opposes", "china")),
    # breaking the principles a condemnation names
    ("condemn", "外交部发言人林剑说,荷兰的做法违反市场经济原则和公平竞争原则。", ("lin_jian", "opposes", "netherlands")),
    ("condemn", "商务部新闻发言人表示,美方此举违背自由贸易原则。", ("cn_commerce", "opposes", "usa")),
    # abusing controls or jurisdiction
    ("condemn", "商务部新闻发言人表示,荷方滥用出口管制措施,损害中国企业利益。", ("cn_commerce", "opposes", "netherlands")),
    ("condemn", "外交部发言人说,美方对中国企业实施长臂管辖。", ("cn_mfa", "opposes", "usa")),
    # conduct called protectionism
    ("condemn", "韩国产业通商资源部表示,日方的出口限制属于贸易保护主义。", ("motie", "opposes", "japan")),
    ("condemn", "欧盟委员会认为,美国的补贴政策是赤裸裸的保护主义。", ("eu_commission", "opposes", "usa")),
    # What provokes a stance is its target; regret is one; a matter after 对 ending in 一事 is its opener's.
    ("provoked", "荷兰政府的决定引发中方强烈不满。", ("china", "opposes", "netherlands")),
    ("provoked", "美国的新规引起英伟达和AMD的强烈反对。", ("amd", "opposes", "usa")),
    # a 对 inside a compound (反对派) marks no object before the target
    ("provoked", "几名反对派议员起草的《芯片安全法》引起英伟达的强烈反对。", ("nvidia", "opposes", "chip_security_act")),
    # a later clause with no subject goes on with the last clause that named its own and acts
    ("later subject", "荷兰政府收紧了出口管制,阿斯麦随后停止向中国交付光刻机,并暂停为中芯国际提供维护服务。",
     ("asml", "supplies", "smic")),
    ("later subject", "日本经济产业省公布调查结果,称东京电子存在违规出口,要求其暂停向中国出货。",
     ("meti", "restricts", "tokyo_electron")),  # not a name in what was said
    # a person's pronoun goes on with that person
    ("pronoun", "特朗普宣布放宽限制,他还批评了荷兰的做法。", ("trump", "opposes", "netherlands")),
    # A permission extended or renewed, and a verb's 了 before the holder.
    ("permission", "美国商务部延长了三星电子西安工厂的豁免。", ("us_commerce", "permits", "samsung")),
    ("permission", "美国商务部授予了AMD出口许可。", ("us_commerce", "permits", "amd")),
    # a clause that only dates the act by a place's clock leaves the next clause's subject alone
    ("permission", "日本当地时间周四,经济产业省宣布,把对东京电子的出口许可延长一年。", ("meti", "permits", "tokyo_electron")),
    # A judgement quoted before its speaker.
    ("quoted", "“荷兰的出口管制政策十分短视,”阿斯麦首席执行官在财报会上表示。", ("asml", "opposes", "netherlands")),
    ("quoted", "“美方的单边制裁严重违反国际法,”商务部新闻发言人表示。", ("cn_commerce", "opposes", "usa")),
    # ...or after a colon, as a headline gives what someone said
    ("said after a colon", "美光CEO:中国的网络安全新规毫无根据", ("micron", "opposes", "china")),
    ("said after a colon", "苏姿丰:美国的芯片出口限制适得其反", ("lisa_su", "opposes", "usa")),
    # ...or a quote that ends its own sentence, its speaker named in the next (one sentence then)
    ("quoted", "“日方此举严重违背自由贸易原则。”中国商务部新闻发言人在记者会上表示。", ("cn_commerce", "opposes", "japan")),
    ("quoted", "“韩国的出口管制是失败的!”三星电子会长在股东大会上说。", ("samsung", "opposes", "south_korea")),
    # a pronoun speaking opens the sentence (他, 她): what it says is the last subject's, though a name opens it
    ("a subject with its own circumstance goes on past a clause that opens with a verb",
     "商务部发言人何亚东在回应此事时,明确表示,“中方坚决维护自身利益,对美方的错误做法进行坚决反制。”",
     ("he_yadong", "opposes", "usa")),
    ("a circumstance's subject goes on through a clause that continues (a guard: read before)",
     "美国财政部发布新规后,又将中芯国际列入制裁名单。", ("us_treasury", "restricts", "smic")),
    ("a buyer after a setting of its own clause (a guard: read before)", "在中国,腾讯大量采购英伟达芯片。",
     ("nvidia", "supplies", "tencent")),
    # the name a passive listing describes (被X列入…的Y)
    ("a name a passive listing describes", "去年遭美国商务部列入实体清单的长鑫存储扩大了产能。", ("us_commerce", "restricts", "cxmt")),
    ("the same, 被 and another list", "被荷兰政府纳入出口许可清单的阿斯麦光刻机销量下滑。", ("netherlands", "restricts", "asml")),
    ("a list closed by 等 acts together (a guard: read before)", "美国限制华为、中兴等企业采购芯片。",
     ("usa", "restricts", "zte")),
    ("an object's list before its sale is one object", "美国商务部正考虑限制对越南、印度出口先进芯片。",
     ("us_commerce", "restricts", "india")),
    ("a government named by its country", "国民党批评美国政府对台湾施压。", ("kmt", "opposes", "usa")),
    ("said by 他", "苏姿丰出席了发布会。她直言,日本的出口管制是失败的。", ("lisa_su", "opposes", "japan")),
    ("quoted", "“这只是正常的商业合作。我们坚决反对美方的无理打压。”中兴通讯发言人说。", ("zte", "opposes", "usa")),
    ("quoted", "「美方的出口管制毫無根據。」陸委會發言人說。", ("tw_mac", "opposes", "usa")),  # corner quotes too
    # said in the first person: the speaker's own stance
    ("quoted first person", "“我们强烈谴责日本政府的这一做法!”外交部发言人说道。", ("cn_mfa", "opposes", "japan")),
    ("quoted first person", "“我方对荷兰的出口管制措施表示强烈不满。”商务部发言人表示。", ("cn_commerce", "opposes", "netherlands")),
    ("quoted first person", "“我们坚决反对美国的长臂管辖,”华为在声明中称。", ("huawei", "opposes", "usa")),
    # Who undergoes an investigation or a penalty is named before the reason for it (因…而).
    ("reason", "三星电子因向华为出售存储芯片而遭到美国商务部处罚。", ("us_commerce", "investigates", "samsung")),
    ("reason, no 而", "美光科技因向华为出口芯片被美国商务部调查。", ("us_commerce", "investigates", "micron")),
    ("charge", "美国司法部公布起诉书,指控中兴通讯违反对伊朗的出口禁令。", ("us_doj", "investigates", "zte")),
    # what a critic said names whom the criticism is of when it opens with them
    ("criticism said", "英特尔批评称,美国商务部的新规将削弱美国的竞争力。", ("intel", "opposes", "us_commerce")),
    ("reason, no 而", "英特尔因涉嫌违规向浪潮集团供货遭美国司法部起诉。", ("us_doj", "investigates", "intel")),
    ("reason", "美光科技因涉嫌向华为出口芯片而接受美国司法部调查。", ("us_doj", "investigates", "micron")),
    # a measure's maker before its object marker provokes, not the measure's target
    ("provoked", "日本对三星电子的出口管制引起韩国政府强烈不满。", ("south_korea", "opposes", "japan")),
    ("regret", "英伟达对美国的新规深表遗憾。", ("nvidia", "opposes", "usa")),
    ("matter", "中方对美国将华为列入实体清单一事表示强烈不满。", ("china", "opposes", "usa")),
    # a decision ends the matter as 一事 does; the stance-taker after a fronted target opens a later clause
    ("matter", "商务部对日本政府收紧光刻胶出口审批的决定表示坚决反对。", ("cn_commerce", "opposes", "japan")),
    ("fronted", "对于美国国会的这项法案,华为发言人表示失望。", ("huawei", "opposes", "us_congress")),
    ("fronted", "荷兰政府宣布限制阿斯麦出口。对此中方表示强烈不满。", ("china", "opposes", "netherlands")),
    # The act inside a matter another party reacts to is the act of the name right after the marker,
    # and the stance closing the matter is against that name.
    ("reacted matter", "外交部对美国商务部制裁中芯国际一事作出回应。", ("us_commerce", "restricts", "smic")),
    ("reacted matter", "韩方对日本撤销三星电子出口许可表示遗憾。", ("japan", "restricts", "samsung")),
    ("reacted matter", "欧盟对美国司法部调查英特尔一事不予置评。", ("us_doj", "investigates", "intel")),
    ("reacted matter", "外交部对荷兰政府扣押安世半导体资产表示强烈不满。", ("cn_mfa", "opposes", "netherlands")),
    # the actor's own second act after 并 is no reaction to the first
    ("reacted matter", "美国商务部对中兴通讯实施制裁并表示将扩大管制范围。", ("us_commerce", "restricts", "zte")),
    # Advising caution in buying from a country or a company.
    ("caution", "中国半导体行业协会建议国内企业谨慎采购美国芯片。", ("csia", "opposes", "usa")),
    ("caution", "汽车行业协会称,华为呼吁车企谨慎使用英伟达的车载芯片。", ("huawei", "opposes", "nvidia")),
    # An order won from the buyer, or placed with the supplier.
    ("order", "台积电近日拿下苹果价值百亿美元的代工订单。", ("tsmc", "supplies", "apple")),
    ("order", "特斯拉向三星追加了车用芯片订单。", ("samsung", "supplies", "tesla")),
    ("order", "三星赢得了特斯拉价值百亿美元的芯片代工合同。", ("samsung", "supplies", "tesla")),
    ("order", "台積電獲得了蘋果的新合約。", ("tsmc", "supplies", "apple")),
    # A licence issued to the tail, the licence named after the verb or before it.
    ("licence", "美国商务部上月向AMD发放了对华出口MI308的许可证。", ("us_commerce", "permits", "amd")),
    ("licence", "日本经济产业省已将出口许可证发给东京电子。", ("meti", "permits", "tokyo_electron")),
    ("licence", "美国商务部拒绝向中兴通讯颁发出口许可证。", ("us_commerce", "restricts", "zte")),  # refused
    ("licence", "美國商務部向輝達發出H20出口許可。", ("us_commerce", "permits", "nvidia")),
    ("licence refused", "美国商务部驳回了华为和中兴的出口许可证申请。", ("us_commerce", "restricts", "zte")),
    ("licence refused", "日本经济产业省拒绝了东京电子的出口许可申请。", ("meti", "restricts", "tokyo_electron")),
    # The agent in charge, named after the act.
    ("in charge", "负责审查英特尔的是欧盟委员会。", ("eu_commission", "investigates", "intel")),
    ("in charge", "负责对应用材料调查的是美国司法部。", ("us_doj", "investigates", "applied_materials")),
    # A country's stance told by its own agency is the agency's too.
    ("voiced", "中国商务部周日指日本扩大对光刻胶的出口管制,中国对此表示不满。", ("cn_commerce", "opposes", "japan")),
    ("voiced", "外交部表示,中方坚决反对美国将中国企业列入实体清单。", ("cn_mfa", "opposes", "usa")),
    # 这家公司 is the company the text is about, not the last one named.
    ("topic", "中国人工智能芯片设计商寒武纪正大幅扩产,以填补英伟达退出后的空缺。这家公司主要依赖中芯国际的7纳米制程。",
     ("smic", "supplies", "cambricon")),
    ("topic", "寒武纪瞄准华为市场。挑战英伟达退出后的空白。该公司依靠中芯国际代工。", ("smic", "supplies", "cambricon")),
    # A country describing a company names the company: 中国 is no tail here.
    ("described company", "美国禁止中国人工智能初创公司深度求索购买美国技术。", ("usa", "restricts", "deepseek")),
    # described by its trade, whose word holds a trigger only as part of a compound (设计公司, 制造商)
    ("described company", "日本经济产业省将中国存储芯片制造商长鑫存储列入出口管制名单。", ("meti", "restricts", "cxmt")),
    ("described company", "美国商务部拟将中国晶圆代工厂华虹半导体列入实体清单。", ("us_commerce", "restricts", "hua_hong")),
    ("described company", "荷兰政府禁止阿斯麦向台湾晶圆代工大厂台积电的南京厂出货。", ("netherlands", "restricts", "tsmc")),
    # a big maker (大厂) is no plant (厂), and an exporter no export
    ("described company", "日本经济产业省宣布,将韩国存储大厂SK海力士等多家企业列入管制名单。", ("meti", "restricts", "sk_hynix")),
    ("described company", "美国商务部将中国服务器出口商浪潮集团列入实体清单。", ("us_commerce", "restricts", "inspur")),
    ("described company", "美国商务部将中国GPU设计公司摩尔线程列入实体清单。", ("us_commerce", "restricts", "moore_threads")),
    ("described company", "美国对中国最大的晶圆代工厂中芯国际实施制裁。", ("usa", "restricts", "smic")),
    # The disposal marker before modifiers that end in 的, and an administration named with its gloss.
    ("disposal", "拜登(Joe Biden)政府将出口至中国的英伟达(Nvidia)H20芯片列入管制。", ("usa", "restricts", "h20")),
    ("disposal", "美国商务部将总部位于上海的中芯国际列入实体清单。", ("us_commerce", "restricts", "smic")),
    # a word's Latin gloss takes no room between the trigger and what it reaches
    ("word's gloss", "美国商务部宣布,把二十多家企业列入出口管制“实体清单”(Entity List),其中十余家位于中国,包括星河微电子有限公司。",
     ("us_commerce", "restricts", discovered_id("org", "星河微电子有限公司"))),
    ("word's gloss", "日本经济产业省宣布,对23类半导体制造设备(semiconductor manufacturing equipment, SME)实施出口管制"
     "(export controls),涉及中芯国际。", ("meti", "restricts", "smic")),
    # the list going on (其中还包括, 也包括), in the clause after the listing or in the next sentence
    ("members", "美国商务部把长鑫存储列入实体清单,其中还包括星河微电子有限公司。",
     ("us_commerce", "restricts", discovered_id("org", "星河微电子有限公司"))),
    ("members", "美国商务部把20家企业列入实体清单,也包括摩尔线程。", ("us_commerce", "restricts", "moore_threads")),
    ("members", "日本将多家中国企业列入最终用户清单。其中还包括长江存储。", ("japan", "restricts", "ymtc")),
    # list members each after what kind of company it is
    ("list with descriptions", "美国商务部把长鑫存储和国产GPU厂商摩尔线程列入实体清单。", ("us_commerce", "restricts", "moore_threads")),
    ("list with descriptions", "美国商务部把长鑫存储和国产GPU厂商摩尔线程列入实体清单。", ("us_commerce", "restricts", "cxmt")),
    ("list with descriptions", "英伟达向阿里巴巴和云服务商CoreWeave供货。", ("nvidia", "supplies", "coreweave")),
    ("list with descriptions", "美国财政部对华为、AI芯片企业燧原科技实施制裁。", ("us_treasury", "restricts", "enflame")),
    ("list with descriptions", "存储芯片企业长鑫存储和国产GPU厂商摩尔线程向华为供货。", ("moore_threads", "supplies", "huawei")),
    # a listing told in colloquial verbs (塞进, 塞入, 拉进)
    ("disposal", "美国商务部把长鑫存储的多家子公司塞进了实体清单。", ("us_commerce", "restricts", "cxmt")),
    ("passive", "燧原科技去年被美国塞入实体清单。", ("usa", "restricts", "enflame")),
    # the name after what kind of company it is
    ("disposal", "美国商务部把存储芯片企业长鑫存储列入实体清单。", ("us_commerce", "restricts", "cxmt")),
    ("disposal", "日本经济产业省将国产GPU厂商摩尔线程纳入出口管制对象。", ("meti", "restricts", "moore_threads")),
    # Relying on a maker's chips or process is buying from it.
    ("reliance", "华为主要依赖台积电的7纳米制程。", ("tsmc", "supplies", "huawei")),
    ("reliance", "寒武纪依靠中芯国际代工。", ("smic", "supplies", "cambricon")),
    # A name in quotes right after the verb is its object.
    ("quoted name", "日本宣布制裁“东芝”。", ("japan", "restricts", "toshiba")),
    ("quoted name", "英伟达表示,美国对该公司实施限制的原因是“担心向中国出售芯片”。", ("usa", "restricts", "nvidia")),
    ("quoted term", "英伟达推出了一款面向中国市场的“减配版”芯片H20。", ("h20", "made_by", "nvidia")),
    # A clause that opens with a measure's verb continues the subject before it.
    ("carried subject", "荷兰政府宣布,扩大对ASML的出口管制。", ("netherlands", "restricts", "asml")),
    ("carried subject", "美国商务部周二表示,加强对华为的出口管制。", ("us_commerce", "restricts", "huawei")),
    # The goods and the destination of a barred sale are restricted.
    ("barred sale", "美国限制英伟达向中国出售H20。", ("usa", "restricts", "h20")),
    ("barred sale", "美国商务部宣布,即日起禁止美国公司向华为出售芯片。", ("us_commerce", "restricts", "huawei")),
    ("barred sale", "美国限制英伟达向中国出售H20。", ("usa", "restricts", "china")),
    ("barred sale", "日本禁止东京电子出口刻蚀设备到中国。", ("japan", "restricts", "china")),
    ("barred dealings", "美国国防部禁止美国企业与大疆合作。", ("us_dod", "restricts", "dji")),
    ("a blockade", "美国对进出委内瑞拉港口的油轮实施封锁。", ("usa", "restricts", "venezuela")),
    ("an act inside its 在…后 phrase", "在美国宣布制裁华为后,英国也宣布限制华为设备。", ("usa", "restricts", "huawei")),
    ("a measure as the reason", "壁仞科技因美国制裁而无法使用台积电的先进制程。", ("usa", "restricts", "biren")),
    ("a measure as the reason", "中兴通讯因美国的出口禁令而暂停了主要经营活动。", ("usa", "restricts", "zte")),
    ("a notice received", "英伟达收到了中国市场监管总局的调查通知。", ("samr", "investigates", "nvidia")),
    ("a notice received", "高通接到欧盟委员会的罚款决定书。", ("eu_commission", "investigates", "qualcomm")),
    ("a notice received", "三星电子已收到韩国公平交易委员会的处罚通知书。", ("kftc", "investigates", "samsung")),
    ("a stance on what happened before it", "在荷兰限制阿斯麦出口之后,中国商务部表示强烈不满。",
     ("cn_commerce", "opposes", "netherlands")),
    ("a stance on what happened before it", "在日本宣布对三星实施出口管制后,韩国政府表示遗憾。",
     ("south_korea", "opposes", "japan")),
    ("barred dealings", "白宫下令禁止美国投资者投资中国的量子计算企业。", ("white_house", "restricts", "china")),
    ("barred dealings", "日本政府禁止日本企业与俄罗斯做生意。", ("japan", "restricts", "russia")),
    ("barred dealings", "美国总统签署行政令,限制美国资本对中国人工智能领域的投资。", ("usa", "restricts", "china")),
    # whom a measure forces is hit by it
    ("causee", "美国的禁令迫使中兴转向联发科采购芯片。", ("usa", "restricts", "zte")),
    # Urging a measure against a company lobbies against it.
    ("urging", "美国众议院中国特设委员会敦促政府对中芯国际展开调查。", ("house_china_committee", "opposes", "smic")),
    ("urging", "美国半导体行业协会呼吁制裁中芯国际。", ("sia", "opposes", "smic")),
    ("urging", "麦考尔要求拜登政府将长江存储列入实体清单。", ("mccaul", "opposes", "ymtc")),
    ("urging", "众议员穆勒纳尔致信商务部,要求调查长鑫存储。", ("moolenaar", "opposes", "cxmt")),  # the addressee asks nothing
    # The end of a route is the customer, also after modifiers that end in 的.
    ("transit", "台积电将晶圆运往新加坡,再转运到中国的华为。", ("tsmc", "supplies", "huawei")),
    ("transit", "英伟达把芯片卖给新加坡的经销商,再转售给阿里巴巴。", ("nvidia", "supplies", "alibaba")),
    ("transit", "台积电向美国出口芯片,然后再进口设备。", ("tsmc", "supplies", "usa")),  # no onward shipment
    # who asks another to take a stance takes it
    ("lobbying", "AMD游说美国国会反对《芯片安全法案》。", ("amd", "opposes", "chip_security_act")),
    ("lobbying", "日本呼吁欧盟抵制中国的出口管制。", ("japan", "opposes", "china")),
    # the clause after an urged party is what it is urged to do
    ("urged party", "外交部敦促日方正视历史,停止干涉中国内政。", ("cn_mfa", "opposes", "japan")),
    # 其 after a verb of asking or ordering is who was addressed in an earlier clause
    ("addressee", "美国商务部致函英特尔,要求其停止向华为供货。", ("us_commerce", "restricts", "intel")),
    ("addressee", "荷兰政府通知阿斯麦,禁止其向中国出口光刻机。", ("netherlands", "restricts", "asml")),
    ("addressee", "台积电表示,美国要求其停止向华为供货。", ("usa", "restricts", "tsmc")),
    # 其 after a measure on what it holds: the company the earlier clause names
    ("addressee", "三星表示,韩国政府已吊销其部分出口许可证。", ("south_korea", "restricts", "samsung")),
    # 其 after an object marker too; with no name in an earlier clause, the last sentence's subject
    # a complaint lodged about a matter: what the matter names is opposed, not who hears it
    ("complaint", "中方已就美国对华半导体出口管制措施向世贸组织提起诉讼。", ("china", "opposes", "usa")),
    ("complaint", "韩国政府就日本的出口限制在世贸组织提起申诉。", ("south_korea", "opposes", "japan")),
    ("complaint", "英伟达就美国政府的新规提起诉讼。", ("nvidia", "opposes", "usa")),
    # a counted phrase stands for the last list of that many names
    ("counted", "台积电和三星电子公布了财报。美国商务部随后要求两家公司暂停向华为供货。", ("us_commerce", "restricts", "samsung")),
    ("counted", "台积电和三星电子公布了财报。美国商务部随后要求两家公司暂停向华为供货。", ("us_commerce", "restricts", "tsmc")),
    ("counted", "英伟达、AMD和英特尔提交了申请。美国商务部已向这三家企业发放许可证。", ("us_commerce", "permits", "intel")),
    ("the above", "美团和快手上月采购了大批H20。网信办随后约谈了上述公司。", ("cac", "investigates", "kuaishou")),
    ("the above", "美国撤销了三星和SK海力士的豁免。这些企业对此表示不满。", ("sk_hynix", "opposes", "usa")),
    ("counted", "韩国和日本签署备忘录,两国将联合限制光刻胶对华出口。", ("south_korea", "restricts", "china")),
    # 其 after a disposal or a verb of revoking stands for a counted phrase before it, as its names
    # 该机构 stands for an agency or an organization, the last subject of either (a guard: passed before)
    ("该机构", "英伟达发布财报。美国商务部周二发布新规。该机构还将中芯国际列入实体清单。", ("us_commerce", "restricts", "smic")),
    ("counted, then 其", "三星和SK海力士在华设有工厂。美国曾给予这两家企业豁免,但此后决定撤销其豁免资格。",
     ("usa", "restricts", "sk_hynix")),
    ("counted, then 其", "华为与中兴早已受美国管制。日本过去对这两家公司的出货只作审查,如今经济产业省将其列入管制名单。",
     ("meti", "restricts", "zte")),
    ("counted", "荷兰与日本的官员周二举行会谈。两国宣布对中国实施新的设备出口管制。", ("japan", "restricts", "china")),
    # a company named with its generic noun is listed with the next (PVH集团和…)
    ("listed with 集团", "商务部宣布将QXR集团和美国北岭动力公司列入不可靠实体清单。", ("cn_commerce", "restricts", "org_qxr")),
    # the members named inside the group listed
    ("members inside", "美国商务部将包括浪潮集团、曙光信息在内的多家中国企业列入实体清单。", ("us_commerce", "restricts", "inspur")),
    ("members inside", "日本经济产业省把包括海康威视在内的5家企业列入出口管制名单。", ("meti", "restricts", "hikvision")),
    ("members inside, after the verb", "美国财政部制裁了包括中芯国际在内的十余家中国企业。", ("us_treasury", "restricts", "smic")),
    ("summoned", "国家网信办召见了美光科技的中国区负责人。", ("cac", "investigates", "micron")),
    ("countermeasures", "中国商务部宣布对洛克希德·马丁公司实施反制措施。", ("cn_commerce", "restricts", "lockheed_martin")),
    ("countermeasures", "俄罗斯决定对欧盟实施反制裁。", ("russia", "restricts", "eu")),
    ("members inside, after the verb", "欧盟委员会调查了包括英特尔、高通在内的多家美国芯片企业。",
     ("eu_commission", "investigates", "qualcomm")),
    ("addressee", "美国商务部发现浪潮集团规避管制,并将其列入实体清单。", ("us_commerce", "restricts", "inspur")),
    ("addressee", "高通未申报收购交易。市场监管总局随后对其立案调查。", ("samr", "investigates", "qualcomm")),
    # what the regulator's investigation found, right before the name
    ("finding", "市场监管总局周一公布,初步调查显示高通违反了《反垄断法》。", ("samr", "investigates", "qualcomm")),
    ("addressee past a document number in brackets",
     "高通公司被指未履行《关于附加限制性条件批准收购案的公告》(商务部公告2016年第4号)所列义务,市场监管总局决定对其立案调查。",
     ("samr", "investigates", "qualcomm")),
    ("addressee", "中芯国际扩大了先进产能。美国商务部随后将其列入实体清单。", ("us_commerce", "restricts", "smic")),
    # a later clause's listing under the sentence's subject, after a clause that listed other names
    ("listing per clause", "美国商务部周五更新规则,将H20纳入许可管理,并将寒武纪、海光信息列入实体清单。",
     ("us_commerce", "restricts", "hygon")),
    ("listing per clause", "日本经济产业省修订规则,把东京电子纳入管制范围,同时把长鑫存储、长江存储列入最终用户清单。",
     ("meti", "restricts", "ymtc")),
    # a bracket noting something about a name, no name or trigger inside, is no gap after it
    ("a note in brackets", "美国商务部将包括中芯国际(股票代码:00981)在内的多家中国企业列入实体清单。",
     ("us_commerce", "restricts", "smic")),
    ("a defined word in brackets (a guard: read before)", "日本经济产业省把包括东京电子(以下简称“该公司”)在内的三家企业纳入管制名单。",
     ("meti", "restricts", "tokyo_electron")),
    # a national supercomputing centre, its city inside its name (a dictionary entry)
    ("a centre named with its city", "美国商务部把国家超级计算无锡中心和江南计算技术研究所列入实体清单。",
     ("us_commerce", "restricts", "nscc_wuxi")),
    # what was said with no subject of its own is the speaker's, not the first clause's subject's
    ("speaker's clause", "台积电董事会通过决议,日本经济产业省表示,将对中国实施出口管制。", ("meti", "restricts", "china")),
    ("speaker's clause", "英特尔公布财报后,美国财政部声明,已对中芯国际实施制裁。", ("us_treasury", "restricts", "smic")),
    # a company's own plant named after it is no gap in a list of companies
    ("plants listed", "美国撤销了英特尔大连工厂和三星电子西安工厂的豁免。", ("usa", "restricts", "intel")),
    # a criticism told as what was said: its target opens what follows
    ("criticism said", "国台办批评,民进党当局为了选举操弄两岸议题。", ("tao", "opposes", "dpp")),
    ("criticism said", "商务部新闻发言人批评,荷兰政府的做法缺乏事实依据。", ("cn_commerce", "opposes", "netherlands")),
    # the rule just reported, referred to as 上述…
    ("the rule above", "美国国会去年通过了《芯片与科学法》。英伟达批评上述法案过度干预市场。",
     ("nvidia", "opposes", "chips_act")),
    ("the rule above", "《出口管理条例》修订后,阿斯麦表示影响有限。英伟达则批评上述规定。", ("nvidia", "opposes", "ear")),
    # a requirement or a ban lifted lets go what it bound
    ("requirement lifted", "美国商务部撤销了对楷登电子和新思科技向中国销售软件的许可要求。", ("us_commerce", "permits", "synopsys")),
    ("requirement lifted", "日本经济产业省取消了对东京电子的出口限制。", ("meti", "permits", "tokyo_electron")),
    ("requirement lifted", "荷兰政府废除了对阿斯麦出口DUV光刻机的许可证制度。", ("netherlands", "permits", "asml")),
    # a counted phrase past the clause's own subject, to the list of its count (这三大厂, 三巨头)
    ("counted past the subject", "三星、SK海力士和美光仍占据九成份额,但长鑫存储已在DDR4市场与这三大厂正面竞争。",
     ("cxmt", "competes_with", "micron")),
    ("counted past the subject", "英伟达、AMD和英特尔公布了财报。美国商务部随后要求三巨头停止向中国出货。",
     ("us_commerce", "restricts", "intel")),
    # an approval addressed with 其 (同意其…注册)
    ("consent to it", "摩尔线程周五公告称,中国证监会同意其首次公开发行股票注册。", ("csrc", "permits", "moore_threads")),
    ("consent to it", "上交所受理了沐曦的申请,证监会随后准许其注册。", ("csrc", "permits", "metax")),
    # a clause that opens with the field its act is in goes on with the subject (在…领域已…)
    ("a field told first", "华为近年来发展迅速,在AI芯片领域已与英伟达展开竞争。", ("huawei", "competes_with", "nvidia")),
    ("a field told first", "长鑫存储扩产顺利,在DDR5方面也与三星一较高下。", ("cxmt", "competes_with", "samsung")),
    # 和 as 与 after an adverb, where it joins no list
    ("和 after an adverb", "摩尔线程的新品已经能和英伟达的中端显卡正面较量。", ("moore_threads", "competes_with", "nvidia")),
    ("和 after an adverb", "壁仞科技正和沐曦争夺互联网大厂的订单。", ("biren", "competes_with", "metax")),
    # the rival's goods displaced, told as a noun after 对…的
    ("displacing as a noun", "以华为昇腾为代表的国产AI芯片正加快对英伟达产品的替代。", ("ascend", "competes_with", "nvidia")),
    ("displacing as a noun", "寒武纪在推理市场对英伟达的挑战日益明显。", ("cambricon", "competes_with", "nvidia")),
    # head-to-head idioms
    ("head to head", "华为昇腾与英伟达在国内市场分庭抗礼。", ("ascend", "competes_with", "nvidia")),
    ("head to head", "长鑫存储将与三星在DDR5市场一较高下。", ("cxmt", "competes_with", "samsung")),
    ("the speaker past a paper spoken to", "英伟达发言人对《华尔街日报》表示,美国的出口管制是失败的。",
     ("nvidia", "opposes", "usa")),
    # a portfolio of fields before 事务, which 与 or 和 join
    ("a portfolio before 事务", "白宫人工智能与加密货币事务主管戴维·萨克斯为这些协议辩护。", ("david_sacks", "works_for", "white_house")),
    ("a portfolio before 事务 (a guard: the dictionary gives his office)", "欧盟委员会贸易和经济安全事务专员谢夫乔维奇表示将与中方沟通。",
     ("sefcovic", "works_for", "eu_commission")),
    # a list whose names carry their glosses in brackets, addressed by 其 or counted later
    ("a glossed list addressed", "韩国产业通商资源部向三星电子(Samsung Electronics)、SK海力士(SK Hynix)和美光发出通知,"
     "要求其暂停向华为供货。", ("motie", "restricts", "samsung")),
    ("a glossed list counted", "英伟达(Nvidia)、AMD(超威)和英特尔公布了财报。美国商务部随后要求这三家公司停止向中国出货。",
     ("us_commerce", "restricts", "nvidia")),
    # the companies a probe into goods involves, after the agency that opened it or a phrase that refers
    # to the probe (probes in relations.yaml)
    ("a probe's producers (a guard: read before)", "欧盟委员会对进口的中国成熟制程芯片发起反倾销调查,涉及中芯国际、华虹半导体等企业。",
     ("eu_commission", "investigates", "hua_hong")),
    ("a probe's producers", "日本经济产业省宣布启动反倾销调查,被调查产品的主要生产商包括三星电子和SK海力士。",
     ("meti", "investigates", "sk_hynix")),
    ("a probe referred to", "商务部对原产于美国和日本的进口存储芯片展开反倾销调查。此次调查涉及美光、铠侠等企业。",
     ("cn_commerce", "investigates", "kioxia")),
    ("a probe referred to", "商务部周五宣布对原产于美国的模拟芯片进行反倾销立案调查。业内人士认为,这起调查将波及德州仪器等美国厂商。",
     ("cn_commerce", "investigates", "texas_instruments")),
    ("the probe's goods referred to", "商务部决定对原产于美国的相关芯片进行反倾销立案调查。被调查产品为接口芯片,主要涉及德州仪器。",
     ("cn_commerce", "investigates", "texas_instruments")),
    ("criticism said of a bill", "白宫人工智能事务主管戴维·萨克斯批评,《GAIN AI法案》将削弱美国企业的竞争力。",
     ("david_sacks", "opposes", "gain_ai_act")),
    ("criticism said of a bill", "商务部发言人批评,美方《芯片与科学法案》歧视外国企业。", ("cn_commerce", "opposes", "chips_act")),
    # replying is no stance taken on a criticism (回应时 and 回应中 are no 回应 of the stance words)
    ("criticism said in a reply", "外交部发言人回应时批评,日本政府在台湾问题上挑衅。", ("cn_mfa", "opposes", "japan")),
    ("criticism said in a reply", "商务部在回应中批评,荷兰政府干预企业经营。", ("cn_commerce", "opposes", "netherlands")),
    ("a later clause", "美国商务部撤销了英特尔的出口许可,并取消了三星的VEU资格。", ("us_commerce", "restricts", "samsung")),
    ("a later clause", "日本经济产业省批准了铠侠的补贴申请,随后又批准了东京电子的申请。", ("meti", "permits", "tokyo_electron")),
    ("a later clause", "商务部发布了《两用物项出口管制条例》,并出台了《出口管制法》。", ("cn_commerce", "issues", "cn_export_control_law")),
    # a clause opened by 与 goes on with the sentence's subject
    ("rival after 与", "燧原科技周二发布新一代训练芯片,与英伟达展开竞争。", ("enflame", "competes_with", "nvidia")),
    ("rival after 与", "寒武纪推出思元690芯片,与华为争夺国内市场。", ("cambricon", "competes_with", "huawei")),
    ("rival after a figure", "联发科明年营收将倍增,与高通的竞争也将更加激烈。", ("mediatek", "competes_with", "qualcomm")),
    ("order won", "长鑫存储获小米大额订单。", ("cxmt", "supplies", "xiaomi")),
    # a licence requirement on exports to a country restricts that country
    ("licence for a country", "日本经济产业省决定对俄罗斯实施半导体设备的出口许可要求。", ("meti", "restricts", "russia")),
    ("licence for a country", "韩国政府宣布,对伊朗出口两用物项实行许可证制度。", ("south_korea", "restricts", "iran")),
    # an order to freeze or divest restricts who receives it
    ("ordered to freeze", "荷兰经济事务部发布部长令,要求安世半导体冻结全球资产的调整。", ("nl_economy", "restricts", "nexperia")),
    ("ordered to divest", "美国外国投资委员会责令字节跳动剥离其美国业务。", ("cfius", "restricts", "bytedance")),
    # a permission revoked, told in the passive
    ("passive revoke", "台积电南京厂遭美国撤销VEU资格。", ("usa", "restricts", "tsmc")),
    ("passive revoke", "三星电子被美国商务部取消了经验证最终用户资格。", ("us_commerce", "restricts", "samsung")),
    ("passive revoke", "英特尔的出口许可证被美国吊销。", ("usa", "restricts", "intel")),
    # a listing on a list that grants what it names permits
    ("allow listing", "美国商务部将台积电南京厂列入经验证最终用户名单。", ("us_commerce", "permits", "tsmc")),
    ("allow listing", "英特尔被美国商务部列入经验证最终用户名单。", ("us_commerce", "permits", "intel")),
    # a fronted target, the stance-taker opening the next clause with no speaker between
    ("fronted stance", "对于美方的指控,中兴通讯予以驳斥。", ("zte", "opposes", "usa")),
    ("fronted stance", "对于日本的出口限制,韩国政府强烈抗议。", ("south_korea", "opposes", "japan")),
    # a legislature's or council's approval enacts
    ("enacted", "欧盟理事会批准了《人工智能法案》。", ("eu_council", "issues", "eu_ai_act")),
    # a verb of undergoing far from the measure, in another phrase, leaves the head acting
    ("undergoing apart", "美国商务部在接受媒体采访时表示将限制中芯国际。", ("us_commerce", "restricts", "smic")),
    ("undergoing apart", "日本政府在面临国内压力时决定限制对华出口光刻胶。", ("japan", "restricts", "china")),
    # a maker glued to the product after the verb of speaking is no subject of its own, nor the tail
    ("said maker", "美国商务部表示英伟达的H20须获得许可证才能出口。", ("us_commerce", "restricts", "h20")),
    ("said object", "美国商务部表示将对日本等国的企业实施限制,包括东京电子。", ("us_commerce", "restricts", "japan")),
    # a name after 在 that opens its own clause is still the target
    ("stance on a place's act", "美国抗议中国在南中国海的军事化行为。", ("usa", "opposes", "china")),
    # a subject carried into a clause that opens with 与 competes with each rival, none with another
    ("carried rival", "寒武纪推出新芯片,与英伟达和AMD展开竞争。", ("cambricon", "competes_with", "amd")),
    # a country named by one character after 在 or a verb (在华, 赴华) is where, no rival actor in a gap
    ("order past 在华", "网信办表示,经审查发现高通公司在华销售的芯片存在安全风险,要求运营者停止采购高通产品。",
     ("cac", "restricts", "qualcomm")),
    ("order past 在华", "商务部宣布,鉴于德州仪器在华倾销模拟芯片,责令国内企业停止采购德州仪器的产品。",
     ("cn_commerce", "restricts", "texas_instruments")),
    # a person titled by the body before them still opens their clause; an order through a company's chief
    ("urged past a title", "众议院中国问题特设委员会主席穆勒纳尔致信商务部长,要求将摩尔线程列入实体清单。",
     ("moolenaar", "opposes", "moore_threads")),
    ("order via a chief", "商务部致电英伟达CEO黄仁勋,要求英伟达停止向中国出售H20芯片。", ("cn_commerce", "restricts", "nvidia")),
    # a reason's 理由 marks no agent
    ("reason, no agent", "韩国政府表示,以保护本国产业为理由反对美国的关税措施。", ("south_korea", "opposes", "usa")),
    ("reason, no agent", "韩国政府表示,以国家安全为由反对美国的关税措施。", ("south_korea", "opposes", "usa")),
    # a country's market is where goods go
    ("market", "英伟达的H20主要销往中国市场。", ("nvidia", "supplies", "china")),
    ("market", "三星电子的HBM3E主要出口至美国市场。", ("samsung", "supplies", "usa")),
    # a status granted, obtained or got
    ("obtained status", "三星电子获得美国商务部的VEU资格,西安工厂可继续进口设备。", ("us_commerce", "permits", "samsung")),
    ("obtained status", "SK海力士拿到了美国政府的出口许可。", ("usa", "permits", "sk_hynix")),
    ("obtained status", "高通已获美国商务部核准,可继续向华为供应4G芯片。", ("us_commerce", "permits", "qualcomm")),
    # a listing the body announces in the passive, with no agent, is the body's
    ("announced passive", "美国商务部宣布,长江存储被列入实体清单。", ("us_commerce", "restricts", "ymtc")),
    ("announced passive", "日本经济产业省周五公布,东京电子等三家企业被纳入管制清单。", ("meti", "restricts", "tokyo_electron")),
    # 对此 stands for the matter's first actor, past the one who reacts and its adverb
    ("对此 past an adverb", "博通收购VMware一案未依法申报,市场监管总局已对此立案调查。", ("samr", "investigates", "broadcom")),
    ("对此 past an adverb", "英特尔宣布停止向华为供货,中国政府周五对此表示强烈不满。", ("china", "opposes", "intel")),
    # a licence required for exports to a country, by where they go, and one the speaker imposes on a company
    ("licence by destination", "韩国产业通商资源部宣布,出口至俄罗斯等地须事先获得许可。", ("motie", "restricts", "russia")),
    ("imposed licence", "美国商务部表示,英伟达向中国出口H20须申请许可证。", ("us_commerce", "restricts", "china")),
    # how long or how often the licence is needed, between the duty and getting it, told to whom it binds
    ("licence duty, how", "今年春天,美国政府通知英伟达,H20对华出口需无限期申请许可证。", ("usa", "restricts", "h20")),
    ("licence duty, how", "美国商务部告知AMD,MI308芯片出口中国须逐笔申请许可证。", ("us_commerce", "restricts", "amd")),
    ("licence duty, how", "荷兰政府宣布,阿斯麦出口光刻机须逐案申请许可证。", ("netherlands", "restricts", "asml")),
    # a carried subject past an earlier clause's object marker
    ("rival, subject carried", "台积电停止对华为出货,并与中芯国际展开竞争。", ("tsmc", "competes_with", "smic")),
    ("rival, subject carried", "美光表示将向中国客户供货,并与三星争夺订单。", ("micron", "competes_with", "samsung")),
    # two named together act on a third: rivals of it
    ("joint rivals", "长鑫存储与华为的组合正蚕食美光的份额。", ("huawei", "competes_with", "micron")),
    # a case pursued, as Taiwan's papers write it
    ("case pursued", "台湾高等检察署对东京电子在台子公司展开侦办。", ("tw_high_prosecutors", "investigates", "tokyo_electron")),
    ("case pursued", "法务部调查局已依法侦办中芯国际在台非法挖角案。", ("tw_mjib", "investigates", "smic")),
    # the stance, then the target's measure opening the next clause
    ("stance, then the measure", "商务部发言人回应称,中方对此坚决反对,美方做法严重损害企业合法权益。",
     ("cn_commerce", "opposes", "usa")),
    ("stance, then the measure", "外交部发言人表示,中方对此强烈不满,日本的出口管制措施违背自由贸易原则。",
     ("cn_mfa", "opposes", "japan")),
    # taking a name off a list that grants restricts it
    ("off an allowed list", "美国商务部宣布将三星从经验证最终用户名单中移除。", ("us_commerce", "restricts", "samsung")),
    ("off an allowed list", "美国商务部工业与安全局宣布,将从“经验证最终用户”名单中删除SK海力士无锡工厂。",
     ("bis", "restricts", "sk_hynix")),
    # a place glued to a company names its local unit: the company is the object
    ("a company's local unit", "中国商务部对恩智浦中国的部分出口实施管制。", ("cn_commerce", "restricts", "nxp")),
    ("a company's local unit", "网信办对美光中国的产品展开网络安全审查。", ("cac", "investigates", "micron")),
    # a warning that using or buying a product may break the warner's controls
    ("warned of use", "美国商务部周二发出警告,称在全球任何地方使用昇腾芯片都可能违反美国出口管制。",
     ("us_commerce", "restricts", "ascend")),
    ("warned of use", "美国商务部发布指南,提醒企业采购华为昇腾910B芯片或将违反美国的出口管制规定。",
     ("us_commerce", "restricts", "ascend_910b")),
    # a clause that means to act, carrying the subject (考虑)
    ("considered, carried", "美国商务部已草拟新规,考虑限制向泰国出口先进芯片。", ("us_commerce", "restricts", "thailand")),
    # the seller's goods bought by the buyer, in the passive
    ("purchase in the passive", "壁仞科技的GPU已获百度采用。", ("biren", "supplies", "baidu")),
    ("purchase in the passive", "海光信息的处理器被浪潮集团大量采购。", ("hygon", "supplies", "inspur")),
    # a partner named after the subject acts with it
    ("two that act together", "美国与日本合作对中国实施制裁。", ("japan", "restricts", "china")),
    # 将 of what will be done, not of what is disposed of
    ("a purchase to come", "腾讯将采购英伟达芯片。", ("nvidia", "supplies", "tencent")),
    ("a purchase to come", "G42宣布将在未来三年采购数万块英伟达芯片。", ("nvidia", "supplies", "g42")),
    # a list of buyers closed by 等 and its noun
    ("purchase in the passive, a list", "昇腾910B已被百度、科大讯飞等客户批量采购。", ("huawei", "supplies", "iflytek")),
    ("purchase in the passive, a list", "美光的内存芯片被联想等电脑厂商广泛采购。", ("micron", "supplies", "lenovo")),
    ("purchase in the passive, a list", "H20曾被阿里巴巴、腾讯等国内云服务商采购。", ("nvidia", "supplies", "alibaba")),
    # revenue from a country's region
    ("revenue by region", "AMD上季度来自中国区的销售额下降。", ("amd", "supplies", "china")),
    # 其 right after a reason 而 closes stands for the reason's subject
    ("其 after a reason", "日本公正取引委员会因谷歌涉嫌阻碍竞争而对其展开调查。", ("jftc", "investigates", "google")),
    # or in a clause of no subject of its own after the clauses a reason opens
    ("其 after a reason", "欧盟委员会宣布,由于英特尔向电脑制造商支付回扣以排挤AMD,决定对其处以10.6亿欧元罚款。",
     ("eu_commission", "investigates", "intel")),
    ("其 after a reason", "市场监管总局称,因美光在华销售中拒绝向联想供货,将对其展开调查。", ("samr", "investigates", "micron")),
    ("其 after a reason", "美国商务部因长江存储向华为供应芯片而将其列入实体清单。", ("us_commerce", "restricts", "ymtc")),
    # a sentence that opens with what it is about (对此,) has its subject in the next clause
    ("对此, then the subject", "日本宣布限制光刻胶出口。对此,韩国产业通商资源部发言人表示,韩方对日方的做法深表遗憾。",
     ("motie", "opposes", "japan")),
    # what the sentence's subject said, with no subject of its own, is the subject's
    ("what the subject said", "联发科表示,来自美国的营收占比已超过三成。", ("mediatek", "supplies", "usa")),
    ("what the subject said", "SK海力士表示,因为向英伟达供货,公司营收大增。", ("sk_hynix", "supplies", "nvidia")),
    # the period of a company's figures opens a clause that goes on with the subject
    ("figures' period", "SK海力士周四发布财报,第二季度来自美国的营收增长五成。", ("sk_hynix", "supplies", "usa")),
    ("figures' period", "三星电子公布业绩,上半年来自中国市场的销售额下降。", ("samsung", "supplies", "china")),
    # customers listed right after the word, in a clause that goes on with the subject or after 其
    ("customers listed", "联电新加坡工厂下月投产,首批客户包括高通和联发科。", ("umc", "supplies", "mediatek")),
    ("customers listed", "SK海力士推出HBM4样品,客户包括英伟达。", ("sk_hynix", "supplies", "nvidia")),
    ("customers listed", "中芯国际在财报中表示,其主要客户包括华为。", ("smic", "supplies", "huawei")),
    ("customers listed", "意法半导体是欧洲最大的车用芯片供应商,其客户包括特斯拉。", ("stmicroelectronics", "supplies", "tesla")),
    ("customers listed", "中芯国际是中国大陆规模最大的晶圆代工厂,其客户包括华为和高通。", ("smic", "supplies", "qualcomm")),
    # a duty to get a licence named apart from it, on the company and on where the goods go
    ("licence duty", "韩国产业通商资源部宣布,三星电子向俄罗斯出口存储芯片须事先取得政府许可。", ("motie", "restricts", "samsung")),
    ("licence duty", "美国商务部表示,AMD出口高端芯片需向该部申请许可证。", ("us_commerce", "restricts", "amd")),
    ("licence duty", "日本经济产业省宣布,尼康向中国出口光刻设备须逐案申请许可。", ("meti", "restricts", "nikon")),
    ("licence duty, the authority in the licence", "东京电子今后向中国出口蚀刻设备时,须逐案获得日本政府许可。",
     ("japan", "restricts", "tokyo_electron")),
    ("licence duty, the authority in the licence", "美光出口HBM芯片需事先取得美国商务部的许可。", ("us_commerce", "restricts", "micron")),
    # the exporter and its goods both named
    ("licence duty", "荷兰政府宣布,阿斯麦出口NXT:2000i光刻机需申请许可证。", ("netherlands", "restricts", "nxt_2000i")),
    # a deal refused is its maker's
    ("deal refused", "美国外国投资委员会对博通收购高通一案不予批准。", ("cfius", "restricts", "broadcom")),
    ("deal refused", "市场监管总局对英伟达收购迈络思一案暂不批准。", ("samr", "restricts", "nvidia")),
    ("licence duty", "美国商务部称,AMD今后出口MI308芯片必须获得许可证。", ("us_commerce", "restricts", "amd")),
    ("licence duty", "美国商务部称,AMD今后出口MI308芯片必须获得许可证。", ("us_commerce", "restricts", "mi308")),
    ("licence duty", "日本经济产业省规定,企业向中国出口蚀刻设备必须获得经产省的出口许可。", ("meti", "restricts", "china")),
    # a unit's measure announced by its parent, the subject, is the parent's too
    ("announced by the parent", "经济部周三宣布,国际贸易署已更新出口管制名单,新增壁仞科技等企业。", ("tw_moea", "restricts", "biren")),
    ("announced by the parent", "美国商务部表示,工业与安全局已将长江存储列入实体清单。", ("us_commerce", "restricts", "ymtc")),
    # a stance in a later clause that goes on with the subject
    ("later stance", "韩国政府批评日本的出口管制,同时谴责美国的关税政策。", ("south_korea", "opposes", "usa")),
    ("later stance", "中方坚决反对美方打压华为,也反对荷兰限制阿斯麦出口。", ("china", "opposes", "netherlands")),
    # who bears the brunt of a measure is hit by it
    ("brunt", "美国宣布对先进封装设备实施出口管制,长电科技首当其冲。", ("usa", "restricts", "jcet")),
    # a supplier chosen as one, in the chooser's clause or a later one
    ("chosen supplier", "苹果选定台积电为其M5芯片的独家代工厂。", ("tsmc", "supplies", "apple")),
    ("chosen supplier", "中国电信在服务器集采中,选择了浪潮和华为作为主要供应商。", ("huawei", "supplies", "china_telecom")),
    ("chosen supplier", "AMD引入SK海力士作为HBM的第二供应商。", ("sk_hynix", "supplies", "amd")),
    ("supplier ordered", "苹果通知供应商台积电削减产量。", ("tsmc", "supplies", "apple")),
    ("supplier ordered", "英伟达已要求供应商安靠和三星电子暂停相关生产。", ("amkor", "supplies", "nvidia")),
    # rivalry undergone in the passive: the agent is the rival
    ("rivalry passive", "英伟达在华市场份额正在被华为蚕食。", ("huawei", "competes_with", "nvidia")),
    ("rivalry passive", "三星的代工业务已被台积电超越。", ("tsmc", "competes_with", "samsung")),
    # a counted phrase of products stands for the last list of them, 这些 for any of two or more
    ("counted products", "英伟达推出了H20和L20两款芯片。美国商务部随后限制了这两款芯片的对华出口。", ("us_commerce", "restricts", "l20")),
    ("counted products", "英伟达此前推出了H20和L20。美国商务部宣布限制这些芯片的出口。", ("us_commerce", "restricts", "h20")),
    # a rule named again as 该限制政策, 这一措施…
    ("rule anaphor", "美国商务部修订了《出口管理条例》。该限制政策禁止英伟达向中国出口A100芯片。", ("ear", "restricts", "a100")),
    ("rule anaphor", "美国商务部修订了《出口管理条例》。这一措施禁止英伟达向中国出售H20芯片。", ("ear", "restricts", "h20")),
    # the body passing a bill bans what the bill bans
    ("passed bill", "美国国会通过法案,禁止联邦机构采购中国无人机。", ("us_congress", "restricts", "china")),
    # a clause of purpose (以, 旨在, 为了 and a trigger) goes on with the subject
    ("purpose", "摩尔线程宣布将产能提高两倍,以抢占英伟达在国内的市场份额。", ("moore_threads", "competes_with", "nvidia")),
    ("purpose", "日本经济产业省修订了出口管理规则,旨在限制先进设备流向中国。", ("meti", "restricts", "china")),
    ("purpose", "荷兰政府出台新规,为了限制阿斯麦向中国出口光刻机。", ("netherlands", "restricts", "asml")),
    # a name after 在 acts when 在… is a time or a circumstance
    ("在…后", "在美国对华为实施制裁后,华为加快了自研芯片的步伐。", ("usa", "restricts", "huawei")),
    ("在…时", "在荷兰政府宣布限制阿斯麦出口时,中方表示了不满。", ("netherlands", "restricts", "asml")),
    ("在…后, a later act", "日本政府在实施管制后,修订了《外汇法》。", ("japan", "issues", "japan_fx_act")),
    # concern over a government's or a country's act is an objection
    ("concern", "美国半导体行业协会对中国商务部的调查表示关切。", ("sia", "opposes", "cn_commerce")),
    ("concern", "日本政府对韩国的出口管制措施表示严重关切。", ("japan", "opposes", "south_korea")),
    ("concern, worry", "台湾半导体产业协会对美国的232关税调查深表忧虑。", ("tsia", "opposes", "usa")),
    ("concern, worry", "欧盟对中国收紧稀土出口表示担忧。", ("eu", "opposes", "china")),
    # on whose the measure is, though the matter names its object after a marker of its own
    ("concern", "日本政府对美国近期的对华出口管制措施表达了严重关切。", ("japan", "opposes", "usa")),
    ("concern", "欧盟对荷兰政府的对华光刻机禁令表示遗憾。", ("eu", "opposes", "netherlands")),
    ("concern", "韩国产业通商资源部对美国针对三星的限制表示遗憾。", ("motie", "opposes", "usa")),
    # the speaker goes on as the subject past whom it cooperates with
    ("speaker carried", "經濟部表示,將配合美方出口管制,禁止台積電為華為代工。", ("tw_moea", "restricts", "tsmc")),
    # a crackdown on a company
    ("crackdown", "美国政府再次出手打击华为,切断其海外供应链。", ("usa", "restricts", "huawei")),
    ("crackdown", "美国对中兴通讯的打击引发业界担忧。", ("usa", "restricts", "zte")),
    # the body enacts what its members proposed (the whole legislature: one house only sends a bill on)
    ("enacted", "美国国会以压倒性票数通过了由两党议员起草的《芯片安全法案》。", ("us_congress", "issues", "chip_security_act")),
    # a decision that states a duty to stop dealing with the tail
    ("decided duty", "网信办决定,电信运营商应停止采购思科公司的路由器。", ("cac", "restricts", "cisco")),
    ("decided duty", "日本政府宣布,相关企业须停止向长江存储出口设备。", ("japan", "restricts", "ymtc")),
    # for whom a permission is made
    ("benefactive permit", "美国政府为英特尔大连工厂提供了豁免。", ("usa", "permits", "intel")),
    ("goods of a sale let go", "美国商务部允许AMD向中国出售MI308芯片。", ("us_commerce", "permits", "mi308")),
    ("goods of a sale let go", "白宫批准英伟达对华销售H20,条件是上缴部分收入。", ("white_house", "permits", "h20")),
    ("goods of a sale let go", "美國政府容許超微向中國客戶出口MI308晶片。", ("usa", "permits", "mi308")),
    # the deal's actor named before it is the stance's target
    ("stance on a deal", "中方反对日本向台湾出口芯片的决定。", ("china", "opposes", "japan")),
    # goods made in a plant and sold are still sold
    ("goods from a plant", "台积电将南京工厂生产的芯片出售给华为。", ("tsmc", "supplies", "huawei")),
    # an order to sell a stake; shock at a government's decision
    ("ordered to divest", "美国外国投资委员会下令字节跳动出售TikTok美国业务的股权。", ("cfius", "restricts", "bytedance")),
    ("ordered to divest", "日本政府下令华为转让其在日本子公司的股权。", ("japan", "restricts", "huawei")),
    ("shock", "三星电子表示,对韩国政府的决定深感震惊。", ("samsung", "opposes", "south_korea")),
    # the members of a group named after the measure, each described by what it is
    ("described members", "美国财政部周四制裁了三家中国企业,包括无人机制造商大疆。", ("us_treasury", "restricts", "dji")),
    ("described members", "美国商务部将12家中国实体列入实体清单,其中包括服务器厂商浪潮集团。", ("us_commerce", "restricts", "inspur")),
    # Taiwan's word for a start-up describes a member too, and the one listed after it with its own description
    ("described members", "美國商務部將多家中國實體列入實體清單,其中包括AI新創月之暗面及晶片設計公司壁仞科技。",
     ("us_commerce", "restricts", "biren")),
    ("described members", "美国商务部将多家企业列入实体清单,其中包括大模型新创公司智谱。", ("us_commerce", "restricts", "zhipu")),
    # a list a comma pauses and 以及 takes up: one listing of all
    ("list resumed", "美国商务部将寒武纪和海光信息,以及它们的多家子公司列入实体清单。", ("us_commerce", "restricts", "hygon")),
    ("list resumed", "日本经济产业省将长鑫存储、长江存储,以及其关联企业纳入出口管制名单。", ("meti", "restricts", "ymtc")),
    # the members of a group taken off a list, named after it
    ("delisted members", "美国商务部将8家企业移出未经核实名单,其中包括中微公司。", ("us_commerce", "permits", "amec")),
    ("delisted members", "日本将5家中国企业从出口管制名单中删除,包括浪潮集团。", ("japan", "permits", "inspur")),
    # the act inside a matter reacted to stays the matter's subject's
    ("matter closed", "加拿大政府将就美国对墨西哥加征关税一事同华盛顿磋商。", ("usa", "restricts", "mexico")),
    # a wire story's dateline: the city, =, the agency
    ("dateline", "(东京=共同社)日本经济产业省周五宣布,将限制向中国出口光刻胶。", ("meti", "restricts", "china")),
    ("dateline", "(北京=韩联社记者)中国商务部周四宣布,对美光实施出口管制。", ("cn_commerce", "restricts", "micron")),
    # a flash item's outlet and date, a numbered item's number before them
    ("dateline", "1. 新浪科技讯 3月5日上午消息,三星电子宣布获得特斯拉芯片订单,将为特斯拉代工AI6芯片。",
     ("product_ai6", "made_by", "samsung")),
    # 公司 after a speaker's later verb of speaking, opened by a connective, is still the speaker's
    ("speaks on", "美光表示,三星的HBM3E已获英伟达认证,并称公司将扩大向英伟达供货。", ("micron", "supplies", "nvidia")),
    ("speaks on", "英伟达回应称,深度求索使用的是H800芯片,并强调公司在新加坡的营收多属账单地址。",
     ("nvidia", "supplies", "singapore")),
    # a city before one dash (华盛顿 — ), as Voice of America's stories open
    ("dateline", "华盛顿 — 美国商务部星期四宣布,将中芯国际列入实体清单。", ("us_commerce", "restricts", "smic")),
    # 公司 in a filing that defines it for its own company (以下简称“…”或“公司”) is that company, not the last one named
    ("filing", "中科寒武纪科技股份有限公司(以下简称“寒武纪”或“公司”)成立于2016年。报告期内,联想集团为第一大客户。"
               "公司向字节跳动销售加速卡。", ("cambricon", "supplies", "bytedance")),
    ("filing", "星河控股有限公司为控股股东。海光信息股份有限公司(下称“本公司”)主营处理器。本公司向浪潮信息供应CPU。",
     ("hygon", "supplies", "inspur_information")),
    # a trigger framed by 在 with its object is still the act (在限制华为方面毫不手软); whom one follows does not act
    ("topic frame", "美国在限制华为方面毫不手软。", ("usa", "restricts", "huawei")),
    ("followed", "日本过去多依循美国法规,如今首度将中芯国际纳入本国名单。", ("japan", "restricts", "smic")),
    ("followed", "台湾比照美国,将华为列入实体清单。", ("taiwan", "restricts", "huawei")),
    ("body's unit", "美国国防部旗下的国防高级研究计划局宣布。", ("darpa", "part_of", "us_dod")),
    # 他 and 她 stand for a person: the sentence's first person when they open a clause, else the last subject
    ("pronoun", "陈立武曾在英特尔任职。2009年,他出任楷登电子首席执行官。", ("lip_bu_tan", "works_for", "cadence")),
    ("pronoun", "外交部发言人毛宁就卢特尼克的言论表示,中方坚决反对,她批评卢特尼克歪曲事实。",
     ("mao_ning", "opposes", "lutnick")),
    ("pronoun", "美国大使惠特克表示,美国谴责他所称的俄罗斯的入侵。", ("usa", "opposes", "russia")),  # 他所称: no one
    # a company's shareholders' meeting acts for it, though 股东 names no party after a company
    ("company body", "中芯国际股东大会批准向华虹供货。", ("smic", "supplies", "hua_hong")),
    # a flash item's outlet before 讯, a space and the date (not 通讯: a company's name ends so)
    ("dateline", "雷锋网讯 6月2日,寒武纪在北京举办发布会,并同步发布思元590芯片。", ("mlu590", "made_by", "cambricon")),
    ("dateline", "中兴通讯 6月2日,中兴通讯宣布向中国移动供货。", ("zte", "supplies", "china_mobile")),
    # or a wire's name, its city and the date before a dash, as Reuters' Chinese stories open
    ("dateline", "路透伦敦6月2日 - 英国政府周一宣布,限制向俄罗斯出口芯片。", ("uk", "restricts", "russia")),
    # whom a speaker answers (回应, a compound itself) is no subject of what was said
    ("answered", "德州仪器方面回应路透社称,公司将继续为中国客户提供稳定供应。", ("texas_instruments", "supplies", "china")),
    # or any short 【】 bracket opening the story, a space inside it (no sentence break there)
    ("dateline", "【共同社 大阪】日本经济产业省周四宣布,将限制向中国出口光刻胶。", ("meti", "restricts", "china")),
    ("dateline", "【本报驻首尔记者 金敏】韩国产业通商资源部宣布,限制向俄罗斯出口芯片。",
     ("motie", "restricts", "russia")),
    # whom one speaks to is not what 公司 or 该公司 in what was said stands for
    ("told", "美光的一名发言人对日经新闻称,公司已停止向华为供货。", ("micron", "supplies", "huawei")),
    ("told", "阿斯麦首席执行官告诉彭博社,该公司将继续向中国客户出售DUV设备。", ("asml", "supplies", "china")),
    ("told", "应用材料在接受华尔街日报采访时表示,公司已暂停向中芯国际出货。", ("applied_materials", "supplies", "smic")),
    ("told", "美光告知美国商务部,公司已停止向华为供货。", ("micron", "supplies", "huawei")),  # a guard: passed before
    # a passive's relative clause on the event itself, or on its impact, is still done to its subject (guards)
    ("passive on an event", "中兴通讯去年被美国列入实体清单的消息引发关注。", ("usa", "restricts", "zte")),
    ("passive on an event", "浪潮集团受到美国出口管制的影响。", ("usa", "restricts", "inspur")),
    # a short name defined in brackets after the tail, a Latin gloss before it or not, stands apart from no one
    ("defined short name", "美国商务部将浪潮电子信息产业股份有限公司(以下简称“浪潮信息”)列入实体清单。",
     ("us_commerce", "restricts", "inspur_information")),
    ("defined short name", "美国商务部宣布对浪潮电子信息产业股份有限公司(Inspur Electronic Information,下称“浪潮信息”)"
                           "展开调查。", ("us_commerce", "investigates", "inspur_information")),
    # the listed told in the passive, no agent, after the list's update: the updater lists them
    ("list updated", "美国商务部周二更新实体清单,浪潮信息等8家中国企业被列入。",
     ("us_commerce", "restricts", "inspur_information")),
    ("list updated", "日本经济产业省修订了最终用户名单,华为和中芯国际被一并纳入。", ("meti", "restricts", "smic")),
    # the rules listed after 根据 with the first are its objects too, and none acts
    ("basis listed", "商务部发布公告,根据《对外贸易法》《国家安全法》和《不可靠实体清单规定》,将两家美国企业列入不可靠实体清单,"
                     "其中包括通用动力。", ("cn_commerce", "restricts", "general_dynamics")),
    # a rule an act rests on is still read where the act makes another (a guard: it passed before)
    ("basis", "美国商务部根据《出口管制改革法》发布了新的《外国直接产品规则》。", ("us_commerce", "issues", "fdpr")),
    # what the subject means or is expected to do goes on with it
    ("intent carried", "日本经济产业省修订法规,计划对俄罗斯实施更严格的出口管制。", ("meti", "restricts", "russia")),
    ("intent carried", "华为发布新款昇腾芯片,力争替代英伟达的产品。", ("huawei", "competes_with", "nvidia")),
    ("intent carried", "英伟达推出新芯片,打算继续向中国客户供货。", ("nvidia", "supplies", "china")),
    ("intent carried", "美国商务部周一公布草案,拟把长鑫存储列入实体清单。", ("us_commerce", "restricts", "cxmt")),
    # a clause that only sets the scene has no subject: the next clause's first name is the sentence's
    ("after a setting", "AMD发布了新芯片。在华盛顿举行的听证会上,商务部长卢特尼克宣布收紧出口规则,并批评了英伟达。",
     ("lutnick", "opposes", "nvidia")),
    # a search of premises, as Taiwan's papers write it
    ("search", "智慧财产检察分署搜索了联电的新竹办公室。", ("tw_ip_prosecutors", "investigates", "umc")),
    ("search", "高检署智财分署搜索东京威力科创台湾子公司。", ("tw_ip_prosecutors", "investigates", "tokyo_electron")),
    # a stance on legislators is on their country
    ("stance on members", "中方对美国议员窜访台湾表示强烈不满。", ("china", "opposes", "usa")),
    ("stance on members", "北京批评日本国会议员参拜靖国神社。", ("beijing", "opposes", "jp_diet")),
    # an office holder who signs in a relative clause acts as the office, even after a preposition
    ("office holder's relative clause", "雷蒙多称,拜登前年签署的《芯片与科学法》已拨款数百亿美元。", ("usa", "issues", "chips_act")),
    ("office holder's relative clause", "英特尔将业绩改善归功于拜登签署的《芯片与科学法》。", ("usa", "issues", "chips_act")),
    # a source's report opening a sentence is no subject of its own: the last sentence's goes on
    ("past a source's report", "美国商务部周一更新了实体清单。知情人士透露,还将把中芯国际列入清单。",
     ("us_commerce", "restricts", "smic")),
    # buying a product of a known maker is buying from its maker
    ("product bought", "腾讯已采购大量H20芯片,用于训练大模型。", ("nvidia", "supplies", "tencent")),
    ("product bought", "H200芯片已被字节跳动大量采购。", ("nvidia", "supplies", "bytedance")),
    ("product bought", "百度计划采购昇腾910B芯片。", ("huawei", "supplies", "baidu")),
    # titles held together (主席、总统) still lead to the person, who is the subject, past a setting's clause
    ("titles held together", "不过在台北,民进党主席、总统赖清德受访时表示,他批评中国的军事施压。",
     ("lai_ching_te", "opposes", "china")),
    ("titles held together", "不过在东京,自民党总裁、首相高市早苗表示,她批评中方的做法。", ("takaichi", "opposes", "china")),
    ("members carried", "美国国会正推动收紧出口管制。今年5月,国会通过新法案,禁止向中国出口光刻机。",
     ("us_congress", "restricts", "china")),
    # a measure discussed is still one where the trigger is no topic of a list
    ("discussed measure", "美国商务部将讨论是否限制向中国出口H20。", ("us_commerce", "restricts", "h20")),
    # a measure or a rule judged by what it harms or breaks, in what was said
    ("harm judged", "三星电子表示,美国的新规将损害全球半导体供应链。", ("samsung", "opposes", "usa")),
    ("harm judged", "中国外交部发言人称,荷兰政府的做法破坏了市场规则。", ("cn_mfa", "opposes", "netherlands")),
    ("harm judged", "英特尔表示,《芯片安全法案》将扰乱正常贸易。", ("intel", "opposes", "chip_security_act")),
    # whom one answers or is interviewed by is no speaker
    ("answered in a frame (a guard: it passed before)", "日本经济产业省在回复路透社询问时表示,反对韩国的出口限制。", ("meti", "opposes", "south_korea")),
    # 对此 after a company's comment stands for the measure read before it, not for the company
    ("reaction to the measure", "美国商务部将长鑫存储列入实体清单。长鑫存储表示,将评估影响。中方对此表示强烈不满。",
     ("china", "opposes", "us_commerce")),
    ("reaction to the measure", "荷兰政府宣布限制阿斯麦出口光刻机。阿斯麦称,正在与客户沟通。中国商务部对此表示遗憾。",
     ("cn_commerce", "opposes", "netherlands")),
    # or for the actor two sentences back, when the sentence before named none but a company that spoke
    ("reaction past a comment", "韩国宣布限制氟化氢出口。三星电子发言人表示,影响有限。日本对此提出抗议。",
     ("japan", "opposes", "south_korea")),
    ("reaction past a comment (a guard: it passed before)",
     "欧盟宣布对进口芯片加征关税。分析人士指出,此举影响深远。美国对此表示不满。", ("usa", "opposes", "eu")),
    ("reaction past a comment", "荷兰宣布收紧光刻机出口规定。阿斯麦称,公司将遵守新规。中方对此表示坚决反对。",
     ("china", "opposes", "netherlands")),
    # a passive delisting: the list between the agent and the verb holds a word of listing
    ("passive delisting", "长江存储被美国商务部从实体清单中剔除。", ("us_commerce", "permits", "ymtc")),
    ("passive delisting", "中兴通讯已被美国从黑名单中移除。", ("usa", "permits", "zte")),
    # each product of a list with what kind it is restricted
    ("kinds in a list", "美国禁止向中国出口H20芯片、L20芯片和A800芯片。", ("usa", "restricts", "l20")),
    ("kinds in a list", "商务部批准英伟达向中国出售H20芯片及A800加速卡。", ("cn_commerce", "permits", "a800")),
    # what a company's figures owe to its own act goes on with the company
    ("owed to", "美光第二季度营收大增,得益于向英伟达交付HBM。", ("micron", "supplies", "nvidia")),
    ("owed to", "三星利润回升,主要受益于对苹果出货增加。", ("samsung", "supplies", "apple")),
    ("owed to", "中芯国际产能利用率提高,归功于为华为代工芯片。", ("smic", "supplies", "huawei")),
    # a stance, then what was said of the target's conduct
    ("stance said of conduct", "欧盟委员会表示强烈反对,称美国的关税违反世贸规则。", ("eu_commission", "opposes", "usa")),
    ("stance said of conduct", "日本政府表示遗憾,指韩国的决定缺乏依据。", ("japan", "opposes", "south_korea")),
    ("stance said of conduct", "韩国表示失望,称日本的出口管制措施毫无道理。", ("south_korea", "opposes", "japan")),
    # licences refused restrict where the goods were to go
    ("licence refused", "北京宣布不予许可向日本出口稀土。", ("beijing", "restricts", "japan")),
    ("licence refused", "欧盟决定拒绝许可向俄罗斯出口无人机零件。", ("eu", "restricts", "russia")),
    # a penalty as Taiwan's papers write it
    ("penalty", "高通遭公平会裁罚新台币2亿元。", ("tw_ftc", "investigates", "qualcomm")),
    ("penalty", "英特尔去年被欧盟委员会重罚。", ("eu_commission", "investigates", "intel")),
    # a maker's capacity booked is bought from it
    ("capacity booked", "高通和联发科已预订了三星的3纳米产能。", ("samsung", "supplies", "mediatek")),
    ("capacity booked", "谷歌预定了博通明年的全部产能。", ("broadcom", "supplies", "google")),
    # an investigation's results told as what they show
    ("findings shown", "欧盟委员会公布的调查结果显示,微软违反了竞争规则。", ("eu_commission", "investigates", "microsoft")),
    # a word of focus before the trigger goes on with the subject
    ("focus", "香港海关加大执法力度,重点稽查三星的出口。", ("hk_customs", "investigates", "samsung")),
    # what the subject hopes to do goes on with it, planned
    ("hoped", "小米正在扩大产能,希望能向欧洲供应更多手机。", ("xiaomi", "supplies", "europe")),
    ("hoped", "AMD已提交申请,期望向阿里巴巴出售MI308芯片。", ("amd", "supplies", "alibaba")),
    # an order won for a product is its maker's
    ("product's order", "其最新的思元590芯片获得了阿里巴巴的大额订单。", ("cambricon", "supplies", "alibaba")),
    ("product's order", "昇腾910C拿下了中国联通的采购合同。", ("huawei", "supplies", "china_unicom")),
    ("antitrust", "德国联邦卡特尔局对微软展开调查。", ("de_bundeskartellamt", "investigates", "microsoft")),
    # a company suing another opposes it
    ("sued", "三星在得克萨斯州联邦法院起诉了美光。", ("samsung", "opposes", "micron")),
    ("sued", "英特尔对AMD提起诉讼,指控其侵犯专利。", ("intel", "opposes", "amd")),
    ("sued", "长江存储起诉美光侵犯其专利。", ("ymtc", "opposes", "micron")),
    # what was said, in a clause that acts on its own subject, is the speaker's act
    ("said, then acted on", "欧盟委员会表示,谷歌未履行承诺,已对谷歌处以罚款。", ("eu_commission", "investigates", "google")),
    ("said, then acted on", "日本公平贸易委员会称,东京电子未依法申报,已对其展开调查。", ("jftc", "investigates", "tokyo_electron")),
    # a place alone with a word of within it opens a setting, not a subject
    ("setting", "日本国内,索尼已完成新工厂的建设,并向苹果供应图像传感器。", ("sony", "supplies", "apple")),
    ("setting", "台湾岛内,联发科宣布扩产,并向小米供货。", ("mediatek", "supplies", "xiaomi")),
    ("setting", "日本国内出台新规,并限制向中国出口设备。", ("japan", "restricts", "china")),
    ("setting", "美国限制向中国境内出口芯片。", ("usa", "restricts", "china")),
    # the authority a sentence's basis names imposes its duties
    ("basis", "根据日本经济产业省的新规,东京电子出口蚀刻设备须获得许可。", ("meti", "restricts", "tokyo_electron")),
    ("basis", "依据欧盟的出口管制条例,阿斯麦向俄罗斯出口设备需要申请许可证。", ("eu", "restricts", "russia")),
    ("basis", "韩国政府表示将与美方磋商。根据美国商务部的决定,三星今后进口设备需要申请许可。",
     ("us_commerce", "restricts", "samsung")),
    # a counted phrase's referents all go on into what it said
    ("counted, carried", "日本限制了东京电子和尼康的出口。这两家企业表示,将继续向韩国供货。",
     ("tokyo_electron", "supplies", "south_korea")),
    ("counted, carried", "日本限制了东京电子和尼康的出口。这两家企业表示,将继续向韩国供货。", ("nikon", "supplies", "south_korea")),
    ("counted, carried", "英伟达和AMD发布了新芯片。两家公司都表示,将向微软供货。", ("nvidia", "supplies", "microsoft")),
    ("counted, carried", "英伟达和AMD发布了新芯片。两家公司都表示,将向微软供货。", ("amd", "supplies", "microsoft")),
    ("counted with a place", "荷兰限制了阿斯麦和恩智浦的出口。这两家荷兰企业表示,将继续向德国供货。",
     ("nxp", "supplies", "germany")),
    ("counted with a place", "英伟达发布了H20和L20。美国商务部随后禁止出口这两款美国芯片。", ("us_commerce", "restricts", "l20")),
    # 对此 after a bill members put forward stands for the bill, not for their body
    ("about a bill", "国会两党议员提出《芯片安全法案》。英特尔对此表示反对。", ("intel", "opposes", "chip_security_act")),
    ("about a bill", "参议院议员提出《GAIN人工智能法案》。微软对此表示反对。", ("microsoft", "opposes", "gain_ai_act")),
    # a demand that a government ease its measure
    ("demand to ease", "欧盟要求美方尽快取消对欧洲钢铁的关税。", ("eu", "opposes", "usa")),
    ("demand to ease", "韩国政府要求日本撤销对三星的出口限制。", ("south_korea", "opposes", "japan")),
    # a ruling on a company, and the right it found infringed
    ("ruling", "欧盟委员会周三裁定,谷歌侵犯了竞争对手的权益。", ("eu_commission", "investigates", "google")),
    ("ruling", "美国国际贸易委员会终裁博通侵权。", ("usitc", "investigates", "broadcom")),
    ("ruling", "韩国公平交易委员会判定高通违反了公平交易法。", ("kftc", "investigates", "qualcomm")),
    # a supplier or a customer named right after the word, with how much it counts between, or after 其
    ("named after the word", "戴尔的主要供应商英特尔表示,芯片短缺将持续。", ("intel", "supplies", "dell")),
    ("named after the word", "小米正在重新评估其核心供应商高通的报价。", ("qualcomm", "supplies", "xiaomi")),
    ("named after the word", "SK海力士的第一大客户英伟达将于下月发布财报。", ("sk_hynix", "supplies", "nvidia")),
    ("named after the word", "联发科最大的客户小米今年削减了订单。", ("mediatek", "supplies", "xiaomi")),
    ("named after the word", "三星电子表示,其最大客户苹果的订单有所减少。", ("samsung", "supplies", "apple")),
    # one of them (之一), or after 为 with how much it counts glued to the word
    ("one of them", "美光的最大客户之一戴尔下调了全年预期。", ("micron", "supplies", "dell")),
    ("one of them", "据报道,高通的供应商之一三星电子将提价。", ("samsung", "supplies", "qualcomm")),
    ("after 为", "海光信息披露,公司主要客户为腾讯和阿里巴巴。", ("hygon", "supplies", "tencent")),
    ("after 为", "摩尔线程在招股书中称,其第一大客户为中国移动。", ("moore_threads", "supplies", "china_mobile")),
    # a clause opened by how far or how soon the act goes continues the subject's act
    ("how far", "韩国产业通商资源部发布公告,原则上禁止向伊朗出口两用物项。", ("motie", "restricts", "iran")),
    ("how far", "日本政府宣布,一律禁止向俄罗斯出口半导体设备。", ("japan", "restricts", "russia")),
    # a measure that holds back the next clause's subject
    ("held back", "受限于美国的禁令,长江存储暂停了扩产计划。", ("usa", "restricts", "ymtc")),
    ("a measure sped up", "美国商务部加快了对中芯国际的出口管制。", ("us_commerce", "restricts", "smic")),
    ("held back", "迫于美国商务部的出口管制,英伟达取消了部分订单。", ("us_commerce", "restricts", "nvidia")),
    # a measure faced: what one copes with (为应对…)
    ("faced", "为应对日本的出口管制,三星加快了材料国产化。", ("japan", "restricts", "samsung")),
    # urging that a company's licence be revoked lobbies against the company
    ("urged revoked", "科顿致函商务部长,要求立即吊销发给高通的出口许可证。", ("tom_cotton", "opposes", "qualcomm")),
    ("urged revoked", "参议员伊丽莎白·沃伦敦促商务部撤销对英特尔的出口许可。", ("elizabeth_warren", "opposes", "intel")),
    # where a share of a purchase comes from, in the next clause
    ("share", "腾讯计划采购大批加速卡,其中大部分来自寒武纪和海光。", ("hygon", "supplies", "tencent")),
    ("share", "阿里巴巴去年采购了大量GPU,其中约三成来自英伟达。", ("nvidia", "supplies", "alibaba")),
    # the buyer right after a verb of selling: a company after one that takes it first, a place after any
    ("glued buyer", "台积电曾供应华为麒麟芯片。", ("tsmc", "supplies", "huawei")),
    ("glued buyer", "英伟达出口中国的芯片大幅减少。", ("nvidia", "supplies", "china")),
    ("glued buyer", "美光已停止出货华为。", ("micron", "supplies", "huawei")),
    # a company's unit after its owner is the sentence's subject, and goes on into its later clauses
    ("unit subject", "百度旗下昆仑芯宣布,其AI芯片已大规模部署,客户包括中国移动。", ("kunlunxin", "supplies", "china_mobile")),
    ("unit subject", "阿里巴巴旗下的平头哥宣布,新芯片已量产,客户包括小米。", ("pingtouge", "supplies", "xiaomi")),
    # the members of a group a measure named, listed in the next sentence
    ("members next", "日本经济产业省宣布将十家企业纳入出口管制名单。其中包括中芯国际和长鑫存储。", ("meti", "restricts", "cxmt")),
    ("members next", "欧盟委员会对三家芯片企业展开反垄断调查。被调查企业包括英特尔和高通。", ("eu_commission", "investigates", "qualcomm")),
    ("members next", "商务部对原产于日本的光刻胶发起反倾销调查。涉案的企业包括信越化学和JSR。", ("cn_commerce", "investigates", "jsr")),
    ("members next", "美国商务部宣布将8家中国实体列入实体清单。被列入的实体包括中科曙光和海光信息。",
     ("us_commerce", "restricts", "hygon")),
    ("members next", "美国商务部把11家企业加入实体清单,被列入清单的企业包括摩尔线程。", ("us_commerce", "restricts", "moore_threads")),
    ("members next", "美国商务部将十二家中国企业列入实体清单。被列入的企业主要包括浪潮集团和龙芯中科。",
     ("us_commerce", "restricts", "loongson")),
    # a rival named by the company that speaks, or by its people: the speaker's company is the other side
    ("speaker's rival", "AMD首席执行官苏姿丰表示,英伟达是非常强大的竞争对手。", ("nvidia", "competes_with", "amd")),
    ("speaker's rival", "美光称,三星是其最大的竞争对手。", ("samsung", "competes_with", "micron")),
    # competition faced from a rival named before 的
    ("competition faced", "报告指出,英特尔的代工部门正面临三星和台积电的激烈竞争。", ("intel", "competes_with", "tsmc")),
    ("competition faced", "在服务器市场,AMD面临英伟达的竞争。", ("amd", "competes_with", "nvidia")),
    # told to stop a wrong practice, or one that harms ties
    ("condemned", "韩国外交部回应称,日方应停止损害韩日经贸合作的做法。", ("kr_mofa", "opposes", "japan")),
    ("condemned", "中国商务部表示,荷方应停止错误做法。", ("cn_commerce", "opposes", "netherlands")),
    # the names told after those a measure described in the passive (包括, 包括:, 有, 为)
    ("passive described", "被美国商务部列入实体清单的中国企业包括中科曙光和海光信息。", ("us_commerce", "restricts", "hygon")),
    ("passive described", "此次被日本经济产业省纳入管制清单的企业包括:长鑫存储、长江存储。", ("meti", "restricts", "ymtc")),
    # a counted phrase after the owners of things listed stands for the owners
    ("counted owners", "该协议涉及英伟达的H20芯片和AMD的MI308芯片。美国商务部已开始向两家公司发放许可证。",
     ("us_commerce", "permits", "amd")),
    ("counted owners", "三星的西安工厂和SK海力士的无锡工厂都受影响。美国宣布撤销两家公司的豁免。", ("usa", "restricts", "samsung")),
    # what a speaker says of its plant named by its place, with no subject of its own, is the speaker's
    ("plant by its place", "台积电表示,亚利桑那厂已量产,客户包括苹果和英伟达。", ("tsmc", "supplies", "nvidia")),
    ("plant by its place", "三星称,西安工厂运营正常,将继续向中国客户供货。", ("samsung", "supplies", "china")),
    # a clause that opens with 目前 (now) goes on with the subject, as against what it did before
    ("now, carried", "寒武纪已无法使用台积电先进制程,目前主要由中芯国际7纳米制程代工。", ("smic", "supplies", "cambricon")),
    ("now, carried", "海光信息此前依赖进口处理器,现阶段主要由中芯国际代工生产。", ("smic", "supplies", "hygon")),
    # the unreliable entity list's working mechanism is the ministry's
    ("working mechanism", "不可靠实体清单工作机制发布公告,决定将洛克希德·马丁等3家美国实体列入不可靠实体清单。",
     ("cn_commerce", "restricts", "lockheed_martin")),
    # a court's fine on whom it names right after the verb of sentencing, in a clause that opens with the charge
    ("sentenced to a fine", "杭州市中级人民法院经审理,以走私普通货物罪判处中兴通讯罚金两千万元。", (discovered_id("agency", "杭州市中级人民法院"), "investigates", "zte")),
    ("sentenced to a fine", "新竹地方法院一审判决联电罚金新台币1亿元。", (discovered_id("agency", "新竹地方法院"), "investigates", "umc")),
    # the names told after what a list's update added, in the clause that opens with it
    ("list added, members after", "美国商务部周五更新出口管制“实体清单”,新增25家中国实体,其中包括寒武纪。",
     ("us_commerce", "restricts", "cambricon")),
    ("list added, members after", "日本经济产业省修订最终用户名单,新增10家实体,其中包括人工智能企业智谱。",
     ("meti", "restricts", "zhipu")),
    # (guards: other constructions read these two too)
    ("passive described", "遭美国财政部制裁的公司有中兴通讯。", ("us_treasury", "restricts", "zte")),
    ("passive described", "受到欧盟委员会反垄断调查的企业为英特尔。", ("eu_commission", "investigates", "intel")),
]


@pytest.mark.parametrize("construction, text, expected", READS + KEY_FACTS,
                         ids=[f"{c}: {t}" for c, t, _ in READS + KEY_FACTS])
def test_construction_reads(pipeline, construction, text, expected):
    reads(pipeline, text, expected)


def test_the_company_of_a_titled_subject_is_the_topic_of_the_next_sentences(pipeline):
    text = "英伟达发布新品。台积电董事长魏哲家表示,需求强劲。财务长黄仁昭则说明,资本支出不变。"
    result = pipeline.process_text("t.txt", text)
    officer = next(m.entity_id for m in result.mentions if m.text == "黄仁昭")
    assert [r.tail for r in result.relations if r.type == "works_for" and r.head == officer] == ["tsmc"]


def test_an_object_marker_makes_no_actor(pipeline):
    never(pipeline, "美国限制向中国出口先进芯片,但允许英伟达向中国客户出售H20。", "permits", head="china")
    reads(pipeline, "美国限制向中国出口先进芯片,但允许英伟达向中国客户出售H20。", ("usa", "permits", "nvidia"))


def test_future_jiang_is_no_disposal_marker(pipeline):
    never(pipeline, "韩国将配合美国的出口管制。", "restricts")
    never(pipeline, "美国商务部将扶持本土企业英特尔,并将华为列入实体清单。", "restricts", tail="intel")


def test_a_word_holding_a_passive_marker_is_none(pipeline):
    never(pipeline, "英特尔接受欧盟委员会的调查结论。", "investigates")  # 接受 holds 受


def test_obtaining_without_a_source_is_no_purchase(pipeline):
    never(pipeline, "字节跳动获得英伟达投资。", "supplies")


def test_a_rival_in_a_market_is_no_customer(pipeline):
    never(pipeline, "华为是英伟达在中国市场的竞争对手。", "supplies")
    never(pipeline, "台积电在美国生产芯片。", "supplies")


def test_the_speaker_of_a_stance_is_not_its_target(pipeline):
    never(pipeline, "商务部新闻发言人何亚东表示,中方坚决反对。", "opposes")
    never(pipeline, "外交部发言人毛宁表示,中方坚决反对。", "opposes", tail="mao_ning")
    never(pipeline, "外交部发言人毛宁表示,中方坚决反对。", "opposes", head="china")


# ── who acts: carried subjects, references back, implicit countries ─────────

def test_a_subject_does_not_carry_into_a_clause_with_its_own(pipeline):
    never(pipeline, "美国商务部发布新规,华为表示反对。", "opposes", head="us_commerce")
    # A news agency that reports is no actor: 荷兰 acts here.
    got = triples(pipeline, "路透社报道,荷兰政府周五宣布,将吊销ASML部分设备的出口许可证。")
    assert ("netherlands", "restricts", "asml") in got and not any(h == "reuters" for h, _, _ in got)


@pytest.mark.parametrize("text, tail", [
    ("TechInsights指出,昇腾910B芯片由台积电代工。", "techinsights"),
    ("Counterpoint表示,“麒麟9000S处理器采用了中芯国际的7纳米工艺。”", "counterpoint"),
])
def test_what_was_said_about_anothers_product_is_not_about_the_speaker(pipeline, text, tail):
    never(pipeline, text, "supplies", tail=tail)
    never(pipeline, text, "made_by", tail=tail)


def test_what_a_maker_says_of_its_own_product_is_still_its_own(pipeline):
    reads(pipeline, "英伟达表示,H20芯片将继续向中国客户供货。", ("nvidia", "supplies", "china"))


@pytest.mark.parametrize("text, told", [
    ("一位前商务部出口管制官员对彭博社说,这样做会让外界误以为安全管制可以讨价还价。", "bloomberg"),
    ("商务部一位官员对日本经济新闻说,相关制裁仍在研究之中。", "nikkei"),  # a guard: read right before
    # the one told, glossed in brackets
    ("一位教授在回复美国之音(VOA)的电邮中说,香港政府推行的新规定破坏了香港的新闻自由。", "voa"),
])
def test_whom_one_tells_is_no_party_to_what_is_told(pipeline, text, told):
    got = triples(pipeline, text)
    assert not any(told in (head, tail) for head, _, tail in got), f"{text}: {sorted(got)}"


def test_what_is_told_to_a_paper_is_still_read(pipeline):
    reads(pipeline, "一名美国官员对路透社表示,美国将对华为实施新的制裁。", ("usa", "restricts", "huawei"))


@pytest.mark.parametrize("text, person, employer", [
    ("黄仁勋曾在台积电实习。曾任美国商务部副部长的埃斯特维兹已加入一家初创公司。", "alan_estevez", "us_commerce"),
    ("黄仁勋访问了台北。此外,现任台积电董事长的魏哲家也出席了会议。", "wei_zhejia", "tsmc"),
    ("苏姿丰曾任职于IBM。出任美国商务部长的卢特尼克表示,他将推动新规。", "lutnick", "usa"),
    # a long description: a portfolio whose fields 与 joins, or posts listed
    ("苏姿丰表示反对。曾任美国商务部负责工业与安全事务副部长的埃斯特维兹则表示支持。", "alan_estevez", "us_commerce"),
    ("黄仁勋表示反对。现任台积电董事长、兼任台湾半导体产业协会理事长的魏哲家则未表态。", "wei_zhejia", "tsmc"),
])
def test_a_clause_that_opens_by_describing_a_person_is_about_that_person(pipeline, text, person, employer):
    """The sentence before had a subject, and the clause opens with a verb; but the verb's clause
    describes the person named after 的, who is the subject: the last sentence's subject took no office."""
    got = triples(pipeline, text)
    assert (person, "works_for", employer) in got
    assert [t for t in got if t[1] == "works_for" and t[2] == employer] == [(person, "works_for", employer)]


def test_a_clause_that_opens_with_a_verb_still_carries_the_subject(pipeline):
    # No one described after 的: 出任英特尔董事 is what the last sentence's subject did.
    reads(pipeline, "陈立武曾任益华电脑执行长。此后,出任英特尔董事。", ("lip_bu_tan", "works_for", "intel"))


def test_a_later_clause_with_its_own_subject_lists_its_own_names(pipeline):
    text = "美国商务部将华为列入实体清单,中方随即将美光列入不可靠实体清单。"
    reads(pipeline, text, ("us_commerce", "restricts", "huawei"))
    never(pipeline, text, "restricts", head="us_commerce", tail="micron")


def test_a_person_who_opens_the_sentence_stays_its_subject_before_a_titled_person(pipeline):
    text = "陈立武于2025年接受董事长弗兰克·叶瑞的任命,出任英特尔首席执行官。"
    reads(pipeline, text, ("lip_bu_tan", "works_for", "intel"))
    assert [t for t in triples(pipeline, text) if t[1] == "works_for"] == [("lip_bu_tan", "works_for", "intel")]


def test_a_demand_covers_the_clause_that_goes_on_from_it(pipeline):
    # the listing is demanded too (the asker's stance, opposes.urge), not the ministry's act
    never(pipeline, "两名参议员致函商务部长卢特尼克,要求商务部禁止向中国出口存储芯片,并将长鑫存储列入实体清单。",
          "restricts", "us_commerce", "cxmt")


def test_a_subject_carries_one_sentence_only(pipeline):
    never(pipeline, "美国财政部宣布新的措施。一。二。此外,还将中芯国际列入黑名单。", "restricts", head="us_treasury")


def test_a_reference_needs_a_referent_close_by(pipeline):
    never(pipeline, "美国商务部发布《人工智能扩散框架》。" + "一。" * 11 + "英伟达强烈批评该规则。", "opposes")
    never(pipeline, "英伟达强烈批评该规则。", "opposes")
    # A country as the object of 于 did not act: 当局 is not China here.
    never(pipeline, "荷兰担心设备被用于中国军事目的,当局决定撤销ASML的出口许可证。", "restricts", head="china")
    assert all(m.source == "dict" or m.source == "pattern"
               for m in pipeline.process_text("t.txt", "英伟达发布财报。该公司表示反对。").mentions)


def test_an_administration_acts_as_its_country(pipeline):
    reads(pipeline, "特朗普政府宣布限制英伟达H20出口。", ("usa", "restricts", "h20"))
    reads(pipeline, "拜登政府将长江存储列入实体清单。", ("usa", "restricts", "ymtc"))
    # As the target of criticism the person stays: the country is what acts, not what is criticised.
    reads(pipeline, "麦考尔指责拜登政府未能阻止中芯国际扩张。", ("mccaul", "opposes", "biden"))


def test_a_government_named_by_one_character_acts_as_its_country(pipeline):
    reads(pipeline, "美政府周五对长江存储实施制裁。", ("usa", "restricts", "ymtc"))
    reads(pipeline, "韩政府决定限制向中国出口存储芯片设备。", ("south_korea", "restricts", "china"))
    reads(pipeline, "美當局對中芯國際實施制裁。", ("usa", "restricts", "smic"))  # traditional script
    reads(pipeline, "台当局宣布限制向华为出口芯片。", ("taiwan", "restricts", "huawei"))
    # No mention: the guidelines annotate no one-character abbreviation.
    assert [m.text for m in pipeline.process_text("t.txt", "美政府周五对长江存储实施制裁。").mentions] == ["长江存储"]
    # 亲美政府 is another country's government; in 反对华人 the 对 is 反对's, so no 对华.
    never(pipeline, "新的亲美政府上台后,宣布制裁长江存储。", "restricts", head="usa")
    never(pipeline, "美国反对华人企业收购英特尔。", "opposes", tail="china")
    # 对华鹰派 are people by their stance: whom they oppose is no China
    never(pipeline, "任何放宽出口限制的举措都将遭到参议院对华鹰派的反对。", "opposes", tail="china")
    never(pipeline, "众议院的对华强硬派批评了白宫的决定。", "opposes", tail="china")


# ── restrictions told as permits, licences, lists and orders ────────────────

def test_a_licence_requirement_is_no_permit(pipeline):
    text = "荷兰政府宣布扩大对ASML部分光刻机的出口许可要求。"
    reads(pipeline, text, ("netherlands", "restricts", "asml"))
    never(pipeline, text, "permits")
    reads(pipeline, "日本要求东京电子出口部分刻蚀设备须事先获得许可。", ("japan", "restricts", "tokyo_electron"))


def test_a_denied_permit_is_a_negative_permit_not_a_restriction(pipeline):
    """A refusal restricts; a denial that a permit was granted denies the permit and imposes nothing."""
    assert relations(pipeline, "美国商务部否认曾向华为发放许可证。") == {
        ("us_commerce", "permits", "huawei", None, "negative", "asserted")}
    reads(pipeline, "美国商务部拒绝向华为发放许可证。", ("us_commerce", "restricts", "huawei"))
    got = relations(pipeline, "日本经产省否认批准了东京电子的出口申请。")
    assert ("meti", "permits", "tokyo_electron", None, "negative", "asserted") in got, got


def test_a_granted_permit_is_no_restriction(pipeline):
    got = relations(pipeline, "美国商务部批准英伟达向中国出口H20。")
    assert ("us_commerce", "permits", "nvidia", None, "positive", "asserted") in got
    assert not any(t == "restricts" for _, t, *_ in got)


def test_a_lifted_ban_is_a_negative_restriction(pipeline):
    assert ("usa", "restricts", "h20", None, "negative", "asserted") in relations(
        pipeline, "美国政府已解除针对H20芯片的出口禁令。")


def test_a_revoked_licence_requirement_is_no_revoked_permission(pipeline):
    """撤销…许可要求 lifts a restriction: a permit and a negative restriction, never a revoked licence."""
    got = relations(pipeline, "美国商务部撤销了对楷登电子的许可要求。")
    assert ("us_commerce", "permits", "cadence", None, "positive", "asserted") in got, got
    assert not any(r[:3] == ("us_commerce", "restricts", "cadence") and r[4] == "positive" for r in got), got


@pytest.mark.parametrize("text, stated", [
    ("AMD恢复向中国销售MI308芯片。", ("mi308", "made_by", "amd")),
    ("网信办要求英伟达就对华销售的H20芯片的安全风险作出说明。", ("h20", "made_by", "nvidia")),
    ("英伟达第二季度未向中国客户销售任何H20芯片。", ("h20", "made_by", "nvidia")),
    ("AMD计划明年向沙特出口MI355X芯片。", ("mi355x", "made_by", "amd")),
])
def test_a_maker_selling_its_product_states_the_maker_whatever_the_sale(pipeline, text, stated):
    """made_by.sold (shown_by_act): an adverb before 向, or the buyer after 对, and a sale denied or
    planned still state who makes the product, positive and asserted."""
    assert (*stated, None, "positive", "asserted") in relations(pipeline, text), relations(pipeline, text)


def test_a_licence_requirement_given_as_the_reason_is_no_demand(pipeline):
    """要求 of 许可证要求 urges nothing: the restriction it is the grounds for is made, not planned."""
    assert ("usa", "restricts", "h20", None, "positive", "asserted") in relations(
        pipeline, "今年4月,美国政府以出口许可证要求为由限制H20对华销售。")


@pytest.mark.parametrize("text, stated", [
    ("日本不断收紧对中国的半导体设备出口管制。", ("japan", "restricts", "china")),  # 不断: on and on
    ("美国以未来风险为由对华为实施制裁。", ("usa", "restricts", "huawei")),  # 未来: the future
    ("荷兰不久前禁止阿斯麦向中国出口光刻机。", ("netherlands", "restricts", "asml")),  # 不久前: lately
    ("美国不得不对中兴通讯实施制裁。", ("usa", "restricts", "zte")),  # 不得不: must
    # a negation inside the object or an adverbial phrase
    ("美国司法部对未经许可向中国出口芯片的应用材料公司展开调查。", ("us_doj", "investigates", "applied_materials")),
    ("美国商务部在没有预告的情况下对华为实施制裁。", ("us_commerce", "restricts", "huawei")),
    # a negation inside a word that says how or despite what it was done
    ("英伟达未经许可向中国出口芯片。", ("nvidia", "supplies", "china")),  # without a licence: exported
    ("美国政府不惜一切代价限制华为获取先进芯片。", ("usa", "restricts", "huawei")),
    ("美国毫不犹豫地将长江存储列入实体清单。", ("usa", "restricts", "ymtc")),
    ("美国不顾中方反对,对中芯国际实施制裁。", ("usa", "restricts", "smic")),
    # a plan's cue inside a word: analog chips, a reason
    ("中国商务部对美国模拟芯片发起反倾销调查,涉及德州仪器等公司。", ("cn_commerce", "investigates", "texas_instruments")),
    ("美国出于国家安全考虑禁止英伟达向中国出售H20芯片。", ("usa", "restricts", "nvidia")),
])
def test_a_negation_that_does_not_scope_over_the_claim_denies_nothing(pipeline, text, stated):
    got = relations(pipeline, text)
    assert (*stated, None, "positive", "asserted") in got, f"{text}: {sorted(got)}"
    assert not any(r[:3] == stated and r[4] == "negative" for r in got)


@pytest.mark.parametrize("text, denied", [
    ("美国并未对华为实施新的制裁。", ("usa", "restricts", "huawei")),
    ("荷兰不会限制阿斯麦向中国出口光刻机。", ("netherlands", "restricts", "asml")),
    ("台积电不得不停止向华为供货。", ("tsmc", "supplies", "huawei")),  # the 停止, not the 不得不
    # a negation that opens the predicate, far from the trigger
    ("英伟达周一没有向腾讯出售H20芯片。", ("nvidia", "supplies", "tencent")),
    ("中芯国际并未被美国列入实体清单。", ("usa", "restricts", "smic")),
    # a clause after the speaker's that opens with a negated verb keeps the speaker as its subject
    ("荷兰政府周五表示,不会阻止阿斯麦向中国出口光刻机。", ("netherlands", "restricts", "asml")),
    ("日本政府表示,没有对三星实施制裁。", ("japan", "restricts", "samsung")),
    ("美国商务部难以阻止英伟达芯片流入中国。", ("us_commerce", "restricts", "nvidia")),  # unable to
    # a negation right before the marker of the predicate's object, however far the subject
    ("日本经济产业省在周五公布的修订案中没有将长江存储列入管制名单。", ("meti", "restricts", "ymtc")),
    ("三星电子(Samsung)周二(3月4日)否认曾向华为供应存储芯片。", ("samsung", "supplies", "huawei")),
    ("韩国产业通商资源部在声明中并未再对日本采取报复性出口限制。", ("motie", "restricts", "japan")),
])
def test_a_negation_still_negates(pipeline, text, denied):
    got = relations(pipeline, text)
    assert any(r[:3] == denied and r[4] == "negative" for r in got), f"{text}: {sorted(got)}"


@pytest.mark.parametrize("text, stated", [
    ("美国禁止台积电在南京工厂生产先进芯片。", ("usa", "restricts", "tsmc")),
    ("日本限制三星在当地的晶圆厂扩产。", ("japan", "restricts", "samsung")),
    ("美国商务部禁止英特尔在中国的工厂升级设备。", ("us_commerce", "restricts", "intel")),
])
def test_a_country_is_an_actor_though_a_plant_is_named_after_its_verb(pipeline, text, stated):
    # A place right before a plant's word says where the plant is (在中国的工厂); one with a verb
    # and a company between is the clause's actor.
    reads(pipeline, text, stated)
    never(pipeline, "英特尔向其在中国的晶圆厂供应设备。", "supplies", tail="china")


@pytest.mark.parametrize("text, stated", [
    ("美国的做法遭到中方强烈反对。", ("china", "opposes", "usa")),
    ("荷兰的新规受到中国商务部的批评。", ("cn_commerce", "opposes", "netherlands")),
    ("英伟达被中国网信办指责存在安全漏洞。", ("cac", "opposes", "nvidia")),
])
def test_a_stance_told_in_the_passive(pipeline, text, stated):
    reads(pipeline, text, stated)


def test_the_agent_of_a_passive_is_not_the_object_of_the_head_before_it(pipeline):
    text = "日本对中国半导体企业的打压，遭到中方强烈反对。"  # China objects; Japan objects to no one
    reads(pipeline, text, ("china", "opposes", "japan"))
    never(pipeline, text, "opposes", head="japan")


@pytest.mark.parametrize("text, actor, partner, target", [
    ("英国外交大臣表示,英国与乌克兰站在一起,并谴责俄罗斯的空袭。", "uk", "ukraine", "russia"),
    ("澳大利亚总理说,澳大利亚和菲律宾站在同一边,也批评中国海警的行为。", "australia", "philippines", "china"),
])
def test_whom_the_subject_stands_with_takes_no_part_in_its_act(pipeline, text, actor, partner, target):
    reads(pipeline, text, (actor, "opposes", target))
    never(pipeline, text, "opposes", head=partner)


def test_a_body_glued_before_its_unit_leaves_the_unit_the_subject(pipeline):
    text = "美国国会众议院中国特设委员会周二发表报告,批评英伟达向中国出售芯片。"
    reads(pipeline, text, ("house_china_committee", "opposes", "nvidia"))
    never(pipeline, text, "opposes", head="us_congress")  # the later clause goes on with the committee


def test_a_list_that_acts_together_still_acts(pipeline):
    reads(pipeline, "法国和德国共同谴责俄罗斯的空袭。", ("germany", "opposes", "russia"))


@pytest.mark.parametrize("text, trigger_read, agent", [
    ("三星卖给小米的存储芯片被韩国海关扣押。", ("samsung", "supplies", "xiaomi"), "south_korea"),
    ("據報導,輝達出口至越南的晶片遭到美國調查人員查獲。", ("nvidia", "supplies", "vietnam"), "usa"),
    ("美国限制出口的先进设备被中国企业通过第三国采购。", None, "china"),
])
def test_the_agent_of_a_passive_on_a_noun_the_trigger_modifies_is_no_object(pipeline, text, trigger_read, agent):
    # 卖给小米的芯片 is the subject of 被…扣押; its agent is not the seller's customer nor the measure's target.
    if trigger_read:
        reads(pipeline, text, trigger_read)
    never(pipeline, text, trigger_read[1] if trigger_read else "restricts", tail=agent)


@pytest.mark.parametrize("text", [
    "美国限制英伟达向中国出口芯片,以免被中国用于军事。",
    "美国限制芯片出口的目的是防止技术被中国用于军事。",  # 目的 ends in no modifier's 的
])
def test_the_agent_of_a_passive_in_a_clause_of_purpose_is_still_the_target(pipeline, text):
    reads(pipeline, text, ("usa", "restricts", "china"))


@pytest.mark.parametrize("text, stated", [
    ("特朗普周二宣布对中国加征关税。", ("usa", "restricts", "china")),
    ("美国总统特朗普周五表示,将对中国的进口商品加征关税。", ("usa", "restricts", "china")),  # carried
    ("卢特尼克宣布对英伟达展开调查。", ("us_commerce", "investigates", "nvidia")),
])
def test_an_executive_office_holder_acts_for_the_office(pipeline, text, stated):
    # A person never heads restricts, investigates…: the subject in office is the body.
    reads(pipeline, text, stated)


@pytest.mark.parametrize("text, actor", [
    ("美国参议员科顿呼吁禁止华为采购美国芯片。", "usa"),
    ("美国众议员要求商务部将中芯国际列入实体清单。", "usa"),
    ("台湾立委要求当局限制台积电向大陆出口先进芯片。", "taiwan"),
    ("日本分析师认为限制对华出口只会伤害日本企业。", "japan"),
])
def test_a_legislators_or_commentators_country_is_no_actor(pipeline, text, actor):
    # The country says whose senator or analyst it is; what they urge or think is no act of the country.
    never(pipeline, text, "restricts", head=actor)


def test_a_legislators_country_still_employs_them_and_an_executive_still_acts_for_it(pipeline):
    reads(pipeline, "美国参议员科顿表示,英伟达不应向中国出售芯片。", ("tom_cotton", "works_for", "usa"))
    reads(pipeline, "美国总统拜登宣布对中国芯片加征关税。", ("usa", "restricts", "china"))


@pytest.mark.parametrize("text, ministry", [
    ("美国参议员沃伦要求商务部停止向英伟达发放许可证。", "us_commerce"),
    ("两名众议员致信商务部,要求调查长鑫存储。", "us_commerce"),
    ("美国众议院中国问题特别委员会致函商务部,要求调查中芯国际。", "us_commerce"),  # a house of Congress
    ("商务部新闻发言人表示,中方坚决反对美国国会议员的无理要求。", "cn_commerce"),  # the nearer cue decides
])
def test_members_of_congress_are_cues_of_the_us_ministries(pipeline, text, ministry):
    result = pipeline.process_text("t.txt", text)
    assert [m.entity_id for m in result.mentions if m.text == "商务部"] == [ministry]


@pytest.mark.parametrize("text, relation_type, head, tail", [
    ("三星违反美国出口管制向华为出售存储芯片。", "restricts", "usa", "huawei"),
    ("多家贸易商绕过日本的出口限制采购东京电子设备。", "restricts", "japan", None),
    ("台积电表示将严格遵守美国的制裁规定。", "restricts", "usa", None),
    ("美国司法部指控戴尔违反出口管制向伊朗出售服务器。", "restricts", "us_doj", None),
])
def test_a_rule_broken_dodged_or_kept_is_no_act(pipeline, text, relation_type, head, tail):
    # 违反美国出口管制 names the rule; the act is the sale, and the country is no party to it.
    never(pipeline, text, relation_type, head, tail)


@pytest.mark.parametrize("text, stated", [
    ("华为因违反美国出口管制而被美国商务部制裁。", ("us_commerce", "restricts", "huawei")),  # the sanction is an act
    ("中兴通讯因违反了美国的禁令遭到美国商务部处罚。", ("us_commerce", "investigates", "zte")),
    ("三星违反美国出口管制向华为出售存储芯片。", ("samsung", "supplies", "huawei")),
    # a rule named by a word the recognizer may not know (…法, …条例) before the act
    ("美国司法部以违反反海外腐败法起诉英特尔。", ("us_doj", "investigates", "intel")),
    ("欧盟委员会以违反数字市场法处罚苹果。", ("eu_commission", "investigates", "apple")),
])
def test_an_act_beside_a_broken_rule_is_still_read(pipeline, text, stated):
    reads(pipeline, text, stated)


def test_a_rule_judged_by_whoever_says_so(pipeline):
    result = pipeline.process_text("t.txt", "美国商务部公布《芯片出口管制规则》。英特尔称这项新规弄巧成拙。")
    law = next(m.entity_id for m in result.mentions if m.type == "LAW")
    assert ("intel", "opposes", law) in {(r.head, r.type, r.tail) for r in result.relations}


@pytest.mark.parametrize("text", ["商务部公告2025年第99号明确了管制范围。", "据日本经济产业省的《出口贸易管理规则》,相关设备须经许可。"])
def test_a_rule_named_right_after_the_body_that_made_it(pipeline, text):
    result = pipeline.process_text("t.txt", text)
    agency, law = (next(m.entity_id for m in result.mentions if m.type == kind) for kind in ("AGENCY", "LAW"))
    assert (agency, "issues", law) in {(r.head, r.type, r.tail) for r in result.relations}


def test_a_country_glued_to_its_law_issued_it_and_only_says_whose_it_is(pipeline):
    reads(pipeline, "日本《外汇及外国贸易法》修订后于明年施行。", ("japan", "issues", "japan_fx_act"))
    reads(pipeline, "韩国对日本《外汇及外国贸易法》的修订表示不满。", ("south_korea", "opposes", "japan_fx_act"))


def test_a_rule_named_after_another_name_is_not_its_issuers(pipeline):
    never(pipeline, "中国商务部对美国的《芯片法案》表示反对。", "issues", head="cn_commerce")


def test_the_law_a_measure_invokes_is_no_actor(pipeline):
    heads = {h for h, t, _ in triples(pipeline, "荷兰政府援引《货物供应法》接管安世半导体。") if t == "restricts"}
    assert heads == {"netherlands"}


def test_a_person_in_office_stays_the_person_where_a_person_may_be_named(pipeline):
    reads(pipeline, "特朗普表示,坚决反对中国的做法。", ("trump", "opposes", "china"))
    never(pipeline, "中国宣布制裁鲁比奥。", "restricts", tail="usa")  # the object is no country


def test_a_negated_verb_does_not_deny_the_name_it_governs(pipeline):
    # 停止 negates the buying; 英伟达的H20 still says whose chip it is.
    for text in ("中国要求企业停止采购英伟达的H20芯片。", "多家公司已不再使用英伟达的H20。"):
        got = relations(pipeline, text)
        assert ("h20", "made_by", "nvidia", None, "positive", "asserted") in got, f"{text}: {sorted(got)}"


# ── part_of from names ──────────────────────────────────────────────────────

def test_every_parent_a_name_states(pipeline):
    got = triples(pipeline, "美国商务部工业与安全局发布新规,美国商务部表示支持。美国将继续施压。")
    assert {("bis", "part_of", "us_commerce"), ("bis", "part_of", "usa"), ("us_commerce", "part_of", "usa")} <= got
    reads(pipeline, "华为海思发布新芯片,华为表示满意。", ("hisilicon", "part_of", "huawei"))
    # after a country, a shared name is that country's body, whichever the document names elsewhere
    text = "商务部发言人表示,中方坚决反对。此前,美国商务部工业与安全局将华为列入实体清单,美方称此举出于国家安全。"
    got = triples(pipeline, text)
    assert ("bis", "part_of", "usa") in got and ("bis", "part_of", "cn_commerce") not in got, got


@pytest.mark.parametrize("text, why", [
    ("美国商务部工业与安全局发布新规。", "the parents are named only inside the name"),
    ("美国半导体行业协会表示反对,美国企业将受损。", "an association is not part of the country it is named after"),
    ("美国半导体行业协会(Semiconductor Industry Association)和国际半导体产业协会(SEMI)分别发表声明。",
     "a Latin name is a parent only where a word ends: Semiconductor… holds no SEMI"),
])
def test_no_part_of_without_a_stated_named_parent(pipeline, text, why):
    never(pipeline, text, "part_of")


def test_a_country_inside_a_name_is_a_parent_only_at_its_start(pipeline):
    text = "美国众议院中国特设委员会批评中国,美国众议院表示支持。"
    reads(pipeline, text, ("house_china_committee", "part_of", "us_house"))
    never(pipeline, text, "part_of", tail="china")


@pytest.mark.parametrize("text, place", [
    ("中国问题特设委员会发表报告,点名批评中国的芯片企业。", "china"),
    ("大陆委员会回应称,将密切关注大陆的动向。", "china"),
])
def test_a_place_opening_a_bodys_name_is_no_parent_outside_its_country(pipeline, text, place):
    """The dictionary gives the body another country: the place says what the body deals with."""
    never(pipeline, text, "part_of", tail=place)


def test_a_countrys_short_name_opening_its_bodys_name(pipeline):
    """美商务部, 大陆海关 state their country as 美国商务部 does, where the document names it."""
    reads(pipeline, "美国宣布新规后,美商务部表示将严格执行。", ("us_commerce", "part_of", "usa"))
    reads(pipeline, "大陆海关加强对芯片进口的查验,中国官员称这是例行检查。", ("cn_customs", "part_of", "china"))
    never(pipeline, "美商务部宣布新规。", "part_of")  # the country named nowhere else
    never(pipeline, "中央情报局局长访华,中国外交部回应。", "part_of", head="cia")  # 中 of 中央: not China's body
    never(pipeline, "陆委会表示,将密切关注中国大陆的动向。", "part_of", tail="china")  # Taiwan's council
    never(pipeline, "美国回应称,美中战略竞争特别委员会发布报告。", "part_of", tail="usa")  # 美中: US–China, no owner


def test_a_country_before_an_agency_it_does_not_name(pipeline):
    reads(pipeline, "美国 FTC 对高通展开调查。", ("ftc", "part_of", "usa"))
    reads(pipeline, "美国FTC宣布调查结果。", ("ftc", "part_of", "usa"))
    never(pipeline, "中国对美国 FTC 的调查表示关注。", "part_of", tail="china")


def test_members_of_a_list_are_not_part_of_each_other(pipeline):
    text = "腾讯、百度和阿里巴巴旗下的平头哥都在研发芯片。"
    reads(pipeline, text, ("pingtouge", "part_of", "alibaba"))
    never(pipeline, text, "part_of", head="tencent")
    never(pipeline, text, "part_of", head="baidu")
    reads(pipeline, "安世半导体隶属于闻泰科技。", ("nexperia", "part_of", "wingtech"))
    reads(pipeline, "迈络思是英伟达的全资子公司。", ("mellanox", "part_of", "nvidia"))
    never(pipeline, "英伟达在越南的合作伙伴与其新加坡子公司迈络思签约。", "part_of", tail="singapore")
    never(pipeline, "据报道，该公司的马来西亚子公司迈络思正在扩产。", "part_of", tail="malaysia")


# ── works_for ───────────────────────────────────────────────────────────────

@pytest.mark.parametrize("text, expected", [
    ("外交部发言人林剑表示关切。", ("lin_jian", "works_for", "cn_mfa", "发言人", "positive", "asserted")),
    ("美国商务部长卢特尼克周二表示。", ("lutnick", "works_for", "usa", "部长", "positive", "asserted")),
    ("美国商务部回应称,美国商务部长卢特尼克周二已签署。",
     ("lutnick", "works_for", "us_commerce", "部长", "positive", "asserted")),
    ("白宫人工智能事务主管萨克斯(David Sacks)周三表示。",
     ("david_sacks", "works_for", "white_house", "主管", "positive", "asserted")),
    ("美国商务部负责出口管理的副部长凯斯勒表示。",
     ("jeffrey_kessler", "works_for", "us_commerce", "副部长", "positive", "asserted")),
    ("黄仁勋(英伟达CEO)周三表示。", ("jensen_huang", "works_for", "nvidia", "CEO", "positive", "asserted")),
    ("现任美国国务卿的鲁比奥表示。", ("rubio", "works_for", "usa", "国务卿", "positive", "asserted")),
    ("报道称,英伟达首席执行官黄仁勋上周访问北京。",
     ("jensen_huang", "works_for", "nvidia", "首席执行官", "positive", "asserted")),
])
def test_titles(pipeline, text, expected):
    assert expected in relations(pipeline, text)


@pytest.mark.parametrize("text, employer, role", [
    ("小米集团合伙人卢伟冰表示,将加大研发投入。", "xiaomi", "合伙人"),
    ("英伟达首席营销官王晓峰周二表示。", "nvidia", "首席营销官"),
    # the person first, a comma, then what they are (the title ends the clause)
    ("冯嘉树,寒武纪联合创始人兼首席技术官。", "cambricon", "联合创始人"),
    ("宋一鸣,华为的首席法务官,此前在律所工作。", "huawei", "首席法务官"),
    ("柏青,英特尔副总裁、首席财务官,昨日抵京。", "intel", "副总裁"),
    # a reporter in a byline: before a space, before a wire's dateline, a translating one
    ("澎湃新闻记者 陈思远\n\n美国商务部周二宣布新规。", "the_paper", "记者"),
    ("（中央社記者黃淑芬台北8日電）經濟部今天宣布新規。", "cna", "记者"),
    ("新华社记者刘洋华盛顿5日报道", "xinhua", "记者"),
    ("鉅亨網編譯陳思妤 綜合外電", "anue", "编译"),
    ("經濟日報 記者黃品瑄／台北報導", "udn_economic_daily", "记者"),
    # a bar between the title and the name, as a feed's bylines stand, and an editor
    ("界面新闻记者 | 林嘉树\n\n美国商务部周二宣布新规。", "jiemian", "记者"),
    ("财新网编辑｜宋雨桐", "caixin", "编辑"),
])
def test_a_person_the_dictionary_lacks_after_a_title(pipeline, text, employer, role):
    result = pipeline.process_text("t.txt", text)
    person = next(m for m in result.mentions if m.type == "PERSON")
    assert [(r.tail, r.role) for r in result.relations if r.type == "works_for" and r.head == person.entity_id] \
        == [(employer, role)]


def test_a_comma_before_a_title_that_goes_on_is_no_apposition(pipeline):
    result = pipeline.process_text("t.txt", "记者致电谢安,英伟达发言人拒绝置评。")
    assert [(r.head, r.tail) for r in result.relations if r.type == "works_for"] == []


@pytest.mark.parametrize("text, employers", [
    ("英特尔周二宣布,任命凯文·奥巴克利(Kevin Obuckley)为代工业务总经理。", {"intel"}),
    ("海光信息聘任前AMD副总裁周立新为首席技术官。", {"hygon", "amd"}),  # named with a post held before
])
def test_a_person_the_dictionary_lacks_appointed_to_a_post(pipeline, text, employers):
    result = pipeline.process_text("t.txt", text)
    person = next(m for m in result.mentions if m.type == "PERSON")
    assert {r.tail for r in result.relations if r.type == "works_for" and r.head == person.entity_id} == employers


def test_a_title_belongs_to_the_name_right_before_it(pipeline):
    got = {(tail, role) for _, t, tail, role, *_ in relations(pipeline, "英伟达与AMD CEO苏姿丰会面。") if t == "works_for"}
    assert got == {("amd", "CEO")}
    got = {(tail, role) for _, t, tail, role, *_ in relations(pipeline, "清华大学教授、华为董事长徐直军表示。")
           if t == "works_for"}
    assert got == {("tsinghua", "教授"), ("huawei", "董事长")}


def test_officers_listed_each_hold_their_own_title(pipeline):
    # the head's own title is the one right before it, not the first officer's
    got = {(head, tail, role) for head, t, tail, role, *_ in relations(pipeline, "英伟达首席执行官黄仁勋及首席财务官克雷斯出席。")
           if t == "works_for"}
    assert got == {("jensen_huang", "nvidia", "首席执行官"), ("colette_kress", "nvidia", "首席财务官")}
    # a title the dictionary gives the person at another body is that body's (the trade representative's)
    got = {(head, tail) for head, t, tail, *_ in relations(pipeline, "美国财政部长贝森特、商务部长卢特尼克及贸易代表格里尔出席了谈判。")
           if t == "works_for"}
    assert got == {("bessent", "usa"), ("lutnick", "usa")}


@pytest.mark.parametrize("text, expected", [
    # the ministry only in the title: the minister's office is the country the title shows
    ("美国财政部长贝森特周四宣布,将对俄罗斯实施新的制裁。",
     {("bessent", "works_for", "usa"), ("usa", "restricts", "russia")}),
    # named only as 商务部 in the title, the country named elsewhere
    ("商务部长卢特尼克周三接受采访时称,美国将收紧对华芯片出口。", {("lutnick", "works_for", "usa")}),
    # the ministry named in the article too: its minister works for it, and it acts
    ("美国财政部周四公布制裁名单。美国财政部长贝森特表示,将对伊朗石油网络实施制裁。",
     {("bessent", "works_for", "us_treasury"), ("us_treasury", "restricts", "iran")}),
])
def test_a_ministry_named_only_in_a_title_acts_as_its_country(pipeline, text, expected):
    got = triples(pipeline, text)
    assert expected <= got, f"{text}: {sorted(got)}"
    if not any("us_treasury" in triple for triple in expected):  # nor any relation of the ministry
        assert all("us_treasury" not in triple for triple in got), sorted(got)


def test_a_unit_of_a_ministry_named_only_in_a_title_is_part_of_nothing_named(pipeline):
    """The document names no ministry (an entity of the guidelines) for the unit to be part of; the
    country the title shows it does name."""
    never(pipeline, "商务部工业与安全局周一发布新规。商务部长卢特尼克称,美国将继续收紧管制。", "part_of", head="bis")
    got = triples(pipeline, "美国商务部工业与安全局周一发布新规。美国商务部长卢特尼克称,新规将于下月生效。")
    assert {t for t in got if t[1] == "part_of"} == {("bis", "part_of", "usa")}


def test_the_company_a_finding_names_as_bought_is_not_found_at_fault(pipeline):
    never(pipeline, "市场监管总局公布初步调查结果,指英伟达收购迈络思违反《反垄断法》。", "investigates", tail="mellanox")


def test_advice_given_is_no_goods_supplied(pipeline):
    never(pipeline, "OpenAI首席执行官奥尔特曼透露,公司已就MI450的设计向AMD提供反馈。", "supplies")
    never(pipeline, "美国政府将向英特尔提供补贴。", "supplies")


def test_charges_settled_are_no_accusation_of_ones_own(pipeline):
    never(pipeline, "应用材料认罪并同意支付罚款,了结向中国客户出口设备的指控。", "opposes", head="applied_materials")
    never(pipeline, "这家公司面临向伊朗出口芯片的指控。", "opposes")


def test_a_fine_paid_to_another_body_is_no_settlement_with_the_speaker(pipeline):
    never(pipeline, "美国商务部表示,英伟达去年曾向欧盟支付罚款。", "investigates", head="us_commerce")


def test_a_stance_after_an_act_is_not_on_its_object(pipeline):
    never(pipeline, "华为被美国列入实体清单,中方坚决反对。", "opposes", tail="huawei")
    never(pipeline, "荷兰政府周二发布命令,冻结闻泰科技在当地子公司的资产,中方随即反制。", "opposes", tail="wingtech")


def test_what_a_companys_products_are_compared_with_is_not_its(pipeline):
    never(pipeline, "壁仞科技的主力产品是H20的替代品。", "made_by", head="h20")


def test_an_outlet_that_noticed_or_learned_makes_nothing(pipeline):
    never(pipeline, "快科技注意到,目前已量产的麒麟9020芯片表现稳定。", "made_by", tail="mydrivers")
    never(pipeline, "36氪获悉,已经量产的思元690即将出货。", "made_by", tail="36kr")
    never(pipeline, "美国以国家安全为由限制华为。", "made_by")


def test_only_who_is_counted_as_a_rival_is_one(pipeline):
    never(pipeline, "壁仞科技将英伟达作为技术参照,并把华为列为主要对手。", "competes_with", tail="nvidia")
    never(pipeline, "沐曦将英伟达列为主要供应商。", "competes_with")


def test_a_rivals_goods_are_not_its_makers(pipeline):
    never(pipeline, "国内市场出现了英伟达芯片的替代品,包括昇腾910C。", "made_by", head="ascend_910c", tail="nvidia")
    never(pipeline, "昇腾910C只是英伟达芯片的替代品。", "made_by", head="ascend_910c", tail="nvidia")


def test_a_list_resumed_after_a_comma_is_one_verbs_objects_only_right_after_the_list(pipeline):
    # the comma closes what was done to Nvidia's application; the listing after 以及 is another act
    never(pipeline, "美国商务部将英伟达的申请驳回,以及将12家企业列入实体清单。", "restricts", tail="nvidia")


def test_employment_told_by_a_verb(pipeline):
    reads(pipeline, "苏姿丰曾在IBM担任高管。", ("lisa_su", "works_for", "ibm"))
    reads(pipeline, "黄仁勋于1993年创办英伟达。", ("jensen_huang", "works_for", "nvidia"))
    assert ("lisa_su", "works_for", "amd", "首席执行官", "positive", "asserted") in relations(
        pipeline, "苏姿丰担任AMD的首席执行官。")
    assert ("jensen_huang", "works_for", "nvidia", "创始人", "positive", "asserted") in relations(
        pipeline, "黄仁勋是英伟达的创始人。")
    never(pipeline, "英伟达是全球最大的AI芯片供应商。", "supplies")  # a supplier of no one named


def test_a_persons_known_office_beside_the_name(pipeline):
    reads(pipeline, "美国官员说,拜登总统将出席。", ("biden", "works_for", "usa"))
    never(pipeline, "拜登总统将出席。", "works_for")  # the country is not named
    never(pipeline, "美国官员说,拜登将出席。", "works_for")  # no title beside the name
    # the title, then 的: 曾任参议员、现任国务卿的鲁比奥
    reads(pipeline, "美国国务院发表声明。曾任参议员、现任国务卿的鲁比奥表示支持。", ("rubio", "works_for", "us_state_dept"))
    # the role's rest after its employer's name, the employer named earlier in the sentence
    reads(pipeline, "商务部周四召开发布会,新闻发言人何亚东回答了有关稀土的提问。", ("he_yadong", "works_for", "cn_commerce"))
    reads(pipeline, "外交部昨天例行记者会上,发言人毛宁就菲律宾问题作答。", ("mao_ning", "works_for", "cn_mfa"))
    never(pipeline, "新闻发言人何亚东表示,中方坚决反对。", "works_for")  # the employer is not named


def test_a_sentence_opening_with_a_company_title_and_a_person_is_about_the_last_company(pipeline):
    """董事长X表示,…: no company named, the officer is the company's the last sentences were about."""
    got = named_triples(pipeline, "北方华创前三季度营收同比增长三成。董事长赵晋荣表示,公司将完善产品布局。")
    assert ("赵晋荣", "works_for", "北方华创") in got, got
    got = named_triples(pipeline, "中微公司发布三季报。董事长兼总经理尹志尧透露,刻蚀设备已量产。")
    assert ("尹志尧", "works_for", "中微公司") in got, got
    # not past the anaphor window, nor after a title no company gives, nor against the dictionary
    text = "北方华创前三季度营收同比增长三成。今年以来订单饱满。行业景气回升。董事长赵晋荣表示,公司将完善产品布局。"
    assert not [t for t in named_triples(pipeline, text) if t[1] == "works_for"]
    text = "北方华创前三季度营收同比增长三成。分析师赵晋荣表示,公司将完善产品布局。"
    assert not [t for t in named_triples(pipeline, text) if t[1] == "works_for"]
    never(pipeline, "台积电宣布在美扩产。首席执行官黄仁勋表示欢迎。", "works_for", head="jensen_huang", tail="tsmc")


def test_a_pronoun_after_a_company_subject_stands_for_the_person_named_before_it(pipeline):
    """星河微电子由王明创办,他曾任…: 他 is the person the sentence named, not the company it is about."""
    got = named_triples(pipeline, "燧原科技由赵立东创办,他曾在AMD工作多年。")
    assert ("赵立东", "works_for", "AMD") in got, got


def test_a_chief_officers_title_names_the_employer(pipeline):
    result = pipeline.process_text("t.txt", "美光科技执行副总裁兼首席商务官李文表示,需求强劲。")
    employed = {(result.entities[r.head].name, r.tail) for r in result.relations if r.type == "works_for"}
    assert employed == {("李文", "micron")}, employed


def test_codes_listed_in_brackets_after_a_products_word(pipeline):
    """A maker's products named by their codes in brackets after the kind, the series or the project."""
    result = pipeline.process_text("t.txt", "壁仞科技的训练芯片项目(BR300与BR310)已流片,燧原科技推出的AI加速卡系列(S80、S90)已量产。")
    made = {(result.entities[r.head].name, r.tail) for r in result.relations if r.type == "made_by"}
    assert made == {("BR300", "biren"), ("BR310", "biren"), ("S80", "enflame"), ("S90", "enflame")}, made
    # a bracket that holds anything but codes names no product
    result = pipeline.process_text("t.txt", "该芯片项目(总投资120亿元,代号X9)已开工。")
    assert not [m for m in result.mentions if m.type == "PRODUCT"], result.mentions


def test_a_persons_known_employer_before_the_name_with_de(pipeline):
    """英伟达的黄仁勋: the employer the dictionary gives a person, named right before them with 的."""
    got = triples(pipeline, "英伟达的黄仁勋与AMD的苏姿丰同台演讲。")
    assert {("jensen_huang", "works_for", "nvidia"), ("lisa_su", "works_for", "amd")} <= got, got
    reads(pipeline, "记者问及台积电的魏哲家对关税的看法。", ("wei_zhejia", "works_for", "tsmc"))
    never(pipeline, "AMD的黄仁勋粉丝很多。", "works_for")  # not the employer the dictionary knows
    never(pipeline, "英伟达和黄仁勋都表示支持。", "works_for")  # named side by side, not his


# ── polarity, modality, evidence ────────────────────────────────────────────

HEDGES = {  # a sentence -> the polarity and modality of the restriction it states
    "美国否认限制H20出口。": ("negative", "asserted"),
    "美国拟限制H20出口。": ("positive", "planned"),
    "美国同意下调对韩国半导体的关税。": ("negative", "asserted"),  # a measure lowered, as one eased
    "韩国希望美方降低对韩国芯片的关税。": ("negative", "planned"),  # what is hoped is the lowering
    "美国将对中兴实施新的制裁。": ("positive", "planned"),  # 将 before a preposition: a future
    "日本将进一步限制向中国出口半导体设备。": ("positive", "planned"),  # and before an adverb
    "荷兰将严格限制阿斯麦向中国出口光刻机。": ("positive", "planned"),  # 严格, the same
    "美国商务部宣布,将扩大对华为的出口限制。": ("positive", "planned"),  # and before a verb of widening
    "法院裁定暂停执行美国国防部将小米列入清单的决定。": ("negative", "asserted"),  # a measure's execution stayed
    "美国商务部停止执行对中兴通讯的出口禁令。": ("negative", "asserted"),
    "美国商务部将中兴列入实体清单。": ("positive", "asserted"),  # 将 before a name: the disposal marker
    "美国不排除进一步限制H20出口。": ("positive", "planned"),  # does not rule out: a possibility
    "据报道,美国限制H20出口。": ("positive", "reported"),
    "如果美国限制H20出口,英伟达将受损。": ("positive", "hypothetical"),
    "美国正说服荷兰、日本等盟友限制对华出口。": ("positive", "planned"),
    "美国有望再次收紧对H20的出口限制。": ("positive", "planned"),  # expected to
    "美国商务部被曝将H20列入管制清单。": ("positive", "reported"),  # leaked
    "美国商务部发布消息称,将H20列入管制清单。": ("positive", "asserted"),  # its own announcement
    "路透社消息称,美国商务部将H20列入管制清单。": ("positive", "reported"),
    # a demand that a measure end: that it end is planned, not stated; an ended one is stated
    "美国应立即停止对华为的制裁。": ("negative", "planned"),
    "美方必须停止将中芯国际列入实体清单。": ("negative", "planned"),
    "美国已停止对华为的制裁。": ("negative", "asserted"),
}


@pytest.mark.parametrize("text", HEDGES)
def test_polarity_and_modality(pipeline, text):
    got = {(p, m) for h, t, tail, _, p, m in relations(pipeline, text) if t == "restricts"}
    assert HEDGES[text] in got, got


@pytest.mark.parametrize("text, expected", [
    # a relative clause names what it describes: the main clause's hedge qualifies another verb
    ("分析师说,新规可能涵盖AMD专为中国设计的MI308芯片。", ("mi308", "made_by", "amd", None, "positive", "asserted")),
    ("据媒体报道,华为推出的昇腾910C芯片供不应求。",
     ("ascend_910c", "made_by", "huawei", None, "positive", "asserted")),
    # a hedge inside the relative clause is its own
    ("英伟达计划推出的B40芯片将面向中国。", ("b40", "made_by", "nvidia", None, "positive", "planned")),
    ("美国可能对华为实施的新制裁引发关注。", ("usa", "restricts", "huawei", None, "positive", "planned")),
])
def test_a_relative_clause_keeps_its_own_modality(pipeline, text, expected):
    assert expected in relations(pipeline, text)


def test_evidence_points_at_the_sentence_in_the_original(pipeline):
    text = "<p>第一句。</p><p>美國商務部限制英偉達H20出口。</p>"
    result = pipeline.process_text("t.html", text)
    rel = next(r for r in result.relations if r.type == "restricts")
    assert rel.evidence.sentence == "美国商务部限制英伟达H20出口。"
    assert text[rel.evidence.start:rel.evidence.end] == "美國商務部限制英偉達H20出口。"
    assert rel.evidence.rule.startswith("restricts.")


def test_sentence_and_clause_splitting():
    text = "美国说:“我们反对!”中国、日本和荷兰回应。第三句"
    assert [text[s:e] for s, e in sentences(text)] == ["美国说:“我们反对!”", "中国、日本和荷兰回应。", "第三句"]
    assert [text[s:e] for s, e in clauses(text, 0, 11)] == ["美国说:", "“我们反对!”"]
    # a quote that ends its sentence and the sentence that only names its speaker are one
    said = re.compile("[^“”。]{1,20}(?:说|表示)[。]")
    text = "“我们反对。这不公平!”商务部发言人表示。他说。\n“我们反对。”\n他说。"
    assert [text[s:e] for s, e in sentences(text, said)] == [
        "“我们反对。", "这不公平!”商务部发言人表示。", "他说。", "“我们反对。”", "他说。"]
    assert [text[s:e] for s, e in clauses(text, 6, 21)] == ["这不公平!”", "商务部发言人表示。"]
    assert attribution_start(text[6:21]) == 6 and attribution_start(text[21:24]) is None
    # a wire story's dateline in brackets is a sentence of its own
    text = "(中央社东京20日综合外电报导)日本限制出口。【新华社专电】"
    assert [text[s:e] for s, e in sentences(text)] == ["(中央社东京20日综合外电报导)", "日本限制出口。", "【新华社专电】"]
    # ...or followed by its reporter's byline; not a date before a phone call (3日电话)
    text = "中新社东京20日电(记者王五)日本限制出口。双方于3日电话会谈(约一小时)后发表声明。"
    assert [text[s:e] for s, e in sentences(text)] == ["中新社东京20日电(记者王五)", "日本限制出口。",
                                                       "双方于3日电话会谈(约一小时)后发表声明。"]
    # ...with a space inside the byline; and an outlet's news lead before a colon is one too
    text = "中新社东京20日电(记者 王五 赵六)日本限制出口。环球网消息:韩国回应。英伟达(NVIDIA) 股价大涨"
    assert [text[s:e] for s, e in sentences(text)] == ["中新社东京20日电(记者 王五 赵六)", "日本限制出口。", "环球网消息:",
                                                       "韩国回应。", "英伟达(NVIDIA) 股价大涨"]
    text = "集微网消息,韩国回应。网上流传一条消息,英伟达已停止供货。"
    assert [text[s:e] for s, e in sentences(text)] == ["集微网消息,", "韩国回应。", "网上流传一条消息,英伟达已停止供货。"]
    # a flash item's outlet before a part of a month, as before a day
    text = "集微网讯 8月下旬,星河科技股价走高。"
    assert [text[s:e] for s, e in sentences(text)] == ["集微网讯 8月下旬,", "星河科技股价走高。"]
    # a space after a closing quote ends no sentence: quoted terms are padded with spaces
    text = '新规把许可政策从 “一律禁止” 调整为 “个案审批”。他称"AI" 芯片很重要'
    assert [text[s:e] for s, e in sentences(text)] == ['新规把许可政策从 “一律禁止” 调整为 “个案审批”。', '他称"AI" 芯片很重要']
    # ...or after a flash item's time and headline, each a sentence too
    text = "08:30 【日本限制出口】共同社4月1日电,日本限制出口。【海关总署:加强对进口芯片的查验】海关总署发布公告。"
    assert [text[s:e] for s, e in sentences(text)] == ["08:30 【日本限制出口】", "共同社4月1日电,", "日本限制出口。",
                                                       "【海关总署:加强对进口芯片的查验】", "海关总署发布公告。"]
    # a colon or comma between Latin letters or digits is part of a name or a number
    text = "阿斯麦的NXT:2000i光刻机共12,000台,10:30交付"
    assert [text[s:e] for s, e in clauses(text, 0, len(text))] == ["阿斯麦的NXT:2000i光刻机共12,000台,", "10:30交付"]
    # but a comma after a digit that opens no group of three parts clauses (the text's ， folded to ,)
    text = "明年推出H300,2028年推出H400,共1,200,000颗"
    assert [text[s:e] for s, e in clauses(text, 0, len(text))] == ["明年推出H300,", "2028年推出H400,", "共1,200,000颗"]
    # and so does one after a letter before a digit (推出X950DT,2027年…); letters after it join (H100,H200)
    text = "明年推出X950DT,2027年推出X960,订单含H100,H200"
    assert [text[s:e] for s, e in clauses(text, 0, len(text))] == ["明年推出X950DT,", "2027年推出X960,", "订单含H100,H200"]


def test_a_name_holding_a_colon_is_read_whole(pipeline):
    reads(pipeline, "阿斯麦的TWINSCAN NXT:2000i光刻机被列入管制。", ("nxt_2000i", "made_by", "asml"))
    # nor does a colon or comma between Latin letters or digits part the clause before a trigger
    reads(pipeline, "欧盟委员会对英伟达收购Run:ai一案展开调查。", ("eu_commission", "investigates", "nvidia"))
    reads(pipeline, "美国司法部对超微电脑出口的1,200台服务器展开调查。", ("us_doj", "investigates", "supermicro"))
    never(pipeline, "欧盟委员会对英伟达的答复是:调查仍在进行。", "investigates")  # a colon that opens what was said


def test_the_prefilters_change_no_reading(pipeline, source_reader, monkeypatch):
    """A template is skipped when the plain clause lacks a word it needs (a name only hides
    text); reading every template of every rule in every sentence must find the same relations,
    with the same evidence and rule."""
    text = "".join(sentence for _, sentence, _ in READS) + (
        "英特尔首席执行官表示,公司将向联想出售更多处理器。三星电子的最大客户包括苹果和谷歌。"
        "美国商务部负责工业与安全的副部长艾伦·埃斯特维兹出席听证会。荷兰首相与ASML总裁会面,未谈出口许可证。")
    filtered = pipeline.process_text("t.txt", text).relations
    monkeypatch.setattr(source_reader, "_holds", lambda *args: True)
    monkeypatch.setattr("kg.pipeline.relate", source_reader.relate)
    assert pipeline.process_text("t.txt", text).relations == filtered
    assert len(filtered) > len(READS)



def test_an_anaphor_reaches_back_two_sentences_and_no_further(pipeline):
    """The referent is looked up when the anaphor comes, in the last ``anaphor_window`` sentences."""
    opening, closing = "英伟达周三发布财报。", "该公司表示,将向中国客户出售H20。"
    reads(pipeline, opening + "分析师看好前景。" + closing, ("nvidia", "supplies", "china"))
    never(pipeline, opening + "分析师看好前景。市场反应平淡。" + closing, "supplies", head="nvidia")


def test_a_rules_anaphor_reaches_the_one_rule_named_a_paragraph_back(pipeline):
    """Past the window, 该条例 is the only rule the document has named, within ``long_anaphors`` sentences."""
    opening, filler, closing = "美国商务部修订了《出口管理条例》。", "分析师看好前景。市场反应平淡。", "英特尔批评该条例过于严厉。"
    reads(pipeline, opening + filler * 2 + closing, ("intel", "opposes", "ear"))
    never(pipeline, opening + "国会同时通过了《芯片与科学法案》。" + filler * 2 + closing, "opposes", head="intel")
    never(pipeline, opening + filler * 6 + closing, "opposes", head="intel")  # too far: perhaps a rule never named


def test_the_lookaheads_change_no_match(pipeline, monkeypatch):
    """The first-character lookahead before each alternation of words only fails sooner: rules
    compiled without it read the same relations."""
    text = "".join(sentence for _, sentence, _ in READS) + (
        "英特尔首席执行官表示,公司将向联想出售更多处理器。荷兰首相与ASML总裁会面,未谈出口许可证。"
        "日本经济产业省周五宣布,将对六种半导体设备实施出口管制,并禁止向中国出口。")
    with_lookaheads = pipeline.process_text("t.txt", text).relations
    monkeypatch.setattr(rules_module, "_opens_with", lambda words: "")
    bare = load_rules(DICTIONARIES / "relations.yaml", pipeline.recognizer.patterns.titles)
    assert any("(?=[" in p.pattern for r in pipeline.rules.template_rules for p in r.patterns)
    assert not any("(?=[" in p.pattern for r in bare.template_rules for p in r.patterns)
    monkeypatch.setattr(pipeline, "rules", bare)
    assert pipeline.process_text("t.txt", text).relations == with_lookaheads
    assert len(with_lookaheads) > len(READS)

# ── the rule file ───────────────────────────────────────────────────────────

def test_the_rule_file_reports_every_problem_with_its_line(tmp_path):
    text = (DICTIONARIES / "relations.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "relations.yaml"
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip() == "- id: passive") + 1
    counts_at = next(i for i, line in enumerate(lines) if line.startswith("counts:")) + 1
    text = text.replace("  - id: passive\n", "  - id: Passive\n").replace(
        "    constructions: [purchase]\n", "    constructions: [purchase, buying]\n").replace(
        "    negated_as: restricts\n", "    negated_as: forbids\n").replace("counts: {两: 2,", "counts: {两: two,")
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError) as error:
        load_rules(broken)
    problems = str(error.value).splitlines()
    assert any(p.startswith(f"{broken}:{at}: constructions[") and p.endswith("].id: 'Passive' must be lower-case "
                                                                         "letters and _") for p in problems)
    assert any(p.startswith(f"{broken}:") and "unknown construction(s) 'buying'; use names from constructions:" in p
               for p in problems), "a cross-reference is checked while other parts of the file are broken"
    assert any(p.startswith(f"{broken}:") and "negated_as: unknown relation 'forbids'" in p for p in problems)
    assert any(p.startswith(f"{broken}:{counts_at}: counts.两:") for p in problems), problems
    assert all(p.startswith(f"{broken}:") for p in problems)


# ── exhaustive relations: offices, parents, parts of a sentence (issue 9) ─────

def named_triples(pipeline, text):
    """The relations of ``text`` with each entity shown by its first mention's text (discovered ids are hashes)."""
    result = pipeline.process_text("t.txt", text)
    name = {}
    for m in result.mentions:
        name.setdefault(m.entity_id, m.text)
    return {(name.get(r.head, r.head), r.type, name.get(r.tail, r.tail)) for r in result.relations}


def test_a_semicolon_starts_a_part_with_its_own_subject(pipeline):
    text = "黄仁勋创办了英伟达;苏姿丰是AMD首席执行官,曾任IBM高管。"
    reads(pipeline, text, ("lisa_su", "works_for", "ibm"))
    never(pipeline, text, "works_for", head="jensen_huang", tail="ibm")
    got = named_triples(pipeline, "首席科学家王明曾任谷歌研究员;首席架构师陈静是AMD院士,历任英特尔、高通等公司架构师。")
    assert {("陈静", "works_for", "英特尔"), ("陈静", "works_for", "高通"), ("王明", "works_for", "谷歌")} <= got, got
    assert not {t for t in got if t[0] == "王明" and t[2] in ("英特尔", "高通")}, got
    # A part without a subject of its own goes on with the sentence's.
    reads(pipeline, "美国商务部发布新规;并将华为列入实体清单。", ("us_commerce", "restricts", "huawei"))


def test_a_countrys_office_holder_with_the_portfolio_between(pipeline):
    assert ("施莱纳", "works_for", "荷兰") in named_triples(pipeline, "荷兰外贸部长施莱纳表示,不会改变立场。")
    assert ("李德", "works_for", "英国") in named_triples(pipeline, "英国商务大臣李德周二表示。")
    reads(pipeline, "日本经济产业大臣西村康稔表示。", ("nishimura_yasutoshi", "works_for", "japan"))
    never(pipeline, "美国知名分析师李明表示,禁令将扩大。", "works_for")  # an occupation, no office of the country
    # one office holds one country: in a list of countries the office is the last one's
    reads(pipeline, "欧盟和美国贸易代表格里尔周二通电话。", ("greer", "works_for", "usa"))
    never(pipeline, "欧盟和美国贸易代表格里尔周二通电话。", "works_for", tail="eu")
    # a European commissioner by portfolio, not any officer called 专员
    reads(pipeline, "欧盟贸易专员谢夫乔维奇周四表示,将与美方继续谈判。", ("sefcovic", "works_for", "eu"))
    never(pipeline, "美国国家公园管理局公关专员李明表示,游客人数增加。", "works_for", tail="usa")
    # a foreign name with 富 in it (Xinhua writes Wadephul 瓦德富尔)
    assert ("瓦德富尔", "works_for", "德国") in named_triples(pipeline, "德国外长瓦德富尔批评了这项决定。")
    # a finance or defence minister's short title, as 外长 is a foreign minister's
    assert ("陈立", "works_for", "新加坡") in named_triples(pipeline, "新加坡财长陈立表示,预算将增加。")
    assert ("林森", "works_for", "日本") in named_triples(pipeline, "日本防长林森周二访问华盛顿。")


def test_a_title_after_the_holders_party(pipeline):
    got = named_triples(pipeline, "美国众议院外交委员会民主党籍议员赵明表示。")
    assert {("赵明", "works_for", "美国众议院外交委员会"), ("赵明", "works_for", "民主党")} <= got, got
    got = named_triples(pipeline, "美国参议院商务委员会共和党籍参议员钱伟表示。")
    assert ("钱伟", "works_for", "美国参议院商务委员会") in got, got
    # the committee's office first, then the party and the seat, listed with 、
    got = named_triples(pipeline, "美国众议院外交委员会主席、共和党籍众议员孙立表示。")
    assert {("孙立", "works_for", "美国众议院外交委员会"), ("孙立", "works_for", "共和党")} <= got, got
    never(pipeline, "美国众议院批评共和党籍议员赵明。", "works_for", tail="us_house")


def test_a_federal_office_named_after_a_state_is_the_countrys(pipeline):
    got = named_triples(pipeline, "马萨诸塞州官员说,马萨诸塞州美国检察官办公室已发出传票,美国未回应。")
    assert ("马萨诸塞州美国检察官办公室", "part_of", "美国") in got, got
    assert ("马萨诸塞州美国检察官办公室", "part_of", "马萨诸塞州") not in got, got
    # A state's own body stays the state's.
    assert ("纽约州警方", "part_of", "纽约州") in named_triples(pipeline, "纽约州警方表示,纽约州将配合调查。")


def test_a_local_subsidiary_is_part_of_its_company(pipeline):
    got = named_triples(pipeline, "台积电(南京)的授权将被撤销,台积电表示将确保运营。")
    assert ("台积电(南京)", "part_of", "台积电") in got, got
    never(pipeline, "三星电子(西安)工厂获得授权。", "part_of")  # the parent is named only inside the name


def test_a_title_after_the_copula_wei(pipeline):
    reads(pipeline, "苏姿丰为AMD首席执行官。", ("lisa_su", "works_for", "amd"))
    got = named_triples(pipeline, "首席执行官陈明直接持股22%,为华为实际控制人。")
    assert ("陈明", "works_for", "华为") in got, got
    # 为 as "for": the title does not end the clause, the CEO is someone else.
    never(pipeline, "特朗普为英伟达CEO黄仁勋站台。", "works_for", head="trump")


def test_officers_a_later_clause_opens_with_work_for_the_sentences_subject(pipeline):
    """寒武纪宣布…,创始人、董事长兼总经理X出席: the company that opens the sentence employs whom a later
    clause opens with past its titles, and the officers listed after with theirs."""
    def officers(text):
        result = pipeline.process_text("t.txt", text)
        names = {m.entity_id: m.text for m in result.mentions}
        return {(names.get(r.head), r.tail, r.role) for r in result.relations if r.type == "works_for"}

    got = officers("寒武纪宣布完成融资,创始人、董事长兼总经理王建华出席,首席财务官刘敏、副总裁周强也到场。")
    assert {("王建华", "cambricon", "创始人"), ("刘敏", "cambricon", "首席财务官"), ("周强", "cambricon", "副总裁")} <= got, got
    got = officers("海光信息发布公告,硬件首席架构师陈伟表示,新品将于年底量产。")
    assert ("陈伟", "hygon", "首席架构师") in got, got  # a few characters before the title
    never(pipeline, "英伟达发布新品,总统特朗普表示欢迎。", "works_for", head="trump")  # an office is no company's title
    never(pipeline, "台积电发布财报,三星董事长李在镕表示。", "works_for", tail="tsmc")  # the title is another's


def test_its_subsidiary_is_the_last_named_companys(pipeline):
    reads(pipeline, "英伟达表示,其以色列子公司迈络思将扩产。", ("mellanox", "part_of", "nvidia"))
    reads(pipeline, "英伟达去年关闭了其在德国的子公司迈络思。", ("mellanox", "part_of", "nvidia"))
    text = "英伟达表示,华为及其子公司海思都受到影响。"
    reads(pipeline, text, ("hisilicon", "part_of", "huawei"))
    never(pipeline, text, "part_of", tail="nvidia")  # another company stands between
    never(pipeline, text, "part_of", head="huawei")  # the unit follows 子公司, the parent precedes it
    never(pipeline, "美国商务部表示,其子公司迈络思将扩产。", "part_of")  # an agency has no subsidiary


def test_a_company_employs_the_head_of_its_products_business(pipeline):
    """华为昇腾计算业务总裁X: the product between the company and the title does not stand for it."""
    assert ("王伟", "works_for", "华为") in named_triples(pipeline, "华为麒麟芯片业务负责人王伟表示。")
    assert ("赵强", "works_for", "英伟达") in named_triples(pipeline, "英伟达H20项目总监赵强说。")
    never(pipeline, "英伟达H20的买家、腾讯总裁刘炽平表示。", "works_for", tail="nvidia")  # a list: another's title


def test_several_titles_before_one_name(pipeline):
    reads(pipeline, "辉达创办人暨执行长黄仁勋周三表示。", ("jensen_huang", "works_for", "nvidia"))
    assert ("jensen_huang", "works_for", "nvidia", "CEO", "positive", "asserted") in relations(
        pipeline, "英伟达CEO、创始人黄仁勋表示。")
    never(pipeline, "英伟达与AMD、英特尔CEO等人会面。", "works_for")  # titles without a name


EXHAUSTIVE_READS = [  # (construction, sentence written for the test, a relation it states)
    ("chip anaphor", "华为发布了搭载麒麟9010芯片的Mate 70手机。拆解发现,该芯片由中芯国际代工。", ("kirin_9010", "made_by", "smic")),
    # a part found in what is made, in a later clause, is still made (a guard)
    ("made, found in", "拆解发现了台积电生产的芯片,同时在昇腾910B样本中也有发现。", ("ascend_910b", "made_by", "tsmc")),
    # what a maker's products cover, each named after what kind it is
    ("products cover", "燧原科技成立于2018年,产品覆盖训练卡云燧T20、推理卡云燧i20。", ("yunsui_t20", "made_by", "enflame")),
    ("products cover", "寒武纪的产品覆盖云端芯片思元590和边缘芯片思元220。", ("mlu590", "made_by", "cambricon")),
    # a unit described by its trade after its owner's 旗下 is the agent
    ("unit described", "麒麟9030由华为旗下IC设计子公司海思设计,性能较麒麟9020提升两成。", ("kirin_9030", "made_by", "hisilicon")),
    ("unit described", "昇腾910B由华为旗下的半导体子公司海思设计。", ("ascend_910b", "made_by", "hisilicon")),
    ("owner glued, a list before", "腾讯、百度和阿里巴巴旗下平头哥均在采购名单上。", ("pingtouge", "part_of", "alibaba")),
    # a maker's roadmap, its products' launches told after a colon, in the first clause and the next
    ("roadmap", "AMD在发布会上公布了时间表:MI400将于明年量产,MI500随后推出。", ("mi400", "made_by", "amd")),
    ("roadmap", "华为在会上披露了芯片规划:昇腾950将于明年一季度推出,昇腾960随后上市。", ("ascend_960", "made_by", "huawei")),
    # a product named after the part it is built with is what is launched
    ("built with a part", "华为发布了搭载麒麟9010芯片的Mate 60 Pro。", ("mate_60_pro", "made_by", "huawei")),
    # a product named after what it is, past another product the description names
    ("named as", "英特尔开发了一款兼容英伟达H100软件生态的加速器,命名为Gaudi 3。", ("gaudi_3", "made_by", "intel")),
    ("named as", "华为为数据中心开发了一款对标H100的芯片,命名为昇腾910C。", ("ascend_910c", "made_by", "huawei")),
    # a maker's line glued to the word, after the company that speaks
    ("line glued", "寒武纪表示,公司核心产品思元590已大规模出货。", ("mlu590", "made_by", "cambricon")),
    # a time between the company and its products, the copula, and the kind of each before its name
    ("line said", "据悉,燧原科技现阶段的主力产品是云燧T20。", ("yunsui_t20", "made_by", "enflame")),
    ("line said", "昆仑芯当前的核心产品为云端AI芯片P800。", ("kunlun_p800", "made_by", "kunlunxin")),
    ("line said", "沐曦的产品包括训练卡曦云C500和推理卡曦思N100。", ("xiyun_c500", "made_by", "metax")),
    # a parent with a place that says where it is from
    ("parent", "Arm的日本母公司软银集团计划增加投资。", ("arm", "part_of", "softbank")),
    # a post held before, a unit or field between the company and the title; a chief officer's title
    ("post held, with its field", "曾任台积电研发副总裁的梁孟松后来加入中芯国际。", ("liang_mengsong", "works_for", "tsmc")),
    # its product, with the kind of product before its name, after what it announced or what it is
    ("its kind", "寒武纪宣布,其云端AI芯片思元590已量产。", ("mlu590", "made_by", "cambricon")),
    ("its kind", "燧原科技是一家AI芯片公司,其训练芯片云燧T20已出货。", ("yunsui_t20", "made_by", "enflame")),
    # a foundry's process opening the clause after the product's
    ("process next", "寒武纪的思元590芯片已开始量产,采用中芯国际7纳米工艺。", ("mlu590", "made_by", "smic")),
    ("process next", "英伟达发布B200,使用台积电4纳米制程。", ("b200", "made_by", "tsmc")),
    # a founder after 由, with when or where between the founder and the verb
    ("founded", "摩尔线程由张建中于2020年10月在北京创立。", ("zhang_jianzhong", "works_for", "moore_threads")),
    ("founded", "寒武纪由陈天石在北京创办。", ("chen_tianshi", "works_for", "cambricon")),
    # a company bought, with where it is from before it
    ("bought", "英伟达收购了以色列的迈络思,交易于次年完成。", ("mellanox", "part_of", "nvidia")),
    # 其 after what kind of company the subject is
    ("its product", "昆仑芯是百度旗下的芯片公司,其P800芯片已在百度内部大规模部署。", ("kunlun_p800", "made_by", "kunlunxin")),
    # a count or a word of rank between 旗下 and the kind, or the name after 为
    ("counted under its maker", "华为旗下三款AI芯片「昇腾910B」、「昇腾910C」与「昇腾920」均已量产。", ("ascend_910c", "made_by", "huawei")),
    ("counted under its maker", "寒武纪旗下主力产品为「思元590」,订单饱满。", ("mlu590", "made_by", "cambricon")),
    # 其 after a clause of what was said that a company opens: that company's
    ("its product in what was said", "苏姿丰说,华为是很强的对手,其昇腾芯片进步很快。", ("ascend", "made_by", "huawei")),
    ("its product in what was said", "黄仁勋表示,寒武纪是一家优秀的公司,其思元590芯片性能不俗。", ("mlu590", "made_by", "cambricon")),
    # 公司 opening a later clause of a sentence a company opens
    ("the sentence's company", "燧原科技由腾讯投资的团队创立,公司推出的云燧T20已经量产。", ("yunsui_t20", "made_by", "enflame")),
    ("the sentence's company", "摩尔线程由英伟达前全球副总裁张建中于2020年创立,公司推出的MTT S4000等产品主要面向数据中心。",
     ("mtt_s4000", "made_by", "moore_threads")),
    # 其 opening a sentence, glued to a product named after its kind: the company the article is about
    ("its product, next sentence", "寒武纪去年营收大增。其旗舰芯片思元590已进入量产。", ("mlu590", "made_by", "cambricon")),
    ("its product, next sentence", "昆仑芯正筹备上市。其新一代产品P800已向多家互联网公司供货。",
     ("kunlun_p800", "made_by", "kunlunxin")),
    # a chip named again by 该芯片 or 这款芯片 in the next sentence
    ("product anaphor", "华为发布了昇腾910C芯片。该芯片由中芯国际代工生产。", ("ascend_910c", "made_by", "smic")),
    ("product anaphor", "华为发布了昇腾910C芯片。这款芯片采用中芯国际7纳米工艺制造。", ("ascend_910c", "made_by", "smic")),
    ("makers in turn", "昇腾910C由华为自主研发,中芯国际代工。", ("ascend_910c", "made_by", "smic")),
    ("makers in turn", "思元590由寒武纪设计,台积电负责代工。", ("mlu590", "made_by", "tsmc")),
    ("makers in turn", "麒麟9020由华为海思设计,中芯国际则负责生产。", ("kirin_9020", "made_by", "smic")),
    ("a maker's line", "壁仞科技的主要产品包括BR100和BR104两款通用GPU芯片。", ("br104", "made_by", "biren")),
    ("a maker's line", "昆仑芯的主力产品为P800芯片。", ("kunlun_p800", "made_by", "kunlunxin")),
    ("a maker's line", "燧原科技成立于2018年,主要产品为云燧T20。", ("yunsui_t20", "made_by", "enflame")),
    ("a maker's line", "摩尔线程旗舰产品为MTT S4000,已向多家数据中心交付。", ("mtt_s4000", "made_by", "moore_threads")),
    # a list's products each followed by what kind of product it is
    ("kinds in a list", "壁仞科技推出了BR100训练芯片和BR104推理芯片。", ("br104", "made_by", "biren")),
    ("kinds in a list", "摩尔线程的产品有MTT S3000服务器显卡、MTT S4000数据中心训练卡等。", ("mtt_s4000", "made_by", "moore_threads")),
    ("kinds in a list", "华为发布了昇腾910B加速卡及昇腾910C处理器。", ("ascend_910c", "made_by", "huawei")),
    # a foundry makes another's product named in its list
    ("another's product", "中芯国际代工了昇腾910B和华为的麒麟9000S。", ("kirin_9000s", "made_by", "smic")),
    ("appointment", "AMD任命苏姿丰为首席执行官。", ("lisa_su", "works_for", "amd")),
    # 该芯片 after a product counted as one stands for it, by the name given right after it
    ("agent of a later name", "这款服务器配备了由台积电生产的英伟达H100。", ("h100", "made_by", "tsmc")),
    # what a named person announced goes on with its own subject into its later clauses
    ("announced, its subject carried", "徐直军宣布,华为将在明年推出昇腾950,并在后年推出昇腾960。", ("ascend_960", "made_by", "huawei")),
    ("announced, its subject carried", "华为副董事长徐直军宣布,公司将在明年推出昇腾950,后年推出昇腾970。",
     ("ascend_970", "made_by", "huawei")),
    # and past when it happens, told first
    ("announced, its subject carried", "华为副董事长徐直军宣布,公司将在2026年第一季度推出昇腾950芯片,2027年推出昇腾960。",
     ("ascend_960", "made_by", "huawei")),
    ("a model with a letter ends its clause", "华为将于明年推出昇腾950DT,2027年推出昇腾960。", ("ascend_960", "made_by", "huawei")),
    ("announced, its subject carried", "华为宣布,公司将在2026年推出昇腾950芯片,2027年推出昇腾960,2028年推出昇腾970。",
     ("ascend_970", "made_by", "huawei")),
    ("made to order", "英伟达为中国市场定制了B30A芯片。", ("b30a", "made_by", "nvidia")),
    ("made to order", "联发科为小米量身定制了天玑芯片。", ("dimensity", "made_by", "mediatek")),
    ("the product counted, then named", "华为发布了一款新芯片昇腾950,性能超过英伟达H200。该芯片由中芯国际代工。",
     ("ascend_950", "made_by", "smic")),
    ("the product counted, then named", "寒武纪推出一款训练芯片,名为思元590。该芯片采用台积电的7纳米工艺。",
     ("mlu590", "made_by", "tsmc")),
    ("company named again as 公司, after a description that 的 closes",
     "号称全球最大代工厂的台积电昨天在纽约证券交易所公布财报。公司总裁魏哲家表示需求强劲。", ("wei_zhejia", "works_for", "tsmc")),
    ("company named again as 公司", "寒武纪成立于2016年,总部位于北京。公司创始人、首席执行官陈天石表示将扩产。",
     ("chen_tianshi", "works_for", "cambricon")),
    ("founded by", "寒武纪由中科院计算所研究员陈天石创办。", ("chen_tianshi", "works_for", "cambricon")),
    ("post held, told by its agent", "寒武纪目前由陈天石担任董事长。", ("chen_tianshi", "works_for", "cambricon")),
    ("post held, its subject carried", "寒武纪已完成新一轮融资,目前由陈天石担任董事长。",
     ("chen_tianshi", "works_for", "cambricon")),
    ("post held, told by its agent", "英伟达目前由黄仁勋担任首席执行官,公司市值已超过四万亿美元。",
     ("jensen_huang", "works_for", "nvidia")),
    ("foundry", "中芯国际为华为代工麒麟9000S,也为寒武纪生产思元590。", ("kirin_9000s", "made_by", "smic")),
    ("made at a plant", "麒麟9020在中芯国际的上海工厂生产。", ("kirin_9020", "made_by", "smic")),
    ("made at a plant", "英伟达表示,B200芯片已在台积电亚利桑那工厂开始量产。", ("b200", "made_by", "tsmc")),
    # a later clause that goes on with the sentence's subject is read with it (span: both)
    ("a later clause", "华为推出了昇腾910C芯片,并发布了昇腾950芯片。", ("ascend_950", "made_by", "huawei")),
    ("a later clause", "中芯国际为华为代工麒麟9000S,还为寒武纪生产思元590。", ("mlu590", "made_by", "smic")),
    ("controlled", "安世半导体由闻泰科技控股。", ("nexperia", "part_of", "wingtech")),
    ("controlled, since when", "安世半导体自2019年起由中国上市公司闻泰科技全资控股。", ("nexperia", "part_of", "wingtech")),
    ("controlling shareholder", "北方华创完成受让后成为芯源微的控股股东。", ("kingsemi", "part_of", "naura")),
    ("controlling shareholder", "芯源微公告称,公司控股股东已变更为北方华创。", ("kingsemi", "part_of", "naura")),
    ("becoming a subsidiary", "迈络思在2020年成为英伟达的全资子公司。", ("mellanox", "part_of", "nvidia")),
    ("a further act", "华为周二发布了新款手表,并推出昇腾950芯片。", ("ascend_950", "made_by", "huawei")),
    ("tenure, an owned unit", "梁孟松后来加盟华为旗下的海思,负责芯片研发。", ("liang_mengsong", "works_for", "hisilicon")),
    ("tenure, a post held", "曾在台积电担任研发副总的梁孟松已加入中芯国际。", ("liang_mengsong", "works_for", "tsmc")),
    ("worked at", "苏姿丰早年曾在德州仪器工作。", ("lisa_su", "works_for", "texas_instruments")),
    ("worked at", "曾在英特尔任职二十多年的陈立武后来创办了华登国际。", ("lip_bu_tan", "works_for", "intel")),
    ("founded by", "这家公司总部位于深圳,华为则由任正非创立。", ("ren_zhengfei", "works_for", "huawei")),
    ("appointment", "英特尔在文件中将陈立武列为首席执行官。", ("lip_bu_tan", "works_for", "intel")),
    ("appointment", "苏姿丰获AMD董事会任命为首席执行官。", ("lisa_su", "works_for", "amd")),
    ("parent company", "安世半导体的母公司闻泰科技周二表示。", ("nexperia", "part_of", "wingtech")),
    ("parent company", "迈络思母公司英伟达发布财报。", ("mellanox", "part_of", "nvidia")),
    ("parent company", "闻泰科技是安世半导体的母公司。", ("nexperia", "part_of", "wingtech")),
    ("parent company, described", "Arm的母公司是日本的软银集团。", ("arm", "part_of", "softbank")),
    ("parent company, its", "迈络思及其母公司英伟达均未置评。", ("mellanox", "part_of", "nvidia")),
    ("parent company, its", "海思和其母公司华为已被列入实体清单。", ("hisilicon", "part_of", "huawei")),
    ("parent company, the speaker's", "Arm表示,其母公司软银将增持股份。", ("arm", "part_of", "softbank")),
    ("subsidiary, where it is", "英伟达以色列子公司迈络思发布新品。", ("mellanox", "part_of", "nvidia")),
    ("acquired, after the deal", "AMD在收购芯片设计公司赛灵思后,营收大幅增长。", ("xilinx", "part_of", "amd")),
    ("acquired, after the deal", "英伟达收购迈络思后,数据中心业务快速增长。", ("mellanox", "part_of", "nvidia")),
    ("acquired at a time told", "赛灵思于2022年2月被AMD收购。", ("xilinx", "part_of", "amd")),
    ("acquired at a time told", "Arm在2016年被软银集团收购。", ("arm", "part_of", "softbank")),
    ("acquired in a year told", "赛灵思2022年被AMD收购。", ("xilinx", "part_of", "amd")),
    ("acquired later", "Arm成立于1990年,后被软银集团收购。", ("arm", "part_of", "softbank")),
    ("acquired later", "迈络思随后被英伟达以69亿美元收购,成为其网络业务部门。", ("mellanox", "part_of", "nvidia")),
    ("a unit and what kind it is", "百度旗下芯片公司昆仑芯宣布完成新一轮融资。", ("kunlunxin", "part_of", "baidu")),
    ("parent company, acted on", "迈络思母公司英伟达受到中国监管机构调查。", ("mellanox", "part_of", "nvidia")),
    ("the body above a unit", "外界普遍认为,工业与安全局的上级机关是美国商务部。", ("bis", "part_of", "us_commerce")),
    ("the body above a unit", "美国商务部是工业与安全局的上级部门,负责审批许可。", ("bis", "part_of", "us_commerce")),
    ("acquisition", "英伟达已完成对迈络思的收购。", ("mellanox", "part_of", "nvidia")),
    ("acquisition, the deal named first", "AMD收购赛灵思的交易已于2022年完成。", ("xilinx", "part_of", "amd")),
    ("acquisition, the deal named first", "软银对Arm的收购于2016年完成。", ("arm", "part_of", "softbank")),
    ("glued: a unit the dictionary gives the company", "阿里巴巴平头哥发布新芯片。", ("pingtouge", "part_of", "alibaba")),
    # a portfolio of fields joined by 与 or 和 between the employer and the title
    ("portfolio", "美国商务部负责工业与安全事务的副部长凯斯勒出席了听证会。", ("jeffrey_kessler", "works_for", "us_commerce")),
    ("portfolio", "中国商务部负责贸易谈判和国际合作的副部长王受文会见了美方代表。", ("wang_shouwen", "works_for", "cn_commerce")),
    ("acquisition", "软银于2016年收购了Arm。", ("arm", "part_of", "softbank")),
    ("acquisition", "迈络思已被英伟达收购。", ("mellanox", "part_of", "nvidia")),
    ("subsidiary", "英伟达的子公司迈络思表示。", ("mellanox", "part_of", "nvidia")),
    ("subsidiary", "英伟达在以色列的子公司迈络思表示。", ("mellanox", "part_of", "nvidia")),
    ("subsidiary", "迈络思(英伟达子公司)表示。", ("mellanox", "part_of", "nvidia")),
    ("product modifier", "英伟达最新的B200芯片供不应求。", ("b200", "made_by", "nvidia")),
    ("product modifier", "英伟达新一代Blackwell芯片即将出货。", ("blackwell", "made_by", "nvidia")),
    ("product modifier", "华为最新款Mate 60 Pro手机热销。", ("mate_60_pro", "made_by", "huawei")),
    ("name in brackets", "美光执行长(Sanjay Mehrotra)表示。", ("sanjay_mehrotra", "works_for", "micron")),
    ("name in brackets", "AMD公司首席执行官(Lisa Su)周二表示。", ("lisa_su", "works_for", "amd")),
    ("a company's generic noun", "英伟达公司的H20芯片在中国热销。", ("h20", "made_by", "nvidia")),
    ("a company's generic noun", "华为公司旗下的海思发布新品。", ("hisilicon", "part_of", "huawei")),
    ("a company's generic noun", "英伟达公司首席执行官黄仁勋表示。", ("jensen_huang", "works_for", "nvidia")),
    ("subsidiary", "英伟达旗下子公司迈络思宣布扩产。", ("mellanox", "part_of", "nvidia")),
    ("models listed after a line's model", "华为发布昇腾910B和910C芯片。", ("ascend_910c", "made_by", "huawei")),
    ("an envoy", "中国驻美大使谢锋表示。", ("xie_feng", "works_for", "china")),
    ("a foundry's process", "华为新款麒麟9010芯片采用中芯国际5纳米工艺生产。", ("kirin_9010", "made_by", "smic")),
    ("a foundry's process", "AMD的MI350使用台积电3纳米制程。", ("mi350", "made_by", "tsmc")),
    ("a maker's output", "寒武纪计划将思元590芯片的产能提高三倍。", ("mlu590", "made_by", "cambricon")),
    ("titles listed with 、", "华为副董事长、轮值董事长、首席财务官孟晚舟出席大会。", ("meng_wanzhou", "works_for", "huawei")),
    ("founder after 由, a time between", "摩尔线程于2020年由张建中创办。", ("zhang_jianzhong", "works_for", "moore_threads")),
    ("officers listed", "英伟达首席财务官克雷斯和CEO黄仁勋出席了财报会。", ("jensen_huang", "works_for", "nvidia")),
    ("the members of a line launched", "AMD周四发布MI350系列加速器,包括MI355X。", ("mi355x", "made_by", "amd")),
    ("made for a market", "英伟达专为中国市场特供的B30A芯片即将出货。", ("b30a", "made_by", "nvidia")),
    ("its product after an announcement", "摩尔线程周五宣布,其MTT S5000芯片已开始出货。", ("mtt_s5000", "made_by", "moore_threads")),
    ("foundry named", "中芯国际是华为麒麟芯片的主要代工厂。", ("kirin", "made_by", "smic")),
    ("foundry named", "英伟达Blackwell芯片的代工厂是台积电。", ("blackwell", "made_by", "tsmc")),
    ("foundry named in the next clause", "摩尔线程的MTT S80显卡已上市,代工厂为台积电。", ("mtt_s80", "made_by", "tsmc")),
    ("foundry named in the next clause", "麒麟9000S芯片去年量产,代工厂是中芯国际。", ("kirin_9000s", "made_by", "smic")),
    ("a later period's launch", "英伟达计划明年推出Rubin芯片,后年推出Feynman芯片。", ("feynman", "made_by", "nvidia")),
    ("glued after a list", "李强在上海与日本首相石破茂举行会谈。", ("ishiba", "works_for", "japan")),
    ("glued after a list", "壁仞科技与摩尔线程、华为昇腾争夺政企订单。", ("ascend", "made_by", "huawei")),
    ("unit of a list", "阿里巴巴旗下的平头哥和达摩院都在研发芯片。", ("damo_academy", "part_of", "alibaba")),
    ("unit before its partner", "阿里巴巴旗下的阿里云与英伟达签署了合作协议。", ("alibaba_cloud", "part_of", "alibaba")),
    ("a fab by its name", "中芯国际表示,中芯南方的产能将扩大。", ("smic_south", "part_of", "smic")),
]


@pytest.mark.parametrize("text, person, country", [
    ("瑞典外贸与国际发展合作大臣福斯梅德表示,将审查出口许可。", "福斯梅德", "sweden"),
    ("英国科学、创新和技术大臣彼得·凯尔周二表示,政府将审查这笔收购。", "彼得·凯尔", "uk"),
    ("英国外交事务大臣戴维·拉米表示,将与盟友协调。", "戴维·拉米", "uk"),
])
def test_a_portfolio_whose_fields_are_joined_names_the_ministers_country(pipeline, text, person, country):
    result = pipeline.process_text("t.txt", text)
    ids = {m.entity_id for m in result.mentions if m.text == person}
    served = {(r.head, r.tail) for r in result.relations if r.type == "works_for"}
    assert ids and {(i, country) for i in ids} & served, served


@pytest.mark.parametrize("construction, text, expected", EXHAUSTIVE_READS)
def test_exhaustive_constructions(pipeline, construction, text, expected):
    reads(pipeline, text, expected)


EXHAUSTIVE_NEVER = [  # (construction, sentence where it must not fire, relation type, head, tail)
    ("controlling shareholder", "长江存储表示,公司目前无控股股东,大基金为第一大股东。", "part_of", "ymtc", None),
    ("outlet in brackets", "(美国之音中文网)参议员沃伦周三批评商务部放行H20对华出口。", "works_for", None, "voa"),
    # what an outlet learned is its report: the outlet is no subject the clauses after it carry
    ("outlet's report", "新浪科技获悉,寒武纪已完成定增,目前由陈天石担任董事长。", "works_for", "chen_tianshi", "sina"),
    # a list of units with their owners: a later owner is no unit of the earlier, an earlier unit no owner
    ("owners alternate", "阿里巴巴旗下的平头哥、百度旗下的昆仑芯和华为旗下的海思都在扩产。", "part_of", "baidu", "alibaba"),
    ("owners alternate", "阿里巴巴旗下的平头哥、百度旗下的昆仑芯和华为旗下的海思都在扩产。", "part_of", "huawei", "baidu"),
    ("owners alternate", "华为旗下的海思、英伟达的子公司迈络思同台亮相。", "part_of", "mellanox", "hisilicon"),
    ("owners alternate", "华为旗下的海思、英伟达的子公司迈络思同台亮相。", "part_of", "mellanox", "huawei"),
    ("owners alternate", "华为旗下的海思、英伟达旗下的网络设备公司迈络思同台亮相。", "part_of", "nvidia", "huawei"),
    # 为 before a verb that is no making (带来, 贡献) is "for": the product brings its foundry orders
    ("copula", "B200为台积电带来了大量订单,苹果设计的A18也在其列。", "made_by", "b200", "tsmc"),
    # control taken of something else named before the company's (订单, 对…的控制权 by another verb)
    ("control taken", "分析师认为,北方华创取得的订单将助其巩固对中微公司的控制权。", "part_of", "amec", "naura"),
    ("unit", "百度旗下业务众多,昆仑芯只是其一。", "part_of", "kunlunxin", None),  # a guard: no name after the word
    # a chip's anaphor stands for no product named as a device
    ("chip anaphor", "华为发布了搭载麒麟9010芯片的Mate 70手机。拆解发现,该芯片由中芯国际代工。", "made_by", "mate_70", "smic"),
    # a relative clause of making names what is made: not a part in a later clause, nor past a document
    ("made, named apart", "集邦咨询发布的报告显示,昇腾910C由中芯国际代工。", "made_by", "ascend_910c", "trendforce"),
    ("made, named apart", "浪潮生产的服务器,每台均配备英伟达H100。", "made_by", "h100", "inspur"),  # a guard
    # a company named by its trade (设计子公司) designs nothing there
    ("trade word", "麒麟9030由华为旗下IC设计子公司海思设计,性能较麒麟9020提升两成。", "made_by", "kirin_9020", "huawei"),
    # an owner glued to the word of its unit is the one owner, not the list it ends
    ("owner glued, a list before", "腾讯、百度和阿里巴巴旗下平头哥均在采购名单上。", "part_of", "pingtouge", "tencent"),
    ("owner glued, a list before", "美光、英特尔和英伟达子公司迈络思均在会上发言。", "part_of", "mellanox", "intel"),
    # whom a title's holder is with (与, 跟) holds no title of theirs
    ("title, then with", "法国总统马克龙与特朗普在巴黎会晤。", "works_for", "trump", "france"),
    ("title, then with", "英伟达首席执行官黄仁勋跟马斯克同台亮相。", "works_for", "musk", "nvidia"),
    ("title, then with", "荷兰外贸大臣范李文与特朗普通话。", "works_for", "trump", "netherlands"),
    # where know-how or a team comes from makes nothing the company launches
    ("origin", "该公司团队脱胎于中科院计算所,已发布思元590芯片。", "made_by", "mlu590", "cas"),
    ("origin", "成立于2016年的这家公司,技术源自清华大学,推出了思元590。", "made_by", "mlu590", "tsinghua"),
    ("origin", "这家初创企业孵化自北京大学,近日发布了GLM新模型。", "made_by", "glm", "pku"),
    # a developers' conference is no development
    ("developers", "在小米开发者大会上,雷军宣布,已开始测试骁龙8的新版本。", "made_by", "snapdragon", "xiaomi"),
    ("developers", "在腾讯开发者大会上,公司宣布,已部署H20算力。", "made_by", "h20", "tencent"),
    # the part a launched product is built with is not launched, when it is another maker's
    ("built with a part", "小米发布了搭载骁龙8芯片的小米14手机。", "made_by", "snapdragon", "xiaomi"),
    # what a company was formed from, in a clause of its own, launches nothing later
    ("formed from", "成立于2019年的这家公司由阿里巴巴与清华大学的团队合并而成,去年推出了思元590。", "made_by", "mlu590",
     "alibaba"),
    ("formed from", "成立于2019年的这家公司由阿里巴巴与清华大学的团队合并而成,去年推出了思元590。", "made_by", "mlu590",
     "tsinghua"),
    ("announced launch", "英伟达表示,昇腾960将于明年推出。", "made_by", "ascend_960", "nvidia"),  # Huawei's line
    ("announced launch", "苹果称,骁龙8将于下月上市。", "made_by", "snapdragon", "apple"),  # Qualcomm's
    # a later clause opened by another agent: the product is its object, not the first verb's
    ("later agent's object", "台积电南京厂主要为苹果生产处理器,英伟达则宣布其H20芯片已在该厂量产。", "made_by", "h20", "apple"),
    ("later agent's object", "格芯的工厂为高通制造芯片,AMD随后在展会上展示了MI300X。", "made_by", "mi300x", None),
    ("later agent's object (a guard: it passed before)", "中芯国际为华为代工麒麟9000S,寒武纪同日宣布思元590开始出货。",
     "made_by", "mlu590", "smic"),
    ("roadmap", "小米公布了产品路线图:骁龙新平台机型将于下月发布。", "made_by", "snapdragon", "xiaomi"),
    ("named as", "英伟达推出H20,AMD则开发了一款新芯片,命名为MI308。", "made_by", "mi308", "nvidia"),
    ("its product in what was said (a guard: it passed before)", "黄仁勋表示,由于华为的竞争,其H20芯片销量下滑。", "made_by",
     "h20", "huawei"),
    ("counted under its maker (a guard: it passed before)", "腾讯旗下数据中心的主要芯片为H20。", "made_by", "h20", "tencent"),
    ("stacked joiners (a guard: the joiners did not stack before)", "美国商务部将华为及其子公司海思、以及中芯国际列入实体清单。",
     "part_of", "smic", "huawei"),
    ("its product, next sentence (a guard: it passed before)", "腾讯去年采购量大增。其主要供应商的产品思元590已进入量产。",
     "made_by", "mlu590", "tencent"),
    ("process next", "英伟达推出H20后不久,中芯国际开始采用阿斯麦的设备改进7纳米工艺。", "made_by", "h20", "asml"),
    ("bought", "三星收购了英特尔的存储业务。", "part_of", "intel", "samsung"),
    ("a maker's line", "英伟达表示,中国客户的产品为H20。", "made_by", "h20", None),
    ("makers in turn", "昇腾910C由华为研发,小米推出的新手机也采用了它。", "made_by", "ascend_910c", "xiaomi"),
    ("partner after 与", "阿里巴巴旗下的阿里云与英伟达签署了合作协议。", "part_of", "nvidia", "alibaba"),
    ("partner after 与", "软银旗下的Arm和英伟达展开谈判。", "part_of", "nvidia", "softbank"),
    ("kinds in a list", "华为发布了昇腾910B芯片和小米的手机。", "made_by", None, "xiaomi"),
    ("another's product", "英伟达推出了H20和AMD的MI308。", "made_by", "mi308", "nvidia"),
    ("another's product", "寒武纪发布了思元590和华为的昇腾910C。", "made_by", "ascend_910c", "cambricon"),
    ("whose it is", "英伟达获得了腾讯的H20订单。", "made_by", "h20", "tencent"),
    ("whose it is", "字节跳动的H20库存已经见底。", "made_by", "h20", "bytedance"),
    ("country's office", "多年关注越南劳工议题的参议员马克·布朗表示,将提出法案。", "works_for", None, "vietnam"),
    ("country's office", "美国国务院主管南亚与中亚事务的助理国务卿保罗·卡普出席了会议。", "works_for", None, "central_asia"),
    ("country's office", "兼任朝鲜事务特别协调员的副国务卿彼得·格林出席了会议。", "works_for", None, "north_korea"),
    ("country's office", "众议院外交事务委员会印太小组主席、加州联邦众议员金映玉出席了会议。", "works_for", None,
     "indo_pacific"),
    ("appointment", "英伟达任命苏姿丰的前同事为首席执行官。", "works_for", "lisa_su", None),
    ("parent company", "安世半导体的母公司和英伟达都发布了财报。", "part_of", None, None),
    ("parent company", "Arm的母公司是一家日本企业,与英伟达无关。", "part_of", None, None),
    # a ministry owns no company: 其 is whom it acted on, in the clause before
    ("parent company, its", "美国商务部对迈络思实施制裁,并限制其母公司英伟达的出口。", "part_of", "us_commerce", None),
    ("parent company, its", "工业与安全局对海思展开调查,同时限制其母公司华为的采购。", "part_of", "bis", None),
    ("acquired, after the deal", "英伟达在收购Arm失败后转向自研处理器。", "part_of", None, None),
    ("acquired at a time told", "Arm将于明年被软银集团收购。", "part_of", "arm", "softbank"),  # a deal still to come
    ("acquired later", "Arm将在上市后被软银集团收购更多股份。", "part_of", "arm", "softbank"),  # a stake, still to come
    ("acquired later", "赛灵思之后被AMD收购的传闻一度推高股价。", "part_of", "xilinx", "amd"),  # a rumour of a deal
    ("acquired in a year told", "赛灵思明年被AMD收购的可能性不大。", "part_of", "xilinx", "amd"),  # no year told
    ("maker, a rival named", "壁仞科技推出对标英伟达H100的新一代GPU。", "made_by", "h100", "biren"),
    ("maker, a carried subject", "寒武纪推出了新芯片,与英伟达H20竞争。", "made_by", "h20", "cambricon"),
    ("a trade after a company's name", "超微发布了MI350芯片,超微电脑随后推出了新款服务器。", "part_of", "supermicro", "amd"),
    ("company named again as 公司", "美国商务部发布新规。公司总裁黄仁勋表示支持。", "works_for", None, "us_commerce"),
    ("agent of a later name", "华为发布的Mate 60手机搭载了由中芯国际代工的麒麟9000S芯片。", "made_by", "mate_60", "smic"),
    ("made to order", "联发科为小米量身定制了天玑芯片。", "made_by", "dimensity", "xiaomi"),  # whom it is for makes none
    ("agent of a later name", "Mate 70配备了由中芯国际代工的麒麟9020处理器。", "made_by", "mate_70", "smic"),
    # an agent's clause closed by 的 describes the noun after it, not the product before 由
    ("agent of a later name", "字节跳动采购了大量H20;此外,由海光和寒武纪开发的AI芯片也已上线。", "made_by", "h20", "hygon"),
    ("agent of a later name", "H20芯片销量下滑,由海光开发的处理器则供不应求。", "made_by", "h20", "hygon"),
    ("agent of a later name", "腾讯测试了H20以及由寒武纪开发的加速卡。", "made_by", "h20", "cambricon"),
    ("the product counted, with no name", "壁仞科技推出一款推理芯片,性能对标英伟达A100。该芯片由台积电代工。",
     "made_by", "a100", "tsmc"),
    ("the product counted, with no name", "一家初创公司开发出一种新的训练芯片,据称与H200相当。这款芯片由中芯国际生产。",
     "made_by", "h200", "smic"),
    ("company named again as 公司, after a description that 的 closes",
     "被外界视为国产GPU标杆的摩尔线程周五在上海证券交易所挂牌。公司董事长张建中致辞。", "works_for", "zhang_jianzhong", "sse"),
    ("maker, its", "阿里巴巴是英伟达的大客户,其H20采购量巨大。", "made_by", "h20", "alibaba"),
    ("maker, a carried subject", "摩尔线程发布了新显卡,与英伟达H20和AMD MI308竞争。", "made_by", None, "moore_threads"),
    ("maker, a rival named", "寒武纪发布了可替代H20的训练芯片。", "made_by", "h20", None),
    ("maker, a host", "麒麟9010由中芯国际代工生产,将搭载于华为Mate 70手机。", "made_by", "mate_70", "smic"),
    ("founded by", "该研究由英伟达资助、由余承东领导。", "works_for", "yu_chengdong", "nvidia"),
    ("tenure, an owned unit", "黄仁勋加入英伟达的第二年,AMD推出了新产品。", "works_for", "jensen_huang", "amd"),
    ("worked at", "黄仁勋在台积电的工作人员陪同下参观了晶圆厂。", "works_for", "jensen_huang", "tsmc"),
    ("foundry, its customer", "三星为高通代工骁龙芯片,还为英伟达生产RTX 5090显卡。", "made_by", "rtx_5090", "qualcomm"),
    ("made at a plant", "昇腾910B在寒武纪推出思元590后降价。", "made_by", "ascend_910b", "cambricon"),
    ("a later clause with its own subject", "英伟达推出了H20芯片,华为则发布了昇腾910C芯片。", "made_by", "ascend_910c",
     "nvidia"),
    ("controlled", "华为成为寒武纪最大的股东。", "part_of", None, None),
    ("foundry, its customer", "中芯国际为华为代工麒麟9000S,也为寒武纪生产思元590。", "made_by", "mlu590", "huawei"),
    ("maker, a company's trade", "SK海力士表示,已与美国芯片设计公司英伟达签署合同,将向其供应内存,用于英伟达新一代B300加速器。",
     "made_by", "b300", "sk_hynix"),
    ("maker, a company's trade", "美光与美国芯片设计公司AMD达成协议,其内存将用于AMD最新MI355X加速器。", "made_by", "mi355x",
     "micron"),
    ("acquisition: a stake", "英伟达收购了Arm 5%的股份。", "part_of", None, None),
    ("portfolio: the person in charge", "美国商务部负责人与英伟达的首席执行官黄仁勋会面。", "works_for", "jensen_huang",
     "us_commerce"),
    ("glued: a headline's list", "华为中芯列入出口管制实体名单。", "part_of", "smic", "huawei"),
    ("acquisition: a plan", "英伟达拟收购迈络思。", "part_of", None, None),
    ("acquisition: given up", "英伟达放弃收购Arm。", "part_of", None, None),
    ("subsidiary: the owner is the name before 的", "华为起诉英伟达的子公司迈络思。", "part_of", None, "huawei"),
    ("product modifier: a buyer's product", "华为采购的H20芯片已经到货。", "made_by", None, None),
    ("a company's generic noun: a place's companies", "中国公司的H20订单增加。", "made_by", None, None),
    ("an envoy: an official is no office", "美国驻华大使馆官员杨明表示。", "works_for", None, None),
    ("an envoy serves the country that sends them", "英国驻法国大使詹姆斯·卡特周三会见官员。", "works_for", None, "france"),
    ("an envoy serves the country that sends them", "美国常驻联合国代表、驻日本大使琳达·格林表示。", "works_for", None, "japan"),
    ("an envoy serves the country that sends them", "美国驻北约大使琳达·格林表示。", "works_for", None, "nato"),
    ("its: the buyer's, not the seller's", "阿里巴巴采购英伟达芯片,其通义千问模型训练需要大量算力。", "made_by", None,
     "nvidia"),
    ("its: 其中 is no its", "台积电表示,其中H20芯片占比不高。", "made_by", None, "tsmc"),
    ("a verb across a comma is not an object's act", "摩尔线程对标英伟达,推出MTT S80显卡。", "made_by", None, "nvidia"),
    ("a verb across a comma is not an object's act", "AMD超越英特尔,推出MI350芯片。", "made_by", None, "intel"),
    ("the members of a line launched: a rival is no member", "英伟达推出新一代芯片,包括AMD在内的对手纷纷跟进。", "made_by",
     None, "nvidia"),
    ("a maker's output: a speaker is no maker", "腾讯称H20芯片产量不足。", "made_by", None, "tencent"),
    ("titles listed with 、: the employer is the name nearest", "华为、小米高管李明表示。", "works_for", None, "huawei"),
    ("titles listed with 、: a partner is no unit", "英伟达与合作伙伴CEO李明会面。", "works_for", None, "nvidia"),
    ("officers listed: another employer's", "英伟达CEO黄仁勋、台积电董事长魏哲家出席。", "works_for", "wei_zhejia", "nvidia"),
    ("a foundry's process: an architecture is no process", "寒武纪思元590采用英伟达CUDA兼容架构。", "made_by", "mlu590",
     "nvidia"),
    # a name glued to the head is its one tail, not the list it ends
    ("glued maker: a list ends in it", "壁仞科技与摩尔线程、华为昇腾争夺政企订单。", "made_by", "ascend", "moore_threads"),
    ("maker, a rival compared in a later clause", "摩尔线程发布了新一代训练芯片,性能接近A100。", "made_by", "a100",
     "moore_threads"),
    ("maker, a rival compared in its clause", "壁仞推出的新芯片算力超过英伟达A100。", "made_by", "a100", "biren"),
    ("maker, a rival named in a later clause", "燧原科技发布新一代训练芯片,性能比肩英伟达H100。", "made_by", "h100",
     "enflame"),
    ("foundry named: a part's supplier", "三星成为英伟达H20芯片的内存供应商。", "made_by", "h20", "samsung"),
    ("foundry named in the next clause: another's", "英伟达发布了H20芯片,AMD的代工厂为台积电。", "made_by", "h20", "tsmc"),
    ("acquisition: a step on the way", "AMD对赛灵思的收购预计下月完成审批。", "part_of", "xilinx", "amd"),
    ("its product after an announcement: what it bought", "阿里巴巴宣布,其采购的H20芯片已全部到货。", "made_by", "h20",
     "alibaba"),
    ("glued maker: a list ends in it", "腾讯同时采购了寒武纪和华为的昇腾910B。", "made_by", "ascend_910b", "cambricon"),
    ("glued maker: a rival's flagship", "华为对标英伟达旗舰产品H100推出了新一代芯片。", "made_by", "h100", "huawei"),
    ("said to be the maker's", "昇腾910B是英伟达芯片的国产替代品。", "made_by", "ascend_910b", "nvidia"),
    ("glued title: a list ends in it", "李强在上海与日本首相石破茂举行会谈。", "works_for", "ishiba", "shanghai"),
]


@pytest.mark.parametrize("construction, text, relation_type, head, tail", EXHAUSTIVE_NEVER)
def test_exhaustive_constructions_do_not_overreach(pipeline, construction, text, relation_type, head, tail):
    never(pipeline, text, relation_type, head, tail)


def test_a_unit_and_titles_listed_before_a_new_name(pipeline):
    # 全球副总裁、中国区董事长: posts in the company's regions, the name not in the dictionary
    result = pipeline.process_text("t.txt", "高通全球副总裁、中国区董事长孟樸出席论坛。")
    person = next(m.entity_id for m in result.mentions if m.text == "孟樸")
    assert (person, "works_for", "qualcomm") in {(r.head, r.type, r.tail) for r in result.relations}


def test_an_envoy_serves_the_country_that_sends_them(pipeline):
    # The country after 驻 is where the envoy serves, never the employer a title names.
    assert named_triples(pipeline, "英国驻法国大使詹姆斯·卡特周三会见官员。") == {("詹姆斯·卡特", "works_for", "英国")}
    assert ("詹姆斯·卡特", "works_for", "法国") in named_triples(pipeline, "法国大使詹姆斯·卡特周三会见官员。")


def test_a_failed_acquisition_is_negated(pipeline):
    assert ("arm", "part_of", "nvidia", None, "negative", "asserted") in relations(pipeline, "英伟达未能完成对Arm的收购。")


def test_offices_of_japanese_korean_and_taiwanese_usage(pipeline):
    reads(pipeline, "软银集团社长孙正义表示。", ("masayoshi_son", "works_for", "softbank"))
    assert ("朴明", "works_for", "三星电子") in named_triples(pipeline, "三星电子副社长朴明表示。")
    assert ("赖明", "works_for", "国民党") in named_triples(pipeline, "国民党立委赖明表示。")
    # A tenure before the name, as its modifier; the name must follow 的 at once.
    reads(pipeline, "曾任台积电董事长的刘德音表示。", ("mark_liu", "works_for", "tsmc"))
    never(pipeline, "现任华为董事长的助理徐直军表示。", "works_for")


def test_a_notice_received_is_no_licence_obtained(pipeline):
    # 接获 (received) holds the 获 of 获得 (obtained): the literal never matches inside it.
    never(pipeline, "台积电已接获美国政府通知,其授权将于年底撤销。", "permits")
    reads(pipeline, "三星获美国授权。", ("usa", "permits", "samsung"))


# ── key facts: objects, members, agents in charge, and who the actor is ─────
# Sentences written for these tests; each construction reads two shapes and
# has a sentence where it must not fire.



@pytest.mark.parametrize("text, relation_type, head, tail, why", [
    ("日本扩大对荷兰光刻机巨头ASML的出口管制。", "restricts", "japan", "netherlands",
     "a country describing the company is not what is restricted"),
    ("中国国家市场监督管理总局对高通收购恩智浦的交易涉嫌未依法申报立案调查。", "investigates", None, "nxp",
     "the company bought is not the suspect"),
    ("美国说服日本、荷兰等盟友限制对华出口,其中包括荷兰生产的光刻机。", "restricts", None, "netherlands",
     "a list names no relation among its members"),
    ("美国取消了多场会议,包括与华为的会谈。", "restricts", None, None, "a cancelled meeting is no revoked permission"),
    ("中国人工智能芯片设计商寒武纪正大幅扩产,以填补英伟达退出后的空缺。这家公司主要依赖中芯国际的7纳米制程。",
     "supplies", None, "nvidia", "the rival named last is not what 这家公司 refers to"),
    ("中国企业正在减少对英伟达的依赖。", "supplies", None, None, "reducing reliance is no purchase"),
    ("美国限制芯片出口后,英伟达向中国出售H20。", "restricts", None, "h20", "a sale in the next clause is not barred"),
    ("黄仁勋呼吁美国政府放宽对英伟达的限制。", "opposes", None, "nvidia", "urging to ease lobbies for the company"),
    ("美国半导体行业协会呼吁政府取消对英伟达的出口管制。", "supplies", None, None, "出口 of 出口管制 is no sale"),
    ("英伟达表示,美国对该公司实施限制的原因是“担心向中国出售芯片”。", "restricts", None, "china",
     "what a quote says is not the verb's object"),
    ("如果中方同意「对中芯国际进行全面审计」,美国将放行。", "permits", "china", "smic", "agreeing to an audit of a company"),
    ("日本经济产业省表示,中国对美国的管制表示不满。", "opposes", "meti", None, "an agency speaks for its own country only"),
    ("负责英特尔芯片设计的是美国工程师。", "investigates", None, None, "no investigation, no agency"),
    ("华为表示,涉及英伟达的问题仍需讨论。", "investigates", None, None, "涉及 lists no members without a measure"),
    ("众议员穆勒纳尔致信商务部,要求调查长鑫存储。", "opposes", "cn_commerce", None, "the addressee of a letter"),
    ("众议员穆勒纳尔致函商务部长卢特尼克,要求将长江存储列入实体清单。", "opposes", "lutnick", None,
     "nor the addressee's titled person"),
    ("台积电获得苹果投资后,订单大增。", "supplies", None, None, "an investment is no order"),
    ("特斯拉取消了对三星的部分订单。", "supplies", "samsung", "tesla", "a cancelled order"),
    ("美国商务部向英伟达开出了罚单。", "permits", None, None, "a fine is no licence"),
    ("英伟达向美国商务部提交了许可证申请。", "permits", None, None, "applying for a licence is not getting one"),
    ("美国商务部拒绝向中兴通讯颁发出口许可证。", "permits", None, None, "a refused licence permits nothing"),
    ("华为被视为美国打压的主要对象。", "competes_with", None, None, "a target is no rival"),
    ("寒武纪、摩尔线程和华为与英伟达争夺市场。", "competes_with", "cambricon", "huawei",
     "the 与 of the template joins the two slots, not the members of one"),
    ("英伟达成为全球最大的AI芯片供应商。", "supplies", None, None, "a supplier of no one named"),
    ("美国禁止中国人工智能初创公司深度求索购买美国技术。", "restricts", "usa", "china", "China only describes DeepSeek"),
    ("拜登(Joe Biden)政府将出口至中国的英伟达(Nvidia)H20芯片列入管制。", "restricts", None, "china",
     "the modifiers' names are no tail"),
    ("中国禁止企业华为采购美国芯片。", "restricts", "huawei", None, "a verb after the country: a clause, not a description"),
    ("英特尔向其在中国的晶圆厂供应设备。", "supplies", None, "china", "a company's own plant is no customer"),
    ("台积电向其中国南京工厂运送设备。", "supplies", None, "china", "nor with the plant's city between"),
    ("美国允许三星在中国工厂生产芯片。", "supplies", None, "china", "where the plant is, not a market"),
    ("台积电将晶圆运往新加坡,再转运到中国的华为。", "supplies", None, "singapore", "a transit point is no customer"),
    ("英伟达把芯片卖给新加坡的经销商,再转售给阿里巴巴。", "supplies", None, "singapore", "nor a reseller's country"),
    ("美国商务部在新闻发布会上介绍了出口管制条例。", "issues", None, None, "发布 of 发布会 is no publishing"),
    ("英伟达把中国列入美国以外最重要的市场。", "restricts", None, None, "a list of markets is no measure"),
    ("美国将多家中国实体列入实体清单。", "restricts", None, "china", "a place before 实体 names whose entities"),
    ("美国商务部通知英伟达,公司已向中国出口H20芯片。", "restricts", None, None, "a notice of no licence needed"),
    ("日本经济产业省暂停了对东京电子的调查。", "restricts", None, None, "suspending an investigation restricts no one"),
    ("日本加强与美国的出口管制合作。", "restricts", None, "usa", "a partner in a measure is no target"),
    ("美国占英伟达营收的比重已超过中国。", "supplies", None, "china", "a market compared with is none"),
    ("英特尔约七成的收入来自美国以外市场。", "supplies", "intel", "usa", "nor is a market set apart before its noun"),
    ("韩国通商交涉本部长李明浩表示,谈判仍在继续。", "opposes", None, None,
     "a trade office's name (a dictionary entry) holds no protest (交涉)"),
    ("美国商务部要求荷兰停止为中芯国际提供设备维修。", "opposes", "us_commerce", "netherlands",
     "a service stopped for a company is no measure eased: the demand is no stance on the addressee"),
    ("议员们呼吁韩国停止给长鑫存储供应设备。", "opposes", None, "south_korea", "nor goods stopped after 给 (a guard: it passed before)"),
    ("日本在出口管制方面与美国保持一致。", "restricts", None, "usa", "nor is one the measure falls in line with"),
    ("韩国将在芯片管制上同美国及荷兰协调,并跟欧盟看齐。", "restricts", None, None, "nor a list of them, nor after 跟"),
    ("字节跳动采购AI芯片H20。", "made_by", None, "bytedance", "a buyer before the product's kind makes nothing"),
    ("(路透社伦敦20日电)英国政府宣布限制向俄罗斯出口芯片。", "supplies", "reuters", None,
     "the agency of a dateline sells nothing"),
    ("新华社伦敦20日电(记者钱七)英国政府宣布限制向俄罗斯出口芯片。", "supplies", "xinhua", None,
     "nor does the agency of a dateline with a byline"),
    ("15:32 【美国商务部:限制芯片出口】财联社3月2日电,美国商务部宣布限制向俄罗斯出口芯片。", "restricts", None, "cls",
     "nor is the agency of a flash item's dateline after the item's time and headline a target"),
    ("参议员伊丽莎白·沃伦批评这项许可,认为它将帮助中国军方。", "opposes", None, "china",
     "a name in what a clause opened by a verb of thinking says is no object of the verb before it"),
    ("英伟达驳斥了相关指控,并称美国政府从未要求其安装后门。", "opposes", None, "usa", "the same after 并称"),
    ("三星将配合美国司法部对英伟达的调查。", "investigates", None, "samsung",
     "who cooperates with another's investigation is not investigated"),
    ("毛宁表示,中方将坚决维护自身权益,决不违背承诺。", "opposes", None, None, "a pledge to keep a promise condemns no one"),
    ("美国把长鑫存储列入清单。长鑫存储是一家存储企业。对于美方的打压,商务部发言人表示,中方对此坚决反对。", "opposes", None,
     "cxmt", "对此 after a fronted matter is that matter, not the sentence before's company"),
    ("日本经济产业省规定,东京电子出口设备必须获得经产省的许可。", "permits", None, None, "a licence required is none granted"),
    ("三星表示,公司正与客户洽谈,包括苹果在内的厂商已下单。", "supplies", "samsung", "apple",
     "customers talked to are not the list after the clause"),
    ("华为被美国禁止采购美国芯片。", "supplies", None, "usa", "a ban undergone names no buyer"),
    ("华为等企业被美国禁止采购美国芯片。", "supplies", None, "huawei", "a list barred from buying bought nothing"),
    ("美国商务部通知英伟达,H20对华出口无需另行申请许可证。", "restricts", "us_commerce", "h20",
     "no duty (无需) is no licence required"),
    ("共和党参议员科顿公开反对恢复H20对华销售。", "supplies", "us_republican_party", "china",
     "who opposes a sale sells nothing"),
    ("美国半导体行业协会支持向中国出售成熟制程芯片。", "supplies", None, "china", "nor who supports it"),
    ("这几家公司此前与台湾地区开展军工合作,并对中国发起制裁。", "restricts", "taiwan", "china",
     "an unnamed subject's partner acts in no clause of its"),
    ("这几家公司与台湾地区开展军工合作、对中国实施制裁。", "restricts", "taiwan", "china",
     "an unnamed subject's partner acts in no item of its"),
    ("美国在中国进口芯片中占比不足一成。", "supplies", None, "usa", "a share of imports names no seller's figures"),
    ("三星、SK海力士等企业的美国工厂进展缓慢。", "supplies", None, "usa", "a list's plants in a country sell it nothing"),
    ("在国产替代的浪潮下,长鑫存储与华为的组合正蚕食美光的份额。", "competes_with", "cxmt", "huawei",
     "two named together as one party are no rivals of each other"),
    ("TechInsights拆解一块昇腾910B芯片时发现,部分晶粒出自台积电,进一步追查后发现是透过算能科技下单。", "supplies",
     "sophgo", "techinsights",
     "what was found names no purchase by the finder"),
    ("美国扩大对华出口管制,但对日本与荷兰等已自行实施同类管制的盟国豁免适用新规。", "restricts", "usa", "japan",
     "a relative clause on a list's parties tells their own act"),
    ("两名前员工涉嫌将美光的存储芯片制程资料提供给长鑫存储。", "supplies", "micron", "cxmt",
     "whose goods are disposed of (将…提供给) does not sell them"),
    ("据统计,去年阿里巴巴采购了约十万颗英伟达芯片,采购量与百度相当。", "supplies", "baidu", "alibaba",
     "how much was bought (采购量) buys nothing from whom it is compared with"),
    ("阿里巴巴今年的采购量超过腾讯。", "competes_with", "alibaba", "tencent", "nor does a purchase volume overtake a rival"),
    ("中方对此坚决反对,英伟达将继续向中国供货。", "opposes", "china", "nvidia",
     "a stance then a clause with no measure named: no target there"),
    ("美国商务部宣布将三星从经验证最终用户名单中移除。", "permits", "us_commerce", "samsung",
     "off a list that grants is no permission"),
    ("美国商务部提醒,使用英伟达芯片的企业须遵守美国出口管制。", "restricts", "us_commerce", "nvidia",
     "a rule to keep is no warning that using the goods breaks it"),
    ("荷兰经济大臣援引新法,对中资控股的芯片企业安世半导体采取干预措施,引发中方反制。", "opposes", "china", "nexperia",
     "a stance provoked is on the measure's maker, not its target after modifiers"),
    ("德国经济部长援引新法,对这家美资控股的企业英特尔实施审查,引发美方强烈不满。", "opposes", "usa", "intel",
     "nor read as a matter fronted before it"),
    ("美国给中资控股的芯片企业安世半导体施压,引发中方强烈不满。", "opposes", "china", "nexperia",
     "nor after 给, an object marker of words.object"),
    ("荷兰政府收紧了出口管制,阿斯麦随后停止向中国交付光刻机,并暂停为中芯国际提供维护服务。", "restricts", "netherlands",
     "smic", "a later clause with no subject goes on with the last one that named its own, not the sentence's"),
    ("商务部新闻发言人表示,美方的做法违背市场规律。中方对此坚决反对。", "opposes", "china", "cn_commerce",
     "a country takes no stance on its own body, whatever 对此 falls back to"),
    ("荷兰政府宣布暂停对安世半导体实施的干预措施。", "restricts", "netherlands", "nexperia",
     "a suspended measure taken on a company (实施的干预措施, 下达的部长令) restricts it no more"),
    ("美国政府上月放宽了对华芯片出口,他随即写信批评荷兰的做法。", "opposes", "usa", None,
     "a clause a person opens unnamed (他) is no act of the government before it"),
    ("美国商务部宣布放宽限制,他们批评荷兰的做法。", "opposes", "us_commerce", None, "nor one opened by 他们"),
    ("2024年6月台北电脑展期间,他向记者表示,美国的芯片出口管制已经失败。", "opposes", "taipei", None,
     "a place that names an event (电脑展, 论坛) is where, not who"),
    ("首尔峰会结束后,对方批评了日本的出口管制。", "opposes", "seoul", None, "the same after 峰会"),
    ("美国东部时间周三上午,工业与安全局发布新规,将中科曙光等多家企业列入实体清单。", "restricts", "usa", "sugon",
     "a place's clock dates the act: no actor, nor the subject carried into the next clause"),
    ("外交部发言人林剑周一对记者的提问回应说:“中方欢迎正常的学术交流,同时坚决反对借交流之名窃取技术。”", "opposes",
     "lin_jian", "china", "an official the dictionary gives a ministry's post takes no stance against its country"),
    ("三星电子将其苏州的封装厂房出售给安靠。", "supplies", "samsung", "amkor", "a plant sold is no goods supplied"),
    ("英特尔将其NAND业务出售给SK海力士。", "supplies", "intel", "sk_hynix", "nor is a business"),
    ("外交部发言人林剑称,由几家西方智库指责中国,这很讽刺。", "opposes", "lin_jian", "china",
     "what was said names its own agent after 由: the speaker accuses no one"),
    ("白宫与北京会谈后,华盛顿发表声明表示,双方同意限制非法移民进入美国。", "restricts", "washington", None,
     "a speaker named after the sentence opens may report what others agreed"),
    ("英伟达表示,将出售其持有的Arm股份。", "restricts", None, None, "a stake sold by choice is no order"),
    ("阿里巴巴表示,将采购更多国产GPU以减少对英伟达的依赖。", "supplies", "nvidia", None,
     "who a buyer relies on less is no seller of what it buys"),
    ("韩国产业通商资源部正在调查三星电子是否违反规定,向被美国列入实体清单的中国企业出口设备。", "restricts", "usa",
     "samsung", "a passive after a preposition is a relative clause on a later noun"),
    ("市场监管总局以附加限制性条件的方式批准了博通收购VMware。", "restricts", None, None,
     "an approval's conditions restrict no one"),
    ("韩国产业通商资源部表示,新指南在实施后将补充《半导体特别法》的内容。", "issues", "motie", None,
     "a verb in a 在…后 phrase says when; the law after it is none of its"),
    ("欧盟委员会称,该准则在正式发布时将细化《人工智能法》的要求。", "issues", None, "eu_ai_act",
     "nor after an adverb in 在…时"),
    ("欧盟委员会因英特尔向戴尔提供回扣而对其处以罚款。", "investigates", None, "dell",
     "a name inside the reason 而 closes is not the act's object"),
    ("苹果是台积电最大的客户,其供应商包括三星。", "supplies", "apple", None,
     "a customer is no supplier because a later clause names suppliers"),
    ("韩国产业通商资源部表示,三星电子需求旺盛,需要获得更多订单。", "restricts", None, None, "a need for orders is no licence"),
    ("印尼外长表示,愿同日本一道反对贸易保护主义。", "opposes", None, "japan", "a partner against protectionism is condemned of none"),
    ("马来西亚外长表示,愿同欧盟共同抵制单边霸凌行径。", "opposes", None, "eu", "nor one against bullying"),
    ("中方表示,愿与欧方共同反对滥用出口管制。", "opposes", None, "eu", "nor one against abused controls"),
    ("美国商务部将长江存储列入实体清单,并从未经验证清单中删除了两家企业。", "permits", None, "ymtc",
     "a name listed is not the one taken off another list"),
    ("三星电子:公司在美国的业务已经失败", "opposes", None, None, "a failure of no measure"),
    ("美国商务部暂停向AMD发放出口许可证。", "permits", None, None, "a licence suspended is none granted"),
    ("英伟达将H20移出其产品清单。", "permits", None, None, "a company's own list lifts no measure"),
    ("美国最大的盟友是日本,英伟达的总部在美国。", "supplies", None, None, "an ally is no customer"),
    ("中国是英伟达第一个设立研发中心的海外国家。", "supplies", None, None, "a ranked place that is no market"),
    ("美国商务部就此发表声明,英伟达表示支持。", "investigates", None, None, "就 without a matter's word"),
    ("欧盟委员会就微软的回应表示满意,随后展开调查。", "investigates", None, "microsoft",
     "就 with neither the matter's word nor the verb right after the name"),
    ("中方不接受美方的无端指责。", "opposes", "china", None, "accepting is undergoing an investigation only"),
    ("台積電釋出善意,願意配合調查。", "made_by", None, None, "釋出 with no product releases none"),
    ("中国半导体行业协会建议企业谨慎采购,并加强与美国企业的合作。", "opposes", None, "usa",
     "advice that ends its clause has no object in the next"),
    ("英伟达与微软签订了合作合同。", "supplies", None, None, "a contract signed with a partner, no order"),
    ("英伟达的主要竞争对手包括AMD和英特尔。", "supplies", None, None, "rivals listed are no customers"),
    ("美国拒绝透露英伟达是否获得许可。", "restricts", None, "nvidia", "a refusal to say is no refused application"),
    ("美国商务部向英伟达发出警告。", "permits", None, None, "a warning sent is no licence"),
    ("美国商务部宣布,即日起禁止美国公司向华为出售芯片。", "restricts", "us_commerce", "usa",
     "a body's measure is never on its own country: on its companies"),
    ("日本经济产业省允许日本企业向中国出口部分设备。", "permits", "meti", "japan", "nor its permit"),
    ("荷兰政府宣布扩大出口管制。中国外交部发言人毛宁表示,中方对此坚决反对。", "opposes", None, "mao_ning",
     "the spokesman reports the stance"),
    ("委员会主席穆勒纳尔表示,DeepSeek对美国国家安全构成严重威胁。", "opposes", "moolenaar", "usa",
     "the threatened after 对 is no target"),
    ("毛宁表示,美方对中国企业的无理打压严重违反市场经济原则。", "opposes", "mao_ning", "china", "nor the oppressed"),
    ("字节跳动表示,美国的禁令措施将影响其短视频业务。", "opposes", None, None, "短视频 is no 短视"),
    ("市场监管总局发布消息,经初步调查,英特尔违反了《反垄断法》。", "issues", "samr", None,
     "a law broken is not the one published"),
    ("日本宣布扩大出口管制,东京电子的订单将受到影响。中方对此表示强烈不满。", "opposes", "china", "tokyo_electron",
     "what was hit is not what 对此 is about"),
    ("美国商务部表示,中国客户的营收须接受审查。", "supplies", None, "china",
     "a ministry's words on customers' revenue name no seller (a guard: it passed before)"),
    ("美国软件商楷登电子也宣布,将向华为恢复供货。", "permits", "usa", None,
     "a country describing the company that acts is no actor"),
    ("香港保安局表示,新条例针对危害国家安全的行为。", "opposes", None, None, "an offence's name is no harm judged (a guard: 危害 was left out)"),
    ("黄仁勋在接受路透社采访时批评美国的出口管制。", "opposes", "reuters", None, "whom one is interviewed by takes no stance"),
    ("美国商务部长在回复美国之音置评请求时表示,反对放宽对华为的管制。", "opposes", "voa", None,
     "nor whom one answers (a guard: it passed before)"),
    ("韩国宣布新的出口规定。三星电子发言人称,公司将评估影响。中方对此表示不满。", "opposes", "china", "samsung",
     "nor a company that only commented"),
    ("美国限制芯片出口,英伟达表示影响有限。", "restricts", None, "nvidia", "an effect denied names no one hit"),
    ("美国政府正在游说日本和韩国跟进类似措施。", "opposes", "usa", None, "lobbying a country to follow suit opposes no one"),
    ("美国的出口管制遭到英伟达的批评。", "restricts", None, "nvidia", "the agent of what a measure suffers is no object"),
    ("日本的出口限制招致韩国强烈反对。", "restricts", None, "south_korea", "nor who it provokes"),
    ("中方对美国将华为列入实体清单一事表示强烈不满。", "restricts", "china", None,
     "a listing a stance is taken on is not the stance-taker's"),
    ("美国司法部指控两名男子走私英伟达芯片。", "opposes", None, "nvidia", "the crime opens the deed: the goods' maker is no target"),
    ("美国司法部起诉两名中国公民走私英伟达芯片。", "investigates", None, "nvidia", "nor a suspect"),
    ("美国司法部指控两名商人非法向俄罗斯出口英伟达芯片。", "investigates", None, "nvidia",
     "unnamed people charged: the maker inside their crime is not probed"),
    ("美国司法部起诉多名男子经由泰国向中国运送超微电脑的服务器。", "investigates", None, "supermicro",
     "nor the maker of the goods they shipped"),
    ("美国司法部起诉该公司隐瞒向华为出口芯片的事实。", "investigates", None, "huawei",
     "nor the customer of a company charged"),
    ("日本政府对华为设备的采购禁令仍然有效。", "supplies", "huawei", "japan", "a ban on purchases is no purchase"),
    ("三星获得了美国商务部的认证。", "supplies", "samsung", None, "a body's certification is no customer's"),
    ("英伟达通过了台积电的技术认证流程改进方案。", "supplies", "nvidia", "tsmc", "the qualification is no head of its phrase"),
    ("华为的美国供应商被禁止供货。", "supplies", "huawei", "usa", "the suppliers' country is no market"),
    ("参议院银行委员会主席斯科特提出了《芯片安全法案》。", "issues", "senate_banking", None,
     "a committee's chair introduces a bill: the committee enacts nothing"),
    ("美国国务院批评了那些在与伊朗的冲突中拒绝提供基地的盟国。", "opposes", "us_state_dept", "iran",
     "past a demonstrative the stance is on the noun its relative clause ends in"),
    ("澳大利亚议员不顾中方反对执意访问台湾。", "opposes", "china", "taiwan",
     "where the one opposed goes is no target of the stance"),
    ("荷兰政府接管了安世半导体,闻泰科技指责其干预企业经营。", "opposes", "wingtech", "nexperia",
     "其 after a stance whose clause has its own subject is the earlier clause's subject, not its object"),
    ("中方批评其盟友的做法。", "opposes", "china", None, "其盟友 is someone's allies"),
    ("美国商务部将八家实体列入实体清单,其中包括多家为华为提供网络设备的公司。", "restricts", "us_commerce", "huawei",
     "the listed dealers provide for the name inside their relative clause"),
    ("美国财政部制裁了三家帮助伊朗获取无人机零件的公司。", "restricts", None, "iran",
     "nor is the one they helped sanctioned"),
    ("美国司法部起诉了英伟达两名前员工。", "investigates", None, "nvidia", "the company whose people are charged is not"),
    ("美国司法部起诉了一名谷歌软件工程师。", "investigates", None, "google", "nor when they are named by their trade"),
    ("百度的昆仑芯推出了P800,并获得中国移动的订单。", "supplies", "baidu", None, "the owner before the unit and 的 is not the subject"),
    ("美国半导体行业协会呼吁政府放宽对华出口管制。", "opposes", "sia", "china", "urging a measure eased is no stance against its target (a guard: it passed before)"),
    ("穆勒纳尔要求英伟达说明对中国的芯片销售情况,并追查走私。", "opposes", "moolenaar", "china",
     "a measure in a later clause is not on the country a sale names (a guard: it passed before)"),
    ("日本宣布扩大出口管制。东京电子和尼康等企业的订单受到影响。东京电子发言人称,影响有限。中方对此表示不满。", "opposes",
     "china", "nikon", "a company two sentences before a reaction is not what it reacts to, only a government's act"),
    ("美国宣布放宽对华芯片出口。英伟达发言人在声明中表示,公司欢迎这一决定。参议员伊丽莎白·沃伦批评称,这一决定将损害美国的国家安全。",
     "opposes", "elizabeth_warren", "nvidia", "a company that only spoke, by its spokesperson in a statement, made no decision"),
    ("高盛分析师指出,日本设备厂商对中国的出口将放缓。", "supplies", "goldman_sachs", None,
     "what was said opens with its own subject, unnamed: the speaker does not act in it"),
    ("集邦咨询表示,韩国企业向中国出售存储芯片的数量下降。", "supplies", "trendforce", None, "the same, 韩国企业"),
    ("美国商务部长雷蒙多表示,美国坚决反对这种做法。", "opposes", "raimondo", "usa",
     "an executive office holder's stance is never on their own country (a guard: it passed before)"),
    ("英伟达宣布扩产,未来三年内台积电将向其供货。", "supplies", "nvidia", "tsmc",
     "a clause that names its own subject after the time keeps it (a guard: it passed before)"),
    ("韩国政府就美国半导体关税与美方磋商", "restricts", "south_korea", None,
     "a measure talked over with another party is no act of the one who talks"),
    ("日本经济产业省就出口管制新规同韩国进行了谈判。", "restricts", "meti", None, "the same, 同…谈判"),
    ("荷兰政府就光刻机出口限制与中方沟通。", "restricts", "netherlands", None, "the same, 与…沟通"),
    ("台湾检方起诉两名台积电资深工程师涉嫌泄密。", "investigates", None, "tsmc", "or by their rank (a guard: it passed before)"),
    ("今日要闻:1)日本宣布新的出口管制措施 2)韩国对此表示遗憾。", "restricts", "japan", "south_korea",
     "a digest's numbered items are sentences of their own"),
    ("华为和被美国制裁的中兴都受到影响。", "restricts", "usa", "huawei",
     "a passive after a list's joiner is a relative clause on the noun after it"),
    ("叙利亚与被美国列为恐怖组织的哈马斯有联系。", "restricts", "usa", "syria", "nor is what came before the joiner listed"),
    ("美国司法部对三名与美光有关联的人员提起诉讼。", "investigates", None, "micron", "nor one they are linked with"),
    ("美国众议院通过了援助以色列并制裁伊朗的法案。", "restricts", "israel", None, "whom a bill aids sanctions no one"),
    ("美方称,对委内瑞拉的制裁减免只适用于石油行业。", "restricts", "usa", "venezuela",
     "sanctions relief imposes no sanction"),
    ("上海证券交易所暂停审核壁仞科技的上市申请。", "restricts", "shanghai", "biren",
     "an exchange named after its city is no act of the city"),
    ("美国禁止走私英伟达芯片。", "restricts", None, "nvidia", "a ban on smuggling restricts no maker"),
    ("黄仁勋表示,他们将限制英伟达的出口。", "restricts", None, "nvidia", "他们 is no 他: others than the speaker"),
    ("英特尔正面临欧盟委员会的反垄断调查结果。", "investigates", None, None, "facing the findings is no investigation"),
    ("三星的订单来自英伟达的竞争对手。", "supplies", None, "nvidia", "only the customer itself after 来自"),
    ("英伟达超过一半的营收来自美国以外,AMD也是如此。", "supplies", None, "usa", "nor what lies outside a market"),
    ("数据中心业务贡献了英伟达近九成营收。", "supplies", "nvidia", None, "a business is no customer"),
    ("台积电超过两成的营收来自苹果。", "competes_with", None, None, "超过 before a quantity overtakes no one"),
    ("英伟达的市值超过1万亿美元,苹果紧随其后。", "competes_with", None, None, "nor before a figure"),
    ("英伟达与AMD的市值差距进一步扩大。", "competes_with", None, None, "nor a gap between figures"),
    ("报道称,华为的量产进度落后于原定计划。", "competes_with", None, None, "a lag behind a plan names no rival"),
    ("分析师称,H200落后于英伟达最新的Blackwell芯片。", "competes_with", "h200", "nvidia",
     "a maker describing the rival product is no rival"),
    ("中国外交部宣布对斯凯迪奥实施制裁,此前美国批准了对台军售。", "permits", "cn_mfa", None,
     "a later clause with an actor of its own: its approval is America's"),
    ("美国众议院外委会共和党籍主席麦考尔指控拜登政府,未能阻止中芯国际扩张。", "restricts", "us_house", None,
     "the congressman is the subject, not his chamber, and he restricts no one"),
    ("华为不顾美国制裁,推出新款芯片。", "opposes", None, None, "what goes ahead despite a sanction opposes nothing"),
    ("受美国对华为的制裁影响,中芯国际营收下降。", "restricts", None, "smic", "the measure names its target before"),
    ("受美国经济放缓影响,英伟达股价下跌。", "restricts", None, None, "a slowdown is no measure"),
    ("由于美国需求疲软,英伟达下调了营收预期。", "restricts", None, None, "a cause that is no measure"),
    ("美国宣布制裁中国华为。", "restricts", None, "china", "a country glued to a company is its nationality"),
    ("中方对美方向台湾出售武器表示强烈不满。", "opposes", "china", "taiwan",
     "the first marker with an object is the stance's; 向 belongs to the sale inside it"),
    ("美国商务部对英伟达向中国出售H20展开调查。", "investigates", None, "h20", "the same with an investigation"),
    ("中国商务部将美国无人机企业斯凯迪奥列入不可靠实体清单。", "restricts", None, "usa",
     "the country describes the company listed (a foreign name the dictionary lacks)"),
    ("商务部将美国企业远山航空系统公司列入不可靠实体清单。", "restricts", None, "usa",
     "nor a translated name before 公司"),
    ("外交部发言人表示,美方打压华为违反市场经济原则。", "investigates", None, "huawei",
     "a breach told of another name than the one opening what was said"),
    ("英伟达表示,公司从未违反任何出口规定。", "investigates", None, None, "a company speaking of itself is no regulator"),
    ("英伟达接管了迈络思的数据中心业务。", "restricts", None, None, "a company taking over a business is no measure"),
    ("台积电因为美国的要求暂停供货。", "supplies", None, "usa", "the 为 of 因为 is no benefactive"),
    ("英特尔满足了美国政府对芯片出口的审查要求。", "supplies", None, "usa", "a requirement met is no customer's demand"),
    ("美国联邦调查局搜查了一家为中兴通讯采购服务器的公司。", "investigates", None, "zte",
     "the company that bought for it is searched, not the customer named inside the relative clause"),
    ("美国司法部起诉了三名向华为走私芯片的男子。", "investigates", None, "huawei", "the men are charged"),
    ("日本检方对两名涉嫌将H100芯片走私至香港的男子展开调查。", "investigates", None, "h100",
     "the suspects are investigated, though where the goods went is named"),
    ("美国游说盟友采购华为的设备。", "opposes", None, None, "asking another to buy is no stance"),
    ("台积电的市值一度超过了Meta。", "competes_with", None, None, "a figure overtaking another's names no rival"),
    ("美国对华为断供。", "supplies", None, None, "a country's cut-off is a restriction, no supply of its own"),
    ("三星今年的营收超越英特尔。", "competes_with", None, None, "nor a revenue"),
    ("韩国将3家企业从战略物资管制名单中删除,其中包括三星电子。", "restricts", None, "samsung",
     "a list's name holds a trigger (管制名单): taking a company off it restricts no one"),
    ("英伟达表示,美国要求其客户停止采购H20芯片。", "restricts", "usa", "nvidia", "其 before 客户 is a possessive"),
    ("台积电公布了财报。美国商务部对其中的数据表示质疑。", "opposes", None, "tsmc", "其中 (of them) stands for no one"),
    ("美国试图将包括日本、荷兰在内的盟友拉入对华出口管制阵营。", "restricts", "usa", "japan",
     "allies named inside a group that is no group of companies or bodies are not listed"),
    ("日本宣布将韩国重新列入出口白名单。", "restricts", None, None, "a white list grants, it restricts no one"),
    ("来自美国以外的收入占苹果营收的六成。", "supplies", None, "usa", "what lies outside a market is no market"),
    ("苹果来自美国以外的营收下降。", "supplies", None, "usa", "nor after the company"),
    ("美国认为英伟达应获得豁免。", "permits", None, None, "the 为 of 认为 is for no one"),
    ("两名国会议员致函商务部,质疑向中国出售H200芯片的决定。", "opposes", None, "china",
     "a stance on a deal's decision is not on the party inside the deal"),
    ("英伟达批评限制向中国出口H20芯片的新规。", "opposes", None, "china", "nor on a rule about the deal"),
    ("中国商务部决定,对高通公司不得采取歧视性措施。", "restricts", None, "qualcomm",
     "the duty is toward the company named before it, not a stop of dealing with it"),
    ("特朗普周三签署行政令,废除前任政府的《人工智能扩散规则》。", "issues", None, "ai_diffusion_rule",
     "a rule revoked is not issued"),
    ("华为和寒武纪分别发布了昇腾910C和思元590。", "made_by", "mlu590", "huawei", "分别 pairs the lists in order"),
    ("华为和寒武纪分别发布了昇腾910C、思元590和思元690。", "made_by", None, None,
     "lists of different lengths pair no one"),
    ("中国敦促美国,停止对中兴通讯的制裁。", "restricts", "china", None, "the clause is the urged party's"),
    ("美国财政部制裁了向俄罗斯出售无人机零部件的多家企业。", "restricts", None, "russia", "the firms are sanctioned"),
    ("英伟达认为华为芯片的供货能力有限。", "supplies", None, "huawei", "nor the 为 of 认为"),
    ("阿斯麦荷兰总部宣布暂停向中国客户供货。", "restricts", "netherlands", None, "a headquarters' country is no actor"),
    ("英伟达表示,公司在中国的业务已经失败。", "opposes", None, None, "a failure that is no measure's"),
    ("中国外交部表示,美国威胁要加征关税。", "opposes", None, None, "a threat made is no threat named"),
    ("外交部发言人表示,所谓中国威胁论毫无根据。", "opposes", None, "china", "a groundless claim is no measure"),
    ("美国司法部起诉三名男子涉嫌向中国走私英伟达芯片。", "investigates", None, "nvidia",
     "a name inside the deed a suspect is charged with is no object"),
    ("马来西亚警方正调查一宗涉嫌转运AMD芯片的案件。", "investigates", None, "amd", "nor inside a case's deed"),
    ("美国财政部制裁疑似向俄罗斯出售英特尔芯片的多家贸易公司。", "restricts", None, "intel", "nor a sanction's"),
    ("美国财政部制裁涉嫌向伊朗出口无人机零件的企业。", "restricts", None, "iran", "nor the deed's destination"),
    ("美国财政部制裁了向伊朗出售无人机零部件的中国公司。", "restricts", None, "iran",
     "an object inside a relative clause that modifies a later name is not the verb's"),
    ("美国商务部考虑对向中国出售存储芯片的韩国企业实施限制。", "restricts", None, "china", "nor after an object marker"),
    ("日本政府批准了向中国出口光刻胶的多家韩国企业的申请。", "permits", None, "china", "nor for a permit"),
    ("日本经济产业省宣布制裁长江存储,中方对此举表示强烈不满。", "opposes", None, "ymtc",
     "a stance on a move is on its actor, not on what the move's verb governs"),
    ("英伟达就美国的新规向白宫表示感谢。", "opposes", None, None, "thanks are no protest"),
    ("美国商务部新增的就业岗位包括英特尔的工厂。", "restricts", None, None, "what was added is no list's entry"),
    ("中方就长鑫存储遭美国制裁一事表示强烈不满。", "opposes", None, "cxmt",
     "the matter's first name is what another act was done to, not the stance's target"),
    ("中方就长鑫存储遭美国制裁一事表示强烈不满。", "opposes", "usa", None,
     "nor does the passive's agent take the stance: its verb comes before the trigger"),
    ("中方就海光信息被列入实体清单一事表示坚决反对。", "opposes", None, "hygon", "the same with 被"),
    ("中方就美国对华为的打压表示强烈不满。", "opposes", "china", "huawei",
     "a 对 inside the matter after 就 is the matter's, no party addressed"),
    ("外交部就日本对华为的制裁表示坚决反对。", "opposes", "japan", None, "the matter's subject takes no stance on it"),
    ("中方就美国制裁华为一事向美方提出严正交涉。", "opposes", "huawei", None,
     "nor does a name deeper inside the matter, before its word (一事)"),
    ("外交部就荷兰政府接管安世半导体一事向荷方提出抗议。", "opposes", "nexperia", None, "the same"),
    ("中方就华为遭美国制裁表示强烈不满。", "opposes", None, "huawei", "what a measure hit is not its maker"),
    ("欧盟委员会就补贴规则征求意见,英特尔表示将配合调查。", "investigates", None, "intel",
     "a matter's word with no name right after 就"),
    ("荷兰外交部表示,阿斯麦对华出口受限将影响两国关系。", "restricts", "netherlands", None,
     "a limit told by a speaker is not the speaker's"),
    ("英伟达称,中国客户采购H20受到限制。", "restricts", None, None, "a company is no actor of a limit"),
    ("英伟达与美国商务部就许可证问题进行交涉。", "opposes", None, None, "talks between two parties are no protest"),
    ("美国司法部起诉华为。", "opposes", None, None, "a prosecutor's charge is an investigation"),
    ("美国国防部将大疆列入中国军事企业清单。", "restricts", "china", None,
     "a list of a country's military companies is not that country's list"),
    ("美国商务部通知英伟达,其许可证申请已获批准。", "restricts", None, "nvidia", "an application granted is no order"),
    ("华为在美国制裁中国企业后发布声明。", "restricts", None, "huawei", "在 … 下 holds no other clause"),
    ("英伟达在中国的研发中心有数千名员工。", "supplies", None, None, "a research centre earns nothing"),
    ("英伟达表示,苹果在中国的营收下降。", "supplies", "nvidia", None, "the earner is the name nearest the market"),
    ("政府为华为生产芯片提供补贴。", "supplies", None, "huawei", "a subsidy for making is no making for"),
    ("中国商务部对美国的出口管制表示坚决反对。", "restricts", "cn_commerce", None,
     "a measure the marker names, with a stance taken on it: the stance's object, no measure of the speaker's"),
    ("中国对美国限制芯片出口表示反对。", "restricts", "china", None, "the same with a verb"),
    ("日本对荷兰的出口限制表示理解。", "restricts", "japan", None, "whatever the stance"),
    ("韩国产业通商资源部对日本的出口限制措施提出抗议。", "restricts", "motie", None, "or a protest lodged"),
    ("美国不顾中方反对,对中芯国际实施制裁。", "opposes", "china", "smic",
     "a verb that ends its clause takes no object from the next"),
    ("美国司法部起诉一名前谷歌工程师窃取人工智能技术。", "investigates", None, "google",
     "a company before a staff noun names its staff: the engineer is charged"),
    ("美国商务部禁止向华为员工发放签证。", "restricts", None, "huawei", "nor is it what a ban on its staff bans"),
    ("一名英伟达工程师在社交媒体上批评美国的出口管制。", "opposes", "nvidia", None, "nor does it take its staff's stance"),
    ("台积电表示,将向美国政府申请许可以继续向南京厂供货。", "supplies", None, "usa",
     "who is asked for a licence is no customer"),
    ("荷兰首相表示,不会在中国的压力下改变对阿斯麦的管制政策。", "restricts", "china", None,
     "who presses inside 在…下 is no actor"),
    ("荷兰在美国的压力下限制阿斯麦向中国出口光刻机。", "restricts", "usa", None, "nor the nearest name before the verb"),
    ("美国商务部将阿里巴巴旗下平头哥列入实体清单。", "restricts", None, "alibaba", "a company before its unit is not listed"),
    ("华为进入美国实体清单后,多家供应商停止向其供货。", "supplies", "huawei", None, "a list entered is no supply chain"),
    ("美国众议院中国问题特别委员会致函商务部,要求调查中芯国际。", "investigates", None, None,
     "an investigation asked for is no investigation (the asking opposes)"),
    ("美国众议院中国问题特别委员会呼吁商务部对长鑫存储展开调查。", "investigates", None, None, "nor the asked body's"),
    ("民主党参议员沃伦呼吁商务部停止向英伟达发放许可证。", "restricts", "us_commerce", None,
     "a licence's stop urged is the asker's demand, not the ministry's act"),
    ("两党议员敦促美国政府允许英伟达向中国出口H20。", "permits", None, None, "nor is a permit urged"),
    ("何亚东表示,中方坚决反对。", "opposes", None, "he_yadong", "a speaker before the stance is not its target"),
    ("华为表示,英伟达的芯片未通过测试。", "investigates", None, None, "a company's finding is no investigation"),
    ("商务部表示,公司向华为出售芯片须获得许可。", "supplies", None, "huawei", "after an agency 公司 is any company"),
    ("美国商务部宣布制裁位于深圳的多家企业。", "restricts", None, "shenzhen", "where companies sit is no target"),
    ("英伟达被指违反对俄罗斯的出口禁令。", "opposes", None, None, "违反 holds the 反 of 反对"),
    ("美国检方指控两名男子走私英伟达芯片。", "investigates", None, "nvidia", "the suspects' deed names no one charged"),
    ("苏姿丰批评称,出口管制反而帮助了华为的发展。", "opposes", None, "huawei",
     "a verb's object in what a critic said is not whom the criticism is of"),
    ("日本政府同意以5亿美元收购铠侠的部分股份。", "permits", None, None, "an agreement to the head's own deal permits nothing"),
    ("韩国政府批准投资三星电子的新工厂。", "permits", None, None, "nor an approval of its own investment"),
    ("日本称中国船只进入限制水域是挑衅日本的行为。", "restricts", None, None, "restricted waters restrict no one"),
    ("据德国《明镜周刊》报道,阿斯麦已同意向中国客户交付NXT:2000i光刻机。", "permits", "germany", None,
     "the country of a report's source agrees to nothing"),
    ("据英国《卫报》报道,英伟达已同意在新加坡出售H20芯片。", "permits", "uk", None,
     "nor a source named before a report's cue that closes its clause"),
    ("美国司法部指控三名中国籍男子窃取芯片技术。", "opposes", "us_doj", "china",
     "people accused by their nationality: their country is not"),
    ("荷兰政府批评两名俄罗斯商人规避制裁。", "opposes", "netherlands", "russia", "nor criticised"),
    ("海光信息股价大涨,市值突破3000亿元,超过中芯国际。", "competes_with", None, "smic",
     "a figure of the carried subject's overtakes, no rival (gaps_exclude through the carry)"),
    ("日本经济产业省官员表示,日方坚决反对泛化国家安全概念的歧视性做法。", "opposes", "meti", "japan",
     "a body's stance is its own country's, never against it"),
    ("美国商务部对一家为中芯国际生产芯片的韩国企业展开调查。", "investigates", "us_commerce", "smic",
     "whom a maker makes for, in a relative clause about the maker, is not investigated"),
    ("马来西亚警方指控两名男子伪造文件,涉案货物包括英伟达显卡。", "opposes", None, "nvidia",
     "people accused by their count: what their deed names is not the target"),
    ("韩国检方起诉一名前工程师,指控其向中国泄露芯片技术。", "opposes", None, "china", "nor after 其, the accused"),
    ("韩国检方起诉SK海力士前高管。", "investigates", None, "sk_hynix", "a company's former executive is charged, not it"),
    ("英伟达获悉字节跳动的新订单推迟交付。", "supplies", "nvidia", "bytedance", "获 of 获悉 wins no order"),
    ("美国商务部宣布,在新加坡设有子公司的企业出口先进芯片需要许可证。", "restricts", None, "singapore",
     "where the exporters have subsidiaries is no country the licence restricts"),
    ("英伟达被美国商务部取消了一场会议。", "restricts", None, "nvidia", "a meeting cancelled is no permission revoked"),
    ("荷兰外交部表示批评,阿斯麦随后发布声明。", "opposes", None, "asml",
     "a criticism expressed is of what came before, not of who opens the next clause"),
    ("市场监管总局对高通展开调查。清华大学教授王明表示,如果认定违法,市场监管总局可依法责令其停止违法行为。", "restricts",
     None, "tsinghua", "a commentator's university, named before his title, is no party 其 stands for"),
    ("市场监管总局对高通展开调查。北京大学法学院副院长李华接受采访。他介绍,监管总局可责令其停止违法行为。", "restricts",
     None, None, "nor is it what the next sentence is about (a guard: it passed before)"),
    ("美国商务部撤销了对英伟达的许可要求,同时撤销了英特尔的出口许可证。", "permits", None, "intel",
     "a permission revoked after a lifted requirement is no lifting"),
    ("康宁和三星电子将在美国为苹果生产iPhone所需的玻璃面板和芯片。", "made_by", "iphone", "samsung",
     "the parts a product needs are made, not the product"),
    ("台积电为英伟达生产H100使用的CoWoS封装。", "made_by", "h100", "tsmc", "nor what it uses"),
    ("美国商务部批准向阿联酋科技企业G42和沙特阿拉伯的Humain出口英伟达最新的人工智能芯片。", "supplies", "humain", None,
     "a preposition's objects listed past a place and 的: the last is an object too, no seller"),
    ("中信证券发布报告指出,随着英伟达、AMD陆续公布财报,其来自中国的营收占比明显回落。", "supplies",
     "citic_securities", None, "其 after companies named in what a broker said is theirs, not the broker's"),
    ("三星、SK海力士和美光扩产,长鑫存储已是三大厂之外最大的DRAM供应商。", "supplies", "cxmt", None,
     "the ones a counted phrase sets apart (之外) are no customers (a guard: it passed before, when 大厂 counted nothing)"),
    ("微软与亚马逊旗下的云计算部门AWS宣布支持该法案。", "part_of", "aws", "microsoft",
     "the owner glued to 旗下 is the unit's, though a later word of the rule (部门) reads the list before it"),
    ("英伟达发言人对《华尔街日报》表示,美国的出口管制是失败的。", "opposes", "wsj", "usa",
     "the paper spoken to, in its title marks, says nothing"),
    ("这些中国工程师大量采购英伟达芯片。", "supplies", "nvidia", "china",
     "people who buy, named by their country, are no market of it"),
    ("英伟达发布财报,在数据中心领域,AMD正与英特尔竞争。", "competes_with", "nvidia", "intel",
     "a field in a clause of its own, before a clause with its own subject, carries nothing (a guard)"),
    ("美国对华为的打压反而加速了国产替代,英伟达对此表示担忧。", "competes_with", None, "huawei",
     "a measure on a company is no rival's challenge (a guard)"),
    ("英伟达还和台积电合作,与AMD展开竞争。", "competes_with", "nvidia", "tsmc",
     "a partner after 和 is no rival of the one it works with (a guard)"),
    ("小米与英伟达合作,在智能驾驶领域与特斯拉一较高下。", "competes_with", "nvidia", "tesla",
     "a partner named before is no rival of whom its partner takes on (a guard: it passed before)"),
    ("业内人士认为,这起调查将波及德州仪器等美国厂商。", "investigates", None, "texas_instruments",
     "a probe referred to that no agency opened before: no one investigates (a guard: it passed before)"),
    ("商务部对原产于美国的相关芯片发起反倾销调查。七年前,美国商务部宣布加征关税。随后多国跟进。市场普遍关注。"
     "分析人士称,股价下跌。投资者担忧加剧。各方反应不一。业内人士认为,这起调查将波及德州仪器等美国厂商。", "investigates", None,
     "texas_instruments", "nor one opened more sentences back than probes.window (a guard: it passed before)"),
    ("商务部对原产于美国的相关芯片发起反倾销调查,调查由中国半导体行业协会提出申请。", "investigates", None, "csia",
     "who petitioned for the probe (由) is not investigated"),
    ("美国商务部表示,新的出口规则涉及英伟达和AMD的芯片。", "investigates", None, "nvidia",
     "a rule that involves a company is no probe of it (a guard: it passed before)"),
    ("英伟达对此表示批评,《芯片与科学法案》随后生效。", "opposes", "nvidia", "chips_act",
     "a criticism expressed is of what came before, not of the bill the next clause opens with (a guard)"),
    ("英伟达回应批评,美国商务部随后发布声明。", "opposes", None, "us_commerce",
     "a criticism answered is not the answerer's (a guard: read before)"),
    ("高通计划出资30亿美元购买英特尔股票。", "supplies", "intel", None, "shares bought are an investment, no supply"),
    ("软银以20亿美元买入英伟达的股份。", "supplies", "nvidia", None, "nor a stake bought with 的"),
    ("美光指控李某离职后跳槽到一家存储企业,并把长鑫存储需要的工艺资料带走。", "opposes", "micron", "cxmt",
     "a name in a further act of the accuser's (,并把…) is not whom it accuses"),
    ("英伟达指控一名前员工在离职后加入竞争对手,并把AMD急需的设计文件交给对方。", "opposes", "nvidia", "amd",
     "nor after 并把 when the accused is named by no name"),
    ("英伟达、AMD和英特尔公布了财报。美国商务部要求两家公司停止向中国出货。", "restricts", None, None,
     "two companies after a list of three: which two is not said"),
    ("美国、日本和荷兰举行会谈。两国同意限制对华出口。", "restricts", None, None,
     "two countries after a list of three stand for no one"),
    ("英伟达和AMD公布了财报。美国商务部要求另外两家公司停止向中国出货。", "restricts", None, "nvidia",
     "另外两家 are two others"),
    ("中方已就美国对华半导体出口管制措施向世贸组织提起诉讼。", "restricts", None, "wto",
     "who hears a complaint is no object of the measure before it"),
    ("美国司法部就华为窃取商业秘密一案提起诉讼。", "opposes", "us_doj", None, "a prosecutor's suit is an investigation"),
    ("荷兰宣布新规。阿斯麦总裁富凯对此表示失望。", "opposes", None, "asml",
     "对此 is not the company of the titled person who reacts"),
    ("英伟达表示,其他公司仍在向华为出售芯片。", "supplies", "nvidia", None, "其他 (other) holds no 其 (its)"),
    ("英伟达表示,其中一家经销商曾向华为出售芯片。", "supplies", "nvidia", None, "nor does 其中 (of them)"),
    ("台积电可继续向南京厂运送美国设备。", "supplies", "tsmc", "nanjing", "a city before 厂 says where the plant is"),
    ("台积电可继续向南京厂运送美国设备。", "supplies", "tsmc", "usa",
     "a place right after the verb, before the goods, says where they are from"),
    ("英伟达向中国出口美国芯片。", "supplies", "nvidia", "usa", "the same before 芯片"),
    ("韩国产业通商资源部表示,美国商务部决定撤销三星电子和SK海力士中国工厂的许可资格,韩方对此深表遗憾。", "opposes",
     "south_korea", "china", "a place that locates a plant is no actor 对此 may stand for"),
    ("韩国产业通商资源部表示,美国商务部决定撤销三星电子和SK海力士的许可资格,韩方对此深表遗憾。", "opposes",
     "south_korea", "sk_hynix", "nor is a verb's object after the first of its list"),
    ("英伟达认为,美国的出口管制对英伟达在华业务构成挑战。", "competes_with", None, None,
     "a challenge posed to a company's business is no rival's"),
    # What is done inside a matter that a reaction closes (一事表示…, 的决定表示…, 一事作出回应) is not the
    # reacting party's act, whether the matter names the actor or not.
    ("日本经济产业省对韩国撤销三星电子出口许可一事表示遗憾。", "restricts", "meti", None,
     "a revoking inside a matter reacted to is not the reacting party's"),
    ("日本经济产业省对韩国撤销三星电子出口许可表示遗憾。", "restricts", "meti", None, "nor without 一事"),
    ("外交部对荷兰政府限制阿斯麦对华出口的决定作出回应。", "restricts", "cn_mfa", None, "nor a decision replied to"),
    ("欧盟委员会对美国司法部调查英伟达一事未予置评。", "investigates", "eu_commission", None,
     "nor an investigation not commented on"),
    ("中方对美国制裁华为表示强烈不满。", "restricts", "china", None, "nor a sanction objected to"),
    ("美国商务部将长鑫存储列入实体清单。长鑫存储表示,将评估影响。中方对此表示强烈不满。", "opposes", "china", "cxmt",
     "the company that commented on the measure is not what 对此 objects to"),
    ("德国总理表示,将与盟友讨论能源、关税和伊朗核计划等议题。", "restricts", "germany", "iran",
     "a measure among the topics of talks is no act on the next topic"),
    ("日本首相将在峰会上探讨出口管制、稀土和俄罗斯能源等问题。", "restricts", "japan", "russia", "nor among problems"),
    ("不过在台北,民进党主席、总统赖清德受访时表示,他批评中国的军事施压。", "opposes", "dpp", None,
     "the party whose chair speaks takes no stance"),
    ("不过在东京,自民党总裁、首相高市早苗表示,她批评中方的做法。", "opposes", "ldp_japan", None, "nor in Tokyo"),
    ("美国国会正推动收紧出口管制。今年5月,两名议员提出新法案,拟禁止向中国出口光刻机。", "restricts", "us_congress",
     None, "the members propose, and the Congress carried past them bans nothing"),
    ("法新社援引日本官员的话称,日本正在考虑限制向中国出口光刻胶。", "supplies", "afp", None,
     "who quotes another only reports what was said, and sells nothing in it"),
    ("彭博社引述知情人士称,将向中国出口新款芯片。", "supplies", "bloomberg", None, "nor when the quote names no subject"),
    ("北京要求国内企业暂停采购H20芯片。", "supplies", "nvidia", "beijing", "who asks others to stop buying buys nothing"),
    ("三星电子采购了大量HBM3E。", "supplies", None, "samsung", "a product of no known maker names no supplier"),
    ("韩国政府公布了半导体补贴方案,但批评这一方案的业者表示,将向国会请愿。", "opposes", "south_korea", None,
     "people told unnamed by their stance take it, and what they say next is theirs"),
    ("美国商务部推出新的许可制度,但质疑该制度的分析师认为,英伟达将因此受到冲击。", "opposes", "us_commerce", "nvidia",
     "nor does the subject take the stance that tells who the analysts are"),
    ("美国商务部周一发布新规。不过,反对这项新规的议员表示,将推动国会推翻它。", "opposes", "us_commerce", None,
     "nor the last sentence's subject"),
    ("雷蒙多称,拜登前年签署的《芯片与科学法》已拨款数百亿美元。", "issues", "us_commerce", "chips_act",
     "the speaker's office does not sign what another office holder signed"),
    ("多名民主党议员批评英伟达向中国出售芯片。", "opposes", "us_democratic_party", None,
     "the members take the stance, not their party"),
    ("三位共和党参议员周一致函商务部长,对商务部放宽出口管制表示担忧。", "opposes", "us_republican_party", None,
     "nor when their letter's clause comes first"),
    ("美国国会议员谴责中国的网络攻击。", "opposes", "us_congress", None, "nor the Congress its members sit in"),
    ("中方对美国议员窜访台湾表示强烈不满。", "opposes", "china", "taiwan", "where the members went is no target"),
    ("欧盟委员会表示,谷歌的搜索业务占据主导地位。", "investigates", "eu_commission", "google",
     "a search business is no search of premises"),
    ("AMD发布了新芯片。在华盛顿举行的听证会上,商务部长卢特尼克宣布收紧出口规则,并批评了英伟达。", "opposes", "amd",
     "nvidia", "a sentence whose subject follows a setting's clause does not go on with the last one's"),
    ("日本宣布扩大出口管制。在美国的持续施压下,荷兰政府也收紧了光刻机出口规则,并批评中方的反制。", "opposes", "japan",
     "china", "nor after a circumstance's clause"),
    ("中国商务部宣布了新的出口管制措施。一些美国议员提出一项法案,拟限制英伟达向中国出口芯片。", "restricts",
     "cn_commerce", None, "a sentence that opens with a subject of its own, unnamed, keeps it in its later clauses"),
    ("台湾经济部表示,将对美国扩大芯片出口管制一事与华盛顿展开协商。", "restricts", "tw_moea", None,
     "a matter 一事 closes is the matter's, whatever the opener's subject does with it"),
    ("加拿大政府将就美国对墨西哥加征关税一事同华盛顿磋商。", "restricts", "usa", "washington",
     "whom the matter is taken up with, past 一事, is no target of it"),
    ("韩国外交部就美国对华为的新禁令一事与美方沟通。", "restricts", "kr_mofa", None, "nor the measure in a 就 matter"),
    ("欧盟就日本对韩国实施出口管制一案与东京进行了磋商。", "restricts", "japan", "tokyo",
     "whom a matter is taken up with, past 一案, is nothing done in it"),
    ("(汉城=联合通讯社)韩国政府宣布,将限制向俄罗斯出口芯片。", "restricts", "seoul", None,
     "a dateline's city, before the agency and =, is a sentence of its own and no subject"),
    ("中方对美国制裁华为表示强烈不满。", "opposes", "huawei", None,
     "a name inside the fronted matter, in the stance's clause, takes no stance"),
    ("中方对荷兰政府限制阿斯麦对华出口的决定表示坚决反对。", "opposes", "asml", None,
     "nor one before the matter's word"),
    ("中方对日本企业向台湾出口芯片表示强烈反对。", "opposes", "china", "taiwan",
     "a later name inside the matter a stance word closes is not the stance's target"),
    ("日本对三星电子的出口限制措施引发韩国不满。", "opposes", "japan", None,
     "a matter no stance word closes is no stance of the name before the marker"),
    ("美国对中兴通讯的制裁引发中方强烈不满。", "opposes", None, "zte", "a measure's target is not what provokes"),
    ("美光科技因向华为出口芯片被美国商务部调查。", "investigates", None, "huawei", "nor without 而"),
    ("三星电子因向华为出售存储芯片而遭到美国商务部处罚。", "investigates", None, "huawei",
     "a name inside the reason for a penalty is not who is penalized"),
    ("日本政府宣布,将从明年起要求东京电子的刻蚀设备出口须获得许可。", "supplies", None, None,
     "a licence obtained is no goods bought, and 从明年起 names no source"),
    ("“中国的芯片产业发展很快,”英伟达发言人表示。", "opposes", "nvidia", None, "a quote that judges no measure"),
    ("“日本的出口管制是失败的。”荷兰政府随后宣布限制阿斯麦出口。", "opposes", "netherlands", None,
     "the sentence after a quote is its speaker's only when it only names who said it"),
    ("“我们与美国一起反对任何形式的技术封锁。”日本经济产业大臣说。", "opposes", None, "japan",
     "who said a quote is in no relation the quote's own words state"),
    ("“我们反对这项法案,因为它伤害美国企业。”英伟达在声明中说。", "opposes", "nvidia", "usa",
     "a first-person stance's target is in its own clause"),
    ("美国商务部延长了对中兴通讯的出口禁令。", "permits", None, None, "a ban extended is no permission"),
    ("荷兰政府宣布限制阿斯麦出口。报告指出,日本对此类设备的出口管制更为严格。", "restricts", "japan", None,
     "此 before a noun phrase closed by 的 is a determiner, no stand-in for the actor before"),
    ("美国众议院中国问题特别委员会致函商务部,要求将长鑫存储列入实体清单。", "restricts", "house_china_committee", None,
     "a listing asked for is the asker's stance (opposes.urge), not a listing of the asker's"),
    ("日本政府发布新的出口管制条例,扩大对先进半导体材料的管控范围。", "issues", None, "ear",
     "a country's new export control regulations, unnamed, are not the US Export Administration Regulations"),
    ("韩国国会通过了修订后的反垄断法。", "issues", None, "cn_anti_monopoly_law",
     "a body issues its own country's law: one named as another country's is not that one"),
    ("日本国会通过了新的数据安全法。", "issues", None, "cn_data_security_law", "the same"),
    ("白宫发言人称三星已同意向美光授权部分专利。", "permits", "white_house", None,
     "what was said opens with its own subject: Samsung agrees"),
    ("美国商务部长在记者会上表示台积电已批准为英伟达扩产。", "permits", "us_commerce", None,
     "the same: TSMC approves"),
    ("日本经济产业省表示东京电子已同意暂停向中芯国际供货。", "restricts", "meti", None,
     "the company suspends its own sales, not the ministry"),
    ("报告指出,日本通过补贴以及“值得质疑的做法”压低了成本,因此韩国企业应谨慎评估风险。", "opposes", "japan", None,
     "what is questionable is judged, nobody questions it"),
    ("1989年北京的学生抗议运动被镇压后,中国政府加强了管控。", "opposes", "beijing", None,
     "a protest movement named is no stance of the place it is in"),
    ("在联合国的表决中,中国和俄罗斯投下反对票,美国则投了赞成票。", "opposes", None, "usa",
     "a vote against a resolution opposes no one named after it"),
    ("台湾最大反对党国民党的主席访问了美国。", "opposes", "taiwan", None, "an opposition party is no stance"),
    ("韩国民众在日本大使馆前举行抗议活动,美国对此没有回应。", "opposes", None, "usa", "nor a protest held"),
    ("寒武纪推出新芯片,与英伟达和AMD展开竞争。", "competes_with", "nvidia", None,
     "a subject carried before 与 makes no list with the rivals after it"),
    ("众议院外交事务委员会致函商务部,要求禁止美国企业向壁仞科技出口设备。", "restricts",
     "house_foreign_affairs", None, "a committee asks the ministry to ban: no ban of its own"),
    ("众议院外交事务委员会致函商务部要求责令英特尔停止向壁仞科技供货。", "restricts",
     "house_foreign_affairs", None, "nor an order of its own"),
    ("众议院外交事务委员会致函商务部要求禁止美国企业向壁仞科技出口设备。", "restricts",
     "house_foreign_affairs", None, "nor with no comma after the ministry"),
    ("美国众议院中国问题特设委员会主席穆勒纳尔致信商务部长雷蒙多,要求将长鑫存储列入实体清单,并禁止美国企业"
     "向其出售设备。", "restricts", "house_china_committee", None, "nor a listing and a ban asked for"),
    ("得州总检察长起诉一家路由器厂商,指控该公司向俄罗斯情报部门提供用户数据。", "opposes", None,
     "russia", "a company the anaphor names, unknown: China is inside what it is accused of"),
    ("法国外交部发言人周一说,由一家智库指责“俄罗斯干预选举”,这令人意外。", "opposes", None, "russia",
     "an act whose agent its own clause names after 由 is not the speaker's"),
    ("英国外交部已指示使馆在上海和广州向中方表达关切。", "opposes", "shanghai", None,
     "a place after 在 says where, it does not act"),
    ("北京去年在澳门实施了新的《维护国家安全法》。", "issues", "macau", None, "nor where a law is applied"),
    ("美国宣布制裁伊朗,以色列则表示欢迎。", "restricts", "israel", None, "以 of 以色列 opens no purpose"),
    ("国际贸易署将壁仞科技列入管制名单,经济部表示支持。", "restricts", "tw_moea", None,
     "a parent that only supports its unit's measure is not its announcer"),
    ("英伟达推出了H20。美国商务部限制了这些芯片的出口。", "restricts", None, "h20", "这些 needs a list of two or more"),
    ("华为选择在深圳建设新工厂,作为供应商基地。", "supplies", None, None, "choosing a place is no supplier chosen"),
    ("华为获得了参加美国展会的资格。", "permits", None, "huawei", "a right to attend is no status a body grants"),
    ("日本经济产业省表示,东京电子出口至中国的设备无需获得许可。", "restricts", "meti", None,
     "no licence needed restricts nothing"),
    ("美国司法部已就泛林集团向长江存储出货一事展开调查。", "investigates", None, "ymtc",
     "a later name inside the matter a deed word closes is no target"),
    ("外交部表示,华为被列入实体清单是美方的错误做法。", "restricts", "cn_mfa", None,
     "a listing said to be wrong is no listing of the speaker's"),
    ("美国商务部考虑将中国大陆的封装业者纳入管制范围,长电科技可能首当其冲。", "restricts", "china", None,
     "a place a measure is put on imposes none"),
    ("走私团伙将英伟达H100芯片经新加坡转运至中国。", "supplies", "nvidia", None,
     "the maker of what is disposed of (将英伟达H100) sells nothing"),
    ("检察官起诉一名商人,指控其将英伟达芯片转运至新加坡。", "supplies", "nvidia", None,
     "nor the maker of a product's kind (将英伟达芯片)"),
    ("美国司法部逮捕两人,指控他们把AMD显卡藏在货柜里运往中国。", "supplies", "amd", None, "nor after 把"),
    ("走私者将被禁运的英伟达芯片转卖给伊朗买家。", "supplies", "nvidia", None,
     "nor past a description the marker opens and 的 closes"),
    ("该团伙把高端的AMD加速卡运往俄罗斯。", "supplies", "amd", None, "the same after 把"),
    ("两人在未申请许可证的情况下,将受管制的英伟达GPU出售给中国客户。", "supplies", "nvidia", None,
     "the same with a condition before"),
    ("美国商务部拒绝允许AMD向中国出售MI308芯片。", "permits", None, "mi308", "a permission refused lets no goods go"),
    ("英伟达和AMD是华为的竞争对手。", "competes_with", "nvidia", "amd", "two named as a third's rivals are not each other's"),
    ("英伟达发布了财报。网信办随后约谈了上述公司。", "investigates", None, "nvidia", "上述公司 stands for a list, not one"),
    ("美国限制对华投资后,英伟达与华为的合作减少。", "restricts", None, "huawei",
     "dealings in a later clause are not the ones barred"),
    ("特朗普总统在伊朗停火后放宽了对俄罗斯石油的制裁。", "restricts", "iran", None,
     "a name in a 在…后 phrase that closes before the act does not act"),
    ("美国正在调查英特尔,中方表示反对。", "opposes", None, "intel", "a stance on a matter told before it is on its first name"),
    ("据报道,日本一家主要的半导体材料供应商近日被美国商务部列入实体清单。", "restricts", None, "japan",
     "a country describing the one company listed is not listed"),
    ("美国商务部宣布,将俄罗斯一家军工企业列入实体清单。", "restricts", None, "russia", "the same after 将"),
    ("小米已在美国法院对美国企业提起专利诉讼。", "opposes", None, "usa", "suing a country's companies is no stance on it"),
    ("韩国对美国的对华芯片管制表示不满。", "opposes", None, "china", "a measure's object inside the matter is no target"),
    ("日本政府决定追随美国,限制对华出口光刻机。", "restricts", "usa", None, "whom a government follows does not act"),
    ("朝鲜企图以武力接管韩国。", "restricts", "north_korea", "south_korea", "a country taken over is war, no trade measure"),
    ("委内瑞拉总统马杜罗说,委内瑞拉不对任何国家构成威胁。", "opposes", None, "venezuela",
     "an office holder takes no stance on the country the sentence says he heads"),
    ("美国财政部延长了对俄罗斯石油的制裁豁免。", "restricts", None, "russia", "a waiver extended is no measure"),
    ("英伟达发布财报后,AMD等公司的股价上涨。", "competes_with", None, None, "companies listed after another are no rivals"),
    ("东京电子出口设备必须获得经产省的核准。", "permits", "meti", None, "an approval required is none granted"),
    ("英特尔称,其NAND业务已出售给SK海力士。", "supplies", "intel", None, "a business sold, an adverb between, is no goods"),
    ("英特尔的成都封测厂也已经出售给了联想。", "supplies", "intel", "lenovo",
     "nor with adverbs stacked (也已经), a plant of another kind"),
    ("英特尔原大连存储工厂则已出售给SK海力士。", "supplies", "intel", "sk_hynix", "the same, a plant's kind before it"),
    ("市场监管总局对英伟达收购迈络思一案暂不批准。", "restricts", "samr", "mellanox", "the deal's object is not its maker"),
    ("日本对韩国的出口管制导致其无法采购东京电子的设备。", "restricts", None, "tokyo_electron",
     "past whom a measure brings something about, names are that party's doing"),
    ("美国的禁令迫使中兴转向联发科采购芯片。", "restricts", None, "mediatek", "the same after the one it forces"),
    ("美国制裁华为,迫使其转向中芯国际代工。", "supplies", "huawei", "smic", "turning to a foundry sells nothing to it"),
    ("这家与俄罗斯军方关系密切的航运公司被美国财政部制裁。", "restricts", None, "russia",
     "a name in a relative clause that describes an unnamed company is no party"),
    ("美国制裁了与伊朗有业务往来的多家企业。", "restricts", None, "iran", "the same after the verb"),
    ("特朗普表示,他在以色列的要求下,对伊朗实施了新的制裁。", "restricts", "israel", None,
     "a name right after 在 in what a speaker says is no actor of the clause after it"),
    ("拜登说,他在盟友英国的请求下,对俄罗斯实施了新的制裁。", "restricts", "uk", None, "the same with 盟友 between"),
    ("美国司法部起诉两名男子,指控他们走私价值上亿美元的AMD芯片。", "investigates", None, "amd",
     "the maker of smuggled goods after the deed's 的 is not investigated"),
    ("检方正追查是否有人违法将英伟达高端芯片转售至中国。", "supplies", "nvidia", None,
     "the maker of goods disposed of, a modifier between, does not sell them"),
    ("美国商务部表示,H20芯片出口无须申请许可证。", "restricts", "us_commerce", None, "no licence needed is no duty"),
    ("美国商务部表示,英伟达出口H20无需申请许可证。", "restricts", "us_commerce", None, "the same, the exporter named"),
    ("北京当局要求国内科技企业暂停采购英伟达芯片。", "supplies", "nvidia", "beijing", "who asks buys nothing"),
    ("英伟达表示,一家新加坡贸易公司违反了协议。该公司向中国出售了芯片。", "supplies", "nvidia", "china",
     "该公司 after a company counted as one and unnamed is that company"),
    ("OpenAI称,这些账号属于一家中国科技公司,该公司向伊朗出售软件。", "supplies", "openai", None, "the same in one sentence"),
    ("美国敦促盟友停止采购华为的通信设备。", "supplies", "huawei", "usa", "the same, the asked unnamed"),
    ("经济部表示,将配合美方的出口管制,禁止台积电为华为代工。", "restricts", "usa", "tsmc", "nor whom it cooperates with"),
    ("受美国出口管制影响,英伟达专供中国市场的H20芯片须获得许可证才能出口。", "restricts", "china", None,
     "a market is no actor"),
    ("英伟达为日本市场推出的新款芯片B30需获得许可证方可出口。", "restricts", "japan", None, "the same, a market a chip is for"),
    ("美国商务部对涉嫌向华为转运芯片的新加坡公司展开调查。", "investigates", None, "huawei",
     "whom a dealer a relative clause describes ships to is not investigated"),
    ("美国财政部制裁了向伊朗转运无人机零件的中国企业。", "restricts", None, "iran", "nor sanctioned, a transfer"),
    ("欧盟对日本近期针对韩国的出口限制表示遗憾。", "opposes", None, "south_korea", "the same after 针对"),
    ("美国对中国的出口限制引发日本严重关切。", "opposes", "usa", None, "what provokes a concern voices none"),
    ("高通是美国最大的手机芯片供应商之一。", "supplies", "qualcomm", "usa",
     "a supplier's own country before the word is where it is from"),
    ("泛林集团和科磊均为美国主要的半导体设备供应商。", "supplies", None, "usa",
     "the same after 为: no verb of supplying inside the noun"),
    ("面对美国的制裁,中方表示坚决反对。", "restricts", "usa", "china", "a stance faced with a measure is no one hit"),
    ("燧原科技因美国的制裁而失去了格芯的代工服务。", "restricts", None, "globalfoundries",
     "what a measure given as a reason brings about names no object of it"),
    ("英伟达收到了市场监管总局的来函,询问其对华销售情况。", "investigates", "samr", "nvidia",
     "a letter that asks is no notice of a measure"),
    ("联想就韩国厂商的专利侵权提起申诉。", "opposes", None, "south_korea", "nor a complaint over them"),
    ("对于美国对中兴的制裁,中方表示强烈不满。", "opposes", None, "zte", "the same after 对于"),
    ("中方决定禁止这三名议员入境香港和澳门。", "restricts", None, "macau",
     "a travel ban's places are where the people may not go"),
    ("日本外务省宣布禁止该组织成员前往朝鲜。", "restricts", None, "north_korea", "the same, 前往"),
    ("英伟达游说美国国会议员支持放宽出口限制。", "opposes", "nvidia", None, "the lobbied who do not make the measure"),
    ("英特尔与三星争夺苹果的M5订单。", "competes_with", None, "apple", "whose orders are fought over is the customer"),
    ("台积电与三星争夺高通的代工合同。", "competes_with", None, "qualcomm", "the same, a contract"),
    ("美国司法部逮捕两人,指控他们把AMD显卡藏在货柜里运往中国。", "investigates", None, "amd",
     "the maker of the goods the accused handle is not investigated"),
    ("司法部起诉两名男子,指控他们通过越南的空壳公司将芯片转运至中国。", "opposes", None, "vietnam",
     "people accused as 他们: the places of their deed are no target"),
    ("英伟达的H20芯片被美国商务部列入管制范围,市场份额下滑。", "competes_with", None, None,
     "a passive of another act names no rival"),
    ("日本国会三名议员提交法案,禁止政府机关采购中国产无人机。", "restricts", "jp_diet", None,
     "a bill a legislature's members introduce bans nothing yet"),
    ("美国众议院两党议员周四推出一项法案,以禁止美国企业向中国出售先进芯片。", "restricts", "us_house", None,
     "nor does its purpose, which goes on with no subject: the members are unnamed"),
    ("在本届国会,两名众议员联合提出《半导体供应链安全法》。", "issues", "us_congress", None,
     "the members who open the trigger's clause propose, not the body named in a clause before it"),
    ("美国国会正在审议对华芯片政策。今年5月,三名议员提出《芯片走私防范法案》。", "issues", "us_congress", None,
     "nor the body carried from the sentence before"),
    ("高盛对英伟达的估值表示关切。", "opposes", None, "nvidia", "concern over a company's figures is no stance"),
    ("两名民主党众议员致函教育部长,对允许中国留学生参与敏感研究表示严重关切。", "opposes", None, "china",
     "nor are the people let in its target"),
    ("日本政府反对在东中国海单方面改变现状。", "opposes", "japan", None, "where it happens is no target"),
    ("欧盟批评在新疆的强迫劳动问题。", "opposes", "eu", None, "the same"),
    ("七国集团(G7)外长重申,反对在台湾海峡和南中国海以胁迫手段单方面改变现状。", "opposes", None, "taiwan_strait",
     "nor any place of a list after it, nor where coercion happens"),
    ("阿联酋持有大量被冻结的俄罗斯资产。", "restricts", "uae", None,
     "a name before a measure undergone imposes nothing"),
    ("韩国同意对输美钢铁接受25%的关税。", "restricts", "south_korea", None, "nor one who accepts a tariff"),
    ("法案要求禁止源自伊朗、朝鲜等受管制的国家的无人机进入美国。", "restricts", "iran", None,
     "nor a country under controls"),
    ("法案禁止由伊朗等受制裁的政府控制的企业在美国上市。", "restricts", "iran", None, "nor one sanctioned"),
    ("美军周日对伊朗南部的雷达站发动了新一轮打击。", "restricts", None, "iran",
     "a country struck is war, not a trade measure"),
    ("俄罗斯对乌克兰基辅发动导弹打击。", "restricts", "russia", None, "nor a city struck"),
    ("美国参议院三名民主党议员联名提出《芯片安全法案》。", "issues", "us_senate", None,
     "a bill its members introduce is not one the body enacts"),
    ("台湾立法院多名立委日前提案修订《公平交易法》,以规范平台业者。", "issues", "tw_legislative_yuan", None,
     "nor one its legislators propose to amend"),
    ("美国众议院两党议员周四推出了《芯片与科学法案》的修正版本。", "issues", "us_house", None,
     "nor a version its members put forward"),
    ("美光科技因涉嫌向华为出口芯片而接受美国司法部调查。", "investigates", None, "huawei",
     "nor who is investigated"),
    ("参议员表示,他对英伟达向中国出售芯片的做法很不满。", "opposes", "china", None,
     "a name inside the fronted object's clause is no stance-taker"),
    ("美光发布财报,主要客户苹果向三星采购内存。", "supplies", "micron", "apple",
     "主要 before a noun opens the clause's own subject"),
    ("美光发布财报,主要客户向三星采购内存。", "supplies", "samsung", "micron",
     "the same before a noun supplies.revenue takes for a trigger (客户): no buyer carried"),
    ("马来西亚贸工部对涉嫌违规转售AMD芯片的两家企业展开调查。", "investigates", None, "amd",
     "the goods' maker inside the deal of an unnamed dealer, before its 的"),
    ("美国司法部对涉嫌为华为走私设备的三名男子提起诉讼。", "investigates", "us_doj", "huawei",
     "whom an unnamed dealer served"),
    ("阿斯麦警告称,荷兰的新规将影响其对中国的销售。", "opposes", "asml", None, "警告称 opens what was said: no one warned"),
    ("英伟达发出警告后,微软股价下跌。", "opposes", "nvidia", "microsoft", "a warning sent to no one named"),
    ("日本的盟友对朝鲜的导弹试射表示担忧。", "opposes", "japan", None, "a country's allies are others"),
    ("韩国决定对中国邻国加征关税。", "restricts", "south_korea", "china", "a country's neighbours are others"),
    ("应中国半导体行业协会邀请,德州仪器出席了反倾销调查听证会。", "opposes", "csia", "texas_instruments",
     "an invitation is no petition"),
    ("小米选择了自研芯片,而没有选择为其代工的台积电。", "supplies", "tsmc", "xiaomi",
     "为其 inside a relative clause after the choice is no maker chosen"),
    ("日本经济产业省表示,地震严重冲击了日本的半导体供应链。", "opposes", "meti", "japan",
     "the harmed named after the harm is no wrongdoer"),
    ("小米采用其骁龙芯片后,高通股价上涨。", "supplies", "qualcomm", "xiaomi", "a maker named after 其 is no referent"),
    ("美国商务部为保护英特尔,暂停颁发新的出口许可。", "permits", "us_commerce", "intel",
     "为 of a purpose, in a clause of its own, names no holder"),
    ("美国商务部下月将公布232条款调查的结果。", "issues", "us_commerce", None,
     "the findings of an investigation under a law publish no law"),
    ("美光拟收购一家台湾公司,但因未获中国监管部门批准而放弃。", "permits", "china", None,
     "a permission not obtained is none granted"),
    ("英伟达至今未能取得美国商务部的出口许可。", "permits", "us_commerce", "nvidia", "the same, 未能取得"),
    ("美国商务部制裁了多家企业,其中中兴受影响最大。", "restricts", None, "zte",
     "其中 is among them, no 其 before a name (the members clause is no measure's either)"),
    ("高通表示,客户需获得美国商务部的许可。", "restricts", "us_commerce", "qualcomm",
     "the duty a speaker tells of others is not the speaker's"),
    ("美国呼吁日本不要向中国出售光刻设备。", "opposes", "usa", "japan",
     "urging another not to deal is no lobbying against its measure"),
    ("中国外交部宣布对美国前国防部长埃斯珀实施制裁。", "restricts", "cn_mfa", "usa",
     "a country before an official's title says whose official is sanctioned"),
    ("欧盟决定对俄罗斯外长拉夫罗夫等人实施制裁。", "restricts", "eu", "russia", "the same, a foreign minister"),
    ("以色列宣布暂停对黎巴嫩南部的军事打击。", "restricts", "israel", "lebanon",
     "strikes suspended are no dealings of the struck suspended"),
    ("三星获得了特斯拉的芯片代工订单。", "supplies", "tesla", "samsung", "an order won is the winner's supply"),
    ("深度求索透过新加坡的中间商取得英伟达芯片。", "supplies", "nvidia", "singapore", "the route is no buyer"),
    ("共和党议员致函美国商务部,敦促其撤销对中兴的出口许可证。", "opposes", None, "us_commerce",
     "urging a licence revoked is urging a tighter measure, no lobbying against the body"),
    ("联发科的芯片将搭载于OPPO的新手机。", "supplies", "oppo", "mediatek", "搭载于 tells where the chip goes, no buyer before it"),
    ("作为英伟达的长期客户,戴尔今年又采购了一批芯片。", "competes_with", "dell", "nvidia",
     "作为 names a role, a rival only before a word of rivalry"),
    ("台积电与苹果的合作相当紧密。", "competes_with", "tsmc", "apple", "相当 alone is a degree, no match"),
    ("美国司法部展开调查,调查人员包括英特尔的前员工。", "investigates", "us_doj", "intel",
     "the investigators are no party investigated, nor a clause of members"),
    ("商务部对进口光刻胶发起反倾销调查,为国内企业中芯国际提供保护。", "investigates", "cn_commerce", None,
     "为 opens a clause of its own unless it follows who the measure names"),
    ("华为自己就是昇腾910C的最大客户。", "supplies", "huawei", "huawei", "a maker buying its own product supplies no one"),
    ("韩国就美国撤销三星的豁免资格向美方表示遗憾。", "opposes", "samsung", "usa",
     "a name inside a matter after 就, before the party it is taken up with, takes no stance"),
    ("英伟达发布了财报。目前子公司已向腾讯交付芯片。", "supplies", "nvidia", "tencent",
     "a subsidiary is not the company the article is about"),
    ("东京电子出口日本设备。", "supplies", "tokyo_electron", "japan",
     "after a verb of no giving, a country before goods says where they are from"),
    ("欧盟委员会调查博通,并可能阻止其收购VMware。", "restricts", "eu_commission", "vmware",
     "the company stopped from buying is restricted, not the one it would buy"),
    ("美国限制向中国出售芯片。但是两位议员指出,客户可以从英伟达采购这些芯片。", "supplies", "nvidia", "usa",
     "unnamed people giving their view open what is theirs: no subject is carried past them"),
    ("众议院外交委员会以压倒性票数通过了《芯片安全法案》。", "issues", "house_foreign_affairs", "chip_security_act",
     "a house's committee sends a bill on and enacts nothing"),
    ("国务院公布《出口管制法》实施条例。", "issues", "state_council", "cn_export_control_law",
     "a rule made under a law is what is published, not the law"),
    ("商务部发布《数据安全法》配套规定。", "issues", "cn_commerce", "cn_data_security_law", "the same, 配套规定"),
    ("国务院公布了《网络安全法》修订草案。", "issues", "state_council", "cn_cybersecurity_law", "the same, a draft"),
    ("华为和中芯国际之间的合作日益紧密。", "competes_with", "huawei", "smic", "partners named before 之间 are no rivals"),
    ("美国官员与荷兰官员会谈后,荷兰限制向中国出口光刻机。", "restricts", "usa", "china",
     "与 with no word of acting together is no joint act"),
    ("波兰与立陶宛站在一起,并谴责白俄罗斯的边境挑衅。", "opposes", "lithuania", "belarus",
     "a subject's list joined by 与 (with) is not carried: who stands with it takes no part"),
    ("就算欧盟取消对镓的管制,日本厂商也表示将谨慎采购。", "opposes", "eu", "japan",
     "an object marker's object ends with its clause: the stance's target is not past it"),
    ("英国对稀土的出口管制扩大后,印度表示强烈不满。", "opposes", "uk", "india", "the same, the stance taken by the later one"),
    ("日本经济产业省正调查是否有企业向华为出口设备。", "investigates", "meti", "huawei",
     "a name inside the question an investigation asks is a party to the act asked about"),
    ("美国司法部调查海外买家如何取得AMD芯片。", "investigates", "us_doj", "amd", "the same, 如何"),
    ("美国商务部将调查数据中心是否违规使用英伟达芯片。", "investigates", "us_commerce", "nvidia",
     "the same, the question's own subject named first"),
    ("人权组织亚洲区主任在邮件中说:“香港政府推行的规定破坏了香港的法治。”", "opposes", "asia", None,
     "a region that names a division of a body (亚洲区主任) is no actor"),
    ("一家智库的亚洲区主任说,香港政府推行的新规定破坏了香港的新闻自由。", "opposes", "asia", None, "the same"),
    ("英伟达向阿里巴巴供货,和云服务商CoreWeave签约。", "supplies", "nvidia", "coreweave",
     "a company described after a joiner in a later clause is no list mate"),
    ("三星向苹果以外的客户供应面板。", "supplies", "samsung", "apple", "a customer set apart"),
    ("台积电将继续为华为以外的中国客户代工芯片。", "supplies", "tsmc", "huawei", "the same, after 为"),
    ("荷兰限制阿斯麦向美国之外的市场出售光刻机。", "restricts", "netherlands", "usa", "the same, 之外的"),
    ("这批服务器先被运往中国以外、可以合法采购英伟达产品的国家。", "supplies", "nvidia", "china",
     "the same, before a second modifier of the noun"),
    ("欧盟禁止向除俄罗斯以外的国家出口这类设备。", "restricts", "eu", "russia", "the same, after 除"),
    ("该指引称,位于澳门以外地区的企业,只要母公司在香港,向其出口芯片需要许可证。", "restricts", None, "macau",
     "其 stands for no place set apart"),
    ("日本希望在半导体出口管制问题上与美国保持一致。", "restricts", "japan", "usa",
     "a trigger inside a frame on a topic names the topic, no act on a name past the frame"),
    ("印度就关税问题向美国派出代表团。", "restricts", "india", "usa", "the same, 就…问题"),
    ("欧盟要求美方围绕制裁议题给予欧洲企业更多时间。", "restricts", "usa", "europe", "the same, 围绕…议题"),
    ("华为营收大增,得益于美国政府的采购。", "supplies", None, None,
     "what a company's figures owe to is no act of the company when another is named doing it"),
    ("中方表示坚决反对,称将采取措施。", "opposes", "china", None, "a stance with no conduct named says whose it is not"),
    ("三星表示,美光侵犯了其专利。", "investigates", "samsung", "micron", "a company's claim of infringement is no finding"),
    ("高通被Arm起诉。", "opposes", "qualcomm", "arm", "who is sued opposes no one"),
    ("美国制裁了华为和中兴。另外两家中国企业表示,将向俄罗斯供货。", "supplies", "zte", "russia",
     "another two, with a place, are others"),
    ("德国国内,反对该计划的声音很大,总理默茨仍坚持推进。", "opposes", "germany", "merz",
     "a place and a word of within it is where, no actor"),
    ("网信办要求字节跳动停止采购H20。", "opposes", "cac", "bytedance", "a regulator's order to a company is no lobbying"),
    ("参议院两党议员提出《芯片安全法案》。英伟达对此表示反对。", "opposes", "nvidia", "us_senate",
     "the body whose members put a bill forward is not what 对此 stands for"),
    ("韩国政府表示将与美方磋商。根据美国商务部的决定,三星今后进口设备需要申请许可。", "restricts", "south_korea",
     "samsung", "the authority a sentence's basis names acts in it, not the last sentence's subject"),
    ("美国商务部表示,英伟达已停止向华为供货,并对其提出索赔。", "opposes", "us_commerce", "huawei",
     "what was said acts on another than its subject: the subject goes on"),
    ("中方表示,希望日本停止限制三星的出口。", "restricts", "china", "samsung",
     "a hope that names whom it asks of: the one asked acts, not the subject carried"),
    ("英伟达称,微软已要求其供应商台积电扩产。", "supplies", "tsmc", "nvidia",
     "其 before a supplier stands for the nearest company, not the speaker before it"),
    ("华为的供应商遭美国制裁后,小米也受到了影响。", "supplies", "xiaomi", "huawei",
     "a supplier word named by no name right after it"),
    ("外交部宣布将五家美国军工企业列入反制清单,禁止向其出口相关物项。", "restricts", None, "usa",
     "其 after a verb of ordering is no country that describes a noun (美国军工企业)"),
    ("商务部发布公告,将多家日本企业纳入管控名单,并禁止对其出口两用物项。", "restricts", None, "japan",
     "the same after an object marker"),
    ("欧盟委员会表示,原则上荷兰政府可以自行决定是否限制阿斯麦的出口。", "restricts", "eu_commission", None,
     "a clause opened by 原则上 that names its own subject"),
    ("碍于美国的压力,荷兰政府限制了阿斯麦的出口。", "restricts", "usa", None,
     "what holds the subject back is no measure"),
    ("立陶宛允许台湾设立代表处,中国随即召回大使,此事也招致中国驻立陶宛大使馆的强烈谴责。", "opposes", None, "china",
     "a mission found by its country's name (中国驻…大使馆) never opposes that country"),
    ("菲律宾议员登上争议岛礁,中国海警对其喊话驱离,此举还招致中国驻菲律宾大使馆的强烈抗议。", "opposes", None, "china",
     "the same, 此举 after another clause"),
    ("台积电的营收高度依赖苹果的订单。", "supplies", "apple", "tsmc", "a reliance on a buyer's orders is on a customer"),
    ("这家工厂的美国母公司发布公告称,墨西哥政府依据《外国投资法》接管了工厂。", "issues", "usa", None,
     "a place before 母公司 says where the parent is from; it publishes nothing"),
    ("英伟达对阿里巴巴等大客户的依赖正在上升。", "supplies", "alibaba", "nvidia", "the same, the buyer named a customer"),
    ("美国要求韩国停止向中国出口存储芯片。", "opposes", "usa", "south_korea",
     "a demand to stop a trade is no measure's easing demanded"),
    ("美国敦促荷兰停止出售光刻机给中国。", "opposes", "usa", "netherlands", "the same after an urging, the goods' sale"),
    ("华为采购了大量设备,其中的工程师来自英特尔。", "supplies", "intel", "huawei", "其中 and no share of the purchase"),
    ("微软向数据中心出口英伟达芯片。", "supplies", "microsoft", "nvidia",
     "a company before goods after a verb that takes the goods is their maker"),
    ("阿里巴巴旗下的平头哥宣布,新芯片已量产,客户包括小米。", "supplies", "alibaba", "xiaomi",
     "the owner before its unit is not the subject"),
    ("美国财政部制裁了多家企业。包括华为在内的中国企业表示强烈反对。", "restricts", None, "huawei",
     "包括 alone opens a sentence of its own"),
    ("美国财政部制裁了多家企业。\n其中包括华为。", "restricts", None, "huawei", "nor is a sentence on another line read with it"),
    ("一家新加坡公司向中东客户转售AMD的GPU。", "supplies", None, "amd", "the same with 的"),
    ("英伟达表示,华为是苹果的竞争对手。", "competes_with", "huawei", "nvidia",
     "a rival whose own rival is named is not the speaker's"),
    ("卢森堡外交大臣在访问新加坡期间表示,欧盟不会采取任何损害亚洲伙伴利益的行动。", "opposes", None, "eu",
     "harm pledged not to be done condemns no one"),
    ("美国半导体行业协会呼吁商务部撤销对中芯国际的制裁。", "opposes", None, "smic",
     "urging a measure revoked lobbies for the company (no licence revoked)"),
    ("三星表示,公司主要客户为减少库存而推迟采购,英特尔也受到影响。", "supplies", "samsung", "intel",
     "为 before a verb is a purpose, no customer named"),
    ("欧盟委员会宣布,由于英特尔向电脑制造商支付回扣以排挤AMD,决定对其处以罚款。", "investigates", None, "amd",
     "其 after the clauses a reason opens is the reason's subject, not the last company named"),
    ("分析师表示,由于需求回暖,公司本季度向苹果交付了更多芯片。", "supplies", None, "apple",
     "a speaker who is no company's: 公司 is none (a guard: it passed before)"),
    ("消息公布后,英伟达股价上涨。但民主党人对此提出批评。", "opposes", None, "nvidia",
     "a company whose stock moved did nothing 对此 can be about"),
    ("华为已占据中芯国际的大部分产能,并成为其最大的竞争对手。", "supplies", "smic", "huawei",
     "capacity taken is no share of orders (占据, no word of revenue)"),
    ("荷兰经济大臣指责中国商务部的反制措施损害了欧洲汽车产业。", "opposes", "cn_commerce", "europe",
     "who a measure harms is no target of a stance"),
    ("日本企业批评美国的关税政策伤害了韩国的出口。", "opposes", None, "south_korea", "the same, 伤害了"),
    ("美国商务部宣布,英伟达须申请许可证,并将华为列入实体清单。", "restricts", "nvidia", "huawei",
     "what was announced goes on with its subject, but the announcer still lists (a guard: it passed before)"),
    ("小米面临高通的专利诉讼和竞争对手的价格战。", "competes_with", "xiaomi", "qualcomm",
     "competition faced is right after the rival's 的, and 竞争对手 names none"),
    ("软银计划购买价值20亿美元的英特尔普通股。", "supplies", "intel", "softbank", "common stock bought is no product"),
    ("美国的出口管制政策反而加速了华为等中国企业的发展。", "restricts", "usa", "huawei",
     "who gains from a measure (a verb of furthering before it) is not its target"),
    ("分析人士认为,荷兰的限制措施将促进上海微电子的技术突破。", "restricts", None, "smee", "the same, 促进"),
    ("日本的管制客观上催生了中微公司等本土设备商。", "restricts", "japan", "amec", "the same, 催生了"),
    ("商务部称,此次反倾销调查系应中国半导体行业协会的申请而立案。", "investigates", None, "csia",
     "who applied for an investigation (应X的申请) is not investigated"),
    ("欧盟委员会应意法半导体请求,对进口芯片展开调查。", "investigates", None, "stmicroelectronics",
     "the same without 的 (a guard: it passed before)"),
    ("字节跳动曾使用经马来西亚采购的英伟达芯片训练模型。", "supplies", "nvidia", "malaysia", "a route after 经 is no buyer"),
    ("这批芯片是取道越南采购的英伟达产品,最终运往中国。", "supplies", "nvidia", "vietnam", "nor after 取道"),
    ("两名商人向超微电脑的经销商采购了搭载H100芯片的服务器。", "supplies", "nvidia", "supermicro",
     "who a product is bought from, after a source marker, is no buyer of it"),
    ("该公司通过戴尔采购了H100芯片。", "supplies", "nvidia", "dell", "the same after 通过"),
    ("多家中国企业从美国进口了H20芯片。", "supplies", "nvidia", "usa", "the same after 从"),
    ("深圳一家贸易商从香港供应商处购入英伟达A100芯片。", "supplies", "nvidia", "hong_kong",
     "nor is the seller's place the buyer of the maker's goods"),
    ("浪潮集团的服务器搭载了受美国出口管制的AMD芯片。", "restricts", "usa", "inspur",
     "a passive that closes with 的 on a later noun, a verb away from the name before it, is the noun's"),
    ("长江存储采购了被美国列入实体清单的设备。", "restricts", "usa", "ymtc", "the same, 的 a few characters on"),
    ("美国商务部更新实体清单后,华为被日本列入观察名单。", "restricts", "us_commerce", "huawei",
     "a passive with its own agent is that agent's listing, not the updater's"),
    ("【共同社 大阪】日本经济产业省周四宣布,将限制向中国出口光刻胶。", "restricts", "osaka", None,
     "the place of a dateline in 【】 is no subject"),
    ("美光的一名发言人对日经新闻称,公司已停止向华为供货。", "supplies", "nikkei", None,
     "whom one speaks to is no company 公司 stands for"),
    ("阿斯麦首席执行官告诉彭博社,该公司将继续向中国客户出售DUV设备。", "supplies", "bloomberg", None,
     "nor whom one tells, for 该公司"),
    ("应用材料在接受华尔街日报采访时表示,公司已暂停向中芯国际出货。", "supplies", "wsj", None,
     "nor whom one answers"),
    ("韩国产业通商资源部表示,将依据《对外贸易法》修改相关告示。", "issues", "motie", None,
     "the law an act rests on (依据, 基于) is not what the act makes (a guard: it passed before)"),
    ("日本经济产业省宣布,将修订基于《外汇及外国贸易法》的政令。", "issues", "meti", None, "the same, 基于"),
    ("被美国商务部列入实体清单的企业数量已超过六百家,华为仍在扩大投资。", "restricts", "us_commerce", "huawei",
     "those a passive listing described, with no names told after them, are not the next clause's"),
    ("美国商务部批准向阿联酋人工智能企业G42出口英伟达最新一代B300芯片。", "supplies", "g42", None,
     "a company a preposition's object describes (向阿联酋…企业G42) is that object too, never the seller"),
    ("荷兰政府允许向韩国存储芯片巨头三星出售阿斯麦最新一代光刻机。", "supplies", "samsung", None, "the same, another shape"),
    ("美联社记者:有美国国会议员表示,应进一步限制阿斯麦向中国出售光刻机,并禁止相关零部件对华出口。", "supplies",
     "ap", None, "a reporter's outlet asks; it is no subject of what the question quotes"),
    ("英伟达的H20、AMD的MI308和英特尔的Gaudi 3都受管制。两家公司表示将向中国出售芯片。", "supplies", None, None,
     "a counted phrase stands for no list of owners of another length"),
    ("台积电发现算能下单的晶片流向华为后,即停止出货。", "supplies", "huawei", None,
     "whom goods went on to past their buyer (流向, 运往) sold them nothing"),
    ("腾讯采购的服务器随后运往中芯国际。", "supplies", "smic", "tencent", "the same, 运往"),
    ("1. 新浪科技讯 3月5日上午消息,三星电子宣布获得特斯拉芯片订单,将为特斯拉代工AI6芯片。", "supplies", "sina", None,
     "a flash item's outlet is no subject of the item"),
    ("央视网消息:市场监管总局宣布对高通公司立案调查。市场监管总局将依法对其开展进一步调查。", "investigates", None, "cctv",
     "nor is an outlet's news lead before a colon, so no later 其 stands for it"),
    ("美光表示,三星的HBM3E已获英伟达认证,并称公司将扩大向英伟达供货。", "supplies", "samsung", "nvidia",
     "a company named inside what was said is not the speaker 公司 stands for"),
    ("华盛顿 — 美国商务部星期四宣布,将中芯国际列入实体清单。", "restricts", "washington", None,
     "a dateline's city acts in nothing the story tells"),
    ("集微网讯 3月5日,星河科技在深圳举办发布会,并同步发布加速卡X9。", "made_by", None, "jiwei",
     "nor is a flash item's outlet before 讯, a space and the date"),
    ("路透东京3月5日 - 英伟达周三表示,将向中国客户交付H20。", "supplies", "reuters", None,
     "nor is a wire's name, its city and the date before a dash"),
    ("(德国之声)英伟达周三表示,将向中国客户交付H20。", "supplies", "dw", None,
     "an outlet's name alone in brackets opening the story acts in nothing it tells"),
    ("德州仪器方面回应路透社称,公司将继续为中国客户提供稳定供应。", "supplies", "reuters", None,
     "whom a speaker answers is not who supplies in what was said"),
    ("法院判处寒武纪前员工李明有期徒刑三年,并处罚金。", "investigates", None, "cambricon",
     "a fine on a company's former employee is none on the company (a guard: passed before)"),
    ("美国司法部指控联电员工将三星的技术带到晋华。", "opposes", "us_doj", "samsung",
     "whose goods the accused handle (将, 把) is no target of the accusation"),
    ("韩国检方指控SK海力士前员工把三星的工艺资料交给中国企业。", "opposes", None, "samsung", "the same, 把"),
    ("美国商务部公布实体清单后,中国新增5家晶圆厂,其中包括中芯国际。", "restricts", "us_commerce", "smic",
     "what another subject adds after a list is named is no listing (a guard: the members' clause must open with the adding)"),
    ("由软银控股的Arm宣布,将采购更多台积电晶圆。", "supplies", "tsmc", "softbank",
     "the owner in an agent's clause describing the actor buys nothing"),
    ("由国家大基金投资、总部位于合肥的长鑫存储表示,将向应用材料采购设备。", "supplies", None, "big_fund",
     "the same, two clauses joined by 、"),
    ("华为与中兴早已受美国管制。日本过去遵循美方规定管控对这两家公司的出货,如今经济产业省将其列入管制名单。", "restricts",
     "meti", "usa", "其 after a counted phrase stands for its names, not for a country named before it"),
    ("美国商务部以中芯国际向俄罗斯出口芯片为由,将其列入实体清单。", "restricts", None, "russia",
     "其 after grounds is the grounds' first name, not their last"),
    ("美国商务部以国防科大使用美国原产物项研制超级计算机为由,将其列入实体清单。", "restricts", "usa", "nudt",
     "a country named inside the grounds acts in nothing (a guard: nothing was read before)"),
    ("商务部发布公告,将雷神公司、波音公司等企业列入管控名单,禁止向其出口两用物项。", "supplies", "raytheon", "boeing",
     "a name right after 将 is what a clause disposes of, never the subject a later clause goes on with"),
    ("商务部宣布,将日本防卫企业三菱重工列入管控名单,禁止向其出口两用物项。", "restricts", "japan", None,
     "the same, a country describing what is disposed of (a guard: passed before)"),
    ("美国众议院中国特别委员会批评英特尔与中芯国际之间的关系。", "opposes", None, "smic",
     "a party after 与 to the ties a stance is on is no target of it"),
    ("科顿质疑高通与华为的合作关系。", "opposes", None, "huawei", "the same, 的 right before the ties"),
    ("美国商务部上月收紧了芯片管制。兰德公司随后发布报告。该机构研究人员认为,过度管制正在倒逼中国自主研发。", "restricts",
     "us_commerce", "china", "该机构 after a think tank is the think tank, not the last agency"),
    ("东京电子表示,今年上半年日本对华设备出口额同比增长。", "supplies", "tokyo_electron", "china",
     "a place opening what was said (after when) acts on the object it marks, not the speaker"),
    ("阿斯麦表示,荷兰向中国出口光刻机须获得许可。", "supplies", "asml", "china", "the same, 向"),
    ("由三星代工的特斯拉芯片已经量产,将供应给小米。", "supplies", "tesla", "xiaomi",
     "a maker named before its goods after such a clause is no actor"),
    ("英伟达发布了新芯片。与此同时,美国呼吁盟友加强对中国的出口管制。", "opposes", "nvidia", None,
     "a clause of a connective alone hands the sentence to the name opening the next, not to the last subject"),
    ("台积电公布了季度财报。此外,华盛顿还敦促荷兰加强对华出口管制。", "opposes", "tsmc", None,
     "the same after 此外, the subject a city"),
    ("美光上月发布财报。今年3月,美国议员呼吁商务部加强对中国的出口管制。", "opposes", "micron", None,
     "the same after a time"),
    ("美国出台新规后,中国企业纷纷转向国产芯片,并减少从英伟达采购。", "supplies", "nvidia", "usa",
     "a circumstance's subject does not go on past a clause with an unnamed subject of its own"),
    ("日本收紧管制后,这家韩国企业的工厂先是获得豁免,随后得以从东京电子采购设备。", "supplies", "tokyo_electron", "japan",
     "the same, two clauses on"),
    ("该团伙在香港向多家贸易商采购了英伟达H100芯片。", "supplies", "nvidia", "hong_kong",
     "a place after 在 where a buyer stands is where it buys, not the buyer"),
    ("他们在迪拜从当地经销商处购买AMD加速卡。", "supplies", "amd", "dubai", "the same with 从"),
    ("中方对日方进一步收紧对华半导体出口管制表示不满。", "restricts", "china", "japan",
     "the one reacting to a measure past the rest of its phrase (对华半导体出口管制) imposes nothing"),
    ("外交部对荷兰再次扩大对华光刻机出口限制表示强烈不满。", "restricts", "cn_mfa", "netherlands",
     "the same, a longer phrase (a guard: passed before)"),
    ("中方反对美国打压华为、荷兰限制阿斯麦出口的做法。", "restricts", "usa", "netherlands",
     "a name after 、 with its own act right after it opens another item of the list"),
    ("发言人就美方出台对华芯片管制措施、日本扩大出口管制范围等问题回答了提问。", "restricts", "usa", "japan",
     "the same in a list of matters, the name the trigger's direct tail"),
    ("被日本列入出口管制名单的企业与华为合作密切。", "restricts", "japan", "huawei",
     "a passive listing describes the noun right after its 的, no later name (a guard: passed before)"),
    ("北京时间周二,美国商务部发布最终规则,禁止在美国销售搭载俄罗斯软件的汽车。", "restricts", "beijing", None,
     "a place that tells the time (北京时间) is no name, and acts in nothing"),
    ("国民党批评政府在对美关税谈判中让步太多。", "opposes", "kmt", None,
     "a stance on a government named by no name is on no one the sentence names later"),
    ("民进党批评政府对中国过于软弱。", "opposes", "dpp", "china", "the same, the country a named one"),
    ("美国禁止英特尔的竞争对手向华为出售芯片。", "restricts", "usa", "intel", "a company's rivals are barred, not it"),
    ("美国禁止英特尔的竞争对手向华为出售芯片。", "competes_with", "intel", "huawei",
     "a name after an object marker is another verb's object, no rival"),
    ("欧盟对相关措施给德国企业带来的冲击表示关切。", "opposes", "eu", "germany",
     "whom the harm a noun names is brought to is no party to the stance"),
    ("韩国对美国新规给三星造成的损失表示遗憾。", "opposes", "south_korea", "samsung", "the same (a guard: passed before)"),
    ("英伟达出口H20,客户须事先获得美国商务部的许可证。", "restricts", "us_commerce", "h20",
     "a duty that names its own party is not on the goods (a guard: passed before)"),
    ("英特尔可能会通过向美国专利商标局专利审判与上诉委员会(PTAB)申请复审等方式予以反击。", "opposes", "intel", "uspto",
     "whom one asks, past the rest of its name and a bracket, is no object of the act"),
    ("美国参议院议员表示,批准H20出口将帮助中国。", "permits", "us_senate", None, "a legislature grants nothing"),
    ("美国商务部表示,中国区收入数据不影响决定。", "supplies", None, "china",
     "a region's revenue names no seller but a company (a guard: passed before)"),
    ("华为发布了新手机。被美国制裁的中兴表示,将加大研发。", "restricts", "usa", "huawei",
     "a sentence a passive opens carries no subject from the last: it describes its own (a guard)"),
    ("华为委托德勤对其业务进行审计。", "supplies", None, "huawei", "an errand other than making supplies nothing"),
    ("台湾检方起诉前台积电高层等三人。", "investigates", None, "tsmc",
     "a company's former executives (前…高层) are charged, not the company"),
    ("韩国检方起诉了原三星研发人员。", "investigates", None, "samsung", "the same with 原"),
    ("紫光集团完成对长鑫存储的投资,去年被美国商务部列入实体清单。", "restricts", "us_commerce", "cxmt",
     "a passive's subject is its clause's, not a name inside an earlier clause"),
    ("随着日本放宽对韩国的出口限制,三星有望扩大产能。", "permits", "japan", "samsung",
     "a name that opens a later clause is its subject, no object of the trigger"),
    ("美国批准了对中东的芯片出口,英伟达随即宣布扩产。", "permits", "usa", "nvidia", "the same"),
    ("英伟达将订单交给三星。", "supplies", "samsung", "nvidia", "nor does an order handed over, no making named (a guard)"),
    ("澜起科技向中芯国际采购代工产能,用于生产内存接口芯片。", "supplies", "montage", "smic",
     "capacity bought (代工产能) is a noun: the buyer sells nothing"),
    ("软银向Arm投资10亿美元并取得多数股权。", "supplies", "arm", "softbank",
     "a stake obtained with an investment is no goods bought"),
    ("检方指,该团伙将总值上亿元、装有英伟达GPU的服务器经泰国转运至中国。", "supplies", "nvidia", "china",
     "the maker of what 将 disposes of, past a long description, sells nothing"),
    ("美光向被列入美国实体清单的长江存储出售了存储芯片。", "restricts", "usa", "micron",
     "a passive after a preposition describes the noun after it, not the name before the preposition"),
    ("高通曾对遭美国制裁的华为供货。", "restricts", "usa", "qualcomm", "the same (a guard: passed before)"),
    ("美国商务部宣布批准H20对华出口。众议院“美中战略竞争特别委员会”主席穆勒纳尔(John Moolenaar)对此表示担忧。",
     "opposes", "moolenaar", "house_china_committee", "the reactor's employer is no matter reacted to"),
    ("美国政府与阿联酋进行了谈判,G42同意使用华为的设备。", "permits", None, "huawei",
     "a company opening the trigger's clause agrees, no government before it"),
    ("在荷兰收紧出口管制、美国持续施压的背景下,阿斯麦业务前景不明。", "restricts", "netherlands", "usa",
     "a name after 、 with its own act (施压) opens the next item of a list of acts"),
    ("美国众议院中国特设委员会主席穆勒纳尔称,放行H200会削弱美国优势。", "permits", None, "h200",
     "nor does a committee or its chair"),
    ("美国司法部指控,两名中国公民通过新加坡走私英伟达芯片。", "opposes", "us_doj", "china",
     "an accusation of people is not of their country (a guard: passed before)"),
    ("中科寒武纪科技股份有限公司(以下简称“寒武纪”或“公司”)成立于2016年。联想集团表示,公司将向字节跳动销售服务器。",
     "supplies", "cambricon", None, "a speaker's company is what 公司 in what was said stands for, even in a filing"),
    ("美国商务部宣布,将包括公司及全资子公司寒武纪行歌科技有限公司在内的实体列入清单。", "part_of", None, "us_commerce",
     "a body has no subsidiaries: 子公司 after it names another's"),
    ("寒武纪全资子公司寒武纪行歌科技有限公司与联想集团签订采购框架协议。", "part_of", "lenovo", None,
     "the company 与 joins to a unit before a verb of signing is the other party, no unit listed with it"),
    ("总理李强出席论坛。一位年轻人引起好奇——他是深度求索创始人梁文锋。", "works_for", "li_qiang", None,
     "a pronoun before a copula and the person it names stands for no one earlier"),
    ("英伟达首席财务官克雷斯表示,公司对未能向中国出口产品感到失望。", "opposes", None, "china",
     "where goods go in the matter a concern is on (对未能向中国出口…) is no party to it"),
    ("微软获准向阿联酋运送英伟达先进芯片。", "supplies", "microsoft", "nvidia",
     "the maker of the goods shipped, a modifier before their kind, is no customer"),
    ("英伟达、超微抢CoWoS产能。", "made_by", "cowos", None, "who books a maker's capacity makes nothing"),
    ("苹果已预订台积电明年过半的CoWoS产能。", "made_by", "cowos", "apple", "the same, 预订 (a guard: passed before)"),
    ("海光信息将向寒武纪股东提供现金选择权。", "supplies", None, "cambricon",
     "a company's shareholders offered terms are not the company supplied"),
    ("北方华创向芯源微异议股东提供收购请求权。", "supplies", "naura", None, "the same, its dissenting shareholders"),
    ("韩国在出口管制方面一向配合美国。", "restricts", "south_korea", "usa",
     "a trigger 在…方面 frames is what the clause is about, no act"),
    ("日本过去在芯片出口管制上多依循美国的做法。", "restricts", "japan", "usa", "the same, 在…上"),
    ("黄仁勋表示,他对中国市场的变化感到失望。", "opposes", None, "china",
     "a concern about a country's market is none about the country"),
    ("英伟达对美国市场前景表示担忧。", "opposes", "nvidia", None, "the same, another shape"),
    ("就在中美双方东京经贸会谈取得进展之际,美方却出台新的限制措施。封锁打压并未让美国企业获益。", "restricts", "tokyo", None,
     "a name in the frame of when (就在…之际) is no sentence's subject a later sentence goes on with"),
    ("正值北京举办展会,美方宣布新的限制措施。封锁并未奏效。", "restricts", "beijing", None,
     "the same, 正值 (a guard: passed before)"),
    ("该规则是在双方东京会谈后不久出台的,损害了互信。中方对此坚决反对。", "opposes", "china", "tokyo",
     "talks a place names are where, not what 对此 reacts to"),
    ("日本宣布管制,此前两国在北京经贸磋商中未能达成一致。中方对此表示不满。", "opposes", "china", "beijing",
     "the same, trade talks (a guard: passed before)"),
    ("英伟达和AMD同意将在中国销售芯片所得收入的15%上缴美国政府,此举引发两党议员批评。", "opposes", "amd", None,
     "what drew the criticism (此举引发…批评) takes no stance (a guard: it passed before)"),
    ("英伟达和AMD同意将在中国销售芯片所得收入的15%上缴美国政府,此举引发两党议员批评。", "opposes", "china", None,
     "nor is where the act happened (在中国销售) what 此举 stands for (a guard: it passed before)"),
    ("东京电子的蚀刻设备出口至日本以外地区时须事先向日本政府申请许可证。", "supplies", "tokyo_electron", "japan",
     "whom a licence is asked of buys nothing"),
    ("壁仞科技推出的新款GPU可兼容CUDA生态。", "made_by", "cuda", "biren",
     "what a product is compatible with is another's (a guard: it passed before)"),
    ("摩尔线程基于自研架构的GPU可兼容CUDA生态。", "made_by", "cuda", "moore_threads",
     "the same, after the maker's own architecture"),
    ("美国商务部表示,中方宣布对美光展开调查。", "investigates", "us_commerce", "micron",
     "a country that opens what the speaker said acts itself: the speaker does not"),
    ("日本经济产业省表示,北京已对美光展开审查。", "investigates", "meti", None, "the same, the capital"),
    ("高通CEO表示,联发科已构成严重威胁。", "opposes", None, "mediatek",
     "a rival called a threat to one's business is no adversary (a guard: it passed before)"),
    ("美国要求台积电等供应商停止向华为出货。", "supplies", "tsmc", "usa",
     "a government asking a maker's suppliers buys nothing from them"),
    ("英国政府下令博世出售大陆集团。", "supplies", "bosch", "continental", "a company sold is no buyer of goods"),
    ("分析人士认为,美国的出口限制反而帮助了华为。", "restricts", "usa", "huawei", "whom a measure helps it does not restrict"),
    ("日本对此表示不满,三星电子则称新规对公司影响有限。", "opposes", "japan", "samsung",
     "a company that speaks for itself after the stance is not what the stance is on"),
    ("美国的出口管制只会把市场拱手让给中芯国际。", "restricts", "usa", "smic", "nor to whom it hands a market"),
    ("美国商务部将140家中国实体列入实体清单,英伟达的H20也在其列。", "restricts", "us_commerce", "nvidia",
     "among them: the product, not its maker (a guard: it passed before)"),
    ("海光信息正与华为争夺腾讯、百度等互联网客户的订单。", "competes_with", "huawei", "tencent",
     "customers whose orders are fought over, a description after the list's 等, are no rivals"),
    ("戴尔向沙特客户交付搭载B300的服务器。", "made_by", "b300", "dell",
     "a seller of a product the dictionary gives another maker makes none of it (a guard: it passed before)"),
    ("海光信息收盘价超越中芯国际,成为板块龙头。", "competes_with", "hygon", "smic",
     "a closing price that overtakes another's is no rivalry"),
    ("集微网讯 8月下旬,星河科技股价持续走高,盘中一度超越长鑫存储。", "competes_with", "jiwei", None,
     "a flash item's outlet before a part of a month is no subject of the item (a guard: it passed before)"),
])
def test_key_fact_construction_does_not_fire(pipeline, text, relation_type, head, tail, why):
    never(pipeline, text, relation_type, head=head, tail=tail)


def test_a_lists_name_denies_nothing(pipeline):
    # 不 of 不可靠实体清单 is no negation of the listing after it
    got = relations(pipeline, "商务部表示,不可靠实体清单工作机制决定将雷神公司列入该清单。")
    assert {r[4] for r in got if r[:3] == ("cn_commerce", "restricts", "raytheon")} == {"positive"}, got


KEY_FACT_HEDGES = {  # a sentence -> the polarity and modality of the (head, type, tail) it states
    # a permission not had before the object marker negates the act
    ("阿斯麦的EUV光刻机从未获准向中国出口。", ("asml", "supplies", "china")): ("negative", "asserted"),
    ("三星尚未获批向华为供应HBM。", ("samsung", "supplies", "huawei")): ("negative", "asserted"),  # a guard
    # a copula's denial (并非) before the measure's object marker
    ("日本经济产业省称,新规并非对韩国实施出口限制。", ("meti", "restricts", "south_korea")): ("negative", "asserted"),
    ("这并非日本首次限制向韩国出口光刻胶。", ("japan", "restricts", "south_korea")): ("positive", "asserted"),  # a guard
    # a negation after the subject, in a clause before the trigger's, negates its own verb only
    # what the subject hopes to do is planned
    ("AMD已提交申请,期望向阿里巴巴出售MI308芯片。", ("amd", "supplies", "alibaba")): ("positive", "planned"),
    ("小米正在扩大产能,希望能向欧洲供应更多手机。", ("xiaomi", "supplies", "europe")): ("positive", "planned"),
    ("三星不会停产,但批评日本经济产业省的决定。", ("samsung", "opposes", "meti")): ("positive", "asserted"),
    ("英伟达没有回应置评请求,并已向中国交付了首批芯片。", ("nvidia", "supplies", "china")): ("positive", "asserted"),
    ("美国并未对华为实施制裁。", ("usa", "restricts", "huawei")): ("negative", "asserted"),
    # a negation inside a reason that holds the trigger negates it; one whose reason 而 closes first does not
    ("英特尔因未能在期限内获得中国监管机构批准,宣布终止收购计划。", ("china", "permits", "intel")): ("negative", "asserted"),
    ("三星因未获得批准而暂缓扩产,但已向华为供货。", ("samsung", "supplies", "huawei")): ("positive", "asserted"),
    # an act told as a risk (的风险) may happen; a word of lifting before it lowers the risk, negating nothing
    ("中芯国际面临被美国列入实体清单的风险。", ("usa", "restricts", "smic")): ("positive", "hypothetical"),
    ("分析认为,此举可降低长江存储被美国制裁的风险。", ("usa", "restricts", "ymtc")): ("positive", "hypothetical"),
    ("美国取消了对中兴通讯的制裁。", ("usa", "restricts", "zte")): ("negative", "asserted"),  # a guard: no risk
    # having the grounds to act is not acting
    ("两名议员在信中称,商务部有充分的法律依据将长鑫存储列入实体清单。", ("us_commerce", "restricts", "cxmt")):
        ("positive", "planned"),
    ("分析人士认为,日本有理由对中国实施出口管制。", ("japan", "restricts", "china")): ("positive", "planned"),
    # a sale that may happen only on a condition is hypothetical
    ("根据新规,阿斯麦须获得许可证才能向中国出口浸润式光刻机。", ("asml", "supplies", "china")): ("positive", "hypothetical"),
    ("英伟达必须获得许可方可向中国出售H20。", ("nvidia", "supplies", "china")): ("positive", "hypothetical"),
    # a sale prevented is barred, not made
    ("日本政府采取措施防止东京电子向中国出口设备。", ("tokyo_electron", "supplies", "china")): ("negative", "asserted"),
    ("三星电子表示,将杜绝向华为供应存储芯片。", ("samsung", "supplies", "huawei")): ("negative", "asserted"),
    # a concession supposes its clause (即使, 哪怕), unless the clause says it has happened (了, 已)
    ("哪怕荷兰禁止阿斯麦出口光刻机,中国也能自主研发。", ("netherlands", "restricts", "asml")): ("positive", "hypothetical"),
    ("即使日本将东京电子列入管制名单,韩国也不会跟进。", ("japan", "restricts", "tokyo_electron")): ("positive", "hypothetical"),
    ("即便美国放宽了对H20的限制,英伟达的销量仍难恢复。", ("usa", "permits", "h20")): ("positive", "asserted"),
    ("即使美国已经批准英伟达出口,中国企业仍谨慎采购。", ("usa", "permits", "nvidia")): ("positive", "asserted"),
    # a qualification failed is no supply
    ("三星的HBM3E样品未能通过英伟达的认证。", ("samsung", "supplies", "nvidia")): ("negative", "asserted"),
    # a future that is no disposal marker plans (将于, 即将); 将 before the object disposes of it
    ("日本经济产业省将于明年对三星实施新的出口管制。", ("meti", "restricts", "samsung")): ("positive", "planned"),
    ("荷兰政府即将收紧对阿斯麦的出口管制。", ("netherlands", "restricts", "asml")): ("positive", "planned"),
    ("日本经济产业省将三星列入管制名单。", ("meti", "restricts", "samsung")): ("positive", "asserted"),
    # a purchase stopped, told as a noun
    ("阿里巴巴暂停了对英伟达芯片的采购。", ("nvidia", "supplies", "alibaba")): ("negative", "asserted"),
    # a measure ended, or promised to end, is lifted
    ("美国宣布结束对古巴的制裁。", ("usa", "restricts", "cuba")): ("negative", "asserted"),
    ("美国承诺终止对伊朗的一切制裁。", ("usa", "restricts", "iran")): ("negative", "planned"),
    # what was asked is the reason for the act, no demand of it
    ("在美方要求下,三星停止向华为供应内存。", ("samsung", "supplies", "huawei")): ("negative", "asserted"),
    ("在华盛顿的施压之下,荷兰限制了阿斯麦的出口。", ("netherlands", "restricts", "asml")): ("positive", "asserted"),
    # a war game's scenario is hypothetical
    ("日本自卫队进行兵推,假定中国对日本实施稀土禁运。", ("china", "restricts", "japan")): ("positive", "hypothetical"),
    # two readings of one triple in one sentence: the hedge one of them saw stands
    ("中国海关总署要求进口商暂停进口美光的内存。", ("cn_customs", "restricts", "micron")): ("positive", "planned"),
    # a company's confirmation opens what it said; 其 is the company
    ("西部数据证实,其已停止向华为出货。", ("western_digital", "supplies", "huawei")): ("negative", "asserted"),
    # a licence of the holder told first, not issued: a measure that stands
    ("日本经济产业省称,东京电子申请的出口许可证仍未发放。", ("meti", "restricts", "tokyo_electron")): ("positive", "asserted"),
    # an attempt is no act done
    ("荷兰政府试图阻止安世半导体向中国转移技术。", ("netherlands", "restricts", "nexperia")): ("positive", "planned"),
    # a power granted is no act taken
    ("新法案规定,美国商务部有权对违规企业中芯国际实施制裁。", ("us_commerce", "restricts", "smic")): ("positive", "planned"),
    # a hedge inside a construction with no verb of its own
    ("三星电子正力争成为英伟达的第二家供应商。", ("samsung", "supplies", "nvidia")): ("positive", "planned"),
    ("美光计划成为苹果的内存供应商。", ("micron", "supplies", "apple")): ("positive", "planned"),
    # a threat denied
    ("日本政府表示,韩国并不对日本构成安全威胁。", ("japan", "opposes", "south_korea")): ("negative", "asserted"),
    # the party asked to stop buying, named after the asking
    ("网信办要求字节跳动停止采购英伟达的芯片。", ("nvidia", "supplies", "bytedance")): ("negative", "planned"),
    # a plan or a demand inside the matter a stance is on is the matter's
    ("日本对中国计划限制稀土出口表示关切。", ("japan", "opposes", "china")): ("positive", "asserted"),
    ("荷兰对美国要求盟友停止对华出口设备的做法表示不满。", ("netherlands", "opposes", "usa")): ("positive", "asserted"),
    ("韩国放宽三星电子芯片设备出口管制。", ("south_korea", "restricts", "samsung")): ("negative", "asserted"),
    # a lifting refused or denied leaves the measure standing
    ("荷兰政府拒绝撤销对阿斯麦的出口限制。", ("netherlands", "restricts", "asml")): ("positive", "asserted"),
    ("日本政府没有放宽对韩国的出口管制。", ("japan", "restricts", "south_korea")): ("positive", "asserted"),
    # a second order in a clause that goes on is an order too, not one demanded
    ("日本政府要求尼康停止向华为供货,并要求佳能暂停对中芯国际的出口。", ("japan", "restricts", "canon")):
        ("positive", "asserted"),
    # the body a letter goes to is asked to act: its act is planned
    ("众议院外交事务委员会致函商务部,要求禁止美国企业向壁仞科技出口设备。", ("us_commerce", "restricts", "biren")):
        ("positive", "planned"),
    ("众议院中国问题特设委员会主席穆勒纳尔致信商务部长雷蒙多,要求禁止向长鑫存储出口设备。",
     ("us_commerce", "restricts", "cxmt")): ("positive", "planned"),
    # a measure suspended is lifted; what the tail does suspended is restricted
    ("日本政府宣布暂停对韩国的出口管制。", ("japan", "restricts", "south_korea")): ("negative", "asserted"),
    ("欧盟暂停对中国电动汽车加征关税。", ("eu", "restricts", "china")): ("negative", "asserted"),
    ("日本暂停对韩国加征25%关税。", ("japan", "restricts", "south_korea")): ("negative", "asserted"),
    ("欧盟宣布暂停对中国电动汽车征收15%的反补贴税。", ("eu", "restricts", "china")): ("negative", "asserted"),
    ("日本经济产业省暂停了对东京电子的调查。", ("meti", "investigates", "tokyo_electron")): ("negative", "asserted"),
    ("美国商务部暂停向AMD发放出口许可证。", ("us_commerce", "restricts", "amd")): ("positive", "asserted"),
    ("美国商务部通知英伟达,向中国出口H20芯片不再需要获得许可证。", ("us_commerce", "restricts", "nvidia")):
        ("negative", "asserted"),
    ("如果谈判破裂,美国将限制英伟达出口。", ("usa", "restricts", "nvidia")): ("positive", "hypothetical"),
    # a sale stopped is no sale
    ("美光宣布将停止向中国的数据中心客户供应服务器芯片。", ("micron", "supplies", "china")): ("negative", "asserted"),
    ("台积电已终止向华为供货。", ("tsmc", "supplies", "huawei")): ("negative", "asserted"),
    # a supply cut off is denied; one never cut off is stated
    ("三星对中兴通讯断供。", ("samsung", "supplies", "zte")): ("negative", "asserted"),
    ("美光停供浪潮集团。", ("micron", "supplies", "inspur")): ("negative", "asserted"),
    ("台积电表示从未对联发科断供。", ("tsmc", "supplies", "mediatek")): ("positive", "asserted"),
    # the asker's stance is as certain as the asking, not planned like the stance asked for
    ("英特尔游说议员反对《芯片安全法案》。", ("intel", "opposes", "chip_security_act")): ("positive", "asserted"),
    ("中国敦促美国,立即取消对中兴通讯的制裁。", ("usa", "restricts", "zte")): ("negative", "planned"),
    ("欧盟延后实施对中国电动汽车的关税。", ("eu", "restricts", "china")): ("negative", "asserted"),  # postponed
    ("外交部敦促荷兰遵守市场规则,停止对安世半导体的干预和制裁。", ("netherlands", "restricts", "nexperia")):
        ("negative", "planned"),
    ("美国打算说服荷兰抵制华为。", ("usa", "opposes", "huawei")): ("positive", "planned"),
    ("美国打算说服荷兰抵制华为。", ("netherlands", "opposes", "huawei")): ("positive", "planned"),
    ("格芯的产能难以满足高通的需求。", ("globalfoundries", "supplies", "qualcomm")): ("negative", "asserted"),
    # nor is a sale a licence is not yet granted for
    ("美国商务部尚未批准AMD向中国出口MI308芯片的申请。", ("amd", "supplies", "china")): ("negative", "asserted"),
    # a sale applied for, planned or requested later in its clause is planned
    ("英伟达已提交向中国出售H20芯片的出口许可申请。", ("nvidia", "supplies", "china")): ("positive", "planned"),
    ("三星电子向华为供应芯片的计划已获批准。", ("samsung", "supplies", "huawei")): ("positive", "planned"),
    ("英伟达向中国出售H20芯片的消息传出后,股价上涨。", ("nvidia", "supplies", "china")): ("positive", "reported"),
    # a rumour
    ("有传言称台积电已恢复向华为供货。", ("tsmc", "supplies", "huawei")): ("positive", "reported"),
    # 将 before 为 is a future
    ("博通将为OpenAI定制AI芯片。", ("broadcom", "supplies", "openai")): ("positive", "planned"),
    # an order read with a tie is not the tie's
    ("小米要求其供应商高通提高产量。", ("qualcomm", "supplies", "xiaomi")): ("positive", "asserted"),
    ("英伟达已要求供应商安靠暂停生产。", ("amkor", "supplies", "nvidia")): ("positive", "asserted"),
    ("三星的HBM芯片迟迟未能打入英伟达供应链。", ("samsung", "supplies", "nvidia")): ("negative", "asserted"),
    # a report's cue across two words is none (数据|传送 holds 据传)
    ("美国众议院中国问题特别委员会指控深度求索将用户数据传送至中国。", ("house_china_committee", "opposes", "deepseek")):
        ("positive", "asserted"),
    ("据传美国将限制英伟达出口。", ("usa", "restricts", "nvidia")): ("positive", "reported"),
    # a law invoked is no source cited; a source cited still is
    ("荷兰政府援引《物资供应法》,对闻泰科技旗下的安世半导体下达命令。", ("nexperia", "part_of", "wingtech")):
        ("positive", "asserted"),
    ("彭博社援引知情人士报道,美国限制英伟达出口。", ("usa", "restricts", "nvidia")): ("positive", "reported"),
    # a threat is a plan; a threat named as a reason is not
    ("特朗普威胁对中国商品加征关税。", ("usa", "restricts", "china")): ("positive", "planned"),
    ("美国警告将对中芯国际实施制裁。", ("usa", "restricts", "smic")): ("positive", "planned"),
    ("美国以国家安全威胁为由,对华为实施制裁。", ("usa", "restricts", "huawei")): ("positive", "asserted"),
    # a question (whether) asserts nothing
    ("美国商务部正在调查台积电是否向华为供货。", ("tsmc", "supplies", "huawei")): ("positive", "hypothetical"),
    ("外界关注荷兰能否继续允许阿斯麦向中国出口光刻机。", ("netherlands", "permits", "asml")): ("positive", "hypothetical"),
    # a negation before a question denies the asking, not the act asked about
    ("日本政府尚未决定是否批准东京电子的出口申请。", ("japan", "permits", "tokyo_electron")): ("positive", "hypothetical"),
    ("倘若中方报复,美国商务部将把长江存储列入实体清单。", ("us_commerce", "restricts", "ymtc")): ("positive", "hypothetical"),
    ("美国限制英伟达出口,如果谈判破裂则会加码。", ("usa", "restricts", "nvidia")): ("positive", "asserted"),
    ("参议员认为,美国商务部应暂停华为的全部许可。", ("us_commerce", "restricts", "huawei")): ("positive", "planned"),
    ("他说美国必须禁止英伟达向中国出口H20。", ("usa", "restricts", "nvidia")): ("positive", "planned"),
    ("英伟达向华为供应芯片。", ("nvidia", "supplies", "huawei")): ("positive", "asserted"),  # 应 of 供应
    ("这主要是因为英伟达向中国出售H20。", ("nvidia", "supplies", "china")): ("positive", "asserted"),  # 要是 of 主要是
    ("美国商务部限制若干企业采购英伟达芯片。", ("us_commerce", "restricts", "nvidia")): ("positive", "asserted"),  # 若干
    ("荷兰禁止ASML向中国出口光刻机。", ("asml", "supplies", "china")): ("negative", "asserted"),
    # an exemption or a suspended measure lifts it
    ("日本对部分美国企业豁免出口管制。", ("japan", "restricts", "usa")): ("negative", "asserted"),
    ("荷兰宣布暂停实施对华光刻机出口管制。", ("netherlands", "restricts", "china")): ("negative", "asserted"),
    ("特朗普说,他不会允许英伟达向中国出售Blackwell芯片。", ("nvidia", "supplies", "china")): ("negative", "asserted"),
    ("美国商务部拒绝允许AMD向中国出售MI308芯片。", ("amd", "supplies", "china")): ("negative", "asserted"),
    # a new or whole round of measures suspended is lifted, not a suspension of the tail's dealings
    ("拜登表示,已暂停对朝鲜的新制裁。", ("usa", "restricts", "north_korea")): ("negative", "asserted"),
    ("美国宣布暂停对古巴的所有制裁。", ("usa", "restricts", "cuba")): ("negative", "asserted"),
    # a request named as a noun urges nothing that follows
    ("特朗普在以色列的要求下宣布制裁伊朗。", ("usa", "restricts", "iran")): ("positive", "asserted"),
    ("应美国的要求,荷兰政府禁止阿斯麦向中国出口光刻机。", ("asml", "supplies", "china")): ("negative", "asserted"),
    ("美国要求荷兰限制阿斯麦向中国出口。", ("netherlands", "restricts", "asml")): ("positive", "planned"),
    # a negation before the object's marker, an adverb between
    ("日本经济产业省发布的清单没有正式对中国企业实施出口限制。", ("meti", "restricts", "china")): ("negative", "asserted"),
    ("欧盟委员会的报告并未明确对华为提出调查。", ("eu_commission", "investigates", "huawei")): ("negative", "asserted"),
    ("荷兰政府拒绝放行阿斯麦运往中国的光刻机。", ("asml", "supplies", "china")): ("negative", "asserted"),
    ("ASML向中国出口光刻机。", ("asml", "supplies", "china")): ("positive", "asserted"),
    # a stance condemning conduct: a demand to stop it is the stance; only a denial of the conduct negates
    ("商务部表示,美方应停止泛化国家安全概念。", ("cn_commerce", "opposes", "usa")): ("positive", "asserted"),
    ("外交部表示,美方必须停止干涉中国内政。", ("cn_mfa", "opposes", "usa")): ("positive", "asserted"),
    ("据报道,中方表示美方将贸易问题政治化。", ("china", "opposes", "usa")): ("positive", "reported"),
    ("毛宁表示,美国并没有滥用国家力量。", ("mao_ning", "opposes", "usa")): ("negative", "asserted"),
    # urging someone to stop what is condemned is the stance too
    ("中方敦促美方停止将经贸问题政治化。", ("china", "opposes", "usa")): ("positive", "asserted"),
    ("外交部敦促日方停止干涉中国内政。", ("cn_mfa", "opposes", "japan")): ("positive", "asserted"),
    # What a measure failed to stop happened.
    ("美国未能阻止英伟达向中国出售H20。", ("nvidia", "supplies", "china")): ("positive", "asserted"),
    ("麦考尔指控拜登政府未能采取足够措施,阻止中芯国际向华为供货。", ("smic", "supplies", "huawei")): ("positive", "asserted"),
    # a plan covers the clause that goes on from it, not one set against it
    ("日本政府拟收紧光刻胶出口,并将长江存储列入最终用户清单。", ("japan", "restricts", "ymtc")):
        ("positive", "planned"),
    ("荷兰计划放宽部分限制,但已将中芯国际列入审查名单。", ("netherlands", "restricts", "smic")): ("positive", "asserted"),
    # going to (要把, 要将), before the disposal marker
    ("美国商务部要把长鑫存储的多家子公司塞进实体清单。", ("us_commerce", "restricts", "cxmt")): ("positive", "planned"),
    ("日本政府要将东京电子的部分设备纳入出口管制。", ("japan", "restricts", "tokyo_electron")): ("positive", "planned"),
    # a message passed around
    ("网上流传一条消息:英伟达已停止向中国客户供货。", ("nvidia", "supplies", "china")): ("negative", "reported"),
    # a promise pointed at (违反上述承诺) is a noun: it plans nothing; one made still does
    ("欧盟委员会认定,因谷歌违反了上述承诺,已对谷歌处以罚款。", ("eu_commission", "investigates", "google")):
        ("positive", "asserted"),
    ("市场监管总局称高通未遵守相关承诺,随后对高通展开调查。", ("samr", "investigates", "qualcomm")): ("positive", "asserted"),
    ("英伟达承诺继续向中国客户供货。", ("nvidia", "supplies", "china")): ("positive", "planned"),
    # a licence duty the head demands is its own act; one a head is urged to impose, or plans, is not yet
    ("美国政府要求H200出口须申请许可证。", ("usa", "restricts", "h200")): ("positive", "asserted"),
    ("美国商务部要求英伟达向中国出口H20须获得许可证。", ("us_commerce", "restricts", "nvidia")): ("positive", "asserted"),
    ("美国呼吁荷兰对阿斯麦的光刻机出口实施许可证要求。", ("netherlands", "restricts", "asml")): ("positive", "planned"),
    ("美国计划要求H20出口须申请许可证。", ("usa", "restricts", "h20")): ("positive", "planned"),
}


@pytest.mark.parametrize("text, triple", KEY_FACT_HEDGES)
def test_key_fact_polarity_and_modality(pipeline, text, triple):
    got = {(p, m) for h, t, tail, _, p, m in relations(pipeline, text) if (h, t, tail) == triple}
    assert got == {KEY_FACT_HEDGES[(text, triple)]}, got


def test_an_unknown_company_listed_with_a_known_one_is_listed_too(pipeline):
    """将甲和乙列入: the known member makes the unknown one a company, and both are restricted."""
    result = pipeline.process_text("t.txt", "美国商务部宣布将星澜微电子和中芯国际列入实体清单。")
    names = {m.entity_id: m.text for m in result.mentions}
    found = {(r.head, r.type, names[r.tail]) for r in result.relations}
    assert {("us_commerce", "restricts", "星澜微电子"), ("us_commerce", "restricts", "中芯国际")} <= found, found


def test_officers_listed_after_one_employer_each_work_for_it(pipeline):
    """总裁甲、董事长乙: the second title and name after the company are its officer's too."""
    result = pipeline.process_text("t.txt", "寒武纪总裁王强、董事长陈天明出席了发布会。")
    people = {m.text: m.entity_id for m in result.mentions if m.type == "PERSON"}
    found = {(r.head, r.type, r.tail) for r in result.relations}
    assert {(people[name], "works_for", "cambricon") for name in ("王强", "陈天明")} <= found


def test_a_list_update_names_each_new_member(pipeline):
    """新增 opens the list of names added, not a name: the company is found whole and restricted."""
    result = pipeline.process_text("t.txt", "台湾经济部更新出口管制名单,新增光明科技有限公司等实体。")
    added = next(m for m in result.mentions if m.text.endswith("有限公司"))
    assert added.text == "光明科技有限公司"
    assert ("tw_moea", "restricts", added.entity_id) in {(r.head, r.type, r.tail) for r in result.relations}


def test_the_rule_file_checks_the_key_fact_keys(tmp_path):
    text = (DICTIONARIES / "relations.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "relations.yaml"
    broken.write_text(text.replace("    not_followed_by: onward\n", "    not_followed_by: nowhere\n", 1).replace(
        "voiced: [opposes]\n", "voiced: [likes]\n").replace("  relations: [supplies]\n", "  relations: [sells]\n", 1).replace(
        "    trigger_not_before: quantity\n", "    trigger_not_before: numbers\n", 1), encoding="utf-8")
    with pytest.raises(DictionaryError) as error:
        load_rules(broken)
    problems = str(error.value).splitlines()
    assert any(".not_followed_by: must name a list under words:" in p for p in problems)
    assert any("voiced[0]: unknown relation 'likes'" in p for p in problems)
    assert any("barred.relations[0]: unknown relation 'sells'" in p for p in problems)
    assert any(".trigger_not_before: must name a list under words:" in p for p in problems)
    assert len(problems) == 4 and all(re.match(f"{re.escape(str(broken))}:[0-9]+: ", p) for p in problems)


def _employers(pipeline, text):
    result = pipeline.process_text("t.txt", text)
    names = {m.entity_id: m.text for m in result.mentions}
    return {(names.get(r.head), r.tail) for r in result.relations if r.type == "works_for"}


@pytest.mark.parametrize("text, expected", [
    ("英伟达再度下调营收预期\n\n每经记者：黄子琪 每经编辑：孔令宇\n\n英伟达周三表示…",
     {("黄子琪", "nbd"), ("孔令宇", "nbd")}),
    ("集微网报道（文/苏明哲）据知情人士透露,美国商务部拟扩大管制。", {("苏明哲", "jiwei")}),
    ("文｜钛媒体，作者｜韩立新，编辑｜罗静\n\n国产GPU厂商…", {("韩立新", "tmtpost"), ("罗静", "tmtpost")}),
    ("证券时报记者：张海涛\n\n中芯国际周四公布财报。", {("张海涛", "securities_times")}),
    ("凤凰网科技讯 （作者/林子涵）1月12日消息,英伟达表示…", {("林子涵", "ifeng")}),
    ("【文/观察者网 韩子墨】商务部周四宣布…", {("韩子墨", "guancha")}),
])
def test_a_byline_names_whom_its_outlet_employs(pipeline, text, expected):
    assert _employers(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "文丨蔡文博 编辑丨邓一帆\n\n海外算力租赁…",  # no outlet in the byline
    "路透社报道：王海明认为,需求仍然强劲。",  # a report's colon, then whom it quotes
    "英伟达表示：张立文将出任中国区负责人。",  # what a company said
])
def test_a_name_after_an_outlet_and_a_colon_is_no_byline(pipeline, text):
    assert _employers(pipeline, text) == set()


@pytest.mark.parametrize("text, unit, others", [
    ("阿里巴巴旗下的阿里云、腾讯与字节跳动过去一年都在东南亚扩大租用算力。", "alibaba_cloud", ("tencent", "bytedance")),
    ("字节跳动旗下的火山引擎、腾讯与百度今年都在马来西亚租用算力。", "volcano_engine", ("tencent", "baidu")),
])
def test_companies_listed_after_an_owners_unit_are_no_units_of_it(pipeline, text, unit, others):
    got = triples(pipeline, text)
    owner = next(t[2] for t in got if t[:2] == (unit, "part_of"))
    assert not {t for t in got if t[1] == "part_of" and t[0] in others}, sorted(got)
    assert owner in ("alibaba", "bytedance")


@pytest.mark.parametrize("text, restricted", [
    ("泰国商务部宣布,凡出口美国原产的AI芯片,包括英伟达H200,均须事先取得许可证。", True),
    ("凡出口美国原产的AI芯片,包括英伟达H200,均须事先取得许可证。", False),
])
def test_a_country_of_origin_imposes_nothing(pipeline, text, restricted):
    """美国原产的芯片: where the goods come from, not who requires the licence."""
    got = triples(pipeline, text)
    assert not {t for t in got if t[0] == "usa" and t[1] == "restricts"}, sorted(got)
    assert any(t[1:] == ("restricts", "h200") for t in got) == restricted, sorted(got)


@pytest.mark.parametrize("text, head, tail, polarity", [
    ("业内人士认为,华为等国内芯片厂商已难以从三星电子、SK海力士和美光获得HBM供货。", "micron", "huawei", "negative"),
    ("寒武纪等公司今后将无法从台积电、三星电子和格芯获得先进制程代工产能。", "tsmc", "cambricon", "negative"),
    # the negation in a later clause leaves the supply stated (a guard: it passed before)
    ("华为此前一直从三星电子获得HBM供货,但今后难以为继。", "samsung", "huawei", "positive"),
])
def test_a_negation_before_the_phrase_of_the_second_name_negates_the_predicate(pipeline, text, head, tail, polarity):
    got = {(h, t, p) for h, kind, t, _, p, _ in relations(pipeline, text) if kind == "supplies"}
    assert (head, tail, polarity) in got, sorted(got)


def test_a_product_named_after_its_makers_verb_is_made_by_it(pipeline):
    result = pipeline.process_text("t.txt", "雷神生产的“天穹”(Skydome)防空系统已交付。")
    product = next(m.entity_id for m in result.mentions if m.text == "天穹")
    assert (product, "made_by", "raytheon") in {(r.head, r.type, r.tail) for r in result.relations}
    assert next(m.entity_id for m in result.mentions if m.text == "Skydome") == product  # the gloss after the quotes


@pytest.mark.parametrize("text, expected, wrong", [
    ("AMD提出收购赛灵思,市场监管总局随后核准其收购。", ("samr", "permits", "amd"), ("samr", "permits", "xilinx")),
    ("市场监管总局认定高通违反承诺及其收购恩智浦时的附加条件,并决定对其立案调查。",
     ("samr", "investigates", "qualcomm"), ("samr", "investigates", "nxp")),
    # whom the earlier clause addressed is still whom 其 stands for (a guard: it passed before)
    ("美国商务部在约谈台积电时,要求其停止向华为供货。", ("us_commerce", "restricts", "tsmc"), None),
])
def test_qi_stands_for_no_object_of_an_act(pipeline, text, expected, wrong):
    """其 after a verb of approving or an object marker stands for the actor, not the object of the act it
    is asked about (收购赛灵思 … 核准其收购) or of another 其's act (及其收购恩智浦时的条件)."""
    got = triples(pipeline, text)
    assert expected in got and wrong not in got, sorted(got)


@pytest.mark.parametrize("text, issuer", [
    ("美国参议院周四通过《芯片出口安全法案》,该法案仍需众议院表决。", None),
    ("美国众议院以压倒性多数通过了《海外算力管控法案》。", None),
    # the legislature as a whole enacts (a guard: it passed before)
    ("美国国会通过《芯片出口安全法案》,总统随后签署。", "us_congress"),
])
def test_one_house_passing_a_bill_issues_nothing(pipeline, text, issuer):
    got = {t[0] for t in triples(pipeline, text) if t[1] == "issues"}
    assert got == ({issuer} if issuer else set()), got


@pytest.mark.parametrize("text", [
    "字节跳动与当地一家数据中心运营商签约,租用约2000台搭载英伟达H200芯片的服务器。",
    "腾讯今年部署了大批搭载英伟达H20的服务器。",
    "两名商人通过中间商采购了搭载英伟达H100芯片的服务器。",
])
def test_what_a_thing_bought_carries_is_bought_from_no_one(pipeline, text):
    """The chips a rented or bought server carries name no seller (the servers' seller is someone else)."""
    never(pipeline, text, "supplies", "nvidia")


def test_a_device_built_with_a_makers_chip_is_supplied_by_it(pipeline):
    """(a guard: it passed before) 搭载 right after the device: its maker buys the chip."""
    reads(pipeline, "小米的新款旗舰手机搭载了高通的骁龙芯片。", ("qualcomm", "supplies", "xiaomi"))


@pytest.mark.parametrize("text, wrong, right", [
    ("长鑫将是南亚科与华邦电在利基型DRAM市场最主要的竞争对手。", ("nanya_tech", "competes_with", "winbond"),
     ("cxmt", "competes_with", "winbond")),
    ("寒武纪已成为英伟达与AMD在中国市场的主要竞争对手。", ("nvidia", "competes_with", "amd"),
     ("cambricon", "competes_with", "amd")),
    # a copula before two names that compete with each other (a guard: it passed before)
    ("目前国内市场的格局是华为与寒武纪激烈竞争。", None, ("huawei", "competes_with", "cambricon")),
])
def test_names_whose_rival_a_subject_is_are_no_rivals_of_each_other(pipeline, text, wrong, right):
    got = triples(pipeline, text)
    assert right in got and wrong not in got, sorted(got)


@pytest.mark.parametrize("text, expected", [
    ("泛林集团在年报中披露,来自中国大陆的营收占比约为三成。", ("lam_research", "supplies", "china")),
    ("科磊在最新财报里披露,来自中国大陆的营收占比升至四成。", ("kla", "supplies", "china")),
])
def test_a_company_disclosing_in_its_own_document_is_the_subject_after_it(pipeline, text, expected):
    reads(pipeline, text, expected)


def test_a_source_reporting_is_still_no_subject(pipeline):
    """(a guard: it passed before) 路透社报道, opens what a source said: the outlet sells nothing."""
    never(pipeline, "路透社在报道中披露,来自中国大陆的营收占比约为三成。", "supplies", "reuters")


@pytest.mark.parametrize("text, expected", [
    ("德国政府周五宣布暂停执行针对英飞凌的命令。", ("germany", "permits", "infineon")),
    ("荷兰政府已中止执行此前依据《物资供应法》对阿斯麦下达的部长令。", ("netherlands", "permits", "asml")),
])
def test_an_order_suspended_permits_whom_it_bound(pipeline, text, expected):
    reads(pipeline, text, expected)


def test_an_order_given_permits_nothing(pipeline):
    never(pipeline, "荷兰经济部对安世半导体下达命令,冻结其资产调整。", "permits")


@pytest.mark.parametrize("text, expected", [
    ("美方近期放开了B30A芯片的对华出口。", ("usa", "permits", "b30a")),
    ("日本政府宣布放开东京电子部分设备的对华出口。", ("japan", "permits", "tokyo_electron")),
])
def test_opening_exports_permits_them(pipeline, text, expected):
    reads(pipeline, text, expected)


def test_opening_up_without_goods_permits_nothing(pipeline):
    never(pipeline, "华为放开手脚大举扩产,英伟达则持观望态度。", "permits")


@pytest.mark.parametrize("text, expected", [
    ("壁仞科技于本月初获中国证监会同意注册,将于下周在科创板上市。", ("csrc", "permits", "biren")),
    ("摩尔线程的首发申请已获得证监会同意注册的批复。", ("csrc", "permits", "moore_threads")),
])
def test_a_listing_registered_by_the_regulator_is_permitted(pipeline, text, expected):
    reads(pipeline, text, expected)


def test_a_listing_not_yet_registered_is_not_permitted(pipeline):
    got = relations(pipeline, "燧原科技表示,公司尚未获证监会同意注册。")
    assert not {r for r in got if r[1] == "permits" and r[4] == "positive"}, got


@pytest.mark.parametrize("text, place", [
    ("其中字节跳动在马来西亚柔佛州租用的辉达晶片规模最大。", "johor"),
    ("据悉,腾讯在日本东京采购的英伟达芯片已运抵。", "tokyo"),
])
def test_a_place_within_a_place_after_zai_is_only_where(pipeline, text, place):
    """在马来西亚柔佛州: the state, as the country, says where the act is, not who buys."""
    never(pipeline, text, "supplies", "nvidia", place)
