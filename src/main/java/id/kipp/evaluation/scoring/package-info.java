/** Used by later stages (presentation, award, reporting): named interface {@code evaluation::scoring}. */
@NamedInterface("scoring")
package id.kipp.evaluation.scoring;

import org.springframework.modulith.NamedInterface;
