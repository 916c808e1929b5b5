package id.kinerjaflow.organization;

import id.kinerjaflow.instansi.Instansi;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;

/** An ASN, identified by an 18-digit NIP. */
@Entity
@Audited
public class Pegawai {
  public static final String POLA_NIP = "\\d{18}";

  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Instansi instansi;
  private String nip;
  private String nama;
  @Enumerated(EnumType.STRING) private JenisAsn jenisAsn;
  @ManyToOne(optional = false) private Jabatan jabatan;
  private boolean aktif = true;
  /** The unit whose head position this employee holds as acting official (Plt/Plh), if any. */
  @ManyToOne private UnitKerja pltUnit;

  protected Pegawai() {}

  public Pegawai(String nip, String nama, JenisAsn jenisAsn, Jabatan jabatan) {
    if (nip == null || !nip.matches(POLA_NIP)) {
      throw new IllegalArgumentException("NIP harus 18 digit angka: " + nip);
    }
    this.instansi = jabatan.getUnit().getInstansi();
    this.nip = nip;
    this.nama = nama;
    this.jenisAsn = jenisAsn;
    this.jabatan = jabatan;
  }

  /** Sets the values; true when one of them changed. */
  boolean perbarui(String nama, JenisAsn jenisAsn, boolean aktif, UnitKerja pltUnit) {
    boolean berubah = !this.nama.equals(nama) || this.jenisAsn != jenisAsn || this.aktif != aktif || this.pltUnit != pltUnit;
    this.nama = nama;
    this.jenisAsn = jenisAsn;
    this.aktif = aktif;
    this.pltUnit = pltUnit;
    return berubah;
  }

  public Long getId() { return id; }
  public Instansi getInstansi() { return instansi; }
  public String getNip() { return nip; }
  public String getNama() { return nama; }
  public JenisAsn getJenisAsn() { return jenisAsn; }
  public Jabatan getJabatan() { return jabatan; }
  public boolean isAktif() { return aktif; }
  public UnitKerja getPltUnit() { return pltUnit; }
}
