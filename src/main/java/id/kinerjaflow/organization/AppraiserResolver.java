package id.kinerjaflow.organization;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/**
 * Finds the appraiser (Pejabat Penilai Kinerja) of an employee in a position (their own, or the head position they act
 * in): {@code appraiser-mapping.dmn} names the position classes that may appraise; the nearest head of the position's unit or its parents
 * holding one of them is the appraiser. A vacant head position is held by its acting official (Plt/Plh).
 * When the row is delegated in the employee's perangkat daerah for the year, the nearest head up to the
 * perangkat daerah of a class in {@code delegasiKepada} appraises instead, if there is one.
 */
@Component
public class AppraiserResolver {
  public static final String DECISION = "appraiser-mapping";

  private final DecisionService decisionService;
  private final PegawaiRepository pegawaiRepository;
  private final JabatanRepository jabatanRepository;
  private final DelegasiPenilaiService delegasi;

  AppraiserResolver(DecisionService decisionService, PegawaiRepository pegawaiRepository, JabatanRepository jabatanRepository,
      DelegasiPenilaiService delegasi) {
    this.decisionService = decisionService;
    this.pegawaiRepository = pegawaiRepository;
    this.jabatanRepository = jabatanRepository;
    this.delegasi = delegasi;
  }

  /**
   * The appraiser and how they were found: {@code jabatan} is the head position they appraise from (the vacant one they
   * act in, when {@code pltUnit} is set); {@code baris}, {@code keterangan} and {@code pengecualian} come from the DMN row.
   */
  public record Hasil(Pegawai penilai, Jabatan jabatan, String baris, String keterangan, boolean pengecualian, boolean delegasi,
      UnitKerja pltUnit) {}

  /** A head of a unit: the holder of its head position, or, when it is vacant, its acting official. */
  private record Kepala(Pegawai pegawai, Jabatan jabatan, UnitKerja pltUnit) {}

  /** The appraiser of the employee's own position. */
  public Hasil resolve(Pegawai pegawai, int tahun) { return resolve(pegawai, pegawai.getJabatan(), tahun); }

  /**
   * The appraiser of a position held by {@code pegawai}: their own, or the head position they act in (Plt/Plh), resolved
   * from that position's class and unit; the holder never appraises themselves.
   */
  public Hasil resolve(Pegawai pegawai, Jabatan jabatan, int tahun) {
    UnitKerja unit = jabatan.getUnit();
    KelasJabatan kelas = jabatan.getKelas();
    DmnDecisionResultEntries aturan = decisionService.evaluateDecisionByKey(DECISION)
        .variables(Map.of("kelasJabatan", kelas.name(), "jenisUnit", unit.getJenis().name()))
        .evaluate().getSingleResult();
    if (aturan == null) {
      throw new PenilaiTidakDitemukan(pegawai, jabatan, null, List.of(), "tidak ada aturan pejabat penilai untuk kelas jabatan "
          + kelas + " pada unit jenis " + unit.getJenis() + ".");
    }
    String baris = aturan.getEntry("baris");
    if (Boolean.TRUE.equals(aturan.getEntry("dapatDidelegasikan"))) {
      UnitKerja perangkatDaerah = delegasi.perangkatDaerahDari(unit);
      Optional<Kepala> delegasiKepada = perangkatDaerah != null && delegasi.aktif(perangkatDaerah, tahun, baris)
          ? terdekat(pegawai, unit, kelas(aturan, "delegasiKepada"), perangkatDaerah) : Optional.empty();
      if (delegasiKepada.isPresent()) return hasil(delegasiKepada.get(), aturan, true);
    }
    List<String> kelasPenilai = kelas(aturan, "kelasPenilai");
    return terdekat(pegawai, unit, kelasPenilai, null).map(k -> hasil(k, aturan, false))
        .orElseThrow(() -> new PenilaiTidakDitemukan(pegawai, jabatan, baris, kelasPenilai, "tidak ada pejabat "
            + String.join("/", kelasPenilai) + " (definitif, atau Plt/Plh bila jabatan kepala kosong) di " + unit.getNama()
            + " atau unit induknya (aturan baris " + baris + ")."));
  }

  /** The nearest head, other than the employee, of a listed class in the position's unit or its parents, up to {@code sampai}. */
  private Optional<Kepala> terdekat(Pegawai pegawai, UnitKerja unit, List<String> kelas, UnitKerja sampai) {
    UnitKerja u = unit;
    while (u != null) {
      for (Kepala k : kepala(u)) {
        if (!k.pegawai().getId().equals(pegawai.getId()) && kelas.contains(k.jabatan().getKelas().name())) return Optional.of(k);
      }
      u = sampai != null && u.getId().equals(sampai.getId()) ? null : u.getInduk();
    }
    return Optional.empty();
  }

  private List<Kepala> kepala(UnitKerja unit) {
    List<Pegawai> definitif = pegawaiRepository.findKepala(unit);
    if (!definitif.isEmpty()) return definitif.stream().map(p -> new Kepala(p, p.getJabatan(), null)).toList();
    return jabatanRepository.findFirstByUnitAndKepalaUnitTrueOrderByIdDesc(unit)
        .map(kosong -> pegawaiRepository.findByPltUnitAndAktifTrueOrderByNip(unit).stream().map(p -> new Kepala(p, kosong, unit)).toList())
        .orElse(List.of());
  }

  private static Hasil hasil(Kepala k, DmnDecisionResultEntries aturan, boolean delegasi) {
    return new Hasil(k.pegawai(), k.jabatan(), aturan.getEntry("baris"), aturan.getEntry("keterangan"),
        aturan.<Boolean>getEntry("pengecualian"), delegasi, k.pltUnit());
  }

  private static List<String> kelas(DmnDecisionResultEntries aturan, String keluaran) {
    return Arrays.asList(aturan.<String>getEntry(keluaran).split(","));
  }
}
