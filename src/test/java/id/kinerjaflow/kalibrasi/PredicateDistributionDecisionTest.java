package id.kinerjaflow.kalibrasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.evaluation.Predikat;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The curve of SE MenPANRB 3/2023 as shipped in dmn/predicate-distribution.dmn (DOMAIN.md, README "Distribusi predikat"). */
class PredicateDistributionDecisionTest {
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = PredicateDistributionDecisionTest.class.getClassLoader().getResourceAsStream("dmn/predicate-distribution.dmn")) {
      decision = engine.parseDecision(KurvaDistribusi.DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "organisasi {0}: SB {1}, B {2}, BP {3}, K {4}, SK {5} → {6}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # organisasi     | SB | B  | BP | K  | SK | pelanggaran (bagian pesan), - bila sesuai kurva
      ISTIMEWA         | 7  | 3  | 0  | 0  | 0  | -
      ISTIMEWA         | 8  | 2  | 0  | 0  | 0  | Sangat Baik: 8 dari 10 pegawai (80%), seharusnya paling banyak 70%
      BAIK             | 2  | 7  | 1  | 0  | 0  | -
      BAIK             | 0  | 7  | 0  | 1  | 2  | -
      BAIK             | 3  | 7  | 0  | 0  | 0  | Butuh Perbaikan dan/atau Kurang: 0 dari 10 pegawai (0%), seharusnya paling sedikit 1 orang
      BAIK             | 1  | 8  | 1  | 0  | 0  | Baik: 8 dari 10 pegawai (80%), seharusnya paling banyak 70%
      BUTUH_PERBAIKAN  | 1  | 2  | 6  | 1  | 0  | -
      BUTUH_PERBAIKAN  | 0  | 5  | 5  | 0  | 0  | Butuh Perbaikan: 5 dari 10 pegawai (50%), seharusnya paling sedikit 60%
      BUTUH_PERBAIKAN  | 2  | 1  | 7  | 0  | 0  | Sangat Baik: 2 dari 10 pegawai (20%), seharusnya paling banyak 10%
      KURANG           | 1  | 1  | 1  | 6  | 1  | -
      KURANG           | 0  | 0  | 0  | 10 | 0  | Butuh Perbaikan: 0 dari 10 pegawai (0%), seharusnya paling sedikit 10%
      SANGAT_KURANG    | 0  | 2  | 0  | 1  | 7  | -
      SANGAT_KURANG    | 0  | 1  | 1  | 0  | 8  | -
      SANGAT_KURANG    | 0  | 3  | 0  | 0  | 7  | Kurang dan/atau Butuh Perbaikan: 0 dari 10 pegawai (0%), seharusnya paling sedikit 10%
      SANGAT_KURANG    | 1  | 0  | 1  | 1  | 7  | Sangat Baik: 1 dari 10 pegawai (10%), seharusnya paling banyak 0%
      """)
  void distribusi(String organisasi, long sb, long b, long bp, long k, long sk, String pelanggaran) {
    List<KurvaDistribusi.Batasan> kurva = KurvaDistribusi.dari(
        engine.evaluateDecision(decision, Map.of("predikatOrganisasi", organisasi)).getResultList());
    Map<Predikat, Long> jumlah = new EnumMap<>(Predikat.class);
    jumlah.put(Predikat.SANGAT_BAIK, sb);
    jumlah.put(Predikat.BAIK, b);
    jumlah.put(Predikat.BUTUH_PERBAIKAN, bp);
    jumlah.put(Predikat.KURANG, k);
    jumlah.put(Predikat.SANGAT_KURANG, sk);

    List<String> hasil = KurvaDistribusi.pelanggaran(kurva, jumlah);

    if (pelanggaran == null) assertThat(hasil).isEmpty();
    else assertThat(hasil).singleElement().asString().startsWith(pelanggaran);
  }

  @ParameterizedTest(name = "organisasi {0}: {1} boleh {2}–{3}%")
  @CsvSource(delimiter = '|', textBlock = """
      ISTIMEWA        | SANGAT_BAIK     | 0  | 70
      BAIK            | BAIK            | 0  | 70
      BAIK            | KURANG          | 0  | 100
      BUTUH_PERBAIKAN | BUTUH_PERBAIKAN | 60 | 100
      KURANG          | BUTUH_PERBAIKAN | 10 | 100
      SANGAT_KURANG   | SANGAT_BAIK     | 0  | 0
      """)
  void rentangPerPredikat(String organisasi, Predikat predikat, double min, double maks) {
    List<KurvaDistribusi.Batasan> kurva = KurvaDistribusi.dari(
        engine.evaluateDecision(decision, Map.of("predikatOrganisasi", organisasi)).getResultList());
    assertThat(KurvaDistribusi.rentang(kurva, predikat)).containsExactly(min, maks);
  }
}
