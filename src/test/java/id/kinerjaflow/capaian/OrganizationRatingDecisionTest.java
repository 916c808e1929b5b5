package id.kinerjaflow.capaian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SE MenPANRB 3/2023: a unit head's Rating Hasil Kerja from the unit's predicate (dmn/organization-rating.dmn). */
class OrganizationRatingDecisionTest {
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = OrganizationRatingDecisionTest.class.getClassLoader().getResourceAsStream("dmn/organization-rating.dmn")) {
      assertThat(dmn).as("dmn/organization-rating.dmn on the classpath").isNotNull();
      decision = engine.parseDecision(RatingPimpinan.DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "organisasi {0}: Rating Hasil Kerja pimpinan {1}")
  @CsvSource({
      "ISTIMEWA,        DI_ATAS_EKSPEKTASI",
      "BAIK,            SESUAI_EKSPEKTASI",
      "BUTUH_PERBAIKAN, DI_BAWAH_EKSPEKTASI",
      "KURANG,          DI_BAWAH_EKSPEKTASI",
      "SANGAT_KURANG,   DI_BAWAH_EKSPEKTASI",
  })
  void ratingPimpinanMengikutiPredikatOrganisasi(String predikat, String rating) {
    var hasil = engine.evaluateDecision(decision, Map.of("predikatOrganisasi", predikat));

    assertThat(hasil).hasSize(1);
    assertThat((String) hasil.getSingleResult().getEntry("ratingHasilKerja")).isEqualTo(rating);
  }

  @Test
  void setiapPredikatOrganisasiPunyaSatuAturan() {
    for (PredikatOrganisasi p : PredikatOrganisasi.values()) {
      assertThat(engine.evaluateDecision(decision, Map.of("predikatOrganisasi", p.name()))).as(p.name()).hasSize(1);
    }
  }

  @Test
  void nilaiTidakSahTanpaRating() {
    assertThat(engine.evaluateDecision(decision, Map.of("predikatOrganisasi", "SANGAT_BAIK"))).isEmpty();
  }
}
