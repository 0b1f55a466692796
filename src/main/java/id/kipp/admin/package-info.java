/** Deployment of processes/ and forms/, migration of running instances, the database maintenance check. */
@ApplicationModule(allowedDependencies = {"shared"})
package id.kipp.admin;

import org.springframework.modulith.ApplicationModule;
