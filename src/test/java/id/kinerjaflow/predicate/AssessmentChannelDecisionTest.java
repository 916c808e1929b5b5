package id.kinerjaflow.predicate;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.organization.JenisUnit;
import id.kinerjaflow.organization.KelasJabatan;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Who is appraised in PMM (Platform Merdeka Mengajar) and who keeps an SKP (dmn/assessment-channel.dmn). */
class AssessmentChannelDecisionTest {
  /** The only PMM participants, teachers and principals (seed 000 points 6–7, seed 002 point 6); every other one is SKP. */
  private static boolean pmm(String kelasJabatan, String jenisUnit) {
    return kelasJabatan.equals("GURU") || kelasJabatan.equals("KEPALA_UNIT_KERJA_MANDIRI") && jenisUnit.equals("SEKOLAH");
  }

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = AssessmentChannelDecisionTest.class.getClassLoader().getResourceAsStream("dmn/assessment-channel.dmn")) {
      assertThat(dmn).as("dmn/assessment-channel.dmn on the classpath").isNotNull();
      decision = engine.parseDecision("assessment-channel", dmn);
    }
  }

  private static DmnDecisionResult evaluate(String kelasJabatan, String jenisUnit) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("kelasJabatan", kelasJabatan);
    variables.put("jenisUnit", jenisUnit);
    return engine.evaluateDecision(decision, variables);
  }

  @ParameterizedTest(name = "{0} pada {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # kelas jabatan              | unit      | saluran
      GURU                         | SEKOLAH   | PMM
      GURU                         | DINAS     | PMM
      KEPALA_UNIT_KERJA_MANDIRI    | SEKOLAH   | PMM
      TENAGA_KEPENDIDIKAN          | SEKOLAH   | SKP
      TENAGA_KEPENDIDIKAN          | DINAS     | SKP
      KEPALA_UNIT_KERJA_MANDIRI    | PUSKESMAS | SKP
      TENAGA_KESEHATAN             | PUSKESMAS | SKP
      KEPALA_PERANGKAT_DAERAH      | DINAS     | SKP
      PELAKSANA                    | SEKOLAH   | SKP
      PELAKSANA                    | SETDA     | SKP
      """)
  void saluranMenurutTabel(String kelasJabatan, String jenisUnit, String saluran) {
    DmnDecisionResult result = evaluate(kelasJabatan, jenisUnit);

    assertThat(result).hasSize(1);
    assertThat((String) result.getSingleResult().getEntry("saluran")).isEqualTo(saluran);
    assertThat((String) result.getSingleResult().getEntry("keterangan")).isNotBlank();
  }

  static Stream<Arguments> semuaKombinasi() {
    return Arrays.stream(KelasJabatan.values())
        .flatMap(k -> Arrays.stream(JenisUnit.values()).map(u -> Arguments.of(k.name(), u.name())));
  }

  @ParameterizedTest(name = "{0} pada {1}: tepat satu saluran")
  @MethodSource("semuaKombinasi")
  void setiapKombinasiTepatSatuSaluran(String kelasJabatan, String jenisUnit) {
    DmnDecisionResult result = evaluate(kelasJabatan, jenisUnit);

    assertThat(result).hasSize(1);
    assertThat((String) result.getSingleResult().getEntry("saluran"))
        .isEqualTo(pmm(kelasJabatan, jenisUnit) ? "PMM" : "SKP");
  }

  @ParameterizedTest(name = "kelas {0}, unit {1}: bawaan SKP")
  @CsvSource({",", "TENAGA_PENDIDIK_KEPENDIDIKAN,", ",SEKOLAH", "TENAGA_PENDIDIK_KEPENDIDIKAN,SEKOLAH"})
  void masukanKosongAtauTidakDikenalMenjadiSkp(String kelasJabatan, String jenisUnit) {
    assertThat((String) evaluate(kelasJabatan, jenisUnit).getSingleResult().getEntry("saluran")).isEqualTo("SKP");
  }
}
