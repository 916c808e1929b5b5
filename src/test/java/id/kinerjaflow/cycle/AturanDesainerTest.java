package id.kinerjaflow.cycle;

import static id.kinerjaflow.support.Berkas.aliranCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.kinerjaflow.organization.OrganizationImport;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process designer edits assessment-channel and appraiser-mapping in Modeler and deploys them with the models, as the
 * app's auto-deploy does: the next cycle starts follow the tables, with no Java change. Cycles started before keep
 * the versions they started with.
 */
@ProsesTest
class AturanDesainerTest {
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TestOrganisasi organisasi;
  @Autowired OrganizationImport impor;
  @Autowired Skenario skenario;
  @Autowired PlanningService planning;

  String deploymentDesainer;

  @BeforeEach
  void awalTahun() { Skenario.jam(LocalDateTime.of(2024, 1, 3, 8, 0)); }

  @AfterEach
  void kembalikanModel() {
    if (deploymentDesainer != null) repositoryService.deleteDeployment(deploymentDesainer, true);
    ClockUtil.reset();
  }

  @Test
  void siklusMengikutiTabelYangDiubahDesainer() throws IOException {
    TestOrganisasi.Org lama = organisasi.baru("bengkalis-2024", 2024);
    String kapusLama = puskesmas(lama);
    CycleService.HasilMassal sebelum = skenario.luncurkan(lama.instansi(), 2024);
    assertThat(sebelum.dimulai()).extracting(CycleService.Siklus::nip).contains(kapusLama, lama.pegawai());
    assertThat(penilai(sebelum, lama.pegawai())).isEqualTo(lama.penilai());

    // The designer: Kepala Puskesmas are appraised in PMM too; a Pelaksana is appraised by the Kepala Perangkat Daerah.
    DmnModelInstance saluran = model("assessment-channel");
    teks(saluran, "Rule_Saluran_02_In2", "\"SEKOLAH\",\"PUSKESMAS\"");
    teks(saluran, "Rule_Saluran_02_Out2", "\"Kepala sekolah dan kepala puskesmas\"");
    DmnModelInstance penilai = model("appraiser-mapping");
    kelasPenilai(penilai, "6", "KEPALA_PERANGKAT_DAERAH");
    deploymentDesainer = terapkan(saluran, penilai);

    TestOrganisasi.Org baru = organisasi.baru("bengkalis-2024", 2024);
    String kapusBaru = puskesmas(baru);
    CycleService.HasilMassal sesudah = skenario.luncurkan(baru.instansi(), 2024);

    assertThat(sesudah.pmm()).extracting(CycleService.PesertaPmm::nip, CycleService.PesertaPmm::keterangan)
        .containsExactly(tuple(kapusBaru, "Kepala sekolah dan kepala puskesmas"));
    assertThat(sesudah.dimulai()).extracting(CycleService.Siklus::nip).doesNotContain(kapusBaru);
    assertThat(penilai(sesudah, baru.pegawai())).isEqualTo(baru.kepalaDinas());
    assertThat(historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("assessment-channel")
        .processInstanceId(prosesDari(sesudah, baru.pegawai())).includeOutputs().singleResult())
        .extracting(HistoricDecisionInstance::getDecisionDefinitionId)
        .isEqualTo(repositoryService.createDecisionDefinitionQuery().deploymentId(deploymentDesainer)
            .decisionDefinitionKey("assessment-channel").singleResult().getId());
    // The cycles started before run on with the models they started with.
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(prosesDari(sebelum, kapusLama)).singleResult()
        .getProcessDefinitionId()).isNotEqualTo(repositoryService.createProcessDefinitionQuery().deploymentId(deploymentDesainer)
            .processDefinitionKey(SkpAnnualCycleProcess.PROCESS_ID).singleResult().getId());
  }

  /**
   * The designer's edit of appraiser-mapping: the rules of annex row {@code baris} name {@code kelas} as the appraiser's
   * class. The one place that knows the table's columns.
   */
  private static void kelasPenilai(DmnModelInstance dmn, String baris, String kelas) {
    DecisionTable tabel = dmn.getModelElementsByType(DecisionTable.class).iterator().next();
    List<String> keluaran = tabel.getOutputs().stream().map(Output::getName).toList();
    for (Rule rule : tabel.getRules()) {
      List<Text> sel = rule.getOutputEntries().stream().map(e -> e.getText()).toList();
      if (sel.get(keluaran.indexOf("baris")).getTextContent().equals("\"" + baris + "\"")) {
        sel.get(keluaran.indexOf("kelasPenilai")).setTextContent("\"" + kelas + "\"");
      }
    }
  }

  /** A Puskesmas under the test Pemda's Dinas, with its head (Kepala Unit Kerja Mandiri). */
  private String puskesmas(TestOrganisasi.Org org) throws IOException {
    String kapus = org.pegawai().substring(0, 12) + "200033";
    impor.imporUnit(org.instansi(), aliranCsv("kode,nama,jenis,kode_induk\npkm,Puskesmas Uji,PUSKESMAS,dinas\n"), "uji");
    impor.imporPegawai(org.instansi(), aliranCsv("nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n"
        + kapus + ",drg. Maya Sari,PNS,Kepala Puskesmas Uji,KEPALA_UNIT_KERJA_MANDIRI,pkm,true,,true\n"), "uji");
    return kapus;
  }

  private static DmnModelInstance model(String decision) { return Dmn.readModelFromFile(Path.of("dmn", decision + ".dmn").toFile()); }

  private static void teks(DmnModelInstance dmn, String id, String isi) {
    dmn.getModelElementById(id).getChildElementsByType(Text.class).iterator().next().setTextContent(isi);
  }

  /** Deploys bpmn/ and dmn/ together, the edited tables in place of their files (the app deploys all its models at once). */
  private String terapkan(DmnModelInstance saluran, DmnModelInstance penilai) throws IOException {
    DeploymentBuilder deployment = repositoryService.createDeployment().name("aturan-desainer")
        .addModelInstance("dmn/assessment-channel.dmn", saluran).addModelInstance("dmn/appraiser-mapping.dmn", penilai);
    try (Stream<Path> bpmn = Files.list(Path.of("bpmn")); Stream<Path> dmn = Files.list(Path.of("dmn"))) {
      for (Path file : Stream.concat(bpmn, dmn).filter(f -> !f.endsWith("assessment-channel.dmn") && !f.endsWith("appraiser-mapping.dmn"))
          .toList()) {
        deployment.addString(file.getParent().getFileName() + "/" + file.getFileName(), Files.readString(file));
      }
    }
    return deployment.deploy().getId();
  }

  private String penilai(CycleService.HasilMassal hasil, String nip) {
    long skpId = hasil.dimulai().stream().filter(s -> s.nip().equals(nip)).findFirst().orElseThrow().skpId();
    return planning.get(skpId).getPenilai().getNip();
  }

  private static String prosesDari(CycleService.HasilMassal hasil, String nip) {
    return hasil.dimulai().stream().filter(s -> s.nip().equals(nip)).findFirst().orElseThrow().processInstanceId();
  }
}
