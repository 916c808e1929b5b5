package id.kinerjaflow.cycle;

import id.kinerjaflow.latar.PekerjaanLatarService;
import id.kinerjaflow.organization.AkibatPenilai;
import id.kinerjaflow.organization.AppraiserResolver;
import id.kinerjaflow.organization.OrganisasiBerubah;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.organization.PenilaiTidakDitemukan;
import id.kinerjaflow.planning.Kedudukan;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the organisation changed (mutasi, CSV import, delegation: {@link OrganisasiBerubah}): every open SKP of the
 * instansi whose appraiser now resolves to someone else moves to them. Each SKP is resolved for its own position: an acting official's second SKP for the head
 * position they act in, even after the acting assignment ended (that SKP stays, with its history). The SKP's penilai
 * changes (Envers keeps the old one), so later tasks go to the new appraiser (they read it from the SKP when created:
 * {@code ${penilaiSkp.nip(skpId)}}), and the move is recorded. The open tasks of the old appraiser then move in the
 * background ({@link AlihkanTugasPenilai}), one SKP per job, with the progress in the answer's {@code pekerjaanLatar}.
 */
@Service
@Transactional
public class PenyelarasanPenilai {
  private final AppraiserResolver appraiserResolver;
  private final PlanningService planning;
  private final PerpindahanPenilaiRepository perpindahanRepository;
  private final RuntimeService runtimeService;
  private final PekerjaanLatarService latar;
  private final Clock clock;

  PenyelarasanPenilai(AppraiserResolver appraiserResolver, PlanningService planning, PerpindahanPenilaiRepository perpindahanRepository,
      RuntimeService runtimeService, PekerjaanLatarService latar, Clock clock) {
    this.clock = clock;
    this.latar = latar;
    this.appraiserResolver = appraiserResolver;
    this.planning = planning;
    this.perpindahanRepository = perpindahanRepository;
    this.runtimeService = runtimeService;
  }

  /** {@code penilaiLama} null: BKPSDM determined the first appraiser (PenentuanPenilai). */
  public record Perpindahan(Long id, Long skpId, String nip, String nama, int tahun, Kedudukan kedudukan, String penilaiLamaNip,
      String penilaiLamaNama, String penilaiBaruNip, String penilaiBaruNama, String alasan, String oleh, Instant pada, int tugasDipindahkan) {
    static Perpindahan of(PerpindahanPenilai p) {
      Skp s = p.getSkp();
      Pegawai lama = p.getPenilaiLama();
      return new Perpindahan(p.getId(), s.getId(), s.getPegawai().getNip(), s.getPegawai().getNama(), s.getTahun(), s.getKedudukan(),
          lama == null ? null : lama.getNip(), lama == null ? null : lama.getNama(), p.getPenilaiBaru().getNip(), p.getPenilaiBaru().getNama(),
          p.getAlasan(), p.getOleh(), p.getPada(), p.getTugasDipindahkan());
    }
  }

  /** An open SKP whose appraiser cannot be resolved any more: it stays with its appraiser until the organisation is fixed. */
  public record TanpaPenilai(Long skpId, String nip, String nama, int tahun, Kedudukan kedudukan, String penilaiNip, String alasan) {}

  /** {@code pekerjaanLatar}: the background work that hands the open tasks over, null when nothing moved. */
  public record Hasil(List<Perpindahan> dipindahkan, List<TanpaPenilai> tanpaPenilai, Long pekerjaanLatar) implements AkibatPenilai {}

  /** In the change's transaction, so its answer lists the moves; their open tasks follow in the background. */
  @EventListener
  public void selaraskan(OrganisasiBerubah perubahan) {
    List<Skp> semua = planning.berproses(perubahan.instansi());
    if (semua.isEmpty()) return;
    Set<String> berjalan = runtimeService.createProcessInstanceQuery()
        .processInstanceIds(semua.stream().map(Skp::getProcessInstanceId).collect(Collectors.toSet())).list().stream()
        .map(ProcessInstance::getId).collect(Collectors.toSet());
    List<Perpindahan> dipindahkan = new ArrayList<>();
    List<TanpaPenilai> tanpaPenilai = new ArrayList<>();
    for (Skp skp : semua) {
      // Without an appraiser the cycle waits for BKPSDM to determine one (Task_DetermineAppraiser).
      if (!berjalan.contains(skp.getProcessInstanceId()) || skp.getPenilai() == null) continue;
      AppraiserResolver.Hasil penilai;
      try {
        penilai = appraiserResolver.resolve(skp.getPegawai(), skp.getJabatan(), skp.getTahun());
      } catch (PenilaiTidakDitemukan e) {
        tanpaPenilai.add(new TanpaPenilai(skp.getId(), skp.getPegawai().getNip(), skp.getPegawai().getNama(), skp.getTahun(),
            skp.getKedudukan(), skp.getPenilai().getNip(), e.getMessage()));
        continue;
      }
      if (!penilai.penilai().getId().equals(skp.getPenilai().getId())) {
        dipindahkan.add(Perpindahan.of(pindahkan(skp, penilai, perubahan.alasan(), perubahan.oleh())));
      }
    }
    Long pekerjaan = dipindahkan.isEmpty() ? null : latar.mulai(AlihkanTugasPenilai.JENIS, perubahan.instansi().getKode(),
        "Tugas terbuka ke pejabat penilai baru: " + perubahan.alasan(),
        dipindahkan.stream().map(p -> p.id().toString()).toList(), perubahan.oleh()).getId();
    perubahan.laporkan(new Hasil(dipindahkan, tanpaPenilai, pekerjaan));
  }

  @Transactional(readOnly = true)
  public List<PerpindahanPenilai> riwayat(Skp skp) { return perpindahanRepository.findBySkpOrderById(skp); }

  private PerpindahanPenilai pindahkan(Skp skp, AppraiserResolver.Hasil penilai, String alasan, String oleh) {
    Pegawai lama = skp.getPenilai();
    planning.gantiPenilai(skp, penilai);
    return perpindahanRepository.save(new PerpindahanPenilai(skp, lama, penilai.penilai(), alasan, oleh, clock.instant(), 0));
  }
}
