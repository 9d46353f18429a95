"""Hostile, huge and malformed inputs for every reader and verb of `drafter` (issue 13).

Each `Case` builds its files in a folder of its own and returns the command to run there. The classes
follow the issue: numbers out of range, structure bombs, expansions, size, files that are not files,
outputs, endpoints, other readers, eval suites — plus seeded random mutants of a real input, log, text
and report (`mutants(n, seed)`). Used by tests/fuzz/test_fuzz_sample.py (a small sample in CI) and by
benchmarks/fuzz.py (all of them, with time and memory measured).

Nothing here knows drafter's internals: a case is files on disk and a command line, as a user would type it.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIANHE = ROOT / "examples" / "tianhe-2022"
MB = 1024 * 1024


@dataclass
class Run:
    """What to run in the case folder: `drafter ARGV`, optional stdin bytes, extra environment."""

    argv: list[str]
    stdin: bytes | None = None
    env: dict[str, str] = field(default_factory=dict)
    stdout: str | None = None  # a path to open as stdout (e.g. /dev/full), else captured
    expect: tuple[int, ...] = (0, 1, 2)  # exit codes a correct drafter may give for this input


@dataclass
class Case:
    name: str
    cls: str
    build: Callable[[Path, "Servers"], Run]
    heavy: bool = False  # builds ≥ 10 MB or needs a long compression: left out of the CI sample
    checker: bool = False  # the checker's own speed on MB of text (issue 10's part): full run only


@dataclass
class Servers:
    """Addresses of the local endpoints the harness starts (127.0.0.1 only)."""

    silent: str = "http://127.0.0.1:9/v1"  # accepts connections and never answers
    not_json: str = "http://127.0.0.1:9/v1"  # answers 200 with a body that is not JSON


# ----------------------------------------------------------------------------------------- helpers


def copy_tianhe(d: Path) -> Path:
    dst = d / "tianhe"
    if not dst.exists():
        shutil.copytree(TIANHE, dst, ignore=shutil.ignore_patterns("seed-ocr.txt"))
    return dst


def tianhe_yaml() -> str:
    return (TIANHE / "input.yaml").read_text(encoding="utf-8")


def with_amount(value: str, key: str = "实际支出: 3229.91") -> str:
    """The tianhe input with one amount replaced by `value` as written."""
    text = tianhe_yaml()
    assert key in text
    return text.replace(key, f"{key.split(':')[0]}: {value}", 1)


def write(p: Path, data: str | bytes) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8")
    else:
        p.write_bytes(data)
    return p


def input_case(text: str, name: str = "input.yaml", verb: str = "draft") -> Callable[[Path, Servers], Run]:
    def build(d: Path, s: Servers) -> Run:
        t = copy_tianhe(d)
        (t / "input.yaml").unlink()
        write(t / name, text)
        return Run([verb, "tianhe"] if verb == "draft" else [verb, "tianhe"])
    return build


def check_case(text: str | bytes, source: str | bytes | None = None, source_name: str = "src.txt") -> Callable[[Path, Servers], Run]:
    def build(d: Path, s: Servers) -> Run:
        write(d / "text.txt", text)
        if source is None:
            shutil.copy(TIANHE / "input.yaml", d / "input.yaml")
            return Run(["check", "text.txt", "--source", "input.yaml"])
        write(d / source_name, source)
        return Run(["check", "text.txt", "--source", source_name])
    return build


def source_case(source: str | bytes, source_name: str) -> Callable[[Path, Servers], Run]:
    return check_case("2022年实际支出3229.91万元，预算完成率92.94%。", source, source_name)


def log_case(log: str | bytes, name: str = "2022-99-fuzz.md") -> Callable[[Path, Servers], Run]:
    def build(d: Path, s: Servers) -> Run:
        t = copy_tianhe(d)
        write(t / "worklogs" / name, log)
        return Run(["draft", "tianhe"])
    return build


def report_case(text: str | bytes, name: str = "report.txt") -> Callable[[Path, Servers], Run]:
    def build(d: Path, s: Servers) -> Run:
        write(d / name, text)
        return Run(["summarize", name])
    return build


def suite_case(text: str, name: str = "suite.yaml", extra: Callable[[Path], None] | None = None) -> Callable[[Path, Servers], Run]:
    def build(d: Path, s: Servers) -> Run:
        copy_tianhe(d)
        write(d / name, text)
        if extra:
            extra(d)
        return Run(["eval", name])
    return build


def models_case(data: str | bytes | None, argv: tuple[str, ...] = ("models",), make: Callable[[Path], None] | None = None) -> Callable[[Path, Servers], Run]:
    def build(d: Path, s: Servers) -> Run:
        copy_tianhe(d)
        home = d / "home"
        home.mkdir(exist_ok=True)
        if make is not None:
            make(home / "models.yaml")
        elif data is not None:
            write(home / "models.yaml", data)
        return Run(list(argv))
    return build


# ------------------------------------------------------------------------------------ builders of bombs


def deep_json(depth: int) -> str:
    return '{"部门名称": ' + "[" * depth + "1" + "]" * depth + "}"


def alias_bomb(levels: int = 9, width: int = 9) -> str:
    """The "billion laughs": each anchor a list of `width` aliases of the previous one."""
    lines = ['a0: &a0 ["哈哈"]']
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    lines.append(f"部门名称: *a{levels}")
    return "\n".join(lines) + "\n"


def docx_bytes(paragraphs: list[str], extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal valid .docx written as XML, so that 60,000 paragraphs cost milliseconds, not python-docx time."""
    from xml.sax.saxutils import escape

    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{body}</w:body></w:document>")
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>").encode(),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>").encode(),
        "word/document.xml": doc.encode("utf-8"),
        **(extra or {}),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


_BOMB_CACHE: dict[int, bytes] = {}


def with_inflated_part(package: bytes, part: str, chunk: bytes, times: int, head: bytes = b"", tail: bytes = b"") -> bytes:
    """`package` (a zip) with `part` replaced by head + chunk × times + tail, streamed: GBs inflated, MBs stored."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for info in src.infolist():
            if info.filename != part:
                z.writestr(info, src.read(info))
        with z.open(part, "w", force_zip64=True) as fh:
            fh.write(head)
            for _ in range(times):
                fh.write(chunk)
            fh.write(tail)
    return buf.getvalue()


def docx_zip_bomb(gb: int = 1) -> bytes:
    """A .docx whose document.xml inflates to `gb` GB of zeros (a few MB on disk). Built once per process."""
    if gb not in _BOMB_CACHE:
        _BOMB_CACHE[gb] = with_inflated_part(docx_bytes(["2022年实际支出3229.91万元。"]), "word/document.xml",
                                             b"0" * (16 * MB), gb * 64)
    return _BOMB_CACHE[gb]


def pdf_bytes(streams: list[bytes], encrypt: bytes | None = None) -> bytes:
    """A one-page PDF whose content stream(s) are given already Flate-compressed; xref offsets computed."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]
    contents = " ".join(f"{4 + i} 0 R" for i in range(len(streams)))
    objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [{contents}] >>".encode())
    for s in streams:
        objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(s) + s + b"\nendstream")
    if encrypt is not None:
        objs.append(encrypt)
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objs) + 1)
    if encrypt is not None:
        trailer += b" /Encrypt %d 0 R /ID [<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]" % len(objs)
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def pdf_flate_bomb(mb: int = 1024) -> bytes:
    comp = zlib.compressobj(9)
    chunk = b" " * MB
    data = b"".join(comp.compress(chunk) for _ in range(mb)) + comp.flush()
    return pdf_bytes([data])


def pdf_aes_encrypted() -> bytes:
    """A PDF whose /Encrypt dictionary asks for AES (V 4, AESV2) with a user password we do not know."""
    enc = (b"<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >>"
           b" /StmF /StdCF /StrF /StdCF /P -1028 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> >>")
    return pdf_bytes([zlib.compress(b"BT /F1 12 Tf 72 720 Td (hello) Tj ET")], encrypt=enc)


def mkfifo(p: Path) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(p)
    return p


def symlink(p: Path, target: str | Path) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, p)
    return p


def make_not_file(kind: str, target: Path) -> Path:
    """Something at `target` that is not a regular file: a FIFO, a device link, a loop, a folder …"""
    links = {"zero": "/dev/zero", "urandom": "/dev/urandom", "mem": "/proc/self/mem", "loop": target.name,
             "dir-link": "/proc/self/fd"}
    if kind == "fifo":
        return mkfifo(target)
    if kind == "dir":
        target.mkdir(parents=True)
        return target
    return symlink(target, links[kind])


# --------------------------------------------------------------------------------------------- the classes

SEED_TEXT = "2022年实际支出3229.91万元，预算完成率92.94%。全年开展应急演练785场。"
LONG_NAME = "长" * 100 + ".yaml"  # 300 bytes in UTF-8: over NAME_MAX (255)


def _numbers() -> list[Case]:
    out = []
    for v in ("1e400", "1e-400", "2e30", "-1e400", "9" * 5000, "1" + "0" * 20, "0.1234567", "1e15",
              ".nan", ".inf", "-.inf", "0x1F", "1_000_000_000_000_000", "１２３４", "3229.91e99999999"):
        out.append(Case(f"amount {v[:20]}", "numbers", input_case(with_amount(v))))
    out.append(Case("indicator value 1e400", "numbers", input_case(tianhe_yaml().replace("实际值: 785", "实际值: 1e400", 1))))
    out.append(Case("task amount 5000 digits", "numbers", input_case(tianhe_yaml().replace("任务涉及金额: 59.12", "任务涉及金额: " + "9" * 5000, 1))))
    data = {"部门名称": "某某学校", "被评价年度": 2022, "部门资金情况": {"年初预算": 1e300, "调整预算": 1, "实际支出": 1}}
    out.append(Case("json amount 1e400", "numbers",
                    input_case(json.dumps(data).replace("1e+300", "1e400"), name="input.json")))
    for text in ("实际支出1e400万元。", "实际支出" + "9" * 5000 + "万元。", "比上年增长2e30%。", "支出0." + "0" * 400 + "1万元。",
                 "预算完成率" + "9" * 5000 + "." + "9" * 5000 + "%。"):
        out.append(Case(f"check text {text[:16]}", "numbers", check_case(text)))
    for v in ("1e400", "9" * 5000, "-1e-400"):
        out.append(Case(f"source value {v[:12]}", "numbers", source_case(f"实际支出: {v}\n", "src.yaml")))
    out.append(Case("source text 5000 digits", "numbers", source_case("实际支出" + "9" * 5000 + "万元。", "src.txt")))
    return out


def _structure() -> list[Case]:
    out = [
        Case("json input nested 2000", "structure", input_case(deep_json(2000), name="input.json")),
        Case("json source nested 2000", "structure", source_case(deep_json(2000), "src.json")),
        Case("json input nested 200000", "structure", input_case(deep_json(200000), name="input.json")),
        Case("yaml input nested 2000", "structure", input_case("部门名称: " + "[" * 2000 + "1" + "]" * 2000 + "\n")),
        Case("yaml alias bomb input", "structure", input_case(alias_bomb())),
        Case("yaml alias bomb source", "structure", source_case(alias_bomb(), "src.yaml")),
        Case("yaml alias bomb suite", "structure", suite_case(alias_bomb())),
        Case("yaml alias bomb models file", "structure", models_case(alias_bomb())),
        Case("json suite nested 5000", "structure", suite_case(deep_json(5000), name="suite.json")),
    ]
    for date in ("2022-13-01", "0000-01-01", "2022-02-30", "9999-12-31T25:61:00"):
        out.append(Case(f"yaml date {date} input", "structure", input_case(tianhe_yaml() + f"填报日期: {date}\n")))
        out.append(Case(f"yaml date {date} source", "structure", source_case(f"日期: {date}\n实际支出: 3229.91\n", "src.yaml")))
    out.append(Case("yaml date in log heading 2022-13-45", "structure", log_case("## 2022-13-45\n巡查3处。\n")))
    out.append(Case("yaml merge key loop", "structure", input_case("a: &a\n  <<: *a\n部门名称: x\n")))
    out.append(Case("yaml python tag", "structure", input_case("部门名称: !!python/object/apply:os.system ['true']\n")))
    return out


def _expansions() -> list[Case]:
    ranged = "2020—99999999年共巡查3处。"
    return [
        Case("range in log", "expansions", log_case(f"## 2022-05-06\n{ranged}\n")),
        Case("range in source", "expansions", source_case(ranged, "src.txt")),
        Case("range in text", "expansions", check_case(ranged)),
        Case("range of amounts in text", "expansions", check_case("投入1—99999999999万元。")),
        Case("1000 wan in a row", "expansions", check_case("投入一" + "万" * 1000 + "元。")),
        Case("1000 yi in a row", "expansions", check_case("投入1" + "亿" * 1000 + "元。")),
        Case("1000 wan in log", "expansions", log_case("## 2022-05-06\n投入一" + "万" * 1000 + "元。\n")),
        Case("numerals 12000 chars", "expansions", check_case("共" + "一二三四五六七八九十" * 1200 + "处。")),
        Case("numerals 12000 chars in source", "expansions", source_case("共" + "九十九" * 4000 + "处。", "src.txt")),
        Case("digits with separators 12000", "expansions", check_case("共" + "1," * 6000 + "1元。")),
        Case("eval matrix 10x10", "expansions", suite_case(
            "name: m\ncases:\n  - id: a\n    input: tianhe\n    task: all\nmatrix:\n  engines: [replay]\n  models: [m]\n  prompts:\n"
            + "".join(f"    p{i}: [{', '.join(f'v{j}' for j in range(10))}]\n" for i in range(10)))),
    ]


def _size() -> list[Case]:
    big_goal = "  - " + "加强应急管理能力建设，" * (10 * MB // 33) + "\n"
    line = "巡查3处，" * (10 * MB // 13)
    numbers = "".join(f"第{i}项支出{i}.{i % 100:02d}万元，" for i in range(600000))[: 10 * MB]
    # just under DRAFTER_MAX_FIGURES (250,000), every figure invented: each one goes through every derivation
    # level before it is called unsupported — the checker's most expensive text that is not refused
    rng = random.Random(11)
    units = ("万元", "元", "个", "人次", "%", "家", "处", "场", "件", "公里", "台", "户")
    invented = "".join(f"完成{rng.randint(1, 9999999) / 100}{units[rng.randrange(len(units))]}，" + ("。\n" if i % 20 == 19 else "")
                       for i in range(249000))
    return [
        Case("10 MB yaml input", "size", input_case(tianhe_yaml().replace("年度目标:\n", "年度目标:\n" + big_goal, 1)), heavy=True),
        Case("10 MB log line", "size", log_case(f"## 2022-05-06\n{line}\n"), heavy=True),
        Case("10 MB source text", "size", source_case(line, "src.txt"), heavy=True),
        Case("10 MB report", "size", report_case("# 某某学校2022年度绩效自评报告\n\n" + line), heavy=True),
        Case("10 MB of numbers to check", "size", check_case(numbers), heavy=True),
        Case("249,000 invented figures to check", "size", check_case(invented), heavy=True),
        Case("docx 60000 paragraphs report", "size", report_case(docx_bytes(["全年巡查3处，发现问题2处。"] * 60000), "report.docx"), heavy=True),
        Case("docx 60000 paragraphs log", "size", log_case(docx_bytes(["## 2022-05-06"] + ["全年巡查3处。"] * 60000), "2022-99.docx"), heavy=True),
        Case("docx 60000 paragraphs text", "size", lambda d, s: (write(d / "t.docx", docx_bytes(["支出3229.91万元。"] * 60000)),
                                                                 shutil.copy(TIANHE / "input.yaml", d / "input.yaml"),
                                                                 Run(["check", "t.docx", "--source", "input.yaml"]))[-1], heavy=True),
        Case("1 MB text without line breaks", "size", check_case("支出3229.91万元" * (MB // 20)), checker=True),
    ]


def _not_files() -> list[Case]:
    def fifo_input(d: Path, s: Servers) -> Run:
        t = copy_tianhe(d)
        (t / "input.yaml").unlink()
        mkfifo(t / "input.yaml")
        return Run(["draft", "tianhe"])

    def fifo_direct(d: Path, s: Servers) -> Run:
        mkfifo(d / "in.yaml")
        return Run(["draft", "in.yaml"])

    def zero_input(d: Path, s: Servers) -> Run:
        symlink(d / "in.yaml", "/dev/zero")
        return Run(["draft", "in.yaml"])

    def zero_in_folder(d: Path, s: Servers) -> Run:
        t = copy_tianhe(d)
        (t / "input.yaml").unlink()
        symlink(t / "input.yaml", "/dev/zero")
        return Run(["draft", "tianhe"])

    def zero_log(d: Path, s: Servers) -> Run:
        t = copy_tianhe(d)
        symlink(t / "worklogs" / "2022-99.md", "/dev/zero")
        return Run(["draft", "tianhe"])

    def fifo_log(d: Path, s: Servers) -> Run:
        t = copy_tianhe(d)
        mkfifo(t / "worklogs" / "2022-99.md")
        return Run(["draft", "tianhe"])

    def proc_logs(d: Path, s: Servers) -> Run:
        t = copy_tianhe(d)
        (t / "input.yaml").write_text(tianhe_yaml() + "工作日志: /proc/self\n", encoding="utf-8")
        return Run(["draft", "tianhe"])

    def long_name(verb: str) -> Callable[[Path, Servers], Run]:
        def build(d: Path, s: Servers) -> Run:
            shutil.copy(TIANHE / "input.yaml", d / "input.yaml")
            write(d / "t.txt", SEED_TEXT)
            return {"draft": Run(["draft", LONG_NAME]), "check": Run(["check", LONG_NAME, "--source", "input.yaml"]),
                    "source": Run(["check", "t.txt", "--source", LONG_NAME]), "summarize": Run(["summarize", LONG_NAME]),
                    "out": Run(["draft", "input.yaml", "--out", "长" * 100 + ".md"]),
                    "eval": Run(["eval", LONG_NAME])}[verb]
        return build

    def text_run(kind: str) -> Callable[[Path, Servers], Run]:
        def build(d: Path, s: Servers) -> Run:
            shutil.copy(TIANHE / "input.yaml", d / "input.yaml")
            write(d / "t.txt", SEED_TEXT)
            make_not_file(kind, d / "x.txt")
            return Run(["check", "x.txt", "--source", "input.yaml"])
        return build

    def source_run(kind: str) -> Callable[[Path, Servers], Run]:
        def build(d: Path, s: Servers) -> Run:
            write(d / "t.txt", SEED_TEXT)
            make_not_file(kind, d / "src" / "x.yaml")
            return Run(["check", "t.txt", "--source", "src"])
        return build

    def report_run(kind: str) -> Callable[[Path, Servers], Run]:
        def build(d: Path, s: Servers) -> Run:
            make_not_file(kind, d / "r.md")
            return Run(["summarize", "r.md"])
        return build

    def suite_run(kind: str) -> Callable[[Path, Servers], Run]:
        def build(d: Path, s: Servers) -> Run:
            make_not_file(kind, d / "suite.yaml")
            return Run(["eval", "suite.yaml"])
        return build

    def baseline_run(kind: str) -> Callable[[Path, Servers], Run]:
        def build(d: Path, s: Servers) -> Run:
            copy_tianhe(d)
            write(d / "suite.yaml", "name: s\ncases:\n  - id: a\n    input: tianhe\n    task: all\nvariants:\n  - name: offline\n    engine: offline\n")
            make_not_file(kind, d / "base.json")
            return Run(["eval", "suite.yaml", "--baseline", "base.json"])
        return build

    def dev_full_out(argv: list[str]) -> Callable[[Path, Servers], Run]:
        def build(d: Path, s: Servers) -> Run:
            copy_tianhe(d)
            shutil.copy(TIANHE / "input.yaml", d / "input.yaml")
            write(d / "t.txt", SEED_TEXT)
            return Run(argv, stdout="/dev/full")
        return build

    out = [
        Case("fifo input in folder", "not-files", fifo_input),
        Case("fifo input file", "not-files", fifo_direct),
        Case("/dev/zero input", "not-files", zero_input),
        Case("/dev/zero input in folder", "not-files", zero_in_folder),
        Case("/dev/zero log", "not-files", zero_log),
        Case("fifo log", "not-files", fifo_log),
        Case("worklogs under /proc", "not-files", proc_logs),
        Case("stdout /dev/full draft", "not-files", dev_full_out(["draft", "tianhe"])),
        Case("stdout /dev/full check", "not-files", dev_full_out(["check", "t.txt", "--source", "input.yaml", "--json"])),
        Case("stdout /dev/full models", "not-files", dev_full_out(["models"])),
        Case("stdout /dev/full version", "not-files", dev_full_out(["--version"])),
    ]
    for verb in ("draft", "check", "source", "summarize", "out", "eval"):
        out.append(Case(f"300-byte name {verb}", "not-files", long_name(verb)))
    for kind in ("fifo", "zero", "loop", "dir", "mem"):
        out.append(Case(f"check text {kind}", "not-files", text_run(kind)))
    for kind in ("fifo", "zero", "loop", "dir-link"):
        out.append(Case(f"source {kind}", "not-files", source_run(kind)))
    for kind in ("fifo", "zero", "urandom", "dir"):
        out.append(Case(f"report {kind}", "not-files", report_run(kind)))
    for kind in ("fifo", "zero"):
        out.append(Case(f"suite {kind}", "not-files", suite_run(kind)))
        out.append(Case(f"baseline {kind}", "not-files", baseline_run(kind)))
    out.append(Case("models file fifo", "not-files", models_case(None, make=mkfifo)))
    out.append(Case("models file /dev/zero", "not-files", models_case(None, make=lambda p: symlink(p, "/dev/zero"))))
    out.append(Case("models file is a folder", "not-files", models_case(None, make=lambda p: p.mkdir())))
    return out


def _outputs() -> list[Case]:
    def out_run(kind: str, force: bool = False, fmt: str = "md") -> Callable[[Path, Servers], Run]:
        def build(d: Path, s: Servers) -> Run:
            copy_tianhe(d)
            target = d / f"out.{fmt}"
            if kind == "dangling":
                symlink(target, "missing/nowhere.md")
            elif kind == "dangling-here":
                symlink(target, "nowhere.md")
            elif kind == "loop":
                symlink(target, f"out.{fmt}")
            elif kind == "link-to-file":
                write(d / "victim.txt", "不要改我")
                symlink(target, "victim.txt")
            elif kind == "link-to-dir":
                (d / "adir").mkdir()
                symlink(target, "adir")
            elif kind == "no-folder":
                target = d / "no" / "such" / f"out.{fmt}"
            elif kind == "devnull":
                symlink(target, "/dev/null")
            return Run(["draft", "tianhe", "--out", str(target.relative_to(d))] + (["--force"] if force else []))
        return build

    out = []
    for kind in ("dangling", "dangling-here", "loop", "link-to-file", "link-to-dir", "no-folder", "devnull"):
        out.append(Case(f"--out {kind}", "outputs", out_run(kind)))
        out.append(Case(f"--out {kind} --force", "outputs", out_run(kind, force=True)))
    out.append(Case("--out docx on dangling link", "outputs", out_run("dangling", fmt="docx")))

    def summarize_out(d: Path, s: Servers) -> Run:
        write(d / "r.md", "# 报告\n\n" + "全年实际支出3229.91万元，预算完成率92.94%。\n\n" * 5)
        symlink(d / "s.md", "gone.md")
        return Run(["summarize", "r.md", "--out", "s.md"])

    def eval_outputs(d: Path, s: Servers) -> Run:
        copy_tianhe(d)
        write(d / "suite.yaml", "name: s\ncases:\n  - id: a\n    input: tianhe\n    task: all\nvariants:\n  - name: offline\n    engine: offline\n")
        symlink(d / "report.md", "gone.md")
        return Run(["eval", "suite.yaml", "--report-md", "report.md", "--json", "r.json"])

    out.append(Case("summarize --out dangling", "outputs", summarize_out))
    out.append(Case("eval --report-md dangling", "outputs", eval_outputs))
    return out


def _endpoints() -> list[Case]:
    def llm(base: str | Callable[[Servers], str], extra: tuple[str, ...] = (), models: str | None = None,
            verb: str = "draft") -> Callable[[Path, Servers], Run]:
        def build(d: Path, s: Servers) -> Run:
            copy_tianhe(d)
            url = base(s) if callable(base) else base
            if models is not None:
                write(d / "home" / "models.yaml", models.replace("URL", url))
                return Run([verb, "tianhe", "--model", "m", *extra] if verb == "draft" else [verb, *extra])
            return Run(["draft", "tianhe", "--model", "m", "--base-url", url, *extra])
        return build

    return [
        Case("base-url not a url", "endpoints", llm("not a url")),
        Case("base-url file://", "endpoints", llm("file:///etc/passwd")),
        Case("base-url ftp://", "endpoints", llm("ftp://127.0.0.1/v1")),
        Case("base-url empty host", "endpoints", llm("http://")),
        Case("models file base_url file://", "endpoints", llm("file:///etc/passwd", models="models:\n  - name: m\n    base_url: URL\n")),
        Case("endpoint never answers --timeout 2 --deadline 8", "endpoints", llm(lambda s: s.silent, ("--timeout", "2", "--deadline", "8"))),
        Case("endpoint never answers, deadline in models file", "endpoints",
             llm(lambda s: s.silent, models="models:\n  - name: m\n    base_url: URL\n    timeout: 2\n    deadline: 6\n")),
        Case("params timeout in models file", "endpoints",
             llm(lambda s: s.silent, models="models:\n  - name: m\n    base_url: URL\n    params: {timeout: 2}\n")),
        Case("200 reply not JSON", "endpoints", llm(lambda s: s.not_json, ("--timeout", "5"))),
        Case("connection refused --deadline 8", "endpoints", llm("http://127.0.0.1:9/v1", ("--timeout", "2", "--deadline", "8"))),
    ]


def _other_readers() -> list[Case]:
    return [
        Case("models file a number", "readers", models_case("42\n")),
        Case("models file binary", "readers", models_case(bytes(range(256)) * 4)),
        Case("models file GBK", "readers", models_case("models:\n  - name: 模型\n    base_url: http://127.0.0.1:1/v1\n".encode("gb18030"))),
        Case("models file list of numbers", "readers", models_case("models: [1, 2, 3]\n")),
        Case("models file models is a number", "readers", models_case("models: 7\n")),
        Case("AES-encrypted PDF", "readers", report_case(pdf_aes_encrypted(), "r.pdf")),
        Case("PDF flate bomb 1 GB", "readers", lambda d, s: report_case(pdf_flate_bomb(1024), "r.pdf")(d, s), heavy=True),
        Case("PDF flate bomb 64 MB", "readers", lambda d, s: report_case(pdf_flate_bomb(64), "r.pdf")(d, s)),
        Case("PDF truncated", "readers", report_case(pdf_aes_encrypted()[:200], "r.pdf")),
        Case("PDF random bytes", "readers", report_case(random.Random(1).randbytes(4096), "r.pdf")),
        Case("docx zip bomb report", "readers", lambda d, s: report_case(docx_zip_bomb(1), "r.docx")(d, s), heavy=True),
        Case("docx zip bomb log", "readers", lambda d, s: log_case(docx_zip_bomb(1), "2022-99.docx")(d, s), heavy=True),
        Case("docx zip bomb source", "readers", lambda d, s: source_case(docx_zip_bomb(1), "src.docx")(d, s), heavy=True),
        Case("docx not a zip", "readers", report_case(b"PK\x03\x04 not really", "r.docx")),
        Case("docx empty zip", "readers", report_case(b"PK\x05\x06" + b"\0" * 18, "r.docx")),
        Case("docx with DTD entity bomb", "readers", report_case(docx_bytes([]).replace(b"x", b"x"), "r.docx")),
        Case("text file binary", "readers", check_case(bytes(range(256)) * 16)),
        Case("text invalid utf-8", "readers", check_case(b"\xff\xfe\xfa" * 100)),
        Case("source binary yaml", "readers", source_case(bytes(range(256)), "src.yaml")),
        Case("report empty", "readers", report_case("")),
        Case("report only numbers", "readers", report_case("1 2 3 4 5 6 7 8 9\n" * 100)),
        Case("stdin text 1 MB numbers", "readers",
             lambda d, s: (shutil.copy(TIANHE / "input.yaml", d / "input.yaml"),
                           Run(["check", "-", "--source", "input.yaml"], stdin=("支出3229.91万元，" * 60000).encode()))[-1], checker=True),
        Case("stdin binary", "readers",
             lambda d, s: (shutil.copy(TIANHE / "input.yaml", d / "input.yaml"),
                           Run(["check", "-", "--source", "input.yaml"], stdin=bytes(range(256)) * 100))[-1]),
    ]


FORMS = ROOT / "tests" / "forms"


def form_case(data: str | bytes | Callable[[Path], Path], name: str = "自评表.txt",
              extra: tuple[str, ...] = ()) -> Callable[[Path, Servers], Run]:
    """`drafter import FORM`: a hostile form file (or something made at its place) and the command's options."""
    def build(d: Path, s: Servers) -> Run:
        if callable(data):
            data(d / name)
        else:
            write(d / name, data)
        return Run(["import", name, *extra])
    return build


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    """A one-sheet workbook written by openpyxl (a real .xlsx: shared strings, styles, content types)."""
    from openpyxl import Workbook

    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def xlsx_sheet_bomb(mb: int = 1024) -> bytes:
    """A real workbook whose sheet1.xml is replaced by `mb` MB of blank rows: a few MB on disk."""
    return with_inflated_part(
        xlsx_bytes([["部门名称", "某某中心"]]), "xl/worksheets/sheet1.xml", b"<row/>" * (MB // 6), mb,
        head=b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
        tail=b"</sheetData></worksheet>")


def _far_corner_xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["部门名称", "某某中心"])
    wb.active["XFD1048576"] = "备注"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _import() -> list[Case]:
    """`drafter import`: the form reader (.xlsx .docx .pdf .txt) and its output folder."""
    town = (FORMS / "town.txt").read_text(encoding="utf-8")

    def out_link(target: str) -> Callable[[Path, Servers], Run]:
        def build(d: Path, s: Servers) -> Run:
            write(d / "town.txt", town)
            if target == "dir":
                (d / "adir").mkdir()
                symlink(d / "out", "adir")
            elif target == "exists":
                write(d / "out" / "input.yaml", "部门名称: 别人的目录\n")
            elif target == "file":
                write(d / "out", "一个文件\n")
            else:
                symlink(d / "out", target)
            return Run(["import", "town.txt", "--out", "out"])
        return build

    return [
        Case("form fifo", "import", form_case(mkfifo)),
        Case("form /dev/zero", "import", form_case(lambda p: symlink(p, "/dev/zero"), "表.xlsx")),
        Case("form is a folder", "import", form_case(lambda p: p.mkdir(), "表.docx")),
        Case("form symlink loop", "import", form_case(lambda p: symlink(p, p.name), "表.pdf")),
        Case("form 300-byte name", "import", form_case(lambda p: p, "长" * 100 + ".txt")),
        Case("form .exe renamed .xlsx", "import", form_case(b"MZ\x90\x00" + bytes(4000), "表.xlsx")),
        Case("form .xlsx not a zip", "import", form_case(b"PK\x03\x04 not really", "表.xlsx")),
        Case("form .docx empty zip", "import", form_case(b"PK\x05\x06" + b"\0" * 18, "表.docx")),
        Case("form .xlsx amounts out of range", "import", form_case(xlsx_bytes(
            [["部门名称", "某某中心"], ["被评价年度", "2023年"], ["年初预算", "1e400"], ["调整预算", "9" * 5000],
             ["实际支出", 1e300], ["预算完成率", "2e30%"]]), "表.xlsx")),
        Case("form .xlsx cell at XFD1048576", "import", lambda d, s: form_case(_far_corner_xlsx(), "表.xlsx")(d, s)),
        Case("form .xlsx sheet bomb 1 GB", "import", lambda d, s: form_case(xlsx_sheet_bomb(), "表.xlsx")(d, s), heavy=True),
        Case("form .xlsx sheet bomb 64 MB", "import", lambda d, s: form_case(xlsx_sheet_bomb(64), "表.xlsx")(d, s)),
        Case("form .docx zip bomb", "import", lambda d, s: form_case(docx_zip_bomb(1), "表.docx")(d, s), heavy=True),
        Case("form .pdf flate bomb 64 MB", "import", lambda d, s: form_case(pdf_flate_bomb(64), "表.pdf")(d, s)),
        Case("form .pdf AES-encrypted", "import", form_case(pdf_aes_encrypted(), "表.pdf")),
        Case("form .txt binary", "import", form_case(bytes(range(256)) * 16)),
        Case("form .txt one 10 MB line", "import", form_case("部门名称\t" + "某" * (10 * MB // 3)), heavy=True),
        Case("form .txt 1000 万 in a row", "import", form_case(town.replace("6820.50", "一" + "万" * 1000, 1))),
        Case("form .txt range of years", "import", form_case(town.replace("2023年", "2020—99999999年", 1))),
        Case("form --out dangling link", "import", out_link("nowhere")),
        Case("form --out link to a folder", "import", out_link("dir")),
        Case("form --out folder exists", "import", out_link("exists")),
        Case("form --out is a file", "import", out_link("file")),
    ]


def _usage() -> list[Case]:
    def plain(argv: list[str]) -> Callable[[Path, Servers], Run]:
        def build(d: Path, s: Servers) -> Run:
            copy_tianhe(d)
            write(d / "t.txt", SEED_TEXT)
            return Run(argv)
        return build

    return [Case(f"usage {' '.join(a)[:30]}", "usage", plain(a)) for a in (
        ["draft"], ["draft", "nowhere"], ["draft", "tianhe", "--format", "pdf"], ["draft", "tianhe", "--engine", "gpt"],
        ["check", "t.txt"], ["check", "t.txt", "--source", "nowhere"], ["summarize", "t.txt", "--chars", "-5"],
        ["summarize", "t.txt", "--chars", "99999999999999999999999"], ["draft", "tianhe", "--concurrency", "0"],
        ["draft", "tianhe", "--section", "不存在"], ["eval", "nowhere.yaml"], ["nosuchverb"], ["--nosuchoption"],
        ["draft", "tianhe", "--format", "docx"], ["draft", "tianhe", "--repair-rounds", "-1"],
        ["check", "t.txt", "--source", "t.txt", "--json"], ["check", "\udcff", "--source", "t.txt"],
    )]


def catalogue() -> list[Case]:
    """Every hand-written case, class by class (the issue's examples and more)."""
    return (_numbers() + _structure() + _expansions() + _size() + _not_files() + _outputs() + _endpoints()
            + _other_readers() + _import() + _usage())


# ------------------------------------------------------------------------------------------ random mutants

_CN_DIGITS = "零一二三四五六七八九十百千万亿两〇"


def random_number(r: random.Random) -> str:
    """A number as a hostile or careless user might write it: huge, tiny, long, signed, Chinese, full-width."""
    kind = r.randrange(12)
    if kind == 0:
        return f"{r.choice(['', '-'])}{r.randint(1, 9)}e{r.choice(['', '-'])}{r.randint(0, 99999)}"
    if kind == 1:
        return "".join(r.choice("0123456789") for _ in range(r.randint(16, 6000)))
    if kind == 2:
        return f"{r.randint(0, 10**6)}." + "".join(r.choice("0123456789") for _ in range(r.randint(7, 3000)))
    if kind == 3:
        return r.choice([".nan", ".inf", "-.inf", "NaN", "Infinity", "1e", "--1", "1..2", "1,000", "1_0", "0o17", "0b101", "~"])
    if kind == 4:
        return "".join(r.choice(_CN_DIGITS) for _ in range(r.randint(1, 3000)))
    if kind == 5:
        return "".join(chr(0xFF10 + int(c)) for c in str(r.randint(0, 10**20)))
    if kind == 6:
        return str(r.choice([0, -1, 10**15, -(10**15), 10**15 - 1, 2**63, 2**64 + 1]))
    if kind == 7:
        return f"{r.randint(0, 10**12)}.{r.randint(0, 999999):06d}"
    if kind == 8:
        return f"{r.randint(1900, 2100)}—{r.randint(1, 10**12)}"
    if kind == 9:
        return r.choice(["2022-13-01", "0000-01-01", "2022-02-30", "1:20:30", "0x" + "f" * r.randint(1, 500)])
    if kind == 10:
        return str(r.uniform(-1e308, 1e308))
    return f"{r.randint(0, 99999)}.{r.randint(0, 99)}"


def _yaml_shape(r: random.Random, depth: int = 0) -> str:
    """A random YAML value: scalars, flow lists and maps, anchors and aliases, nested a little."""
    k = r.randrange(8 if depth < 4 else 3)
    if k == 0:
        return random_number(r)
    if k == 1:
        return r.choice(["", "~", "null", "true", "是", "'x'", '"\\u0000"', "|", ">-", "!!binary AAAA", "!!str 1", "*nope"])
    if k == 2:
        return r.choice(["某某学校", "2022", "万元", "元", "%", "任务1"])
    if k in (3, 4):
        return "[" + ", ".join(_yaml_shape(r, depth + 1) for _ in range(r.randint(0, 4))) + "]"
    if k == 5:
        return "{" + ", ".join(f"{r.choice(['a', '实际支出', '单位', '名称', '<<'])}: {_yaml_shape(r, depth + 1)}"
                               for _ in range(r.randint(0, 3))) + "}"
    if k == 6:
        return "&x " + _yaml_shape(r, depth + 1)
    return "[*x, *x]" if r.random() < 0.5 else "!!timestamp 2022-13-01"


def _mutate_yaml(r: random.Random) -> str:
    lines = tianhe_yaml().splitlines()
    for _ in range(r.randint(1, 4)):
        i = r.randrange(len(lines))
        op = r.randrange(7)
        line = lines[i]
        if op == 0 and ":" in line:  # a value → a random number
            head = line.split(":", 1)[0]
            lines[i] = f"{head}: {random_number(r)}"
        elif op == 1 and ":" in line:  # a value → a random YAML shape
            head = line.split(":", 1)[0]
            lines[i] = f"{head}: {_yaml_shape(r)}"
        elif op == 2:
            del lines[i]
        elif op == 3:
            lines[i] = line.replace(":", "：", 1)
        elif op == 4:
            lines[i] = line + r.choice(["\t", "\0", " #", " &a", " *a", "'", '"', "{", "[", "\u3000"])
        elif op == 5:
            lines = lines[: r.randint(1, len(lines))]
            break
        else:
            lines.insert(i, r.choice(lines))
    return "\n".join(lines) + "\n"


def _sentence(r: random.Random) -> str:
    n = random_number(r)
    return r.choice([f"全年实际支出{n}万元。", f"预算完成率{n}%。", f"共巡查{n}处。", f"{n}年共开展演练{n}场。",
                     f"比上年增长{n}个百分点。", f"投入{n}元，", f"第{n}季度", f"{n}—{random_number(r)}年", f"约{n}亿元。"])


def _random_log(r: random.Random) -> str:
    lines = [f"## 2022-{r.randint(0, 14):02d}-{r.randint(0, 40):02d}" if r.random() < 0.3 else "## 2022-05-06"]
    lines += [_sentence(r) for _ in range(r.randint(1, 8))]
    if r.random() < 0.2:
        lines.insert(0, f"任务: {r.choice(['任务1', '任务99', '', '任务' + '1' * 300])}")
    return "\n".join(lines) + "\n"


def mutants(n: int, seed: int = 13) -> list[Case]:
    """`n` seeded random cases: mutated tianhe inputs, logs, check texts and sources, reports and models files."""
    r = random.Random(seed)
    out: list[Case] = []
    for i in range(n):
        kind = i % 7
        if kind == 0:
            out.append(Case(f"mutant input #{i}", "mutant-input", input_case(_mutate_yaml(r))))
        elif kind == 1:
            out.append(Case(f"mutant log #{i}", "mutant-log", log_case(_random_log(r))))
        elif kind == 2:
            out.append(Case(f"mutant text #{i}", "mutant-text", check_case("".join(_sentence(r) for _ in range(r.randint(1, 12))))))
        elif kind == 3:
            src = "\n".join(f"{r.choice(['实际支出', '调整预算', '指标', 'a'])}: {_yaml_shape(r)}" for _ in range(r.randint(1, 6)))
            out.append(Case(f"mutant source #{i}", "mutant-source", source_case(src + "\n", "src.yaml")))
        elif kind == 4:
            body = "\n\n".join("".join(_sentence(r) for _ in range(r.randint(1, 6))) for _ in range(r.randint(1, 8)))
            out.append(Case(f"mutant report #{i}", "mutant-report", report_case(f"# 某某医院2022年度绩效自评报告\n\n{body}\n")))
        elif kind == 5:
            models = f"models:\n  - name: m\n    base_url: {r.choice(['http://127.0.0.1:9/v1', 'x', ''])}\n    context_window: {random_number(r)}\n"
            out.append(Case(f"mutant models file #{i}", "mutant-models", models_case(models)))
        else:
            data = json.loads(json.dumps({"部门名称": "某某街道办事处", "被评价年度": 2022,
                                          "部门资金情况": {"单位": "万元", "年初预算": 100, "调整预算": 90, "实际支出": 80}}))
            text = json.dumps(data, ensure_ascii=False)
            text = text.replace("80", random_number(r), 1) if r.random() < 0.7 else text[: r.randint(0, len(text))]
            out.append(Case(f"mutant json input #{i}", "mutant-input", input_case(text, name="input.json")))
    return out


def form_mutants(n: int, seed: int = 13) -> list[Case]:
    """`n` seeded text forms (the repository's town, clinic and village forms) with numbers, cells and lines
    mutated, for `drafter import`."""
    r = random.Random(seed * 7 + 1)
    forms = [(FORMS / f).read_text(encoding="utf-8") for f in ("town.txt", "clinic.txt", "village.txt")]
    out = []
    for i in range(n):
        lines = r.choice(forms).splitlines()
        for _ in range(r.randint(1, 5)):
            j = r.randrange(len(lines))
            cells = lines[j].split("\t")
            op = r.randrange(5)
            if op == 0:  # a cell → a hostile number
                cells[r.randrange(len(cells))] = random_number(r)
            elif op == 1:  # a cell → a random YAML-ish shape (the importer writes YAML)
                cells[r.randrange(len(cells))] = _yaml_shape(r)
            elif op == 2:
                del lines[j]
                continue
            elif op == 3:
                cells = cells + [""] * r.randint(1, 40)
            else:
                lines.insert(j, r.choice(lines))
            lines[j] = "\t".join(cells)
        out.append(Case(f"mutant form #{i}", "mutant-form", form_case("\n".join(lines) + "\n")))
    return out


def all_cases(n_mutants: int = 300, seed: int = 13) -> list[Case]:
    return catalogue() + mutants(n_mutants, seed) + form_mutants(max(n_mutants // 7, 1), seed)
