/** Opening an edition, closing registration, progress counters, edition and entry messaging. */
@ApplicationModule(allowedDependencies = {"shared"})
package id.kipp.edition;

import org.springframework.modulith.ApplicationModule;
