package id.kinerjaflow.predicate;

import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.organization.Pegawai;
import jakarta.persistence.*;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** The final predicate of a year from PMM (Platform Merdeka Mengajar), imported from CSV; one per employee and year. */
@Entity
@Audited
public class PredikatPmm {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Pegawai pegawai;
  private int tahun;
  @Enumerated(EnumType.STRING) private Predikat predikat;
  private String keterangan;

  protected PredikatPmm() {}

  PredikatPmm(Pegawai pegawai, int tahun, Predikat predikat, String keterangan) {
    this.pegawai = pegawai;
    this.tahun = tahun;
    this.predikat = predikat;
    this.keterangan = keterangan;
  }

  /** Sets the values; true when one of them changed. */
  boolean perbarui(Predikat predikat, String keterangan) {
    boolean berubah = this.predikat != predikat || !Objects.equals(this.keterangan, keterangan);
    this.predikat = predikat;
    this.keterangan = keterangan;
    return berubah;
  }

  public Pegawai getPegawai() { return pegawai; }
  public int getTahun() { return tahun; }
  public Predikat getPredikat() { return predikat; }
  public String getKeterangan() { return keterangan; }
}
