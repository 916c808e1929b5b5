package id.kinerjaflow.tindaklanjut;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who is on which reward or sanction list (dmn/reward-sanction.dmn). */
class RewardSanctionDecisionTest {
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = sumber()) {
      decision = engine.parseDecision(PenghargaanSanksi.DECISION, dmn);
    }
  }

  private static InputStream sumber() {
    return RewardSanctionDecisionTest.class.getClassLoader().getResourceAsStream("dmn/reward-sanction.dmn");
  }

  private static String daftar(Boolean rencanaTepatWaktu, String predikat, String predikatTahunLalu) {
    Map<String, Object> v = new HashMap<>();
    v.put("rencanaTepatWaktu", rencanaTepatWaktu);
    v.put("predikat", predikat);
    v.put("predikatTahunLalu", predikatTahunLalu);
    return String.join(" ", engine.evaluateDecision(decision, v).collectEntries("daftar").stream().map(String.class::cast).toList());
  }

  @ParameterizedTest(name = "tepat waktu {0}, {1} setelah {2}: {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # SKP tepat waktu | predikat       | tahun lalu       | daftar (urut aturan)
      true              | BAIK           | BAIK             | ''
      true              | -              | -                | ''
      -                 | -              | -                | ''
      false             | -              | -                | HUKUMAN_DISIPLIN
      false             | BAIK           | -                | HUKUMAN_DISIPLIN
      true              | KURANG         | -                | PREDIKAT_KURANG
      true              | SANGAT_KURANG  | BAIK             | PREDIKAT_KURANG
      true              | BUTUH_PERBAIKAN| -                | ''
      true              | BUTUH_PERBAIKAN| BAIK             | ''
      true              | BUTUH_PERBAIKAN| BUTUH_PERBAIKAN  | DUA_TAHUN_DI_BAWAH_EKSPEKTASI
      -                 | KURANG         | SANGAT_KURANG    | PREDIKAT_KURANG DUA_TAHUN_DI_BAWAH_EKSPEKTASI
      false             | SANGAT_KURANG  | KURANG           | HUKUMAN_DISIPLIN PREDIKAT_KURANG DUA_TAHUN_DI_BAWAH_EKSPEKTASI
      true              | BUTUH_PERBAIKAN| SANGAT_BAIK      | ''
      true              | SANGAT_BAIK    | KURANG           | PENGHARGAAN
      -                 | SANGAT_BAIK    | -                | PENGHARGAAN
      false             | SANGAT_BAIK    | -                | HUKUMAN_DISIPLIN PENGHARGAAN
      """)
  void daftarMenurutTabel(Boolean rencanaTepatWaktu, String predikat, String predikatTahunLalu, String daftar) {
    assertThat(daftar(rencanaTepatWaktu, predikat, predikatTahunLalu)).isEqualTo(daftar);
  }

  /** The API's list names ({@code ?daftar=}) are the table's allowed output values. */
  @Test
  void namaDaftarSamaDenganKeluaranTabel() {
    Output daftar = Dmn.readModelFromStream(sumber()).getModelElementsByType(Output.class).stream()
        .filter(o -> "daftar".equals(o.getName())).findFirst().orElseThrow();
    assertThat(daftar.getOutputValues().getTextContent().replace("\"", "").split(","))
        .containsExactly(Arrays.stream(DaftarTindakLanjut.values()).map(Enum::name).toArray(String[]::new));
  }
}
