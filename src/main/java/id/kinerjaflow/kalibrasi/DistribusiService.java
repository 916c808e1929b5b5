package id.kinerjaflow.kalibrasi;

import id.kinerjaflow.capaian.PenetapanPredikatOrganisasi;
import id.kinerjaflow.capaian.PenetapanPredikatOrganisasiRepository;
import id.kinerjaflow.capaian.PredikatOrganisasi;
import id.kinerjaflow.evaluation.EvaluasiAkhir;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.DelegasiPenilaiService;
import id.kinerjaflow.organization.Jabatan;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.UnitKerja;
import id.kinerjaflow.planning.Kedudukan;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.*;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distribution of final predicates per perangkat daerah against the curve of its organisation predicate
 * ({@link KurvaDistribusi}). A perangkat daerah counts the SKP of the employees' own positions (not acted in) under it,
 * its own head's excepted: the head's predicate follows the organisation's, and the head calibrates the others. Not read-only:
 * the engine records each evaluation of the curve in its history (FULL), once per organisation predicate of a request.
 */
@Service
@Transactional
public class DistribusiService {
  private final InstansiService instansiService;
  private final OrganizationService organization;
  private final DelegasiPenilaiService delegasi;
  private final PlanningService planning;
  private final EvaluationService evaluation;
  private final PenetapanPredikatOrganisasiRepository predikatOrganisasi;
  private final KalibrasiPredikatRepository kalibrasiRepository;
  private final KurvaDistribusi kurva;

  DistribusiService(InstansiService instansiService, OrganizationService organization, DelegasiPenilaiService delegasi,
      PlanningService planning, EvaluationService evaluation, PenetapanPredikatOrganisasiRepository predikatOrganisasi,
      KalibrasiPredikatRepository kalibrasiRepository, KurvaDistribusi kurva) {
    this.instansiService = instansiService;
    this.organization = organization;
    this.delegasi = delegasi;
    this.planning = planning;
    this.evaluation = evaluation;
    this.predikatOrganisasi = predikatOrganisasi;
    this.kalibrasiRepository = kalibrasiRepository;
    this.kurva = kurva;
  }

  public record Laporan(String instansi, int tahun, boolean kurvaMengikat, List<PerangkatDaerahView> perangkatDaerah) {}

  /**
   * {@code predikat}: each employee predicate with its count, share and allowed range; {@code aturan}: each rule of the curve
   * (several predicates counted together where it names several); {@code sesuaiKurva} null until the organisation's predicate is set.
   */
  public record PerangkatDaerahView(Long unitId, String unit, String nama, PredikatOrganisasi predikatOrganisasi, int jumlahDinilai,
      int belumDinilai, List<BarisPredikat> predikat, List<AturanView> aturan, Boolean sesuaiKurva, List<String> pelanggaran,
      KalibrasiView kalibrasi) {}

  public record BarisPredikat(Predikat predikat, long jumlah, BigDecimal persen, Double minPersen, Double maksPersen, Boolean sesuai) {}

  public record AturanView(List<Predikat> predikat, Double minPersen, Double maksPersen, Integer minOrang, long jumlah,
      BigDecimal persen, boolean terpenuhi, String keterangan) {}

  /** The confirmed calibration: by whom, when, and the recorded deviation where the curve did not bind. */
  public record KalibrasiView(boolean kurvaMengikat, boolean sesuaiKurva, String penyimpangan, String dikonfirmasiOleh,
      Instant dikonfirmasiPada) {
    static KalibrasiView of(KalibrasiPredikat k) {
      return new KalibrasiView(k.isKurvaMengikat(), k.isSesuaiKurva(), k.getPenyimpangan(), k.getDikonfirmasiOleh(), k.getDikonfirmasiPada());
    }
  }

  /** An SKP counted in a perangkat daerah's distribution, with its final evaluation. */
  public record Anggota(Skp skp, EvaluasiAkhir akhir) {}

  /** Every perangkat daerah of the instansi among {@code unitBoleh} (what the reader may see), by name. */
  public Laporan laporan(String kode, int tahun, Set<Long> unitBoleh) {
    Instansi instansi = instansiService.get(kode);
    boolean mengikat = instansiService.kalender(instansi, tahun).isKurvaMengikat();
    Map<PredikatOrganisasi, List<KurvaDistribusi.Batasan>> kurvaPerPredikat = new EnumMap<>(PredikatOrganisasi.class);
    Function<PredikatOrganisasi, List<KurvaDistribusi.Batasan>> kurvaSekali = p -> kurvaPerPredikat.computeIfAbsent(p, kurva::untuk);
    Map<Long, UnitKerja> pdDari = new HashMap<>();
    Map<Long, List<Anggota>> perPd = new HashMap<>();
    for (Skp skp : planning.definitif(instansi, tahun)) {
      UnitKerja pd = perangkatDaerah(skp, pdDari);
      if (pd != null) perPd.computeIfAbsent(pd.getId(), k -> new ArrayList<>()).add(new Anggota(skp, evaluation.akhir(skp.getId())));
    }
    List<PerangkatDaerahView> hasil = organization.unit(instansi).stream()
        .filter(u -> unitBoleh.contains(u.getId()) && u.equals(pdDari.computeIfAbsent(u.getId(), k -> delegasi.perangkatDaerahDari(u))))
        .sorted(Comparator.comparing(UnitKerja::getNama))
        .map(u -> view(u, tahun, perPd.getOrDefault(u.getId(), List.of()), kurvaSekali))
        .toList();
    return new Laporan(kode, tahun, mengikat, hasil);
  }

  /** The perangkat daerah whose distribution counts the SKP; null for none (its head, an acting position, no perangkat daerah). */
  public UnitKerja perangkatDaerah(Skp skp) { return perangkatDaerah(skp, new HashMap<>()); }

  /** The SKP a perangkat daerah's distribution counts, by name. */
  public List<Anggota> anggota(UnitKerja pd, int tahun) {
    Map<Long, UnitKerja> pdDari = new HashMap<>();
    return planning.definitif(pd.getInstansi(), tahun).stream()
        .filter(skp -> pd.equals(perangkatDaerah(skp, pdDari)))
        .sorted(Comparator.comparing((Skp s) -> s.getPegawai().getNama()).thenComparing(s -> s.getPegawai().getNip()))
        .map(skp -> new Anggota(skp, evaluation.akhir(skp.getId())))
        .toList();
  }

  public PerangkatDaerahView view(UnitKerja pd, int tahun, List<Anggota> anggota) { return view(pd, tahun, anggota, kurva::untuk); }

  private PerangkatDaerahView view(UnitKerja pd, int tahun, List<Anggota> anggota,
      Function<PredikatOrganisasi, List<KurvaDistribusi.Batasan>> kurvaUntuk) {
    Map<Predikat, Long> jumlah = jumlah(anggota);
    long dinilai = jumlah.values().stream().mapToLong(Long::longValue).sum();
    Optional<PredikatOrganisasi> organisasi = predikatOrganisasi.findByUnitIdAndTahun(pd.getId(), tahun)
        .map(PenetapanPredikatOrganisasi::getPredikat);
    List<KurvaDistribusi.Batasan> batasan = organisasi.map(kurvaUntuk).orElse(null);
    List<BarisPredikat> baris = Arrays.stream(Predikat.values()).map(p -> {
      long n = jumlah.get(p);
      BigDecimal persen = KurvaDistribusi.persen(n, dinilai);
      if (batasan == null) return new BarisPredikat(p, n, persen, null, null, null);
      double[] r = KurvaDistribusi.rentang(batasan, p);
      return new BarisPredikat(p, n, persen, r[0], r[1], persen.doubleValue() >= r[0] && persen.doubleValue() <= r[1]);
    }).toList();
    List<AturanView> aturan = batasan == null ? List.of() : batasan.stream().map(b -> {
      long n = b.jumlah(jumlah);
      return new AturanView(b.predikat(), b.minPersen(), b.maksPersen(), b.minOrang(), n, KurvaDistribusi.persen(n, dinilai),
          b.pelanggaran(jumlah, dinilai).isEmpty(), b.keterangan());
    }).toList();
    List<String> pelanggaran = batasan == null ? List.of() : KurvaDistribusi.pelanggaran(batasan, jumlah);
    KalibrasiView kalibrasi = kalibrasiRepository.findByUnitIdAndTahun(pd.getId(), tahun)
        .map(KalibrasiView::of).orElse(null);
    return new PerangkatDaerahView(pd.getId(), pd.getKode(), pd.getNama(), organisasi.orElse(null), (int) dinilai,
        (int) (anggota.size() - dinilai), baris, aturan, batasan == null ? null : pelanggaran.isEmpty(), pelanggaran, kalibrasi);
  }

  /** The rated predicates counted, every predicate present (0 when none). */
  static Map<Predikat, Long> jumlah(List<Anggota> anggota) {
    Map<Predikat, Long> jumlah = new EnumMap<>(Predikat.class);
    Arrays.stream(Predikat.values()).forEach(p -> jumlah.put(p, 0L));
    anggota.stream().map(a -> a.akhir().getPredikat()).filter(Objects::nonNull).forEach(p -> jumlah.merge(p, 1L, Long::sum));
    return jumlah;
  }

  private UnitKerja perangkatDaerah(Skp skp, Map<Long, UnitKerja> pdDari) {
    if (skp.getKedudukan() != Kedudukan.DEFINITIF) return null;
    Jabatan jabatan = skp.getJabatan();
    UnitKerja pd = pdDari.computeIfAbsent(jabatan.getUnit().getId(), k -> delegasi.perangkatDaerahDari(jabatan.getUnit()));
    if (pd == null || jabatan.isKepalaUnit() && jabatan.getUnit().equals(pd)) return null;
    return pd;
  }
}
