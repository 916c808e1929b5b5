package id.kinerjaflow.security;

import id.kinerjaflow.instansi.Instansi;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;

/** A role granted to a login (an employee's NIP), for BKPSDM admins within one instansi. Envers keeps who granted and revoked it. */
@Entity
@Audited
public class Peran {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String pengguna;
  @Enumerated(EnumType.STRING) private JenisPeran peran;
  @ManyToOne private Instansi instansi;

  protected Peran() {}

  Peran(String pengguna, JenisPeran peran, Instansi instansi) {
    this.pengguna = pengguna;
    this.peran = peran;
    this.instansi = instansi;
  }

  public Long getId() { return id; }
  public String getPengguna() { return pengguna; }
  public JenisPeran getPeran() { return peran; }
  public String getInstansi() { return instansi == null ? null : instansi.getKode(); }
}
