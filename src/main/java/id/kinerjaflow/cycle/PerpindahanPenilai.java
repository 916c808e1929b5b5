package id.kinerjaflow.cycle;

import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.planning.Skp;
import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** An SKP moved to a new appraiser mid-year (mutasi, re-import, or BKPSDM determining one): from whom to whom, why, by whom, and how many open tasks moved. */
@Entity
@Audited
public class PerpindahanPenilai {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Skp skp;
  /** Null when BKPSDM determined the first appraiser of an SKP that had none. */
  @ManyToOne private Pegawai penilaiLama;
  @ManyToOne(optional = false) private Pegawai penilaiBaru;
  private String alasan;
  private String oleh;
  private Instant pada;
  private int tugasDipindahkan;

  protected PerpindahanPenilai() {}

  PerpindahanPenilai(Skp skp, Pegawai penilaiLama, Pegawai penilaiBaru, String alasan, String oleh, Instant pada, int tugasDipindahkan) {
    this.skp = skp;
    this.penilaiLama = penilaiLama;
    this.penilaiBaru = penilaiBaru;
    this.alasan = alasan;
    this.oleh = oleh;
    this.pada = pada;
    this.tugasDipindahkan = tugasDipindahkan;
  }

  public Long getId() { return id; }
  public Skp getSkp() { return skp; }
  public Pegawai getPenilaiLama() { return penilaiLama; }
  public Pegawai getPenilaiBaru() { return penilaiBaru; }
  public String getAlasan() { return alasan; }
  public String getOleh() { return oleh; }
  public Instant getPada() { return pada; }
  public int getTugasDipindahkan() { return tugasDipindahkan; }

  void tambahTugasDipindahkan(int jumlah) { tugasDipindahkan += jumlah; }
}
