package id.kinerjaflow.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * PAdES signing with a keystore the instansi configures: a PKCS#12 keystore is made here (a self-signed certificate of a
 * BKPSDM), a document is signed, and PDFBox with BouncyCastle verifies the signature over the whole file.
 */
class TandaTanganTest {
  private static final String SANDI = "rahasia-keystore";
  @TempDir static Path dir;
  static Path keystore;
  static X509Certificate sertifikat;

  @BeforeAll
  static void keystoreBkpsdm() throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    KeyPair kunci = gen.generateKeyPair();
    X500Name nama = new X500Name("CN=BKPSDM Kabupaten Kapuas, O=Pemerintah Kabupaten Kapuas, C=ID");
    Instant kini = Instant.now();
    JcaX509v3CertificateBuilder cert = new JcaX509v3CertificateBuilder(nama, BigInteger.valueOf(kini.toEpochMilli()),
        Date.from(kini.minus(1, ChronoUnit.DAYS)), Date.from(kini.plus(365, ChronoUnit.DAYS)), nama, kunci.getPublic());
    cert.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    sertifikat = new JcaX509CertificateConverter().getCertificate(cert.build(new JcaContentSignerBuilder("SHA256withRSA").build(kunci.getPrivate())));
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry("bkpsdm", kunci.getPrivate(), SANDI.toCharArray(), new Certificate[] {sertifikat});
    keystore = dir.resolve("bkpsdm-kapuas.p12");
    try (OutputStream out = Files.newOutputStream(keystore)) {
      ks.store(out, SANDI.toCharArray());
    }
  }

  @Test
  void pdfBertandaTanganDiverifikasiPdfboxDanBouncyCastle() throws Exception {
    TandaTangan ttd = new TandaTangan(new DokumenProperties(Map.of("kapuas", new DokumenProperties.Penanda("file:" + keystore, null, SANDI,
        null, "Kuala Kapuas"))), new DefaultResourceLoader());
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
    TandaTangan ttd = new TandaTangan(new DokumenProperties(Map.of()), new DefaultResourceLoader());
    byte[] asli = CetakPdf.pdf(new Xhtml("SKP Uji").tulis("<p>Budi Santoso</p>").selesai(), "SKP Uji");

    assertThat(ttd.tandatangani("bengkalis", asli, "SKP")).isSameAs(asli);
    try (PDDocument doc = Loader.loadPDF(asli)) {
      assertThat(doc.getSignatureDictionaries()).isEmpty();
    }
  }

  /** The CMS signature over the signed bytes, by the keystore's certificate, with PAdES' signing-certificate-v2 and no signing-time. */
  private static boolean verifikasi(PDSignature s, byte[] pdf) throws Exception {
    return verifikasi(s.getSignedContent(pdf), s.getContents(pdf));
  }

  private static boolean verifikasi(byte[] ditandatangani, byte[] tandaTangan) throws Exception {
    // /Contents is padded with zeros to its reserved size; the CMS object is the first ASN.1 value in it.
    byte[] cmsTanpaPadding;
    try (var asn1 = new org.bouncycastle.asn1.ASN1InputStream(tandaTangan)) {
      cmsTanpaPadding = asn1.readObject().getEncoded();
    }
    CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(ditandatangani), cmsTanpaPadding);
    SignerInformation penanda = cms.getSignerInfos().getSigners().iterator().next();
    X509CertificateHolder pemegang = (X509CertificateHolder) cms.getCertificates().getMatches(penanda.getSID()).iterator().next();
    assertThat(pemegang.getSubject().toString()).contains("CN=BKPSDM Kabupaten Kapuas");
    assertThat(new JcaX509CertificateConverter().getCertificate(pemegang)).isEqualTo(sertifikat);
    assertThat(penanda.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
    assertThat(penanda.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
    try {
      return penanda.verify(new JcaSimpleSignerInfoVerifierBuilder().build(pemegang));
    } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
      return false;
    }
  }
}
