package id.kinerjaflow.tpp;

import id.kinerjaflow.organization.Pegawai;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** An ASN's work discipline (attendance, working hours) in one month as a percentage, imported from CSV. */
@Entity
@Audited
public class DisiplinBulanan {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Pegawai pegawai;
  private int tahun;
  private int bulan;
  private BigDecimal persen;
  private String keterangan;

  protected DisiplinBulanan() {}

  DisiplinBulanan(Pegawai pegawai, int tahun, int bulan, BigDecimal persen, String keterangan) {
    this.pegawai = pegawai;
    this.tahun = tahun;
    this.bulan = bulan;
    this.persen = persen;
    this.keterangan = keterangan;
  }

  /** Sets the values; true when one of them changed. */
  boolean perbarui(BigDecimal persen, String keterangan) {
    boolean berubah = this.persen.compareTo(persen) != 0 || !Objects.equals(this.keterangan, keterangan);
    this.persen = persen;
    this.keterangan = keterangan;
    return berubah;
  }

  public Pegawai getPegawai() { return pegawai; }
  public int getTahun() { return tahun; }
  public int getBulan() { return bulan; }
  public BigDecimal getPersen() { return persen; }
  public String getKeterangan() { return keterangan; }
}
