/*
 * Tasklist: the chosen option of a form-js select is shown on one line and cut with "…" when it is longer than the
 * field (tasklist/styles/user-styles.css); here the whole label becomes the field's tooltip (title), so that a
 * juror's name with titles in a narrow column of a dynamic-list row can still be read by pointing at it. form-js
 * renders its fields again on every change, so the titles follow the document (a MutationObserver), not one
 * rendering. Registered in tasklist/scripts/config.js as '../kipp/select-titles'.
 */
const DISPLAYED = '.fjs-container .fjs-input-group .fjs-select-display';

function label(display) {
  const text = display.textContent.trim();
  if (display.getAttribute('title') !== text) {
    if (text) {
      display.setAttribute('title', text);
    } else {
      display.removeAttribute('title');
    }
  }
}

let pending = false;
function labelAll() {
  pending = false;
  document.querySelectorAll(DISPLAYED).forEach(label);
}

new MutationObserver(() => {
  if (!pending) {
    pending = true;
    window.setTimeout(labelAll, 50);
  }
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
