/*
 * Cockpit configuration of this installation (Kompetisi Inovasi Pelayanan Publik).
 *
 * This file replaces the webjar's app/cockpit/scripts/config.js of Camunda 7.24, in which every setting is a commented
 * example: files under META-INF/resources/webjars/camunda/ of the application are served before the webjar's. Our
 * settings: the edition dashboard plugin and the scripts shared with Tasklist (customScripts); Bahasa Indonesia as the only language (locales/id.json, a
 * translation of the webjar's locales/en.json, with Indonesian dates; CockpitLocaleTest fails the build when a Camunda upgrade adds labels). The commented examples
 * below are Camunda's, kept for reference (Copyright Camunda Services GmbH, Apache License 2.0).
 */

export default {
  // Cockpit plugins of this installation (paths relative to app/cockpit/, without ".js"):
  customScripts: [
    // dates in the competition's time zone (kipp.time-zone), named in the footer
    '../kipp/time-zone',
    // <html lang="id">; AngularJS's month and day names in Bahasa Indonesia
    '../kipp/bahasa',
    // the header names a user without first and last name by the user id (not "null null"), as in Tasklist
    '../kipp/user-name',
    // the edition dashboard ("Edisi Kompetisi" in the header, the editions on the start page) and the tab "Inovasi"
    // of an entry's process instance; data from the application's /api/dashboard
    '../kipp/dashboard'
  ],

  // Bahasa Indonesia only: the language menu offers nothing else, and a browser set to another language gets it too.
  locales: {
    availableLocales: ['id'],
    fallbackLocale: 'id'
  }

  // Dates: Cockpit 7.24 does not read a dateFormat setting here (unlike Tasklist, camunda-cockpit-ui.js sets its own
  // formats). Its long, short and abbreviated dates follow the longDateFormat of locales/id.json
  // ("Selasa, 1 Oktober 2019 pukul 09.20", "1 Oktober 2019", "1 Okt 2019 pukul 09.20"); dates in tables stay
  // language-neutral ISO 8601 ("2019-10-01T09:20:00"), in the browser's time zone.

  // // change the app name and vendor
  // app: {
  //   name: 'Operations',
  //   vendor: 'Company'
  // },
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `cockpit` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // historicActivityInstanceMetrics: {
  //   adjustablePeriod: true,
  //   //select from the default time period: day, week, month, complete
  //   period: {
  //     unit: 'week'
  //   }
  // },
  // runtimeActivityInstanceMetrics: {
  //   display: true
  // },
  // skipCustomListeners: {
  //   default: true,
  //   hidden: false
  // },
  // skipIoMappings: {
  //   default: true,
  //   hidden: false
  // },
  // cascade: {
  //   default: false
  // },
  // 'batchOperation' : {
  //   // select mode of query for process instances or decision instances
  //   // possible values: filter, search
  //   'mode': 'filter',
  //
  //   // select if Historic Batches should be loaded automatically when navigating to #/batch
  //   'autoLoadEnded': true
  // },
  // bpmnJs: {
  //   moddleExtensions: {
  //     // if you have a folder called 'my-custom-moddle' (in the 'cockpit' folder)
  //     // with a file called 'camunda.json' in it defining the 'camunda' moddle extension
  //     camunda: 'my-custom-moddle/camunda'
  //   },
  //   additionalModules: [
  //     // if you have a folder called 'my-custom-module' (in the 'cockpit' folder)
  //     // with a file called 'module.js' in it
  //     'my-custom-module/module'
  //   ],
  // },
  // defaultFilter: {
  //   historicProcessDefinitionInstancesSearch: {
  //     lastDays: 5,
  //     event: 'started'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 5000,
  // previewHtml: true
};
