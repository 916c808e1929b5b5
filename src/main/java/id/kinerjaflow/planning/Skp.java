package id.kinerjaflow.planning;

import id.kinerjaflow.instansi.Kalender;
import id.kinerjaflow.organization.Jabatan;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.web.ForbiddenException;
import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;

/**
 * The annual SKP of one employee for one position: the plan, and the anchor of its evaluations. An acting official
 * (Plt/Plh) has a second one, for the head position they act in ({@link Kedudukan#PLT}).
 */
@Entity
@Audited
public class Skp {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) private Pegawai pegawai;
  /** The position the SKP is for: the employee's own (updated in place by a mutasi), or the head position acted in. */
  @ManyToOne(optional = false) private Jabatan jabatan;
  @Enumerated(EnumType.STRING) private Kedudukan kedudukan;
  /** Null while the cycle waits for BKPSDM to determine the appraiser (Task_DetermineAppraiser). */
  @ManyToOne private Pegawai penilai;
  @ManyToOne(optional = false) private Kalender kalender;
  private int tahun;
  @Enumerated(EnumType.STRING) private StatusSkp status = StatusSkp.DRAFT;
  /** Not set by the plan deadline: feeds the list of ASN without an SKP. */
  private boolean terlambat;
  private String catatanPenilai;
  /** Why BKPSDM's verifier returned the targets (Sungai Penuh). */
  private String catatanVerifikator;
  private String aturanPenilai;
  private String processInstanceId;
  /** The lampiran of the SKP form: resources, accountability scheme, consequences. */
  private String dukunganSumberDaya;
  private String skemaPertanggungjawaban;
  private String konsekuensi;

  @OneToMany(mappedBy = "skp", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("urutan")
  private List<Rhk> rhk = new ArrayList<>();

  @OneToMany(mappedBy = "skp", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("nilai")
  private List<EkspektasiPerilaku> ekspektasi = new ArrayList<>();

  protected Skp() {}

  public Skp(Pegawai pegawai, Jabatan jabatan, Kedudukan kedudukan, Pegawai penilai, String aturanPenilai, Kalender kalender) {
    this.pegawai = pegawai;
    this.jabatan = jabatan;
    this.kedudukan = kedudukan;
    this.penilai = penilai;
    this.aturanPenilai = aturanPenilai;
    this.kalender = kalender;
    this.tahun = kalender.getTahun();
    Arrays.stream(NilaiBerakhlak.values()).forEach(n -> ekspektasi.add(new EkspektasiPerilaku(this, n)));
  }

  /** Only the employee who owns the SKP may draft, revise and report. */
  public void pastikanPegawai(String pelaku) {
    if (!pegawai.getNip().equals(pelaku)) {
      throw new ForbiddenException("Hanya " + pegawai.getNama() + " (" + pegawai.getNip() + ") yang dapat mengisi SKP ini.");
    }
  }

  /** Only the employee's appraiser may review and rate. */
  public void pastikanPenilai(String pelaku) {
    if (penilai == null) throw new ForbiddenException("SKP ini belum punya pejabat penilai; admin BKPSDM sedang menentukannya.");
    if (!penilai.getNip().equals(pelaku)) {
      throw new ForbiddenException("Hanya pejabat penilai SKP ini, " + penilai.getNama() + " (" + penilai.getNip() + "), yang dapat menilai.");
    }
  }

  /** The employee, the appraiser, and the instansi's admins or auditors ({@code pembacaInstansi}) may read the SKP. */
  public void pastikanBolehBaca(String pelaku, boolean pembacaInstansi) {
    if (!pembacaInstansi && !pegawai.getNip().equals(pelaku) && !dinilaiOleh(pelaku)) {
      throw new ForbiddenException("Anda tidak berhak melihat SKP " + pegawai.getNama() + " tahun " + tahun + ".");
    }
  }

  private boolean dinilaiOleh(String nip) { return penilai != null && penilai.getNip().equals(nip); }

  /** {@code NIP-tahun}, and {@code NIP-tahun-plt} for the acting position's SKP: the cycle's and its tasks' business key. */
  public String businessKey() { return businessKey(pegawai.getNip(), tahun, kedudukan); }

  /** The business key of the annual cycle of an SKP, known before the SKP exists: "NIP-tahun", "NIP-tahun-plt". */
  public static String businessKey(String nip, int tahun, Kedudukan kedudukan) {
    return nip + "-" + tahun + (kedudukan == Kedudukan.PLT ? "-plt" : "");
  }

  /** The employee as task names show them: "Budi Santoso", or "Budi Santoso (Plt. Kepala Dinas Kesehatan)". */
  public String namaPemegang() { return namaPemegang(pegawai, jabatan, kedudukan); }

  public static String namaPemegang(Pegawai pegawai, Jabatan jabatan, Kedudukan kedudukan) {
    return kedudukan == Kedudukan.PLT ? pegawai.getNama() + " (Plt. " + jabatan.getNama() + ")" : pegawai.getNama();
  }

  public String instansiKode() { return pegawai.getInstansi().getKode(); }

  public Long getId() { return id; }
  public Pegawai getPegawai() { return pegawai; }
  public Jabatan getJabatan() { return jabatan; }
  public Kedudukan getKedudukan() { return kedudukan; }
  public Pegawai getPenilai() { return penilai; }
  public Kalender getKalender() { return kalender; }
  public int getTahun() { return tahun; }
  public StatusSkp getStatus() { return status; }
  public boolean isTerlambat() { return terlambat; }
  public String getCatatanPenilai() { return catatanPenilai; }
  public String getCatatanVerifikator() { return catatanVerifikator; }
  public String getAturanPenilai() { return aturanPenilai; }
  public String getProcessInstanceId() { return processInstanceId; }
  public List<Rhk> getRhk() { return rhk; }
  public List<EkspektasiPerilaku> getEkspektasi() { return ekspektasi; }
  public String getDukunganSumberDaya() { return dukunganSumberDaya; }
  public String getSkemaPertanggungjawaban() { return skemaPertanggungjawaban; }
  public String getKonsekuensi() { return konsekuensi; }

  void ubahLampiran(String dukunganSumberDaya, String skemaPertanggungjawaban, String konsekuensi) {
    this.dukunganSumberDaya = dukunganSumberDaya;
    this.skemaPertanggungjawaban = skemaPertanggungjawaban;
    this.konsekuensi = konsekuensi;
  }

  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  void setStatus(StatusSkp status) { this.status = status; }
  void setPenilai(Pegawai penilai, String aturanPenilai) {
    this.penilai = penilai;
    this.aturanPenilai = aturanPenilai;
  }
  void setCatatanPenilai(String catatanPenilai) { this.catatanPenilai = catatanPenilai; }
  void setCatatanVerifikator(String catatanVerifikator) { this.catatanVerifikator = catatanVerifikator; }
  void tandaiTerlambat() { this.terlambat = true; }
}
