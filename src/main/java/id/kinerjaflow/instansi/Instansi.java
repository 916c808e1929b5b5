package id.kinerjaflow.instansi;

import jakarta.persistence.*;
import java.time.ZoneId;
import org.hibernate.envers.Audited;

/** A regional government (Pemda) served by this deployment. */
@Entity
@Audited
public class Instansi {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String kode;
  private String nama;
  private String zonaWaktu;

  protected Instansi() {}

  public Instansi(String kode, String nama, String zonaWaktu) {
    this.kode = kode;
    this.nama = nama;
    this.zonaWaktu = zonaWaktu;
  }

  public Long getId() { return id; }
  public String getKode() { return kode; }
  public String getNama() { return nama; }
  public ZoneId zona() { return ZoneId.of(zonaWaktu); }
}
