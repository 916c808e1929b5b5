package id.kinerjaflow.planning;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** Rencana Hasil Kerja: one planned result, optionally cascaded from an RHK of the appraiser. */
@Entity
@Audited
public class Rhk {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Skp skp;
  private int urutan;
  private String uraian;
  @Enumerated(EnumType.STRING) private JenisRhk jenis;
  @ManyToOne private Rhk rhkAtasan;
  private String catatanPenilai;

  @OneToMany(mappedBy = "rhk", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("urutan")
  private List<Indikator> indikator = new ArrayList<>();

  protected Rhk() {}

  Rhk(Skp skp) { this.skp = skp; }

  void ubah(int urutan, String uraian, JenisRhk jenis, Rhk rhkAtasan) {
    this.urutan = urutan;
    this.uraian = uraian;
    this.jenis = jenis;
    this.rhkAtasan = rhkAtasan;
  }

  public Long getId() { return id; }
  public Skp getSkp() { return skp; }
  public int getUrutan() { return urutan; }
  public String getUraian() { return uraian; }
  public JenisRhk getJenis() { return jenis; }
  public Rhk getRhkAtasan() { return rhkAtasan; }
  public String getCatatanPenilai() { return catatanPenilai; }
  public List<Indikator> getIndikator() { return indikator; }
  void setCatatanPenilai(String catatanPenilai) { this.catatanPenilai = catatanPenilai; }
}
