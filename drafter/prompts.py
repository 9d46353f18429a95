"""Versioned prompt files: `prompts/NAME.vN.md`, Chinese, UTF-8, mustache templates.

A file is a small front matter, then one block per chat message, each opened by a line `=== system ===`,
`=== user ===` or `=== assistant ===`:

    ---
    name: draft_目标完成情况
    version: v1
    description: 目标完成情况一节
    ---
    === system ===
    你是……
    === user ===
    事实表：
    {{facts}}

Templates are mustache, so a literal JSON example `{"text": "…"}` in a prompt is just text. drafter never
HTML-escapes: `{{x}}` is inserted verbatim (it is rewritten to mustache's unescaped `{{& x}}` on load).
Sections (`{{#items}}…{{/items}}`) work as usual. Files are read as UTF-8 explicitly — LangChain's
from-file helpers use the OS encoding, which is GBK on Chinese Windows.

    load_prompt(name, version=None, *, dirs=None) -> Prompt     # latest version unless one is named
    list_prompts(dirs=None) -> list[Prompt]                     # every file, sorted by name and version
    Prompt.format_messages(variables) -> list[BaseMessage]

Search path: the folders in $DRAFTER_PROMPTS (os.pathsep-separated), then the repository's `prompts/`.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from langchain_core.messages import BaseMessage
from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel, ConfigDict, Field

from .errors import InputError, UsageError

def _bundled_prompts() -> Path:
    """The repository's prompts/ in a checkout; the drafter_prompts data package in an installed wheel."""
    checkout = Path(__file__).resolve().parents[1] / "prompts"
    if checkout.is_dir():
        return checkout
    import importlib.util

    spec = importlib.util.find_spec("drafter_prompts")
    return Path(next(iter(spec.submodule_search_locations))) if spec and spec.submodule_search_locations else checkout


PROMPTS_DIR = _bundled_prompts()
_FILE_RE = re.compile(r"^(?P<name>.+)\.v(?P<num>\d+)\.md$")
_ROLE_RE = re.compile(r"^===\s*(system|user|assistant)\s*===\s*$", re.MULTILINE)
# {{name}} but not {{{name}}}, {{#s}}, {{/s}}, {{^s}}, {{!c}}, {{&x}}, {{>p}}
_ESCAPED_TAG = re.compile(r"(?<!\{)\{\{\s*([^\s{}#/^!&>=][^{}]*?)\s*\}\}(?!\})")


class Prompt(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    version: str
    description: str = ""
    path: Path
    messages: tuple[tuple[str, str], ...]
    sha256: str = Field(description="of the file's text (UTF-8, LF line ends): tells an edit made under an old version")

    @property
    def number(self) -> int:
        return int(self.version.lstrip("v"))

    @cached_property
    def template(self) -> ChatPromptTemplate:
        return ChatPromptTemplate.from_messages(list(self.messages), template_format="mustache")

    @property
    def variables(self) -> list[str]:
        return sorted(self.template.input_variables)

    def format_messages(self, variables: dict[str, Any]) -> list[BaseMessage]:
        missing = [v for v in self.variables if v not in variables]
        if missing:
            raise UsageError(f"{self.path}: 提示词缺少变量 / prompt variables missing: {', '.join(missing)}")
        return self.template.format_messages(**variables)


def prompt_dirs(dirs: list[Path] | None = None) -> list[Path]:
    if dirs is not None:
        return [Path(d) for d in dirs]
    extra = [Path(p) for p in os.environ.get("DRAFTER_PROMPTS", "").split(os.pathsep) if p.strip()]
    return extra + [PROMPTS_DIR]


_PARSED: dict[tuple[str, int, int], Prompt] = {}


def parse_prompt_file(path: Path) -> Prompt:
    """Parsed once per file version (path, mtime, size): chains load prompts in every call."""
    try:
        st = path.stat()
    except OSError as e:
        raise InputError(path, f"无法读取提示词 / cannot read prompt ({e.strerror})") from None
    key = (str(path), st.st_mtime_ns, st.st_size)
    if key not in _PARSED:
        _PARSED[key] = _parse_prompt_file(path)
    return _PARSED[key]


def _parse_prompt_file(path: Path) -> Prompt:
    m = _FILE_RE.match(path.name)
    if not m:
        raise InputError(path, "提示词文件名应为 NAME.vN.md / prompt file must be named NAME.vN.md")
    from .safefile import read_bytes

    try:  # a regular file within DRAFTER_MAX_CONFIG_MB, never a FIFO in DRAFTER_PROMPTS
        text = read_bytes(path, "config").decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(path, f"无法以 UTF-8 读取提示词 / cannot read prompt as UTF-8 ({e})") from None
    text = text.replace("\r\n", "\n")
    if not text.startswith("---\n"):
        raise InputError(path, "缺少开头的 --- 元数据 / missing front matter", where="第1行")
    end = text.find("\n---\n", 4)
    if end < 0:
        raise InputError(path, "元数据未以 --- 结束 / front matter not closed")
    try:
        from .load import parse_data_text  # aliases, depth, digits and dates bounded as in every YAML file

        meta = parse_data_text(path.with_suffix(".yaml"), text[4:end]) or {}
    except InputError as e:
        raise InputError(path, f"元数据 YAML 错误 / bad front matter: {e.detail}", where=e.where) from None
    except yaml.YAMLError as e:
        raise InputError(path, f"元数据 YAML 错误 / bad front matter: {getattr(e, 'problem', e)}") from None
    name, version = str(meta.get("name", "")), str(meta.get("version", ""))
    if name != m["name"] or version.lstrip("v") != m["num"]:
        raise InputError(path, f"元数据 name/version（{name} {version}）与文件名不一致 / front matter disagrees with file name")
    body = text[end + 5:]
    parts = _ROLE_RE.split(body)
    if parts[0].strip():
        raise InputError(path, "正文应以 === system === 或 === user === 开始 / body must start with a role line")
    messages = tuple(
        (role, _ESCAPED_TAG.sub(r"{{& \1}}", content.strip("\n")))
        for role, content in zip(parts[1::2], parts[2::2])
    )
    if not messages:
        raise InputError(path, "没有任何消息 / no messages in prompt")
    return Prompt(name=name, version=f"v{m['num']}", description=str(meta.get("description", "")),
                  path=path, messages=messages, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


_LISTED: dict[tuple[str, int], list[Path]] = {}


def _prompt_files(folder: Path) -> list[Path]:
    """The folder's prompt files, listed again only when the folder changes (a file added or removed)."""
    try:
        key = (str(folder), folder.stat().st_mtime_ns)
    except OSError:
        return []
    if key not in _LISTED:
        _LISTED[key] = sorted(folder.glob("*.v*.md"))
    return _LISTED[key]


def list_prompts(dirs: list[Path] | None = None) -> list[Prompt]:
    """Every prompt file on the search path; an earlier folder's file shadows a later one of the same name."""
    seen: dict[tuple[str, str], Prompt] = {}
    for folder in prompt_dirs(dirs):
        for path in _prompt_files(folder):
            prompt = parse_prompt_file(path)
            seen.setdefault((prompt.name, prompt.version), prompt)
    return sorted(seen.values(), key=lambda p: (p.name, p.number))


# Versions pinned for the current thread / asyncio context (`drafter eval` runs variants side by side,
# each with its own prompt versions); load_prompt(name) without a version uses the pinned one.
_PINNED: ContextVar[dict[str, str]] = ContextVar("drafter_pinned_prompts", default={})


@contextmanager
def pinned_versions(versions: dict[str, str]) -> Iterator[None]:
    """Within the block (and asyncio tasks started in it), `load_prompt(name)` loads `versions[name]`."""
    token = _PINNED.set({**_PINNED.get(), **versions})
    try:
        yield
    finally:
        _PINNED.reset(token)


def load_prompt(name: str, version: str | int | None = None, *, dirs: list[Path] | None = None) -> Prompt:
    if version is None:
        version = _PINNED.get().get(name)
    candidates = [p for p in list_prompts(dirs) if p.name == name]
    if not candidates:
        raise UsageError(f"找不到提示词“{name}” / no prompt named {name} in {', '.join(map(str, prompt_dirs(dirs)))}")
    if version is None:
        return max(candidates, key=lambda p: p.number)
    wanted = str(version).lstrip("v")
    for p in candidates:
        if p.version == f"v{wanted}":
            return p
    have = ", ".join(p.version for p in candidates)
    raise UsageError(f"提示词“{name}”没有版本 v{wanted}（现有 {have}）/ no such prompt version")
