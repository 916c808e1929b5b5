package id.kinerjaflow.organization;

import jakarta.persistence.*;
import org.hibernate.envers.Audited;

/** A position in a unit; the head position of a unit has {@code kepalaUnit}. */
@Entity
@Audited
public class Jabatan {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private UnitKerja unit;
  private String nama;
  @Enumerated(EnumType.STRING) private KelasJabatan kelas;
  private boolean kepalaUnit;

  protected Jabatan() {}

  public Jabatan(UnitKerja unit, String nama, KelasJabatan kelas, boolean kepalaUnit) {
    this.unit = unit;
    this.nama = nama;
    this.kelas = kelas;
    this.kepalaUnit = kepalaUnit;
  }

  /** Sets the values; true when one of them changed. */
  boolean perbarui(UnitKerja unit, String nama, KelasJabatan kelas, boolean kepalaUnit) {
    boolean berubah = this.unit != unit || !this.nama.equals(nama) || this.kelas != kelas || this.kepalaUnit != kepalaUnit;
    this.unit = unit;
    this.nama = nama;
    this.kelas = kelas;
    this.kepalaUnit = kepalaUnit;
    return berubah;
  }

  public Long getId() { return id; }
  public UnitKerja getUnit() { return unit; }
  public String getNama() { return nama; }
  public KelasJabatan getKelas() { return kelas; }
  public boolean isKepalaUnit() { return kepalaUnit; }
}
