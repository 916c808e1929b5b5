package id.kinerjaflow.organization;

import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.web.InvalidInputException;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegation of the appraiser, set by the instansi's BKPSDM per perangkat daerah and year. A row ({@code baris}) of
 * {@code appraiser-mapping.dmn} may be delegated when one of its rules has the {@code peran} DELEGASI.
 */
@Service
@Transactional(readOnly = true)
public class DelegasiPenilaiService {
  /** Head classes of a perangkat daerah: the Sekda heads the Sekretariat Daerah. */
  private static final Set<KelasJabatan> KELAS_KEPALA_PD = EnumSet.of(KelasJabatan.KEPALA_PERANGKAT_DAERAH, KelasJabatan.SEKRETARIS_DAERAH);

  private final DelegasiPenilaiRepository repository;
  private final UnitKerjaRepository unitRepository;
  private final JabatanRepository jabatanRepository;
  private final InstansiService instansiService;
  private final RepositoryService repositoryService;
  private final ApplicationEventPublisher events;

  DelegasiPenilaiService(DelegasiPenilaiRepository repository, UnitKerjaRepository unitRepository, JabatanRepository jabatanRepository,
      InstansiService instansiService, RepositoryService repositoryService, ApplicationEventPublisher events) {
    this.events = events;
    this.repository = repository;
    this.unitRepository = unitRepository;
    this.jabatanRepository = jabatanRepository;
    this.instansiService = instansiService;
    this.repositoryService = repositoryService;
  }

  public record Hasil(DelegasiPenilai delegasi, AkibatPenilai penilai) {}

  /**
   * Switches the delegation of a row on or off; refused (400, nothing written) for a row the DMN does not let delegate or a
   * unit that is no perangkat daerah. Open SKP whose appraiser changes with it follow ({@link OrganisasiBerubah}).
   */
  @Transactional
  public Hasil atur(String kodeInstansi, String kodeUnit, int tahun, String baris, boolean aktif, String oleh) {
    Instansi instansi = instansiService.get(kodeInstansi);
    UnitKerja unit = unitRepository.findByInstansiAndKode(instansi, kodeUnit).orElseThrow(() ->
        new InvalidInputException("unit", "unit '" + kodeUnit + "' tidak terdaftar di " + instansi.getNama()));
    if (!perangkatDaerah(unit)) {
      throw new InvalidInputException("unit", unit.getNama() + " (" + kodeUnit + ") bukan perangkat daerah: delegasi diatur untuk unit"
          + " yang dikepalai Kepala Perangkat Daerah (dinas, badan, kecamatan, RSUD) atau Sekretaris Daerah (Sekretariat Daerah)");
    }
    Map<String, BarisAturan> aturan = barisAturan();
    BarisAturan dipilih = aturan.get(baris);
    List<String> dapatDidelegasikan = aturan.entrySet().stream().filter(e -> e.getValue().dapatDidelegasikan()).map(Map.Entry::getKey).toList();
    if (dipilih == null || !dipilih.dapatDidelegasikan()) {
      throw new InvalidInputException("baris", (dipilih == null ? "baris '" + baris + "' tidak ada dalam aturan pejabat penilai"
          : "baris " + baris + " (" + dipilih.keterangan() + ") tidak dapat didelegasikan")
          + "; yang dapat didelegasikan: baris " + String.join(", ", dapatDidelegasikan));
    }
    DelegasiPenilai delegasi = repository.findByUnitAndTahunAndBaris(unit, tahun, baris)
        .orElseGet(() -> new DelegasiPenilai(unit, tahun, baris));
    delegasi.setAktif(aktif);
    repository.save(delegasi);
    return new Hasil(delegasi, OrganisasiBerubah.umumkan(events, instansi, "Delegasi penilai baris " + baris + " di " + unit.getNama()
        + " tahun " + tahun + (aktif ? " diaktifkan" : " dicabut"), oleh));
  }

  public List<DelegasiPenilai> daftar(String kodeInstansi, int tahun) {
    return repository.findByUnitInstansiAndTahunOrderByUnitKodeAscIdAsc(instansiService.get(kodeInstansi), tahun);
  }

  boolean aktif(UnitKerja perangkatDaerah, int tahun, String baris) {
    return repository.findByUnitAndTahunAndBaris(perangkatDaerah, tahun, baris).map(DelegasiPenilai::isAktif).orElse(false);
  }

  /** The unit itself or its nearest parent that is a perangkat daerah; null when there is none. */
  public UnitKerja perangkatDaerahDari(UnitKerja unit) {
    for (UnitKerja u = unit; u != null; u = u.getInduk()) {
      if (perangkatDaerah(u)) return u;
    }
    return null;
  }

  /** A unit headed by a Kepala Perangkat Daerah, or the Sekretariat Daerah, the perangkat daerah the Sekda heads. */
  private boolean perangkatDaerah(UnitKerja unit) {
    return jabatanRepository.existsByUnitAndKepalaUnitTrueAndKelasIn(unit, KELAS_KEPALA_PD);
  }

  /** A row of the annex: the keterangan of its first rule, and whether a rule names a class to delegate to. */
  private record BarisAturan(String keterangan, boolean dapatDidelegasikan) {}

  /** The rows of the deployed decision table by their {@code baris}, in table order (the BKPSDM row has none). */
  private Map<String, BarisAturan> barisAturan() {
    String id = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(AppraiserResolver.DECISION)
        .latestVersion().singleResult().getId();
    DecisionTable tabel = repositoryService.getDmnModelInstance(id).getModelElementsByType(DecisionTable.class).iterator().next();
    List<String> keluaran = tabel.getOutputs().stream().map(Output::getName).toList();
    Map<String, BarisAturan> hasil = new LinkedHashMap<>();
    for (Rule rule : tabel.getRules()) {
      Map<String, String> nilai = new LinkedHashMap<>();
      Iterator<String> nama = keluaran.iterator();
      for (OutputEntry entry : rule.getOutputEntries()) nilai.put(nama.next(), literal(entry.getText().getTextContent()));
      if (nilai.get("baris").isEmpty()) continue;
      BarisAturan ini = new BarisAturan(nilai.get("keterangan"), AppraiserResolver.DELEGASI.equals(nilai.get("peran")));
      hasil.merge(nilai.get("baris"), ini, (a, b) -> new BarisAturan(a.keterangan(), a.dapatDidelegasikan() || b.dapatDidelegasikan()));
    }
    return hasil;
  }

  private static String literal(String teks) {
    String t = teks.trim();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }
}
