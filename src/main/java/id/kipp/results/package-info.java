/** Snapshot of released results, public pages, CSVs, certificate and sign-off PDFs. */
@ApplicationModule(allowedDependencies = {"award", "edition", "reporting", "shared"})
package id.kipp.results;

import org.springframework.modulith.ApplicationModule;
