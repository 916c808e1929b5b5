package id.kinerjaflow.dokumen;

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
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A PKCS#12 keystore with a self-signed certificate, as a BKPSDM would configure, and the verification a PDF reader does. */
final class KeystoreUji {
  static final String SANDI = "rahasia-keystore";

  final Path berkas;
  final X509Certificate sertifikat;

  private KeystoreUji(Path berkas, X509Certificate sertifikat) {
    this.berkas = berkas;
    this.sertifikat = sertifikat;
  }

  static KeystoreUji buat(Path berkas, String cn) throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    KeyPair kunci = gen.generateKeyPair();
    X500Name nama = new X500Name("CN=" + cn + ", O=Pemerintah Daerah, C=ID");
    Instant kini = Instant.now();
    JcaX509v3CertificateBuilder cert = new JcaX509v3CertificateBuilder(nama, BigInteger.valueOf(kini.toEpochMilli()),
        Date.from(kini.minus(1, ChronoUnit.DAYS)), Date.from(kini.plus(365, ChronoUnit.DAYS)), nama, kunci.getPublic());
    cert.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    X509Certificate sertifikat = new JcaX509CertificateConverter()
        .getCertificate(cert.build(new JcaContentSignerBuilder("SHA256withRSA").build(kunci.getPrivate())));
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry("bkpsdm", kunci.getPrivate(), SANDI.toCharArray(), new Certificate[] {sertifikat});
    try (OutputStream out = Files.newOutputStream(berkas)) {
      ks.store(out, SANDI.toCharArray());
    }
    return new KeystoreUji(berkas, sertifikat);
  }

  /** The signer's certificate when the CMS signature verifies over the bytes, else null. */
  static X509Certificate penandaSah(byte[] ditandatangani, byte[] tandaTangan) throws Exception {
    // /Contents is padded with zeros to its reserved size; the CMS object is the first ASN.1 value in it.
    byte[] cmsTanpaPadding;
    try (ASN1InputStream asn1 = new ASN1InputStream(tandaTangan)) {
      cmsTanpaPadding = asn1.readObject().getEncoded();
    }
    CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(ditandatangani), cmsTanpaPadding);
    SignerInformation penanda = cms.getSignerInfos().getSigners().iterator().next();
    X509CertificateHolder pemegang = (X509CertificateHolder) cms.getCertificates().getMatches(penanda.getSID()).iterator().next();
    try {
      return penanda.verify(new JcaSimpleSignerInfoVerifierBuilder().build(pemegang)) ? new JcaX509CertificateConverter().getCertificate(pemegang) : null;
    } catch (CMSSignerDigestMismatchException e) {
      return null;
    }
  }
}
