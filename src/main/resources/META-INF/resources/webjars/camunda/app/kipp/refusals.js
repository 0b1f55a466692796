/*
 * Tasklist: a refusal is shown where the eye is, not in a toast at the top of the page.
 *
 * - When the server refuses a form (completing a task, starting a process, claiming: HTTP 4xx/5xx with the Bahasa
 *   "message" and, for a rule violation, the list "problems" that EngineApiErrorFilter writes), the message is shown
 *   next to the button that was pressed ("Selesaikan", "Mulai"), in a box read out by screen readers (role=alert),
 *   one line per problem. Tasklist's own toast for it ("Terjadi kesalahan saat mengirim formulir tugas : …") is not
 *   shown.
 * - A problem that names a field of the form (its label in quotes, or starting with it, as the server's messages do)
 *   is also shown under that field.
 * - Next to the submit button, a short summary says which required fields are still empty or invalid (the embedded
 *   registration form keeps "Mulai" disabled until they are filled; on a long form that reason sits far above).
 *
 * Registered in tasklist/scripts/config.js as '../kipp/refusals'. The English-free message comes from the server;
 * this script adds no text of Camunda's.
 */
const SUBMISSIONS = /\/(task\/[^/]+\/(submit-form|complete|resolve|claim)|process-definition\/(key\/[^/]+\/)?[^/]+\/(submit-form|start))(\?|$)/;
const RECENT_MS = 10000;
const SUMMARY_MAX = 6;

let pressed = null;
let lastRefusal = null;

document.addEventListener('click', event => {
  const button = event.target.closest && event.target.closest('button, input[type=submit]');
  if (button) {
    pressed = button;
    if (button.matches('.btn-primary, [type=submit], .claim')) {
      clearRefusals();
    }
  }
}, true);

// ---- the server's answer ------------------------------------------------------------------------------------------

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function(method, url) {
  this.kippSubmission = method && method.toUpperCase() === 'POST' && SUBMISSIONS.test(String(url));
  return open.apply(this, arguments);
};
XMLHttpRequest.prototype.send = function() {
  if (this.kippSubmission) {
    const button = pressed;
    this.addEventListener('readystatechange', () => {
      if (this.readyState === 4 && this.status >= 400) {
        refused(this.responseText, button);
      }
    });
  }
  return send.apply(this, arguments);
};

function refused(body, button) {
  let answer = {};
  try {
    answer = JSON.parse(body) || {};
  } catch (e) {
    return; // not the engine API's answer: Tasklist shows what it shows
  }
  const message = String(answer.message || '').trim();
  if (!message) {
    return;
  }
  const problems = Array.isArray(answer.problems) && answer.problems.length ? answer.problems.map(String) : [message];
  lastRefusal = {message, problems, at: Date.now()};
  showNextTo(button, problems);
  showAtFields(problems);
}

// ---- Tasklist's toast for the same refusal is not shown ---------------------------------------------------------

const angular = window.angular;
if (angular) {
  angular.module('cam.tasklist.custom').run(['Notifications', function(notifications) {
    const addError = notifications.addError;
    notifications.addError = function(notification) {
      const text = notification && String(notification.message || '');
      if (lastRefusal && Date.now() - lastRefusal.at < RECENT_MS && text && text.includes(lastRefusal.message)) {
        return undefined;
      }
      return addError.apply(this, arguments);
    };
  }]);
}

// ---- next to the button, at the fields ----------------------------------------------------------------------------

function clearRefusals() {
  document.querySelectorAll('.kipp-refusal, .kipp-field-refusal').forEach(element => element.remove());
  document.querySelectorAll('.kipp-refused-field').forEach(element => element.classList.remove('kipp-refused-field'));
}

function submitButton() {
  const candidates = Array.from(document.querySelectorAll(
    '.modal-footer .btn-primary, .task-details button.btn-primary[type=submit]'));
  return candidates.find(button => button.offsetParent !== null) || null;
}

function showNextTo(button, problems) {
  const target = button && button.isConnected && button.offsetParent !== null ? button : submitButton();
  clearRefusals();
  const box = document.createElement('div');
  box.className = 'kipp-refusal alert alert-danger';
  box.setAttribute('role', 'alert');
  if (problems.length === 1) {
    box.textContent = problems[0];
  } else {
    const list = document.createElement('ul');
    problems.forEach(problem => {
      const item = document.createElement('li');
      item.textContent = problem;
      list.appendChild(item);
    });
    box.appendChild(list);
  }
  if (target) {
    const row = target.parentElement;
    row.insertBefore(box, row.firstChild);
  } else {
    (document.querySelector('.task-details, .modal-body') || document.body).appendChild(box);
  }
  box.scrollIntoView({block: 'center'});
}

function labelText(text) {
  return String(text || '').replace(/\*/g, '').replace(/\((opsional|PDF|wajib)\)/gi, '').replace(/\s+/g, ' ').trim();
}

/** Each field of the open form: its label and the element under which a message belongs. */
function fields() {
  const found = [];
  document.querySelectorAll('.fjs-container .fjs-form-field').forEach(field => {
    const label = field.querySelector('.fjs-form-field-label, label');
    if (label) {
      found.push({label: labelText(label.textContent), field});
    }
  });
  document.querySelectorAll('form[name] .form-group, form[name] .checkbox').forEach(field => {
    const label = field.querySelector('label');
    if (label && !field.closest('.fjs-container')) {
      found.push({label: labelText(label.textContent), field});
    }
  });
  return found.filter(entry => entry.label.length > 2);
}

function names(problem, label) {
  const text = problem.toLowerCase();
  const wanted = label.toLowerCase();
  return text.includes(`"${wanted}"`) || text.startsWith(wanted + ' ') || text.startsWith(wanted + ':');
}

function showAtFields(problems) {
  const all = fields();
  problems.forEach(problem => {
    const match = all.find(entry => names(problem, entry.label));
    if (match) {
      match.field.classList.add('kipp-refused-field');
      const note = document.createElement('div');
      note.className = 'kipp-field-refusal';
      note.textContent = problem;
      match.field.appendChild(note);
    }
  });
}

// ---- what is still missing, next to the submit button -------------------------------------------------------------

function missing() {
  const labels = [];
  const add = label => {
    if (label && !labels.includes(label)) {
      labels.push(label);
    }
  };
  document.querySelectorAll('form[name] .ng-invalid[cam-variable-name], form[name] .ng-invalid[name]').forEach(input => {
    if (input.closest('.fjs-container') || input.tagName === 'FORM') {
      return;
    }
    const label = (input.id && document.querySelector(`label[for="${input.id}"]`))
      || (input.closest('.form-group, .checkbox, label') || {}).querySelector?.('label')
      || input.closest('label');
    add(labelText(label ? label.textContent : input.getAttribute('name')));
  });
  document.querySelectorAll('.fjs-container .fjs-form-field.fjs-has-errors').forEach(field => {
    const label = field.querySelector('.fjs-form-field-label, label');
    add(labelText(label ? label.textContent : ''));
  });
  return labels;
}

function summarise() {
  const button = submitButton();
  let summary = document.querySelector('.kipp-missing');
  const labels = button ? missing() : [];
  if (!labels.length) {
    if (summary) {
      summary.remove();
    }
    return;
  }
  const shown = labels.slice(0, SUMMARY_MAX).join(', ')
    + (labels.length > SUMMARY_MAX ? `, dan ${labels.length - SUMMARY_MAX} isian lainnya` : '');
  const text = `Belum lengkap atau belum sesuai (${labels.length}): ${shown}.`;
  if (!summary) {
    summary = document.createElement('div');
    summary.className = 'kipp-missing';
    summary.setAttribute('role', 'status');
  }
  if (summary.parentElement !== button.parentElement) {
    button.parentElement.insertBefore(summary, button.parentElement.firstChild);
  }
  if (summary.textContent !== text) {
    summary.textContent = text;
  }
}

let scheduled = false;
new MutationObserver(mutations => {
  if (scheduled || mutations.every(m => m.target.closest && m.target.closest('.kipp-missing'))) {
    return;
  }
  scheduled = true;
  window.setTimeout(() => {
    scheduled = false;
    summarise();
  }, 250);
}).observe(document.documentElement, {childList: true, subtree: true, attributes: true, attributeFilter: ['class']});
