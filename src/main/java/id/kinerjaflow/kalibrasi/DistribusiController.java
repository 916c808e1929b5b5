package id.kinerjaflow.kalibrasi;

import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.LingkupUnit;
import id.kinerjaflow.organization.UnitKerja;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.web.NotFoundException;
import id.kinerjaflow.web.UlangBilaBentrok;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

/**
 * The distribution of final predicates per perangkat daerah (the instansi's admins and auditors; a Kepala Perangkat Daerah for
 * their own, {@link LingkupUnit}), an SKP's perangkat daerah for its appraiser's final rating form, and the calibration sheet and
 * its actions for the perangkat daerah's head.
 */
@RestController
@RequestMapping("/api")
class DistribusiController {
  private final DistribusiService distribusi;
  private final KalibrasiService kalibrasi;
  private final LingkupUnit lingkup;
  private final InstansiService instansiService;
  private final PlanningService planning;

  DistribusiController(DistribusiService distribusi, KalibrasiService kalibrasi, LingkupUnit lingkup, InstansiService instansiService,
      PlanningService planning) {
    this.distribusi = distribusi;
    this.kalibrasi = kalibrasi;
    this.lingkup = lingkup;
    this.instansiService = instansiService;
    this.planning = planning;
  }

  /** {@code unit}: a unit's code, to narrow to the perangkat daerah among its tree. */
  @GetMapping("/instansi/{kode}/distribusi")
  @Transactional
  DistribusiService.Laporan distribusi(@PathVariable String kode, @RequestParam int tahun, @RequestParam(required = false) String unit,
      Authentication auth) {
    return distribusi.laporan(kode, tahun, lingkup.untuk(auth, instansiService.get(kode), unit));
  }

  /** The current distribution of the SKP's perangkat daerah, for its appraiser (and the instansi's admins and auditors). */
  @GetMapping("/skp/{skpId}/distribusi")
  @Transactional
  DistribusiService.PerangkatDaerahView distribusiSkp(@PathVariable long skpId, Authentication auth) {
    Skp skp = planning.get(skpId);
    if (!Grup.pembaca(auth, skp.instansiKode())) skp.pastikanPenilai(auth.getName());
    UnitKerja pd = distribusi.perangkatDaerah(skp);
    if (pd == null) throw new NotFoundException("Predikat SKP ini tidak dihitung dalam distribusi perangkat daerah mana pun.");
    return distribusi.view(pd, skp.getTahun(), distribusi.anggota(pd, skp.getTahun()));
  }

  @GetMapping("/kalibrasi/{unitId}/{tahun}")
  KalibrasiService.Lembar lembar(@PathVariable long unitId, @PathVariable int tahun, Authentication auth) {
    return kalibrasi.lembar(unitId, tahun, auth);
  }

  @PutMapping("/kalibrasi/{unitId}/{tahun}/skp/{skpId}/predikat")
  @Transactional
  @UlangBilaBentrok
  KalibrasiService.BarisPegawai ubahPredikat(@PathVariable long unitId, @PathVariable int tahun, @PathVariable long skpId,
      @Valid @RequestBody KalibrasiService.UbahPredikatInput input, Authentication auth) {
    return kalibrasi.ubahPredikat(unitId, tahun, skpId, auth.getName(), input);
  }

  @PostMapping("/kalibrasi/{unitId}/{tahun}/konfirmasi")
  @Transactional
  @UlangBilaBentrok
  DistribusiService.KalibrasiView konfirmasi(@PathVariable long unitId, @PathVariable int tahun, Authentication auth) {
    return kalibrasi.konfirmasi(unitId, tahun, auth.getName());
  }
}
