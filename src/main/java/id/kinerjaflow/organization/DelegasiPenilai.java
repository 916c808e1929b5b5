package id.kinerjaflow.organization;

import jakarta.persistence.*;
import org.hibernate.envers.Audited;

/** Whether a delegable row of appraiser-mapping.dmn is delegated in a perangkat daerah for a year. */
@Entity
@Audited
public class DelegasiPenilai {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  /** The perangkat daerah: the unit headed by a Kepala Perangkat Daerah. */
  @ManyToOne(optional = false) private UnitKerja unit;
  private int tahun;
  private String baris;
  private boolean aktif;

  protected DelegasiPenilai() {}

  DelegasiPenilai(UnitKerja unit, int tahun, String baris) {
    this.unit = unit;
    this.tahun = tahun;
    this.baris = baris;
  }

  void setAktif(boolean aktif) { this.aktif = aktif; }

  public UnitKerja getUnit() { return unit; }
  public int getTahun() { return tahun; }
  public String getBaris() { return baris; }
  public boolean isAktif() { return aktif; }
}
