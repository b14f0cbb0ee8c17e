// medsec-forms bridge web page: the 「読み取り結果」 map (issue 16, item 6). For the workbook chosen on the page, asks
// POST /api/v1/read?explain=true and shows every value read with the sheet!cell it came from and how it was found,
// then the text the reader did not place. Plain JavaScript, same origin, independent of app.js (it listens to the
// same file input and drop zone).
'use strict';

(() => {
  const XLSM = 'application/vnd.ms-excel.sheet.macroEnabled.12';
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const $ = (id) => document.getElementById(id);

  let current = null; // the workbook chosen last: a File
  let asked = 0; // the latest request: an older answer arriving late is dropped

  function contentType(file) {
    const name = file.name.toLowerCase();
    if (name.endsWith('.xlsm')) {
      return XLSM;
    }
    return name.endsWith('.xlsx') ? XLSX : 'application/octet-stream';
  }

  function headers() {
    const h = { 'Content-Type': contentType(current) };
    const token = $('token') ? $('token').value.trim() : '';
    if (token) {
      h['X-MedSec-Token'] = token;
    }
    return h;
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) {
      td.className = className;
    }
  }

  function location(sheet, a1) {
    return a1 ? `${sheet}!${a1}` : sheet;
  }

  function show(read) {
    const section = $('readmap');
    $('readmap-file').textContent = `${read.file}（${read.title}）`;
    const placed = $('readmap-placed').tBodies[0];
    placed.replaceChildren();
    for (const p of read.placements) {
      const row = placed.insertRow();
      row.dataset.path = p.path;
      row.dataset.location = location(p.sheet, p.cell);
      cell(row, p.label, 'label');
      cell(row, p.value, 'value');
      cell(row, location(p.sheet, p.cell), 'location');
      cell(row, p.how, 'how');
    }
    $('readmap-count').textContent = read.placements.length;
    const unread = $('readmap-unread').tBodies[0];
    unread.replaceChildren();
    for (const u of read.unread) {
      const row = unread.insertRow();
      row.dataset.location = location(u.sheet, u.cell);
      cell(row, location(u.sheet, u.cell), 'location');
      cell(row, u.text, 'text');
    }
    $('readmap-unread-count').textContent = read.unread.length;
    $('readmap-unread').hidden = read.unread.length === 0;
    $('readmap-none').hidden = read.unread.length !== 0;
    section.hidden = false;
  }

  async function explain(file) {
    current = file;
    const mine = ++asked;
    const params = new URLSearchParams({ explain: 'true', lang: 'ja', filename: file.name });
    if ($('form') && $('form').value) {
      params.set('form', $('form').value);
    }
    try {
      const profile = $('profile') && $('profile').files.length > 0 ? $('profile').files[0] : null;
      let request = { method: 'POST', headers: headers(), body: file };
      if (profile) {
        // the workbook and the layout profile as two parts of one form (the browser sets the Content-Type)
        const body = new FormData();
        body.append('file', file, file.name);
        body.append('profile', profile, profile.name);
        const h = headers();
        delete h['Content-Type'];
        request = { method: 'POST', headers: h, body: body };
      }
      const response = await fetch('/api/v1/read?' + params.toString(), request);
      if (mine !== asked) {
        return;
      }
      if (!response.ok) {
        // the reason is shown by the validation above (the same read): the map just stays hidden
        $('readmap').hidden = true;
        return;
      }
      const read = await response.json();
      if (mine === asked) {
        show(read);
      }
    } catch (e) {
      if (mine === asked) {
        $('readmap').hidden = true;
      }
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    // app.js says what was chosen: one workbook alone gets its map, several (the folder view) none
    document.addEventListener('medsec-single', (event) => {
      if (/\.(pdf|tiff?|png|jpe?g)$/i.test(event.detail.name)) {
        current = null; // a FAX or scan is read from its QR codes: there are no cells to map
        asked++;
        $('readmap').hidden = true;
        return;
      }
      explain(event.detail);
    });
    document.addEventListener('medsec-folder', () => {
      current = null;
      asked++;
      $('readmap').hidden = true;
    });
    ['form', 'profile'].forEach((id) => $(id) && $(id).addEventListener('change', () => {
      if (current) {
        explain(current);
      }
    }));
  });
})();
