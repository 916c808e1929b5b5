package id.kinerjaflow.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.support.Skenario;
import java.nio.file.Files;
import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo instansi configures a keystore: its SKP document comes signed through the API, and the signature verifies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-ttd;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class DokumenBertandaTanganApiTest {
  private static final String SITI = "199504042020121004"; // demo Pelaksana, password demo
  private static KeystoreUji keystore;

  @Autowired TestRestTemplate http;
  @Autowired Skenario skenario;

  @DynamicPropertySource
  static void keystoreDemo(DynamicPropertyRegistry registry) throws Exception {
    keystore = KeystoreUji.buat(Files.createTempDirectory("kinerja-ttd").resolve("bkpsdm.p12"), "BKPSDM Demo Bengkalis");
    registry.add("kinerja.dokumen.tanda-tangan.demo-bengkalis.keystore", () -> "file:" + keystore.berkas);
    registry.add("kinerja.dokumen.tanda-tangan.demo-bengkalis.kata-sandi", () -> KeystoreUji.SANDI);
    registry.add("kinerja.dokumen.tanda-tangan.demo-bengkalis.lokasi", () -> "Bengkalis");
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void skpDemoDitandatanganiInstansi() throws Exception {
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    Skp skp = skenario.rencanaDisetujui(skenario.mulai(SITI, 2024));

    ResponseEntity<byte[]> r = http.withBasicAuth(SITI, "demo").getForEntity("/api/skp/" + skp.getId() + "/dokumen/skp.pdf", byte[].class);

    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    byte[] pdf = r.getBody();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDSignature s = doc.getSignatureDictionaries().get(0);
      assertThat(s.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      assertThat(s.getLocation()).isEqualTo("Bengkalis");
      assertThat(s.getByteRange()[2] + s.getByteRange()[3]).isEqualTo(pdf.length);
      assertThat(KeystoreUji.penandaSah(s.getSignedContent(pdf), s.getContents(pdf))).isEqualTo(keystore.sertifikat);
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Siti Aminah", "ditandatangani secara elektronik (PAdES)");
    }
  }
}
