/** The optional field verification stage. */
@ApplicationModule(allowedDependencies = {"shared"})
package id.kipp.fieldverification;

import org.springframework.modulith.ApplicationModule;
