/** The public innovation catalogue and replication records. */
@ApplicationModule(allowedDependencies = {"identity", "registration", "shared"})
package id.kipp.catalogue;

import org.springframework.modulith.ApplicationModule;
