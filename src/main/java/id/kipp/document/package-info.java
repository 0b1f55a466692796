/** The document store: every uploaded file stored once (SHA-256), File variables keep a reference; the upload rules. */
@ApplicationModule(allowedDependencies = {"shared"})
package id.kipp.document;

import org.springframework.modulith.ApplicationModule;
