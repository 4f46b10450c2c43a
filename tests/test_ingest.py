"""Ingest on real text: encodings, each cleaning step, and offsets back to the original."""
from __future__ import annotations

import os
import random

import pytest

from conftest import DICTIONARIES, SEEDS
from kg.errors import InputError
from kg.ingest import Ingestor, find_inputs, load_boilerplate_rules
from kg.ingest.decode import decode


@pytest.fixture(scope="module")
def ingestor() -> Ingestor:
    return Ingestor(load_boilerplate_rules(DICTIONARIES / "boilerplate.yaml"))


SENTENCE_SC = "美国商务部工业与安全局(BIS)限制英伟达H20芯片出口,黄仁勋表示遗憾。"
SENTENCE_TC = "美國商務部工業與安全局(BIS)限制英偉達H20晶片出口，黃仁勳表示遺憾。"


@pytest.mark.parametrize("text, encoding, why", [
    (SENTENCE_SC, "utf-8", "plain UTF-8"),
    (SENTENCE_SC, "utf-8-sig", "UTF-8 with a BOM: the BOM is not text"),
    (SENTENCE_SC * 3, "gb18030", "mainland legacy encoding"),
    (SENTENCE_SC * 3, "gbk", "GBK is a subset of GB18030"),
    (SENTENCE_TC * 3, "big5", "Taiwan/Hong Kong legacy encoding"),
    (SENTENCE_SC, "utf-16", "UTF-16 with a BOM"),
    (SENTENCE_SC * 3, "utf-16-le", "UTF-16 without a BOM"),
], ids=lambda v: v if isinstance(v, str) and v.isascii() else None)
def test_decode_detects_encoding(text, encoding, why):
    decoded = decode(text.encode(encoding), "x.txt")
    assert (decoded.text, decoded.replaced) == (text, 0), why


@pytest.mark.parametrize("data, message, why", [
    (b"", "x.txt: the file is empty", "empty file"),
    (b" \n\t\n", "x.txt: the file is empty", "whitespace only"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "x.txt: binary file", "binary"),
    (os.urandom(4096).replace(b"\x00", b"") + b"\x00" * 8, "x.txt: binary file", "random bytes"),
], ids=["empty", "blank", "binary", "random"])
def test_decode_rejects_bad_input_in_one_line(data, message, why):
    with pytest.raises(InputError) as info:
        decode(data, "x.txt")
    assert str(info.value).startswith(message), why
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("encoding, why", [
    ("utf-8", "a UTF-8 download damaged in two places"),
    ("gb18030", "a GB18030 page with stray bytes"),
    ("big5", "a Big5 page with stray bytes"),
])
def test_decode_replaces_and_counts_a_few_undecodable_bytes(encoding, why):
    text = (SENTENCE_TC if encoding == "big5" else SENTENCE_SC) * 40
    data = text.encode(encoding)
    cut = len(text[:300].encode(encoding))  # a character boundary
    damaged = data[:cut] + b"\xff" + data[cut:2 * cut] + b"\xff" + data[2 * cut:]
    decoded = decode(damaged, "x.txt")
    assert (decoded.encoding, decoded.replaced, decoded.first_bad) == (encoding, 2, cut), why
    assert decoded.text == text[:300] + "\ufffd" + text[300:600] + "\ufffd" + text[600:], why


def test_decode_counts_only_bytes_it_replaced_not_replacement_characters_in_the_text():
    decoded = decode(("替换符\ufffd在原文中。" * 20).encode("utf-8") + b"\xff", "x.txt")
    assert (decoded.replaced, decoded.text.count("\ufffd")) == (1, 21)


def assert_offsets_hold(doc, needles):
    """Every needle found in the cleaned text maps back to the same characters (modulo script)."""
    for needle, original in needles:
        at = doc.text.index(needle)
        start, end = doc.to_original(at, at + len(needle))
        assert doc.original[start:end] == original, (needle, doc.original[start:end])


@pytest.mark.parametrize("raw, cleaned_has, cleaned_lacks, needles, why", [
    ("<html><head><style>.a{color:red}</style><script>var x='英伟达';</script></head>"
     "<body><nav>首页 | 新闻 | 科技 | 英伟达专题</nav><p>美国商务部限制<b>英伟达</b>出口。</p>"
     "<p>黄仁勋&amp;苏姿丰&nbsp;回应。</p></body></html>",
     ["美国商务部限制英伟达出口。", "黄仁勋&苏姿丰 回应。"], ["var x", "color", "首页", "<b>"],
     [("英伟达出口", "英伟达</b>出口"), ("&苏", "&amp;苏")], "HTML: scripts, styles, nav and tags go; entities decode"),
    ("[美国加码限制AI芯片出口中国](https://www.dw.com/zh/%E7%BE%8E)\n------\n**英伟达**发布H20。\n![图](a.png)",
     ["美国加码限制AI芯片出口中国", "英伟达发布H20。"], ["https", "%E7", "**", "------", "a.png"],
     [("美国加码", "美国加码"), ("英伟达发布", "英伟达**发布")], "markdown links keep their text"),
    ("美國商務部工業(yè)與安全局(BIS)發(fā)布新規。",
     ["美国商务部工业与安全局(BIS)发布新规。"], ["(yè)", "(fā)"],
     [("工业与安全局", "工業(yè)與安全局"), ("发布", "發(fā)布")], "reading aids removed; (BIS) is no reading aid"),
    ("中文字幕大香视频蕉免费丨国产精无久久久久久久免费丨亚洲色大成成人网站久久丨网站黄在线\n英伟达回应。",
     ["英伟达回应。"], ["免费", "字幕"], [("英伟达", "英伟达")], "spam line dropped"),
    ("歡迎訪問深圳市中小企業公共服務平臺\n關鍵詞: 美國芯片出口管制 H200芯片\n1802\n美國放行H200。\n©2024年德国之声版权声明",
     ["美国放行H200。"], ["欢迎访问", "关键词", "1802", "版权"], [("美国放行", "美國放行")],
     "banner, tag line, view counter and copyright dropped"),
    ("英伟达恢复对华销售。\n- 相关阅读：[AMD MI308获准出口](https://example.com/b)\n- 责任编辑：李四",
     ["英伟达恢复对华销售。"], ["MI308", "李四"], [("英伟达", "英伟达")], "related-link and editor lines dropped"),
    ("ＡＭＤ　ＭＩ３２５Ｘ与英伟达Ｈ２０。约翰•纽菲尔",
     ["AMD MI325X与英伟达H20。", "约翰·纽菲尔"], ["ＡＭＤ"], [("H20", "Ｈ２０"), ("MI325X", "ＭＩ３２５Ｘ")],
     "full-width Latin and digits fold one for one; middle dots fold"),
    ("「我們反對『晶片禁令』。」陸委會說。", ["“我们反对‘晶片禁令’。”陆委会说。"], ["「", "『"],
     [("“我们", "「我們"), ("’。”", "』。」")], "corner quotes fold to “” and ‘’ one for one"),
    ("<html><body><p>美国<a title=\"x>y\" href='/h20'>限制</a>H20。</p><!-- 未闭合的注释 <p>英伟达回应。</p>"
     "<SCRIPT>var a = '<p>';</Script ><p>黄仁勋表示遗憾。</p></body></html>",
     ["美国限制H20。", "未闭合的注释", "英伟达回应。", "黄仁勋表示遗憾。"], ["title", "var a", "<p>"],
     [("限制H20", "限制</a>H20")], "HTML: '>' inside a quoted attribute; an unclosed comment swallows nothing"),
    ("英伟达   H200\t\t芯片\r\n第二行", ["英伟达 H200 芯片\n第二行"], ["\r", "\t"], [("H200 芯片", "H200\t\t芯片")],
     "runs of spaces collapse; CR goes"),
])
def test_cleaning_steps_keep_offsets(ingestor, raw, cleaned_has, cleaned_lacks, needles, why):
    doc = ingestor.from_text("t.txt", raw)
    for part in cleaned_has:
        assert part in doc.text, (why, doc.text)
    for part in cleaned_lacks:
        assert part not in doc.text, (why, doc.text)
    assert_offsets_hold(doc, needles)


def test_markdown_line_markers_are_read_at_line_starts_only():
    """The line markers are tried at each line's start, not searched for: the same matches as a
    search of the whole text, on every kind of marker, mid-line look-alikes and odd line ends."""
    from kg.ingest.clean import _MD_LINE, _line_markers
    texts = ["# 标题\n> 引用\n- 条目\n12. 第二条\n***\n英伟达 - H20 # 不是标题\n  ---  \n",
             "\n\n#\n##  \n1.x\n+ \n>\r\n正文 *** 正文\n=== \n    # 缩进四格", ""]
    rng = random.Random(7)
    texts += ["".join(rng.choice("#> -*+1.\t\n=_中") for _ in range(rng.randint(0, 30))) for _ in range(2000)]
    for text in texts:
        assert [m.span() for m in _line_markers(text)] == [m.span() for m in _MD_LINE.finditer(text)], repr(text)
    assert [m.group() for m in _line_markers(texts[0])] == ["# ", "> ", "- ", "12. ", "***", "  ---  "]


def test_a_stray_angle_bracket_in_prose_is_text(ingestor):
    doc = ingestor.from_text("t.txt", "文章提到 <script> 标签时, 美国商务部称限制 H20。")
    assert "<script>" in doc.text


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_offsets_are_monotone_and_in_range(ingestor, name):
    doc = ingestor.read(SEEDS / name)
    starts, ends = list(doc.span_start), list(doc.span_end)
    assert len(starts) == len(ends) == len(doc.text)
    assert all(0 <= s <= e <= len(doc.original) for s, e in zip(starts, ends))
    assert starts == sorted(starts)
    for i in random.Random(0).sample(range(len(doc.text)), 200):
        ch = doc.text[i]
        if ch.isascii() and ch.isalnum():
            assert doc.original[starts[i]:ends[i]] in (ch, chr(ord(ch) + 0xFEE0)), (i, ch)


def test_seed_002_title_and_date(ingestor):
    doc = ingestor.read(SEEDS / "002_9a73ccb75aba3331.txt")
    assert doc.title.startswith("产业智库 |1月15日生效!美国放行H200芯片新规")
    assert doc.date == "2026-01-14"
    assert "免费" not in doc.text and "欢迎访问" not in doc.text


def test_seed_003_html_is_stripped(ingestor):
    doc = ingestor.read(SEEDS / "003_38e325384dfded78.txt")
    assert doc.title == "美国加码限制AI芯片出口中国"
    assert doc.date == "2024-03-30"
    assert "<" not in doc.text and "weserv" not in doc.text and "版权声明" not in doc.text
    assert "(德国之声中文网)出于对国家安全的担忧" in doc.text


def test_find_inputs(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("英伟达", encoding="utf-8")
    (tmp_path / "a" / "y.html").write_text("<p>英伟达</p>", encoding="utf-8")
    (tmp_path / "a" / "z.png").write_bytes(os.urandom(10))
    (tmp_path / "a" / ".hidden.txt").write_text("英伟达", encoding="utf-8")
    found = find_inputs([tmp_path])
    assert [(f.name, f.path) for f in found.files] == [("a/x.txt", tmp_path / "a" / "x.txt"),
                                                      ("a/y.html", tmp_path / "a" / "y.html")]
    assert found.problems == found.notes == ()
    (tmp_path / "empty").mkdir()
    found = find_inputs([tmp_path / "empty", tmp_path / "nothing", tmp_path / "a" / "x.txt"])
    assert [f.name for f in found.files] == ["x.txt"]
    assert found.problems == (f"{tmp_path / 'empty'}: no text files (.txt, .md, .markdown, .html, .htm)",
                              f"{tmp_path / 'nothing'}: no such file or folder")
