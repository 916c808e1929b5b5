package id.kinerjaflow.tpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The regions' TPP rules as shipped in dmn/tpp-performance.dmn (README, "TPP"). */
class TppPerformanceDecisionTest {
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = TppPerformanceDecisionTest.class.getClassLoader().getResourceAsStream("dmn/tpp-performance.dmn")) {
      decision = engine.parseDecision(KinerjaTpp.DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "{0} {1}: SKP {2}, lapor {3}, nilai {4}, kunci {5}, {6} → {7}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # preset                 | jenis      | skp   | lapor | nilai | kunci | predikat        | persen | keterangan berisi
      bengkalis-2024           | BULANAN    | false | false | false | false | -               | 0      | SE Bengkalis angka 9
      bengkalis-2024           | BULANAN    | true  | false | false | true  | -               | 0      | tidak disusun sampai batas
      bengkalis-2024           | BULANAN    | true  | true  | false | true  | -               | 100    | syarat SE Bengkalis angka 9 terpenuhi
      bengkalis-2024           | BULANAN    | true  | true  | true  | true  | BAIK            | 100    | Predikat periodik Baik
      bengkalis-2024           | BULANAN    | true  | true  | true  | false | KURANG          | 50     | Predikat periodik Kurang
      bengkalis-2024           | BULANAN    | true  | true  | false | false | -               | -      | menunggu penilaian
      bengkalis-2024           | BULANAN    | true  | false | false | false | -               | -      | Belum dilaporkan
      kapuas-2025              | BULANAN    | true  | true  | false | true  | -               | 100    | SE Kapuas angka 10
      kapuas-2025              | BULANAN    | true  | false | false | true  | -               | 0      | tidak dilaporkan
      sungai-penuh-2024        | BULANAN    | true  | true  | false | true  | -               | 0      | SE Sungai Penuh angka 1
      sungai-penuh-2024        | BULANAN    | true  | true  | true  | true  | SANGAT_BAIK     | 100    | Predikat periodik Sangat Baik
      kotawaringin-barat-2024  | TRIWULANAN | true  | true  | true  | true  | BUTUH_PERBAIKAN | 75     | mengikuti hasil triwulannya
      lima-puluh-kota-2024     | TRIWULANAN | true  | true  | true  | false | SANGAT_KURANG   | 25     | mengikuti hasil triwulannya
      lima-puluh-kota-2024     | TRIWULANAN | true  | true  | false | true  | -               | 0      | aturan daerah belum ditetapkan
      lima-puluh-kota-2024     | TRIWULANAN | false | false | false | true  | -               | 0      | SKP tahunan belum ditetapkan
      """)
  void persentaseKinerja(String preset, String jenis, boolean skp, boolean lapor, boolean nilai, boolean kunci, String predikat,
      Double persen, String keterangan) {
    Map<String, Object> v = new HashMap<>();
    v.put("preset", preset);
    v.put("jenisPeriode", jenis);
    v.put("skpDitetapkan", skp);
    v.put("dilaporkan", lapor);
    v.put("dinilai", nilai);
    v.put("terkunci", kunci);
    v.put("predikat", predikat);
    DmnDecisionResultEntries hasil = engine.evaluateDecision(decision, v).getSingleResult();
    assertThat((Double) hasil.get("persenKinerja")).isEqualTo(persen);
    assertThat((String) hasil.get("keterangan")).contains(keterangan);
  }
}
