/*
 * Tasklist: jurors, participants and the Pimpinan see only the task tools the server lets them use. The engine guard
 * (identity.guard, EngineGuardPlugin.STAFF_GROUPS) refuses every change of a task but claiming, completing and
 * commenting to anyone outside the secretariat and the administrators, so for them Tasklist's follow-up date
 * ("Atur tindak lanjut"), due date editing, "Tambah grup"/group editing, setting another assignee and resetting the
 * assignee are hidden or shown read-only, and so is "Buat tugas" in the header (user-styles.css, class kipp-task-worker on <html>). The due date and the
 * groups stay readable. On a task assigned directly (no candidate group: a juror's scoring task) the × that gives the
 * task back is hidden too: the guard refuses it. The server decides as always; this only keeps refused buttons off the
 * screen. Registered in tasklist/scripts/config.js as '../kipp/task-tools'.
 */
const base = document.querySelector('base');
const engineApi = base && base.getAttribute('engine-api');
const adminApi = base && base.getAttribute('admin-api');
const engine = (window.location.pathname.match(/\/app\/tasklist\/([^/]+)\//) || [])[1] || 'default';
// the guard's staff groups (EngineGuardPlugin.STAFF_GROUPS) and Camunda's administrators
const STAFF_GROUPS = ['sekretariat', 'camunda-admin'];
const WORKER = 'kipp-task-worker';
const READ_ONLY_FIELDS = '.task-details .followup-date, .task-details .due-date, '
  + '.task-details li.assignee [cam-widget-inline-field]';

async function json(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(`${response.status} ${url}`);
  }
  return response.json();
}

let checked = false;
let asking = false;

/** Once per login: is the user outside the secretariat and the administrators? */
async function markRole() {
  if (checked || asking) {
    return;
  }
  asking = true;
  try {
    const user = await json(`${adminApi}auth/user/${engine}`);
    if (!user || !user.userId) {
      return;
    }
    const answer = await json(`${engineApi}engine/${engine}/identity/groups?userId=${encodeURIComponent(user.userId)}`);
    const staff = (answer.groups || []).some(group => STAFF_GROUPS.includes(group.id));
    document.documentElement.classList.toggle(WORKER, !staff);
    checked = true;
    tidy();
  } catch (e) {
    // not logged in (yet): asked again on the next change of the page
  } finally {
    asking = false;
  }
}

/** Inline editors out of the keyboard's reach; empty due dates and groups hidden; direct tasks marked. */
function tidy() {
  // the header's "Buat tugas" (a standalone task: the guard lets only the staff create one), hidden by the class below
  document.querySelectorAll('a[ng-click="open()"] > .glyphicon-paperclip').forEach(icon => {
    const item = icon.closest('li') || icon.closest('a');
    item.classList.add('kipp-create-task');
  });
  if (!document.documentElement.classList.contains(WORKER)) {
    return;
  }
  document.querySelectorAll(READ_ONLY_FIELDS).forEach(field => {
    if (field.getAttribute('tabindex') !== '-1') {
      field.setAttribute('tabindex', '-1');
      field.setAttribute('aria-readonly', 'true');
    }
  });
  document.querySelectorAll('.task-details .due-date').forEach(due => {
    const item = due.closest('li');
    if (item) {
      item.classList.toggle('kipp-hidden', !!due.querySelector('[translate=SET_DUE_DATE]'));
    }
  });
  document.querySelectorAll('.task-details ul.actors').forEach(actors => {
    const groups = actors.querySelector('li.groups');
    const none = !groups || !!groups.querySelector('[translate=ADD_GROUPS]');
    if (groups) {
      groups.classList.toggle('kipp-hidden', none);
    }
    actors.classList.toggle('kipp-direct-task', none);
  });
}

let scheduled = false;
new MutationObserver(() => {
  if (scheduled) {
    return;
  }
  scheduled = true;
  window.requestAnimationFrame(() => {
    scheduled = false;
    if (!document.querySelector('.form-signin')) {
      markRole();
    } else {
      checked = false;
      document.documentElement.classList.remove(WORKER);
    }
    tidy();
  });
}).observe(document.documentElement, {childList: true, subtree: true});
