/*
 * Camunda Tasklist as this installation shows it (replaces the webjar's scripts/config.js; see
 * docs/webapps-bahasa.md). Options: https://docs.camunda.org/manual/latest/webapps/tasklist/configuration/
 */
export default {
  // Bahasa Indonesia only (locales/id.json), whatever language the browser asks for
  locales: {
    availableLocales: ['id'],
    fallbackLocale: 'id'
  },

  // Dates in the Indonesian formats of locales/id.json ("dateLocales"), the same as in Admin and Welcome:
  // normal "1 Oktober 2019 pukul 09.20", long "Selasa, 1 Oktober 2019 pukul 09.20", short "1 Oktober 2019",
  // abbr "1 Okt 2019 pukul 09.20". The time zone they are shown in is set by ../kipp/time-zone.js.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll',
    normal: 'LLL',
    long: 'LLLL',
    short: 'LL'
  },

  // Loaded from app/ (paths relative to app/tasklist/). Each script in its own file; add new ones to the list.
  customScripts: [
    // dates in the competition's time zone (kipp.time-zone), named in the footer
    '../kipp/time-zone',
    // <html lang="id">; form and date-picker texts of the bundled form renderer in Bahasa Indonesia
    '../kipp/bahasa',
    // the header names a user without first and last name by the user id (not "null null")
    '../kipp/user-name',
    // the number of tasks next to every filter, not only the open one
    '../kipp/filter-counts',
    // a group task opened by a member of its group is claimed for them: no separate "Klaim" step
    '../kipp/group-tasks',
    // the server's refusal next to the button pressed and at the fields it names; what is missing, near the button
    '../kipp/refusals',
    // "Selesaikan" stays usable on forms with a dynamic list once its rows are filled (form-js's emptied errors)
    '../kipp/dynamic-lists',
    // a select's chosen option cut with "…" (user-styles.css) has the whole label as its tooltip
    '../kipp/select-titles',
    // jurors, participants and the Pimpinan: no follow-up, due date, group or assignee editing (the guard refuses it)
    '../kipp/task-tools'
  ],

  // no "Welcome to Camunda" box pointing to Camunda's welcome page (this installation has none)
  disableWelcomeMessage: true,

  // Camunda's default keys, described in Bahasa Indonesia (Tasklist → "Pintasan papan ketik")
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Mengklaim tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Memindahkan fokus ke filter pertama dalam daftar'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Memindahkan fokus ke tugas pertama dalam daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Memindahkan fokus ke kolom isian pertama pada formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Membuka dialog untuk memulai proses'
    }
  }
};
