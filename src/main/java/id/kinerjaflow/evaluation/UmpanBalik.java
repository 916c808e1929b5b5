package id.kinerjaflow.evaluation;

import id.kinerjaflow.planning.Rhk;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;

/** The appraiser's feedback on one RHK in a period. */
@Entity
@Audited
public class UmpanBalik {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private EvaluasiPeriodik evaluasi;
  @ManyToOne(optional = false) private Rhk rhk;
  private String isi;

  protected UmpanBalik() {}

  UmpanBalik(EvaluasiPeriodik evaluasi, Rhk rhk, String isi) {
    this.evaluasi = evaluasi;
    this.rhk = rhk;
    this.isi = isi;
  }

  public Rhk getRhk() { return rhk; }
  public String getIsi() { return isi; }
}
