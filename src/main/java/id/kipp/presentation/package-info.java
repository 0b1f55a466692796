/** Presentation timetable and presentation scores. */
@ApplicationModule(allowedDependencies = {"edition", "evaluation::assignment", "evaluation::scoring", "registration",
    "shared"})
package id.kipp.presentation;

import org.springframework.modulith.ApplicationModule;
