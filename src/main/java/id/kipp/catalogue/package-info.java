/** The public innovation catalogue and replication records. */
@ApplicationModule(allowedDependencies = {"document", "identity", "registration", "shared"})
package id.kipp.catalogue;

import org.springframework.modulith.ApplicationModule;
