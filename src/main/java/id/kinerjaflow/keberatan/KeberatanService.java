package id.kinerjaflow.keberatan;

import static id.kinerjaflow.process.SkpObjectionProcess.*;

import id.kinerjaflow.evaluation.EvaluasiAkhir;
import id.kinerjaflow.evaluation.EvaluasiAkhirRepository;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.instansi.Tenggat;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.OpenTasks;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The objection to the final predicate (PP 30/2019 art. 59): the employee accepts the predicate or objects with reasons
 * and evidence within the window; the atasan pejabat penilai hears both sides and decides, finally. Each write checks
 * who acts and the window by the application's clock, writes the domain and completes the task in one transaction.
 */
@Service
@Transactional
public class KeberatanService {
  private final KeberatanRepository keberatanRepository;
  private final BuktiKeberatanRepository buktiRepository;
  private final EvaluasiAkhirRepository akhirRepository;
  private final EvaluationService evaluation;
  private final PlanningService planning;
  private final OrganizationService organization;
  private final KeberatanSkp keberatanSkp;
  private final AtasanPenilai atasanPenilai;
  private final OpenTasks openTasks;
  private final Clock jam;

  KeberatanService(KeberatanRepository keberatanRepository, BuktiKeberatanRepository buktiRepository,
      EvaluasiAkhirRepository akhirRepository, EvaluationService evaluation, PlanningService planning,
      OrganizationService organization, KeberatanSkp keberatanSkp, AtasanPenilai atasanPenilai, OpenTasks openTasks, Clock jam) {
    this.keberatanRepository = keberatanRepository;
    this.buktiRepository = buktiRepository;
    this.akhirRepository = akhirRepository;
    this.evaluation = evaluation;
    this.planning = planning;
    this.organization = organization;
    this.keberatanSkp = keberatanSkp;
    this.atasanPenilai = atasanPenilai;
    this.openTasks = openTasks;
    this.jam = jam;
  }

  // --- steps of skp-objection ---

  /** ServiceTask_OpenObjectionWindow: the window of the SKP's final predicate opens (once; a retry finds it). */
  public Keberatan buka(long skpId) {
    return keberatanRepository.findBySkpId(skpId).orElseGet(() -> keberatanRepository.save(new Keberatan(planning.get(skpId), jam.instant())));
  }

  /** ServiceTask_CloseObjectionWindow: the window closed without an objection; the predicate stands. */
  public void tutup(long skpId) { keberatan(skpId).tutup(jam.instant()); }

  /** ServiceTask_DetermineSuperior: to whom the objection goes, or why nobody stands above the appraiser. */
  public void tentukanAtasan(long skpId) {
    Keberatan k = keberatan(skpId);
    AtasanPenilai.Hasil hasil = atasanPenilai.cari(k.getSkp());
    k.kepada(hasil.atasan(), hasil.alasanTanpaAtasan());
  }

  // --- the people's work ---

  public Keberatan terima(long skpId, String pelaku) {
    Skp skp = planning.kunci(skpId);
    skp.pastikanPegawai(pelaku);
    Keberatan k = pastikanTerbuka(skp);
    Task task = tugas(skp, TASK_RESPOND_TO_PREDICATE);
    k.terima(jam.instant());
    openTasks.complete(task, Map.of());
    return k;
  }

  public BuktiKeberatan unggahBukti(long skpId, String pelaku, String namaFile, String tipeKonten, byte[] isi) {
    Skp skp = planning.kunci(skpId);
    skp.pastikanPegawai(pelaku);
    Keberatan k = pastikanTerbuka(skp);
    String nama = EvaluationService.namaBerkas(namaFile);
    return buktiRepository.save(new BuktiKeberatan(k, nama, evaluation.periksaBerkas(nama, tipeKonten, isi), isi, jam.instant()));
  }

  /** Files the objection; the process then finds the superior in this transaction, so the answer names them. */
  public Keberatan ajukan(long skpId, String pelaku, KeberatanInput.Pengajuan input) {
    Skp skp = planning.kunci(skpId);
    skp.pastikanPegawai(pelaku);
    Keberatan k = pastikanTerbuka(skp);
    Task task = tugas(skp, TASK_RESPOND_TO_PREDICATE);
    k.ajukan(akhir(skpId).getPredikat(), input.alasan().strip(), jam.instant());
    openTasks.complete(task, Map.of());
    return k;
  }

  public Keberatan tanggapi(long skpId, String pelaku, KeberatanInput.Tanggapan input) {
    Skp skp = planning.kunci(skpId);
    Keberatan k = keberatan(skpId);
    Task task = openTasks.find(skp.businessKey(), TASK_RESPOND_TO_OBJECTION).orElseThrow(() -> new ConflictException(
        k.getStatus() == StatusKeberatan.DIAJUKAN && k.getAtasan() != null
            ? "Batas tanggapan " + keberatanSkp.tenggatTanggapan(k).teks() + " telah lewat; keberatan sudah diteruskan kepada "
                + k.getAtasan().getNama() + " untuk diputus."
            : "Keberatan atas predikat kinerja " + skp.getTahun() + " tidak sedang menunggu tanggapan pejabat penilai."));
    pastikanPemegang(task, pelaku, "pejabat penilai", "menanggapi");
    k.tanggapi(input.tanggapan().strip(), jam.instant());
    openTasks.complete(task, Map.of());
    return k;
  }

  /** The final decision: the predicate upheld, or changed with the reason (the final evaluation's audit keeps old → new). */
  public Keberatan putuskan(long skpId, String pelaku, KeberatanInput.Putusan input) {
    Skp skp = planning.kunci(skpId);
    Keberatan k = keberatan(skpId);
    Task task = openTasks.find(skp.businessKey(), TASK_DECIDE, TASK_DECIDE_WITHOUT_SUPERIOR).orElseThrow(() -> new ConflictException(
        k.getStatus() == StatusKeberatan.DIPUTUS
            ? "Keberatan atas predikat kinerja " + skp.getTahun() + " sudah diputus pada " + tanggal(k.getDiputusPada(), skp)
                + "; keputusan itu final."
            : k.getStatus() == StatusKeberatan.DIAJUKAN
                ? "Keberatan menunggu tanggapan pejabat penilai sampai " + keberatanSkp.tenggatTanggapan(k).teks()
                    + "; keputusan diberikan sesudahnya."
                : "Tidak ada keberatan atas predikat kinerja " + skp.getTahun() + " yang menunggu keputusan."));
    pastikanPemegang(task, pelaku, k.getAtasan() == null ? "pejabat penilai" : "atasan pejabat penilai", "memutus");
    EvaluasiAkhir akhir = akhir(skpId);
    if (input.keputusan() == Keputusan.DIUBAH) {
      if (input.predikat() == null) throw new InvalidInputException("predikat", "pilih predikat baru bila predikat diubah");
      if (input.predikat() == akhir.getPredikat()) {
        throw new InvalidInputException("predikat", "predikat baru sama dengan predikat sekarang (" + akhir.getPredikat()
            + "); pilih DIKUATKAN untuk mempertahankannya");
      }
      akhir.ubahPredikat(input.predikat(), "Keputusan atas keberatan: " + input.alasan().strip());
    } else if (input.predikat() != null && input.predikat() != akhir.getPredikat()) {
      throw new InvalidInputException("predikat", "predikat yang dikuatkan adalah " + akhir.getPredikat() + "; pilih DIUBAH untuk mengubahnya");
    }
    Pegawai pemutus = organization.cariPegawai(pelaku).orElseThrow();
    k.putuskan(input.keputusan(), akhir.getPredikat(), input.alasan().strip(), pemutus, jam.instant());
    openTasks.complete(task, Map.of());
    return k;
  }

  // --- reads ---

  /** The objection for a reader: the employee, the appraiser, the superior it went to, the instansi's admins, auditors. */
  @Transactional(readOnly = true)
  public Keberatan baca(long skpId, String pelaku, boolean pembacaInstansi) {
    Skp skp = planning.get(skpId);
    Keberatan k = keberatanRepository.findBySkpId(skpId).orElse(null);
    if (k == null || k.getAtasan() == null || !k.getAtasan().getNip().equals(pelaku)) skp.pastikanBolehBaca(pelaku, pembacaInstansi);
    if (k == null) {
      throw new NotFoundException("Masa keberatan SKP " + skp.getTahun() + " " + skp.getPegawai().getNama()
          + " belum dibuka: predikat akhirnya belum ditetapkan.");
    }
    return k;
  }

  @Transactional(readOnly = true)
  public List<BuktiKeberatan> bukti(Keberatan k) { return buktiRepository.findByKeberatanOrderById(k); }

  @Transactional(readOnly = true)
  public BuktiKeberatan bukti(Keberatan k, long buktiId) {
    return buktiRepository.findById(buktiId).filter(b -> b.getKeberatan().getId().equals(k.getId()))
        .orElseThrow(() -> new NotFoundException("Bukti keberatan " + buktiId + " tidak ditemukan."));
  }

  @Transactional(readOnly = true)
  public EvaluasiAkhir akhir(long skpId) {
    return akhirRepository.findBySkpId(skpId)
        .orElseThrow(() -> new NotFoundException("Evaluasi akhir untuk SKP " + skpId + " tidak ditemukan."));
  }

  // --- helpers ---

  private Keberatan keberatan(long skpId) {
    return keberatanRepository.findBySkpId(skpId).orElseThrow(() -> new ConflictException(
        "Predikat akhir SKP ini belum ditetapkan; keberatan dapat diajukan setelah predikat ditetapkan."));
  }

  /** The window is open: neither accepted, nor objected to, nor past its last day (by the clock, fired or not). */
  private Keberatan pastikanTerbuka(Skp skp) {
    Keberatan k = keberatan(skp.getId());
    String predikat = "predikat kinerja " + skp.getTahun();
    switch (k.getStatus()) {
      case DITERIMA -> throw new ConflictException("Predikat kinerja " + skp.getTahun() + " sudah Anda terima pada "
          + tanggal(k.getDitutupPada(), skp) + "; keberatan tidak dapat diajukan lagi.");
      case DIAJUKAN, DITANGGAPI, DIPUTUS -> throw new ConflictException("Keberatan atas " + predikat + " sudah diajukan pada "
          + tanggal(k.getDiajukanPada(), skp) + ".");
      default -> { }
    }
    Tenggat batas = keberatanSkp.tenggatPengajuan(skp.getId());
    if (k.getStatus() == StatusKeberatan.TIDAK_DIAJUKAN || batas.sudahLewat(jam)) {
      throw new ConflictException("Masa keberatan atas " + predikat + " sudah berakhir: batas pengajuan " + batas.teks() + " ("
          + keberatanSkp.hari() + " hari sejak predikat ditetapkan " + tanggal(akhir(skp.getId()).getDitetapkanPada(), skp)
          + ") telah lewat; predikat berlaku.");
    }
    return k;
  }

  private Task tugas(Skp skp, String kunci) {
    return openTasks.find(skp.businessKey(), kunci).orElseThrow(() -> new ConflictException(
        "Predikat kinerja " + skp.getTahun() + " tidak sedang menunggu tanggapan pegawai."));
  }

  /** Only the person the task is for: the appraiser responds, the superior (or, with none, the appraiser) decides. */
  private void pastikanPemegang(Task task, String pelaku, String peran, String kerja) {
    if (pelaku.equals(task.getAssignee())) return;
    Pegawai pemegang = organization.cariPegawai(task.getAssignee()).orElseThrow();
    throw new ForbiddenException("Hanya " + peran + ", " + pemegang.getNama() + " (" + pemegang.getNip() + "), yang dapat "
        + kerja + " keberatan ini.");
  }

  private static String tanggal(Instant pada, Skp skp) {
    return Tenggat.format(LocalDate.ofInstant(pada, skp.getPegawai().getInstansi().zona()));
  }
}
