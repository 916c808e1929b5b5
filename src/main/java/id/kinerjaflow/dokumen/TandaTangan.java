package id.kinerjaflow.dokumen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Signs a PDF with the instansi's keystore as PAdES (baseline B: {@code ETSI.CAdES.detached}, a CMS signature with the
 * signing certificate as a signed attribute and no signing time of its own), so a PDF reader shows who signed it and that
 * nothing changed since. Without a keystore the PDF is returned as it is.
 */
@Component
public class TandaTangan {
  private final DokumenProperties properties;
  private final ResourceLoader resources;
  private final Clock clock;

  TandaTangan(DokumenProperties properties, ResourceLoader resources, Clock clock) {
    this.clock = clock;
    this.properties = properties;
    this.resources = resources;
  }

  public boolean aktif(String instansi) { return properties.penanda(instansi) != null; }

  public byte[] tandatangani(String instansi, byte[] pdf, String alasan) {
    DokumenProperties.Penanda penanda = properties.penanda(instansi);
    if (penanda == null) return pdf;
    try {
      KeyStore ks = KeyStore.getInstance(penanda.jenis() == null || penanda.jenis().isBlank() ? "PKCS12" : penanda.jenis());
      char[] sandi = penanda.kataSandi() == null ? new char[0] : penanda.kataSandi().toCharArray();
      try (InputStream in = resources.getResource(penanda.keystore()).getInputStream()) {
        ks.load(in, sandi);
      }
      String alias = penanda.alias() != null && !penanda.alias().isBlank() ? penanda.alias()
          : Collections.list(ks.aliases()).stream().filter(a -> isKey(ks, a)).findFirst()
              .orElseThrow(() -> new IllegalStateException("Keystore " + penanda.keystore() + " tidak berisi kunci privat"));
      PrivateKey kunci = (PrivateKey) ks.getKey(alias, sandi);
      Certificate[] rantai = ks.getCertificateChain(alias);
      X509Certificate sertifikat = (X509Certificate) rantai[0];
      try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream();
          SignatureOptions opsi = new SignatureOptions()) {
        PDSignature ttd = new PDSignature();
        ttd.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        ttd.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        ttd.setName(sertifikat.getSubjectX500Principal().getName());
        ttd.setReason(alasan);
        ttd.setLocation(penanda.lokasi());
        Calendar kapan = Calendar.getInstance();
        kapan.setTime(Date.from(clock.instant()));
        ttd.setSignDate(kapan);
        opsi.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
        doc.addSignature(ttd, isi -> cms(isi.readAllBytes(), kunci, sertifikat, rantai), opsi);
        doc.saveIncremental(out);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Dokumen tidak dapat ditandatangani dengan keystore instansi " + instansi, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Keystore tanda tangan instansi " + instansi + " tidak dapat dibaca: " + e.getMessage(), e);
    }
  }

  private static byte[] cms(byte[] isi, PrivateKey kunci, X509Certificate sertifikat, Certificate[] rantai) throws IOException {
    try {
      ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
          MessageDigest.getInstance("SHA-256").digest(sertifikat.getEncoded()));
      ASN1EncodableVector atribut = new ASN1EncodableVector();
      atribut.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
      DefaultSignedAttributeTableGenerator bawaan = new DefaultSignedAttributeTableGenerator(new AttributeTable(atribut));
      CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
      gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
          // PAdES: the time is the signature dictionary's M, not a CMS signing-time attribute
          .setSignedAttributeGenerator(p -> bawaan.getAttributes(p).remove(CMSAttributes.signingTime))
          .build(new JcaContentSignerBuilder(kunci.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA").build(kunci), sertifikat));
      gen.addCertificates(new JcaCertStore(Arrays.asList(rantai)));
      return gen.generate(new CMSProcessableByteArray(isi), false).getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("tanda tangan CMS gagal: " + e.getMessage(), e);
    }
  }

  private static boolean isKey(KeyStore ks, String alias) {
    try {
      return ks.isKeyEntry(alias);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
