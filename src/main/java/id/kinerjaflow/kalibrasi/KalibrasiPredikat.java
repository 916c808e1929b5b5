package id.kinerjaflow.kalibrasi;

import id.kinerjaflow.capaian.PredikatOrganisasi;
import id.kinerjaflow.organization.UnitKerja;
import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * A perangkat daerah's calibration of a year, confirmed by its head: the organisation predicate it was held against, whether
 * the curve bound, and where the distribution deviated from it ({@code penyimpangan}, only where the curve does not bind).
 */
@Entity
@Table(name = "kalibrasi_predikat")
@Audited
public class KalibrasiPredikat {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private UnitKerja unit;
  private int tahun;
  @Enumerated(EnumType.STRING) private PredikatOrganisasi predikatOrganisasi;
  private boolean kurvaMengikat;
  private boolean sesuaiKurva;
  private String penyimpangan;
  private String dikonfirmasiOleh;
  private Instant dikonfirmasiPada;

  protected KalibrasiPredikat() {}

  KalibrasiPredikat(UnitKerja unit, int tahun, PredikatOrganisasi predikatOrganisasi, boolean kurvaMengikat, String penyimpangan,
      String oleh, Instant pada) {
    this.unit = unit;
    this.tahun = tahun;
    this.predikatOrganisasi = predikatOrganisasi;
    this.kurvaMengikat = kurvaMengikat;
    this.sesuaiKurva = penyimpangan == null;
    this.penyimpangan = penyimpangan;
    this.dikonfirmasiOleh = oleh;
    this.dikonfirmasiPada = pada;
  }

  public Long getId() { return id; }
  public UnitKerja getUnit() { return unit; }
  public int getTahun() { return tahun; }
  public PredikatOrganisasi getPredikatOrganisasi() { return predikatOrganisasi; }
  public boolean isKurvaMengikat() { return kurvaMengikat; }
  public boolean isSesuaiKurva() { return sesuaiKurva; }
  public String getPenyimpangan() { return penyimpangan; }
  public String getDikonfirmasiOleh() { return dikonfirmasiOleh; }
  public Instant getDikonfirmasiPada() { return dikonfirmasiPada; }
}
