/** The per-entry audit trail, read by the Cockpit dashboard's entry tab: named interface {@code reporting::audit}. */
@NamedInterface("audit")
package id.kipp.reporting.audit;

import org.springframework.modulith.NamedInterface;
