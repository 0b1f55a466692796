package id.kipp.evaluation.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seeds' default rubric (processes/rubrik-penilaian.dmn), built by hand: INNOVATION 75% and PERFORMANCE 25%,
 * five criteria of weight 1 each, scale 0-100.
 */
final class DefaultRubric {

  static final String INNOVATION = "INNOVATION";
  static final String PERFORMANCE = "PERFORMANCE";

  static final List<String> INNOVATION_CODES =
      List.of("problemAnalysis", "strategicApproach", "implementation", "impact", "sustainability");
  static final List<String> PERFORMANCE_CODES =
      List.of("serviceStandard", "serviceCharter", "satisfactionSurvey", "complaintHandling", "informationSystem");
  static final List<String> NAMES = List.of(
      "Analisa Masalah", "Pendekatan Strategis", "Pelaksanaan dan Penerapan", "Dampak Sebelum dan Sesudah",
      "Keberlanjutan", "Standar Pelayanan", "Maklumat Pelayanan", "Survei Kepuasan Masyarakat (SKM)",
      "Penanganan Pengaduan", "Sistem Informasi Pelayanan Publik");

  private DefaultRubric() {}

  static List<String> codes() {
    List<String> codes = new ArrayList<>(INNOVATION_CODES);
    codes.addAll(PERFORMANCE_CODES);
    return codes;
  }

  static List<Criterion> criteria() {
    List<Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      criteria.add(new Criterion(INNOVATION_CODES.get(i), NAMES.get(i), INNOVATION,
          "Proposal Inovasi Pelayanan Publik", 75, 1, 0, 100));
    }
    for (int i = 0; i < 5; i++) {
      criteria.add(new Criterion(PERFORMANCE_CODES.get(i), NAMES.get(5 + i), PERFORMANCE,
          "Proposal Kinerja Penyelenggara Pelayanan Publik", 25, 1, 0, 100));
    }
    return criteria;
  }

  static Rubric rubric() {
    return new Rubric(criteria());
  }

  /** Scores by criterion code: the five innovation scores, then the five performance scores. */
  static Map<String, Double> scores(double... values) {
    if (values.length != 10) {
      throw new IllegalArgumentException("need 10 scores");
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    List<String> codes = codes();
    for (int i = 0; i < 10; i++) {
      scores.put(codes.get(i), values[i]);
    }
    return scores;
  }

  /** The worked example: innovation 80,70,90,60,100 (mean 80), performance 50,60,70,80,90 (mean 70). */
  static Map<String, Double> exampleScores() {
    return scores(80, 70, 90, 60, 100, 50, 60, 70, 80, 90);
  }
}
