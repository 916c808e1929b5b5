package id.kinerjaflow.pembinaan;

import id.kinerjaflow.evaluation.EvaluasiPeriodik;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.planning.Skp;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * One coaching (bimbingan) or counselling (konseling) by the appraiser after a periodic predicate below expectations
 * (seed 004 point 6), opened by skp-periodic-evaluation and recorded in performance-coaching's task.
 */
@Entity
@Audited
public class PembinaanKinerja {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Skp skp;
  /** The period whose predicate asked for it. */
  @ManyToOne(optional = false) private EvaluasiPeriodik evaluasi;
  @Enumerated(EnumType.STRING) private JenisPembinaan jenis;
  @Enumerated(EnumType.STRING) private Predikat predikat;
  @Enumerated(EnumType.STRING) private Predikat predikatSebelumnya;
  @Enumerated(EnumType.STRING) private StatusPembinaan status = StatusPembinaan.TERBUKA;
  private Instant dibukaPada;
  /** The day of the meeting, what was discussed, the agreed actions: recorded by the appraiser. */
  private LocalDate tanggal;
  private String pembahasan;
  private String tindakan;
  private String dicatatOleh;
  private Instant dicatatPada;

  protected PembinaanKinerja() {}

  PembinaanKinerja(EvaluasiPeriodik evaluasi, JenisPembinaan jenis, Predikat predikatSebelumnya, Instant dibukaPada) {
    this.skp = evaluasi.getSkp();
    this.evaluasi = evaluasi;
    this.jenis = jenis;
    this.predikat = evaluasi.getPredikat();
    this.predikatSebelumnya = predikatSebelumnya;
    this.dibukaPada = dibukaPada;
  }

  void catat(LocalDate tanggal, String pembahasan, String tindakan, String oleh, Instant pada) {
    this.tanggal = tanggal;
    this.pembahasan = pembahasan;
    this.tindakan = tindakan;
    this.dicatatOleh = oleh;
    this.dicatatPada = pada;
    this.status = StatusPembinaan.SELESAI;
  }

  /** "Bimbingan Kinerja" / "Konseling Kinerja". */
  public String namaJenis() { return jenis == JenisPembinaan.BIMBINGAN ? "Bimbingan Kinerja" : "Konseling Kinerja"; }

  public Long getId() { return id; }
  public Skp getSkp() { return skp; }
  public EvaluasiPeriodik getEvaluasi() { return evaluasi; }
  public JenisPembinaan getJenis() { return jenis; }
  public Predikat getPredikat() { return predikat; }
  public Predikat getPredikatSebelumnya() { return predikatSebelumnya; }
  public StatusPembinaan getStatus() { return status; }
  public Instant getDibukaPada() { return dibukaPada; }
  public LocalDate getTanggal() { return tanggal; }
  public String getPembahasan() { return pembahasan; }
  public String getTindakan() { return tindakan; }
  public String getDicatatOleh() { return dicatatOleh; }
  public Instant getDicatatPada() { return dicatatPada; }
}
