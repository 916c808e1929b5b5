package id.kinerjaflow.kalibrasi;

import id.kinerjaflow.evaluation.EvaluasiAkhir;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.instansi.Kalender;
import id.kinerjaflow.instansi.Tenggat;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.PredicateCalibrationProcess;
import id.kinerjaflow.process.Surel;
import id.kinerjaflow.process.Variables;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of predicate-calibration and of skp-annual-cycle after the evaluations; each calls one service method. */
@Configuration
class KalibrasiDelegates {

  /** The perangkat daerah's name for the task's title, and the year's calendar, whose final deadline the timer reads. */
  @Bean
  JavaDelegate openCalibrationDelegate(OrganizationService organization, InstansiService instansiService) {
    return execution -> {
      Kalender kalender = instansiService.kalender((String) execution.getVariable(PredicateCalibrationProcess.INSTANSI_KODE), tahun(execution));
      execution.setVariable(PredicateCalibrationProcess.UNIT_NAMA, organization.unit(unitId(execution)).getNama());
      execution.setVariable(Variables.KALENDER_ID, kalender.getId());
      execution.setVariable(Variables.ZONA_WAKTU, kalender.getInstansi().zona().getId());
    };
  }

  @Bean
  JavaDelegate finalizeCalibratedPredicatesDelegate(KalibrasiService kalibrasi) {
    return execution -> kalibrasi.tetapkanFinal(unitId(execution), tahun(execution));
  }

  @Bean
  JavaDelegate makePredicateFinalDelegate(KalibrasiService kalibrasi) {
    return execution -> kalibrasi.tetapkanFinalLangsung(skpId(execution));
  }

  /** The employee's e-mail: the final predicate, who made it final and when (nothing when the final rating was not given). */
  @Bean
  JavaDelegate notifyFinalPredicateDelegate(EvaluationService evaluation, Surel surel) {
    return execution -> {
      EvaluasiAkhir akhir = evaluation.akhir(skpId(execution));
      if (!akhir.isFinal()) return;
      Skp skp = akhir.getSkp();
      ZoneId zona = skp.getPegawai().getInstansi().zona();
      String predikat = KurvaDistribusi.nama(akhir.getPredikat());
      surel.kirimSetelahCommit(skp.getPegawai().getNip(), "Predikat Kinerja SKP " + skp.getTahun() + ": " + predikat,
          penerima -> "Yth. " + penerima.getFirstName() + ",\n\npredikat kinerja akhir SKP " + skp.getTahun() + " Anda (" + skp.getJabatan().getNama()
              + ") ditetapkan final: " + predikat + ", pada " + Tenggat.format(LocalDate.ofInstant(akhir.getDitetapkanPada(), zona))
              + ". Rinciannya dapat dilihat di kinerja-flow.\n");
    };
  }

  private static long unitId(DelegateExecution execution) {
    return ((Number) execution.getVariable(PredicateCalibrationProcess.UNIT_ID)).longValue();
  }

  private static int tahun(DelegateExecution execution) { return ((Number) execution.getVariable(Variables.TAHUN)).intValue(); }

  private static long skpId(DelegateExecution execution) { return ((Number) execution.getVariable(Variables.SKP_ID)).longValue(); }
}
