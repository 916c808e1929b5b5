package id.kinerjaflow.capaian;

import id.kinerjaflow.organization.UnitKerja;
import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A unit's predicate for a year: which, why, who set it and when. A change is audited old → new. */
@Entity
@Table(name = "predikat_organisasi")
@Audited
public class PenetapanPredikatOrganisasi {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private UnitKerja unit;
  private int tahun;
  @Enumerated(EnumType.STRING) private PredikatOrganisasi predikat;
  private String alasan;
  private String ditetapkanOleh;
  private Instant ditetapkanPada;

  protected PenetapanPredikatOrganisasi() {}

  public PenetapanPredikatOrganisasi(UnitKerja unit, int tahun) {
    this.unit = unit;
    this.tahun = tahun;
  }

  public void tetapkan(PredikatOrganisasi predikat, String alasan, String oleh, Instant pada) {
    this.predikat = predikat;
    this.alasan = alasan;
    this.ditetapkanOleh = oleh;
    this.ditetapkanPada = pada;
  }

  public Long getId() { return id; }
  public UnitKerja getUnit() { return unit; }
  public int getTahun() { return tahun; }
  public PredikatOrganisasi getPredikat() { return predikat; }
  public String getAlasan() { return alasan; }
  public String getDitetapkanOleh() { return ditetapkanOleh; }
  public Instant getDitetapkanPada() { return ditetapkanPada; }
}
