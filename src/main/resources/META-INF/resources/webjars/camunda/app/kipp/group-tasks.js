/*
 * Tasklist: a group task is worked without a separate "Klaim" step. In Camunda 7.24 the form of an unclaimed task is
 * read-only and "Selesaikan" disabled until the user presses "Klaim". Here, when a user opens an unclaimed task of one
 * of their groups (a candidate group of the task: the secretariat's and the Pimpinan's tasks), Tasklist's own "Klaim"
 * is pressed for them: the task is theirs, the form opens for input, and a line under the assignee says so and how to
 * give the task back (the × next to their name). Tasks of other groups, and tasks already claimed by a colleague, are
 * left as they are. The engine decides as always (the claim is Tasklist's request; the guard allows candidates to
 * claim). Registered in tasklist/scripts/config.js as '../kipp/group-tasks'.
 */
const base = document.querySelector('base');
const engineApi = base && base.getAttribute('engine-api');
const adminApi = base && base.getAttribute('admin-api');
const engine = (window.location.pathname.match(/\/app\/tasklist\/([^/]+)\//) || [])[1] || 'default';
const NOTE = 'Tugas ini diambil otomatis untuk Anda saat dibuka, sehingga dapat langsung diisi dan diselesaikan. '
  + 'Bukan Anda yang mengerjakan? Tekan × di samping nama Anda untuk mengembalikannya ke grup.';

const handled = new Set();
let groupsOfUser = null;

async function json(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(`${response.status} ${url}`);
  }
  return response.json();
}

async function userGroups() {
  if (!groupsOfUser) {
    const user = await json(`${adminApi}auth/user/${engine}`);
    const answer = await json(`${engineApi}engine/${engine}/identity/groups?userId=${encodeURIComponent(user.userId)}`);
    groupsOfUser = new Set((answer.groups || []).map(group => group.id));
  }
  return groupsOfUser;
}

function openTaskId() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

async function claimIfGroupTask(button) {
  const taskId = openTaskId();
  if (!taskId || handled.has(taskId)) {
    return;
  }
  handled.add(taskId);
  try {
    const [groups, links] = await Promise.all([userGroups(),
      json(`${engineApi}engine/${engine}/task/${encodeURIComponent(taskId)}/identity-links?type=candidate`)]);
    const candidate = links.some(link => link.groupId && groups.has(link.groupId));
    if (candidate && openTaskId() === taskId && button.isConnected && !button.disabled) {
      button.click();
      noteAfterClaim(taskId);
    }
  } catch (e) {
    handled.delete(taskId); // try again when the task is opened again
  }
}

function noteAfterClaim(taskId) {
  const started = Date.now();
  const timer = window.setInterval(() => {
    const assignee = document.querySelector('.task-details .assignee:not(.set-value)');
    if (openTaskId() !== taskId || Date.now() - started > 10000) {
      window.clearInterval(timer);
      return;
    }
    if (assignee && !document.querySelector('.kipp-claim-note')) {
      const note = document.createElement('p');
      note.className = 'kipp-claim-note text-muted';
      note.setAttribute('role', 'status');
      note.textContent = NOTE;
      note.dataset.task = taskId;
      const meta = assignee.closest('ul') || assignee;
      meta.parentNode.insertBefore(note, meta.nextSibling);
      window.clearInterval(timer);
    }
  }, 100);
}

new MutationObserver(() => {
  const button = document.querySelector('.task-details .assignee.set-value button.claim');
  if (button) {
    claimIfGroupTask(button);
  }
  const note = document.querySelector('.kipp-claim-note');
  if (note && !document.querySelector('.task-details .assignee:not(.set-value)')) {
    note.remove();
  }
}).observe(document.documentElement, {childList: true, subtree: true});

window.addEventListener('hashchange', () => {
  const note = document.querySelector('.kipp-claim-note');
  if (note && note.dataset.task !== openTaskId()) {
    note.remove();
  }
});
