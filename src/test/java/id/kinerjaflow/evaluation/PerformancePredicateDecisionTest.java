package id.kinerjaflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matriks predikat kinerja PermenPANRB 6/2022 (dmn/performance-predicate.dmn). */
class PerformancePredicateDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = PerformancePredicateDecisionTest.class.getClassLoader()
        .getResourceAsStream("dmn/performance-predicate.dmn")) {
      assertThat(dmn).as("dmn/performance-predicate.dmn on the classpath").isNotNull();
      decision = engine.parseDecision("performance-predicate", dmn);
    }
  }

  private static DmnDecisionResult evaluate(String ratingHasilKerja, String ratingPerilaku) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("ratingHasilKerja", ratingHasilKerja);
    variables.put("ratingPerilaku", ratingPerilaku);
    return engine.evaluateDecision(decision, variables);
  }

  @ParameterizedTest(name = "Hasil Kerja {0} + Perilaku {1} = {2}")
  @CsvSource({
      // Rating Hasil Kerja, Rating Perilaku Kerja, Predikat
      "DI_ATAS_EKSPEKTASI,  DI_ATAS_EKSPEKTASI,  SANGAT_BAIK",
      "DI_ATAS_EKSPEKTASI,  SESUAI_EKSPEKTASI,   BAIK",
      "DI_ATAS_EKSPEKTASI,  DI_BAWAH_EKSPEKTASI, KURANG",
      "SESUAI_EKSPEKTASI,   DI_ATAS_EKSPEKTASI,  BAIK",
      "SESUAI_EKSPEKTASI,   SESUAI_EKSPEKTASI,   BAIK",
      "SESUAI_EKSPEKTASI,   DI_BAWAH_EKSPEKTASI, KURANG",
      "DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI,  BUTUH_PERBAIKAN",
      "DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI,   BUTUH_PERBAIKAN",
      "DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, SANGAT_KURANG",
  })
  void predikatFollowsTheMatrix(String hasilKerja, String perilaku, String predikat) {
    DmnDecisionResult result = evaluate(hasilKerja, perilaku);

    assertThat(result).hasSize(1);
    assertThat((String) result.getSingleResult().getEntry("predikat")).isEqualTo(predikat);
  }

  @ParameterizedTest(name = "Hasil Kerja {0} + Perilaku {1}: tanpa predikat")
  @CsvSource({
      "LUAR_BIASA,         SESUAI_EKSPEKTASI",
      "SESUAI_EKSPEKTASI,  LUAR_BIASA",
      ",                   SESUAI_EKSPEKTASI",
      "SESUAI_EKSPEKTASI,  ",
      ",                   ",
  })
  void unknownRatingYieldsNoPredikat(String hasilKerja, String perilaku) {
    assertThat(evaluate(hasilKerja, perilaku)).isEmpty();
  }
}
