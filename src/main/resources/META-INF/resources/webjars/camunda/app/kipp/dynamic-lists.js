/*
 * Tasklist: "Selesaikan" is usable on a form with a dynamic list (assignment swaps, consensus scores, slot moves).
 *
 * Camunda 7.24's Tasklist disables the button while form-js reports errors, counting the keys of form-js's error
 * object. form-js, after validating a field of a list row, leaves an emptied entry for it in that object
 * ({Field_swapEntryKey: []}) even when the row is valid: after the first choice in a row the button stayed disabled
 * and the form could not be completed. Here Tasklist's verdict "invalid" on a form-js form is checked against the
 * form as rendered: when no field of it shows an error, the button is enabled again. Nothing is sent unchecked:
 * form-js validates the whole form again when "Selesaikan" is pressed (Tasklist sends no form with errors), and the
 * server checks every row again. Registered in tasklist/scripts/config.js as '../kipp/dynamic-lists'.
 */
const ERRORS = '.fjs-has-errors, .fjs-form-field-error';
const RENDERED_MS = 100;

const angular = window.angular;
if (angular) {
  angular.module('cam.tasklist.custom').config(['$provide', function($provide) {
    $provide.decorator('camTasklistFormDirective', ['$delegate', function($delegate) {
      const directive = $delegate[0];
      const annotated = directive.controller;
      if (!Array.isArray(annotated) || annotated[0] !== '$scope') {
        return $delegate; // another Tasklist: left as it is
      }
      const original = annotated[annotated.length - 1];
      directive.controller = [...annotated.slice(0, -1), '$element', function(...args) {
        const element = args.pop()[0];
        const scope = args[0];
        original.apply(this, args);
        const notify = this.notifyFormValidated;
        let latest = 0;
        const showsErrors = () => {
          const container = element.querySelector('.fjs-container');
          return Boolean(container && container.querySelector(ERRORS));
        };
        this.notifyFormValidated = function(invalid) {
          const call = ++latest;
          if (!invalid || !element.querySelector('.fjs-container') || (scope.tasklistForm && scope.tasklistForm.$error)) {
            notify.call(this, invalid);
            return;
          }
          // Decided by what the form shows, at once: disabling the button until form-js has rendered lost the click
          // that left a field (mouse down on "Selesaikan" blurs the field, form-js validates, the button was disabled
          // before the click arrived). form-js renders its state after the event: look again once it has.
          notify.call(this, showsErrors());
          window.setTimeout(() => {
            if (call === latest) {
              notify.call(this, showsErrors());
            }
          }, RENDERED_MS);
        };
      }];
      return $delegate;
    }]);
  }]);
}
