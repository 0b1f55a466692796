/** Used by later stages (presentation, award, reporting): named interface {@code evaluation::assignment}. */
@NamedInterface("assignment")
package id.kipp.evaluation.assignment;

import org.springframework.modulith.NamedInterface;
