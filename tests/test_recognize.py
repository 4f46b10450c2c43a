"""Recognition on real text: boundaries, scripts, ambiguity, patterns, and the seed scores."""
from __future__ import annotations

import pytest

from conftest import DICTIONARIES, SEEDS
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
    ("美国半导体产业协会总裁约翰・纽菲尔", [("美国半导体产业协会", "sia"), ("约翰・纽菲尔", "john_neuffer")],
     "a title between organization and person"),
    ("美产(chǎn)業(yè)界,美國商務部工業(yè)與安全局(BIS)", [("美國商務部工業(yè)與安全局", "bis"), ("BIS", "bis")],
     "reading aids stay inside the span"),
    ("商务部门表示", [], "商务部门 is a common noun, not the ministry"),
    ("完美方案", [], "美方 must not match inside 完美方案"),
    ("出口管制法规日益完善,国会审议新的出口管制法案。", [("国会", "us_congress")],
     "出口管制法 is not inside 法规 or 法案"),
    ("出口管制法于2020年施行", [("出口管制法", "cn_export_control_law")], "the bare short name of a law"),
    ("美国商务部门将", [("美国", "usa")], "the longest name is vetoed (商务部|门); the shorter one inside stands"),
])
def test_recognize(pipeline, text, expected, why):
    assert found(pipeline, text) == expected, why


@pytest.mark.parametrize("text, expected, why", [
    ("商务部长雷蒙多表示,将继续限制对华出口。", "us_commerce", "a US secretary's name is a cue"),
    ("商务部新闻发言人何亚东表示,中方坚决反对。", "cn_commerce", "a Chinese spokesperson is a cue"),
    ("商务部多次强调,美方的出口管制措施是典型的单边霸凌行径。", "cn_commerce", "美方 is how China's ministry speaks of the US"),
])
def test_commerce_is_resolved_by_context(pipeline, text, expected, why):
    ids = [i for t, i in found(pipeline, text) if t == "商务部"]
    assert ids == [expected], why


def test_one_article_has_both_ministries(pipeline):
    text = "美国商务部长雷蒙多宣布新规,商务部长雷蒙多称这是必要的。商务部新闻发言人何亚东回应称,中方坚决反对。"
    ids = [i for t, i in found(pipeline, text) if t.endswith("商务部")]
    assert ids == ["us_commerce", "us_commerce", "cn_commerce"]


@pytest.mark.parametrize("text, expected, why", [
    ("BIS将华为列入实体清单,出口管制再度收紧。", "bis", "export-control context"),
    ("国际清算银行(BIS)称,各国央行应关注通胀。", "bis_bank", "central-bank context"),
])
def test_bis_is_resolved_by_context(pipeline, text, expected, why):
    assert [i for t, i in found(pipeline, text) if t == "BIS"] == [expected], why


@pytest.mark.parametrize("text, expected", [
    ("半导体行业协会主席John Neuffer表示,新规将削弱美国的优势。", "sia"),
    ("半导体行业协会发布报告,我国集成电路产业销售额继续增长。", "csia"),
])
def test_a_bare_industry_association_is_resolved_by_context(pipeline, text, expected):
    assert [i for t, i in found(pipeline, text) if t == "半导体行业协会"] == [expected]


@pytest.mark.parametrize("text, expected, why", [
    ("上海交通大学微电子学院院长、汉芯科技有限公司总经理陈进被查出造假。",
     [("上海交通大学微电子学院", "ORG"), ("汉芯科技有限公司", "ORG"), ("陈进", "PERSON")],
     "a unit of a known university, a legal name after 、, a person after the second title"),
    ("美国商务部将紫金矿业集团有限公司和华孚时尚股份有限公司列入实体清单。",
     [("美国商务部", "AGENCY"), ("紫金矿业集团有限公司", "ORG"), ("华孚时尚股份有限公司", "ORG"), ("实体清单", "LAW")],
     "a legal name starts after 将 and after 和"),
    ("财经专栏作家刘远举曾在FT中文网撰文。", [("刘远举", "PERSON"), ("FT中文网", "ORG")], "an occupation needs no employer"),
    ("英伟达中国研究中心将扩招。", [("英伟达中国研究中心", "ORG")], "a place inside a unit's name stays inside"),
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
    ("路透社记者王芳和刘强发自华盛顿。(记者 张伟 北京报道)",
     [("路透社", "ORG"), ("王芳", "PERSON"), ("刘强", "PERSON"), ("华盛顿", "PLACE"), ("张伟", "PERSON"), ("北京", "PLACE")],
     "bylines: names listed after a title, and a space before the name"),
])
def test_patterns_for_names_the_dictionary_lacks(pipeline, text, expected, why):
    result = pipeline.process_text("t.txt", text)
    assert [(m.text, m.type) for m in result.mentions] == expected, why
    assert all(m.source == "pattern" or not result.entities[m.entity_id].discovered for m in result.mentions)


def test_a_legal_name_that_begins_with_a_known_company_is_that_company(pipeline):
    assert found(pipeline, "华为技术有限公司发布公告。") == [("华为技术有限公司", "huawei")]
    result = pipeline.process_text("t.txt", "北京大学集成电路学院院长蔡一茂表示。")
    unit = result.entities[result.mentions[0].entity_id]
    assert unit.discovered and unit.facts == {"part_of": "pku"}
    assert ("works_for", "院长") in {(r.type, r.role) for r in result.relations}
    model = pipeline.process_text("t.txt", "麒麟9040将亮相。")
    assert model.entities[model.mentions[0].entity_id].facts == {"made_by": "hisilicon"}, "the line's maker"


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


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_mentions_point_into_the_original(pipeline, name):
    result = pipeline.process_file(SEEDS / name)
    assert result.mentions
    for m in result.mentions:
        assert result.document.original[m.start:m.end] == m.text
