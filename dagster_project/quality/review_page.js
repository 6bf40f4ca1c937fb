// The review page's behaviour: a fact's row on click, accept / reject / edit, add a fact from
// selected text, filters, and the decisions downloaded as a corrections CSV. Decisions are
// kept in the browser's localStorage per document until downloaded and cleared.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("review-data").textContent);
  const doc = data.document;
  const facts = new Map(data.facts.map((f) => [f.fact_id, f]));
  const storeKey = "review:" + doc.source_file + ":" + doc.document_id;
  const side = document.getElementById("side");
  const text = document.getElementById("text");
  let state = load();
  let current = null;

  function load() {
    try {
      const saved = JSON.parse(localStorage.getItem(storeKey) || "null");
      if (saved && saved.facts && saved.adds) return saved;
    } catch (e) { /* storage unavailable: decisions live until the page closes */ }
    return { facts: {}, adds: [] };
  }
  function save() {
    try { localStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* see load */ }
    paint();
  }
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === "onclick" || k === "onchange" || k === "oninput") node[k] = v;
      else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v);
    });
    children.flat().forEach((c) => node.append(c instanceof Node ? c : String(c ?? "")));
    return node;
  }
  const show = (v) => (v === null || v === undefined || v === "" ? "—" : String(v));
  const now = () => new Date().toISOString().slice(0, 19) + "Z";

  // ---- side panel: decisions, filters, detail, list --------------------------------------
  const count = el("span", { id: "decision-count" });
  const download = el("button", { id: "download", onclick: downloadCsv }, "Download corrections CSV");
  const clear = el("button", {
    id: "clear",
    onclick: () => { if (confirm("Forget every decision on this page?")) { state = { facts: {}, adds: [] }; save(); } },
  }, "Clear");
  const lowFirst = el("input", { type: "checkbox", id: "low-first", onchange: paint });
  const regionSel = el("select", { id: "filter-region", onchange: paint }, el("option", { value: "" }, "every region"));
  const indicatorSel = el("select", { id: "filter-indicator", onchange: paint }, el("option", { value: "" }, "every indicator"));
  [...new Set(data.facts.map((f) => f.region_name ?? "—"))].sort().forEach((r) => regionSel.append(el("option", { value: r }, r)));
  [...new Set(data.facts.map((f) => f.indicator_name ?? f.indicator_text))].sort()
    .forEach((i) => indicatorSel.append(el("option", { value: i }, i)));
  const detail = el("section", { id: "detail" }, el("p", { class: "muted" },
    "Click a marked value to see its row; select text to add a fact the extraction missed."));
  const list = el("table", { id: "fact-list" });
  const adds = el("section", { id: "adds" });
  side.append(
    el("section", { class: "bar" }, count, " ", download, " ", clear),
    el("section", { class: "bar" }, el("label", {}, lowFirst, " low confidence first"), " ", regionSel, " ", indicatorSel),
    detail, adds, el("h3", {}, "Facts"), list,
  );
  if (data.rejected.length) {
    side.append(el("h3", {}, "Rejected by earlier corrections"), el("ul", { id: "rejected" },
      data.rejected.map((r) => el("li", {}, `${show(r.indicator_text)} ${show(r.value)}${r.unit ?? ""} (${show(r.note)}) — ${r.evidence}`))));
  }

  function matches(f) {
    return (!regionSel.value || (f.region_name ?? "—") === regionSel.value)
      && (!indicatorSel.value || (f.indicator_name ?? f.indicator_text) === indicatorSel.value);
  }
  function statusOf(id) { return state.facts[id] ? state.facts[id].action : ""; }

  function paint() {
    const n = Object.keys(state.facts).length + state.adds.length;
    count.textContent = `${n} decision${n === 1 ? "" : "s"}`;
    download.disabled = n === 0;
    let rows = data.facts.filter(matches);
    if (lowFirst.checked) rows = rows.slice().sort((a, b) => a.confidence - b.confidence);
    list.replaceChildren(el("tr", {}, ["conf.", "region", "period", "indicator", "value", ""].map((h) => el("th", {}, h))),
      ...rows.map((f) => el("tr", { "data-row": f.fact_id, class: "c-" + f.band + (statusOf(f.fact_id) ? " " + statusOf(f.fact_id) : ""), onclick: () => select(f.fact_id, true) },
        el("td", {}, f.confidence.toFixed(2)), el("td", {}, show(f.region_name)), el("td", {}, show(f.period_code)),
        el("td", {}, f.indicator_text), el("td", {}, `${f.value}${f.unit ?? ""}`), el("td", {}, statusOf(f.fact_id)))));
    document.querySelectorAll("mark[data-fact-id]").forEach((m) => {
      const f = facts.get(m.dataset.factId);
      m.classList.toggle("dim", !matches(f));
      ["accept", "reject", "set"].forEach((a) => m.classList.toggle(a, statusOf(f.fact_id) === a));
    });
    adds.replaceChildren(...(state.adds.length ? [el("h3", {}, "Added"), el("ul", {}, state.adds.map((a, i) =>
      el("li", {}, `${show(a.indicator_text)} ${a.value}${a.unit ?? ""} — ${a.evidence} `,
        el("button", { onclick: () => { state.adds.splice(i, 1); save(); } }, "remove"))))] : []));
    if (current) renderDetail(current);
  }

  // ---- one fact -----------------------------------------------------------------------------
  function select(id, scroll) {
    current = id;
    document.querySelectorAll("mark.selected").forEach((m) => m.classList.remove("selected"));
    const mark = document.querySelector(`mark[data-fact-id="${CSS.escape(id)}"]`);
    if (mark) { mark.classList.add("selected"); if (scroll) mark.scrollIntoView({ block: "center" }); }
    renderDetail(id);
  }
  function renderDetail(id) {
    const f = facts.get(id);
    const decided = state.facts[id];
    const fields = [["region", `${show(f.region_name)} (from ${show(f.region_source)})`],
      ["period", `${show(f.period_code)} (from ${show(f.period_source)})`],
      ["indicator", `${f.indicator_text}${f.indicator_name && f.indicator_name !== f.indicator_text ? " → " + f.indicator_name : ""}`],
      ["measure", f.measure], ["value", f.value], ["unit", show(f.unit)], ["bound", show(f.qualifier)],
      ["confidence", f.confidence.toFixed(2)], ["evidence", f.evidence],
      ["corrected", f.corrected ? `yes: ${show(f.correction_note)}` : "no"], ["fact_id", f.fact_id]];
    const note = el("input", { id: "note", placeholder: "note (why)", value: decided?.note ?? "" });
    const decide = (action, sets) => { state.facts[id] = { action, sets: sets || {}, note: note.value, at: now() }; save(); };
    detail.replaceChildren(
      el("h3", {}, "Fact"),
      el("table", {}, fields.map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, v)))),
      el("p", {}, decided ? `Decision: ${decided.action}` : "No decision yet"),
      note,
      el("p", {},
        el("button", { id: "accept", onclick: () => decide("accept") }, "Accept"), " ",
        el("button", { id: "reject", onclick: () => decide("reject") }, "Reject"), " ",
        el("button", { id: "edit", onclick: () => editForm(f, decide) }, "Edit"), " ",
        decided ? el("button", { id: "undo", onclick: () => { delete state.facts[id]; save(); } }, "Undo") : ""),
    );
  }
  function editForm(f, decide) {
    const inputs = {};
    const form = el("form", { id: "edit-form" }, data.settable.map((k) => {
      inputs[k] = k === "measure"
        ? el("select", { name: k }, data.measures.map((m) => el("option", { value: m, selected: m === f.measure }, m)))
        : el("input", { name: k, value: f[k] ?? "" });
      return el("label", {}, k, " ", inputs[k]);
    }), el("button", { type: "submit" }, "Save edit"));
    form.onsubmit = (ev) => {
      ev.preventDefault();
      const sets = {};
      data.settable.forEach((k) => { if (inputs[k].value !== String(f[k] ?? "")) sets[k] = inputs[k].value; });
      if (Object.keys(sets).length) decide("set", sets);
    };
    detail.append(form);
  }

  // ---- add a fact from selected text --------------------------------------------------------
  function guess(evidence) {
    const m = evidence.match(/(-?\d+(?:\.\d+)?)\s*(%|％|个百分点|倍|亿元|万元|元|万人|人|个|家|项|万吨|吨)?/);
    const before = m ? evidence.slice(0, m.index) : evidence;
    const unit = m && m[2] ? m[2].replace("％", "%") : "";
    let value = m ? m[1] : "";
    if (/下降|减少|回落/.test(before) && value && !value.startsWith("-") && unit !== "个百分点") value = "-" + value;
    const measure = unit === "%" ? (/占|比重/.test(before) ? "share_pct" : "growth_pct")
      : unit === "个百分点" ? "pp_change" : unit === "倍" ? "growth_multiple" : "level";
    const indicator = before.replace(/^[，。；、：\s]+/, "")
      .replace(/(同比|比上年|较上年|比去年)?(增长|下降|增加|减少|达到|达|完成|实现|为|突破|超过|回落|提高)+$/, "");
    return { value, unit, measure, indicator };
  }
  function addForm(evidence) {
    const g = guess(evidence);
    const values = { source_file: doc.source_file, evidence, region_name: doc.region_name ?? "", period_code: doc.period_code ?? "",
      indicator_text: g.indicator, measure: g.measure, value: g.value, unit: g.unit, note: "" };
    const inputs = {};
    const form = el("form", { id: "add-form" }, el("h3", {}, "Add a fact"),
      Object.keys(values).filter((k) => k !== "source_file").map((k) => {
        inputs[k] = k === "measure"
          ? el("select", { name: k }, data.measures.map((m) => el("option", { value: m, selected: m === values.measure }, m)))
          : el("input", { name: k, value: values[k] });
        return el("label", {}, k, " ", inputs[k]);
      }), el("button", { type: "submit" }, "Add fact"));
    form.onsubmit = (ev) => {
      ev.preventDefault();
      const added = { source_file: doc.source_file, at: now() };
      Object.entries(inputs).forEach(([k, input]) => { added[k] = input.value.trim(); });
      if (!added.evidence || !added.indicator_text || !added.value || isNaN(Number(added.value))) {
        alert("An added fact needs its evidence, an indicator and a numeric value.");
        return;
      }
      state.adds.push(added);
      current = null;
      detail.replaceChildren(el("p", { class: "muted" }, "Added."));
      save();
    };
    detail.replaceChildren(form);
    detail.scrollIntoView({ block: "nearest" });
  }
  text.addEventListener("mouseup", () => {
    const sel = window.getSelection();
    const picked = sel && !sel.isCollapsed ? sel.toString().trim() : "";
    if (!picked || !text.contains(sel.anchorNode) || !text.contains(sel.focusNode)) return;
    if (sel.anchorNode.parentElement.closest(".piece") !== sel.focusNode.parentElement.closest(".piece")) {
      detail.replaceChildren(el("p", { class: "warn" }, "The selection crosses a layout join: select text within one piece."));
      return;
    }
    addForm(picked);
  });
  text.addEventListener("click", (ev) => {
    const mark = ev.target.closest("mark[data-fact-id]");
    if (mark && window.getSelection().isCollapsed) select(mark.dataset.factId, false);
  });

  // ---- the corrections CSV ------------------------------------------------------------------
  function csvCell(v) {
    const s = v === null || v === undefined ? "" : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }
  function csvRows() {
    const rows = [];
    Object.entries(state.facts).forEach(([id, d]) => {
      if (d.action === "set") Object.entries(d.sets).forEach(([field, value]) => rows.push({ action: "set", fact_id: id, field, value, note: d.note, reviewed_at: d.at }));
      else rows.push({ action: d.action, fact_id: id, note: d.note, reviewed_at: d.at });
    });
    state.adds.forEach((a) => rows.push({ action: "add", ...a, reviewed_at: a.at }));
    return rows;
  }
  function downloadCsv() {
    const lines = [data.columns.join(","), ...csvRows().map((r) => data.columns.map((c) => csvCell(r[c])).join(","))];
    const blob = new Blob(["\ufeff" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
    const a = el("a", { href: URL.createObjectURL(blob), download: "review_" + doc.source_file.replace(/[^\w.-]+/g, "_").replace(/\.txt$/, "") + ".csv" });
    document.body.append(a);
    a.click();
    a.remove();
  }
  paint();
})();
