/** The participant portal. */
@ApplicationModule(allowedDependencies = {"edition", "registration", "reporting", "results", "screening", "shared"})
package id.kipp.portal;

import org.springframework.modulith.ApplicationModule;
