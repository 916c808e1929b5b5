package id.kinerjaflow.cycle;

import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.OpenTasks;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BKPSDM determines the appraiser of an SKP whose cycle waits at Task_DetermineAppraiser (no rule of
 * appraiser-mapping found one): the SKP gets the appraiser, the move from nobody is recorded like any other
 * ({@code perpindahan_penilai}), and the task completes, so planning starts with that appraiser.
 */
@Service
@Transactional
public class PenentuanPenilai {
  private final PlanningService planning;
  private final OrganizationService organization;
  private final PerpindahanPenilaiRepository perpindahanRepository;
  private final OpenTasks openTasks;
  private final Clock clock;

  PenentuanPenilai(PlanningService planning, OrganizationService organization, PerpindahanPenilaiRepository perpindahanRepository,
      OpenTasks openTasks, Clock clock) {
    this.clock = clock;
    this.planning = planning;
    this.organization = organization;
    this.perpindahanRepository = perpindahanRepository;
    this.openTasks = openTasks;
  }

  /** Who may appraise: the instansi's active heads of units and acting officials (Plt/Plh), other than the employee. */
  @Transactional(readOnly = true)
  public List<Pegawai> calon(Skp skp) {
    return organization.pegawaiAktif(skp.getPegawai().getInstansi()).stream()
        .filter(p -> p.getJabatan().isKepalaUnit() || p.getPltUnit() != null)
        .filter(p -> !p.getId().equals(skp.getPegawai().getId())).toList();
  }

  public PenyelarasanPenilai.Perpindahan tentukan(long skpId, boolean adminInstansi, String nip, String alasan, String oleh) {
    Skp skp = planning.kunci(skpId);
    Pegawai pegawai = skp.getPegawai();
    if (!adminInstansi) {
      throw new ForbiddenException("Hanya admin BKPSDM " + pegawai.getInstansi().getNama() + " yang dapat menentukan pejabat penilai SKP ini.");
    }
    Pegawai penilai = organization.cariPegawai(nip)
        .orElseThrow(() -> new InvalidInputException("nip", "pegawai dengan NIP " + nip + " tidak terdaftar"));
    if (!penilai.getInstansi().getId().equals(pegawai.getInstansi().getId())) {
      throw new InvalidInputException("nip", penilai.getNama() + " (" + nip + ") bukan pegawai " + pegawai.getInstansi().getNama());
    }
    if (!penilai.isAktif()) throw new InvalidInputException("nip", penilai.getNama() + " (" + nip + ") tidak aktif");
    if (penilai.getId().equals(pegawai.getId())) {
      throw new InvalidInputException("nip", "pejabat penilai tidak boleh " + pegawai.getNama() + " sendiri");
    }
    Task task = openTasks.find(skp.businessKey(), SkpAnnualCycleProcess.TASK_DETERMINE_APPRAISER)
        .orElseThrow(() -> new ConflictException("SKP " + skp.getTahun() + " " + pegawai.getNama()
            + " tidak sedang menunggu penentuan pejabat penilai" + (skp.getPenilai() == null ? "."
            : "; pejabat penilainya " + skp.getPenilai().getNama() + " (" + skp.getPenilai().getNip() + ").")));
    planning.tentukanPenilai(skp, penilai);
    PerpindahanPenilai catatan = perpindahanRepository.save(new PerpindahanPenilai(skp, null, penilai, alasan, oleh,
        clock.instant(), 0));
    openTasks.complete(task, Map.of());
    return PenyelarasanPenilai.Perpindahan.of(catatan);
  }
}
