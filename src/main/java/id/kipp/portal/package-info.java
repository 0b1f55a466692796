/** The participant portal. */
@ApplicationModule(allowedDependencies = {"reporting", "results", "screening", "shared"})
package id.kipp.portal;

import org.springframework.modulith.ApplicationModule;
