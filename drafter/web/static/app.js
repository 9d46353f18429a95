// drafter's page: plain JavaScript over the JSON API. Text from uploads is only ever set with
// textContent / createTextNode, never parsed as HTML.
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);

async function api(method, url, body) {
  const options = { method, credentials: "same-origin", headers: {} };
  if (body instanceof FormData) options.body = body;
  else if (body !== undefined) {
    options.body = JSON.stringify(body);
    options.headers["content-type"] = "application/json";
  }
  let response;
  try {
    response = await fetch(url, options);
  } catch (e) {
    throw new Error("错误 / error: 无法连接 drafter 服务，请确认它仍在运行 / server not reachable");
  }
  const text = await response.text();
  let data = null;
  try { data = JSON.parse(text); } catch (e) { /* a plain-text refusal (token, size) */ }
  if (!response.ok) {
    throw new Error((data && data.error) || text.trim().split("\n")[0] || `错误 / error: HTTP ${response.status}`);
  }
  return data;
}

function showError(id, error) {
  const el = document.getElementById(id);
  if (!error) { el.hidden = true; el.textContent = ""; return; }
  el.textContent = String(error.message || error).split("\n")[0];
  el.hidden = false;
}

// ---------------------------------------------------------------- marked text

const basis = () => document.getElementById("basis");

function openBasis(mark, info) {
  const box = basis();
  box.querySelector("strong").textContent = `${info.text} · ${info.label}`;
  box.querySelector("pre").textContent = info.basis;
  const r = mark.getBoundingClientRect();
  box.style.top = `${window.scrollY + r.bottom + 6}px`;
  box.style.left = `${Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 460))}px`;
  box.hidden = false;
  box.dataset.for = info.text;
}

function markedText(container, paragraph) {
  let at = 0;
  for (const m of paragraph.marks) {
    if (m.start < at) continue;  // overlapping mentions: keep the first
    container.appendChild(document.createTextNode(paragraph.text.slice(at, m.start)));
    const mark = document.createElement("mark");
    mark.className = `num ${m.group}`;
    mark.dataset.status = m.status;
    mark.dataset.group = m.group;
    mark.tabIndex = 0;
    mark.title = m.label;
    mark.textContent = paragraph.text.slice(m.start, m.end);
    const open = (ev) => { ev.stopPropagation(); openBasis(mark, m); };
    mark.addEventListener("click", open);
    mark.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(ev); });
    container.appendChild(mark);
    at = m.end;
  }
  container.appendChild(document.createTextNode(paragraph.text.slice(at)));
}

function markedLines(body, paragraphs) {
  body.replaceChildren();
  for (const p of paragraphs) {
    const el = document.createElement("p");
    el.className = "text";
    markedText(el, p);
    body.appendChild(el);
  }
}

function verdict(el, check) {
  el.textContent = `数字核验：可溯源 ${check.traced} 个，推算 ${check.derived} 个，无法溯源 ${check.unsupported} 个。${check.line}`;
  el.className = `verdict ${check.ok ? "ok" : "bad"}`;
}

// the box closes on any click outside a number (itself included) and on Escape
document.addEventListener("click", () => { basis().hidden = true; });
document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") basis().hidden = true; });

// ---------------------------------------------------------------- tabs

for (const tab of document.querySelectorAll("[role=tab]")) {
  tab.addEventListener("click", () => {
    for (const other of document.querySelectorAll("[role=tab]")) {
      const on = other === tab;
      other.setAttribute("aria-selected", String(on));
      document.getElementById(`panel-${other.dataset.tab}`).hidden = !on;
    }
  });
}

// ---------------------------------------------------------------- engines

async function loadEngines() {
  let engines = [{ engine: "offline", model: null, label: "离线引擎（不联网，不需要密钥）", ready: true }];
  try { engines = await api("GET", "/api/engines"); } catch (e) { /* keep offline */ }
  for (const id of ["draft-engine", "summary-engine"]) {
    const select = document.getElementById(id);
    select.replaceChildren();
    for (const e of engines) {
      const option = document.createElement("option");
      option.value = e.engine === "offline" ? "offline" : `llm:${e.model}`;
      option.textContent = e.label + (e.ready ? "" : "（服务器未设置密钥）");
      select.appendChild(option);
    }
  }
}

function engineFields(form, value) {
  const [engine, model] = value.split(/:(.*)/s);
  form.set("engine", engine);
  if (model) form.set("model", model);
}

// ---------------------------------------------------------------- jobs

function poll(job, progressId, onDone, onError) {
  const progress = document.getElementById(progressId);
  progress.hidden = false;
  const tick = async () => {
    let state;
    try { state = await api("GET", `/api/jobs/${job.id}`); } catch (e) { progress.hidden = true; onError(e); return; }
    progress.querySelector("span").textContent = `${job.kind === "draft" ? "起草并核验中" : "生成摘要并核验中"}… 已用 ${state.elapsed.toFixed(0)} 秒`;
    if (state.state === "running") { setTimeout(tick, 300); return; }
    progress.hidden = true;
    if (state.state === "error") onError(new Error(state.error)); else onDone(state);
  };
  tick();
}

// Start a job, show its progress, then its result; `name` prefixes the run button, progress and error ids.
async function startJob(url, form, name, show) {
  const run = document.getElementById(`${name}-run`);
  run.disabled = true;
  const fail = (e) => { run.disabled = false; showError(`${name}-error`, e); };
  try {
    const job = await api("POST", url, form);
    poll(job, `${name}-progress`, (done) => { run.disabled = false; show(done); }, fail);
  } catch (e) {
    fail(e);
  }
}

function setDownloads(article, jobId) {
  for (const a of article.querySelectorAll(".downloads a")) {
    a.href = `/api/jobs/${jobId}/download?format=${a.dataset.format}`;
    a.setAttribute("download", "");
  }
}

// ---------------------------------------------------------------- draft

let draftJob = null;

$("#draft-upload").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  showError("draft-error", null);
  $("#draft-options").hidden = true;
  $("#draft-result").hidden = true;
  const file = $("#draft-file").files[0];
  if (!file) return;
  const form = new FormData();
  form.set("file", file);
  const button = $("#draft-upload-button");
  button.disabled = true;
  try {
    draftJob = await api("POST", "/api/jobs", form);
    showImport(draftJob);
  } catch (e) {
    showError("draft-error", e);
  } finally {
    button.disabled = false;
  }
});

function showImport(job) {
  $("#draft-file-name").textContent = job.file;
  const about = $("#draft-about");
  about.replaceChildren();
  for (const [k, v] of Object.entries(job.about)) {
    const dt = document.createElement("dt"); dt.textContent = k;
    const dd = document.createElement("dd"); dd.textContent = v;
    about.append(dt, dd);
  }
  const warnings = $("#draft-warnings");
  warnings.replaceChildren();
  const head = document.createElement("p");
  head.textContent = job.warnings.length ? `导入警告 ${job.warnings.length} 条（请核对原表）：` : "导入警告：无";
  warnings.appendChild(head);
  if (job.warnings.length) {
    const list = document.createElement("ul");
    list.className = "warnings";
    for (const w of job.warnings) { const li = document.createElement("li"); li.textContent = w; list.appendChild(li); }
    warnings.appendChild(list);
  }
  $("#draft-options").hidden = false;
}

$("#draft-options").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  if (!draftJob) return;
  showError("draft-error", null);
  $("#draft-result").hidden = true;
  const form = new FormData();
  engineFields(form, $("#draft-engine").value);
  for (const box of document.querySelectorAll("#draft-options input[name=sections]:checked")) form.append("sections", box.value);
  startJob(`/api/jobs/${draftJob.id}/draft`, form, "draft", showDraft);
});

function showDraft(job) {
  const article = $("#draft-result");
  article.querySelector(".title").textContent = job.title;
  verdict(article.querySelector(".verdict"), job.check);
  setDownloads(article, job.id);
  const body = article.querySelector(".body");
  body.replaceChildren();
  for (const section of job.sections) {
    const h = document.createElement("h3");
    h.textContent = section.name;
    body.appendChild(h);
    for (const p of section.paragraphs) body.appendChild(paragraphBlock(job, p));
  }
  article.hidden = false;
}

function paragraphBlock(job, p) {
  const block = document.createElement("div");
  block.className = "para";
  block.dataset.index = p.index;
  const text = document.createElement("p");
  text.className = "text";
  markedText(text, p);
  const edit = document.createElement("button");
  edit.type = "button";
  edit.className = "edit";
  edit.textContent = "修改";
  edit.addEventListener("click", () => startEdit(job, p, block));
  block.append(text, edit);
  return block;
}

function startEdit(job, p, block) {
  const area = document.createElement("textarea");
  area.className = "editor";
  area.value = p.text;
  area.rows = Math.min(12, Math.max(3, Math.ceil(p.text.length / 60)));
  const save = document.createElement("button");
  save.type = "button";
  save.className = "recheck";
  save.textContent = "保存并重新核验";
  const cancel = document.createElement("button");
  cancel.type = "button";
  cancel.textContent = "取消";
  cancel.addEventListener("click", () => block.replaceWith(paragraphBlock(job, p)));
  save.addEventListener("click", async () => {
    save.disabled = true;
    showError("draft-error", null);
    try {
      const updated = await api("PUT", `/api/jobs/${job.id}/paragraphs/${p.index}`, { text: area.value });
      showDraft(updated);
    } catch (e) {
      save.disabled = false;
      showError("draft-error", e);
    }
  });
  block.replaceChildren(area, save, cancel);
  area.focus();
}

// ---------------------------------------------------------------- check

$("#check-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  showError("check-error", null);
  const form = new FormData();
  form.set("text", $("#check-text").value);
  const textFile = $("#check-text-file").files[0];
  if (textFile) form.set("text_file", textFile);
  for (const f of $("#check-sources").files) form.append("sources", f);
  form.set("view", "true");
  const run = $("#check-run");
  run.disabled = true;
  try {
    const result = await api("POST", "/api/check", form);
    const article = $("#check-result");
    verdict(article.querySelector(".verdict"), result.check);
    markedLines(article.querySelector(".body"), result.paragraphs);
    article.hidden = false;
  } catch (e) {
    showError("check-error", e);
  } finally {
    run.disabled = false;
  }
});

// ---------------------------------------------------------------- summary

$("#summary-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  showError("summary-error", null);
  $("#summary-result").hidden = true;
  const file = $("#summary-file").files[0];
  if (!file) return;
  const form = new FormData();
  form.set("file", file);
  form.set("chars", $("#summary-chars").value || "500");
  form.set("focus", $("#summary-focus").value);
  engineFields(form, $("#summary-engine").value);
  startJob("/api/summaries", form, "summary", showSummary);
});

function showSummary(job) {
  const article = $("#summary-result");
  article.querySelector(".title").textContent = `${job.title}（${job.length}）`;
  verdict(article.querySelector(".verdict"), job.check);
  setDownloads(article, job.id);
  markedLines(article.querySelector(".body"), job.paragraphs);
  article.hidden = false;
}

loadEngines();
