/*
 * Camunda Admin as this installation shows it (replaces the webjar's scripts/config.js; see
 * docs/webapps-bahasa.md). Options: https://docs.camunda.org/manual/latest/webapps/admin/configuration/
 */
export default {
  // Bahasa Indonesia only (locales/id.json), whatever language the browser asks for
  locales: {
    availableLocales: ['id'],
    fallbackLocale: 'id'
  },

  // Admin has no "dateFormat" option: it shows dates in the long formats of locales/id.json ("dateLocales"),
  // e.g. "1 Oktober 2019 pukul 09.20", the same as Tasklist.

  // Loaded from app/ (paths relative to app/admin/)
  customScripts: [
    // dates in the competition's time zone (kipp.time-zone), named in the footer
    '../kipp/time-zone',
    // <html lang="id">
    '../kipp/bahasa',
    // the header names a user without first and last name by the user id (not "null null")
    '../kipp/user-name'
  ],

  // no "Welcome to Camunda" box pointing to Camunda's welcome page (this installation has none)
  disableWelcomeMessage: true
};
