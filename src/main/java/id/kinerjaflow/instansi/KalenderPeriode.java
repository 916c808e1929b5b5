package id.kinerjaflow.instansi;

import jakarta.persistence.*;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One evaluation period of a calendar (a month, a quarter, or months combined). */
@Entity
@Audited
public class KalenderPeriode {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Kalender kalender;
  private int urutan;
  private String nama;
  private LocalDate mulai;
  private LocalDate selesai;
  /** The day the report opens: by default the day after the period ends. */
  private LocalDate laporanDibuka;
  /** The last day on which the employee can still report (Sungai Penuh: the 10th); at most {@link #batas}. */
  private LocalDate batasLaporan;
  /** The last day on which the rating (and, without an earlier report deadline, the report) can still be made. */
  private LocalDate batas;

  protected KalenderPeriode() {}

  KalenderPeriode(Kalender kalender, int urutan, KalenderPreset.Periode p) {
    this.kalender = kalender;
    this.urutan = urutan;
    this.nama = p.nama();
    this.mulai = p.mulai();
    this.selesai = p.selesai();
    this.laporanDibuka = p.laporanDibuka() != null ? p.laporanDibuka() : p.selesai().plusDays(1);
    this.batasLaporan = p.batasLaporan() != null ? p.batasLaporan() : p.batas();
    this.batas = p.batas();
  }

  public Long getId() { return id; }
  public Kalender getKalender() { return kalender; }
  public int getUrutan() { return urutan; }
  public String getNama() { return nama; }
  public LocalDate getMulai() { return mulai; }
  public LocalDate getSelesai() { return selesai; }
  public LocalDate getLaporanDibuka() { return laporanDibuka; }
  public LocalDate getBatasLaporan() { return batasLaporan; }
  public LocalDate getBatas() { return batas; }
  public Tenggat tenggat() { return kalender.tenggat(batas); }
  public Tenggat tenggatLaporan() { return kalender.tenggat(batasLaporan); }

  void ubahBatas(LocalDate batasLaporan, LocalDate batas) {
    this.batasLaporan = batasLaporan;
    this.batas = batas;
  }
}
