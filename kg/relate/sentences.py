"""Split normalized text into sentences and clauses, Chinese punctuation aware."""
from __future__ import annotations

import re
from typing import Iterator

__all__ = ["sentences", "attribution_start", "clauses", "clause_start", "clause_end", "splits_clause", "CLAUSE_MARKS",
           "SENTENCE_ENDS"]

# A sentence ends at 。!? (and their full-width forms, already folded) or a line
# break; a closing quote or bracket right after the mark stays with the sentence.
# A ! or ? glued to a Latin letter or digit is no end: it is a mis-decoded
# character (當?shù)貢r間) or part of a name (Yahoo!). A space between two Chinese
# characters ends one too: it parts a headline's halves or a dateline from the
# story (美国拟禁DeepSeek购本国技术 质疑其芯片来源); 英国 CMA, 扩产 3 倍 and a short 【】 or () bracket
# (【日经中文网 东京】, a byline's (记者 王明 李华)) stay whole, and so does a byline's title between the
# outlet and the name (澎湃新闻记者 王明, 经济日报 记者王明). So does a space before a numbered item (…霍尔木兹海峡 2)澳大利亚…):
# a digest's items are sentences of their own. A space after a closing quote ends none: texts pad quoted
# terms with spaces (从 “一律禁止” 调整为 “个案审批”), though a headline's halves may also part there.
_SENTENCE = re.compile(r"(?:【[^【】\n。!?]{0,20}】|\([^()\n。!?]{0,20}\)|[^。!?\n 【(]+|【|\(|[!?](?=[A-Za-z0-9])"
                       r"|(?:(?<![\u3400-\u9fff]) | (?![\u3400-\u9fff])|(?<=记者|编译|编辑) | (?=记者|编译|编辑))(?![0-9]{1,2}\)))*"
                       r"(?:[。!?]+[”’\"'」』)）]*|\n| |$)")
# A wire story's dateline opening a sentence, in brackets ((路透社华盛顿10月18日电), (中央社台北19日综合外电报导),
# 〔记者王明/台北报导〕, the city, =, then the agency: (东京=共同社), (首尔=韩联社记者); any short 【】 bracket
# there, 【日经中文网 东京】, 【环球网综合报道】, 【快讯】) or with the reporter's
# byline after it (新华社北京1月2日电(记者张三)), or a flash item's outlet and date before a comma (新浪科技讯
# 12月9日消息,), or a city, or a wire, its city and the date, before one dash (华盛顿 — , 路透北京3月5日 - ),
# is a sentence of its own: the place, agency or reporter named there is no subject of what follows. So is each of a flash item's time and headline and
# the dateline after them (14:05 【商务部:对…实施出口管制】财联社10月9日电,), an outlet's name alone in
# brackets ((德国之声中文网)), and an outlet's news lead before a colon or a comma (央视网消息:, 集微网消息,).
_DATELINE = re.compile(r"[(【〔\[](?:[^()【】〔〕\[\]\n。]{2,40}?(?:电|讯|报道|报导)"
                       r"|[^()【】〔〕\[\]\n。,=]{2,12}=[^()【】〔〕\[\]\n。,=]{2,20})[)】〕\]]"
                       r"|[^\s()【】〔〕\[\]。,!?]{2,16}?[0-9]{1,2}日(?:电|讯)[(【〔\[][^()【】〔〕\[\]\n。]{1,20}[)】〕\]]"
                       # or a flash item's headline, after the time it ran (14:05 【…】财联社10月9日电,)
                       r"|(?:[0-9]{1,2}:[0-9]{2} ?)?【[^【】\n。]{1,40}】"
                       # a flash item's (新浪科技讯 12月9日上午消息,; 1. 财联社12月9日电,; 电子工程专辑讯 12月19日, 讯 8月下旬, with
                       # the space: 中兴通讯12月19日, is a subject), a numbered item's number before it
                       r"|(?:[0-9]{1,2}[.、)] ?)?[^\s()【】〔〕\[\]。,!?]{2,16}?"
                       r"(?:讯 ?[0-9]{1,2}月[0-9]{1,2}日(?:[上中下]午|早间|晚间|晚|凌晨)?消息"
                       r"|(?<!通)讯 [0-9]{1,2}月(?:[0-9]{1,2}日(?:[上中下]午|早间|晚间|晚|凌晨)?|[上中下]旬)|[0-9]{1,2}月[0-9]{1,2}日电),"
                       # an outlet's news lead before a colon or a comma (央视网消息:, 集微网消息,, 人民网北京12月3日消息:;
                       # not 网上流传一条消息:, nor 据…消息:, a report's source)
                       r"|(?!据)[^\s()【】〔〕\[\]。,!?:]{1,12}?(?:网|社|台|报|新闻|客户端)"
                       r"(?:[\u4e00-\u9fff]{2,4})?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?消息[:,]"
                       # a city before one dash (华盛顿 — ; a Chinese dash is two: ——), or a wire's name, its city
                       # and the date before one (路透华盛顿10月17日 - )
                       r"|[\u4e00-\u9fff]{2,10} ?[—–](?![—–]) ?"
                       r"|[\u4e00-\u9fff]{2,12}(?:[0-9]{1,2}月)?[0-9]{1,2}日 ?[-—–](?![-—–]) ?"
                       # an outlet's name alone in brackets ((德国之声中文网), (美国之音), (中央社))
                       r"|\([^()【】〔〕\[\]\n。,]{1,10}?(?:中文网|网|社|之音|之声|中文)\)")
SENTENCE_ENDS = "。!?"  # what ends a sentence, besides a line break
_QUOTE_CLOSERS = "”’\"'」』"
# Clauses split at commas, semicolons and colons; 、 joins list items and does not split, nor
# does a colon or comma between Latin letters or digits (NXT:2000i, 10:30, 12,000), unless the
# comma after a digit opens no group of three (推出昇腾960,2028年推出…: the text's ， is folded to ,)
# or comes after a letter (推出昇腾950DT,2027年推出…).
# Nor does a mark inside brackets that close soon after it (范德林登精密系统公司(Van der Linden Precision
# Systems,下称“VLPS”), 寒武纪(股票代码:688256)): what the brackets hold is no clause of the sentence.
# A quote ended inside a sentence (its speaker after it, see ``sentences``) ends a clause too.
CLAUSE_MARKS = ",;:，；："
_LATIN_JOINERS = ":,"  # marks that split no clause between Latin letters or digits
_QUOTE_END = re.compile(f"[{SENTENCE_ENDS}]+[{_QUOTE_CLOSERS}]+")
_BRACKET_REACH = 24  # characters from a mark inside brackets to their closing
_IN_BRACKETS = f"(?![^()\n]{{0,{_BRACKET_REACH}}}\\))"
_CLAUSE_END = re.compile(f"(?:[{''.join(c for c in CLAUSE_MARKS if c not in _LATIN_JOINERS)}]"
                         f"|(?<![A-Za-z0-9])[{_LATIN_JOINERS}]|[{_LATIN_JOINERS}](?![A-Za-z0-9])"
                         f"|(?<=[0-9]),(?=[0-9])(?![0-9]{{3}}(?![0-9]))|(?<=[A-Za-z]),(?=[0-9])){_IN_BRACKETS}"
                         f"|{_QUOTE_END.pattern}")


def sentences(text: str, attribution: re.Pattern | None = None,
              members: re.Pattern | None = None) -> Iterator[tuple[int, int]]:
    """Spans of the non-blank sentences of ``text``; a sentence that opens as ``members`` matches
    (其中包括…, 被列入的企业包括…), in the same line, lists the members of a group the sentence before
    named and is part of it.

    Example:
        >>> t = "美国将27家实体列入实体清单。其中包括浪潮集团。"
        >>> [t[s:e] for s, e in sentences(t, members=re.compile("其中包括"))]
        ['美国将27家实体列入实体清单。其中包括浪潮集团。']
    """
    last: tuple[int, int] | None = None
    for start, end in _sentences(text, attribution):
        if last is not None and members is not None and members.match(text, start) \
                and "\n" not in text[last[1]:start]:
            last = (last[0], end)
            continue
        if last is not None:
            yield last
        last = (start, end)
    if last is not None:
        yield last


def _sentences(text: str, attribution: re.Pattern | None) -> Iterator[tuple[int, int]]:
    """Spans of the non-blank sentences of ``text``.

    A wire story's dateline in brackets is a sentence of its own. A quote that
    ends its own sentence and the sentence after it that only says who said it
    (“我们反对!”他说。) are one sentence when ``attribution`` matches that whole
    sentence: its speaker is the quote's.

    Example:
        >>> t = "美国限制H20。“我们反对!”他说。當?shù)貢r間1月13日,BIS发布规则。英国 CMA 调查 高通回应"
        >>> [t[s:e] for s, e in sentences(t)]
        ['美国限制H20。', '“我们反对!”', '他说。', '當?shù)貢r間1月13日,BIS发布规则。', '英国 CMA 调查', '高通回应']
        >>> [t[s:e] for s, e in sentences(t, re.compile(".{1,4}说。"))][1]
        '“我们反对!”他说。'
        >>> t = "要闻:1)美国制裁伊朗 2)非洲卫生官员说,国会应拨款。"
        >>> [t[s:e] for s, e in sentences(t)]
        ['要闻:1)美国制裁伊朗', '2)非洲卫生官员说,国会应拨款。']
        >>> t = "(路透社华盛顿18日电)美国限制H20。新华社北京2日电(记者张三)中方回应。〔记者李四/台北报导〕日本回应。"
        >>> [t[s:e] for s, e in sentences(t)]
        ['(路透社华盛顿18日电)', '美国限制H20。', '新华社北京2日电(记者张三)', '中方回应。', '〔记者李四/台北报导〕', '日本回应。']
        >>> t = "(东京=共同社)日本回应。【日经 东京】日本回应。(注:x=1)"
        >>> [t[s:e] for s, e in sentences(t)]
        ['(东京=共同社)', '日本回应。', '【日经 东京】', '日本回应。', '(注:x=1)']
    """
    held: tuple[int, int] | None = None  # a sentence that ends a quote, until the next is seen
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        dateline = _DATELINE.match(text, start, end)
        if held is not None:
            quote_start, quote_end = held
            held = None
            if dateline is None and attribution is not None and "\n" not in text[quote_end:start] \
                    and attribution.fullmatch(text, start, end):
                yield quote_start, end
                continue
            yield quote_start, quote_end
        while dateline is not None and dateline.end() < end:  # a headline's dateline follows it
            yield start, dateline.end()
            start = dateline.end()
            dateline = _DATELINE.match(text, start, end)
        if attribution is not None and end - start > 2 and text[end - 1] in _QUOTE_CLOSERS \
                and text[end - 2] in SENTENCE_ENDS:
            held = (start, end)
            continue
        yield start, end
    if held is not None:
        yield held


def attribution_start(text: str) -> int | None:
    """Where the speaker begins in a sentence whose quote ``sentences`` joined to the sentence
    naming its speaker: right after the quote's closing mark; None in any other sentence.

    Example:
        >>> attribution_start("“我们反对!”他说。"), attribution_start("他说:“我们反对!”")
        (7, None)
    """
    m = _QUOTE_END.search(text)
    return m.end() if m is not None and m.end() < len(text) else None


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the clauses of ``text[start:end]``, each with the mark that ends it.

    Example:
        >>> t = "美国宣布,将华为列入清单;中方:坚决反对"
        >>> [t[s:e] for s, e in clauses(t, 0, len(t))]
        ['美国宣布,', '将华为列入清单;', '中方:', '坚决反对']
    """
    spans = []
    for m in _CLAUSE_END.finditer(text, start, end):
        spans.append((start, m.end()))
        start = m.end()
    if start < end:
        spans.append((start, end))
    return spans


def clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins: after the last clause mark before it.

    Example:
        >>> clause_start("美国宣布,将华为列入清单", 8)
        5
    """
    start = 0
    for m in _CLAUSE_END.finditer(text, 0, at):
        start = m.end()
    return start


def clause_end(text: str, at: int) -> int | None:
    """Where the clause holding ``at`` ends: at the first clause mark from it; None when none does.

    Example:
        >>> clause_end("据路透社报道,美国宣布", 1), clause_end("美国宣布", 1)
        (6, None)
    """
    m = _CLAUSE_END.search(text, at)
    return m.start() if m else None


def splits_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a mark that ends a clause (not Run:ai's colon).

    Example:
        >>> splits_clause("收购Run:ai一案", 0, 10), splits_clause("美国宣布,将", 0, 6)
        (False, True)
    """
    return _CLAUSE_END.search(text, start, end) is not None
