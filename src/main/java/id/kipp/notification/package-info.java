/** E-mail: outbox, templates, sender with retry. */
@ApplicationModule(allowedDependencies = {"shared"})
package id.kipp.notification;

import org.springframework.modulith.ApplicationModule;
