package id.kinerjaflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pejabat penilai kinerja, Lampiran SE Plh. Sekda Kotawaringin Barat 861.5/17/BKPSDM.IV/2024
 * (dmn/appraiser-mapping.dmn).
 */
class AppraiserMappingDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = AppraiserMappingDecisionTest.class.getClassLoader()
        .getResourceAsStream("dmn/appraiser-mapping.dmn")) {
      assertThat(dmn).as("dmn/appraiser-mapping.dmn on the classpath").isNotNull();
      decision = engine.parseDecision("appraiser-mapping", dmn);
    }
  }

  private static DmnDecisionResult evaluate(String kelasJabatan, String jenisUnit) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("kelasJabatan", kelasJabatan);
    variables.put("jenisUnit", jenisUnit);
    return engine.evaluateDecision(decision, variables);
  }

  @ParameterizedTest(name = "baris {2}: {0} pada {1} dinilai oleh {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # kelas jabatan pegawai      | unit      | baris | kelas penilai                                | dapat didelegasikan | delegasi kepada | pengecualian
      SEKRETARIS_DAERAH            | SETDA     | 0     | BUPATI                                       | false | '' | false
      KEPALA_PERANGKAT_DAERAH      | DINAS     | 1     | BUPATI                                       | false | '' | false
      JPT_PRATAMA                  | SETDA     | 2     | SEKRETARIS_DAERAH                            | false | '' | false
      ADMINISTRATOR                | SETDA     | 3     | JPT_PRATAMA                                  | false | '' | false
      ADMINISTRATOR                | DINAS     | 4     | JPT_PRATAMA,KEPALA_PERANGKAT_DAERAH          | false | '' | false
      ADMINISTRATOR                | RSUD      | 4a    | ADMINISTRATOR,JPT_PRATAMA,KEPALA_PERANGKAT_DAERAH | false | '' | true
      ADMINISTRATOR                | KECAMATAN | 4b    | KEPALA_PERANGKAT_DAERAH                      | false | '' | true
      PENGAWAS                     | DINAS     | 5     | ADMINISTRATOR                                | false | '' | false
      PENGAWAS                     | KELURAHAN | 5a    | ADMINISTRATOR,PENGAWAS,KEPALA_PERANGKAT_DAERAH | false | '' | true
      PELAKSANA                    | KELURAHAN | 6     | ADMINISTRATOR,PENGAWAS                       | false | '' | false
      FUNGSIONAL_AHLI_MADYA        | DINAS     | 7     | KEPALA_PERANGKAT_DAERAH                      | false | '' | false
      FUNGSIONAL_AHLI_MUDA         | RSUD      | 8     | KEPALA_PERANGKAT_DAERAH                      | true  | ADMINISTRATOR | false
      FUNGSIONAL_AHLI_PERTAMA      | DINAS     | 9     | KEPALA_PERANGKAT_DAERAH                      | true  | ADMINISTRATOR,PENGAWAS | false
      FUNGSIONAL_KETERAMPILAN      | KECAMATAN | 10    | KEPALA_PERANGKAT_DAERAH                      | true  | ADMINISTRATOR,PENGAWAS | false
      KEPALA_UNIT_KERJA_MANDIRI    | PUSKESMAS | 11    | KEPALA_PERANGKAT_DAERAH                      | true  | ADMINISTRATOR | false
      GURU                         | SEKOLAH   | 12    | KEPALA_UNIT_KERJA_MANDIRI                    | false | '' | false
      TENAGA_KEPENDIDIKAN          | SEKOLAH   | 12    | KEPALA_UNIT_KERJA_MANDIRI                    | false | '' | false
      TENAGA_KEPENDIDIKAN          | DINAS     | 6     | ADMINISTRATOR,PENGAWAS,KEPALA_PERANGKAT_DAERAH | false | '' | false
      FUNGSIONAL_AHLI_MADYA        | SETDA     | 7     | JPT_PRATAMA,SEKRETARIS_DAERAH                | false | '' | false
      FUNGSIONAL_AHLI_MUDA         | SETDA     | 8     | JPT_PRATAMA,SEKRETARIS_DAERAH                | true  | ADMINISTRATOR | false
      FUNGSIONAL_AHLI_PERTAMA      | SETDA     | 9     | JPT_PRATAMA,SEKRETARIS_DAERAH                | true  | ADMINISTRATOR,PENGAWAS | false
      FUNGSIONAL_KETERAMPILAN      | SETDA     | 10    | JPT_PRATAMA,SEKRETARIS_DAERAH                | true  | ADMINISTRATOR,PENGAWAS | false
      TENAGA_KESEHATAN             | PUSKESMAS | 13    | KEPALA_UNIT_KERJA_MANDIRI                    | false | '' | false
      """)
  void appraiserFollowsTheAnnex(String kelasJabatan, String jenisUnit, String baris,
      String kelasPenilai, boolean dapatDidelegasikan, String delegasiKepada, boolean pengecualian) {
    DmnDecisionResult result = evaluate(kelasJabatan, jenisUnit);

    assertThat(result).hasSize(1);
    DmnDecisionResultEntries rule = result.getSingleResult();
    assertThat((String) rule.getEntry("baris")).isEqualTo(baris);
    assertThat((String) rule.getEntry("kelasPenilai")).isEqualTo(kelasPenilai);
    assertThat((Boolean) rule.getEntry("dapatDidelegasikan")).isEqualTo(dapatDidelegasikan);
    assertThat((String) rule.getEntry("delegasiKepada")).isEqualTo(delegasiKepada);
    assertThat((String) rule.getEntry("keterangan")).isNotBlank();
    assertThat((Boolean) rule.getEntry("pengecualian")).isEqualTo(pengecualian);
  }

  @ParameterizedTest(name = "{0} pada {1}: tidak dinilai menurut lampiran")
  @CsvSource(delimiter = '|', textBlock = """
      BUPATI                       | PEMDA
      TENAGA_KESEHATAN             | RSUD
      KEPALA_UNIT_KERJA_MANDIRI    | DINAS
      GURU                         | DINAS
      TENAGA_PENDIDIK_KEPENDIDIKAN | SEKOLAH
      """)
  void positionOutsideTheAnnexMatchesNoRule(String kelasJabatan, String jenisUnit) {
    assertThat(evaluate(kelasJabatan, jenisUnit)).isEmpty();
  }
}
