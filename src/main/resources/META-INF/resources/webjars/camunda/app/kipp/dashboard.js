/*
 * The edition dashboard in Cockpit (Kompetisi Inovasi Pelayanan Publik): a Cockpit 7.24 plugin module, plain
 * JavaScript without a build, registered in app/cockpit/scripts/config.js as '../kipp/dashboard'.
 *
 * - cockpit.navigation: "Edisi Kompetisi" in the header, leading to the page below;
 * - cockpit.route "/edisi": every edition (running or ended) with its stage and next deadline; for the chosen edition
 *   the funnel per group, the jurors' progress (overdue first), the incidents and the entries as a searchable, paged
 *   table; "#/edisi?inovasi=<key>" shows one entry (also an ended one, which Cockpit Community Edition cannot open);
 * - cockpit.dashboard: the editions on Cockpit's start page;
 * - cockpit.processInstance.runtime.tab (and .history.tab): the entry of the instance — title, agency, stage,
 *   documents and the audit trail.
 *
 * Data: the application's JSON API under <context>/api/dashboard (id.kipp.dashboard), read with the Cockpit session
 * (GET only; groups sekretariat and camunda-admin). Every text is set with textContent, never as HTML. Styles:
 * app/cockpit/styles/user-styles.css (classes kipp-*).
 */
const base = document.querySelector('base');
const appRoot = base.getAttribute('app-root'); // e.g. "/camunda" (the webapps' path under the context path)
const contextPath = appRoot.replace(/\/[^/]*$/, '');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const PAGE_SIZE = 25;

const FUNNEL = [
  ['registered', 'Terdaftar'], ['inScreening', 'Dalam seleksi'], ['inRevision', 'Perbaikan'], ['passed', 'Lolos'],
  ['rejected', 'Tidak lolos'], ['assigned', 'Ditugaskan'], ['scored', 'Dinilai'], ['flagged', 'Beda nilai'],
  ['finalists', 'Finalis'], ['presented', 'Presentasi'], ['winners', 'Pemenang']
];

/** Creates an element; attributes as an object, children as nodes or text (never parsed as HTML). */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach(child => {
    if (child !== null && child !== undefined) {
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

/** "2019-10-01T09:20:00+07:00" → "1 Okt 2019 09.20" (the wall-clock time of the competition's time zone). */
function moment(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso || '');
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]} ${m[4]}.${m[5]}` : '–';
}

function score(value) {
  return value === null || value === undefined ? '–' : value.toFixed(2).replace('.', ',');
}

async function api(path) {
  const response = await fetch(contextPath + '/api/dashboard' + path,
    {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    throw new Error((body && body.message) || `Data tidak dapat dimuat (HTTP ${response.status}).`);
  }
  return body;
}

function table(id, headers, rows, emptyText) {
  return el('div', {class: 'kipp-scroll'},
    el('table', {class: 'table table-condensed kipp-table', id},
      el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
      el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', {colspan: headers.length}, emptyText)))));
}

function failure(node, error) {
  node.replaceChildren(el('div', {class: 'alert alert-danger kipp-error'}, error.message));
}

function hashParameter(name) {
  const query = (window.location.hash.split('?')[1] || '');
  return new URLSearchParams(query).get(name);
}

// ---- editions --------------------------------------------------------------------------------------------------

function editionsTable(editions, linked) {
  return table('kipp-editions', ['Kode', 'Nama edisi', 'Status', 'Sedang menunggu', 'Tenggat berikutnya', 'Sisa hari'],
    editions.map(edition => el('tr', {'data-edition': edition.key},
      el('td', {}, linked ? el('a', {href: '#/edisi?edisi=' + encodeURIComponent(edition.key)}, edition.key)
        : edition.key),
      el('td', {}, edition.name),
      el('td', {}, edition.running ? 'Berjalan' : 'Selesai ' + moment(edition.endedAt)),
      el('td', {}, edition.stage),
      el('td', {}, edition.nextDeadline ? `${edition.nextDeadline}, ${moment(edition.nextDeadlineAt)}` : '–'),
      el('td', {class: 'kipp-number'}, edition.daysLeft === null ? '–' : String(edition.daysLeft)))),
    'Belum ada edisi.');
}

// ---- one edition -----------------------------------------------------------------------------------------------

function funnelTable(funnel) {
  return table('kipp-funnel', ['Kelompok'].concat(FUNNEL.map(f => f[1])),
    funnel.map(row => el('tr', {'data-group': row.group, class: row.group === 'Semua kelompok' ? 'kipp-total' : null},
      el('td', {}, row.group), FUNNEL.map(f => el('td', {class: 'kipp-number', 'data-count': f[0]},
        String(row[f[0]]))))), 'Belum ada inovasi.');
}

function jurorsTable(jurors) {
  return table('kipp-jurors', ['Juri', 'Nama', 'Ditugaskan', 'Sudah menilai', 'Tugas terbuka', 'Terlambat',
    'Konflik kepentingan', 'Presentasi dinilai'],
  jurors.map(j => el('tr', {'data-juror': j.juror, class: j.overdue > 0 ? 'kipp-late' : null},
    el('td', {}, j.juror), el('td', {}, j.name),
    [j.assigned, j.submitted, j.open, j.overdue, j.conflicts, j.presentationsSubmitted]
      .map((n, i) => el('td', {class: 'kipp-number', 'data-count': ['assigned', 'submitted', 'open', 'overdue',
        'conflicts', 'presentationsSubmitted'][i]}, String(n))))),
  'Belum ada juri pada edisi ini.');
}

function incidentsTable(incidents) {
  return table('kipp-incidents', ['Kunci', 'Proses', 'Aktivitas', 'Jenis', 'Pesan', 'Waktu', ''],
    incidents.map(i => el('tr', {},
      el('td', {}, i.businessKey), el('td', {}, i.process), el('td', {}, i.activityId), el('td', {}, i.type),
      el('td', {class: 'kipp-message'}, i.message), el('td', {}, moment(i.at)),
      el('td', {}, el('a', {href: contextPath + i.cockpitUrl}, 'Buka di Cockpit')))),
    'Tidak ada insiden terbuka.');
}

function entriesSection(key, detail) {
  const state = {q: '', group: '', stage: '', page: 1};
  const search = el('input', {type: 'search', class: 'form-control input-sm', id: 'kipp-entry-search',
    placeholder: 'Cari kunci, judul atau instansi'});
  const group = el('select', {class: 'form-control input-sm', id: 'kipp-entry-group'},
    el('option', {value: ''}, 'Semua kelompok'), detail.edition.groups.map(g => el('option', {value: g}, g)));
  const stage = el('select', {class: 'form-control input-sm', id: 'kipp-entry-stage'},
    el('option', {value: ''}, 'Semua tahap'), detail.stages.map(s => el('option', {value: s}, s)));
  const result = el('div', {id: 'kipp-entries-result'});
  const pager = el('div', {class: 'kipp-pager'});

  async function load() {
    const query = new URLSearchParams({q: state.q, group: state.group, stage: state.stage, page: state.page,
      size: PAGE_SIZE});
    try {
      const page = await api(`/editions/${encodeURIComponent(key)}/entries?${query}`);
      result.replaceChildren(table('kipp-entries', ['Kunci', 'Judul', 'Instansi', 'Kelompok', 'Tahap',
        'Menunggu', 'Sejak', 'Nilai proposal', ''],
      page.items.map(e => el('tr', {'data-entry': e.key},
        el('td', {class: 'kipp-key'}, e.key), el('td', {class: 'kipp-title'}, e.title), el('td', {}, e.agency),
        el('td', {}, e.group), el('td', {}, e.stage), el('td', {}, e.waitingOn || '–'), el('td', {}, moment(e.since)),
        el('td', {class: 'kipp-number'}, score(e.deskScore)),
        el('td', {class: 'kipp-links'},
          e.cockpitUrl ? el('a', {href: contextPath + e.cockpitUrl}, 'Cockpit') : null, ' ',
          el('a', {href: '#/edisi?inovasi=' + encodeURIComponent(e.key)}, 'Riwayat')))),
      'Tidak ada inovasi yang cocok.'));
      pager.replaceChildren(
        el('button', {type: 'button', class: 'btn btn-default btn-xs', disabled: page.page <= 1,
          id: 'kipp-page-previous'}, '‹ Sebelumnya'),
        el('span', {class: 'kipp-page'}, ` Halaman ${page.page} dari ${page.totalPages} (${page.total} inovasi) `),
        el('button', {type: 'button', class: 'btn btn-default btn-xs', disabled: page.page >= page.totalPages,
          id: 'kipp-page-next'}, 'Berikutnya ›'));
      pager.querySelector('#kipp-page-previous').onclick = () => { state.page = page.page - 1; load(); };
      pager.querySelector('#kipp-page-next').onclick = () => { state.page = page.page + 1; load(); };
    } catch (error) {
      failure(result, error);
    }
  }

  let typing = null;
  search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => { state.q = search.value; state.page = 1; load(); }, 300);
  });
  group.addEventListener('change', () => { state.group = group.value; state.page = 1; load(); });
  stage.addEventListener('change', () => { state.stage = stage.value; state.page = 1; load(); });
  load();
  return el('section', {class: 'kipp-section'}, el('h3', {}, 'Inovasi'),
    el('div', {class: 'kipp-filters'}, search, group, stage), result, pager);
}

async function showEdition(node, key) {
  node.replaceChildren(el('p', {}, 'Memuat edisi…'));
  try {
    const detail = await api('/editions/' + encodeURIComponent(key));
    const refresh = el('button', {type: 'button', class: 'btn btn-default btn-sm', id: 'kipp-refresh'}, 'Muat ulang');
    refresh.onclick = () => showEdition(node, key);
    node.replaceChildren(
      el('h2', {class: 'kipp-edition-title'}, `${detail.edition.name} (${detail.edition.key})`,
        ' ', refresh, el('small', {class: 'kipp-read-at'}, ' dibaca ' + moment(detail.readAt))),
      el('p', {}, 'Sedang menunggu: ', el('strong', {id: 'kipp-edition-stage'}, detail.edition.stage),
        detail.edition.nextDeadline ? ` · ${detail.edition.nextDeadline}: ${moment(detail.edition.nextDeadlineAt)}`
          + ` (${detail.edition.daysLeft} hari lagi)` : ''),
      el('section', {class: 'kipp-section'}, el('h3', {}, 'Corong per kelompok'), funnelTable(detail.funnel)),
      el('section', {class: 'kipp-section'}, el('h3', {}, 'Kemajuan juri (terlambat di atas)'),
        jurorsTable(detail.jurors)),
      el('section', {class: 'kipp-section'}, el('h3', {}, `Insiden (${detail.incidents.length})`),
        incidentsTable(detail.incidents)),
      entriesSection(key, detail));
  } catch (error) {
    failure(node, error);
  }
}

// ---- one entry (the process instance tab, and #/edisi?inovasi=…) ------------------------------------------------

function entryView(entry) {
  return el('div', {id: 'kipp-entry', 'data-entry': entry.entryKey},
    el('h3', {class: 'kipp-entry-title'}, `${entry.entryKey}: ${entry.title || ''}`),
    el('dl', {class: 'dl-horizontal kipp-facts'},
      el('dt', {}, 'Instansi'), el('dd', {id: 'kipp-entry-agency'}, entry.agency || '–'),
      entry.unit ? [el('dt', {}, 'Unit kerja'), el('dd', {}, entry.unit)] : null,
      el('dt', {}, 'Kelompok'), el('dd', {}, entry.group || '–'),
      el('dt', {}, 'Tahap'), el('dd', {id: 'kipp-entry-stage'}, `${entry.stage} sejak ${moment(entry.since)}`),
      el('dt', {}, 'Dokumen'), el('dd', {id: 'kipp-entry-documents'},
        entry.documents.length ? el('ul', {class: 'list-unstyled'}, entry.documents.map(d => el('li', {},
          el('a', {href: contextPath + d.url}, d.label), ` (${d.fileName || 'berkas'})`))) : 'Tidak ada dokumen.',
        entry.videoUrl ? el('div', {}, 'Video: ', el('a', {href: entry.videoUrl, target: '_blank',
          rel: 'noopener noreferrer'}, entry.videoUrl)) : null)),
    el('h4', {}, 'Riwayat tahap (jejak audit) ',
      el('a', {href: contextPath + entry.auditCsvUrl, class: 'kipp-csv'}, 'unduh CSV')),
    table('kipp-audit', ['Waktu', 'Oleh', 'Peristiwa', 'Rincian'], entry.events.map(e => el('tr', {},
      el('td', {class: 'kipp-nowrap'}, moment(e.at)), el('td', {}, e.who), el('td', {}, e.what),
      el('td', {}, e.detail || ''))), 'Belum ada peristiwa.'));
}

async function showEntry(node, path) {
  node.replaceChildren(el('p', {}, 'Memuat inovasi…'));
  try {
    node.replaceChildren(entryView(await api(path)));
  } catch (error) {
    failure(node, error);
  }
}

// ---- the page ----------------------------------------------------------------------------------------------------

async function page(node) {
  const root = el('div', {class: 'kipp-dashboard', id: 'kipp-dashboard'});
  node.appendChild(root);
  const entryKey = hashParameter('inovasi');
  if (entryKey) {
    const holder = el('div', {});
    root.replaceChildren(el('p', {}, el('a', {href: '#/edisi'}, '‹ Semua edisi')), holder);
    showEntry(holder, '/entries/' + encodeURIComponent(entryKey));
    return;
  }
  const list = el('div', {});
  const edition = el('div', {id: 'kipp-edition'});
  root.replaceChildren(el('h1', {}, 'Edisi Kompetisi'), list, edition);
  try {
    const editions = await api('/editions');
    list.replaceChildren(editionsTable(editions, true));
    const chosen = hashParameter('edisi') || (editions.find(e => e.running) || editions[0] || {}).key;
    if (chosen) {
      showEdition(edition, chosen);
    }
  } catch (error) {
    failure(list, error);
  }
}

async function dashboardPanel(node) {
  const holder = el('div', {class: 'kipp-dashboard', id: 'kipp-dashboard-panel'}, el('p', {}, 'Memuat edisi…'));
  node.appendChild(el('section', {class: 'kipp-section'}, el('h3', {}, 'Edisi kompetisi'), holder));
  try {
    holder.replaceChildren(editionsTable(await api('/editions'), true));
  } catch (error) {
    failure(holder, error);
  }
}

function instanceTab(node, {processInstanceId}) {
  const holder = el('div', {class: 'kipp-dashboard', id: 'kipp-entry-tab'});
  node.appendChild(holder);
  showEntry(holder, '/instances/' + encodeURIComponent(processInstanceId));
}

export default [
  {
    id: 'kipp.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    render: node => node.appendChild(el('a', {href: '#/edisi', id: 'kipp-navigation'}, 'Edisi Kompetisi')),
    properties: {path: '/edisi', checkActive: path => path.indexOf('#/edisi') > -1}
  },
  {
    id: 'kipp.editions',
    pluginPoint: 'cockpit.route',
    properties: {path: '/edisi'},
    render: node => { page(node); }
  },
  {
    id: 'kipp.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: node => { dashboardPanel(node); }
  },
  {
    id: 'kipp.entry.runtime',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 100,
    properties: {label: 'Inovasi'},
    render: instanceTab
  },
  {
    id: 'kipp.entry.history',
    pluginPoint: 'cockpit.processInstance.history.tab',
    priority: 100,
    properties: {label: 'Inovasi'},
    render: instanceTab
  }
];
