package id.kinerjaflow.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** The hashed password of a login; who set it and when (the hash itself is never audited). */
@Entity
class Kredensial {
  @Id private String pengguna;
  private String kataSandi;
  private OffsetDateTime diubahPada;
  private String diubahOleh;

  protected Kredensial() {}

  Kredensial(String pengguna) { this.pengguna = pengguna; }

  void setel(String hash, String oleh) {
    this.kataSandi = hash;
    this.diubahPada = OffsetDateTime.now();
    this.diubahOleh = oleh;
  }

  String getKataSandi() { return kataSandi; }
}
