package id.kinerjaflow.keberatan;

import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.planning.Skp;
import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * The objection window of an SKP's final predicate and, when the employee objects, the objection (PP 30/2019 art. 59):
 * the reasons, to whom it goes (the atasan pejabat penilai, or why there is none), the appraiser's response and the
 * final decision. One per SKP; every change is an audited revision.
 */
@Entity
@Audited
public class Keberatan {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @OneToOne(optional = false) private Skp skp;
  @Enumerated(EnumType.STRING) private StatusKeberatan status = StatusKeberatan.TERBUKA;
  private Instant dibukaPada;
  /** When the employee accepted the predicate, or the window closed without an objection. */
  private Instant ditutupPada;
  @Enumerated(EnumType.STRING) private Predikat predikatAwal;
  private String alasan;
  private Instant diajukanPada;
  /** The appraiser's own superior, resolved when the objection is filed; null when nobody stands above the appraiser. */
  @ManyToOne private Pegawai atasan;
  private String alasanTanpaAtasan;
  private String tanggapan;
  private Instant ditanggapiPada;
  @Enumerated(EnumType.STRING) private Keputusan keputusan;
  @Enumerated(EnumType.STRING) private Predikat predikatKeputusan;
  private String alasanKeputusan;
  @ManyToOne private Pegawai pemutus;
  private Instant diputusPada;

  protected Keberatan() {}

  Keberatan(Skp skp, Instant dibukaPada) {
    this.skp = skp;
    this.dibukaPada = dibukaPada;
  }

  void terima(Instant pada) {
    status = StatusKeberatan.DITERIMA;
    ditutupPada = pada;
  }

  void tutup(Instant pada) {
    status = StatusKeberatan.TIDAK_DIAJUKAN;
    ditutupPada = pada;
  }

  void ajukan(Predikat predikat, String alasan, Instant pada) {
    status = StatusKeberatan.DIAJUKAN;
    predikatAwal = predikat;
    this.alasan = alasan;
    diajukanPada = pada;
  }

  void kepada(Pegawai atasan, String alasanTanpaAtasan) {
    this.atasan = atasan;
    this.alasanTanpaAtasan = alasanTanpaAtasan;
  }

  void tanggapi(String tanggapan, Instant pada) {
    status = StatusKeberatan.DITANGGAPI;
    this.tanggapan = tanggapan;
    ditanggapiPada = pada;
  }

  void putuskan(Keputusan keputusan, Predikat predikat, String alasan, Pegawai pemutus, Instant pada) {
    status = StatusKeberatan.DIPUTUS;
    this.keputusan = keputusan;
    predikatKeputusan = predikat;
    alasanKeputusan = alasan;
    this.pemutus = pemutus;
    diputusPada = pada;
  }

  public Long getId() { return id; }
  public Skp getSkp() { return skp; }
  public StatusKeberatan getStatus() { return status; }
  public Instant getDibukaPada() { return dibukaPada; }
  public Instant getDitutupPada() { return ditutupPada; }
  public Predikat getPredikatAwal() { return predikatAwal; }
  public String getAlasan() { return alasan; }
  public Instant getDiajukanPada() { return diajukanPada; }
  public Pegawai getAtasan() { return atasan; }
  public String getAlasanTanpaAtasan() { return alasanTanpaAtasan; }
  public String getTanggapan() { return tanggapan; }
  public Instant getDitanggapiPada() { return ditanggapiPada; }
  public Keputusan getKeputusan() { return keputusan; }
  public Predikat getPredikatKeputusan() { return predikatKeputusan; }
  public String getAlasanKeputusan() { return alasanKeputusan; }
  public Pegawai getPemutus() { return pemutus; }
  public Instant getDiputusPada() { return diputusPada; }
}
