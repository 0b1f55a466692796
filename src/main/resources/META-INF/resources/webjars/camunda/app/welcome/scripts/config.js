/*
 * Camunda Welcome as this installation shows it (replaces the webjar's scripts/config.js; see
 * docs/webapps-bahasa.md). Options: https://docs.camunda.org/manual/latest/webapps/welcome/
 */
export default {
  // Bahasa Indonesia only (locales/id.json), whatever language the browser asks for
  locales: {
    availableLocales: ['id'],
    fallbackLocale: 'id'
  },

  // Welcome shows no dates of its own; its footer names the time zone Tasklist and Admin show dates in.

  // Loaded from app/ (paths relative to app/welcome/)
  customScripts: [
    // the footer names the competition's time zone (kipp.time-zone)
    '../kipp/time-zone',
    // <html lang="id">
    '../kipp/bahasa',
    // the header names a user without first and last name by the user id (not "null null")
    '../kipp/user-name'
  ],

  // no "Welcome to Camunda" box pointing to Camunda's welcome page (this installation has none)
  disableWelcomeMessage: true
};
