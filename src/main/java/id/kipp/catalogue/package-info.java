/** The public innovation catalogue and replication records. */
@ApplicationModule(allowedDependencies = {"award", "document", "evaluation::scoring", "identity", "registration", "results", "shared"})
package id.kipp.catalogue;

import org.springframework.modulith.ApplicationModule;
