/** Groups, agencies, authorizations, Tasklist filters, logins, and the engine-level guard (identity.guard). */
@ApplicationModule(allowedDependencies = {"shared"})
package id.kipp.identity;

import org.springframework.modulith.ApplicationModule;
