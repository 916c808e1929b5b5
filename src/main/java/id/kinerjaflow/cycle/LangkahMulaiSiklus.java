package id.kinerjaflow.cycle;

import static id.kinerjaflow.process.Variables.ALASAN_TANPA_PENILAI;

import id.kinerjaflow.latar.LangkahLatar;
import id.kinerjaflow.organization.OrganizationService;
import java.time.Clock;
import java.util.ArrayList;
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

  @Override
  public CycleService.HasilMassal hasil(long pekerjaanLatarId) {
    int tahun = peluncuran.getReferenceById(pekerjaanLatarId).getTahun();
    var massal = new CycleService.HasilMassal(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (HasilPeluncuran h : hasil.findByPekerjaanLatarIdOrderById(pekerjaanLatarId)) {
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
