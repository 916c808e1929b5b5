package id.kinerjaflow.planning;

import static id.kinerjaflow.process.SkpPlanningProcess.*;

import id.kinerjaflow.process.OpenTasks;
import id.kinerjaflow.process.Variables;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.NotFoundException;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.Kalender;
import id.kinerjaflow.organization.AppraiserResolver;
import id.kinerjaflow.organization.Jabatan;
import id.kinerjaflow.organization.Pegawai;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting, reviewing and setting the SKP plan; each step also moves the skp-planning process. */
@Service
@Transactional
public class PlanningService {
  private final SkpRepository skpRepository;
  private final RhkRepository rhkRepository;
  private final OpenTasks openTasks;

  PlanningService(SkpRepository skpRepository, RhkRepository rhkRepository, OpenTasks openTasks) {
    this.skpRepository = skpRepository;
    this.rhkRepository = rhkRepository;
    this.openTasks = openTasks;
  }

  /**
   * A new SKP in draft for the position; its behaviour expectations start with the seven BerAKHLAK values. Without a
   * resolved appraiser ({@code penilai} null) it waits for BKPSDM to determine one.
   */
  public Skp buat(Pegawai pegawai, Jabatan jabatan, Kedudukan kedudukan, AppraiserResolver.Hasil penilai, Kalender kalender) {
    return skpRepository.save(penilai == null ? new Skp(pegawai, jabatan, kedudukan, null, null, kalender)
        : new Skp(pegawai, jabatan, kedudukan, penilai.penilai(), aturan(penilai), kalender));
  }

  /** The appraiser changed mid-year (mutasi, re-import): the SKP follows; Envers keeps the old one. */
  public void gantiPenilai(Skp skp, AppraiserResolver.Hasil penilai) { skp.setPenilai(penilai.penilai(), aturan(penilai)); }

  /** BKPSDM's admin determined the appraiser that no rule found. */
  public void tentukanPenilai(Skp skp, Pegawai penilai) { skp.setPenilai(penilai, "Ditentukan oleh admin BKPSDM"); }

  private static String aturan(AppraiserResolver.Hasil penilai) { return "Baris " + penilai.baris() + ": " + penilai.keterangan(); }

  /** The instansi's SKP that have a process instance (running or ended). */
  @Transactional(readOnly = true)
  public List<Skp> berproses(Instansi instansi) { return skpRepository.findByPegawaiInstansiAndProcessInstanceIdNotNull(instansi); }

  @Transactional(readOnly = true)
  public Optional<Skp> cari(Pegawai pegawai, int tahun, Kedudukan kedudukan) {
    return skpRepository.findByPegawaiAndTahunAndKedudukan(pegawai, tahun, kedudukan);
  }

  /** The year's SKP of an instansi for the employees' own positions (not acted in), by NIP. */
  @Transactional(readOnly = true)
  public List<Skp> definitif(Instansi instansi, int tahun) { return skpRepository.findDefinitif(instansi, tahun); }

  /** Every SKP of the instansi's year, acting positions' too, by NIP. */
  @Transactional(readOnly = true)
  public List<Skp> semua(Instansi instansi, int tahun) { return skpRepository.findByPegawaiInstansiAndTahunOrderByPegawaiNipAscKedudukanAsc(instansi, tahun); }

  /** ASN whose plan deadline passed without a set SKP: the list of ASN with no SKP. */
  @Transactional(readOnly = true)
  public List<Skp> terlambat(Instansi instansi, int tahun) { return skpRepository.findTerlambat(instansi, tahun); }

  @Transactional(readOnly = true)
  public List<Skp> milik(String nip) { return skpRepository.findByPegawaiNipOrderByTahunDescKedudukanAsc(nip); }

  /** At most {@code batas} SKP by NIP prefix or part of the name, in the given instansi ({@code null}: every instansi). */
  @Transactional(readOnly = true)
  public List<Skp> telusuri(String q, java.util.Set<String> instansi, int batas) {
    return skpRepository.cari(q.trim().toLowerCase(java.util.Locale.ROOT), instansi == null,
        instansi == null || instansi.isEmpty() ? List.of("") : instansi, org.springframework.data.domain.PageRequest.of(0, batas));
  }

  @Transactional(readOnly = true)
  public Skp get(long skpId) {
    return skpRepository.findById(skpId).orElseThrow(() -> tidakAda(skpId));
  }

  /**
   * The SKP, locked to the end of the transaction. A request that moves its process takes it first, so two requests on
   * one SKP (two approvals at once) take turns: the second sees what the first did, not a half-gone task.
   */
  public Skp kunci(long skpId) {
    return skpRepository.findByIdForUpdate(skpId).orElseThrow(() -> tidakAda(skpId));
  }

  private static String kosongJadiNull(String teks) { return teks == null || teks.isBlank() ? null : teks.strip(); }

  private static NotFoundException tidakAda(long skpId) { return new NotFoundException("SKP dengan id " + skpId + " tidak ditemukan."); }

  /** The appraiser's RHK of the same year: what the employee's RHK may cascade from. */
  @Transactional(readOnly = true)
  public List<Rhk> rhkPenilai(Skp skp) {
    if (skp.getPenilai() == null) return List.of();
    return rhkRepository.findBySkpPegawaiAndSkpTahunOrderByUrutan(skp.getPenilai(), skp.getTahun());
  }

  public Skp ubahRencana(long skpId, String pelaku, RencanaInput input) {
    Skp skp = get(skpId);
    skp.pastikanPegawai(pelaku);
    pastikanDapatDiubah(skp);
    Map<Long, Rhk> lama = skp.getRhk().stream().collect(Collectors.toMap(Rhk::getId, Function.identity()));
    Map<String, String> errors = new HashMap<>();
    List<Rhk> baru = new java.util.ArrayList<>();
    for (int i = 0; i < input.rhk().size(); i++) {
      RencanaInput.RhkInput in = input.rhk().get(i);
      Rhk rhk = in.id() == null ? new Rhk(skp) : lama.remove(in.id());
      if (rhk == null) {
        errors.put("rhk[" + i + "].id", "RHK " + in.id() + " bukan bagian dari SKP ini");
        continue;
      }
      rhk.ubah(i + 1, in.uraian(), in.jenis(), rhkAtasan(skp, in.rhkAtasanId(), "rhk[" + i + "].rhkAtasanId", errors));
      rhk.getIndikator().clear();
      for (int j = 0; j < in.indikator().size(); j++) {
        RencanaInput.IndikatorInput ind = in.indikator().get(j);
        rhk.getIndikator().add(new Indikator(rhk, j + 1, ind.uraian(), ind.targetKuantitas(), ind.satuan(),
            ind.targetKualitas(), ind.targetWaktu()));
      }
      baru.add(rhk);
    }
    lama.values().stream().filter(rhkRepository::existsByRhkAtasan).forEach(r ->
        errors.put("rhk", "RHK \"" + r.getUraian() + "\" tidak dapat dihapus karena sudah diintervensi oleh RHK bawahan"));
    if (!errors.isEmpty()) throw new InvalidInputException(errors);
    skp.getRhk().clear();
    skp.getRhk().addAll(baru);
    Map<NilaiBerakhlak, String> khusus = input.ekspektasiKhusus() == null ? Map.of() : input.ekspektasiKhusus();
    skp.getEkspektasi().forEach(e -> e.setEkspektasiKhusus(khusus.get(e.getNilai())));
    RencanaInput.Lampiran lampiran = input.lampiran() == null ? new RencanaInput.Lampiran(null, null, null) : input.lampiran();
    skp.ubahLampiran(kosongJadiNull(lampiran.dukunganSumberDaya()), kosongJadiNull(lampiran.skemaPertanggungjawaban()),
        kosongJadiNull(lampiran.konsekuensi()));
    skpRepository.flush();
    return skp;
  }

  public Skp ajukan(long skpId, String pelaku) {
    Skp skp = kunci(skpId);
    skp.pastikanPegawai(pelaku);
    pastikanDapatDiubah(skp);
    if (skp.getRhk().isEmpty()) throw new InvalidInputException("rhk", "isi minimal satu RHK sebelum mengajukan rencana");
    Task task = openTasks.find(skp.businessKey(), TASK_DRAFT, TASK_REVISE, TASK_CORRECT)
        .orElseThrow(() -> new ConflictException("Rencana SKP " + skp.getTahun() + " tidak sedang menunggu pengajuan."));
    skp.setStatus(StatusSkp.DIAJUKAN);
    openTasks.complete(task, Map.of());
    return skp;
  }

  public Skp tinjau(long skpId, String pelaku, TinjauanInput input) {
    Skp skp = kunci(skpId);
    skp.pastikanPenilai(pelaku);
    boolean disetujui = input.disetujui();
    if (!disetujui && (input.catatan() == null || input.catatan().isBlank())) {
      throw new InvalidInputException("catatan", "catatan wajib diisi saat rencana dikembalikan");
    }
    Map<Long, String> catatanRhk = input.catatanRhk() == null ? Map.of() : input.catatanRhk();
    catatanRhk.keySet().stream().filter(id -> skp.getRhk().stream().noneMatch(r -> r.getId().equals(id))).findFirst()
        .ifPresent(id -> { throw new InvalidInputException("catatanRhk", "RHK " + id + " bukan bagian dari SKP ini"); });
    Task task = openTasks.find(skp.businessKey(), TASK_REVIEW)
        .orElseThrow(() -> new ConflictException("Rencana SKP " + skp.getTahun() + " tidak sedang menunggu tinjauan."));
    skp.setCatatanPenilai(input.catatan());
    skp.getRhk().forEach(r -> r.setCatatanPenilai(catatanRhk.get(r.getId())));
    if (!disetujui) skp.setStatus(StatusSkp.DIKEMBALIKAN);
    openTasks.complete(task, Map.of(Variables.RENCANA_DISETUJUI, disetujui));
    return skp;
  }

  /** BKPSDM's verifier accepts the annual targets, or returns them with reasons (Sungai Penuh). */
  public Skp verifikasi(long skpId, boolean verifikatorInstansi, VerifikasiInput input) {
    Skp skp = kunci(skpId);
    if (!verifikatorInstansi) {
      throw new ForbiddenException("Hanya admin BKPSDM " + skp.getPegawai().getInstansi().getNama() + " yang dapat memverifikasi target SKP ini.");
    }
    boolean diterima = input.diterima();
    if (!diterima && (input.catatan() == null || input.catatan().isBlank())) {
      throw new InvalidInputException("catatan", "alasan wajib diisi saat target dikembalikan");
    }
    Task task = openTasks.find(skp.businessKey(), TASK_VERIFY)
        .orElseThrow(() -> new ConflictException("Target SKP " + skp.getTahun() + " tidak sedang menunggu verifikasi."));
    skp.setCatatanVerifikator(input.catatan());
    if (!diterima) skp.setStatus(StatusSkp.DIKEMBALIKAN);
    openTasks.complete(task, Map.of(Variables.TARGET_DITERIMA, diterima));
    return skp;
  }

  /** The plan is approved: it is set and can no longer be edited. Only a plan its appraiser approved through /api gets here. */
  public void tetapkan(long skpId) {
    Skp skp = get(skpId);
    if (skp.getStatus() != StatusSkp.DIAJUKAN || skp.getRhk().isEmpty()) {
      throw new ConflictException("Rencana SKP " + skp.getTahun() + " tidak dapat ditetapkan: rencana berstatus " + skp.getStatus()
          + " dengan " + skp.getRhk().size() + " RHK, belum diajukan dan disetujui pejabat penilai.");
    }
    skp.setStatus(StatusSkp.DITETAPKAN);
  }

  /** The plan deadline passed before the plan was set. */
  public void tandaiTerlambat(long skpId) { get(skpId).tandaiTerlambat(); }

  private static void pastikanDapatDiubah(Skp skp) {
    if (skp.getStatus() != StatusSkp.DRAFT && skp.getStatus() != StatusSkp.DIKEMBALIKAN) {
      throw new ConflictException("Rencana SKP " + skp.getTahun() + " tidak dapat diubah karena berstatus " + skp.getStatus() + ".");
    }
  }

  private Rhk rhkAtasan(Skp skp, Long id, String field, Map<String, String> errors) {
    if (id == null) return null;
    if (skp.getPenilai() == null) {
      errors.put(field, "SKP ini belum punya pejabat penilai, jadi belum ada RHK atasan yang dapat diintervensi");
      return null;
    }
    Rhk atasan = rhkRepository.findById(id).orElse(null);
    if (atasan == null || !atasan.getSkp().getPegawai().equals(skp.getPenilai()) || atasan.getSkp().getTahun() != skp.getTahun()) {
      errors.put(field, "RHK atasan " + id + " bukan RHK pejabat penilai " + skp.getPenilai().getNama() + " tahun " + skp.getTahun());
      return null;
    }
    return atasan;
  }
}
