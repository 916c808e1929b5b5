package id.kinerjaflow.keberatan;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An evidence file of an objection, stored in the database like a period's evidence (evaluation/BuktiDukung). */
@Entity
@Audited
public class BuktiKeberatan {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Keberatan keberatan;
  private String namaFile;
  private String tipeKonten;
  private long ukuran;
  private Instant diunggahPada;
  @NotAudited @Basic(fetch = FetchType.LAZY) private byte[] isi;

  protected BuktiKeberatan() {}

  BuktiKeberatan(Keberatan keberatan, String namaFile, String tipeKonten, byte[] isi, Instant diunggahPada) {
    this.keberatan = keberatan;
    this.namaFile = namaFile;
    this.tipeKonten = tipeKonten;
    this.ukuran = isi.length;
    this.isi = isi;
    this.diunggahPada = diunggahPada;
  }

  public Long getId() { return id; }
  public Keberatan getKeberatan() { return keberatan; }
  public String getNamaFile() { return namaFile; }
  public String getTipeKonten() { return tipeKonten; }
  public long getUkuran() { return ukuran; }
  public Instant getDiunggahPada() { return diunggahPada; }
  public byte[] getIsi() { return isi; }
}
