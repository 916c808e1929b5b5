package id.kinerjaflow.pembinaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.evaluation.Predikat;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which periodic predicates give coaching or counselling (dmn/performance-follow-up.dmn). */
class PerformanceFollowUpDecisionTest {
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = PerformanceFollowUpDecisionTest.class.getClassLoader().getResourceAsStream("dmn/performance-follow-up.dmn")) {
      assertThat(dmn).as("dmn/performance-follow-up.dmn on the classpath").isNotNull();
      decision = engine.parseDecision("performance-follow-up", dmn);
    }
  }

  private static DmnDecisionResult evaluate(String predikat, String predikatSebelumnya) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("predikat", predikat);
    variables.put("predikatSebelumnya", predikatSebelumnya);
    return engine.evaluateDecision(decision, variables);
  }

  @ParameterizedTest(name = "{0} setelah {1}: {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # predikat       | periode sebelumnya | tindak lanjut
      SANGAT_BAIK      | -                  | TIDAK_ADA
      BAIK             | -                  | TIDAK_ADA
      BAIK             | SANGAT_KURANG      | TIDAK_ADA
      SANGAT_BAIK      | BUTUH_PERBAIKAN    | TIDAK_ADA
      BUTUH_PERBAIKAN  | -                  | BIMBINGAN
      KURANG           | -                  | BIMBINGAN
      SANGAT_KURANG    | -                  | BIMBINGAN
      BUTUH_PERBAIKAN  | BAIK               | BIMBINGAN
      SANGAT_KURANG    | SANGAT_BAIK        | BIMBINGAN
      # no improvement since a period below expectations: counselling
      BUTUH_PERBAIKAN  | BUTUH_PERBAIKAN    | KONSELING
      KURANG           | BUTUH_PERBAIKAN    | KONSELING
      SANGAT_KURANG    | BUTUH_PERBAIKAN    | KONSELING
      KURANG           | KURANG             | KONSELING
      SANGAT_KURANG    | KURANG             | KONSELING
      SANGAT_KURANG    | SANGAT_KURANG      | KONSELING
      # better, but still below expectations: coaching again
      BUTUH_PERBAIKAN  | KURANG             | BIMBINGAN
      BUTUH_PERBAIKAN  | SANGAT_KURANG      | BIMBINGAN
      KURANG           | SANGAT_KURANG      | BIMBINGAN
      """)
  void tindakLanjutMenurutTabel(String predikat, String predikatSebelumnya, String tindakLanjut) {
    DmnDecisionResult result = evaluate(predikat, predikatSebelumnya);

    assertThat((String) result.getFirstResult().getEntry("tindakLanjut")).isEqualTo(tindakLanjut);
  }

  /** Every predicate, after every predicate or none, gets exactly one answer, as the process's gateway expects. */
  @Test
  void setiapKombinasiPunyaJawaban() {
    for (Predikat ini : Predikat.values()) {
      for (String sebelumnya : semuaDanKosong()) {
        DmnDecisionResult result = evaluate(ini.name(), sebelumnya);
        assertThat(result).as("%s setelah %s", ini, sebelumnya).isNotEmpty();
        assertThat((String) result.getFirstResult().getEntry("tindakLanjut")).isIn("BIMBINGAN", "KONSELING", "TIDAK_ADA");
      }
    }
  }

  private static String[] semuaDanKosong() {
    String[] nilai = Arrays.copyOf(Arrays.stream(Predikat.values()).map(Enum::name).toArray(String[]::new), Predikat.values().length + 1);
    return nilai; // the last one null: the first period, or a previous period that was not rated
  }
}
