package id.kinerjaflow.instansi;

import jakarta.persistence.*;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * One report of Capaian Kinerja Organisasi in a calendar: a quarter, or the year ({@code tahunan}). The Kepala Perangkat
 * Daerah reports from {@code dibuka} through {@code batas}; the report locks at the end of that day.
 */
@Entity
@Audited
public class KalenderCapaian {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Kalender kalender;
  private int urutan;
  private String nama;
  private boolean tahunan;
  private LocalDate dibuka;
  private LocalDate batas;

  protected KalenderCapaian() {}

  KalenderCapaian(Kalender kalender, int urutan, KalenderPreset.PeriodeCapaian c) {
    this.kalender = kalender;
    this.urutan = urutan;
    this.nama = c.nama();
    this.tahunan = c.tahunan();
    this.dibuka = c.dibuka();
    this.batas = c.batas();
  }

  public Long getId() { return id; }
  public Kalender getKalender() { return kalender; }
  public int getUrutan() { return urutan; }
  public String getNama() { return nama; }
  public boolean isTahunan() { return tahunan; }
  public LocalDate getDibuka() { return dibuka; }
  public LocalDate getBatas() { return batas; }
  public Tenggat tenggat() { return kalender.tenggat(batas); }
  /** "Triwulan I 2024", "Tahunan 2024". */
  public String namaLengkap() { return nama + " " + kalender.getTahun(); }

  void ubahBatas(LocalDate batas) { this.batas = batas; }
}
