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

  public Long getId() { return id; }
  public Instansi getInstansi() { return instansi; }
  public String getNip() { return nip; }
  public String getNama() { return nama; }
  public JenisAsn getJenisAsn() { return jenisAsn; }
  public Jabatan getJabatan() { return jabatan; }
  public boolean isAktif() { return aktif; }
}
