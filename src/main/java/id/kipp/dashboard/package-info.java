/** The secretariat's edition dashboard in Cockpit: its JSON API (/api/dashboard) and the entry tab. */
@ApplicationModule(allowedDependencies = {"evaluation::scoring", "reporting", "reporting::audit", "shared"})
package id.kipp.dashboard;

import org.springframework.modulith.ApplicationModule;
