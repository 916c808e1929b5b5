package id.kinerjaflow.capaian;

import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.organization.Pegawai;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;

/**
 * Who sets the predicate of the instansi's perangkat daerah on the Bupati's behalf (e.g. the Sekretaris Daerah), set by
 * its BKPSDM admins; without one, the Bupati recorded in the organisation sets it. A change is audited old → new.
 */
@Entity
@Table(name = "penetap_predikat_organisasi")
@Audited
public class PenetapAtasNamaBupati {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Instansi instansi;
  @ManyToOne(optional = false) private Pegawai pegawai;
  /** Why, e.g. the number of the Bupati's decree. */
  private String keterangan;

  protected PenetapAtasNamaBupati() {}

  PenetapAtasNamaBupati(Instansi instansi) { this.instansi = instansi; }

  void atur(Pegawai pegawai, String keterangan) {
    this.pegawai = pegawai;
    this.keterangan = keterangan;
  }

  public Instansi getInstansi() { return instansi; }
  public Pegawai getPegawai() { return pegawai; }
  public String getKeterangan() { return keterangan; }
}
