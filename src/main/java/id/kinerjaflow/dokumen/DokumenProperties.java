package id.kinerjaflow.dokumen;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kinerja.dokumen.tanda-tangan.{kode instansi}}: the keystore an instansi signs its documents with (PAdES). An instansi
 * without one gets documents with the printed signature block only.
 *
 * @param keystore a Spring resource: {@code file:/etc/kinerja/bkpsdm.p12} or {@code classpath:…}
 * @param jenis the keystore type, {@code PKCS12} when empty
 * @param alias the key's alias, the keystore's first key when empty
 * @param lokasi where the document is signed (the signature's location), e.g. "Kuala Kapuas"
 */
@ConfigurationProperties("kinerja.dokumen")
public record DokumenProperties(Map<String, Penanda> tandaTangan) {
  public record Penanda(String keystore, String jenis, String kataSandi, String alias, String lokasi) {}

  Penanda penanda(String instansi) { return tandaTangan == null ? null : tandaTangan.get(instansi); }
}
