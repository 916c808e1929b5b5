package id.kinerjaflow.capaian;

import static id.kinerjaflow.process.OrganizationPerformanceProcess.*;

import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.instansi.Kalender;
import id.kinerjaflow.instansi.KalenderCapaian;
import id.kinerjaflow.instansi.Tenggat;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.organization.UnitKerja;
import id.kinerjaflow.process.AtasNamaPengguna;
import id.kinerjaflow.process.OpenTasks;
import id.kinerjaflow.process.Variables;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's performance for a year ({@code organization-performance}): started per perangkat daerah, the Kepala
 * Perangkat Daerah's reports of Capaian Kinerja Organisasi, and the predicates of the perangkat daerah and its units.
 * A write checks everything before it writes; refused work writes nothing.
 */
@Service
@Transactional
public class KinerjaOrganisasiService {
  /** One perangkat daerah's process: {@code baru} when this call started it. */
  public record Mulai(String unitKode, String unitNama, String processInstanceId, boolean baru) {}

  private final InstansiService instansi;
  private final OrganizationService organization;
  private final PenugasanKinerjaOrganisasi penugasan;
  private final CapaianOrganisasiRepository capaianRepository;
  private final PenetapanPredikatOrganisasiRepository predikatRepository;
  private final PenetapAtasNamaBupatiRepository penetapRepository;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final OpenTasks openTasks;
  private final AtasNamaPengguna atasNama;
  private final Clock jam;

  KinerjaOrganisasiService(InstansiService instansi, OrganizationService organization, PenugasanKinerjaOrganisasi penugasan,
      CapaianOrganisasiRepository capaianRepository, PenetapanPredikatOrganisasiRepository predikatRepository,
      PenetapAtasNamaBupatiRepository penetapRepository, RuntimeService runtimeService, HistoryService historyService,
      TaskService taskService, OpenTasks openTasks, AtasNamaPengguna atasNama, Clock jam) {
    this.instansi = instansi;
    this.organization = organization;
    this.penugasan = penugasan;
    this.capaianRepository = capaianRepository;
    this.predikatRepository = predikatRepository;
    this.penetapRepository = penetapRepository;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.taskService = taskService;
    this.openTasks = openTasks;
    this.atasNama = atasNama;
    this.jam = jam;
  }

  // --- start ---

  /**
   * Starts the year's process for every perangkat daerah that has none yet (running or ended); the instansi's row is locked
   * meanwhile, so two requests at once start each once. 409 without the year's calendar or its organisation deadlines.
   */
  public List<Mulai> mulai(String instansiKode, int tahun) {
    Instansi target = instansi.kunci(instansiKode);
    Kalender kalender = instansi.kalender(target, tahun);
    if (kalender.getCapaianOrganisasi().isEmpty()) {
      throw new ConflictException("Kalender " + tahun + " instansi " + instansiKode + " (preset " + kalender.getPreset()
          + ") belum memuat tenggat capaian kinerja organisasi; kalender yang dipasang sebelum fitur ini perlu dipasang ulang dari preset.");
    }
    List<Mulai> hasil = new ArrayList<>();
    for (UnitKerja pd : organization.perangkatDaerah(target)) {
      String bk = businessKey(instansiKode, pd.getKode(), tahun);
      Optional<String> ada = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
          .processInstanceBusinessKey(bk).list().stream().map(p -> p.getId()).findFirst();
      if (ada.isPresent()) {
        hasil.add(new Mulai(pd.getKode(), pd.getNama(), ada.get(), false));
        continue;
      }
      Map<String, Object> variabel = new HashMap<>();
      variabel.put(Variables.INSTANSI, instansiKode);
      variabel.put(INSTANSI_KODE, instansiKode);
      variabel.put(UNIT_ID, pd.getId());
      variabel.put(UNIT_KODE, pd.getKode());
      variabel.put(UNIT_NAMA, pd.getNama());
      variabel.put(Variables.TAHUN, tahun);
      variabel.put(Variables.KALENDER_ID, kalender.getId());
      variabel.put(Variables.ZONA_WAKTU, target.zona().getId());
      String[] id = new String[1];
      atasNama.jalankan(() -> id[0] = runtimeService.startProcessInstanceByKey(PROCESS_ID, bk, variabel).getId());
      hasil.add(new Mulai(pd.getKode(), pd.getNama(), id[0], true));
    }
    return hasil;
  }

  /** With the launch of the year's cycles: the same, unless the calendar has no organisation deadlines (then nothing). */
  public void mulaiBersamaPeluncuran(String instansiKode, int tahun) {
    if (!instansi.kalender(instansi.get(instansiKode), tahun).getCapaianOrganisasi().isEmpty()) mulai(instansiKode, tahun);
  }

  // --- reports ---

  public CapaianOrganisasi lapor(String instansiKode, String unitKode, int tahun, int urutan, String pelaku, BigDecimal persen, String uraian) {
    UnitKerja pd = perangkatDaerah(instansiKode, unitKode);
    KalenderCapaian periode = instansi.kalender(pd.getInstansi(), tahun).capaianOrganisasi(urutan);
    if (organization.kepala(pd).stream().noneMatch(p -> p.getNip().equals(pelaku))) {
      throw new ForbiddenException("Capaian kinerja organisasi " + pd.getNama() + " dilaporkan oleh Kepala Perangkat Daerahnya"
          + " (definitif, atau Plt/Plh bila jabatan itu kosong).");
    }
    capaianRepository.findByUnitAndPeriode(pd, periode).ifPresent(c -> {
      throw new ConflictException("Capaian kinerja organisasi " + periode.namaLengkap() + " " + pd.getNama() + " sudah dilaporkan pada "
          + Tenggat.format(LocalDate.ofInstant(c.getDilaporkanPada(), pd.getInstansi().zona())) + ".");
    });
    if (jam.instant().isBefore(Tenggat.awalHari(periode.getDibuka(), pd.getInstansi().zona()).toInstant())) {
      throw new ConflictException("Laporan capaian kinerja organisasi " + periode.namaLengkap() + " dibuka mulai "
          + Tenggat.format(periode.getDibuka()) + ".");
    }
    if (periode.tenggat().sudahLewat(jam)) {
      throw new ConflictException("Laporan capaian kinerja organisasi " + periode.namaLengkap() + " sudah terkunci: batas waktu "
          + periode.tenggat().teks() + " telah lewat.");
    }
    Task task = tugas(pd, tahun, TASK_REPORT, KALENDER_CAPAIAN_ID, periode.getId()).orElseThrow(() -> belumDimulai(pd, tahun));
    CapaianOrganisasi capaian = capaianRepository.save(new CapaianOrganisasi(pd, periode, persen, uraian, pelaku, jam.instant()));
    openTasks.complete(task, Map.of());
    return capaian;
  }

  // --- predicates ---

  /**
   * The predicate of a perangkat daerah (set by the one on the Bupati's behalf, else the Bupati) or of a unit directly under
   * one (set by its Kepala Perangkat Daerah), once the process asks for it: after the year's reports are in or locked.
   */
  public PenetapanPredikatOrganisasi tetapkanPredikat(String instansiKode, String unitKode, int tahun, String pelaku,
      PredikatOrganisasi predikat, String alasan) {
    Instansi target = instansi.get(instansiKode);
    UnitKerja unit = unit(target, unitKode);
    List<UnitKerja> semuaPd = organization.perangkatDaerah(target);
    boolean perangkatDaerah = semuaPd.stream().anyMatch(u -> u.getId().equals(unit.getId()));
    UnitKerja pd = perangkatDaerah ? unit : semuaPd.stream().filter(u -> unit.getInduk() != null && u.getId().equals(unit.getInduk().getId()))
        .findFirst().orElseThrow(() -> new InvalidInputException("unit", unit.getNama() + " (" + unitKode + ") bukan perangkat daerah"
            + " dan tidak langsung berada di bawah perangkat daerah; predikat organisasi ditetapkan untuk perangkat daerah dan unit"
            + " langsung di bawahnya."));
    if (perangkatDaerah) {
      Pegawai penetap = penugasan.penetap(pd).orElseThrow(() -> new ConflictException(tanpaPenetap(pd)));
      if (!penetap.getNip().equals(pelaku)) {
        throw new ForbiddenException("Predikat organisasi " + pd.getNama() + " ditetapkan oleh " + penetap.getNama() + " ("
            + penetap.getJabatan().getNama() + ")" + (penugasan.atasNamaBupati(pd).isPresent() ? " atas nama Bupati." : "."));
      }
    } else if (organization.kepala(pd).stream().noneMatch(p -> p.getNip().equals(pelaku))) {
      throw new ForbiddenException("Predikat organisasi " + unit.getNama() + " ditetapkan oleh Kepala Perangkat Daerah " + pd.getNama() + ".");
    }
    predikatRepository.findByUnitIdAndTahun(unit.getId(), tahun).ifPresent(p -> {
      throw new ConflictException("Predikat organisasi " + unit.getNama() + " " + tahun + " sudah ditetapkan: " + p.getPredikat()
          + " oleh " + p.getDitetapkanOleh() + ".");
    });
    Task task = (perangkatDaerah ? tugas(pd, tahun, TASK_SET_PREDICATE, null, null)
        : tugas(pd, tahun, TASK_SET_UNIT_PREDICATE, SUB_UNIT_ID, unit.getId())).orElseThrow(() -> {
          Kalender k = instansi.kalender(target, tahun);
          KalenderCapaian tahunan = k.getCapaianOrganisasi().isEmpty() ? null : k.getCapaianOrganisasi().get(k.getCapaianOrganisasi().size() - 1);
          return proses(pd, tahun) == null ? belumDimulai(pd, tahun) : new ConflictException("Predikat organisasi " + unit.getNama()
              + " " + tahun + " ditetapkan setelah laporan capaian kinerja organisasi tahunan " + pd.getNama() + " disampaikan"
              + (tahunan == null ? "." : " atau batasnya (" + tahunan.tenggat().teks() + ") lewat."));
        });
    PenetapanPredikatOrganisasi p = new PenetapanPredikatOrganisasi(unit, tahun);
    p.tetapkan(predikat, alasan, pelaku, jam.instant());
    predikatRepository.save(p);
    openTasks.complete(task, Map.of());
    return p;
  }

  /**
   * Who sets the perangkat daerah's predicates on the Bupati's behalf; the processes waiting for someone to be set go on
   * (their BKPSDM task is completed) and give the task to that person.
   */
  public PenetapAtasNamaBupati aturPenetap(String instansiKode, String nip, String keterangan) {
    Instansi target = instansi.get(instansiKode);
    Pegawai pegawai = organization.cariPegawai(nip).filter(p -> p.isAktif() && p.getInstansi().getId().equals(target.getId()))
        .orElseThrow(() -> new InvalidInputException("nip", "NIP " + nip + " bukan pegawai aktif " + target.getNama()));
    PenetapAtasNamaBupati penetap = penetapRepository.findByInstansi(target).orElseGet(() -> new PenetapAtasNamaBupati(target));
    penetap.atur(pegawai, keterangan);
    penetapRepository.save(penetap);
    taskService.createTaskQuery().processDefinitionKey(PROCESS_ID).taskDefinitionKey(TASK_DETERMINE_PREDICATE_SETTER)
        .processVariableValueEquals(INSTANSI_KODE, instansiKode).list().forEach(t -> openTasks.complete(t, Map.of()));
    return penetap;
  }

  // --- reads ---

  @Transactional(readOnly = true)
  public Optional<PenetapAtasNamaBupati> atasNamaBupati(String instansiKode) { return penetapRepository.findByInstansi(instansi.get(instansiKode)); }

  /** The Bupati recorded over the instansi's perangkat daerah, if any. */
  @Transactional(readOnly = true)
  public Optional<Pegawai> bupati(String instansiKode) {
    return organization.perangkatDaerah(instansi.get(instansiKode)).stream().map(organization::bupati).flatMap(Optional::stream).findFirst();
  }

  @Transactional(readOnly = true)
  public List<UnitKerja> perangkatDaerah(Instansi target) { return organization.perangkatDaerah(target); }

  @Transactional(readOnly = true)
  public UnitKerja perangkatDaerah(String instansiKode, String unitKode) {
    Instansi target = instansi.get(instansiKode);
    UnitKerja unit = unit(target, unitKode);
    if (organization.perangkatDaerah(target).stream().noneMatch(u -> u.getId().equals(unit.getId()))) {
      throw new NotFoundException(unit.getNama() + " (" + unitKode + ") bukan perangkat daerah; capaian kinerja organisasi dilaporkan"
          + " per perangkat daerah.");
    }
    return unit;
  }

  @Transactional(readOnly = true)
  public List<CapaianOrganisasi> capaian(UnitKerja unit) { return capaianRepository.findByUnit(unit); }

  @Transactional(readOnly = true)
  public Optional<PenetapanPredikatOrganisasi> predikat(UnitKerja unit, int tahun) { return predikatRepository.findByUnitIdAndTahun(unit.getId(), tahun); }

  /** The perangkat daerah's process of the year (running or ended), or null. */
  @Transactional(readOnly = true)
  public String proses(UnitKerja pd, int tahun) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
        .processInstanceBusinessKey(businessKey(pd.getInstansi().getKode(), pd.getKode(), tahun)).list().stream()
        .map(p -> p.getId()).findFirst().orElse(null);
  }

  /** Why a perangkat daerah's predicate has nobody to set it, and what BKPSDM does about it. */
  String tanpaPenetap(UnitKerja pd) {
    return "Belum ada yang menetapkan predikat organisasi " + pd.getNama() + ": Bupati tidak tercatat dalam data organisasi dan"
        + " instansi belum menunjuk penetap atas nama Bupati. Admin BKPSDM menunjuknya (misalnya Sekretaris Daerah) melalui"
        + " PUT /api/instansi/" + pd.getInstansi().getKode() + "/penetap-predikat-organisasi.";
  }

  Optional<Pegawai> penetap(UnitKerja pd) { return penugasan.penetap(pd); }

  List<Pegawai> kepala(UnitKerja pd) { return organization.kepala(pd); }

  List<UnitKerja> subUnit(UnitKerja pd) { return organization.subUnit(pd); }

  // --- helpers ---

  private UnitKerja unit(Instansi target, String unitKode) {
    return organization.unit(target, unitKode).orElseThrow(() -> new NotFoundException("Unit kerja '" + unitKode
        + "' tidak ditemukan di instansi " + target.getKode() + "."));
  }

  /** The open task of the perangkat daerah's process; with {@code variabel}, the one whose scope holds that value. */
  private Optional<Task> tugas(UnitKerja pd, int tahun, String taskKey, String variabel, Object nilai) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey(pd.getInstansi().getKode(), pd.getKode(), tahun))
        .processDefinitionKey(PROCESS_ID).taskDefinitionKey(taskKey).list().stream()
        .filter(t -> variabel == null || Objects.equals(runtimeService.getVariable(t.getExecutionId(), variabel), nilai)).findFirst();
  }

  private static ConflictException belumDimulai(UnitKerja pd, int tahun) {
    return new ConflictException("Proses kinerja organisasi " + tahun + " " + pd.getNama() + " belum dimulai; admin BKPSDM memulainya"
        + " dengan POST /api/instansi/" + pd.getInstansi().getKode() + "/kinerja-organisasi?tahun=" + tahun + ".");
  }
}
