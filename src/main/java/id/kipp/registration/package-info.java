/** Registration rules and validation, revision, entry numbering and task labels. */
@ApplicationModule(allowedDependencies = {"document", "edition", "identity", "shared"})
package id.kipp.registration;

import org.springframework.modulith.ApplicationModule;
