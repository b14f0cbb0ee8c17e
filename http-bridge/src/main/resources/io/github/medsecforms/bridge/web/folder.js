// medsec-forms bridge web page: the folder view (several workbooks, or a folder). Plain JavaScript, same origin.
//
// Each workbook goes in a request of its own (POST /api/v1/batch/validate, within the body limit), two at a time.
// The page keeps every answer: the report, the annotated copy and the entry (list rows and what the checks across
// submissions need). The downloads are made from what it keeps, never by sending the folder again: the consolidated
// list by sending the entries back (POST /api/v1/batch/list), the zip of annotated copies here, in the page.
// The server keeps nothing between requests (docs/bridge.md, decision D-59 (page13)).
'use strict';

(() => {
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const XLSM = 'application/vnd.ms-excel.sheet.macroEnabled.12';
  const SEVERITY = { error: 'エラー', warning: '警告', info: '情報' };
  /** Requests at once: the bridge validates on a pool of one job per core (at least two). */
  const PARALLEL = 2;
  /** The most files one folder view takes (the bridge's bound on the entries of one list or check). */
  const MAX_FILES = 10000;
  /** How many findings a row shows (its details show all). */
  const FIRST = 3;
  const $ = (id) => document.getElementById(id);

  let run = 0; // the current folder run; an older one stops writing to the page
  let results = []; // one per file: {path, file, state, answer, copy, copyName, copyType, problem, row}
  let batchAnswer = null;

  function headers(extra) {
    const h = Object.assign({}, extra || {});
    const token = $('token') ? $('token').value.trim() : '';
    if (token) {
      h['X-MedSec-Token'] = token;
    }
    return h;
  }

  async function problemOf(response) {
    try {
      const problem = await response.json();
      return { code: problem.code || `HTTP ${response.status}`, detail: problem.detail || '' };
    } catch (e) {
      return { code: `HTTP ${response.status}`, detail: `サーバーがエラーを返しました（HTTP ${response.status}）。` };
    }
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

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    return td;
  }

  function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  // ------------------------------------------------------------------ one file

  function query(item) {
    const params = new URLSearchParams({ lang: 'ja', filename: item.path });
    if (item.file.lastModified > 0) {
      params.set('modified', String(item.file.lastModified));
    }
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

  function request(item) {
    const profile = $('profile') && $('profile').files.length > 0 ? $('profile').files[0] : null;
    if (profile) {
      const body = new FormData();
      body.append('file', item.file, item.file.name);
      body.append('profile', profile, profile.name);
      return { method: 'POST', headers: headers(), body: body };
    }
    return { method: 'POST', headers: headers({ 'Content-Type': contentType(item.file) }), body: item.file };
  }

  function base64Bytes(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  /** Validates one file: busy answers (503) are retried after the time the server asks for. */
  async function validateOne(item, mine) {
    for (let attempt = 0; ; attempt++) {
      let response;
      try {
        response = await fetch('/api/v1/batch/validate?' + query(item), request(item));
      } catch (e) {
        return { state: 'unreadable', problem: { code: '—', detail: 'サーバーに接続できません。medsec-forms serve が動いているか確認してください。' } };
      }
      if (mine !== run) {
        return null;
      }
      if (response.status === 503 && attempt < 5) {
        const wait = Number(response.headers.get('Retry-After')) || 2;
        await sleep(Math.min(wait, 10) * 1000);
        continue;
      }
      if (!response.ok) {
        return { state: 'unreadable', problem: await problemOf(response) };
      }
      const answer = await response.json();
      const result = { state: 'done', answer: answer };
      if (answer.annotated) {
        result.copy = base64Bytes(answer.annotated.data);
        result.copyName = answer.annotated.fileName;
        result.copyType = answer.annotated.contentType;
        delete answer.annotated.data; // kept once, as bytes
      }
      return result;
    }
  }

  // ------------------------------------------------------------------ rows

  function firstProblems(report) {
    return report.findings.slice(0, FIRST).map((f) => {
      const where = f.sheet ? ` ${f.sheet}!${f.cell}` : '';
      return `${f.ruleId}${where}: ${f.message}`;
    });
  }

  function pendingRow(result) {
    const row = $('folder-files').tBodies[0].insertRow();
    row.className = 'pending';
    row.dataset.file = result.path;
    cell(row, result.path, 'file');
    cell(row, '—', 'form');
    cell(row, '', 'errors');
    cell(row, '', 'warnings');
    cell(row, '待機中', 'problems');
    cell(row, '', 'details');
    result.row = row;
  }

  function fillRow(result) {
    const row = result.row;
    row.replaceChildren();
    if (result.state === 'unreadable') {
      row.className = 'unreadable';
      row.dataset.state = 'unreadable';
      cell(row, result.path, 'file');
      cell(row, '読み込めません', 'form');
      cell(row, '—', 'errors');
      cell(row, '—', 'warnings');
      cell(row, `${result.problem.detail}（${result.problem.code}）`, 'problems');
      cell(row, '', 'details');
      row.dataset.code = result.problem.code;
      return;
    }
    const answer = result.answer;
    const report = answer.report;
    row.className = report.valid ? (report.counts.warning > 0 ? 'warning' : 'valid') : 'invalid';
    row.dataset.state = report.valid ? 'valid' : 'invalid';
    row.dataset.form = answer.formId;
    cell(row, result.path, 'file');
    cell(row, answer.title, 'form');
    cell(row, String(report.counts.error), 'errors');
    cell(row, String(report.counts.warning), 'warnings');
    const problems = cell(row, '', 'problems');
    const first = firstProblems(report);
    if (first.length === 0) {
      problems.textContent = '指摘はありません。';
    } else {
      const list = document.createElement('ul');
      first.forEach((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        list.appendChild(li);
      });
      problems.appendChild(list);
      if (report.total > first.length) {
        const more = document.createElement('span');
        more.className = 'note';
        more.textContent = `ほか ${report.total - first.length} 件`;
        problems.appendChild(more);
      }
    }
    const details = cell(row, '', 'details');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'small';
    button.textContent = '詳細';
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', () => toggleDetails(result, button));
    details.appendChild(button);
  }

  /** The file's findings, shown under its row on demand. */
  function toggleDetails(result, button) {
    if (result.detailRow) {
      result.detailRow.remove();
      result.detailRow = null;
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    const row = $('folder-files').tBodies[0].insertRow(result.row.sectionRowIndex + 1);
    row.className = 'detail';
    row.dataset.detailOf = result.path;
    const td = row.insertCell();
    td.colSpan = 6;
    const report = result.answer.report;
    const table = document.createElement('table');
    table.className = 'findings';
    const head = table.createTHead().insertRow();
    ['重大度', 'シート!セル', 'ルールID', 'メッセージ'].forEach((t) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = t;
      head.appendChild(th);
    });
    const body = table.createTBody();
    for (const f of report.findings) {
      const r = body.insertRow();
      r.className = f.severity;
      r.dataset.rule = f.ruleId;
      cell(r, SEVERITY[f.severity] || f.severity, 'severity');
      cell(r, f.sheet ? `${f.sheet}!${f.cell}` : (f.label || f.path || '—'), 'location');
      cell(r, f.ruleId, 'rule');
      cell(r, f.message, 'message');
    }
    if (report.findings.length === 0) {
      const p = document.createElement('p');
      p.textContent = '指摘はありません。';
      td.appendChild(p);
    } else {
      td.appendChild(table);
    }
    if (report.truncated) {
      const p = document.createElement('p');
      p.className = 'note';
      p.textContent = `ほかに ${report.total - report.findings.length} 件あります（先頭 ${report.findings.length} 件を表示）。`;
      td.appendChild(p);
    }
    const p = document.createElement('p');
    if (result.copy) {
      const a = document.createElement('button');
      a.type = 'button';
      a.className = 'small';
      a.textContent = `検証結果を書き込んだブック（${baseName(result.copyName)}）をダウンロード`;
      a.addEventListener('click', () => save(new Blob([result.copy], { type: result.copyType }), baseName(result.copyName)));
      p.appendChild(a);
    } else if (result.answer.annotatedProblem) {
      p.className = 'note';
      p.textContent = `検証結果を書き込んだブックは作れません: ${result.answer.annotatedProblem.message}`;
    }
    td.appendChild(p);
    result.detailRow = row;
    button.setAttribute('aria-expanded', 'true');
  }

  function baseName(path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  function progress(done, total) {
    $('folder-progress').max = Math.max(total, 1);
    $('folder-progress').value = done;
    $('folder-progress-text').textContent = `${done} / ${total} 件`;
  }

  // ------------------------------------------------------------------ the run

  async function start(items, label) {
    const mine = ++run;
    results = items.map((item) => ({ path: item.path, file: item.file, state: 'pending' }));
    batchAnswer = null;
    $('result').hidden = true;
    $('readmap').hidden = true;
    $('folder').hidden = false;
    $('folder-name').textContent = label || '';
    $('folder-files').tBodies[0].replaceChildren();
    $('folder-batch').hidden = true;
    $('list-downloads').tBodies[0].replaceChildren();
    $('list-downloads').hidden = true;
    $('download-zip').disabled = true;
    $('folder-summary').textContent = '';
    $('folder-progress').dataset.finished = 'false';
    if (results.length > MAX_FILES) {
      $('folder-summary').textContent = `一度に検証できるのは ${MAX_FILES} 件までです（${results.length} 件あります）。フォルダを分けてください。`;
      $('folder-summary').className = 'summary invalid';
      progress(0, 0);
      return;
    }
    results.forEach(pendingRow);
    progress(0, results.length);
    status(`${results.length} 件のブックを検証しています…`);

    let next = 0;
    let done = 0;
    async function worker() {
      while (next < results.length) {
        const result = results[next++];
        result.row.cells[4].textContent = '検証中…';
        const outcome = await validateOne(result, mine);
        if (mine !== run || outcome === null) {
          return;
        }
        Object.assign(result, outcome);
        fillRow(result);
        progress(++done, results.length);
      }
    }
    await Promise.all(Array.from({ length: Math.min(PARALLEL, results.length) }, worker));
    if (mine !== run) {
      return;
    }
    await finish(mine);
  }

  async function finish(mine) {
    const read = results.filter((r) => r.state === 'done');
    const unreadable = results.filter((r) => r.state === 'unreadable');
    const invalid = read.filter((r) => !r.answer.report.valid).length;
    const summary = $('folder-summary');
    summary.textContent = `${results.length} 件を検証しました: エラーなし ${read.length - invalid} 件、エラーあり ${invalid} 件、読み込めない ${unreadable.length} 件。`;
    summary.className = 'summary ' + (invalid + unreadable.length > 0 ? 'invalid' : 'valid');
    listButtons(read);
    $('download-zip').disabled = !read.some((r) => r.copy);
    if (read.length > 1) {
      await checkBatch(read, mine);
    }
    if (mine === run) {
      $('folder-progress').dataset.finished = 'true';
      status(`${results.length} 件を検証しました。`);
    }
  }

  function status(text, failed) {
    const el = $('status');
    el.textContent = text;
    el.classList.toggle('failed', Boolean(failed));
  }

  function sent(read) {
    return JSON.stringify({
      entries: read.map((r) => r.answer.entry),
      unreadable: results.filter((r) => r.state === 'unreadable')
        .map((r) => ({ file: r.path, code: r.problem.code, message: r.problem.detail })),
    });
  }

  // ------------------------------------------------------------------ across submissions (issue 15)

  async function checkBatch(read, mine) {
    let response;
    try {
      response = await fetch('/api/v1/batch/check?lang=ja', {
        method: 'POST', headers: headers({ 'Content-Type': 'application/json' }), body: sent(read),
      });
    } catch (e) {
      status('サーバーに接続できません。', true);
      return;
    }
    if (mine !== run) {
      return;
    }
    if (!response.ok) {
      const p = await problemOf(response);
      status(`${p.detail}（${p.code}）`, true);
      return;
    }
    batchAnswer = await response.json();
    showBatch(batchAnswer);
  }

  function titleOf(formId) {
    const hit = results.find((r) => r.answer && r.answer.formId === formId);
    return hit ? hit.answer.title : formId;
  }

  function showBatch(batch) {
    $('folder-batch').hidden = false;
    const summary = $('batch-summary').tBodies[0];
    summary.replaceChildren();
    for (const f of batch.forms) {
      const row = summary.insertRow();
      row.dataset.form = f.formId;
      cell(row, titleOf(f.formId), 'form');
      cell(row, String(f.files), 'files');
      cell(row, String(f.hospitals), 'hospitals');
      cell(row, String(f.duplicates), 'duplicates');
      cell(row, String(f.conflicts), 'conflicts');
    }
    const findings = $('batch-findings').tBodies[0];
    findings.replaceChildren();
    for (const f of batch.report.findings) {
      const row = findings.insertRow();
      row.className = f.severity;
      row.dataset.rule = f.ruleId;
      cell(row, SEVERITY[f.severity] || f.severity, 'severity');
      cell(row, f.file || '', 'file');
      cell(row, f.sheet ? `${f.sheet}!${f.cell}` : (f.label || '—'), 'location');
      cell(row, f.ruleId, 'rule');
      cell(row, f.message, 'message');
    }
    $('batch-none').hidden = batch.report.findings.length > 0;
    $('batch-findings').hidden = batch.report.findings.length === 0;
  }

  // ------------------------------------------------------------------ downloads

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

  function fileNameOf(response, fallback) {
    const disposition = response.headers.get('Content-Disposition') || '';
    const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    return match ? decodeURIComponent(match[1]) : fallback;
  }

  /** One row per form read, with a button for its consolidated list, as `medsec-forms import --form <id>` makes it. */
  function listButtons(read) {
    const body = $('list-downloads').tBodies[0];
    body.replaceChildren();
    const forms = [];
    read.forEach((r) => {
      if (!forms.includes(r.answer.formId)) {
        forms.push(r.answer.formId);
      }
    });
    for (const formId of forms) {
      const count = read.filter((r) => r.answer.formId === formId).length;
      const row = body.insertRow();
      row.dataset.form = formId;
      cell(row, titleOf(formId), 'form');
      cell(row, `${count} 件`, 'files');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'small';
      button.dataset.form = formId;
      button.textContent = '一覧表（xlsx）';
      button.addEventListener('click', () => downloadList(formId));
      cell(row, '', 'download').appendChild(button);
    }
    $('list-downloads').hidden = forms.length === 0;
  }

  async function downloadList(formId) {
    const read = results.filter((r) => r.state === 'done' && r.answer.formId === formId);
    const params = new URLSearchParams({ lang: 'ja', form: formId });
    if ($('latest').checked) {
      params.set('latest', 'true');
    }
    status('一覧表を作っています…');
    try {
      const response = await fetch('/api/v1/batch/list?' + params.toString(), {
        method: 'POST', headers: headers({ 'Content-Type': 'application/json' }), body: sent(read),
      });
      if (!response.ok) {
        const p = await problemOf(response);
        status(`${p.detail}（${p.code}）`, true);
        return;
      }
      save(await response.blob(), fileNameOf(response, formId + '-list.xlsx'));
      status('一覧表をダウンロードしました。');
    } catch (e) {
      status('サーバーに接続できません。', true);
    }
  }

  function downloadZip() {
    const files = results.filter((r) => r.copy).map((r) => ({ name: r.copyName, bytes: r.copy }));
    if (files.length === 0) {
      return;
    }
    // a plain zip holds at most 4 GiB and 65,535 entries (no ZIP64 here)
    if (files.reduce((n, f) => n + f.bytes.length + 2 * f.name.length + 200, 0) >= 0xFFFFFFFF || files.length > 0xFFFF) {
      status('ZIP にするには大きすぎます（4 GiB まで）。フォルダを分けて検証してください。', true);
      return;
    }
    const label = $('folder-name').textContent;
    save(Zip.make(files), (label ? label.replace(/[\\/:*?"<>|]/g, '_') + '_' : '') + '検証結果.zip');
    status(`検証結果を書き込んだブック ${files.length} 件を ZIP でダウンロードしました。`);
  }

  /** A zip of stored entries (the copies are zips already), names in UTF-8: what every unzip tool reads. */
  const Zip = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) {
        c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      }
      table[n] = c >>> 0;
    }
    function crc32(bytes) {
      let c = 0xFFFFFFFF;
      for (let i = 0; i < bytes.length; i++) {
        c = table[(c ^ bytes[i]) & 0xFF] ^ (c >>> 8);
      }
      return (c ^ 0xFFFFFFFF) >>> 0;
    }
    function dosTime(d) {
      return {
        time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
        date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
      };
    }
    function make(files) {
      const encoder = new TextEncoder();
      const when = dosTime(new Date());
      const parts = [];
      const central = [];
      let offset = 0;
      const used = new Set();
      for (const f of files) {
        let name = f.name;
        for (let i = 2; used.has(name); i++) {
          const dot = f.name.lastIndexOf('.');
          name = `${f.name.substring(0, dot)} (${i})${f.name.substring(dot)}`;
        }
        used.add(name);
        const nameBytes = encoder.encode(name);
        const crc = crc32(f.bytes);
        const local = new DataView(new ArrayBuffer(30));
        local.setUint32(0, 0x04034b50, true);
        local.setUint16(4, 20, true); // version needed
        local.setUint16(6, 0x0800, true); // UTF-8 names
        local.setUint16(8, 0, true); // stored
        local.setUint16(10, when.time, true);
        local.setUint16(12, when.date, true);
        local.setUint32(14, crc, true);
        local.setUint32(18, f.bytes.length, true);
        local.setUint32(22, f.bytes.length, true);
        local.setUint16(26, nameBytes.length, true);
        local.setUint16(28, 0, true);
        const entry = new DataView(new ArrayBuffer(46));
        entry.setUint32(0, 0x02014b50, true);
        entry.setUint16(4, 20, true);
        entry.setUint16(6, 20, true);
        entry.setUint16(8, 0x0800, true);
        entry.setUint16(10, 0, true);
        entry.setUint16(12, when.time, true);
        entry.setUint16(14, when.date, true);
        entry.setUint32(16, crc, true);
        entry.setUint32(20, f.bytes.length, true);
        entry.setUint32(24, f.bytes.length, true);
        entry.setUint16(28, nameBytes.length, true);
        entry.setUint32(42, offset, true);
        parts.push(local, nameBytes, f.bytes);
        central.push(entry, nameBytes);
        offset += 30 + nameBytes.length + f.bytes.length;
      }
      const size = central.reduce((n, p) => n + p.byteLength, 0);
      const end = new DataView(new ArrayBuffer(22));
      end.setUint32(0, 0x06054b50, true);
      end.setUint16(8, files.length, true);
      end.setUint16(10, files.length, true);
      end.setUint32(12, size, true);
      end.setUint32(16, offset, true);
      return new Blob([...parts, ...central, end], { type: 'application/zip' });
    }
    return { make: make };
  })();

  document.addEventListener('DOMContentLoaded', () => {
    $('download-zip').addEventListener('click', downloadZip);
    document.addEventListener('medsec-folder', (event) => start(event.detail.items, event.detail.label));
    document.addEventListener('medsec-single', () => {
      run++; // a single workbook replaces the folder view
      results = [];
      $('folder').hidden = true;
    });
  });
})();
