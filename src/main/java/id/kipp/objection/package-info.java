/** The optional public objection stage (uji publik). */
@ApplicationModule(allowedDependencies = {"shared"})
package id.kipp.objection;

import org.springframework.modulith.ApplicationModule;
