/** Deployment of processes/ and forms/, migration of running instances, the database maintenance check. */
@ApplicationModule(allowedDependencies = {})
package id.kipp.admin;

import org.springframework.modulith.ApplicationModule;
