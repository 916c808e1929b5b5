package id.kinerjaflow.evaluation;

import id.kinerjaflow.instansi.KalenderPeriode;
import id.kinerjaflow.instansi.Tenggat;
import id.kinerjaflow.planning.Skp;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** The evaluation of one SKP for one calendar period. Its dates are read from the calendar period. */
@Entity
@Audited
public class EvaluasiPeriodik {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Skp skp;
  @ManyToOne(optional = false) private KalenderPeriode periode;
  @Enumerated(EnumType.STRING) private StatusEvaluasi status = StatusEvaluasi.MENUNGGU;
  private String rencanaAksi;
  private Instant dilaporkanPada;
  @Enumerated(EnumType.STRING) private Rating ratingHasilKerja;
  @Enumerated(EnumType.STRING) private Rating ratingPerilaku;
  @Enumerated(EnumType.STRING) private Predikat predikat;
  private Instant dinilaiPada;

  @OneToMany(mappedBy = "evaluasi", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Realisasi> realisasi = new ArrayList<>();

  @OneToMany(mappedBy = "evaluasi", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<UmpanBalik> umpanBalik = new ArrayList<>();

  protected EvaluasiPeriodik() {}

  public EvaluasiPeriodik(Skp skp, KalenderPeriode periode) {
    this.skp = skp;
    this.periode = periode;
  }

  /** "Januari–Februari 2024". */
  public String namaLengkap() { return periode.getNama() + " " + skp.getTahun(); }

  public Tenggat tenggat() { return periode.tenggat(); }

  public Tenggat tenggatLaporan() { return periode.tenggatLaporan(); }

  public Long getId() { return id; }
  public Skp getSkp() { return skp; }
  public KalenderPeriode getPeriode() { return periode; }
  public StatusEvaluasi getStatus() { return status; }
  public String getRencanaAksi() { return rencanaAksi; }
  public Instant getDilaporkanPada() { return dilaporkanPada; }
  public Rating getRatingHasilKerja() { return ratingHasilKerja; }
  public Rating getRatingPerilaku() { return ratingPerilaku; }
  public Predikat getPredikat() { return predikat; }
  public Instant getDinilaiPada() { return dinilaiPada; }
  public List<Realisasi> getRealisasi() { return realisasi; }
  public List<UmpanBalik> getUmpanBalik() { return umpanBalik; }

  void lapor(String rencanaAksi, Instant pada) {
    this.rencanaAksi = rencanaAksi;
    this.dilaporkanPada = pada;
    this.status = StatusEvaluasi.DILAPORKAN;
  }

  void nilai(Rating hasilKerja, Rating perilaku, Instant pada) {
    this.ratingHasilKerja = hasilKerja;
    this.ratingPerilaku = perilaku;
    this.dinilaiPada = pada;
  }

  void tetapkanPredikat(Predikat predikat) {
    this.predikat = predikat;
    this.status = StatusEvaluasi.DINILAI;
  }

  void kunci() { this.status = StatusEvaluasi.TIDAK_DINILAI; }
}
