/** CSV exports and the per-entry audit trail. */
@ApplicationModule(allowedDependencies = {"award", "document", "evaluation::assignment", "evaluation::scoring", "presentation", "screening", "shared"})
package id.kipp.reporting;

import org.springframework.modulith.ApplicationModule;
