/*
 * Dates in the Camunda webapps in the competition's time zone (kipp.time-zone, Asia/Jakarta by default) instead of
 * the browser's, and the footer naming that zone ("… zona waktu: WIB (Asia/Jakarta)").
 *
 * Why: the webapps format every date with moment.js in the browser's time zone, and the footer names the browser's
 * zone (Intl.DateTimeFormat().resolvedOptions().timeZone). A juror whose computer runs on UTC or WITA would see a
 * deadline of 23.59 WIB as 16.59 or 00.59 — unlike the e-mails and the portal, which say WIB.
 *
 * How: moment.js (the instance the webapp uses: Tasklist's AngularJS constant "moment", window.moment in Admin and
 * Cockpit) gets the hook moment-timezone uses, moment.updateOffset: every moment is shown at the zone's UTC offset
 * for its instant, and a date read without an offset ("2019-10-01T09:20:00", as the date pickers produce) is read
 * as a wall-clock time of the zone. The offset comes from the browser's Intl.DateTimeFormat with that zone. Where
 * the browser cannot (no Intl time zone support) or the webapp has no moment (Welcome), dates stay in the browser's
 * zone and the footer keeps naming the browser's zone: it always says which zone is shown.
 *
 * Registered in scripts/config.js of Tasklist, Admin and Welcome as '../kipp/time-zone' (Cockpit may use it the same
 * way). The zone comes from the application: GET <app-root>/app/kipp/time-zone.json.
 */
const base = document.querySelector('base');
const appRoot = base.getAttribute('app-root');
const appName = base.getAttribute('app-name');

const MARK = '_kippZone';

async function readZone() {
  const response = await fetch(`${appRoot}/app/kipp/time-zone.json`, {credentials: 'same-origin'});
  if (!response.ok) {
    throw new Error(`time zone: HTTP ${response.status}`);
  }
  return response.json();
}

/** Minutes east of UTC in the zone at an instant (ms since the epoch), from the browser's time zone data. */
function offsetFunction(zoneId) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zoneId, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric'
  });
  const cache = new Map();
  return function offset(epochMs) {
    // offsets change on whole quarter hours at most
    const bucket = Math.floor(epochMs / 900000);
    let minutes = cache.get(bucket);
    if (minutes === undefined) {
      const parts = {};
      for (const part of format.formatToParts(new Date(bucket * 900000))) {
        parts[part.type] = part.value;
      }
      const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
      minutes = Math.round((wall - bucket * 900000) / 60000);
      if (cache.size > 5000) {
        cache.clear();
      }
      cache.set(bucket, minutes);
    }
    return minutes;
  };
}

/** Shows every moment at the zone's offset; returns whether it could. */
function useZone(moment, zoneId) {
  if (!moment || !moment.fn || typeof moment.fn.utcOffset !== 'function' || moment[MARK]) {
    return !!(moment && moment[MARK]);
  }
  const offset = offsetFunction(zoneId);
  offset(Date.now()); // throws here, not later, when the browser does not know the zone

  // clones keep the mark (a clone of a converted moment must not be converted again)
  moment.momentProperties.push(MARK);
  // moment.utc(…) and .local() leave the zone, as with moment-timezone
  const utc = moment.fn.utc;
  const local = moment.fn.local;
  moment.fn.utc = function(keepLocalTime) {
    this[MARK] = null;
    return utc.call(this, keepLocalTime);
  };
  moment.fn.local = function(keepLocalTime) {
    this[MARK] = null;
    return local.call(this, keepLocalTime);
  };

  moment.updateOffset = function(m, keepTime) {
    if (!m.isValid()) {
      return;
    }
    if (m[MARK] === undefined) {
      const readWithoutOffset = m._a && m._tzm === undefined && m._f !== 'X' && m._f !== 'x' && !m._isUTC;
      if (readWithoutOffset) {
        // a wall-clock time of the zone: find the instant (twice, for a day on which the offset changes)
        const a = m._a;
        const wall = Date.UTC(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
        const guess = wall - offset(wall) * 60000;
        m._d = new Date(wall - offset(guess) * 60000);
      }
      m[MARK] = true;
    }
    if (m[MARK]) {
      m.utcOffset(offset(m.valueOf()), keepTime, true);
      m[MARK] = true;
    }
  };
  moment[MARK] = zoneId;
  return true;
}

function footerLabel(zone) {
  return zone.abbreviation && zone.abbreviation !== zone.zoneId
    ? `${zone.abbreviation} (${zone.zoneId})`
    : zone.zoneId;
}

try {
  const zone = await readZone();
  const angular = window.angular;
  const module = angular.module(`cam.${appName}.custom`);
  let shown = false;

  if (window.moment) {
    shown = useZone(window.moment, zone.zoneId);
  }
  // Tasklist: the AngularJS constant of angular-moment, before anything is rendered
  module.run(['$injector', function($injector) {
    if (!shown && $injector.has('moment')) {
      try {
        shown = useZone($injector.get('moment'), zone.zoneId);
      } catch (e) {
        console.warn('KIPP: dates stay in the browser\'s time zone:', e); // eslint-disable-line
      }
    }
  }]);
  // the footer names the zone the dates are shown in (the browser's where the zone could not be applied)
  module.config(['$provide', function($provide) {
    $provide.decorator('camWidgetFooterDirective', ['$delegate', function($delegate) {
      const directive = $delegate[0];
      const link = directive.link;
      directive.compile = function() {
        return function(scope) {
          if (typeof link === 'function') {
            link.apply(this, arguments);
          }
          if (shown || appName === 'welcome') {
            scope.timezoneName = footerLabel(zone);
          }
        };
      };
      return $delegate;
    }]);
  }]);
} catch (e) {
  console.warn('KIPP: dates stay in the browser\'s time zone:', e); // eslint-disable-line
}
