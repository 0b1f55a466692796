/** Used by later stages (presentation, award, reporting): named interface {@code evaluation::ranking}. */
@NamedInterface("ranking")
package id.kipp.evaluation.ranking;

import org.springframework.modulith.NamedInterface;
