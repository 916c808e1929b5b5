package id.kinerjaflow.cycle;

import static id.kinerjaflow.process.Variables.ALASAN_TANPA_PENILAI;

import id.kinerjaflow.latar.LangkahLatar;
import id.kinerjaflow.organization.OrganizationService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * One employee of a launch (sasaran: the NIP): {@link CycleService#mulaiAtauPmm}, and what it did, in the job's
 * transaction. A failure rolls both back and is retried by the engine; the progress names it meanwhile.
 */
@Component
class LangkahMulaiSiklus implements LangkahLatar {
  static final String JENIS = "mulai-siklus";

  private final CycleService cycles;
  private final OrganizationService organization;
  private final PeluncuranRepository peluncuran;
  private final HasilPeluncuranRepository hasil;
  private final RuntimeService runtimeService;
  private final Clock jam;

  LangkahMulaiSiklus(CycleService cycles, OrganizationService organization, PeluncuranRepository peluncuran, HasilPeluncuranRepository hasil, RuntimeService runtimeService,
      Clock jam) {
    this.cycles = cycles;
    this.organization = organization;
    this.peluncuran = peluncuran;
    this.hasil = hasil;
    this.runtimeService = runtimeService;
    this.jam = jam;
  }

  @Override
  public String jenis() { return JENIS; }

  @Override
  public void kerjakan(long pekerjaanLatarId, String nip) {
    CycleService.Awal awal = cycles.mulaiAtauPmm(nip, peluncuran.getReferenceById(pekerjaanLatarId).getTahun());
    String nama = organization.pegawai(nip).getNama();
    if (awal.pmm() != null) {
      hasil.save(new HasilPeluncuran(pekerjaanLatarId, nip, nama, HasilPeluncuran.Jenis.PMM, null, awal.pmm(), jam.instant()));
      return;
    }
    for (CycleService.Siklus s : awal.siklus().masingMasing()) {
      HasilPeluncuran.Jenis jenis = !s.baru() ? HasilPeluncuran.Jenis.SUDAH_ADA
          : s.menungguPenilai() ? HasilPeluncuran.Jenis.MENUNGGU_PENILAI : HasilPeluncuran.Jenis.DIMULAI;
      String alasan = jenis == HasilPeluncuran.Jenis.MENUNGGU_PENILAI
          ? (String) runtimeService.getVariable(s.processInstanceId(), ALASAN_TANPA_PENILAI) : null;
      hasil.save(new HasilPeluncuran(pekerjaanLatarId, nip, nama, jenis, s, alasan, jam.instant()));
    }
  }

  /** How many cycles each outcome counts, and one page of them (by the order they were recorded) in detail. */
  record HasilHalaman(Map<String, Long> jumlah, int halaman, int ukuran, List<CycleService.Siklus> dimulai,
      List<CycleService.Siklus> sudahAda, List<CycleService.PesertaPmm> pmm, List<CycleService.MenungguPenilai> menungguPenilai) {}

  @Override
  public HasilHalaman hasil(long pekerjaanLatarId, int halaman, int ukuran) {
    Map<String, Long> jumlah = new LinkedHashMap<>();
    for (HasilPeluncuran.Jenis j : HasilPeluncuran.Jenis.values()) jumlah.put(NAMA.get(j), 0L);
    for (Object[] baris : hasil.jumlahPerHasil(pekerjaanLatarId)) jumlah.put(NAMA.get((HasilPeluncuran.Jenis) baris[0]), (Long) baris[1]);
    CycleService.HasilMassal massal = ukuran == 0 ? massal(pekerjaanLatarId, List.of())
        : massal(pekerjaanLatarId, hasil.findByPekerjaanLatarIdOrderById(pekerjaanLatarId, PageRequest.of(halaman, ukuran)));
    return new HasilHalaman(jumlah, halaman, ukuran, massal.dimulai(), massal.sudahAda(), massal.pmm(), massal.menungguPenilai());
  }

  private static final Map<HasilPeluncuran.Jenis, String> NAMA = Map.of(HasilPeluncuran.Jenis.DIMULAI, "dimulai",
      HasilPeluncuran.Jenis.SUDAH_ADA, "sudahAda", HasilPeluncuran.Jenis.MENUNGGU_PENILAI, "menungguPenilai",
      HasilPeluncuran.Jenis.PMM, "pmm");

  /** Everything the launch did (tests and small instansi; the API pages it). */
  CycleService.HasilMassal hasil(long pekerjaanLatarId) {
    return massal(pekerjaanLatarId, hasil.findByPekerjaanLatarIdOrderById(pekerjaanLatarId));
  }

  private CycleService.HasilMassal massal(long pekerjaanLatarId, List<HasilPeluncuran> baris) {
    int tahun = peluncuran.getReferenceById(pekerjaanLatarId).getTahun();
    var massal = new CycleService.HasilMassal(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (HasilPeluncuran h : baris) {
      switch (h.getHasil()) {
        case DIMULAI -> massal.dimulai().add(h.siklus(tahun));
        case SUDAH_ADA -> massal.sudahAda().add(h.siklus(tahun));
        case MENUNGGU_PENILAI -> massal.menungguPenilai().add(new CycleService.MenungguPenilai(h.getSkpId(), h.getNip(), h.getNama(), h.getAlasan()));
        case PMM -> massal.pmm().add(new CycleService.PesertaPmm(h.getNip(), h.getNama(), h.getAlasan()));
      }
    }
    return massal;
  }
}
