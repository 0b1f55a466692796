/*
 * Bahasa Indonesia where the webapps' locale files (locales/id.json) do not reach:
 *
 * - <html lang="en"> of the webapps' index.html becomes lang="id" (screen readers, the browser's spelling and
 *   translation offers);
 * - AngularJS's locale ($locale, English in the webapps' bundle) becomes Indonesian: the date pickers of Tasklist
 *   (due and follow-up dates, filters) and Admin show "Desember 2026", "Min Sen Sel …", and Angular's number filter
 *   writes 1.234,5;
 * - the texts of the form renderer bundled with Camunda 7.24 (form-js: "Field is required.", "Select", "Search",
 *   "Add new", …) and of its date picker (flatpickr: month and day names) are written in English in the library and
 *   have no translation hook. They are replaced in the page as they appear, inside form-js forms only
 *   (.fjs-container), by exact text or by pattern; anything not listed stays as it is.
 *
 * Strings this cannot reach (browser controls, server messages) are listed in docs/webapps-bahasa.md.
 * Registered in scripts/config.js of Tasklist, Admin and Welcome as '../kipp/bahasa'.
 */
document.documentElement.lang = 'id';

const ANGULAR_INDONESIAN = {
  DATETIME_FORMATS: {
    MONTH: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
      'November', 'Desember'],
    STANDALONEMONTH: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
      'Oktober', 'November', 'Desember'],
    SHORTMONTH: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    DAY: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
    SHORTDAY: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
    ERANAMES: ['Sebelum Masehi', 'Masehi'],
    ERAS: ['SM', 'M'],
    // the week starts on Sunday (Minggu), as in Indonesian calendars
    FIRSTDAYOFWEEK: 6,
    WEEKENDRANGE: [5, 6],
    fullDate: 'EEEE, d MMMM y',
    longDate: 'd MMMM y',
    medium: 'd MMM y HH.mm.ss',
    mediumDate: 'd MMM y',
    mediumTime: 'HH.mm.ss',
    short: 'dd/MM/yy HH.mm',
    shortDate: 'dd/MM/yy',
    shortTime: 'HH.mm'
  },
  NUMBER_FORMATS: {
    DECIMAL_SEP: ',',
    GROUP_SEP: '.'
  }
};

const angular = window.angular;
const appName = document.querySelector('base') && document.querySelector('base').getAttribute('app-name');
if (angular && appName) {
  angular.module(`cam.${appName}.custom`).run(['$locale', function($locale) {
    Object.assign($locale.DATETIME_FORMATS, ANGULAR_INDONESIAN.DATETIME_FORMATS);
    Object.assign($locale.NUMBER_FORMATS, ANGULAR_INDONESIAN.NUMBER_FORMATS);
    $locale.id = 'id';
  }]);
}

const TEXTS = new Map([
  // form-js validation (messages under a field)
  ['Field is required.', 'Wajib diisi.'],
  ['Field must be a valid email.', 'Isian harus berupa alamat email yang valid.'],
  ['Field must be a valid  international phone number. (e.g. +4930664040900)',
    'Isian harus berupa nomor telepon internasional yang valid (misalnya +6281234567890).'],
  ['Date and time must both be entered.', 'Tanggal dan waktu harus diisi keduanya.'],
  ['Should be a valid number', 'Isian harus berupa angka yang valid.'],
  ['Should be a valid number.', 'Isian harus berupa angka yang valid.'],
  ['Value is not a number.', 'Nilai bukan angka.'],
  ['Invalid date', 'Tanggal tidak valid'],
  // form-js controls
  ['Select', 'Pilih'],
  ['Search', 'Cari'],
  ['No results', 'Tidak ada hasil'],
  ['All values selected', 'Semua pilihan sudah dipilih'],
  ['Remove tag', 'Hapus pilihan'],
  ['Add new', 'Tambah'],
  ['Collapse', 'Ringkas'],
  ['Delete item', 'Hapus butir'],
  ['Toggle list item', 'Buka/tutup butir'],
  ['Nothing to show.', 'Tidak ada data.'],
  ['Previous page', 'Halaman sebelumnya'],
  ['Next page', 'Halaman berikutnya'],
  ['Click to remove sorting', 'Klik untuk menghapus pengurutan'],
  ['Increment', 'Tambah satu'],
  ['Decrement', 'Kurangi satu'],
  ['Date', 'Tanggal'],
  ['Time', 'Waktu'],
  ['Download', 'Unduh'],
  ['Open in fullscreen', 'Buka layar penuh'],
  ['Submit', 'Kirim'],
  ['Reset', 'Atur ulang']
]);

const PATTERNS = [
  [/^Field must have minimum value of (.+)\.$/, 'Nilai paling kecil $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Nilai paling besar $1.'],
  [/^Field must have minimum length of (.+)\.$/, 'Paling sedikit $1 karakter.'],
  [/^Field must have maximum length of (.+)\.$/, 'Paling banyak $1 karakter.'],
  [/^Field must match pattern (.+)\.$/, 'Isian harus sesuai pola $1.'],
  [/^Should not contain more than (\d+) decimal digits\.?$/, 'Paling banyak $1 angka di belakang koma.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    'Pilih nilai yang valid; dua nilai valid terdekat adalah $1 dan $2.'],
  [/^Should be at least (.+)\.$/, 'Paling kecil $1.'],
  [/^Should be at most (.+)\.$/, 'Paling besar $1.'],
  [/^Expand all \((\d+)\)$/, 'Tampilkan semua ($1)'],
  [/^Remove list item (\d+)$/, 'Hapus butir $1'],
  [/^List contains (\d+) items?$/, 'Daftar berisi $1 butir'],
  [/^Click to sort by (.+) ascending$/, 'Klik untuk mengurutkan menurut $1 (naik)'],
  [/^Click to sort by (.+) descending$/, 'Klik untuk mengurutkan menurut $1 (turun)']
];

// flatpickr (the date picker of form-js date fields)
const CALENDAR = new Map([
  ['January', 'Januari'], ['February', 'Februari'], ['March', 'Maret'], ['April', 'April'], ['May', 'Mei'],
  ['June', 'Juni'], ['July', 'Juli'], ['August', 'Agustus'], ['September', 'September'],
  ['October', 'Oktober'], ['November', 'November'], ['December', 'Desember'],
  ['Sun', 'Min'], ['Mon', 'Sen'], ['Tue', 'Sel'], ['Wed', 'Rab'], ['Thu', 'Kam'], ['Fri', 'Jum'], ['Sat', 'Sab']
]);

const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

function translated(text, calendar) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  let result = (calendar && CALENDAR.get(trimmed)) || TEXTS.get(trimmed);
  if (result === undefined) {
    for (const [pattern, replacement] of PATTERNS) {
      if (pattern.test(trimmed)) {
        result = trimmed.replace(pattern, replacement);
        break;
      }
    }
  }
  return result === undefined ? null : text.replace(trimmed, result);
}

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element && element.closest('.fjs-container') ? element : null;
}

function translateText(node) {
  const element = inForm(node);
  if (!element || element.closest('input, textarea, [contenteditable]')) {
    return;
  }
  const result = translated(node.data, !!element.closest('.flatpickr-calendar'));
  if (result !== null && result !== node.data) {
    node.data = result;
  }
}

function translateAttributes(element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) {
      const result = translated(value, false);
      if (result !== null && result !== value) {
        element.setAttribute(name, result);
      }
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE || !inForm(root)) {
    if (root.nodeType === Node.ELEMENT_NODE && root.querySelector('.fjs-container')) {
      root.querySelectorAll('.fjs-container').forEach(translateTree);
    }
    return;
  }
  translateAttributes(root);
  root.querySelectorAll('[placeholder], [aria-label], [title]').forEach(translateAttributes);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateText(node);
  }
}

new MutationObserver(mutations => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(translateTree);
    } else if (mutation.type === 'characterData') {
      translateText(mutation.target);
    } else if (mutation.type === 'attributes' && inForm(mutation.target)) {
      translateAttributes(mutation.target);
    }
  }
}).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
});
