package id.kinerjaflow.planning;

import jakarta.persistence.*;
import org.hibernate.envers.Audited;

/** The behaviour expectation for one BerAKHLAK value, with the leader's special expectation. */
@Entity
@Audited
public class EkspektasiPerilaku {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Skp skp;
  @Enumerated(EnumType.STRING) private NilaiBerakhlak nilai;
  private String ekspektasiKhusus;

  protected EkspektasiPerilaku() {}

  EkspektasiPerilaku(Skp skp, NilaiBerakhlak nilai) {
    this.skp = skp;
    this.nilai = nilai;
  }

  public Long getId() { return id; }
  public NilaiBerakhlak getNilai() { return nilai; }
  public String getEkspektasiKhusus() { return ekspektasiKhusus; }
  void setEkspektasiKhusus(String ekspektasiKhusus) { this.ekspektasiKhusus = ekspektasiKhusus; }
}
