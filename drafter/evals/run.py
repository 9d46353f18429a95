"""Running a suite: every case × variant × repeat as a job, LLM variants over the run's stores, the judge."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..outputs import SECTIONS
from ..errors import DrafterError
from .baseline import Baseline, compare, prompt_findings, threshold_findings
from .metrics import Output, case_figures, draft_text, reference_text, score
from .results import Diff, EvalResult, Record, aggregate
from .suite import Case, Judge, Suite, Variant, _Strict

PRICES_FILE = Path(__file__).resolve().parents[1] / "data" / "prices.yaml"


# ---------------------------------------------------------------- prices


class Price(_Strict):
    currency: str
    input: Decimal = Field(ge=0, description="per million prompt tokens")
    output: Decimal = Field(ge=0, description="per million completion tokens")
    note: str = ""


class PriceTable(_Strict):
    models: dict[str, Price] = Field(default_factory=dict)

    def estimate(self, names: Iterable[str | None], prompt_tokens: int, completion_tokens: int) -> tuple[Decimal | None, str | None]:
        for name in names:
            price = self.models.get(name or "")
            if price is not None:
                cost = (price.input * prompt_tokens + price.output * completion_tokens) / Decimal(1_000_000)
                return cost.quantize(Decimal("0.000001")), price.currency
        return None, None


def load_prices(path: Path = PRICES_FILE) -> PriceTable:
    from ..load import parse_data_file, validation_to_input_error

    try:
        return PriceTable.model_validate(parse_data_file(path))
    except ValidationError as e:
        raise validation_to_input_error(path, e) from None


# ---------------------------------------------------------------- running


class _Tally:
    """Wraps a variant's shared store for one job: counts the cache hits and the tokens they stand for."""

    def __init__(self, inner: Any):
        self.inner = inner
        self.hits = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0

    def get(self, key: str) -> dict[str, Any] | None:
        hit = self.inner.get(key)
        if hit is not None:
            usage = hit.get("usage") or {}
            self.hits += 1
            self.prompt_tokens += int(usage.get("prompt_tokens", 0))
            self.completion_tokens += int(usage.get("completion_tokens", 0))
        return hit

    def put(self, key: str, record: dict[str, Any]) -> None:
        self.inner.put(key, record)


class RunOptions(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    concurrency: int | None = Field(None, ge=1)
    record: bool = False
    base_url: str | None = Field(None, description="endpoint for llm variants and for --record")
    cache_any_endpoint: bool = Field(False, description="use cached answers whatever host gave them")
    progress: Callable[[Record], None] | None = None


class _Context:
    """What every job of one run shares: the stores (one per kind), the price table, the loaded inputs."""

    def __init__(self, suite: Suite, options: RunOptions):
        self.suite = suite
        self.options = options
        self.prices = load_prices()
        self._stores: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.recorder = None
        self.capacity = options.concurrency or suite.concurrency
        self._limiters: dict[str, Any] = {}
        self.figures = {c.id: case_figures(suite, c) for c in suite.cases}
        self.references = {c.id: reference_text(suite, c) for c in suite.cases}
        from ..quality import load_expectations

        self.expectations = {c.id: load_expectations(suite.resolve(c.expect)) if c.expect else None for c in suite.cases}

    def store(self, engine: str, settings: Any) -> Any:
        """replay → the recordings (a miss fails), --record → recordings written from live answers, llm → the cache."""
        with self._lock:  # jobs start concurrently; each store is opened once
            return self._store(engine, settings)

    def _store(self, engine: str, settings: Any) -> Any:
        from ..cache import NullStore, SQLiteStore
        from ..engines.replay import RecordingStore, ReplayStore

        if engine == "replay" and self.options.record:
            if self.recorder is None:
                inner = SQLiteStore(settings.resolved_cache_path) if settings.use_cache else NullStore()
                self.recorder = RecordingStore(self.suite.recordings_dir, inner)
            return self.recorder
        if engine == "replay":
            if "replay" not in self._stores:
                where = self.suite.path or self.suite.name
                self._stores["replay"] = ReplayStore(self.suite.recordings_dir, hint=f"drafter eval {where} --record")
            return self._stores["replay"]
        path = str(settings.resolved_cache_path)
        if path not in self._stores:
            self._stores[path] = SQLiteStore(path) if settings.use_cache else NullStore()
        return self._stores[path]

    def limiter(self, settings: Any) -> Any:
        """The run's one limiter per endpoint: every job and the judge share it, so requests in flight to a
        server never exceed the run's concurrency however many jobs run side by side."""
        from ..engines.llm import EndpointLimiter

        with self._lock:
            return self._limiters.setdefault(settings.spec.base_url, EndpointLimiter(self.capacity))

    def settings(self, variant: Variant | Judge, repeat: int) -> Any:
        from ..models import resolve_settings

        replaying = isinstance(variant, Variant) and variant.engine == "replay" and not self.options.record
        replaying = replaying or (isinstance(variant, Judge) and variant.replay and not self.options.record)
        base_url = self.options.base_url or variant.base_url
        if replaying:
            # Never contacted: the store answers or raises. The URL is not part of the request key.
            base_url = base_url or "http://replay.invalid/v1"
        overrides: dict[str, Any] = {"progress": False, "cache_any_endpoint": self.options.cache_any_endpoint}
        settings = resolve_settings(model=variant.model, base_url=base_url,
                                    structured_method=variant.structured_method,
                                    repair_rounds=getattr(variant, "repair_rounds", None), **overrides)
        if repeat:
            # Repeat N asks with seed N: its own request key, so each repeat is cached (and replayed) apart.
            spec = settings.spec.model_copy(update={"params": {**settings.spec.params, "seed": repeat}})
            settings = settings.model_copy(update={"spec": spec})
        return settings


def _seconds(t0: float) -> Decimal:
    return Decimal(str(round(time.perf_counter() - t0, 3)))


def run_task(suite: Suite, case: Case, variant: Variant, settings: Any, store: Any, limiter: Any = None) -> Output:
    """Produce the case's output under the variant: a draft (one section or all three) or a summary.

    LLM variants get an `LLM` over the run's store (cache, replay or recording) and the variant's prompt
    versions pinned for this job only, so variants with different versions can run side by side.
    """
    from ..prompts import pinned_versions

    src = suite.resolve(case.input)

    def llm_factory(s: Any) -> Any:
        from ..engines.llm import LLM

        return LLM(s, store=store, progress=False, limiter=limiter)

    with pinned_versions(variant.prompts):
        if case.task == "summary":
            from ..chains.summarize import summarize
            from ..reports import read_report

            if variant.engine == "offline":
                result = summarize(src, engine="offline", chars=case.summary.chars, focus=case.summary.focus)
            else:
                import asyncio

                from ..chains.summarize import asummarize_llm, make_checker

                doc = read_report(src)
                result = asyncio.run(asummarize_llm(doc, chars=case.summary.chars, focus=case.summary.focus,
                                                    settings=settings, checker=make_checker(doc),
                                                    llm_factory=llm_factory))
            return Output(text=result.text, check=result.check, usage=result.usage, prompts=dict(result.prompts),
                          source=read_report(src).cleaned_text, chars_limit=case.summary.chars)

        from ..chains.draft import draft_with_llm
        from ..load import load_input
        from ..pipeline import draft

        sections = list(SECTIONS) if case.task == "all" else [case.task]
        if variant.engine == "offline":
            result = draft(src, sections=sections, engine="offline")
        else:
            result = draft_with_llm(load_input(src), sections, settings, progress=False, llm_factory=llm_factory)
    return Output(text=draft_text(result), check=result.check, usage=result.usage, prompts=dict(result.prompts),
                  prompt_sha256=dict(result.prompt_sha256), sections={s.name: list(s.paragraphs) for s in result.sections})


def run_job(ctx: _Context, case: Case, variant: Variant, repeat: int) -> Record:
    suite = ctx.suite
    settings = store = limiter = None
    tally = None
    if variant.engine != "offline":
        settings = ctx.settings(variant, repeat)
        tally = _Tally(ctx.store(variant.engine, settings))
        store = tally
        limiter = ctx.limiter(settings)
    t0 = time.perf_counter()
    output = run_task(suite, case, variant, settings, store, limiter)
    latency = _seconds(t0)
    values, details = score(output, assertions=case.assertions, figures=ctx.figures[case.id],
                            reference=ctx.references[case.id], key_facts=case.key_facts,
                            expect=ctx.expectations[case.id])
    usage = output.usage
    calls = int(getattr(usage, "calls", 0) or 0)
    prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0) + (tally.prompt_tokens if tally else 0)
    completion_tokens = int(getattr(usage, "completion_tokens", 0) or 0) + (tally.completion_tokens if tally else 0)
    if suite.judge is not None:
        jv, jcalls, jp, jc = judge_output(ctx, case, output.text)
        values["judge"] = jv
        calls, prompt_tokens, completion_tokens = calls + jcalls, prompt_tokens + jp, completion_tokens + jc
    if variant.engine == "offline":
        cost, currency = Decimal(0), None
    else:
        cost, currency = ctx.prices.estimate([variant.model, settings.spec.served_name], prompt_tokens, completion_tokens)
    return Record(
        case=case.id, variant=variant.name, repeat=repeat, engine=variant.engine, model=variant.model,
        prompts=output.prompts or dict(variant.prompts), prompt_sha256=prompt_digests(output, variant),
        metrics=values, details=details, output=output.text,
        calls=calls, cache_hits=tally.hits if tally else 0, prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens, latency_seconds=latency, cost=cost, currency=currency,
    )


def prompt_digests(output: Output, variant: Variant) -> dict[str, str]:
    """sha256 of each prompt the output used: as the LLM layer noted it, else of the file that version is now."""
    from ..prompts import load_prompt

    digests = dict(output.prompt_sha256)
    for name, version in (output.prompts or variant.prompts).items():
        if name not in digests:
            try:
                digests[name] = load_prompt(name, version).sha256
            except DrafterError:
                continue
    return digests


def run_suite(suite: Suite, options: RunOptions | None = None, baseline: Baseline | None = None) -> EvalResult:
    """Every case × variant × repeat, concurrently; scores, aggregates, thresholds and the baseline verdict.

    An offline variant is deterministic and runs once per case whatever `repeats` says. The first job that
    fails (a replay miss, an unreachable endpoint, a bad input) stops the run with its error.
    """
    options = options or RunOptions()
    started = dt.datetime.now().replace(microsecond=0).isoformat()
    t0 = time.perf_counter()
    ctx = _Context(suite, options)
    variants = suite.all_variants()
    jobs = [(c, v, r) for c in suite.cases for v in variants
            for r in range(1 if v.engine == "offline" else suite.repeats)]
    order = {(c.id, v.name, r): i for i, (c, v, r) in enumerate(jobs)}
    records: list[Record] = []
    workers = min(options.concurrency or suite.concurrency, len(jobs))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="eval") as pool:
        futures = [pool.submit(run_job, ctx, c, v, r) for c, v, r in jobs]
        try:
            for fut in as_completed(futures):
                rec = fut.result()
                records.append(rec)
                if options.progress is not None:
                    options.progress(rec)
        except BaseException:
            for f in futures:
                f.cancel()
            raise
    records.sort(key=lambda r: order[(r.case, r.variant, r.repeat)])
    aggregates = aggregate(records)
    findings = threshold_findings(suite, aggregates)
    diffs: list[Diff] = []
    if baseline is not None:
        diffs, regressions = compare(suite, aggregates, baseline)
        findings += regressions + prompt_findings(records, baseline)
    recorded = pruned = 0
    if ctx.recorder is not None:
        recorded = len(ctx.recorder.used)
        pruned = ctx.recorder.prune()
    return EvalResult(suite=suite.name, suite_file=str(suite.path) if suite.path else None, started=started,
                      seconds=_seconds(t0), records=records, aggregates=aggregates, findings=findings,
                      diffs=diffs, recorded=recorded, pruned=pruned)


# ---------------------------------------------------------------- the judge


class JudgeVerdict(BaseModel):
    """评审结论：按评分标准给出的 1–5 分及理由"""

    score: int = Field(ge=1, le=5, description="1–5 分")
    reason: str = Field(description="一句话理由，指出扣分之处")


TASK_WORDS = {"all": "绩效自评报告的目标完成情况、存在问题和改进措施三部分", "summary": "绩效自评报告的领导摘要"}


def judge_output(ctx: _Context, case: Case, text: str) -> tuple[Decimal, int, int, int]:
    """The judge's 1–5 score of one output; returns (score, live calls, prompt tokens, completion tokens)."""
    import asyncio

    from ..datablocks import data_block, source_of
    from ..engines.llm import LLM
    from ..prompts import load_prompt

    judge = ctx.suite.judge
    assert judge is not None
    settings = ctx.settings(judge, 0)
    tally = _Tally(ctx.store("replay" if judge.replay else "llm", settings))
    prompt = load_prompt("eval_judge", judge.prompt_version)
    facts = ""
    src = ctx.suite.resolve(case.input)
    if case.task != "summary":
        from ..facts import build_facts
        from ..load import load_input

        facts = build_facts(load_input(src)).render_for_prompt()
    where = source_of([src])  # the sources and the output under review are data to the judge, never orders
    variables = {"task": TASK_WORDS.get(case.task, f"绩效自评报告的“{case.task}”一节"),
                 "facts": data_block(facts or "（无）", "事实表", where),
                 "reference": data_block(ctx.references[case.id] or "（无）", "参考文本"),
                 "output": data_block(text, "待评审文本")}

    async def ask() -> tuple[JudgeVerdict, Any]:
        async with LLM(settings, store=tally, progress=False, limiter=ctx.limiter(settings)) as llm:
            verdict = await llm.structured(prompt, variables, JudgeVerdict, step="评审打分")
            return verdict, llm.usage

    verdict, usage = asyncio.run(ask())
    return (Decimal(verdict.score), usage.calls, usage.prompt_tokens + tally.prompt_tokens,
            usage.completion_tokens + tally.completion_tokens)
