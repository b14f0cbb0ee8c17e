// medsec-forms bridge web page: plain JavaScript, no external resources. Talks to the same server (same origin).
'use strict';

(() => {
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const XLSM = 'application/vnd.ms-excel.sheet.macroEnabled.12';
  const SEVERITY = { error: 'エラー', warning: '警告', info: '情報' };
  const $ = (id) => document.getElementById(id);

  let current = null; // the workbook chosen last, when one was chosen alone: a File
  let folder = null; // the workbooks chosen last, when several were (or a folder): {items, label}
  let currentForm = null; // the form id of the workbook validated last
  const printable = new Set(); // the ids of the forms with a FAX-ready PDF (GET /api/v1/forms: pdf)

  function headers(extra) {
    const h = Object.assign({}, extra || {});
    const token = $('token').value.trim();
    if (token) {
      h['X-MedSec-Token'] = token;
    }
    return h;
  }

  async function problemText(response) {
    try {
      const problem = await response.json();
      return `${problem.detail}（${problem.code}）`;
    } catch (e) {
      return `サーバーがエラーを返しました（HTTP ${response.status}）。`;
    }
  }

  function status(text, failed) {
    const el = $('status');
    el.textContent = text;
    el.classList.toggle('failed', Boolean(failed));
  }

  function contentType(file) {
    const name = file.name.toLowerCase();
    if (name.endsWith('.xlsm')) {
      return XLSM;
    }
    if (name.endsWith('.xlsx')) {
      return XLSX;
    }
    return 'application/octet-stream';
  }

  function query(format) {
    const params = new URLSearchParams({ format: format, lang: 'ja', filename: current.name });
    if ($('form').value) {
      params.set('form', $('form').value);
    }
    if ($('asOf').value) {
      params.set('asOf', $('asOf').value);
    }
    if ($('diagnosisDay').checked) {
      params.set('diagnosisDay', 'true');
    }
    return params.toString();
  }

  /** The layout profile chosen on the page (docs/profiles.md), or null. */
  function profileFile() {
    const input = $('profile');
    return input && input.files.length > 0 ? input.files[0] : null;
  }

  function post(format) {
    const profile = profileFile();
    if (profile) {
      // with a layout profile, the workbook and the profile go as the parts `file` and `profile` of one form
      const body = new FormData();
      body.append('file', current, current.name);
      body.append('profile', profile, profile.name);
      return fetch('/api/v1/validate?' + query(format), { method: 'POST', headers: headers(), body: body });
    }
    return fetch('/api/v1/validate?' + query(format), {
      method: 'POST',
      headers: headers({ 'Content-Type': contentType(current) }),
      body: current,
    });
  }

  async function validate(file) {
    current = file;
    currentForm = null;
    $('download').disabled = true;
    $('fax-pdf').disabled = true;
    status(`「${file.name}」を検証しています…`);
    let response;
    try {
      response = await post('json');
    } catch (e) {
      status('サーバーに接続できません。medsec-forms serve が動いているか確認してください。', true);
      return;
    }
    if (!response.ok) {
      status(await problemText(response), true);
      $('result').hidden = true;
      return;
    }
    show(file, await response.json());
    status(`「${file.name}」を検証しました。`);
  }

  function show(file, report) {
    $('result').hidden = false;
    $('file-name').textContent = `${file.name}（${report.formId}）`;
    const summary = $('summary');
    summary.textContent = report.valid ? 'エラーはありません。' : 'エラーがあります。セルを修正してからもう一度検証してください。';
    summary.className = 'summary ' + (report.valid ? 'valid' : 'invalid');
    $('count-error').textContent = report.counts.error;
    $('count-warning').textContent = report.counts.warning;
    $('count-info').textContent = report.counts.info;
    const body = $('findings').tBodies[0];
    body.replaceChildren();
    for (const f of report.findings) {
      const row = body.insertRow();
      row.className = f.severity;
      row.dataset.rule = f.ruleId;
      const location = f.sheet ? `${f.sheet}!${f.cell}` : (f.label || f.path || '—');
      row.dataset.location = location;
      cell(row, SEVERITY[f.severity] || f.severity, 'severity');
      cell(row, location, 'location');
      cell(row, f.ruleId, 'rule');
      cell(row, f.message, 'message');
    }
    const truncated = $('truncated');
    truncated.hidden = !report.truncated;
    truncated.textContent = report.truncated
      ? `ほかに ${report.total - report.findings.length} 件あります（先頭 ${report.findings.length} 件を表示）。` : '';
    // a FAX or scan was read from its QR codes: no workbook to mark up, nothing to print again
    const scanned = /\.(pdf|tiff?|png|jpe?g)$/i.test(file.name);
    $('download').disabled = scanned;
    currentForm = report.formId;
    const fax = $('fax-pdf');
    fax.hidden = scanned || !printable.has(report.formId);
    fax.disabled = fax.hidden;
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    td.className = className;
  }

  function fileNameOf(response, fallback) {
    const disposition = response.headers.get('Content-Disposition') || '';
    const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    return match ? decodeURIComponent(match[1]) : fallback;
  }

  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  async function downloadAnnotated() {
    if (!current) {
      return;
    }
    status('検証結果を書き込んだブックを作っています…');
    try {
      const response = await post('xlsx');
      if (!response.ok) {
        status(await problemText(response), true);
        return;
      }
      save(await response.blob(), fileNameOf(response, 'checked.xlsx'));
      status('検証結果を書き込んだブックをダウンロードしました。');
    } catch (e) {
      status('サーバーに接続できません。medsec-forms serve が動いているか確認してください。', true);
    }
  }

  /** The workbook as the form's JSON (POST /api/v1/forms/{id}/parse), with the layout profile if one is chosen. */
  function parse() {
    const url = `/api/v1/forms/${encodeURIComponent(currentForm)}/parse?`
      + new URLSearchParams({ lang: 'ja', filename: current.name }).toString();
    const profile = profileFile();
    if (profile) {
      const body = new FormData();
      body.append('file', current, current.name);
      body.append('profile', profile, profile.name);
      return fetch(url, { method: 'POST', headers: headers(), body: body });
    }
    return fetch(url, { method: 'POST', headers: headers({ 'Content-Type': contentType(current) }), body: current });
  }

  function renderPdf(json, allowErrors) {
    const params = new URLSearchParams({ format: 'pdf', lang: 'ja' });
    if (allowErrors) {
      params.set('allowErrors', 'true');
    }
    return fetch(`/api/v1/forms/${encodeURIComponent(currentForm)}/render?${params}`, {
      method: 'POST',
      headers: headers({ 'Content-Type': 'application/json' }),
      body: json,
    });
  }

  /**
   * 「FAX用に印刷」: the workbook read, then printed as the FAX-ready PDF (with its QR code where the form has one).
   * A form with validation errors is printed only after the user confirms, as `render --allow-errors` (D-72).
   */
  async function downloadFax() {
    if (!current || !currentForm) {
      return;
    }
    status('FAX用のPDFを作っています…');
    try {
      const parsed = await parse();
      if (!parsed.ok) {
        status(await problemText(parsed), true);
        return;
      }
      const json = await parsed.text();
      let response = await renderPdf(json, false);
      if (response.status === 422) {
        const problem = await response.clone().json().catch(() => ({}));
        if (problem.code === 'MSF-HTTP-1012') {
          const count = Array.isArray(problem.findings) ? problem.findings.length : '';
          const go = window.confirm(`この様式には検証エラーが ${count} 件あります。\n`
            + 'エラーのある記入のまま FAX 用の PDF を作りますか？（送る前に、エラーを直すことをおすすめします。）');
          if (!go) {
            status('FAX用のPDFは作りませんでした。エラーを直してから、もう一度お試しください。');
            return;
          }
          response = await renderPdf(json, true);
        }
      }
      if (!response.ok) {
        status(await problemText(response), true);
        return;
      }
      save(await response.blob(), fileNameOf(response, `${currentForm}.pdf`));
      status('FAX用のPDFをダウンロードしました。印刷して、そのまま FAX してください。');
    } catch (e) {
      status('サーバーに接続できません。medsec-forms serve が動いているか確認してください。', true);
    }
  }

  async function downloadTemplate(form) {
    try {
      const response = await fetch(`/api/v1/forms/${encodeURIComponent(form.id)}/template`, { headers: headers() });
      if (!response.ok) {
        status(await problemText(response), true);
        return;
      }
      save(await response.blob(), fileNameOf(response, form.id + '.xlsx'));
    } catch (e) {
      status('サーバーに接続できません。', true);
    }
  }

  async function loadForms() {
    const list = $('templates');
    const response = await fetch('/api/v1/forms?lang=ja', { headers: headers() });
    if (!response.ok) {
      list.replaceChildren();
      const li = document.createElement('li');
      li.textContent = await problemText(response);
      list.appendChild(li);
      return;
    }
    const forms = await response.json();
    list.replaceChildren();
    printable.clear();
    forms.filter((f) => f.pdf).forEach((f) => printable.add(f.id));
    const select = $('form');
    for (const form of forms) {
      const option = document.createElement('option');
      option.value = form.id;
      option.textContent = form.title;
      select.appendChild(option);

      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = form.template;
      a.textContent = form.title;
      a.dataset.form = form.id;
      a.addEventListener('click', (event) => {
        event.preventDefault();
        downloadTemplate(form);
      });
      li.appendChild(a);
      const versions = document.createElement('span');
      versions.className = 'note';
      versions.textContent = `（${form.versions.join('・')}）`;
      li.appendChild(versions);
      list.appendChild(li);
    }
  }

  async function init() {
    try {
      const health = await (await fetch('/api/v1/health')).json();
      if (health.tokenRequired) {
        $('token-box').hidden = false;
        $('token').value = sessionStorage.getItem('medsecToken') || '';
      }
      const version = await fetch('/api/v1/version', { headers: headers() });
      if (version.ok) {
        $('version').textContent = (await version.json()).version;
      }
      await loadForms();
    } catch (e) {
      status('サーバーに接続できません。medsec-forms serve が動いているか確認してください。', true);
    }
  }

  /**
   * A name the folder view takes from a folder: a workbook, or a FAX or scan (.pdf .tif .tiff .png .jpg .jpeg, read
   * from its QR codes: docs/fax.md); not Excel's lock file, not a copy annotate made.
   */
  function isWorkbookName(name) {
    return /\.(xlsx|xlsm|xls|pdf|tiff?|png|jpe?g)$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.')
      && !name.includes('.検証結果.');
  }

  /** One workbook alone: today's page (findings, annotated copy, map). Several, or a folder: the folder view. */
  function chosen(items, label, fromFolder) {
    if (items.length === 1 && !fromFolder) {
      folder = null;
      document.dispatchEvent(new CustomEvent('medsec-single', { detail: items[0].file }));
      validate(items[0].file);
      return;
    }
    if (items.length === 0) {
      status('フォルダに Excel ブック（.xlsx / .xlsm / .xls）も FAX・スキャン（.pdf / .tif / .png / .jpg）もありません。', true);
      return;
    }
    current = null;
    currentForm = null;
    folder = { items: items, label: label };
    $('download').disabled = true;
    $('fax-pdf').disabled = true;
    document.dispatchEvent(new CustomEvent('medsec-folder', { detail: folder }));
  }

  function fileOf(entry) {
    return new Promise((resolve, reject) => entry.file(resolve, reject));
  }

  function entriesOf(reader) {
    return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
  }

  /** The files under dropped entries (DataTransferItem.webkitGetAsEntry): a folder's workbooks, any file dropped as it is. */
  async function walk(entries) {
    const items = [];
    async function visit(entry, top) {
      if (entry.isFile) {
        if (top || isWorkbookName(entry.name)) {
          items.push({ file: await fileOf(entry), path: entry.fullPath.replace(/^\/+/, '') });
        }
      } else if (entry.isDirectory) {
        const reader = entry.createReader();
        for (let batch = await entriesOf(reader); batch.length > 0; batch = await entriesOf(reader)) {
          for (const child of batch) {
            await visit(child, false);
          }
        }
      }
    }
    for (const entry of entries) {
      await visit(entry, true);
    }
    items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return items;
  }

  async function dropped(dataTransfer) {
    // the entries must be taken while the drop event runs; they are read afterwards
    const entries = Array.from(dataTransfer.items || []).filter((i) => i.kind === 'file')
      .map((i) => (i.webkitGetAsEntry ? i.webkitGetAsEntry() : null));
    const files = Array.from(dataTransfer.files || []);
    if (entries.length > 0 && entries.every((e) => e) && entries.some((e) => e.isDirectory)) {
      status('フォルダを読み込んでいます…');
      try {
        const items = await walk(entries);
        const label = entries.length === 1 ? entries[0].name : '';
        chosen(items, label, true);
      } catch (e) {
        status('フォルダを読み込めませんでした。ブラウザーがフォルダの読み込みを許可しているか確認してください。', true);
      }
      return;
    }
    if (files.length > 0) {
      chosen(files.map((f) => ({ file: f, path: f.name })), '', false);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const drop = $('drop');
    const input = $('file');
    const folderInput = $('folder-input');
    input.addEventListener('change', () => {
      if (input.files.length > 0) {
        chosen(Array.from(input.files).map((f) => ({ file: f, path: f.name })), '', false);
      }
    });
    folderInput.addEventListener('change', () => {
      const files = Array.from(folderInput.files).filter((f) => isWorkbookName(f.name));
      const items = files.map((f) => ({ file: f, path: f.webkitRelativePath || f.name }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const first = folderInput.files.length > 0 ? (folderInput.files[0].webkitRelativePath || '') : '';
      chosen(items, first.includes('/') ? first.substring(0, first.indexOf('/')) : '', true);
    });
    $('choose-folder').addEventListener('click', () => folderInput.click());
    drop.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        input.click();
      }
    });
    ['dragenter', 'dragover'].forEach((type) => drop.addEventListener(type, (event) => {
      event.preventDefault();
      drop.classList.add('over');
    }));
    ['dragleave', 'drop'].forEach((type) => drop.addEventListener(type, (event) => {
      event.preventDefault();
      drop.classList.remove('over');
    }));
    drop.addEventListener('drop', (event) => {
      dropped(event.dataTransfer);
    });
    $('download').addEventListener('click', downloadAnnotated);
    $('fax-pdf').addEventListener('click', downloadFax);
    $('token').addEventListener('change', () => {
      sessionStorage.setItem('medsecToken', $('token').value.trim());
      loadForms();
    });
    ['form', 'asOf', 'diagnosisDay', 'profile'].forEach((id) => $(id).addEventListener('change', () => {
      if (current) {
        validate(current);
      } else if (folder) {
        document.dispatchEvent(new CustomEvent('medsec-folder', { detail: folder }));
      }
    }));
    init();
  });
})();
