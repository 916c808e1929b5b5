package id.kinerjaflow.organization;

import id.kinerjaflow.instansi.Instansi;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;

/** An organisation unit; units form a tree per instansi. {@code kode} identifies it within the instansi (CSV import). */
@Entity
@Audited
public class UnitKerja {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Instansi instansi;
  @ManyToOne private UnitKerja induk;
  private String kode;
  private String nama;
  @Enumerated(EnumType.STRING) private JenisUnit jenis;

  protected UnitKerja() {}

  public UnitKerja(Instansi instansi, UnitKerja induk, String kode, String nama, JenisUnit jenis) {
    this.instansi = instansi;
    this.induk = induk;
    this.kode = kode;
    this.nama = nama;
    this.jenis = jenis;
  }

  /** Sets the values; true when one of them changed. */
  boolean perbarui(UnitKerja induk, String nama, JenisUnit jenis) {
    boolean berubah = this.induk != induk || !this.nama.equals(nama) || this.jenis != jenis;
    this.induk = induk;
    this.nama = nama;
    this.jenis = jenis;
    return berubah;
  }

  public Long getId() { return id; }
  public Instansi getInstansi() { return instansi; }
  public UnitKerja getInduk() { return induk; }
  public String getKode() { return kode; }
  public String getNama() { return nama; }
  public JenisUnit getJenis() { return jenis; }
}
