package id.kinerjaflow.e2e;

import static id.kinerjaflow.support.Perintah.jalankan;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Pemantauan and Konsol BKPSDM pages in Debian's Chromium (e2e/halaman-konsol.mjs, playwright-core), at 1280×800 and
 * 390 px: a Kepala Perangkat Daerah finds who is late in their perangkat daerah; a BKPSDM admin imports a CSV with an error,
 * fixes it at its line, attaches a calendar and starts the cycles, watching the progress. Screenshots: docs/layar/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-halaman;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class HalamanKonsolBrowserTest {
  @LocalServerPort int port;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired PlanningService planning;
  @Autowired OrganizationService organization;
  @Autowired InstansiService instansiService;

  @BeforeAll
  static void browserTersedia() throws IOException, InterruptedException {
    jalankan("persiapan browser", Map.of(), "bash", "e2e/setup.sh");
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void kepalaPerangkatDaerahMenemukanYangTerlambat() throws Exception {
    // Given: 5 February 2024, after Bengkalis' plan deadline: Budi's plan is set, the verifier's is not.
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    Skp terlambat = skenario.mulai(org.verifikator(), 2024);
    skenario.jam(LocalDateTime.of(2024, 2, 5, 9, 0), terlambat.businessKey());

    tahap("pemantauan", Map.of("KPD", org.kepalaDinas(), "TAHUN", "2024", "NAMA_TERLAMBAT", "Verifikator BKPSDM Uji",
        "NAMA_TEPAT", "Budi Santoso"));
  }

  @Test
  void adminBkpsdmMengimporMemasangKalenderDanMemulaiSiklus() throws Exception {
    Skenario.jam(LocalDateTime.of(2025, 1, 6, 9, 0));
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    String awal = org.pegawai().substring(0, 12) + "4000";

    tahap("konsol", Map.of("ADMIN", org.verifikator(), "TAHUN", "2025", "NIP_BARU1", awal + "11", "NIP_BARU2", awal + "22"));

    // What the pages did is in the domain: both employees imported, the Kapuas calendar attached, their cycles started.
    assertThat(organization.cariPegawai(awal + "22")).isPresent();
    assertThat(instansiService.kalender(org.instansi(), 2025).getPreset()).isEqualTo("kapuas-2025");
    assertThat(skenario.baca(() -> planning.semua(instansiService.get(org.instansi()), 2025)).stream()
        .map(s -> s.getPegawai().getNip())).contains(awal + "11", awal + "22", org.pegawai());
  }

  private void tahap(String nama, Map<String, String> env) throws IOException, InterruptedException {
    Map<String, String> semua = new HashMap<>(env);
    semua.put("BASE_URL", "http://localhost:" + port);
    semua.put("PASSWORD", TestOrganisasi.PASSWORD);
    semua.put("LAYAR", Path.of("docs/layar").toAbsolutePath().toString());
    jalankan("tahap browser " + nama, semua, "node", "e2e/halaman-konsol.mjs", nama);
  }
}
