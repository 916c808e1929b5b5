package id.kinerjaflow.audit;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited change set of domain data: who changed it and when (Hibernate Envers revision). */
@Entity
@RevisionEntity(RevisiListener.class)
public class Revisi {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @RevisionNumber private Long id;
  @RevisionTimestamp private long waktu;
  private String pengguna;

  public Long getId() { return id; }
  public Instant getWaktu() { return Instant.ofEpochMilli(waktu); }
  public String getPengguna() { return pengguna; }
  void setPengguna(String pengguna) { this.pengguna = pengguna; }
  void setWaktu(long waktu) { this.waktu = waktu; }
}
