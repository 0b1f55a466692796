/*
 * The webapps' header names the logged-in user by "first name last name", which Camunda builds as
 * `firstName + " " + lastName`: a user without names (a test user, an account created without a profile) reads
 * "null null", one with a first name only "Budi null". Here the header's name leaves out the missing parts, and
 * without any name it is empty, so that the header shows the user id (its template falls back to it).
 * Registered in the scripts/config.js of Tasklist, Cockpit, Admin and Welcome as '../kipp/user-name' (Cockpit's list
 * of scripts is pinned by webapps/CockpitLocaleTest).
 */
const MISSING = /^(null|undefined)$/;

/** "null null" → null, "Budi null" → "Budi", "Budi Santoso" stays. */
function shownName(name) {
  if (typeof name !== 'string') {
    return name;
  }
  const parts = name.split(' ').filter(part => part !== '' && !MISSING.test(part));
  return parts.length ? parts.join(' ') : null;
}

const angular = window.angular;
const appName = document.querySelector('base') && document.querySelector('base').getAttribute('app-name');
if (angular && appName) {
  angular.module(`cam.${appName}.custom`).config(['$provide', function($provide) {
    $provide.decorator('camWidgetHeaderDirective', ['$delegate', function($delegate) {
      const directive = $delegate[0];
      const compile = directive.compile;
      directive.compile = function() {
        const linked = compile ? compile.apply(this, arguments) : directive.link;
        const post = typeof linked === 'function' ? linked : linked && linked.post;
        return {
          pre: linked && typeof linked === 'object' ? linked.pre : undefined,
          post(scope) {
            if (post) {
              post.apply(this, arguments);
            }
            // userName is bound both ways to the app's userFullName: set once cleaned, it stays clean
            scope.$watch('userName', name => {
              const shown = shownName(name);
              if (shown !== name) {
                scope.userName = shown;
              }
            });
          }
        };
      };
      return $delegate;
    }]);
  }]);
}
