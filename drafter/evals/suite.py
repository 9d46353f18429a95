"""The suite file: cases, variants (or a matrix), thresholds, tolerances; loaded and validated up front."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from .. import metrics as M
from .. import summary_metrics as SM
from ..errors import DrafterError, InputError
from ..safefile import missing
from ..outputs import SECTIONS
from .metrics import MetricName

TASKS = (*SECTIONS, "all", "summary")
ENGINES = ("offline", "llm", "replay")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, str_strip_whitespace=True)


# ---------------------------------------------------------------- the suite file


class Length(_Strict):
    min: int | None = Field(None, ge=0)
    max: int | None = Field(None, ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> "Length":
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min 大于 max / min exceeds max")
        return self


class RegexAssertion(_Strict):
    """A pattern the output must contain (or, with `absent: true`, must not)."""

    pattern: str
    absent: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as e:
            raise ValueError(f"正则表达式无效 / bad regex: {e}") from None
        return v

    def holds(self, text: str) -> bool:
        return (re.search(self.pattern, text) is None) == self.absent


class Assertions(_Strict):
    headings: list[str] = Field(default_factory=list, description="headings the output must contain")
    required: list[str] = Field(default_factory=list, description="phrases the output must contain")
    banned: list[str] = Field(default_factory=list, description="phrases never allowed (暂无, 无 …)")
    empty_praise: list[str] | None = Field(
        None, description="praise allowed only with a figure near it; default: drafter.metrics.EMPTY_PRAISE"
    )
    praise_window: int = Field(M.PRAISE_WINDOW, ge=0, description="characters either side to look for a figure")
    length: Length | None = None
    pairing_min_shared: int = Field(2, ge=1, description="content words a measure must share with its problem")
    regex: list[RegexAssertion] = Field(default_factory=list, description="patterns: 'text' or {pattern, absent}")
    python: list[str] = Field(default_factory=list,
                              description="callables fn(text, output) → bool | (bool, reason): 'file.py:fn' next to "
                                          "the suite, or 'package.module:fn'")
    _callables: dict[str, Any] = PrivateAttr(default_factory=dict)

    @field_validator("regex", mode="before")
    @classmethod
    def _patterns(cls, v: Any) -> Any:
        return [{"pattern": x} if isinstance(x, str) else x for x in v] if isinstance(v, list) else v

    def callable(self, name: str) -> Any:
        return self._callables[name]


class Reference(_Strict):
    file: Path


class FigureSpec(_Strict):
    """A key figure: a fact of the input by path (`fact: derived.completion_rate`) or a value written out."""

    fact: str | None = None
    name: str | None = None
    value: Decimal | None = None
    unit: str = ""

    @model_validator(mode="after")
    def _one_way(self) -> "FigureSpec":
        if (self.fact is None) == (self.value is None):
            raise ValueError("写 fact: 路径，或写 value:（可加 name、unit）/ give either fact or value")
        return self


class SummaryOptions(_Strict):
    chars: int = Field(300, ge=50)
    focus: str | None = None


class Case(_Strict):
    id: str = Field(pattern=r"^[\w\-.一-鿿]+$")
    input: Path
    task: Literal["目标完成情况", "存在问题", "改进措施", "all", "summary"]
    reference: str | Reference | None = None
    key_figures: Literal["auto"] | list[FigureSpec] = Field(default_factory=list)
    key_facts: list[SM.KeyFact] = Field(default_factory=list, description="summary: what a leader must get")
    assertions: Assertions = Field(default_factory=Assertions, alias="assert")
    summary: SummaryOptions = Field(default_factory=SummaryOptions)
    description: str = ""
    expect: Path | None = Field(None, description="reviewer expectations (tests/quality/*/expected.yaml): problem metrics")


class Variant(_Strict):
    name: str = Field(pattern=r"^[\w\-.一-鿿]+$")
    engine: Literal["offline", "llm", "replay"]
    model: str | None = None
    base_url: str | None = Field(None, description="only used to call a server: llm, or replay with --record")
    structured_method: str | None = None
    prompts: dict[str, str] = Field(default_factory=dict, description="prompt name → version, e.g. draft_存在问题: v2")
    repair_rounds: int | None = Field(None, ge=0)

    @model_validator(mode="after")
    def _model_for_llm(self) -> "Variant":
        if self.engine != "offline" and not self.model:
            raise ValueError(f"{self.engine} 引擎需要 model / the {self.engine} engine needs a model")
        return self

    @field_validator("prompts", mode="before")
    @classmethod
    def _versions_as_text(cls, v: Any) -> Any:
        if isinstance(v, dict):
            return {k: (f"v{x}" if isinstance(x, int) else x) for k, x in v.items()}
        return v


class Matrix(_Strict):
    """Cartesian product; an offline variant ignores prompts and models, so it appears once."""

    engines: list[Literal["offline", "llm", "replay"]] = Field(min_length=1)
    models: list[str] = Field(default_factory=list)
    prompts: dict[str, list[str]] = Field(default_factory=dict)
    base_url: str | None = None
    structured_method: str | None = None

    @model_validator(mode="after")
    def _bounded(self) -> "Matrix":
        """Counted before anything is expanded: 10 prompts × 10 versions would be 10¹⁰ variants."""
        import math

        from ..limits import limit

        n = len(self.engines) * max(len(self.models), 1) * math.prod(max(len(v), 1) for v in self.prompts.values())
        cap = limit("variants")
        if n > cap.amount:
            raise ValueError(f"matrix 展开后有 {n} 个变体，超过上限 {cap.shown()}（可设置环境变量 {cap.env}）"
                             f" / the matrix expands to {n} variants, over the limit")
        return self

    def expand(self) -> list[Variant]:
        out: list[Variant] = []
        names = sorted(self.prompts)
        combos = [dict(zip(names, vs)) for vs in itertools.product(*(self.prompts[n] for n in names))] or [{}]
        for engine in self.engines:
            if engine == "offline":
                out.append(Variant(name="offline", engine="offline"))
                continue
            for model in self.models or [None]:
                for combo in combos:
                    tag = "-".join(f"{n.split('_')[-1]}{v}" for n, v in combo.items())
                    name = "-".join(x for x in (engine, model, tag) if x)
                    out.append(Variant(name=name.replace("/", "_"), engine=engine, model=model, prompts=combo,
                                       base_url=self.base_url, structured_method=self.structured_method))
        return out


class Judge(_Strict):
    """An LLM that scores each output 1–5 on a Chinese rubric (prompts/judge.vN.md)."""

    model: str
    base_url: str | None = None
    structured_method: str | None = None
    prompt_version: str | None = None
    replay: bool = Field(False, description="read the judge's answers from the recordings, like a replay variant")


class Suite(_Strict):
    name: str = Field(pattern=r"^[\w\-.一-鿿]+$")
    description: str = ""
    cases: list[Case] = Field(min_length=1)
    variants: list[Variant] = Field(default_factory=list)
    matrix: Matrix | None = None
    repeats: int = Field(1, ge=1, le=100)
    concurrency: int = Field(4, ge=1, le=64)
    thresholds: dict[MetricName, Decimal] = Field(default_factory=dict)
    tolerances: dict[MetricName | Literal["default"], Decimal] = Field(default_factory=dict)
    recordings: Path | None = Field(None, description="folder of recorded responses; default evals/recordings/NAME")
    judge: Judge | None = None
    path: Path | None = Field(None, exclude=True, description="the suite file (set by the loader)")

    @model_validator(mode="after")
    def _variants(self) -> "Suite":
        if not self.variants and self.matrix is None:
            raise ValueError("至少需要 variants 或 matrix / give variants or a matrix")
        names = [v.name for v in self.all_variants()]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"变体名称重复 / duplicate variant names: {', '.join(dupes)}")
        ids = [c.id for c in self.cases]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"用例 id 重复 / duplicate case ids: {', '.join(dupes)}")
        return self

    def all_variants(self) -> list[Variant]:
        return list(self.variants) + (self.matrix.expand() if self.matrix else [])

    @property
    def folder(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    @property
    def recordings_dir(self) -> Path:
        base = self.recordings if self.recordings is not None else Path("recordings") / self.name
        return base if base.is_absolute() else self.folder / base

    def resolve(self, p: Path) -> Path:
        return p if p.is_absolute() else self.folder / p

    def tolerance(self, metric: str) -> Decimal:
        return self.tolerances.get(metric, self.tolerances.get("default", Decimal(0)))  # type: ignore[call-overload]


def load_suite(path: str | Path) -> Suite:
    """Read and validate a suite; every error names the file and the key path (cases[2].task …)."""
    from ..load import parse_data_file, validation_to_input_error

    file = Path(path)
    if missing(file):  # a FIFO or a device is refused with its reason by the reader
        raise InputError(file, "评测套件文件不存在 / suite file not found")
    data = parse_data_file(file)
    if not isinstance(data, dict):
        raise InputError(file, "顶层应为字段表（name、cases、variants …）/ top level must be a mapping")
    try:
        suite = Suite.model_validate(data)
    except ValidationError as e:
        err = validation_to_input_error(file, e)
        if err.where and ".[key]" in err.where:  # a bad mapping key: name the key, not pydantic's marker
            err = InputError(file, err.detail, where=err.where.replace(".[key]", ""))
        raise err from None
    suite.path = file
    _check_references(suite, file)
    return suite


def _check_references(suite: Suite, file: Path) -> None:
    """Everything a case or variant names must exist before the first case runs."""
    from ..prompts import load_prompt

    for i, case in enumerate(suite.cases):
        src = suite.resolve(case.input)
        if not src.exists():
            raise InputError(file, f"输入不存在 / input not found: {src}", where=f"cases[{i}].input")
        if case.task == "summary":
            if case.key_figures == "auto":
                raise InputError(file, "summary 任务不能用 auto，请列出关键数字 / list the key figures of a summary",
                                 where=f"cases[{i}].key_figures")
        if case.expect is not None:
            from ..quality import load_expectations

            load_expectations(suite.resolve(case.expect))
        if isinstance(case.reference, Reference) and not suite.resolve(case.reference.file).is_file():
            raise InputError(file, f"参考文本不存在 / reference not found: {suite.resolve(case.reference.file)}",
                             where=f"cases[{i}].reference.file")
        for j, name in enumerate(case.assertions.python):
            try:
                case.assertions._callables[name] = load_callable(name, suite.folder)
            except (ImportError, AttributeError, OSError, SyntaxError, ValueError) as e:
                raise InputError(file, f"找不到断言函数 {name}：{e} / cannot load the assertion",
                                 where=f"cases[{i}].assert.python[{j}]") from None
    for i, variant in enumerate(suite.all_variants()):
        for name, version in variant.prompts.items():
            try:
                load_prompt(name, version)
            except DrafterError as e:
                where = f"variants[{i}].prompts.{name}" if i < len(suite.variants) else f"matrix.prompts.{name}"
                raise InputError(file, str(e), where=where) from None




def load_callable(spec: str, folder: Path) -> Any:
    """'checks.py:fn' (a file next to the suite) or 'package.module:fn' → the function."""
    import importlib
    import importlib.util

    target, sep, attr = spec.rpartition(":")
    if not sep or not target or not attr:
        raise ValueError("写成 模块:函数，如 checks.py:names_forest_fire")
    if target.endswith(".py"):
        path = (folder / target).resolve()
        if not path.is_file():
            raise ImportError(f"文件不存在：{path}")
        module_spec = importlib.util.spec_from_file_location(f"drafter_eval_{path.stem}_{abs(hash(path))}", path)
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)  # type: ignore[union-attr]
    else:
        module = importlib.import_module(target)
    fn = getattr(module, attr)
    if not callable(fn):
        raise ValueError(f"{attr} 不是函数")
    return fn
