package id.kinerjaflow.organization;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Finds the appraiser (Pejabat Penilai Kinerja) of an employee in a position (their own, or the head position they act
 * in). {@code appraiser-mapping.dmn} (RULE ORDER) gives one row per class that may appraise; the rows of the first matching
 * row's {@code baris} apply. The nearest head of the position's unit or its parents holding a class of a {@code PENILAI} row
 * is the appraiser. A vacant head position is held by its acting official (Plt/Plh). When the row is delegated in the
 * employee's perangkat daerah for the year, the nearest head up to the perangkat daerah of a class of a {@code DELEGASI}
 * row appraises instead, if there is one. A {@code BKPSDM} row (the table's last, for every class and unit kind no other
 * row names) means there is no rule: BKPSDM determines the appraiser.
 */
@Component
public class AppraiserResolver {
  public static final String DECISION = "appraiser-mapping";
  /** Values of the table's output {@code peran}. */
  static final String PENILAI = "PENILAI";
  static final String DELEGASI = "DELEGASI";
  static final String BKPSDM = "BKPSDM";

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

  /** The rule for a class and unit kind; no {@code kelasPenilai}: no rule, BKPSDM decides. */
  private record Aturan(String baris, List<String> kelasPenilai, List<String> delegasiKepada, String keterangan, boolean pengecualian) {}

  /** The appraiser of the employee's own position. */
  public Hasil resolve(Pegawai pegawai, int tahun) { return resolve(pegawai, pegawai.getJabatan(), tahun); }

  /**
   * The appraiser of a position held by {@code pegawai}: their own, or the head position they act in (Plt/Plh), resolved
   * from that position's class and unit; the holder never appraises themselves.
   */
  public Hasil resolve(Pegawai pegawai, Jabatan jabatan, int tahun) {
    UnitKerja unit = jabatan.getUnit();
    KelasJabatan kelas = jabatan.getKelas();
    Aturan aturan = aturan(kelas, unit.getJenis());
    if (aturan.kelasPenilai().isEmpty()) {
      throw new PenilaiTidakDitemukan(pegawai, jabatan, null, List.of(), "tidak ada aturan pejabat penilai untuk kelas jabatan "
          + kelas + " pada unit jenis " + unit.getJenis() + (aturan.keterangan() == null ? "" : "; " + aturan.keterangan()) + ".");
    }
    if (!aturan.delegasiKepada().isEmpty()) {
      UnitKerja perangkatDaerah = delegasi.perangkatDaerahDari(unit);
      Optional<Kepala> delegasiKepada = perangkatDaerah != null && delegasi.aktif(perangkatDaerah, tahun, aturan.baris())
          ? terdekat(pegawai, unit, aturan.delegasiKepada(), perangkatDaerah) : Optional.empty();
      if (delegasiKepada.isPresent()) return hasil(delegasiKepada.get(), aturan, true);
    }
    return terdekat(pegawai, unit, aturan.kelasPenilai(), null).map(k -> hasil(k, aturan, false))
        .orElseThrow(() -> new PenilaiTidakDitemukan(pegawai, jabatan, aturan.baris(), aturan.kelasPenilai(), "tidak ada pejabat "
            + String.join("/", aturan.kelasPenilai()) + " (definitif, atau Plt/Plh bila jabatan kepala kosong) di " + unit.getNama()
            + " atau unit induknya (aturan baris " + aturan.baris() + ")."));
  }

  /** The matching rows of the first matching row's {@code baris}, in table order; none when that row says BKPSDM. */
  private Aturan aturan(KelasJabatan kelas, JenisUnit jenis) {
    List<Map<String, Object>> cocok = decisionService.evaluateDecisionByKey(DECISION)
        .variables(Map.of("kelasJabatan", kelas.name(), "jenisUnit", jenis.name())).evaluate().getResultList();
    if (cocok.isEmpty()) return new Aturan(null, List.of(), List.of(), null, false);
    Map<String, Object> pertama = cocok.get(0);
    List<Map<String, Object>> baris = BKPSDM.equals(pertama.get("peran")) ? List.of()
        : cocok.stream().filter(b -> Objects.equals(b.get("baris"), pertama.get("baris"))).toList();
    return new Aturan((String) pertama.get("baris"), kelas(baris, PENILAI), kelas(baris, DELEGASI), (String) pertama.get("keterangan"),
        Boolean.TRUE.equals(pertama.get("pengecualian")));
  }

  private static List<String> kelas(List<Map<String, Object>> baris, String peran) {
    return baris.stream().filter(b -> peran.equals(b.get("peran"))).map(b -> (String) b.get("kelasPenilai")).toList();
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

  private static Hasil hasil(Kepala k, Aturan aturan, boolean delegasi) {
    return new Hasil(k.pegawai(), k.jabatan(), aturan.baris(), aturan.keterangan(), aturan.pengecualian(), delegasi, k.pltUnit());
  }
}
