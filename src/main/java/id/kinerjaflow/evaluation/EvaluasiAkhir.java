package id.kinerjaflow.evaluation;

import id.kinerjaflow.instansi.Tenggat;
import id.kinerjaflow.planning.Skp;
import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** The final (annual) evaluation of an SKP. */
@Entity
@Audited
public class EvaluasiAkhir {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @OneToOne(optional = false) private Skp skp;
  @Enumerated(EnumType.STRING) private StatusEvaluasi status = StatusEvaluasi.MENUNGGU;
  @Enumerated(EnumType.STRING) private Rating ratingHasilKerja;
  @Enumerated(EnumType.STRING) private Rating ratingPerilaku;
  @Enumerated(EnumType.STRING) private Predikat predikat;
  private String catatan;
  private Instant dinilaiPada;
  /** Why the predicate last changed after the rating (calibration, objection); each change is an audited revision. */
  private String alasanPerubahan;
  /** Who made the predicate final, and when: after calibration, or directly where none applies. */
  private String ditetapkanOleh;
  private Instant ditetapkanPada;

  protected EvaluasiAkhir() {}

  public EvaluasiAkhir(Skp skp) { this.skp = skp; }

  public Tenggat tenggat() { return skp.getKalender().tenggat(skp.getKalender().getBatasFinal()); }

  public Long getId() { return id; }
  public Skp getSkp() { return skp; }
  public StatusEvaluasi getStatus() { return status; }
  public Rating getRatingHasilKerja() { return ratingHasilKerja; }
  public Rating getRatingPerilaku() { return ratingPerilaku; }
  public Predikat getPredikat() { return predikat; }
  public String getCatatan() { return catatan; }
  public Instant getDinilaiPada() { return dinilaiPada; }
  public String getAlasanPerubahan() { return alasanPerubahan; }
  public String getDitetapkanOleh() { return ditetapkanOleh; }
  public Instant getDitetapkanPada() { return ditetapkanPada; }

  void nilai(Rating hasilKerja, Rating perilaku, String catatan, Instant pada) {
    this.ratingHasilKerja = hasilKerja;
    this.ratingPerilaku = perilaku;
    this.catatan = catatan;
    this.dinilaiPada = pada;
  }

  void tetapkanPredikat(Predikat predikat) {
    this.predikat = predikat;
    this.status = StatusEvaluasi.DINILAI;
  }

  /** A rated predicate changed with a reason (calibration before it is final, an objection's decision after). */
  public void ubahPredikat(Predikat baru, String alasan) {
    this.predikat = baru;
    this.alasanPerubahan = alasan;
  }

  /** The predicate is final from now on. */
  public void tetapkanFinal(String oleh, Instant pada) {
    this.ditetapkanOleh = oleh;
    this.ditetapkanPada = pada;
  }

  public boolean isFinal() { return ditetapkanPada != null; }

  void kunci() { this.status = StatusEvaluasi.TIDAK_DINILAI; }
}
