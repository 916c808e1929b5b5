package id.kinerjaflow.instansi;

import id.kinerjaflow.latar.PekerjaanLatar;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** A deadline moved by BKPSDM (usually by a new circular): what, from when to when, why, by whom. Never changed. */
@Entity
public class PerubahanTenggat {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Kalender kalender;
  @Enumerated(EnumType.STRING) private JenisTenggat jenis;
  /** The period's number, for {@link JenisTenggat#PERIODE}. */
  private Integer urutan;
  private LocalDate batasLaporanLama;
  private LocalDate batasLaporanBaru;
  private LocalDate batasLama;
  private LocalDate batasBaru;
  private String alasan;
  private String oleh;
  private Instant pada;
  /** How many running processes the change moves: their timers and due dates are recalculated by {@link #pekerjaanLatar}. */
  private int prosesDipindahkan;
  @ManyToOne private PekerjaanLatar pekerjaanLatar;

  protected PerubahanTenggat() {}

  PerubahanTenggat(Kalender kalender, JenisTenggat jenis, Integer urutan, LocalDate batasLaporanLama, LocalDate batasLaporanBaru,
      LocalDate batasLama, LocalDate batasBaru, String alasan, String oleh, Instant pada, int prosesDipindahkan, PekerjaanLatar pekerjaanLatar) {
    this.kalender = kalender;
    this.jenis = jenis;
    this.urutan = urutan;
    this.batasLaporanLama = batasLaporanLama;
    this.batasLaporanBaru = batasLaporanBaru;
    this.batasLama = batasLama;
    this.batasBaru = batasBaru;
    this.alasan = alasan;
    this.oleh = oleh;
    this.pada = pada;
    this.prosesDipindahkan = prosesDipindahkan;
    this.pekerjaanLatar = pekerjaanLatar;
  }

  public Long getId() { return id; }
  public Kalender getKalender() { return kalender; }
  public JenisTenggat getJenis() { return jenis; }
  public Integer getUrutan() { return urutan; }
  public LocalDate getBatasLaporanLama() { return batasLaporanLama; }
  public LocalDate getBatasLaporanBaru() { return batasLaporanBaru; }
  public LocalDate getBatasLama() { return batasLama; }
  public LocalDate getBatasBaru() { return batasBaru; }
  public String getAlasan() { return alasan; }
  public String getOleh() { return oleh; }
  public Instant getPada() { return pada; }
  public int getProsesDipindahkan() { return prosesDipindahkan; }
  /** Null for changes made before deadline changes ran in the background. */
  public PekerjaanLatar getPekerjaanLatar() { return pekerjaanLatar; }
}
