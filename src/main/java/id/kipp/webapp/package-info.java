/** What the Camunda webapps need from the application in Bahasa (time zone, error pages). */
@ApplicationModule(allowedDependencies = {"shared"})
package id.kipp.webapp;

import org.springframework.modulith.ApplicationModule;
