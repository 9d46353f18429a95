"""Stage 1 — load: YAML / JSON input and a folder of work logs → `ReportInput`.

Every failure becomes an `InputError` naming the file and the field path or line, so the CLI can print
one line and exit 2 before anything is written.
"""

from __future__ import annotations

import atexit
import calendar
import datetime as dt
import json
import re
import shutil
import sys
import tempfile
import typing
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path
from typing import Any

import yaml
from pydantic import AliasChoices, BaseModel, ValidationError

from .errors import InputError
from .limits import limit, number_problem
from .paths import check_inside, inside
from .safefile import list_files, read_bytes, regular_file
from .schema import ReportInput, WorkLog

INPUT_NAMES = ("input.yaml", "input.yml", "input.json")
LOG_SUFFIXES = (".txt", ".md", ".docx")


class _DecimalLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when present: ~5× faster
    """YAML floats become Decimal from their written text: 3475.09 stays 3475.09, never 3475.0899999."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.max_digits = limit("digits").amount  # read once per file, not for each of its numbers
        if not self.yaml_path_resolvers:
            # no path resolvers: the composer's calls on entering and leaving each node do nothing — C callables that
            # take their arguments and do nothing with them, not two Python calls per node of a large form
            self.descend_resolver = _IGNORED.get  # (node, index)
            self.ascend_resolver = tuple  # ()

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        """A scalar's tag, found once per distinct text: a data file repeats its keys and units in every record,
        and each lookup tries the patterns of its first character in turn. (A plain scalar's tag depends on its
        text and the class's resolvers only — no path resolvers here —, a quoted one's on neither.)"""
        if kind is not yaml.ScalarNode or not implicit[0]:
            return super().resolve(kind, value, implicit)
        tag = _TAGS.get(value)
        if tag is None:
            if (number := _number_tag(value)):
                return number  # most distinct scalars are figures: read at once, and left out of the cache
            tag = super().resolve(kind, value, implicit)
            if len(_TAGS) < _TAGS_CAP:  # a file of distinct numbers would only fill it
                _TAGS[value] = tag
        return tag


_IGNORED: dict[Any, Any] = {}  # never filled: its get only takes the arguments of a resolver call nobody needs
_TAGS: dict[str, str] = {}  # a plain scalar's text → its tag
_TAGS_CAP = 8192


def _number_tag(value: str) -> str | None:
    """The tag the implicit resolvers give a plain scalar of ASCII digits with at most one '.' (float, tried first,
    matches [0-9][0-9_]*[.][0-9_]*; else int, 0|[1-9][0-9_]*), without trying their patterns in turn; None for any
    other scalar (0123 is octal or text: the resolvers decide)."""
    head, dot, tail = value.partition(".")
    if not (head.isascii() and head.isdigit()):
        return None
    if dot:
        return _FLOAT_TAG if not tail or (tail.isascii() and tail.isdigit()) else None
    return _INT_TAG if head[0] != "0" or len(head) == 1 else None


_FLOAT_TAG, _INT_TAG = "tag:yaml.org,2002:float", "tag:yaml.org,2002:int"


class _ValueError(yaml.constructor.ConstructorError):
    """A scalar that parses but cannot be a value (too many digits, an impossible date)."""


def _too_many_digits(loader: yaml.SafeLoader, node: yaml.ScalarNode, value: Decimal) -> None:
    """A number longer than the digits limit (or 1e400, 1e-400) is refused where it is written."""
    if not value.is_finite():
        return
    cap = loader.max_digits  # type: ignore[attr-defined]
    if len(value.as_tuple().digits) > cap or abs(value.adjusted()) > cap:
        lim = limit("digits")
        raise _ValueError(
            None, None, f"数字“{node.value[:20]}{'…' if len(node.value) > 20 else ''}”的{lim.what}超过上限 {lim.shown()}"
                        f"（可设置 {lim.env}）/ a number with too many digits", node.start_mark)


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal | str:
    text = node.value  # what loader.construct_scalar(node) gives a scalar node
    try:
        value = Decimal(text.replace("_", ""))
    except InvalidOperation:
        return text  # YAML 1.1 also calls .inf and 1:20.5 floats; the schema then names the field
    if len(text) > loader.max_digits or "e" in text or "E" in text:  # type: ignore[attr-defined]
        _too_many_digits(loader, node, value)  # shorter, without an exponent: fewer digits than the limit
    return value


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text, cap = node.value, loader.max_digits  # type: ignore[attr-defined]
    if len(text) <= cap and text.isascii() and text.isdigit() and (text[0] != "0" or len(text) == 1):
        return int(text)  # a plain count, as construct_yaml_int reads it (a leading 0 is octal there)
    digits = sum(c.isdigit() for c in text)
    if digits > cap:  # before int(): Python refuses 4300+ digits with a ValueError
        _too_many_digits(loader, node, Decimal(10) ** digits)
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    except ValueError:
        raise _ValueError(None, None, f"无法读取的整数“{node.value[:20]}”/ not a number",
                                                node.start_mark) from None


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    """2022-13-01 or 0000-01-01 would be a ValueError deep in PyYAML: name the line instead."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        raise _ValueError(None, None, f"日期无效 / invalid date “{node.value}”",
                                                node.start_mark) from None


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_DecimalLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_DecimalLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def _construct_unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    """A key written twice is an error, not "the last one wins": 实际支出 twice would silently change the rate."""
    _refuse_duplicate_keys(node)
    return loader.construct_mapping(node, deep=True)


def _refuse_duplicate_keys(node: yaml.MappingNode) -> None:
    seen: set[str] = set()
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode):  # keys as written: no second construction of the mapping
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"字段“{key_node.value}”重复出现 / duplicate key", key_node.start_mark)
            seen.add(key_node.value)


_MAP, _SEQ, _STR = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:str"
_PLAIN_SCALARS = frozenset("tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "timestamp"))


class _NotPlain(Exception):
    """Raised by _construct_checked where the tree is not a plain one within the limits."""


def _not_plain() -> Any:
    raise _NotPlain


def _construct_checked(loader: _DecimalLoader, root: yaml.Node, anchored: bool = True) -> Any:
    """_check_node and _construct_plain in one walk, for the common case of a plain tree within the depth limit;
    _NotPlain (or any error) as soon as it is not — the caller then checks and constructs as before, so a form
    with an alias, a tag or too deep a nesting is read, or refused with the same first error, as it was.
    `anchored`: the text may hold an anchor (an &); without one no alias can share a node, none is looked for."""
    scalar = loader.yaml_constructors
    cap = limit("depth").amount
    seen: set[int] = set()
    # a str scalar is its text as written (SafeConstructor.construct_yaml_str): read straight, not through 3 calls
    plain_str = scalar.get(_STR) is yaml.constructor.SafeConstructor.construct_yaml_str

    def build(node: yaml.Node, depth: int) -> Any:
        if depth > cap:
            raise _NotPlain
        if anchored:
            if id(node) in seen:  # an alias (the composer hands back the anchored node)
                raise _NotPlain
            seen.add(id(node))
        cls = node.__class__
        if cls is yaml.ScalarNode:
            tag = node.tag
            if tag == _STR and plain_str:
                return node.value
            if tag in _PLAIN_SCALARS:
                return scalar[tag](loader, node)
            raise _NotPlain
        if anchored or depth >= cap:  # (an alias to look for, or children past the limit: each through build)
            if cls is yaml.SequenceNode and node.tag == _SEQ:
                return [build(child, depth + 1) for child in node.value]
            if cls is not yaml.MappingNode or node.tag != _MAP or any(k.__class__ is not yaml.ScalarNode
                                                                      for k, _ in node.value):
                raise _NotPlain
            out = {build(key, depth + 1): build(value, depth + 1) for key, value in node.value}
        else:  # the common case: a scalar child (every key, most values) read in place, as build reads it, no call
            if cls is yaml.SequenceNode and node.tag == _SEQ:
                return [child.value if child.__class__ is yaml.ScalarNode and child.tag == _STR and plain_str
                        else build(child, depth + 1) for child in node.value]
            if cls is not yaml.MappingNode or node.tag != _MAP:
                raise _NotPlain
            out = {}
            for key, value in node.value:
                if key.__class__ is not yaml.ScalarNode:
                    raise _NotPlain
                tag = key.tag
                k = key.value if tag == _STR and plain_str else scalar[tag](loader, key) if tag in _PLAIN_SCALARS \
                    else _not_plain()
                if value.__class__ is yaml.ScalarNode:
                    tag = value.tag
                    out[k] = value.value if tag == _STR and plain_str else scalar[tag](loader, value) \
                        if tag in _PLAIN_SCALARS else _not_plain()
                else:
                    out[k] = build(value, depth + 1)
        if len(out) < len(node.value):  # a key written twice (or two equal keys): the checked path says which
            raise _NotPlain
        return out

    return build(root, 1)


def _construct_plain(loader: _DecimalLoader, node: yaml.Node) -> Any:
    """What `loader.construct_document(node)` gives for a plain tree (see _check_node: no alias, no merge key, only
    mappings with scalar keys, sequences and the plain scalar tags), in the same order — so the same first error
    — without the generic path's bookkeeping (objects shared by aliases, recursion, generators), which is half
    of reading a large form."""
    scalar = loader.yaml_constructors

    def build(node: yaml.Node) -> Any:
        if node.__class__ is yaml.ScalarNode:
            return scalar[node.tag](loader, node)
        if node.__class__ is yaml.SequenceNode:
            return [build(child) for child in node.value]
        _refuse_duplicate_keys(node)  # type: ignore[arg-type]
        return {build(key): build(value) for key, value in node.value}

    return build(node)


_DecimalLoader.add_constructor("tag:yaml.org,2002:map", _construct_unique_mapping)


def read_text(path: Path, limit_name: str = "input") -> str:
    """UTF-8 first (with or without BOM); GB18030 covers GBK/GB2312 files from Chinese Windows.

    Only a regular file within the size limit `limit_name` (drafter.limits) is read."""
    data = read_bytes(path, limit_name)
    if b"\x00" in data:
        raise InputError(path, "不是文本文件 / not a text file (binary content)")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError(path, "文件编码无法识别，请另存为 UTF-8 / not UTF-8 or GB18030 text")


def read_csv_text(path: Path, limit_name: str = "input") -> str:
    """A ledger saved as CSV (Excel's "另存为 CSV", often GBK) → one tab-separated line per row, the shape every
    table reader of the checker knows. Parsed with the csv module, because a quoted cell keeps its commas
    ("386,200.00" is one amount, not two cells)."""
    import csv
    import io

    reader = csv.reader(io.StringIO(read_text(path, limit_name)))
    try:
        return "\n".join("\t".join(cell.strip() for cell in row) for row in reader)
    except csv.Error as e:  # a cell over the csv module's field limit, a stray NUL …
        raise InputError(path, f"第 {reader.line_num} 行无法按 CSV 读取 / line {reader.line_num}: not readable as CSV ({e})") from None


def read_docx_text(path: Path, limit_name: str = "input") -> str:
    """Paragraphs and tables in document order; headings become '# ' lines.

    Table rows of short cells (labels and figures) stay one tab-separated line so the figure reader sees
    "预算完成率<TAB>92.94%"; a long cell is its own line, because Word cells are whole (unlike OCR fragments)
    and must not be read column-wise. A row with three or more short cells beside a long one (an indicator row
    and its 偏差原因) keeps the short cells as its tab line; a label and its long text become a line each.
    """
    import docx  # python-docx; imported lazily because it pulls lxml
    from docx.table import Table

    check_zip_parts(path, limit_name)
    try:
        document = docx.Document(str(path))
    except Exception as e:  # python-docx raises several unrelated types for a corrupt package
        raise InputError(path, f"不是有效的 Word 文档 / not a readable .docx ({type(e).__name__})") from None
    lines: list[str] = []
    heading = heading_test(document)
    for child in body_blocks(document.element.body):
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = paragraph_text(child)
            prefix = "# " if heading(child) and text.strip() else ""
            lines.append(prefix + text)
        elif tag == "tbl":
            lines.append("")
            for row in Table(child, document).rows:
                cells: list[str] = []
                seen: list[Any] = []  # the <w:tc> elements themselves (lxml compares them by identity)
                for cell in row.cells:  # a merged cell repeats as one <w:tc>: its text once (equal texts are not a
                    if cell._tc in seen:  # merge), its other columns empty so they line up with the rows below
                        if cell._tc is seen[-1]:  # (签约人数 over 本年 | 上年), as a form's sheet is read (forms.model)
                            cells.append("")
                        continue
                    seen.append(cell._tc)
                    cells.append("\n".join(cell_paragraphs(cell._tc)))
                lines.extend(row_lines(cells))
            lines.append("")
    return "\n".join(lines)


FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")
_GROUPED = re.compile(r"-?\d{1,3}(?:[ \u00a0\u2009\u202f\u3000]\d{3})+(?:\.\d+)?")  # 1 234.50, 1 200 000.00


def cell_text(text: str) -> str:
    """A table cell's text as one line: its line breaks go, full-width digits are digits (８４.５０ → 84.50) and
    a number typed with spaces between its digit groups is the number (1 234.50 → 1234.50)."""
    t = re.sub(r"\s*\n\s*", "", text.strip()).translate(FULL_WIDTH_DIGITS)
    return re.sub(r"[ \u00a0\u2009\u202f\u3000]", "", t) if _GROUPED.fullmatch(t) else t


def row_lines(cells: list[str]) -> list[str]:
    """A table row as source lines. Each cell's own line breaks go ("≥⏎600组" typed on two lines of its cell is
    ≥600组). A row of short cells is one tab-separated line; a row with three or more short cells beside a long
    one (an indicator row and its 偏差原因) keeps the short cells as its tab line, the long cell's column empty,
    and the narrative follows whole on its own line; a label and its long text become a line each."""
    cells = [cell_text(c) for c in cells]
    long = [c for c in cells if len(c) > 30]
    short = ["" if len(c) > 30 else c for c in cells]
    if not long:
        return ["\t".join(cells)]
    if sum(1 for c in short if c) >= 3:
        return ["\t".join(short), *long, ""]
    return ["", *[c for c in cells if c], ""]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN_TEXT = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


def body_blocks(body: Any) -> Iterator[Any]:
    """The <w:p> and <w:tbl> of a Word body in order. Content controls (<w:sdt>: a template's fill-in block,
    a repeating section of table rows, a fill-in cell) are unwrapped first, in memory, so that their
    paragraphs, rows and cells sit where Word shows them (python-docx's rows and cells skip them); a control
    inside a paragraph is text of that paragraph already (`paragraph_text`)."""
    for sdt in list(body.iter(f"{_W}sdt")):
        parent = sdt.getparent()
        if parent is None or parent.tag == f"{_W}p":
            continue
        content = sdt.find(f"{_W}sdtContent")
        for child in list(content) if content is not None else []:
            sdt.addprevious(child)
        parent.remove(sdt)
    yield from (child for child in body.iterchildren() if child.tag in (f"{_W}p", f"{_W}tbl"))


def cell_paragraphs(tc: Any) -> list[str]:
    """A Word table cell's paragraphs as Word shows them: text in content controls and tracked insertions
    counts, tracked deletions do not (python-docx's cell.text drops all three, so a figure corrected with
    track changes on read as empty)."""
    return [paragraph_text(p) for p in tc.iter(f"{_W}p")]


def heading_test(document: Any) -> Callable[[Any], bool]:
    """For a python-docx Document: is this <w:p> element a heading or title? Style names are read once by id:
    python-docx's `paragraph.style` searches the styles part on every call (60,000 paragraphs took minutes)."""
    names = {s.style_id: (s.name or "").lower() for s in document.styles}
    return lambda p: bool(p.style) and names.get(p.style, "").startswith(("heading", "title"))


def paragraph_text(p: Any) -> str:
    """A paragraph's text as python-docx's `Paragraph.text` gives it (runs, hyperlinks, tabs, breaks),
    read in one pass over the XML: 60,000 paragraphs in a second, not a minute."""
    out = []
    for el in p.iter(*_RUN_TEXT):
        if el.tag == f"{_W}t":
            out.append(el.text or "")
        elif el.getparent().tag != f"{_W}tabs":  # <w:tabs><w:tab/> in pPr are tab stops, not text
            out.append(_RUN_TEXT[el.tag])
    return "".join(out)


def check_zip_parts(path: Path, limit_name: str = "input") -> None:
    """A .docx / .xlsx is a zip: refuse it before parsing when a member declares more than the part limit
    (a zip bomb inflates 1 GB of zeros from a few MB), or when it is not a regular file."""
    import zipfile

    regular_file(path, limit_name)
    part = limit("part")
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError(path, "不是有效的 Word 文档或 Excel 表格（zip 结构损坏）/ not a readable .docx/.xlsx") from None
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > part.amount or total > 4 * part.amount:
            raise part.error(path, f"{info.filename} 解压后 {info.file_size / (1024 * 1024):.0f} MB")


def _full_width_hint(text: str, mark: Any) -> str:
    """YAML wants an ASCII colon and spaces; a Chinese keyboard types ： and the ideographic space."""
    if mark is None:
        return ""
    lines = text.splitlines()
    for n in (mark.line - 1, mark.line):  # the parser often stops one line after the culprit
        if 0 <= n < len(lines) and ("：" in lines[n] or "\u3000" in lines[n]):
            return f"（第{n + 1}行有全角冒号“：”或全角空格，请改为半角 / full-width colon or space on line {n + 1}）"
    return ""


class _TooLong(ValueError):
    pass


def _json_int(text: str) -> int:
    if len(text) > limit("digits").amount:
        raise _TooLong(text)
    return int(text)


def _check_depth(path: Path, data: Any) -> None:
    """Nesting deeper than the limit is refused: no reader below has to recurse that far."""
    cap = limit("depth").amount
    stack = [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > cap:
            raise limit("depth").error(path, f"至少 {depth} 层")
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((c, depth + 1) for c in children if isinstance(c, (dict, list)))


def _check_node(path: Path, root: yaml.Node) -> bool:
    """Before construction: count alias uses (a "billion laughs" is nine aliases of nine) and nesting depth.
    True when the tree is plain (see _construct_plain): the common case of a form, read the short way."""
    aliases, seen = 0, set()
    cap_aliases, cap_depth = limit("yaml_aliases").amount, limit("depth").amount
    plain = True
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:  # the composer hands back the anchored node itself for each *alias
            aliases += 1
            if aliases > cap_aliases:
                raise limit("yaml_aliases").error(path, where=f"第{node.start_mark.line + 1}行")
            plain = False
            continue
        seen.add(id(node))
        if depth > cap_depth:
            raise limit("depth").error(path, f"至少 {depth} 层", where=f"第{node.start_mark.line + 1}行")
        if isinstance(node, yaml.SequenceNode):
            plain = plain and node.__class__ is yaml.SequenceNode and node.tag == _SEQ
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            plain = plain and node.__class__ is yaml.MappingNode and node.tag == _MAP
            for key, value in node.value:
                plain = plain and key.__class__ is yaml.ScalarNode
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        else:  # a scalar; a key's tag is checked here too (merge keys << and value keys = are other tags)
            plain = plain and node.__class__ is yaml.ScalarNode and node.tag in _PLAIN_SCALARS
    return plain


def parse_data_file(path: Path, limit_name: str = "input") -> Any:
    """YAML or JSON → plain data with Decimal numbers; syntax errors name the line.

    Refused with one line: a file over the size limit `limit_name`, nesting deeper than DRAFTER_MAX_DEPTH,
    more YAML aliases than DRAFTER_MAX_YAML_ALIASES, numbers longer than DRAFTER_MAX_DIGITS, impossible dates."""
    return read_data_file(path, limit_name)[0]


def read_data_file(path: Path, limit_name: str = "input") -> tuple[Any, str]:
    """(data, the file's text) of a YAML or JSON file: a source's comment lines say what the parsed data
    cannot (# 金额单位：万元). Refused as parse_data_file refuses."""
    text = read_text(path, limit_name)
    if not text.strip():
        raise InputError(path, "文件为空 / the file is empty")
    return parse_data_text(path, text), text


def parse_data_text(path: Path, text: str) -> Any:
    """The text of a YAML or JSON file (by `path`'s suffix) → plain data, within the same limits."""
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text, parse_float=Decimal, parse_int=_json_int)
        except json.JSONDecodeError as e:
            raise InputError(path, f"JSON 格式错误：{e.msg}", where=f"第{e.lineno}行") from None
        except RecursionError:
            raise limit("depth").error(path) from None
        except _TooLong as e:
            raise limit("digits").error(path, f"数字“{e.args[0][:20]}…”") from None
        _check_depth(path, data)
        return data
    loader = _DecimalLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        try:
            return _construct_checked(loader, node, "&" in text)
        except Exception:  # not plain, too deep, or a value to refuse: the two steps, for their first error
            pass
        if _check_node(path, node):
            return _construct_plain(loader, node)
        return loader.construct_document(node)
    except RecursionError:
        raise limit("depth").error(path) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"第{mark.line + 1}行" if mark is not None else None
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        if isinstance(e, _ValueError) and mark is not None:  # a bad number or date: name its key too
            line = text.splitlines()[mark.line] if mark.line < text.count("\n") + 1 else ""
            key = line.split(":", 1)[0].strip(" -\t") if ":" in line else ""
            where = f"{where} {key[:40]}" if key else where
        raise InputError(path, f"YAML 格式错误：{problem}{_full_width_hint(text, mark)}", where=where) from None


def _field_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


_MESSAGES = {
    "missing": "缺少必填字段 / required field missing",
    "extra_forbidden": "无法识别的字段（拼写错误？）/ unknown field",
    "greater_than_equal": "不能为负数 / must not be negative",
    "decimal_parsing": "应为数值 / must be a number",
    "decimal_type": "应为数值 / must be a number",
    "finite_number": "应为有限数值 / must be a finite number",
    "int_parsing": "应为整数 / must be a whole number",
    "int_type": "应为整数 / must be a whole number",
    "int_from_float": "应为整数 / must be a whole number",
    "string_type": "应为文字 / must be text",
    "list_type": "应为列表 / must be a list",
    "model_type": "应为字段表（键: 值）/ must be a mapping",
    "enum": "取值不在允许范围内 / not one of the allowed values",
    "literal_error": "取值不在允许范围内 / not one of the allowed values",
}


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _field_keys(loc: tuple[Any, ...]) -> list[str]:
    """Keys accepted for the field at `loc`: pydantic names a missing field by its English name only."""
    model: type[BaseModel] | None = ReportInput
    keys: list[str] = []
    for part in loc:
        if isinstance(part, int):
            continue
        if model is None:
            return []
        for name, info in model.model_fields.items():
            alias = info.validation_alias
            choices = [c for c in alias.choices if isinstance(c, str)] if isinstance(alias, AliasChoices) else [name]
            if part == name or part in choices:
                keys, model = choices, _inner_model(info.annotation)
                break
        else:
            return []
    return keys


def validation_to_input_error(path: Path, err: ValidationError) -> InputError:
    first = err.errors()[0]
    msg = _MESSAGES.get(first["type"])
    if first["type"] == "missing" and (keys := _field_keys(first["loc"])):
        msg = f"{msg}（可写作 / keys: {'、'.join(keys)}）"
    if first["type"] in ("greater_than_equal", "less_than_equal") and first.get("ctx", {}).get("ge", 0) != 0:
        msg = f"不能小于 {first['ctx']['ge']} / must be ≥ {first['ctx']['ge']}"
    if first["type"] == "less_than_equal":
        msg = f"不能大于 {first['ctx']['le']} / must be ≤ {first['ctx']['le']}"
    if first["type"] in ("value_error", "assertion_error"):
        msg = str(first.get("ctx", {}).get("error", first["msg"]))
    if first["type"] in ("enum", "literal_error") and "expected" in first.get("ctx", {}):
        msg = f"{msg}: {first['ctx']['expected']}"
    if msg is None:
        msg = first["msg"]
    where = _field_path(first["loc"]) or None
    extra = f"（另有 {len(err.errors()) - 1} 处错误）" if len(err.errors()) > 1 else ""
    return InputError(path, msg + extra, where=where)


_DATE_HEAD = re.compile(
    r"^#{1,6}\s*(?:(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?|(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)"
    r"\s*(?:[\[【(（](?P<task>[^\]】)）]+)[\]】)）]|(?P<task2>任务\s*\d+))?\s*(?P<title>.*?)\s*$"
)
_FRONT_TASK = re.compile(r"^(?:task|任务)\s*[:：]\s*(?P<task>.+?)\s*$")
# A list item: "- ", "* ", "• ", "1. ", "2、", "3）" — not "-3.5%" or "1.5万元"; and the date it may open with
_ITEM = re.compile(r"^(?:[-*+•·]\s+|\d{1,3}(?:[.．]\s*(?!\d)|[、)）]\s*))")
# (a day may carry its weekday: 2025年3月17日（周一）　…)
_ITEM_DATE = re.compile(r"^(?:(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?|(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)"
                        r"(?:\s*[（(](?:周|星期|礼拜)[一二三四五六日天][)）])?(?P<gap>\s*)(?P<sep>[：:，,、]?)\s*")
# a log kept by month: "11月 全年进校园26场", "2025年12月：参保5380户" (a space or a colon after the month)
# (with its year, a comma too: "2025年9月，讲解员2名离职…" — "9月，" alone may open any sentence)
_MONTH_ITEM = re.compile(r"^(?:(?P<y>\d{4})\s*年)?(?P<m>\d{1,2})月份?(?:\s*[：:]\s*|\s+|(?(y)[，,]|(?!)))(?=\S)")
_SPAN_END = re.compile(r"(?:至|到|—|-|~|～)\s*(?P<end>(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)\s*[：:，,]\s*")
# the same span ended by a space, or written in dashes: "2025-06-01 至 2025-06-30 开展…", "5月10日至6月20日 施工"
_SPAN_TO = re.compile(r"\s*(?:至|~|～|—)\s*(?:(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
                      r"|(?:(?P<y2>\d{4})年)?(?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})日)(?:\s*[：:，,]\s*|\s+)(?=\S)")


def parse_log_text(text: str, source: str, year: int) -> list[WorkLog]:
    """A log file: optional '任务: 任务1' front line, '## 2022-06-15 [任务1]' headings, paragraphs as entries."""
    entries: list[WorkLog] = []
    file_task: str | None = None
    date: dt.date | None = None
    task: str | None = None
    buf: list[str] = []
    buf_line = 0

    def flush() -> None:
        if buf:
            body = "".join(s.strip() for s in buf)
            if body:
                entries.append(WorkLog(text=body, date=date, task=task or file_task, source=source, line=buf_line))
            buf.clear()

    max_line = limit("log_line")
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if len(raw) > max_line.amount:
            raise max_line.error(source, f"{len(raw)} 字", where=f"第{lineno}行")
        line = raw.strip()
        if line in ("---",):
            continue
        m = _FRONT_TASK.match(line)
        if m and not entries and not buf:
            file_task = m["task"]
            continue
        m = _DATE_HEAD.match(line)
        if m:
            flush()
            y = int(m["y"]) if m["y"] else year
            mo, d = int(m["m"] or m["m2"]), int(m["d"] or m["d2"])
            try:
                date = dt.date(y, mo, d)
            except ValueError:
                raise InputError(source, f"日期无效 / invalid date “{line}”", where=f"第{lineno}行") from None
            task = (m["task"] or m["task2"] or "").strip() or None  # other text after the date is a title
            continue
        if line.startswith("#"):
            flush()
            continue
        if not line:
            flush()
            continue
        item = _ITEM.match(line)
        if item:  # each item of a list is an entry of its own, dated by the date it opens with
            flush()
            line = line[item.end():].lstrip()
        d = _ITEM_DATE.match(line)
        # "4月8日至4月20日：…" is a line of an event over days: dated by its first day, the span kept in the text
        span = _SPAN_END.match(line, d.end()) if d and not d["sep"] else None
        to = _SPAN_TO.match(line, d.end()) if d and not d["sep"] and span is None else None
        # "3月12日：…" and "2024年3月12日 开展…" are an event's line; "6月15日前完成…" is a sentence
        if d and line[d.end():] and (item or span or to or d["sep"] in ("：", ":", "，", ",")
                                     or (not d["sep"] and d["gap"])):
            flush()
            try:
                day = dt.date(int(d["y"]) if d["y"] else year, int(d["m"] or d["m2"]), int(d["d"] or d["d2"]))
                until = dt.date(int(to["y"] or to["y2"] or day.year), int(to["m"] or to["m2"] or day.month),
                                int(to["d"] or to["d2"])) if to else None
            except ValueError:
                raise InputError(source, f"日期无效 / invalid date “{raw.strip()}”", where=f"第{lineno}行") from None
            # a span written with its own separator stays in the text; one ended by a space is the line's dates
            text = f"{line[:span.end('end')]}，{line[span.end():]}" if span else line[to.end():] if to else line[d.end():]
            entries.append(WorkLog(text=text, date=day, until=until, task=task or file_task, source=source,
                                   line=lineno))
            continue
        month = _MONTH_ITEM.match(line) if d is None else None
        if month:
            flush()
            y, mo = int(month["y"]) if month["y"] else year, int(month["m"])
            if not 1 <= mo <= 12:
                raise InputError(source, f"日期无效 / invalid date “{raw.strip()}”", where=f"第{lineno}行")
            day = dt.date(y, mo, calendar.monthrange(y, mo)[1])  # what a month's line reports is in by its end
            entries.append(WorkLog(text=line[month.end():], date=day, month=True, task=task or file_task, source=source,
                                   line=lineno))
            continue
        if not buf:
            buf_line = lineno
        buf.append(line)
        if item:
            flush()
    flush()
    return entries


def _kind_of(path: Path) -> str | None:
    """"dir", "file", "other", or None when missing; other OS errors (too long, loops) are one line."""
    import stat

    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as e:
        from .safefile import os_error

        raise os_error(path, e) from None
    return "dir" if stat.S_ISDIR(mode) else "file" if stat.S_ISREG(mode) else "other"


def load_logs(folder: Path, year: int, guard: Callable[[Path], None] | None = None) -> list[WorkLog]:
    """Every log file under `folder`; `guard` vets each file first (containment: a link may lead out)."""
    if _kind_of(folder) != "dir":
        what = "不是目录" if _kind_of(folder) else "不存在"
        raise InputError(folder, f"工作日志目录{what} / work-log folder not found")
    return read_logs(list_files(folder, LOG_SUFFIXES), year, guard, folder)  # skips ~$ lock and hidden files


def read_logs(paths: list[Path], year: int, guard: Callable[[Path], None] | None, where: Path) -> list[WorkLog]:
    """The entries of these log files, within the total size a year of logs may have (`where` names the set)."""
    logs: list[WorkLog] = []
    total, cap = 0, limit("logs_total")
    for path in paths:
        if guard is not None:
            guard(path)
        # a Word paragraph never runs on into the next one (a text file's lines may): each is an entry
        text = read_docx_text(path).replace("\n", "\n\n") if path.suffix.lower() == ".docx" else read_text(path)
        total += len(text)
        if total > cap.amount:
            raise cap.error(where)
        entries = parse_log_text(text, str(path), year)
        if text.lstrip().startswith(FORM_BOX_HEAD):  # a box of the form itself, written out by the import
            entries = [e.model_copy(update={"form": True}) for e in entries]
        logs.extend(entries)
    return logs


FORM_BOX_HEAD = "# 来源："  # the head line drafter import writes above a form's text box (drafter.forms.importer)


def find_input_file(path: Path) -> Path:
    kind = _kind_of(path)
    if kind == "dir":
        for name in INPUT_NAMES:
            if (path / name).exists() or (path / name).is_symlink():  # a FIFO or a link is refused when read
                return path / name
        raise InputError(path, f"目录中没有 {' / '.join(INPUT_NAMES)} / no input file in folder")
    if kind is None:
        raise InputError(path, "文件不存在 / file not found" if not path.is_symlink() else "符号链接指向不存在的文件 / dangling link")
    if path.suffix.lower() not in (".yaml", ".yml", ".json"):
        raise InputError(path, "输入应为 YAML / JSON 文件、示例目录，或自评表（.xlsx .docx .pdf .txt .md）"
                               " / input must be .yaml, .json, a folder or a form file")
    return path


def _money_unit(data: dict[str, Any]) -> str:
    """The form's money unit, read before validation so amounts written in another unit can be converted."""
    from .schema import Budget

    budget_keys = ReportInput.model_fields["budget"].validation_alias.choices
    unit_keys = Budget.model_fields["unit"].validation_alias.choices
    budget = next((data[k] for k in budget_keys if isinstance(data.get(k), dict)), {})
    unit = next((budget[k] for k in unit_keys if k in budget), "万元")
    return unit if unit in ("元", "万元") else "万元"


def _form_suffix(path: Path) -> bool:
    from .forms import FORM_SUFFIXES

    return path.suffix.lower() in FORM_SUFFIXES and _kind_of(path) is not None  # a FIFO: refused by the reader


def load_form(path: Path, warn: Callable[[str], None] | None = None) -> ReportInput:
    """A 自评表 file imported in memory: written to a private temporary folder (so the checker can read the
    imported figures as a source) and loaded from there; warnings go to `warn`, else to stderr."""
    from .forms import import_form

    key = (str(path.resolve()), path.stat().st_mtime_ns)
    if key not in _IMPORTED:  # drafting and summarizing load one form twice: import (and warn) once
        result = import_form(path)
        for w in result.warnings:
            (warn or _stderr)(f"提示 / warning: {path} {w}")
        tmp = Path(tempfile.mkdtemp(prefix="drafter-form-"))
        atexit.register(shutil.rmtree, tmp, True)
        _IMPORTED[key] = result.write(tmp / path.stem, force=True)
    return load_input(_IMPORTED[key])


_IMPORTED: dict[tuple[str, int], Path] = {}


def form_in_folder(folder: Path) -> tuple[Path, list[Path]]:
    """A folder staff filled themselves: the one 自评表 in it, and its other text files as the year's logs."""
    from .forms import FORM_SUFFIXES, is_form, read_form

    files = [p for p in list_files(folder, set(FORM_SUFFIXES) | set(LOG_SUFFIXES)) if p.parent == folder]
    forms = [p for p in files if p.suffix.lower() in FORM_SUFFIXES and is_form(p)]
    if not forms:
        for path in files:  # a form that cannot be opened (a password, a scan): that, not "no form", is the news
            if path.suffix.lower() in (".xlsx", ".xlsm", ".docx", ".pdf"):
                read_form(path)  # raises the reader's one line, naming the file
        for path in files:  # and so is a form whose import fails on a field (its unit's name left blank)
            if path.suffix.lower() in FORM_SUFFIXES:
                _refused_form(path)
        raise InputError(folder, f"目录中没有 {' / '.join(INPUT_NAMES)}，也没有自评表（.xlsx .docx .pdf .txt .md）"
                                 " / no input file or form in folder")
    if len(forms) > 1:
        raise InputError(folder, f"目录中有 {len(forms)} 份自评表：{'、'.join(p.name for p in forms)}，请指定其中一份"
                                 " / several forms in folder: name one")
    return forms[0], [p for p in files if p != forms[0] and p.suffix.lower() in LOG_SUFFIXES]


def _refused_form(path: Path) -> None:
    """Raise the import's one line (file, place, field) for a file that reads as a 自评表 but fails on a field;
    a file that is no form at all (a log, a report) passes."""
    from .errors import DrafterError
    from .forms import import_form, read_form
    from .forms.layout import NOT_A_FORM

    try:
        read_form(path)
    except DrafterError:  # a text that cannot be read as a form (too long for one, YAML): a log, no form
        return
    try:
        import_form(path)
    except InputError as e:
        if NOT_A_FORM not in str(e):
            raise


def _form_with_logs(form: Path, loose: list[Path], warn: Callable[[str], None] | None,
                    allow: bool | None) -> ReportInput:
    """A form imported in memory, with the logs beside it: `loose` files, and a worklogs/ folder as an
    input.yaml beside it would have (so a form can replace input.yaml without moving the logs)."""
    report = load_form(form, warn)
    paths = list(loose) + logs_beside(form, allow)
    if not paths:
        return report
    guard = partial(check_inside, file=form, key="worklogs", allow=allow)
    logs = read_logs(paths, report.year, guard, form.parent)
    _known_tasks(report, logs)
    return report.model_copy(update={"logs": [*report.logs, *logs]})


def logs_beside(form: Path, allow: bool | None = None) -> list[Path]:
    """The year's logs kept in a worklogs/ folder beside a form, as beside an input.yaml."""
    if _kind_of(form.parent / "worklogs") != "dir":
        return []
    return list_files(inside(form, "worklogs", "worklogs", allow=allow), LOG_SUFFIXES)


def _known_tasks(report: ReportInput, logs: list[WorkLog]) -> None:
    for log in logs:
        if log.task and report.tasks and report.task_by_ref(log.task) is None:
            raise InputError(log.source, f"日志标注的任务“{log.task}”在输入中不存在 / unknown task", where=f"第{log.line}行")


def _stderr(line: str) -> None:
    print(line, file=sys.stderr)


def load_input(path: str | Path, warn: Callable[[str], None] | None = None, *,
               allow_outside: bool | None = None) -> ReportInput:
    """Read a drafter input (folder, YAML or JSON) with its work logs, or a 自评表 file (.xlsx .docx .pdf
    .txt .md) imported on the fly (`warn` receives what the import could not read).

    The logs folder an input names must lie inside the input's folder (drafter.paths) unless
    `allow_outside` (default: the command line's --allow-outside) says otherwise."""
    path = Path(path)
    if _form_suffix(path):
        return _form_with_logs(path, [], warn, allow_outside)
    if _kind_of(path) == "dir" and not any((path / n).exists() or (path / n).is_symlink() for n in INPUT_NAMES):
        form, loose = form_in_folder(path)
        return _with_ledgers(_form_with_logs(form, loose, warn, allow_outside), path)
    file = find_input_file(path)
    data = parse_data_file(file)
    if not isinstance(data, dict):
        raise InputError(file, "顶层应为字段表（部门名称、部门资金情况 …）/ top level must be a mapping")
    data.pop("logs", None)  # logs come from files only, so every entry has a file and line
    check_numbers(file, data)
    try:
        report = ReportInput.model_validate(data, context={"money_unit": _money_unit(data)})
    except ValidationError as e:
        raise validation_to_input_error(file, e) from None
    logs_dir, key = None, "worklogs"
    if report.logs_path:
        key = next((k for k in ReportInput.model_fields["logs_path"].validation_alias.choices if k in data), key)
        logs_dir = inside(file, key, report.logs_path, allow=allow_outside)
    elif (file.parent / "worklogs").exists():
        logs_dir = inside(file, key, "worklogs", allow=allow_outside)
    guard = partial(check_inside, file=file, key=key, allow=allow_outside)
    logs = load_logs(logs_dir, report.year, guard) if logs_dir else []
    _known_tasks(report, logs)
    check_numbers(file, report.model_dump(exclude={"logs"}))  # amounts written as text ("3475.09万元"), converted
    return _with_ledgers(report.model_copy(update={"logs": logs, "source_path": str(file)}), file.parent)


def _with_ledgers(report: ReportInput, folder: Path) -> ReportInput:
    """The 台账 (CSV / tab text) kept in the input's own folder, read as data beside the form."""
    from .ledgers import ledgers_in

    found = ledgers_in(folder)
    return report.model_copy(update={"ledgers": found}) if found else report


def check_numbers(file: Path, data: Any) -> None:
    """Every number of an input within range (|x| < 10¹⁵, at most 6 decimals), else one line with its field."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        item, where = stack.pop()
        if isinstance(item, dict):
            stack.extend((v, f"{where}.{k}" if where else str(k)) for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(item))
        elif isinstance(item, (Decimal, int)) and not isinstance(item, bool):
            problem = number_problem(Decimal(item))
            if problem:
                raise InputError(file, problem, where=where or None)
