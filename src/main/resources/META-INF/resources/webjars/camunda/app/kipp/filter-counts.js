/*
 * Tasklist: the number of tasks next to every filter, not only next to the one that is open (Camunda 7.24 counts the
 * open filter only, so "Tugas grup" showed no count until clicked).
 *
 * One request for all counts: GET <engine-api>engine/<engine>/filter?resourceType=Task&itemCount=true (the filters
 * the user may read, each with its itemCount). Asked again when the list of filters changes, when the open filter's
 * count changes (a task completed, claimed), and every 30 seconds. The counts are shown in the filter's own
 * "counter" element style, after its name. Registered in tasklist/scripts/config.js as '../kipp/filter-counts'.
 */
const base = document.querySelector('base');
const engineApi = base && base.getAttribute('engine-api');
const engine = (window.location.pathname.match(/\/app\/tasklist\/([^/]+)\//) || [])[1] || 'default';
const REFRESH_MS = 30000;

let counts = new Map();
let asking = false;

async function ask() {
  if (!engineApi || asking || !document.querySelector('.task-filters .task-filter')) {
    return;
  }
  asking = true;
  try {
    const response = await fetch(`${engineApi}engine/${engine}/filter?resourceType=Task&itemCount=true`, {
      credentials: 'same-origin', headers: {Accept: 'application/json'}
    });
    if (response.ok) {
      const filters = await response.json();
      counts = new Map(filters.map(filter => [filter.name, filter.itemCount]));
      show();
    }
  } catch (e) {
    // no counts this time (offline, logged out); Tasklist's own counter of the open filter stays
  } finally {
    asking = false;
  }
}

function nameOf(link) {
  const own = Array.from(link.childNodes).filter(node => node.nodeType === Node.TEXT_NODE)
    .map(node => node.data).join('').trim();
  return own;
}

function show() {
  document.querySelectorAll('.task-filters .task-filter h4.name a').forEach(link => {
    const count = counts.get(nameOf(link));
    let counter = link.querySelector('.kipp-filter-count');
    if (count === undefined) {
      if (counter) {
        counter.remove();
      }
      return;
    }
    if (!counter) {
      counter = document.createElement('span');
      counter.className = 'counter kipp-filter-count';
      link.appendChild(counter);
    }
    if (counter.textContent !== String(count)) {
      counter.textContent = String(count);
    }
  });
}

let lastOpenCount = null;
let lastFilters = '';
new MutationObserver(() => {
  const filters = Array.from(document.querySelectorAll('.task-filters .task-filter h4.name a')).map(nameOf).join('|');
  const open = document.querySelector('.task-filters .task-filter.active h4.name .counter:not(.kipp-filter-count)');
  const openCount = open ? open.textContent.trim() : null;
  if (filters !== lastFilters || openCount !== lastOpenCount) {
    lastFilters = filters;
    lastOpenCount = openCount;
    ask();
  } else {
    show();
  }
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

window.setInterval(ask, REFRESH_MS);
