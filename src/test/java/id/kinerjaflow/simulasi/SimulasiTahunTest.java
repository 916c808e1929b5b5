package id.kinerjaflow.simulasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.instansi.JenisTenggat;
import id.kinerjaflow.instansi.TenggatService;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.NotFoundException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The year simulation: the table a BKPSDM admin reads from the API, and the same year replayed on the engine clock by
 * the {@code simulasi} command's service. Both must name the same lock instants, row by row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // The command runs every job itself, continuations included, as it does with the simulasi profile.
    properties = {"spring.datasource.url=jdbc:h2:mem:kinerja-simulasi-test;DB_CLOSE_DELAY=-1", "uji.lanjutan-segera=false"})
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class SimulasiTahunTest {
  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired SimulasiTahun simulasi;
  @Autowired TenggatService tenggat;

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sungai-penuh-2024", "bengkalis-2024"})
  void mesinProsesMenguncinyaTepatSepertiTabelApi(String preset) {
    // Given: an instansi with the preset's 2024 calendar, and its table as the API gives it.
    TestOrganisasi.Org org = organisasi.baru(preset, 2024);
    JsonNode tabel = bacaTabel(org.verifikator(), org.instansi(), 2024).getBody();

    // When: the command's service replays 2024 on the engine clock.
    List<SimulasiTahun.Hasil> hasil = simulasi.jalankan(preset, 2024, Skenario.WIB);

    // Then: every deadline of the table happened in the engine, at the instant the API names.
    assertThat(hasil).extracting(h -> h.baris().nama(), SimulasiTahun.Hasil::teramati)
        .containsExactlyElementsOf(StreamSupport.stream(tabel.spliterator(), false)
            .map(b -> tuple(b.get("nama").asText(), OffsetDateTime.parse(b.get("terkunciPada").asText()))).toList());
    assertThat(hasil).allMatch(SimulasiTahun.Hasil::sesuai);
    assertThat(hasil.get(0).keadaan()).isEqualTo("tercatat terlambat");
  }

  @Test
  void sungaiPenuhLaporanTanggal10PenilaianTanggal12() {
    TestOrganisasi.Org org = organisasi.baru("sungai-penuh-2024", 2024);

    ResponseEntity<JsonNode> jawaban = bacaTabel(org.verifikator(), org.instansi(), 2024);

    // Then: the instansi's admin reads it; the plan first, then January's report (10th) and rating (12th) deadlines.
    assertThat(jawaban.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode tabel = jawaban.getBody();
    assertThat(tabel).hasSize(1 + 2 * 12 + 1);
    assertThat(List.of(tabel.get(0), tabel.get(1), tabel.get(2))).extracting(b -> b.get("urutan").asInt(), b -> b.get("jenis").asText(),
            b -> b.get("nama").asText(), b -> b.get("dibuka").asText(), b -> b.get("batas").asText(),
            b -> b.get("terkunciPada").asText(), b -> b.get("akibat").asText())
        .containsExactly(
            tuple(1, "RENCANA", "Penetapan SKP 2024", "2024-01-01", "2024-01-31", "2024-02-01T00:00+07:00",
                "SKP yang belum ditetapkan tercatat terlambat"),
            tuple(2, "PERIODE", "Laporan Januari 2024", "2024-02-01", "2024-02-10", "2024-02-11T00:00+07:00",
                "laporan ditutup; periode yang belum dilaporkan terkunci"),
            tuple(3, "PERIODE", "Penilaian Januari 2024", "2024-02-01", "2024-02-12", "2024-02-13T00:00+07:00",
                "periode yang belum dinilai terkunci, tidak dinilai"));
    assertThat(tabel.get(tabel.size() - 1).get("nama").asText()).isEqualTo("Penilaian akhir 2024");
    assertThat(tabel.get(tabel.size() - 1).get("dibuka").asText()).isEqualTo("2025-01-01");
  }

  @Test
  void bengkalisSatuBarisPerPeriodeDesemberBersamaPenilaianAkhir() {
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);

    JsonNode tabel = bacaTabel(org.verifikator(), org.instansi(), 2024).getBody();

    // Then: report and rating share one deadline, so one row each; December and the final lock at the same instant.
    assertThat(tabel).hasSize(1 + 11 + 1);
    assertThat(tabel.get(1).get("nama").asText()).isEqualTo("Laporan dan penilaian Januari–Februari 2024");
    assertThat(tabel.get(1).get("terkunciPada").asText()).isEqualTo("2024-03-21T00:00+07:00");
    assertThat(tabel.get(1).get("akibat").asText()).isEqualTo("periode yang belum dinilai terkunci");
    assertThat(List.of(tabel.get(11), tabel.get(12))).extracting(b -> b.get("nama").asText(), b -> b.get("terkunciPada").asText())
        .containsExactly(tuple("Laporan dan penilaian Desember 2024", "2025-02-01T00:00+07:00"),
            tuple("Penilaian akhir 2024", "2025-02-01T00:00+07:00"));
  }

  @Test
  void perubahanTenggatIkutDalamTabel() {
    // Given: on 5 January BKPSDM moves January's rating deadline to the 14th (the report deadline moves with it).
    Skenario.jam(LocalDateTime.of(2024, 1, 5, 9, 0));
    TestOrganisasi.Org org = organisasi.baru("sungai-penuh-2024", 2024);
    tenggat.ubah(org.instansi(), 2024, new TenggatService.Perubahan(JenisTenggat.PERIODE, 1, null, LocalDate.of(2024, 2, 14),
        "SE Wali Kota No. 800/1/2024"), "admin");

    JsonNode tabel = bacaTabel(org.verifikator(), org.instansi(), 2024).getBody();

    assertThat(List.of(tabel.get(1), tabel.get(2))).extracting(b -> b.get("nama").asText(), b -> b.get("terkunciPada").asText())
        .containsExactly(tuple("Laporan Januari 2024", "2024-02-13T00:00+07:00"),
            tuple("Penilaian Januari 2024", "2024-02-15T00:00+07:00"));
  }

  @Test
  void tanpaLogin401PegawaiBiasa403InstansiAtauTahunTakDikenal404() {
    TestOrganisasi.Org org = organisasi.baru("kapuas-2025", 2025);

    assertThat(http.getForEntity("/api/instansi/" + org.instansi() + "/kalender/2025/simulasi", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(bacaTabel(org.pegawai(), org.instansi(), 2025).getStatusCode()).as("an employee does not read the instansi's calendar")
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> instansiTakAda = http.withBasicAuth("admin", "admin")
        .getForEntity("/api/instansi/tidak-ada/kalender/2025/simulasi", JsonNode.class);
    assertThat(instansiTakAda.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(instansiTakAda.getBody().get("detail").asText()).isEqualTo("Instansi 'tidak-ada' tidak ditemukan.");
    ResponseEntity<JsonNode> tahunTakAda = bacaTabel(org.verifikator(), org.instansi(), 2024);
    assertThat(tahunTakAda.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(tahunTakAda.getBody().get("detail").asText())
        .isEqualTo("Kalender tahun 2024 untuk instansi '" + org.instansi() + "' tidak ditemukan.");
  }

  @Test
  void presetAtauTahunSalahDitolak() {
    assertThatThrownBy(() -> simulasi.jalankan("tidak-ada", 2024, Skenario.WIB)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("sungai-penuh-2024");
    assertThatThrownBy(() -> simulasi.jalankan("kapuas-2025", 1999, Skenario.WIB)).isInstanceOf(InvalidInputException.class);
  }

  private ResponseEntity<JsonNode> bacaTabel(String nip, String instansi, int tahun) {
    return http.withBasicAuth(nip, TestOrganisasi.PASSWORD)
        .getForEntity("/api/instansi/" + instansi + "/kalender/" + tahun + "/simulasi", JsonNode.class);
  }
}
