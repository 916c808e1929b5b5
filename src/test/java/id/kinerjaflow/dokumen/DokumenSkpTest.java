package id.kinerjaflow.dokumen;

import static id.kinerjaflow.evaluation.Rating.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.PenilaianInput;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Rhk;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The three official documents of a demo-like SKP (Bengkalis calendar 2024), fetched through the REST API and read back with
 * PDFBox: the employee, the appraiser and the appraiser's superior, every RHK, the lampiran, the ratings and the predicate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-dokumen;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class DokumenSkpTest {
  private static final String RHK_1 = "Tersusunnya laporan penyelenggaraan pemerintahan";
  private static final String RHK_2 = "Terkelolanya arsip bidang";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired PlanningService planning;
  @Autowired EvaluationService evaluation;

  TestOrganisasi.Org org;
  Skp skp;

  @BeforeEach
  void skpDinilaiSepanjangTahun() {
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
    Skp skpPenilai = skenario.mulai(org.penilai(), 2024); // so the appraiser's superior is known: the Kepala Dinas
    skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    skenario.jam(LocalDateTime.of(2024, 3, 5, 8, 0), skp.businessKey());
    evaluation.lapor(skp.getId(), 1, org.pegawai(), skenario.laporanLengkap(skp));
    List<Rhk> rhk = skenario.baca(() -> List.copyOf(planning.get(skp.getId()).getRhk()));
    assertThat(http.withBasicAuth(org.pegawai(), TestOrganisasi.PASSWORD).postForEntity("/api/skp/" + skp.getId() + "/periode/1/bukti",
        id.kinerjaflow.support.Berkas.unggah("notulen-rapat-januari.pdf", "application/pdf", pdfKecil()), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    evaluation.nilai(skp.getId(), 1, org.penilai(), new PenilaianInput(SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI, List.of(
        new PenilaianInput.UmpanBalikInput(rhk.get(0).getId(), "Laporan lengkap; percepat penyerahan ke Sekretariat"),
        new PenilaianInput.UmpanBalikInput(rhk.get(1).getId(), "Arsip tertata rapi")), null));
    skenario.jam(LocalDateTime.of(2025, 1, 2, 8, 0), skp.businessKey());
    skenario.jam(LocalDateTime.of(2025, 1, 2, 8, 0), skpPenilai.businessKey());
    evaluation.nilaiAkhir(skp.getId(), org.penilai(), new PenilaianInput(DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, null,
        "Kinerja konsisten sepanjang tahun"));
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void tigaDokumenMemuatPegawaiPenilaiRhkRatingDanPredikat() throws IOException {
    String skpPdf = teks(unduh(org.pegawai(), "skp.pdf"));
    assertThat(skpPdf).contains("SASARAN KINERJA PEGAWAI", "Budi Santoso", org.pegawai(), "Kepala Bidang Uji", org.penilai(),
        "Kepala Dinas Uji", org.kepalaDinas(), "Bidang Uji", RHK_1, RHK_2, "A. Utama", "B. Tambahan", "Kuantitas", "Kualitas", "Waktu",
        "Jumlah laporan yang disusun", "12 laporan", "Berorientasi Pelayanan", "Kolaboratif",
        "Anggaran kegiatan bidang dan satu unit komputer", "Dilaporkan setiap bulan kepada pejabat penilai",
        "Capaian di bawah target menjadi bahan pembinaan", "Pemda Uji", "2 Januari 2025", "Pegawai yang Dinilai", "Pejabat Penilai Kinerja");

    String periodik = teks(unduh(org.penilai(), "evaluasi/1.pdf"));
    assertThat(periodik).contains("DOKUMEN EVALUASI KINERJA PEGAWAI", "Januari–Februari 2024", "Budi Santoso", "Kepala Bidang Uji",
        "Kepala Dinas Uji", RHK_1, RHK_2, "Tercapai sesuai rencana periode ini", "Laporan lengkap; percepat penyerahan ke Sekretariat",
        "Arsip tertata rapi", "Sesuai Ekspektasi", "Di Atas Ekspektasi", "Baik", "notulen-rapat-januari.pdf");

    String tahunan = teks(unduh(TestOrganisasi.AUDITOR_DEMO, "demo", "evaluasi-tahunan.pdf"));
    assertThat(tahunan).contains("DOKUMEN EVALUASI KINERJA PEGAWAI", "Tahunan 2024", "Budi Santoso", "Kepala Bidang Uji", RHK_1, RHK_2,
        "Januari–Februari: Laporan lengkap", "PENILAIAN AKHIR", "Sangat Baik", "Kinerja konsisten sepanjang tahun",
        "notulen-rapat-januari.pdf", "Terkunci, tidak dinilai sampai batas");
  }

  @Test
  void hurufTertanamDanHanyaPembacaSkpYangMengunduh() throws IOException {
    byte[] pdf = unduh(org.pegawai(), "skp.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> font = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (COSName nama : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(nama);
          assertThat(f.isEmbedded()).as(f.getName()).isTrue();
          font.add(f.getName());
        }
      }
      assertThat(font).isNotEmpty().allMatch(n -> n.contains("DejaVuSans"));
    }
    assertThat(status(org.verifikator(), TestOrganisasi.PASSWORD, "skp.pdf")).isEqualTo(HttpStatus.OK); // admin of the instansi
    assertThat(status(org.kepalaDinas(), TestOrganisasi.PASSWORD, "evaluasi-tahunan.pdf")).isEqualTo(HttpStatus.FORBIDDEN);
    TestOrganisasi.Org lain = organisasi.baru("bengkalis-2024", 2024);
    assertThat(status(lain.verifikator(), TestOrganisasi.PASSWORD, "evaluasi/1.pdf")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(org.pegawai(), TestOrganisasi.PASSWORD, "evaluasi/99.pdf")).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void lampiranRencanaTersimpanLewatApiDenganJejakAudit() {
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    TestOrganisasi.Org baru = organisasi.baru("kapuas-2025", 2025);
    Skp draf = skenario.mulai(baru.pegawai(), 2025);
    Map<String, Object> rencana = Map.of("rhk", List.of(Map.of("uraian", RHK_1, "jenis", "UTAMA", "indikator", List.of(Map.of("uraian",
        "Jumlah laporan", "targetKuantitas", 12, "satuan", "laporan", "targetKualitas", 100, "targetWaktu", 12)))),
        "lampiran", Map.of("dukunganSumberDaya", "Anggaran DPA Bidang", "skemaPertanggungjawaban", "Laporan bulanan",
            "konsekuensi", "x".repeat(4001)));
    var ditolak = put(baru.pegawai(), "/api/skp/" + draf.getId() + "/rencana", rencana);
    assertThat(ditolak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ditolak.getBody().at("/errors/lampiran.konsekuensi").asText()).isEqualTo("maksimal 4000 karakter");

    var diterima = put(baru.pegawai(), "/api/skp/" + draf.getId() + "/rencana", Map.of("rhk", rencana.get("rhk"), "lampiran",
        Map.of("dukunganSumberDaya", "Anggaran DPA Bidang", "skemaPertanggungjawaban", "Laporan bulanan", "konsekuensi", "  ")));
    assertThat(diterima.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(diterima.getBody().get("lampiran").get("dukunganSumberDaya").asText()).isEqualTo("Anggaran DPA Bidang");
    assertThat(diterima.getBody().get("lampiran").get("konsekuensi").isNull()).isTrue();
    assertThat(jdbc.queryForList("select a.dukungan_sumber_daya || ' / ' || a.skema_pertanggungjawaban from skp_aud a join revisi r on r.id = a.rev"
        + " where a.id = ? and a.dukungan_sumber_daya is not null", String.class, draf.getId())).containsExactly("Anggaran DPA Bidang / Laporan bulanan");
  }

  @Test
  void zipPerangkatDaerahUntukKepalanya() throws IOException {
    ResponseEntity<byte[]> zip = http.withBasicAuth(org.kepalaDinas(), TestOrganisasi.PASSWORD)
        .getForEntity("/api/instansi/" + org.instansi() + "/dokumen?tahun=2024&unit=dinas", byte[].class);
    assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(zip.getHeaders().getContentDisposition().getFilename()).isEqualTo("dokumen-" + org.instansi() + "-2024-dinas.zip");
    Map<String, byte[]> isi = new java.util.LinkedHashMap<>();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.getBody()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) isi.put(e.getName(), in.readAllBytes());
    }
    String folder = org.pegawai() + " Budi Santoso/";
    assertThat(isi.keySet()).containsExactly(folder + "skp-2024-" + org.pegawai() + ".pdf", folder + "evaluasi-2024-1-" + org.pegawai() + ".pdf",
        folder + "evaluasi-tahunan-2024-" + org.pegawai() + ".pdf");
    assertThat(teks(isi.get(folder + "evaluasi-tahunan-2024-" + org.pegawai() + ".pdf"))).contains("Budi Santoso", "Sangat Baik");

    assertThat(http.withBasicAuth(org.kepalaDinas(), TestOrganisasi.PASSWORD)
        .getForEntity("/api/instansi/" + org.instansi() + "/dokumen?tahun=2024&unit=pemda", byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth(org.pegawai(), TestOrganisasi.PASSWORD)
        .getForEntity("/api/instansi/" + org.instansi() + "/dokumen?tahun=2024", byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** A sample page of each document for README (docs/). */
  @Test
  void halamanContohUntukReadme() throws IOException {
    Path dir = Path.of("target", "dokumen-contoh");
    Files.createDirectories(dir);
    for (var d : Map.of("skp", "skp.pdf", "evaluasi-periodik", "evaluasi/1.pdf", "evaluasi-tahunan", "evaluasi-tahunan.pdf").entrySet()) {
      try (PDDocument doc = Loader.loadPDF(unduh(org.pegawai(), d.getValue()))) {
        BufferedImage gambar = new PDFRenderer(doc).renderImageWithDPI(0, 80);
        ImageIO.write(gambar, "png", dir.resolve("contoh-" + d.getKey() + ".png").toFile());
      }
      assertThat(dir.resolve("contoh-" + d.getKey() + ".png")).isNotEmptyFile();
    }
  }

  private byte[] unduh(String user, String dokumen) { return unduh(user, TestOrganisasi.PASSWORD, dokumen); }

  private byte[] unduh(String user, String password, String dokumen) {
    ResponseEntity<byte[]> r = http.withBasicAuth(user, password).getForEntity("/api/skp/" + skp.getId() + "/dokumen/" + dokumen, byte[].class);
    assertThat(r.getStatusCode()).as(dokumen).isEqualTo(HttpStatus.OK);
    assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    return r.getBody();
  }

  private HttpStatus status(String user, String password, String dokumen) {
    return (HttpStatus) http.withBasicAuth(user, password).getForEntity("/api/skp/" + skp.getId() + "/dokumen/" + dokumen, byte[].class)
        .getStatusCode();
  }

  private ResponseEntity<JsonNode> put(String user, String path, Object body) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }

  private static String teks(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static byte[] pdfKecil() {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
