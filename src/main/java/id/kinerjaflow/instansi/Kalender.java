package id.kinerjaflow.instansi;

import id.kinerjaflow.web.NotFoundException;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** The performance calendar of one instansi for one year: periods and deadlines. */
@Entity
@Audited
public class Kalender {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Instansi instansi;
  private int tahun;
  private String preset;
  @Enumerated(EnumType.STRING) private JenisPeriode jenisPeriode;
  private LocalDate batasRencana;
  private LocalDate batasFinal;
  private boolean verifikasiTarget;
  /** Whether the predicate distribution curve binds at calibration ({@code predicate-distribution}); else deviations are recorded. */
  private boolean kurvaMengikat;

  @OneToMany(mappedBy = "kalender", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("urutan")
  private List<KalenderPeriode> periode = new ArrayList<>();

  /** The deadlines of the organisation's achievement reports (quarters, then the year); empty for calendars attached before them. */
  @OneToMany(mappedBy = "kalender", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("urutan")
  private List<KalenderCapaian> capaianOrganisasi = new ArrayList<>();

  protected Kalender() {}

  Kalender(Instansi instansi, KalenderPreset preset) {
    this.instansi = instansi;
    this.tahun = preset.tahun();
    this.preset = preset.kode();
    this.jenisPeriode = preset.jenisPeriode();
    this.batasRencana = preset.batasRencana();
    this.batasFinal = preset.batasFinal();
    this.verifikasiTarget = preset.verifikasiTarget();
    this.kurvaMengikat = preset.kurvaMengikat();
    int urutan = 1;
    for (KalenderPreset.Periode p : preset.periode()) {
      periode.add(new KalenderPeriode(this, urutan++, p));
    }
    urutan = 1;
    for (KalenderPreset.PeriodeCapaian c : preset.capaianOrganisasi()) {
      capaianOrganisasi.add(new KalenderCapaian(this, urutan++, c));
    }
  }

  public Long getId() { return id; }
  public Instansi getInstansi() { return instansi; }
  public int getTahun() { return tahun; }
  public String getPreset() { return preset; }
  public JenisPeriode getJenisPeriode() { return jenisPeriode; }
  public LocalDate getBatasRencana() { return batasRencana; }
  public LocalDate getBatasFinal() { return batasFinal; }
  public boolean isVerifikasiTarget() { return verifikasiTarget; }
  public boolean isKurvaMengikat() { return kurvaMengikat; }
  public List<KalenderPeriode> getPeriode() { return periode; }

  public List<KalenderCapaian> getCapaianOrganisasi() { return capaianOrganisasi; }

  public KalenderCapaian capaianOrganisasi(int urutan) {
    return capaianOrganisasi.stream().filter(c -> c.getUrutan() == urutan).findFirst().orElseThrow(() -> new NotFoundException(
        "Kalender " + tahun + " tidak memiliki tenggat capaian kinerja organisasi ke-" + urutan + "."));
  }

  public KalenderPeriode periode(int urutan) {
    return periode.stream().filter(p -> p.getUrutan() == urutan).findFirst()
        .orElseThrow(() -> new NotFoundException("Kalender " + tahun + " tidak memiliki periode ke-" + urutan + "."));
  }

  /** The final rating opens on 1 January of the next year, after the last period ends. */
  public LocalDate getPenilaianAkhirDibuka() { return LocalDate.of(tahun + 1, 1, 1); }

  void ubahBatasRencana(LocalDate batas) { this.batasRencana = batas; }

  void ubahBatasFinal(LocalDate batas) { this.batasFinal = batas; }

  /** The moment work for this deadline locks: the end of the deadline day in the instansi's zone. */
  public Tenggat tenggat(LocalDate batas) { return new Tenggat(batas, instansi.zona()); }
}
