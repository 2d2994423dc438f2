// The two pages of the local preview: the outer page (the in-memory sheet as a table, with a tab per
// sheet, beside the sidebar in an iframe) and the shim that answers google.script.run inside the
// sidebar by POSTing to the preview server. Sheet text always goes in with textContent.

/** Script text for the sidebar page: google.script.run.withSuccessHandler(f).withFailureHandler(g).fn(…). */
export function scriptRunShim(functionNames) {
  return `<script>(function () {
  var names = ${JSON.stringify(functionNames)};
  function tellPreview(name) {
    if (window.parent !== window) window.parent.postMessage({ type: "preview:called", name: name }, location.origin);
  }
  function runner(ok, fail, userObject) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, fail, userObject); },
      withFailureHandler: function (g) { return runner(ok, g, userObject); },
      withUserObject: function (u) { return runner(ok, fail, u); }
    };
    names.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        fetch("/api/" + name, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ args: args }) })
          .then(function (res) { return res.json(); })
          .then(function (body) {
            tellPreview(name);
            if (body.ok) { if (ok) ok(body.value, userObject); }
            else if (fail) fail(new Error(body.error), userObject);
          })
          .catch(function (e) { if (fail) fail(new Error("The preview server did not answer (" + e.message + ")"), userObject); });
      };
    });
    return r;
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close: function () {} } } };
})();</script>`;
}

const PAGE_SCRIPT = String.raw`
const tabs = document.getElementById("tabs");
const table = document.getElementById("sheet");
const caption = document.getElementById("caption");
let current = "Programs";
let shownSheet = null;
let state = null;

function columnName(i) {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function render() {
  tabs.replaceChildren(...state.sheets.map((sheet) => {
    const b = document.createElement("button");
    b.type = "button";
    b.setAttribute("role", "tab");
    b.setAttribute("aria-selected", String(sheet.name === current));
    b.textContent = sheet.name;
    b.addEventListener("click", () => { current = sheet.name; render(); });
    return b;
  }));
  const sheet = state.sheets.find((s) => s.name === current) || state.sheets[0];
  if (!sheet) return;
  current = sheet.name;
  const selected = state.selection && state.selection.sheet === sheet.name ? state.selection.row : null;
  caption.textContent = sheet.name + (selected ? " · row " + selected + " selected" : "");
  const head = document.createElement("tr");
  head.append(document.createElement("th"));
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  // Column widths the add-on set (the Audit sheet) hold here too; other columns fit their text.
  const widthOf = (c) => (sheet.columnWidths[c] ? sheet.columnWidths[c] + "px" : "");
  for (let c = 0; c < width; c++) {
    const th = document.createElement("th");
    th.textContent = columnName(c);
    th.style.minWidth = th.style.maxWidth = widthOf(c);
    head.append(th);
  }
  const rows = sheet.values.map((line, r) => {
    const tr = document.createElement("tr");
    tr.dataset.row = String(r + 1);
    if (r + 1 === selected) tr.className = "selected";
    const th = document.createElement("th");
    th.textContent = String(r + 1);
    tr.append(th);
    for (let c = 0; c < width; c++) {
      const td = document.createElement("td");
      const value = line[c];
      td.textContent = value === null || value === undefined ? "" : String(value);
      const f = sheet.formats[(r + 1) + "," + (c + 1)];
      if (f) {
        if (f.background) td.style.background = f.background;
        if (f.fontColor) td.style.color = f.fontColor;
        if (f.fontWeight === "bold") td.style.fontWeight = "bold";
        if (f.note) td.title = f.note;
        if (f.wrap) td.style.whiteSpace = "normal";
      }
      td.style.maxWidth = widthOf(c);
      // The first row is the header in every sheet the add-on knows.
      if (r === 0 || r < sheet.frozenRows) td.classList.add("frozen");
      tr.append(td);
    }
    return tr;
  });
  const thead = document.createElement("thead");
  const tbody = document.createElement("tbody");
  thead.append(head);
  tbody.append(...rows);
  table.replaceChildren(thead, tbody);
  const row = table.querySelector("tr.selected");
  if (row) row.scrollIntoView({ block: "center" });
  else if (shownSheet !== sheet.name) table.parentElement.scrollTo(0, 0);
  shownSheet = sheet.name;
}

async function refresh(tab) {
  const res = await fetch("/api/state");
  state = await res.json();
  if (tab) current = tab;
  render();
}

// After each server call the sidebar tells us, so the table shows what the call changed.
const TAB_AFTER = { saveProfile: "Profile", runAudit: "Audit", addFormulaColumns: "Programs" };
window.addEventListener("message", (event) => {
  if (event.origin !== location.origin || !event.data || event.data.type !== "preview:called") return;
  const name = event.data.name;
  refresh(TAB_AFTER[name]).then(() => {
    if (name === "selectRow" && state.selection) { current = state.selection.sheet; render(); }
  });
});
refresh();
`;

const PAGE_STYLE = `
body { margin: 0; font: 13px Arial, sans-serif; color: #202124; display: flex; height: 100vh; overflow: hidden; }
.sheet-pane { flex: 1; min-width: 0; display: flex; flex-direction: column; border-right: 1px solid #dadce0; }
header { padding: 8px 12px; border-bottom: 1px solid #dadce0; }
header h1 { font-size: 15px; margin: 0 0 4px; }
header p { margin: 0; color: #5f6368; }
#tabs { display: flex; gap: 2px; padding: 6px 12px 0; background: #f8f9fa; border-bottom: 1px solid #dadce0; }
#tabs button { font: inherit; border: 1px solid #dadce0; border-bottom: 0; background: #f1f3f4; padding: 4px 12px; cursor: pointer; }
#tabs button[aria-selected="true"] { background: #fff; font-weight: bold; color: #174ea6; }
#caption { padding: 4px 12px; color: #5f6368; }
.table-wrap { flex: 1; overflow: auto; }
table { border-collapse: collapse; }
th, td { border: 1px solid #e0e0e0; padding: 2px 6px; white-space: nowrap; max-width: 260px; overflow: hidden; text-overflow: ellipsis; }
th { background: #f8f9fa; color: #5f6368; font-weight: normal; }
thead th { position: sticky; top: 0; z-index: 1; }
tbody th { position: sticky; left: 0; text-align: right; }
tr.selected td { background: #e8f0fe !important; border-top: 2px solid #1a73e8; border-bottom: 2px solid #1a73e8; }
tr.selected th { background: #1a73e8; color: #fff; }
td.frozen { font-weight: bold; background: #f8f9fa; }
iframe { width: 300px; border: 0; height: 100vh; flex: none; }
`;

/** The outer page: the sheet on the left, the real sidebar (an iframe of /sidebar) on the right. */
export function previewPage({ programs, profile }) {
  const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>IMG List Audit · local preview</title><style>${PAGE_STYLE}</style></head>
<body>
<div class="sheet-pane">
  <header><h1>IMG List Audit · local preview</h1>
  <p>In-memory copy of ${escape(programs)} and ${escape(profile)}. Nothing is written to disk.</p></header>
  <div id="tabs" role="tablist" aria-label="Sheets"></div>
  <div id="caption" aria-live="polite"></div>
  <div class="table-wrap"><table id="sheet"></table></div>
</div>
<iframe id="sidebar" src="/sidebar" title="Add-on sidebar"></iframe>
<script>${PAGE_SCRIPT.replace(/<\//g, "<\\/")}</script>
</body></html>`;
}
