package id.kinerjaflow.cycle;

import id.kinerjaflow.capaian.KinerjaOrganisasiService;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.latar.PekerjaanLatarService;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The launch of an instansi's cycles for a year: background work with one job per active ASN (LangkahMulaiSiklus),
 * started once the request commits. While one runs for the instansi and year, a second request answers with it.
 */
@Service
@Transactional
public class PeluncuranService {
  /** The launch's background work; {@code baru}: started by this request, not one still running. */
  public record Peluncuran(long pekerjaanLatarId, boolean baru) {}

  private final InstansiService instansi;
  private final OrganizationService organization;
  private final PekerjaanLatarService latar;
  private final PeluncuranRepository peluncuran;
  private final LangkahMulaiSiklus langkah;
  private final KinerjaOrganisasiService kinerjaOrganisasi;

  PeluncuranService(InstansiService instansi, OrganizationService organization,
      PekerjaanLatarService latar, PeluncuranRepository peluncuran, LangkahMulaiSiklus langkah, KinerjaOrganisasiService kinerjaOrganisasi) {
    this.kinerjaOrganisasi = kinerjaOrganisasi;
    this.instansi = instansi;
    this.organization = organization;
    this.latar = latar;
    this.peluncuran = peluncuran;
    this.langkah = langkah;
  }

  /** The instansi's row is locked until commit, so two requests at once start one launch. */
  public Peluncuran luncurkan(String kode, int tahun, String oleh) {
    Instansi target = instansi.kunci(kode);
    instansi.kalender(target, tahun);
    kinerjaOrganisasi.mulaiBersamaPeluncuran(kode, tahun); // the perangkat daerah's year too (organization-performance)
    Optional<PeluncuranSiklus> berjalan = peluncuran.findFirstByInstansiAndTahunOrderByPekerjaanLatarIdDesc(kode, tahun)
        .filter(l -> latar.berjalan(l.getPekerjaanLatarId()));
    if (berjalan.isPresent()) return new Peluncuran(berjalan.get().getPekerjaanLatarId(), false);
    long id = latar.mulai(LangkahMulaiSiklus.JENIS, kode, "Mulai siklus SKP " + tahun + " untuk setiap ASN aktif",
        organization.asnAktif(target).stream().map(Pegawai::getNip).toList(), oleh).getId();
    peluncuran.save(new PeluncuranSiklus(id, kode, tahun));
    return new Peluncuran(id, true);
  }

  /** What the launch did so far, per employee and cycle. */
  @Transactional(readOnly = true)
  public CycleService.HasilMassal hasil(long pekerjaanLatarId) { return langkah.hasil(pekerjaanLatarId); }
}
