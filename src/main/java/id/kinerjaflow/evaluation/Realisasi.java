package id.kinerjaflow.evaluation;

import id.kinerjaflow.planning.Indikator;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;

/** What was achieved on one indicator in a period. */
@Entity
@Audited
public class Realisasi {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private EvaluasiPeriodik evaluasi;
  @ManyToOne(optional = false) private Indikator indikator;
  private String uraian;

  protected Realisasi() {}

  Realisasi(EvaluasiPeriodik evaluasi, Indikator indikator, String uraian) {
    this.evaluasi = evaluasi;
    this.indikator = indikator;
    this.uraian = uraian;
  }

  public Long getId() { return id; }
  public Indikator getIndikator() { return indikator; }
  public String getUraian() { return uraian; }
}
