"""drafter's web page and its JSON API (FastAPI; Jinja2 page, plain JavaScript, every asset served here).

Scripts call the one-shot endpoints, which answer exactly what the CLI prints with `--format json` /
`--json`:

    POST /api/draft      file (+ engine, model, sections)   → Draft JSON (as `drafter draft --format json`)
    POST /api/check      text or text_file, sources         → CheckReport JSON (as `drafter check --json`)
    POST /api/summarize  file (+ chars, focus, engine)      → Summary JSON (as `drafter summarize --format json`)
    POST /api/import     file                               → the input as read, with the import warnings

The page works on jobs (upload once, draft, edit and re-check, download): /api/jobs/…

Every upload goes to its own session folder, deleted when the request ends (one-shot) or with its job.
Errors are the CLI's one line, as {"error": "错误 / error: …"}, with the server's folders left out.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Annotated, Any, Iterator, Literal
from urllib.parse import quote

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from .. import __version__
from ..errors import DrafterError, InputError
from ..load import form_in_folder, logs_beside
from . import views
from .jobs import Job, Jobs
from .security import Guard
from .uploads import (DRAFT_SUFFIXES, FORM_SUFFIXES, REPORT_SUFFIXES, SOURCE_SUFFIXES, TEXT_SUFFIXES, Session,
                      find_input)

HERE = Path(__file__).parent
DEFAULT_MAX_UPLOAD = 20 << 20
log = logging.getLogger("drafter.web")


class WebSettings(BaseModel):
    token: str | None = Field(None, description="required on every request when set")
    max_upload: int = Field(DEFAULT_MAX_UPLOAD, gt=0, description="bytes per request body")
    allowed_hosts: tuple[str, ...] | None = Field(("127.0.0.1", "localhost"), description="Host header check without a token")
    workdir: Path | None = Field(None, description="where session folders are made; default the system temp folder")
    job_ttl: float = 3600.0


class WebError(Exception):
    def __init__(self, status: int, line: str):
        super().__init__(line)
        self.status = status
        self.line = line


class EngineChoice(BaseModel):
    engine: Literal["offline", "llm"]
    model: str | None = None
    label: str
    ready: bool = Field(description="false when the model's key variable is not set on the server")


class JobInfo(BaseModel):
    id: str
    kind: Literal["draft", "summary"]
    file: str
    state: Literal["ready", "running", "done", "error"]
    elapsed: float
    error: str | None = None
    warnings: list[str] = Field(default_factory=list)
    about: dict[str, str] = Field(default_factory=dict)
    title: str | None = None
    engine: str | None = None
    sections: list[views.SectionView] = Field(default_factory=list, description="a draft's sections, numbers marked")
    paragraphs: list[views.ParagraphView] = Field(default_factory=list, description="a summary's lines, numbers marked")
    check: views.CheckCounts | None = None
    length: str | None = Field(None, description="a summary's length against its limit")


class ParagraphEdit(BaseModel):
    text: str = Field(min_length=1, max_length=20000, description="the paragraph as corrected")


class CheckView(BaseModel):
    paragraphs: list[views.ParagraphView]
    check: views.CheckCounts
    report: dict[str, Any] = Field(description="the CheckReport, as `drafter check --json` prints it")


def _line(session: Session | None, e: DrafterError) -> str:
    text = str(e) if session is None else session.public(str(e))
    return f"错误 / error: {text}"


@contextmanager
def user_errors(session: Session | None) -> Iterator[None]:
    """A DrafterError becomes the CLI's one line (HTTP 400, or 422 for exit code 1)."""
    try:
        yield
    except DrafterError as e:
        raise WebError(400 if e.exit_code == 2 else 422, _line(session, e)) from None


def _json(text: str) -> Response:
    return Response(content=text, media_type="application/json")


def _download(data: str | bytes, name: str, fmt: str) -> Response:
    kinds = {"md": "text/markdown; charset=utf-8", "json": "application/json",
             "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
    body = data.encode("utf-8") if isinstance(data, str) else data
    filename = f"{name}.{fmt}"
    return Response(content=body, media_type=kinds[fmt], headers={
        "content-disposition": f"attachment; filename=\"drafter.{fmt}\"; filename*=UTF-8''{quote(filename)}"})


def _settings(engine: str | None, model: str | None) -> Any:
    """LLM settings on the server (the key never leaves it); None for the offline engine."""
    from ..cli.options import resolve_llm

    engine = engine or ("llm" if model else "offline")
    return resolve_llm(engine, model or None, None, None, False, 4, 2)


def _sections(values: list[str] | None) -> list[str] | None:
    names = [n.strip() for v in values or [] for n in v.replace("，", ",").split(",") if n.strip()]
    return names or None


def _import(session: Session, path: Path, shown: str) -> tuple[Path, list[str], dict[str, str]]:
    """The input to draft from and the import warnings: an extracted zip's input file, a YAML/JSON file, or
    a form (.xlsx .docx .pdf .txt …) imported by drafter.forms into the session folder, so that its figures
    and narrative are the sources every number is checked against. Also returns, for a form, where each
    imported field sits on it ('项目资金.全年执行数' → 'school.xlsx Sheet1!E6')."""
    logs: list[Path] = []
    if path.is_dir():
        try:
            path = find_input(path, shown)
        except InputError:  # a zip of the folder staff keep: the form beside the year's logs
            try:
                path, logs = form_in_folder(_archive_root(path))
            except InputError as e:  # named by the upload, not by the session folder it was extracted to
                raise InputError(shown, e.detail, e.where) from None
            logs += logs_beside(path)  # the logs folder beside the form, as the command line reads it
        else:
            session.shown.append(path.parent)
            return path, [], {}
    if path.suffix.lower() not in FORM_SUFFIXES:
        return path, [], {}
    try:
        from ..forms import import_form
    except ImportError:  # form readers not installed: load_input names the formats it reads
        return path, [], {}
    result = import_form(path)
    folder = result.write(session.folder / f"{path.stem}（导入）")
    for log in logs:  # beside the imported narrative, where load_input reads them and the checker cites them
        target = folder / "worklogs" / log.name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(log, target if not target.exists() else target.with_stem(f"{log.stem}（上传）"))
    session.shown.append(folder)
    places = {field: f"{shown} {place}" for field, place in result.sources.items()}
    return folder, [session.public(str(w)) for w in result.warnings], places


def _archive_root(folder: Path) -> Path:
    """Below the single top folder a zip made by "send to compressed folder" holds."""
    while len(entries := [p for p in folder.iterdir() if not p.name.startswith(".")]) == 1 and entries[0].is_dir():
        folder = entries[0]
    return folder


def _about(report: Any) -> dict[str, str]:
    about = {"单位或项目": report.unit, "年度": str(report.year)}
    for label, attr in (("主要任务", "tasks"), ("重点项目", "projects"), ("工作日志段落", "logs")):
        items = getattr(report, attr, None)
        if items is not None:
            about[label] = f"{len(items)} 项" if attr != "logs" else f"{len(items)} 段"
    return about


def create_app(settings: WebSettings | None = None) -> FastAPI:
    from fastapi_offline import FastAPIOffline

    settings = settings or WebSettings()
    jobs = Jobs(Path(tempfile.mkdtemp(prefix="drafter-web-", dir=settings.workdir)), ttl=settings.job_ttl)

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # noqa: ANN202
        yield
        jobs.close()

    app = FastAPIOffline(
        title="drafter", version=__version__, lifespan=lifespan, static_url="/static-docs",
        openapi_tags=[{"name": "api", "description": "供脚本和其他系统调用：一次请求得到一个结果，JSON 与命令行输出相同"},
                      {"name": "page", "description": "网页使用的任务接口：上传一次，起草、修改并重新核验、下载"}],
        description="绩效自评报告起草、数字核验与领导摘要的 HTTP 接口。错误时返回 {\"error\": \"一行说明\"}。"
                    "启用令牌时，每个请求须带 `Authorization: Bearer 令牌`。",
    )
    app.state.jobs = jobs
    app.state.settings = settings
    app.add_middleware(Guard, token=settings.token, max_body=settings.max_upload,
                       allowed_hosts=None if settings.token else settings.allowed_hosts)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    limit = settings.max_upload

    @app.exception_handler(WebError)
    async def _web_error(request: Request, e: WebError) -> JSONResponse:
        return JSONResponse({"error": e.line}, status_code=e.status)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, e: RequestValidationError) -> JSONResponse:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "请求"
        return JSONResponse({"error": f"错误 / error: 参数 {where}：{first.get('msg', '无效')} / invalid request"},
                            status_code=400)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, e: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return JSONResponse({"error": f"错误 / error: 服务器内部错误（{type(e).__name__}），请重试或查看服务器日志 / internal error"},
                            status_code=500)

    @contextmanager
    def upload(file: UploadFile, allowed: tuple[str, ...], what: str = "文件") -> Iterator[tuple[Session, Path]]:
        """A one-shot upload: saved into a fresh session folder, deleted however the request ends."""
        session = jobs.session()
        try:
            with user_errors(session):
                yield session, session.save(file.file, file.filename, allowed, limit, what)
        finally:
            session.remove()

    # ------------------------------------------------------------------------------------- the page

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(request, "index.html", {
            "version": __version__, "max_upload_mb": f"{limit / (1 << 20):g}",
            "draft_accept": ",".join(DRAFT_SUFFIXES), "report_accept": ",".join(REPORT_SUFFIXES),
            "source_accept": ",".join(SOURCE_SUFFIXES), "text_accept": ",".join(TEXT_SUFFIXES)})

    @app.get("/api/engines", response_model=list[EngineChoice], tags=["page"],
             summary="可选的引擎：离线，或模型配置文件中的模型（密钥只在服务器上）")
    def engines() -> list[EngineChoice]:
        import os

        from ..models import load_models

        with user_errors(None):
            specs, _ = load_models()
        out = [EngineChoice(engine="offline", label="离线引擎（不联网，不需要密钥）", ready=True)]
        for spec in sorted(specs.values(), key=lambda s: s.name):
            ready = any(os.environ.get(v, "").strip() for v in ("DRAFTER_API_KEY", spec.api_key_env or "", "OPENAI_API_KEY") if v)
            out.append(EngineChoice(engine="llm", model=spec.name, label=f"大模型 {spec.name}", ready=ready))
        return out

    # ------------------------------------------------------------------------------------- one-shot API

    @app.post("/api/draft", tags=["api"], summary="起草三部分并核验数字（与 drafter draft --format json 相同的 JSON）")
    def api_draft(file: Annotated[UploadFile, File(description="表格（.xlsx .docx .pdf .txt）、输入（.yaml .json）或示例目录的 .zip")],
                  engine: Annotated[str | None, Form(description="offline | llm")] = None,
                  model: Annotated[str | None, Form(description="模型名（见 /api/engines）")] = None,
                  sections: Annotated[list[str] | None, Form(description="只写某些章节：目标完成情况 / 存在问题 / 改进措施")] = None,
                  ) -> Response:
        from ..pipeline import draft
        from ..render import render_json

        with upload(file, DRAFT_SUFFIXES, "输入") as (session, path):
            path, _, _ = _import(session, path, safe_upload_name(file))
            result = draft(path, sections=_sections(sections), engine=engine or None, settings=_settings(engine, model))
            return _json(render_json(views.scrub(result, session.public)))

    @app.post("/api/import", tags=["api"], summary="读取输入或表格，返回读到的内容、导入警告和各字段在原表中的位置")
    def api_import(file: Annotated[UploadFile, File(description="表格、输入文件或示例目录的 .zip")]) -> JSONResponse:
        from ..load import load_input

        with upload(file, DRAFT_SUFFIXES, "输入") as (session, path):
            path, warnings, places = _import(session, path, safe_upload_name(file))
            data = views.scrub(load_input(path).model_dump(mode="json", exclude={"source_path"}), session.public)
            return JSONResponse({"file": safe_upload_name(file), "warnings": warnings, "input": data, "places": places})

    @app.post("/api/check", tags=["api"], summary="核验文本中每个数字的出处（与 drafter check --json 相同的 JSON）")
    def api_check(sources: Annotated[list[UploadFile], File(description="来源：.yaml .json .txt .md .docx，或目录的 .zip（可多个）")],
                  text: Annotated[str | None, Form(description="要核验的文本")] = None,
                  text_file: Annotated[UploadFile | None, File(description="或：文本文件 .txt .md .docx")] = None,
                  view: Annotated[bool, Form(description="同时返回网页的标注视图")] = False) -> Response:
        from ..check import check, read_text_arg
        from ..index_cache import build_cached

        session = jobs.session()
        try:
            with user_errors(session):
                paths = [session.save(s.file, s.filename, SOURCE_SUFFIXES, limit, "来源") for s in sources]
                if text_file is not None and text_file.filename:
                    body = read_text_arg(str(session.save(text_file.file, text_file.filename, TEXT_SUFFIXES, limit, "文本")))
                elif text and text.strip():
                    body = text.replace("\r\n", "\n")
                else:
                    raise WebError(400, "错误 / error: 请粘贴要核验的文本或上传文本文件 / no text given")
                index, store = build_cached(paths)  # a second upload of the same sources is read back
                report = views.scrub(check(body, index), session.public)
                store()
        finally:
            session.remove()
        dumped = report.model_dump(mode="json")
        if not view:
            return JSONResponse(dumped)
        return JSONResponse(CheckView(paragraphs=views.text_paragraphs(body, report), check=views.counts(report),
                                      report=dumped).model_dump(mode="json"))

    @app.post("/api/summarize", tags=["api"], summary="领导摘要（与 drafter summarize --format json 相同的 JSON）")
    def api_summarize(file: Annotated[UploadFile, File(description="报告：.txt .md .docx .pdf，或 drafter 输入 / 示例目录 .zip")],
                      chars: Annotated[int, Form(description="字数上限（非空白字符）")] = 500,
                      focus: Annotated[str | None, Form(description="重点关注，如 森林防火")] = None,
                      engine: Annotated[str | None, Form(description="offline | llm")] = None,
                      model: Annotated[str | None, Form()] = None) -> Response:
        from ..summary import render_json

        with upload(file, REPORT_SUFFIXES, "报告") as (session, path):
            return _json(render_json(_summarize(session, path, chars, focus, engine, model)))

    def _summarize(session: Session, path: Path, chars: int, focus: str | None, engine: str | None,
                   model: str | None) -> Any:
        from ..chains.summarize import summarize
        from ..summary import MIN_CHARS
        from ..errors import UsageError

        if chars < MIN_CHARS:
            raise UsageError(f"字数上限不能小于 {MIN_CHARS}（当前 {chars}）/ chars must be at least {MIN_CHARS}")
        if path.is_dir():
            path = find_input(path, path.name).parent
            session.shown.append(path)
        result = summarize(path, chars=chars, focus=(focus or "").strip() or None, engine=engine or None,
                           settings=_settings(engine, model))
        return views.scrub(result, session.public)

    # ------------------------------------------------------------------------------------- the page's jobs

    def job_of(job_id: str) -> Job:
        job = jobs.get(job_id)
        if job is None:
            raise WebError(404, "错误 / error: 没有这项任务或已过期（1 小时未使用），请重新上传 / job not found or expired")
        return job

    def info(job: Job) -> JobInfo:
        out = JobInfo(id=job.id, kind=job.kind, file=job.file, state=job.state, elapsed=round(job.elapsed, 1),
                      error=job.error, warnings=job.warnings, about=job.about)
        result = job.result
        if job.state != "done" or result is None:
            return out
        out.engine = result.engine + (f"（{result.model}）" if result.model else "")
        out.check = views.counts(result.check)
        if job.kind == "draft":
            from ..render import draft_title

            out.title = draft_title(result)
            out.sections = views.draft_sections(result, places=job.places)
        else:
            out.title = f"领导摘要：{Path(result.source).stem}"
            out.paragraphs = views.text_paragraphs(result.text, result.check)
            out.length = f"摘要 {result.chars}/{result.chars_limit} 字"
        return out

    def failed(job: Job) -> Any:
        def line(e: BaseException) -> str:
            if isinstance(e, DrafterError):
                return _line(job.session, e)
            log.error("job %s failed", job.id, exc_info=e)
            return f"错误 / error: 服务器内部错误（{type(e).__name__}）/ internal error"
        return line

    @app.post("/api/jobs", response_model=JobInfo, tags=["page"], summary="上传要起草的输入，读取并返回导入警告")
    def job_upload(file: Annotated[UploadFile, File()]) -> JobInfo:
        from ..load import load_input

        session = jobs.session()
        shown = safe_upload_name(file)
        try:
            with user_errors(session):
                path = session.save(file.file, file.filename, DRAFT_SUFFIXES, limit, "输入")
                path, warnings, places = _import(session, path, shown)
                report = load_input(path)
        except BaseException:
            session.remove()  # a bad upload leaves nothing behind
            raise
        job = jobs.add("draft", shown, session)
        job.input_path, job.report, job.warnings, job.about = path, report, warnings, _about(report)
        job.places = places
        return info(job)

    @app.post("/api/jobs/{job_id}/draft", response_model=JobInfo, tags=["page"], summary="开始起草（页面轮询任务状态）")
    def job_draft(job_id: str, engine: Annotated[str | None, Form()] = None, model: Annotated[str | None, Form()] = None,
                  sections: Annotated[list[str] | None, Form()] = None) -> JobInfo:
        from ..pipeline import draft

        job = job_of(job_id)
        if job.kind != "draft" or job.state == "running":
            raise WebError(409, "错误 / error: 任务正在进行或不是起草任务 / job busy")
        with user_errors(job.session):
            llm = _settings(engine, model)
            wanted = _sections(sections)

        def work() -> Any:
            return views.scrub(draft(job.input_path, sections=wanted, engine=engine or None, settings=llm),
                               job.session.public)

        job.index = None
        jobs.run(job, work, failed(job))
        return info(job)

    @app.post("/api/summaries", response_model=JobInfo, tags=["page"], summary="上传报告并开始生成领导摘要")
    def job_summary(file: Annotated[UploadFile, File()], chars: Annotated[int, Form()] = 500,
                    focus: Annotated[str | None, Form()] = None, engine: Annotated[str | None, Form()] = None,
                    model: Annotated[str | None, Form()] = None) -> JobInfo:
        session = jobs.session()
        try:
            with user_errors(session):
                path = session.save(file.file, file.filename, REPORT_SUFFIXES, limit, "报告")
                _settings(engine, model)  # a wrong engine is one line now, not a failed job later
        except BaseException:
            session.remove()
            raise
        job = jobs.add("summary", safe_upload_name(file), session)
        jobs.run(job, lambda: _summarize(session, path, chars, focus, engine, model), failed(job))
        return info(job)

    @app.get("/api/jobs/{job_id}", response_model=JobInfo, tags=["page"], summary="任务状态与结果（数字按核验结果标注）")
    def job_status(job_id: str) -> JobInfo:
        return info(job_of(job_id))

    @app.put("/api/jobs/{job_id}/paragraphs/{index}", response_model=JobInfo, tags=["page"],
             summary="修改草稿中的一段并重新核验全文")
    def job_edit(job_id: str, index: int, edit: ParagraphEdit) -> JobInfo:
        from ..check import check
        from ..draftcheck import attach_check, check_sources, draft_text
        from ..index_cache import build_cached

        job = job_of(job_id)
        if job.kind != "draft" or job.state != "done":
            raise WebError(409, "错误 / error: 草稿尚未完成 / draft not ready")
        # one paragraph stays one paragraph: line breaks would shift every later offset
        text = "".join(line.strip() for line in edit.text.splitlines()).strip()
        if not text:
            raise WebError(400, "错误 / error: 段落不能为空 / the paragraph is empty")
        with job.lock, user_errors(job.session):
            paragraphs = [p for s in job.result.sections for p in s.paragraphs]
            if not 0 <= index < len(paragraphs):
                raise WebError(404, f"错误 / error: 没有第 {index + 1} 段 / no such paragraph")
            store = None
            if job.index is None:  # the same cache as `drafter check`: another draft of these sources stored it
                job.index, store = build_cached(check_sources(job.report))
            para = paragraphs[index]
            if para.text != text:
                para.text, para.numbers = text, []  # the engine's provenance described the old text
            for p in paragraphs:
                p.unsupported = []
            attach_check(job.result, check(draft_text(job.result), job.index))
            if store is not None:
                store()  # only once the check succeeded, as the CLI does
            job.result.check = views.scrub(job.result.check, job.session.public)
        return info(job)

    @app.get("/api/jobs/{job_id}/download", tags=["page"], summary="下载：docx | md | json")
    def job_download(job_id: str, format: Literal["docx", "md", "json"] = "docx") -> Response:
        job = job_of(job_id)
        if job.state != "done":
            raise WebError(409, "错误 / error: 结果尚未完成 / not ready")
        from ..render import check_markdown, draft_title

        if job.kind == "draft":
            from ..render import render

            name = draft_title(job.result)
        else:
            from ..summary import render

            name = f"领导摘要-{Path(job.result.source).stem}"
        data = render(job.result, format)
        if format == "md" and job.result.check is not None:  # the reader of a download sees each number's source
            data = f"{data.rstrip()}\n\n{check_markdown(job.result.check)}"
        return _download(data, name, format)

    @app.delete("/api/jobs/{job_id}", tags=["page"], summary="删除任务及其上传文件")
    def job_delete(job_id: str) -> dict[str, bool]:
        jobs.remove(job_of(job_id).id)
        return {"deleted": True}

    return app


def safe_upload_name(file: UploadFile) -> str:
    from .uploads import safe_name

    return safe_name(file.filename)
