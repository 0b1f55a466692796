/** Juror assignment, scoring and ranking; sub-packages assignment, scoring and ranking are its named interfaces. */
@ApplicationModule(allowedDependencies = {"edition", "identity", "shared"})
package id.kipp.evaluation;

import org.springframework.modulith.ApplicationModule;
