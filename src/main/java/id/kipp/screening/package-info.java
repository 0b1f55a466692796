/** The administrative screening decision and the lapsed revision. */
@ApplicationModule(allowedDependencies = {"shared"})
package id.kipp.screening;

import org.springframework.modulith.ApplicationModule;
