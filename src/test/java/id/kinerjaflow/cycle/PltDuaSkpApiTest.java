package id.kinerjaflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static id.kinerjaflow.support.Berkas.aliranCsv;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.organization.AkibatPenilai;
import id.kinerjaflow.organization.AppraiserResolver;
import id.kinerjaflow.organization.OrganizationImport;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.organization.PenilaiTidakDitemukan;
import id.kinerjaflow.planning.Kedudukan;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.TinjauanInput;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.process.SkpPlanningProcess;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ForbiddenException;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An acting official keeps two SKP (Kotawaringin Barat, SE 861.5/17/BKPSDM.IV/2024 point 4). Rina, Sekretaris Dinas Uji
 * (Administrator, heading its Sekretariat), is Plt Kepala Dinas Kesehatan Uji, whose head retired: her own SKP is appraised
 * by the Kepala Dinas Uji (row 4), the Kepala Dinas Kesehatan SKP by the Bupati (row 1).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-plt;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class PltDuaSkpApiTest {
  private static final String JUDUL_PEGAWAI = "nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n";

  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired OrganizationImport impor;
  @Autowired OrganizationService organization;
  @Autowired AppraiserResolver resolver;
  @Autowired PlanningService planning;
  @Autowired TaskService taskService;

  TestOrganisasi.Org org;
  String bupati, kadis, rina;

  @BeforeEach
  void pemdaUji() throws IOException {
    Skenario.jam(LocalDateTime.of(2024, 1, 2, 8, 0));
    org = organisasi.baru("kotawaringin-barat-2024", 2024);
    bupati = nip(1);
    kadis = org.kepalaDinas();
    rina = nip(6);
    impor.imporUnit(org.instansi(), aliranCsv("""
        kode,nama,jenis,kode_induk
        sekretariat,Sekretariat Dinas Uji,DINAS,dinas
        dinkes,Dinas Kesehatan Uji,DINAS,pemda
        """), "admin");
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void pltKepalaDinasPunyaDuaSkpDuaSiklusDenganPenilaiMasingMasing() throws IOException {
    impor.imporPegawai(org.instansi(), aliranCsv(JUDUL_PEGAWAI
        + nip(7) + ",dr. Hadi Pensiun,PNS,Kepala Dinas Kesehatan Uji,KEPALA_PERANGKAT_DAERAH,dinkes,true,,false\n"
        + rina + ",Rina Marlina,PNS,Sekretaris Dinas Uji,ADMINISTRATOR,sekretariat,true,dinkes,true\n"), "admin");

    var mulai = post("/api/siklus", Map.of("nip", rina, "tahun", 2024));

    assertThat(mulai.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode definitif = mulai.getBody(), plt = definitif.get("plt");
    assertThat(definitif.get("kedudukan").asText()).isEqualTo("DEFINITIF");
    assertThat(definitif.get("jabatan").asText()).isEqualTo("Sekretaris Dinas Uji");
    assertThat(definitif.get("baru").asBoolean()).isTrue();
    assertThat(plt.get("kedudukan").asText()).isEqualTo("PLT");
    assertThat(plt.get("jabatan").asText()).isEqualTo("Kepala Dinas Kesehatan Uji");
    assertThat(plt.get("baru").asBoolean()).isTrue();
    assertThat(plt.get("processInstanceId").asText()).isNotEqualTo(definitif.get("processInstanceId").asText());
    Skp sendiri = planning.get(definitif.get("skpId").asLong()), acting = planning.get(plt.get("skpId").asLong());
    assertThat(sendiri.businessKey()).isEqualTo(rina + "-2024");
    assertThat(acting.businessKey()).isEqualTo(rina + "-2024-plt");
    JsonNode penilaiPlt = get("/api/pegawai/" + rina + "/penilai?tahun=2024&plt=true");
    assertThat(penilaiPlt.get("nip").asText()).isEqualTo(acting.getPenilai().getNip());
    assertThat(penilaiPlt.get("baris").asText()).isEqualTo("1");
    assertThat(get("/api/pegawai/" + rina + "/penilai?tahun=2024").get("nip").asText()).isEqualTo(sendiri.getPenilai().getNip());
    assertThat(get("/api/pegawai/" + org.pegawai() + "/penilai?tahun=2024&plt=true").at("/errors/plt").asText())
        .isEqualTo("Budi Santoso (" + org.pegawai() + ") tidak tercatat sebagai Plt/Plh");
    assertThat(sendiri.getPenilai().getNip()).isEqualTo(kadis);
    assertThat(sendiri.getAturanPenilai()).isEqualTo("Baris 4: Pejabat Pimpinan Tinggi Pratama menilai Pejabat Administrator");
    assertThat(acting.getPenilai().getNip()).isEqualTo(bupati);
    assertThat(acting.getAturanPenilai()).isEqualTo("Baris 1: Bupati menilai Kepala Perangkat Daerah");

    // Each cycle's first task is Rina's, named for its position.
    assertThat(tugas(sendiri, SkpPlanningProcess.TASK_DRAFT)).extracting(Task::getAssignee, Task::getName)
        .containsExactly(rina, "Susun Rencana SKP 2024 — Rina Marlina (" + rina + ")");
    assertThat(tugas(acting, SkpPlanningProcess.TASK_DRAFT)).extracting(Task::getAssignee, Task::getName)
        .containsExactly(rina, "Susun Rencana SKP 2024 — Rina Marlina (Plt. Kepala Dinas Kesehatan Uji) (" + rina + ")");
    JsonNode rencana = get("/api/skp/" + acting.getId() + "/rencana");
    assertThat(rencana.get("jabatan").asText()).isEqualTo("Kepala Dinas Kesehatan Uji");
    assertThat(rencana.get("kedudukan").asText()).isEqualTo("PLT");
    assertThat(rencana.get("penilaiNip").asText()).isEqualTo(bupati);
    assertThat(get("/api/skp/" + sendiri.getId() + "/hasil").get("kedudukan").asText()).isEqualTo("DEFINITIF");

    // Starting again finds both; the instansi-wide start lists each cycle on its own.
    var lagi = post("/api/siklus", Map.of("nip", rina, "tahun", 2024));
    assertThat(lagi.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lagi.getBody().get("skpId").asLong()).isEqualTo(sendiri.getId());
    assertThat(lagi.getBody().get("baru").asBoolean()).isFalse();
    assertThat(lagi.getBody().at("/plt/skpId").asLong()).isEqualTo(acting.getId());
    assertThat(lagi.getBody().at("/plt/baru").asBoolean()).isFalse();
    var peluncuran = post("/api/instansi/" + org.instansi() + "/siklus", Map.of("tahun", 2024));
    assertThat(peluncuran.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(peluncuran.getHeaders().getLocation()).hasPath(peluncuran.getBody().get("kemajuan").asText());
    JsonNode kemajuan = get(peluncuran.getBody().get("kemajuan").asText());
    assertThat(kemajuan.get("status").asText()).isEqualTo("SELESAI");
    assertThat(kemajuan.get("gagal")).isEmpty();
    JsonNode massal = kemajuan.get("hasil");
    assertThat(massal.get("sudahAda")).extracting(s -> s.get("skpId").asLong(), s -> s.get("kedudukan").asText())
        .containsExactlyInAnyOrder(tuple(sendiri.getId(), "DEFINITIF"), tuple(acting.getId(), "PLT"));
    assertThat(massal.get("dimulai")).extracting(s -> s.get("nip").asText())
        .containsExactlyInAnyOrder(kadis, org.penilai(), org.pegawai(), org.verifikator());
    // The outcomes are counted, and detailed a page at a time: the second page of four holds the last two cycles.
    JsonNode halaman = get(peluncuran.getBody().get("kemajuan").asText() + "?halaman=1&ukuran=4").get("hasil");
    assertThat(halaman.get("jumlah").get("dimulai").asLong()).isEqualTo(4);
    assertThat(halaman.get("jumlah").get("sudahAda").asLong()).isEqualTo(2);
    assertThat(halaman.get("dimulai").size() + halaman.get("sudahAda").size()).isEqualTo(2);
    assertThat(http.withBasicAuth(org.verifikator(), TestOrganisasi.PASSWORD)
        .getForEntity(peluncuran.getBody().get("kemajuan").asText() + "?ukuran=5000", JsonNode.class).getBody()
        .at("/errors/ukuran").asText()).isEqualTo("ukuran halaman harus 1 sampai 1000");

    // Each plan goes to its own appraiser for review.
    for (Skp skp : new Skp[] {sendiri, acting}) {
      planning.ubahRencana(skp.getId(), rina, Skenario.rencanaDuaRhk());
      planning.ajukan(skp.getId(), rina);
    }
    assertThat(tugas(sendiri, SkpPlanningProcess.TASK_REVIEW).getAssignee()).isEqualTo(kadis);
    assertThat(tugas(acting, SkpPlanningProcess.TASK_REVIEW)).extracting(Task::getAssignee, Task::getName)
        .containsExactly(bupati, "Tinjau Rencana SKP 2024 — Rina Marlina (Plt. Kepala Dinas Kesehatan Uji) (" + rina + ")");
    assertThatThrownBy(() -> planning.tinjau(acting.getId(), kadis, new TinjauanInput(true, null, null)))
        .isInstanceOf(ForbiddenException.class);

    // A new Kepala Dinas Uji, and a definitive Kepala Dinas Kesehatan ends Rina's Plt: her own SKP follows its new
    // appraiser; the Kepala Dinas Kesehatan SKP, resolved for that position, stays with the Bupati and keeps running.
    String kadisBaru = nip(8);
    OrganizationImport.Hasil hasil = impor.imporPegawai(org.instansi(), aliranCsv(JUDUL_PEGAWAI
        + kadis + ",Kepala Dinas Uji,PNS,Kepala Dinas Uji,KEPALA_PERANGKAT_DAERAH,dinas,true,,false\n"
        + kadisBaru + ",Yusuf Maulana,PNS,Kepala Dinas Uji,KEPALA_PERANGKAT_DAERAH,dinas,true,,true\n"
        + nip(9) + ",dr. Sinta Dewi,PNS,Kepala Dinas Kesehatan Uji,KEPALA_PERANGKAT_DAERAH,dinkes,true,,true\n"
        + rina + ",Rina Marlina,PNS,Sekretaris Dinas Uji,ADMINISTRATOR,sekretariat,true,,true\n"), "admin");

    assertThat(akibat(hasil.penilai()).tanpaPenilai()).isEmpty();
    assertThat(akibat(hasil.penilai()).dipindahkan()).filteredOn(p -> p.nip().equals(rina))
        .extracting(PenyelarasanPenilai.Perpindahan::skpId, PenyelarasanPenilai.Perpindahan::kedudukan,
            PenyelarasanPenilai.Perpindahan::penilaiBaruNip)
        .containsExactly(tuple(sendiri.getId(), Kedudukan.DEFINITIF, kadisBaru));
    assertThat(tugas(sendiri, SkpPlanningProcess.TASK_REVIEW).getAssignee()).isEqualTo(kadisBaru);
    assertThat(tugas(acting, SkpPlanningProcess.TASK_REVIEW).getAssignee()).isEqualTo(bupati);
    assertThat(planning.get(acting.getId()).getPenilai().getNip()).isEqualTo(bupati);
    assertThat(skenario.instance(acting.businessKey(), SkpAnnualCycleProcess.PROCESS_ID)).isNotNull();
    var setelahPlt = post("/api/siklus", Map.of("nip", rina, "tahun", 2024));
    assertThat(setelahPlt.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(setelahPlt.getBody().at("/plt/skpId").asLong()).as("the acting SKP stays after the Plt ended").isEqualTo(acting.getId());
  }

  /**
   * Rina is Plt of her own Kepala Dinas (the head retired). The Kepala Dinas SKP is the Bupati's to appraise (row 1). Her own
   * position's appraiser under row 4 is the Kepala Dinas, that is herself while she acts: the table names nobody else.
   */
  @Test
  void sekretarisPltKepalaDinasnyaSendiri() throws IOException {
    impor.imporPegawai(org.instansi(), aliranCsv(JUDUL_PEGAWAI
        + kadis + ",Kepala Dinas Uji,PNS,Kepala Dinas Uji,KEPALA_PERANGKAT_DAERAH,dinas,true,,false\n"
        + rina + ",Rina Marlina,PNS,Sekretaris Dinas Uji,ADMINISTRATOR,sekretariat,true,dinas,true\n"), "admin");
    Pegawai sekretaris = organization.pegawai(rina);

    AppraiserResolver.Hasil kepalaDinas = resolver.resolve(sekretaris, organization.jabatanPlt(sekretaris).orElseThrow(), 2024);
    assertThat(kepalaDinas.penilai().getNip()).isEqualTo(bupati);
    assertThat(kepalaDinas.baris()).isEqualTo("1");
    assertThatThrownBy(() -> resolver.resolve(sekretaris, 2024)).isInstanceOf(PenilaiTidakDitemukan.class)
        .hasMessage("Pejabat penilai untuk Rina Marlina (" + rina + ") tidak ditemukan: tidak ada pejabat JPT_PRATAMA/"
            + "KEPALA_PERANGKAT_DAERAH (definitif, atau Plt/Plh bila jabatan kepala kosong) di Sekretariat Dinas Uji atau unit"
            + " induknya (aturan baris 4).");
    assertThat(resolver.resolve(organization.pegawai(org.penilai()), 2024).penilai().getNip())
        .as("the Kepala Bidang's appraiser is Rina, as Plt Kepala Dinas").isEqualTo(rina);

    // Both cycles start: the acting one with the Bupati, her own waits for BKPSDM to determine its appraiser.
    var mulai = post("/api/siklus", Map.of("nip", rina, "tahun", 2024));
    assertThat(mulai.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(mulai.getBody().get("menungguPenilai").asBoolean()).isTrue();
    assertThat(mulai.getBody().at("/plt/menungguPenilai").asBoolean()).isFalse();
    assertThat(planning.get(mulai.getBody().at("/plt/skpId").asLong()).getPenilai().getNip()).isEqualTo(bupati);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(rina + "-2024").singleResult().getTaskDefinitionKey())
        .isEqualTo(SkpAnnualCycleProcess.TASK_DETERMINE_APPRAISER);
  }

  private Task tugas(Skp skp, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(skp.businessKey()).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private ResponseEntity<JsonNode> post(String path, Object body) {
    return http.withBasicAuth(org.verifikator(), TestOrganisasi.PASSWORD).postForEntity(path, body, JsonNode.class);
  }

  private JsonNode get(String path) {
    return http.withBasicAuth(org.verifikator(), TestOrganisasi.PASSWORD).getForEntity(path, JsonNode.class).getBody();
  }

  /** A NIP next to the test Pemda's own (which use 1 to 5). */
  private String nip(int k) { return org.pegawai().substring(0, 12) + String.format("%05d%d", 10000 + k, k % 10); }

  /** The moves the cycle package reported on the organisation change. */
  private static PenyelarasanPenilai.Hasil akibat(AkibatPenilai penilai) { return (PenyelarasanPenilai.Hasil) penilai; }
}
