package id.kinerjaflow.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * PAdES signing with a keystore the instansi configures: a PKCS#12 keystore is made here (a self-signed certificate of a
 * BKPSDM), a document is signed, and PDFBox with BouncyCastle verifies the signature over the whole file.
 */
class TandaTanganTest {
  @TempDir static Path dir;
  static KeystoreUji keystore;

  @BeforeAll
  static void keystoreBkpsdm() throws Exception { keystore = KeystoreUji.buat(dir.resolve("bkpsdm-kapuas.p12"), "BKPSDM Kabupaten Kapuas"); }

  @Test
  void pdfBertandaTanganDiverifikasiPdfboxDanBouncyCastle() throws Exception {
    TandaTangan ttd = new TandaTangan(new DokumenProperties(Map.of("kapuas", new DokumenProperties.Penanda("file:" + keystore.berkas, null, KeystoreUji.SANDI,
        null, "Kuala Kapuas"))), new DefaultResourceLoader(), Clock.systemUTC());
    byte[] asli = CetakPdf.pdf(new Xhtml("SKP Uji").tulis("<h1>SASARAN KINERJA PEGAWAI</h1><p>Budi Santoso — NIP 199001012020121001</p>")
        .selesai(), "SKP Uji");

    byte[] bertanda = ttd.tandatangani("kapuas", asli, "SKP Tahunan 2024");

    try (PDDocument doc = Loader.loadPDF(bertanda)) {
      List<PDSignature> semua = doc.getSignatureDictionaries();
      assertThat(semua).hasSize(1);
      PDSignature s = semua.get(0);
      assertThat(s.getFilter()).isEqualTo(PDSignature.FILTER_ADOBE_PPKLITE.getName());
      assertThat(s.getSubFilter()).isEqualTo(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName());
      assertThat(s.getReason()).isEqualTo("SKP Tahunan 2024");
      assertThat(s.getLocation()).isEqualTo("Kuala Kapuas");
      int[] rentang = s.getByteRange();
      assertThat(rentang[0]).isZero();
      assertThat(rentang[2] + rentang[3]).as("the signature covers the whole file").isEqualTo(bertanda.length);
      assertThat(verifikasi(s, bertanda)).isTrue();
      assertThat(new PDFTextStripper().getText(doc)).contains("Budi Santoso");
    }

    // One byte changed inside the signed range: the signature no longer verifies.
    try (PDDocument doc = Loader.loadPDF(bertanda)) {
      PDSignature s = doc.getSignatureDictionaries().get(0);
      byte[] isi = s.getSignedContent(bertanda);
      isi[isi.length / 2] ^= 1;
      assertThat(verifikasi(isi, s.getContents(bertanda))).isFalse();
    }
  }

  @Test
  void tanpaKeystoreDokumenTidakDitandatangani() throws Exception {
    TandaTangan ttd = new TandaTangan(new DokumenProperties(Map.of()), new DefaultResourceLoader(), Clock.systemUTC());
    byte[] asli = CetakPdf.pdf(new Xhtml("SKP Uji").tulis("<p>Budi Santoso</p>").selesai(), "SKP Uji");

    assertThat(ttd.tandatangani("bengkalis", asli, "SKP")).isSameAs(asli);
    try (PDDocument doc = Loader.loadPDF(asli)) {
      assertThat(doc.getSignatureDictionaries()).isEmpty();
    }
  }

  /** Verifies like a PDF reader: the keystore's certificate signed the bytes, with PAdES' signing-certificate-v2 and no signing-time. */
  private static boolean verifikasi(PDSignature s, byte[] pdf) throws Exception { return verifikasi(s.getSignedContent(pdf), s.getContents(pdf)); }

  private static boolean verifikasi(byte[] ditandatangani, byte[] tandaTangan) throws Exception {
    X509Certificate penanda = KeystoreUji.penandaSah(ditandatangani, tandaTangan);
    if (penanda == null) return false;
    assertThat(penanda).isEqualTo(keystore.sertifikat);
    try (var asn1 = new org.bouncycastle.asn1.ASN1InputStream(tandaTangan)) {
      var atribut = new CMSSignedData(asn1.readObject().getEncoded()).getSignerInfos().getSigners().iterator().next().getSignedAttributes();
      assertThat(atribut.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
      assertThat(atribut.get(CMSAttributes.signingTime)).isNull();
    }
    return true;
  }
}
