/** The optional public objection stage (uji publik): the stage's delegates and the public page /uji-publik/{edition}. */
@ApplicationModule(allowedDependencies = {"document", "notification", "shared"})
package id.kipp.objection;

import org.springframework.modulith.ApplicationModule;
