/** Demo users and the demo edition (demo profile only). */
@ApplicationModule(allowedDependencies = {"identity", "shared"})
package id.kipp.demo;

import org.springframework.modulith.ApplicationModule;
