/** E-mail: outbox, templates, sender with retry. */
@ApplicationModule(allowedDependencies = {"award", "evaluation::scoring", "shared"})
package id.kipp.notification;

import org.springframework.modulith.ApplicationModule;
