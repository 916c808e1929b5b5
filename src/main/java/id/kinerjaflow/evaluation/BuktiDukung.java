package id.kinerjaflow.evaluation;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An evidence file of a period, stored in the database. */
@Entity
@Audited
public class BuktiDukung {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private EvaluasiPeriodik evaluasi;
  private String namaFile;
  private String tipeKonten;
  private long ukuran;
  private Instant diunggahPada;
  @NotAudited @Basic(fetch = FetchType.LAZY) private byte[] isi;

  protected BuktiDukung() {}

  BuktiDukung(EvaluasiPeriodik evaluasi, String namaFile, String tipeKonten, byte[] isi, Instant diunggahPada) {
    this.evaluasi = evaluasi;
    this.namaFile = namaFile;
    this.tipeKonten = tipeKonten;
    this.ukuran = isi.length;
    this.isi = isi;
    this.diunggahPada = diunggahPada;
  }

  public Long getId() { return id; }
  public EvaluasiPeriodik getEvaluasi() { return evaluasi; }
  public String getNamaFile() { return namaFile; }
  public String getTipeKonten() { return tipeKonten; }
  public long getUkuran() { return ukuran; }
  public Instant getDiunggahPada() { return diunggahPada; }
  public byte[] getIsi() { return isi; }
}
