/** The participant portal. */
@ApplicationModule(allowedDependencies = {"reporting", "screening", "shared"})
package id.kipp.portal;

import org.springframework.modulith.ApplicationModule;
