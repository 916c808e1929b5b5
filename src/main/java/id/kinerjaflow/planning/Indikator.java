package id.kinerjaflow.planning;

import jakarta.persistence.*;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** Indikator Kinerja Individu with its targets: quantity with unit, quality (%), time (months). */
@Entity
@Audited
public class Indikator {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Rhk rhk;
  private int urutan;
  private String uraian;
  private BigDecimal targetKuantitas;
  private String satuan;
  private BigDecimal targetKualitas;
  private Integer targetWaktu;

  protected Indikator() {}

  Indikator(Rhk rhk, int urutan, String uraian, BigDecimal targetKuantitas, String satuan,
      BigDecimal targetKualitas, Integer targetWaktu) {
    this.rhk = rhk;
    this.urutan = urutan;
    this.uraian = uraian;
    this.targetKuantitas = targetKuantitas;
    this.satuan = satuan;
    this.targetKualitas = targetKualitas;
    this.targetWaktu = targetWaktu;
  }

  public Long getId() { return id; }
  public Rhk getRhk() { return rhk; }
  public int getUrutan() { return urutan; }
  public String getUraian() { return uraian; }
  public BigDecimal getTargetKuantitas() { return targetKuantitas; }
  public String getSatuan() { return satuan; }
  public BigDecimal getTargetKualitas() { return targetKualitas; }
  public Integer getTargetWaktu() { return targetWaktu; }
}
