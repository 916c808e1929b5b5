package id.kinerjaflow.capaian;

import id.kinerjaflow.instansi.KalenderCapaian;
import id.kinerjaflow.organization.UnitKerja;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A Kepala Perangkat Daerah's report of Capaian Kinerja Organisasi for a quarter or the year: what, by whom, when. */
@Entity
@Table(name = "capaian_organisasi")
@Audited
public class CapaianOrganisasi {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private UnitKerja unit;
  @ManyToOne(optional = false) private KalenderCapaian periode;
  private BigDecimal persenCapaian;
  private String uraian;
  private String dilaporkanOleh;
  private Instant dilaporkanPada;

  protected CapaianOrganisasi() {}

  CapaianOrganisasi(UnitKerja unit, KalenderCapaian periode, BigDecimal persenCapaian, String uraian, String oleh, Instant pada) {
    this.unit = unit;
    this.periode = periode;
    this.persenCapaian = persenCapaian;
    this.uraian = uraian;
    this.dilaporkanOleh = oleh;
    this.dilaporkanPada = pada;
  }

  public Long getId() { return id; }
  public UnitKerja getUnit() { return unit; }
  public KalenderCapaian getPeriode() { return periode; }
  public BigDecimal getPersenCapaian() { return persenCapaian; }
  public String getUraian() { return uraian; }
  public String getDilaporkanOleh() { return dilaporkanOleh; }
  public Instant getDilaporkanPada() { return dilaporkanPada; }
}
