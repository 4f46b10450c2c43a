"""Relations on real sentences: direction cues, lists, roles, hedges and evidence."""
from __future__ import annotations

import pytest

from conftest import DICTIONARIES
from kg.pipeline import Pipeline
from kg.relate.sentences import clauses, sentences


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline.load(DICTIONARIES, cache_dir=None)


def relations(pipeline, text):
    return {(r.head, r.type, r.tail, r.role, r.polarity, r.modality)
            for r in pipeline.process_text("t.txt", text).relations}


@pytest.mark.parametrize("text, expected, why", [
    ("英伟达H20芯片销量下滑。", ("h20", "made_by", "nvidia", None, "positive", "asserted"), "maker glued to product"),
    ("外交部发言人郭嘉昆表示反对。", ("guo_jiakun", "works_for", "cn_mfa", "发言人", "positive", "asserted"), "title gives the role"),
    ("美国商务部长雷蒙多表示。", ("raimondo", "works_for", "us_commerce", "部长", "positive", "asserted"), "部 + 长 is 部长"),
    ("美国商务部宣布新规,美国企业须申请许可。", ("us_commerce", "part_of", "usa", None, "positive", "asserted"),
     "a country in an agency's name"),
    ("华为海思设计、中芯国际制造的麒麟9000s芯片让华为重回市场。", ("hisilicon", "part_of", "huawei", None, "positive", "asserted"),
     "a parent in a unit's name"),
    ("华为被美国制裁。", ("usa", "restricts", "huawei", None, "positive", "asserted"), "被 reverses the order"),
    ("美国对华为实施制裁。", ("usa", "restricts", "huawei", None, "positive", "asserted"), "对 marks the target"),
    ("美国否认限制H20。", ("usa", "restricts", "h20", None, "negative", "asserted"), "a denial is negative"),
    ("美国拟限制H20出口。", ("usa", "restricts", "h20", None, "positive", "planned"), "拟 marks a plan"),
    ("据报道,美国限制H20出口。", ("usa", "restricts", "h20", None, "positive", "reported"), "a report is hedged"),
    ("如果美国继续打压中国,最终必将害了自己。", ("usa", "restricts", "china", None, "positive", "hypothetical"),
     "a condition is not a fact"),
    ("美国商务部计划收紧对中国的晶片出口管制。", ("us_commerce", "restricts", "china", None, "positive", "planned"),
     "a plan anywhere earlier in the clause"),
    ("据彭博报导,荷兰政府已通知ASML,暂停部分设备对中国的出口许可。",
     ("netherlands", "restricts", "asml", None, "positive", "reported"), "an order to suspend; a report"),
    ("报道称,英伟达首席执行官黄仁勋上周访问北京。", ("jensen_huang", "works_for", "nvidia", "首席执行官", "positive", "asserted"),
     "a title is who someone is, not a reported claim"),
])
def test_relation(pipeline, text, expected, why):
    assert expected in relations(pipeline, text), why


@pytest.mark.parametrize("text, why", [
    ("美国商务部宣布新规。", "美国 is named only inside the agency's name: not an entity of this text"),
    ("美国半导体行业协会表示反对,美国企业将受损。", "an association is not part of the country it is named after"),
    ("上海交通大学微电子学院院长陈进表示。", "the university is named only inside its school's name"),
])
def test_no_part_of_without_a_named_parent(pipeline, text, why):
    assert not any(t == "part_of" for _, t, *_ in relations(pipeline, text)), why


def test_lists_expand_to_every_item(pipeline):
    got = relations(pipeline, "美国商务部放宽管制,允许出口英伟达H200、AMD MI325X等芯片。")
    assert ("us_commerce", "permits", "h200", None, "positive", "asserted") in got
    assert ("us_commerce", "permits", "mi325x", None, "positive", "asserted") in got
    assert not any(t == "permits" and tail == "nvidia" for _, t, tail, *_ in got), "the maker is a modifier here"


def test_a_rule_reads_past_a_list_in_a_slot(pipeline):
    # "…停止" comes after the whole list: the nearest-tail rule must not stop at its first item.
    got = relations(pipeline, "网信办已告知字节跳动、阿里巴巴等企业,要求它们停止订购英伟达产品。")
    assert ("cac", "restricts", "bytedance", None, "positive", "asserted") in got
    assert ("cac", "restricts", "alibaba", None, "positive", "asserted") in got


def test_what_follows_a_verbs_colon_is_not_its_object(pipeline):
    got = relations(pipeline, "英伟达等企业也强烈反对:一旦实施,全球芯片市场将缩水,领先地位将被中国取代!")
    assert not any(t == "opposes" for _, t, *_ in got)
    assert ("nvidia", "opposes", "usa", None, "positive", "asserted") in relations(pipeline, "英伟达强烈反对美国的新规。")


def test_each_employer_gets_its_own_title(pipeline):
    result = pipeline.process_text("t.txt", "上海交通大学微电子学院院长、汉芯科技有限公司总经理陈进被查出造假。")
    roles = {(result.entities[r.tail].name, r.role) for r in result.relations if r.type == "works_for"}
    assert roles == {("上海交通大学微电子学院", "院长"), ("汉芯科技有限公司", "总经理")}


@pytest.mark.parametrize("text, expected, not_expected", [
    ("中国外交部发言人林剑表示,中方坚决反对美方泛化国家安全概念。", ("china", "usa"), ("china", "lin_jian")),
    ("对于美方的无理打压,中方坚决反对。", ("china", "usa"), None),
    ("即便美方调整了部分表述,歧视性措施的本质并没有改变,中方坚决反对。", ("china", "usa"), None),
])
def test_who_opposes_whom(pipeline, text, expected, not_expected):
    got = {(h, tail) for h, t, tail, *_ in relations(pipeline, text) if t == "opposes"}
    assert expected in got
    assert not_expected not in got, "the spokesperson is the speaker, not the target"


def test_the_speaker_before_a_stance_is_not_its_target(pipeline):
    got = relations(pipeline, "中国商务部新闻发言人何亚东表示,中方坚决反对。")
    assert not any(t == "opposes" for _, t, *_ in got)


@pytest.mark.parametrize("text, expected", [
    ("商务部新闻发言人强调,美方的做法是典型的单边霸凌行径。", {("cn_commerce", "usa")}),
    ("美方基于谎言炮制并实施涉疆恶法,本质是要干涉中国内政。", set()),
])
def test_an_accusation_is_read_from_its_speaker(pipeline, text, expected):
    # 干涉/霸凌 accuse the tail; without a speaker the first name is the accused, not the accuser.
    assert {(h, tail) for h, t, tail, *_ in relations(pipeline, text) if t == "opposes"} == expected


def test_an_announced_action_in_the_next_clause(pipeline):
    got = relations(pipeline, "美國商務部工業暨安全局（BIS）宣布，將華為、中芯國際列入實體清單。")
    assert {("bis", "huawei"), ("bis", "smic")} <= {(h, tail) for h, t, tail, *_ in got if t == "restricts"}
    got = relations(pipeline, "国家市场监督管理总局宣布,依法对英伟达公司开展立案调查。")
    assert ("samr", "investigates", "nvidia", None, "positive", "asserted") in got


@pytest.mark.parametrize("text, expected", [
    ("中国海关已叫停英伟达RTX Pro 6000D的进口。", ("cn_customs", "restricts", "rtx_pro_6000d")),
    ("台积电为英伟达代工Blackwell芯片。", ("tsmc", "supplies", "nvidia")),
    ("华为的昇腾系列芯片正在成为英伟达在中国市场最有力的竞争对手。", ("ascend", "competes_with", "nvidia")),
])
def test_more_domain_verbs(pipeline, text, expected):
    assert expected in {(h, t, tail) for h, t, tail, *_ in relations(pipeline, text)}


@pytest.mark.parametrize("text, expected", [
    ("英伟达宣布,美国政府已经解除了此前针对H20芯片的出口禁令,并推出RTX Pro 6000D。",
     {("usa", "restricts", "h20", None, "negative", "asserted"),
      ("rtx_pro_6000d", "made_by", "nvidia", None, "positive", "asserted")}),
    ("美国政府正在积极说服荷兰、日本等盟友也进一步限制向中国出口先进芯片。",
     {("netherlands", "restricts", "china", None, "positive", "planned"),
      ("japan", "restricts", "china", None, "positive", "planned")}),
])
def test_lifted_and_urged_measures(pipeline, text, expected):
    assert expected <= relations(pipeline, text)


@pytest.mark.parametrize("text, expected", [
    ("韩国产业通商资源部表示,三星电子和SK海力士已获得美国的“经验证最终用户”授权。",
     {("usa", "permits", "samsung"), ("usa", "permits", "sk_hynix")}),
    ("荷兰政府上周宣布,ASML出口部分DUV浸没式光刻机需要申请许可证。", {("netherlands", "restricts", "asml")}),
])
def test_licences(pipeline, text, expected):
    assert expected <= {(h, t, tail) for h, t, tail, *_ in relations(pipeline, text)}


def test_producing_in_a_country_is_not_supplying_it(pipeline):
    assert not any(t == "supplies" for _, t, *_ in relations(pipeline, "台积电在美国生产芯片。"))


def test_future_jiang_is_not_the_object_marker(pipeline):
    got = relations(pipeline, "經濟部長郭智輝表示，台灣將配合美方的晶片出口管制。")
    assert not any(t == "restricts" for _, t, *_ in got), "将 here is 'will', and 美方 is no target"


def test_a_phrase_that_refers_back_to_a_rule(pipeline):
    result = pipeline.process_text("t.txt", "美国商务部发布《人工智能扩散框架》。英伟达、甲骨文等公司强烈批评该规则。")
    opposed = {(r.head, r.tail) for r in result.relations if r.type == "opposes"}
    assert opposed == {("nvidia", "ai_diffusion_rule"), ("oracle", "ai_diffusion_rule")}
    assert all(m.source != "anaphor" for m in result.mentions), "该规则 is no mention of its own"
    far = "美国商务部发布《人工智能扩散框架》。一。二。三。四。英伟达强烈批评该规则。"
    assert not any(t == "opposes" for _, t, *_ in relations(pipeline, far)), "the referent is too far back"
    assert not any(t == "opposes" for _, t, *_ in relations(pipeline, "英伟达强烈批评该规则。")), "no referent"


def test_the_object_of_a_preposition_is_no_actor(pipeline):
    got = relations(pipeline, "美国将继续限制向中国出口先进芯片,但允许英伟达向中国客户出售H20芯片。")
    permits = {(h, tail) for h, t, tail, *_ in got if t == "permits"}
    assert ("usa", "nvidia") in permits and not any(h == "china" for h, _ in permits)
    assert ("usa", "restricts", "china", None, "positive", "asserted") in got, "an object may still be a tail"
    got = relations(pipeline, "在美国商务部发布《出口管理条例》修订后,英伟达股价下跌。")
    assert ("us_commerce", "issues", "ear", None, "positive", "asserted") in got, "在 opens a time clause, not an object"


def test_template_text_never_matches_inside_a_word(pipeline):
    got = relations(pipeline, "中国外交部发言人毛宁表示,中方坚决反对美方无理打压中国企业。")
    assert not any(t == "restricts" for _, t, *_ in got), "the 对 of 反对 is not the preposition 对"
    assert ("usa", "restricts", "huawei", None, "positive", "asserted") in relations(pipeline, "美国对华为实施制裁。")


def test_a_place_used_as_modifier_does_not_stop_a_gap(pipeline):
    got = relations(pipeline, "美国商务部工业与安全局将长江存储等多家中国企业列入实体清单。")
    assert ("bis", "restricts", "ymtc", None, "positive", "asserted") in got


def test_a_place_used_as_modifier_is_not_an_actor(pipeline):
    got = relations(pipeline, "美国方面宣布,已将37家中国公司列入禁止向美国出口的名单。")
    assert not any(h == "china" and t == "restricts" for h, t, *_ in got)


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
