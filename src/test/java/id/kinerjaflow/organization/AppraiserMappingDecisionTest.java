package id.kinerjaflow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What must hold in dmn/appraiser-mapping.dmn whatever a designer changes in Modeler: the allowed values are the classes
 * and unit kinds the application knows, every rule names only those, and every class × unit kind gets one answer (one
 * row of the annex with at least one appraiser class, or BKPSDM). Who appraises whom under the Kotawaringin Barat annex is
 * checked through the resolver on a test organisation (AppraiserResolverTest), not here cell by cell.
 */
class AppraiserMappingDecisionTest {
  private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
  private static final Set<String> KELAS = nama(KelasJabatan.values());
  private static final Set<String> UNIT = nama(JenisUnit.values());
  private static final Set<String> PERAN = Set.of(AppraiserResolver.PENILAI, AppraiserResolver.DELEGASI, AppraiserResolver.BKPSDM);

  private static DmnEngine engine;
  private static DmnDecision decision;
  private static DecisionTable tabel;
  private static List<Input> masukan;
  private static List<Output> keluaran;
  private static List<Rule> aturan;

  @BeforeAll
  static void parseDecision() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = AppraiserMappingDecisionTest.class.getClassLoader().getResourceAsStream("dmn/appraiser-mapping.dmn")) {
      assertThat(dmn).as("dmn/appraiser-mapping.dmn on the classpath").isNotNull();
      DmnModelInstance model = Dmn.readModelFromStream(dmn);
      decision = engine.parseDecision(AppraiserResolver.DECISION, model);
      tabel = model.getModelElementsByType(DecisionTable.class).iterator().next();
      masukan = List.copyOf(tabel.getInputs());
      keluaran = List.copyOf(tabel.getOutputs());
      aturan = List.copyOf(tabel.getRules());
    }
  }

  @Test
  void allowedValuesAreTheClassesAndUnitKindsOfTheApplication() {
    assertThat(tabel.getHitPolicy()).as("all matching rows, in table order").isEqualTo(HitPolicy.RULE_ORDER);
    assertThat(literals(masukan.get(0).getInputValues())).as("kelasJabatan").containsExactlyInAnyOrderElementsOf(KELAS);
    assertThat(literals(masukan.get(1).getInputValues())).as("jenisUnit").containsExactlyInAnyOrderElementsOf(UNIT);
    assertThat(literals(keluaran("kelasPenilai").getOutputValues())).as("kelasPenilai").containsExactlyInAnyOrderElementsOf(KELAS);
    assertThat(literals(keluaran("peran").getOutputValues())).as("peran").containsExactlyInAnyOrderElementsOf(PERAN);
  }

  @Test
  void everyRuleNamesOnlyKnownClassesUnitKindsAndRoles() {
    int kelasPenilai = keluaran.indexOf(keluaran("kelasPenilai"));
    int peran = keluaran.indexOf(keluaran("peran"));
    for (Rule rule : aturan) {
      List<String> in = rule.getInputEntries().stream().map(e -> e.getText().getTextContent()).toList();
      List<String> out = rule.getOutputEntries().stream().map(e -> e.getText().getTextContent()).toList();
      assertThat(literals(in.get(0))).as(rule.getId() + " kelasJabatan").isSubsetOf(KELAS);
      assertThat(literals(in.get(1))).as(rule.getId() + " jenisUnit").isSubsetOf(UNIT);
      assertThat(literals(out.get(kelasPenilai))).as(rule.getId() + " kelasPenilai").isSubsetOf(KELAS);
      assertThat(literals(out.get(peran))).as(rule.getId() + " peran").hasSize(1).isSubsetOf(PERAN);
    }
  }

  @Test
  void theLastRowLetsBkpsdmDecideEverythingElse() {
    Rule terakhir = aturan.get(aturan.size() - 1);
    assertThat(terakhir.getInputEntries()).as("matches any class and unit kind")
        .allSatisfy(e -> assertThat(e.getText().getTextContent()).isBlank());
    assertThat(engine.evaluateDecision(decision, Map.of("kelasJabatan", "BUPATI", "jenisUnit", "PEMDA")).getSingleResult().getEntryMap())
        .as("the Bupati is no ASN of the annex").containsEntry("peran", AppraiserResolver.BKPSDM)
        .containsEntry("keterangan", "BKPSDM menentukan pejabat penilainya");
  }

  /**
   * The first matching row decides: BKPSDM, or an annex row ({@code baris}) whose matching rows name at least one appraiser
   * class, each once, with one keterangan; no second annex row matches the same class and unit kind.
   */
  @ParameterizedTest(name = "{0} pada {1}")
  @MethodSource("semuaKombinasi")
  void everyClassAndUnitKindGetsOneAnswer(KelasJabatan kelas, JenisUnit jenis) {
    List<Map<String, Object>> cocok = engine.evaluateDecision(decision, Map.of("kelasJabatan", kelas.name(), "jenisUnit", jenis.name()))
        .getResultList();

    assertThat(cocok).isNotEmpty();
    Map<String, Object> pertama = cocok.get(0);
    assertThat((String) pertama.get("keterangan")).isNotBlank();
    if (AppraiserResolver.BKPSDM.equals(pertama.get("peran"))) return;
    List<Map<String, Object>> baris = cocok.stream().filter(b -> !AppraiserResolver.BKPSDM.equals(b.get("peran"))).toList();
    assertThat(baris).extracting(b -> b.get("baris")).as("one annex row").containsOnly(pertama.get("baris"));
    assertThat(baris).extracting(b -> b.get("keterangan"), b -> b.get("pengecualian")).as("one keterangan")
        .containsOnly(tuple(pertama.get("keterangan"), pertama.get("pengecualian")));
    assertThat(baris).extracting(b -> b.get("peran")).as("someone appraises").contains(AppraiserResolver.PENILAI);
    assertThat(baris).extracting(b -> b.get("peran") + " " + b.get("kelasPenilai")).as("each class once").doesNotHaveDuplicates();
  }

  static Stream<Arguments> semuaKombinasi() {
    return Arrays.stream(KelasJabatan.values()).flatMap(k -> Arrays.stream(JenisUnit.values()).map(j -> Arguments.of(k, j)));
  }

  private static Output keluaran(String nama) {
    return keluaran.stream().filter(o -> nama.equals(o.getName())).findFirst().orElseThrow();
  }

  private static List<String> literals(UnaryTests nilai) {
    assertThat(nilai).as("allowed values").isNotNull();
    return literals(nilai.getText().getTextContent());
  }

  private static List<String> literals(String teks) {
    return LITERAL.matcher(teks).results().map(m -> m.group(1)).toList();
  }

  private static Set<String> nama(Enum<?>[] nilai) {
    return Arrays.stream(nilai).map(Enum::name).collect(Collectors.toSet());
  }
}
