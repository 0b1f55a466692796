/** Final ranking, sign-off, release of the results, announcement. */
@ApplicationModule(allowedDependencies = {"edition", "evaluation::ranking", "evaluation::scoring", "presentation", "shared"})
package id.kipp.award;

import org.springframework.modulith.ApplicationModule;
