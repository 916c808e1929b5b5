package id.kinerjaflow.kalibrasi;

import static id.kinerjaflow.evaluation.Rating.SESUAI_EKSPEKTASI;

import id.kinerjaflow.capaian.PenetapanPredikatOrganisasi;
import id.kinerjaflow.capaian.PenetapanPredikatOrganisasiRepository;
import id.kinerjaflow.capaian.PredikatOrganisasi;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.PredicateCalibrationProcess;
import id.kinerjaflow.process.Variables;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Given for the API and browser tests: a test Pemda's 2024, every SKP of Dinas Uji (Budi, the verifier, the Kepala Bidang)
 * rated Baik in January 2025, the periods locked at the final deadline, Dinas Uji's predicate Baik, and its calibration
 * started (as the organisation-performance process will) with its task open for the Kepala Dinas.
 */
@Component
public class TahunDinilai {
  private final TestOrganisasi organisasi;
  private final Skenario skenario;
  private final EvaluationService evaluation;
  private final OrganizationService organization;
  private final PenetapanPredikatOrganisasiRepository predikatOrganisasi;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  TahunDinilai(TestOrganisasi organisasi, Skenario skenario, EvaluationService evaluation, OrganizationService organization,
      PenetapanPredikatOrganisasiRepository predikatOrganisasi, RuntimeService runtimeService, ManagementService managementService) {
    this.organisasi = organisasi;
    this.skenario = skenario;
    this.evaluation = evaluation;
    this.organization = organization;
    this.predikatOrganisasi = predikatOrganisasi;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  public record Tahun(TestOrganisasi.Org org, long dinasId, Map<String, Skp> skp) {}

  public Tahun siapkan(String preset) {
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    TestOrganisasi.Org org = organisasi.baru(preset, 2024);
    var dinas = skenario.baca(() -> organization.pegawai(org.kepalaDinas()).getJabatan().getUnit());
    Map<String, Skp> skp = new LinkedHashMap<>();
    for (String nip : List.of(org.pegawai(), org.verifikator(), org.penilai())) {
      skp.put(nip, skenario.rencanaDisetujui(skenario.mulai(nip, 2024)));
    }
    for (Skp s : skp.values()) skenario.jam(LocalDateTime.of(2025, 1, 2, 9, 0), s.businessKey());
    evaluation.nilaiAkhir(skp.get(org.pegawai()).getId(), org.penilai(), Skenario.rating(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI));
    evaluation.nilaiAkhir(skp.get(org.verifikator()).getId(), org.penilai(), Skenario.rating(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI));
    evaluation.nilaiAkhir(skp.get(org.penilai()).getId(), org.kepalaDinas(), Skenario.rating(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI));
    for (Skp s : skp.values()) skenario.jam(LocalDateTime.of(2025, 2, 2, 9, 0), s.businessKey());
    return new Tahun(org, dinas.getId(), skp);
  }

  /** The organisation's predicate is set and the calibration starts; its timer (the final deadline, passed) fires. */
  public void predikatOrganisasiDanKalibrasi(Tahun t, PredikatOrganisasi predikat) {
    PenetapanPredikatOrganisasi penetapan = new PenetapanPredikatOrganisasi(
        skenario.baca(() -> organization.pegawai(t.org().kepalaDinas()).getJabatan().getUnit()), 2024);
    penetapan.tetapkan(predikat, "Capaian kinerja organisasi 2024", "bupati", Instant.now());
    predikatOrganisasi.save(penetapan);
    String pi = runtimeService.startProcessInstanceByKey(PredicateCalibrationProcess.PROCESS_ID, Map.of(
        PredicateCalibrationProcess.INSTANSI_KODE, t.org().instansi(), PredicateCalibrationProcess.UNIT_ID, t.dinasId(),
        Variables.TAHUN, 2024, Variables.INSTANSI, t.org().instansi())).getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi).singleResult().getId());
  }
}
