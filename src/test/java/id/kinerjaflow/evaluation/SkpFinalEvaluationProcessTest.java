package id.kinerjaflow.evaluation;

import static id.kinerjaflow.evaluation.Rating.*;
import static id.kinerjaflow.process.SkpFinalEvaluationProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.time.LocalDateTime;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Final evaluation (skp-final-evaluation) on the Bengkalis calendar: the appraiser rates the year from 1 January 2025
 * until 31 January 2025 (locks 1 February 00:00), reminded 7 and 1 days before the lock.
 */
@ProsesTest
class SkpFinalEvaluationProcessTest {
  @Autowired ProcessEngine engine;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired EvaluationService evaluation;
  @Autowired TaskService taskService;

  TestOrganisasi.Org org;
  Skp skp;
  ProcessInstance akhir;

  @BeforeEach
  void skpDitetapkanPadaJanuari() {
    init(engine);
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
    skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    akhir = skenario.instance(skp.businessKey(), PROCESS_ID);
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void pengingatTujuhDanSatuHariSebelumBatasPenilaianAkhirSampaiKePenilai() {
    // Given: the year has ended; the final rating is the appraiser's, due at the lock.
    skenario.jam(LocalDateTime.of(2025, 1, 1, 0, 0), skp.businessKey());
    assertThat(akhir).isWaitingAt(TASK_RATE).task().isAssignedTo(org.penilai())
        .hasDueDate(Skenario.wib(LocalDateTime.of(2025, 2, 1, 0, 0)));
    skenario.jam(LocalDateTime.of(2025, 1, 24, 23, 59), skp.businessKey());
    Assertions.assertThat(tugasNilai().getFollowUpDate()).isNull();

    // When: seven days before the lock.
    skenario.jam(LocalDateTime.of(2025, 1, 25, 0, 0), skp.businessKey());

    // Then: the appraiser's task rises in Tasklist; the last reminder follows a day before the lock.
    Assertions.assertThat(tugasNilai().getFollowUpDate()).isEqualTo(Skenario.wib(LocalDateTime.of(2025, 1, 25, 0, 0)));
    skenario.jam(LocalDateTime.of(2025, 1, 31, 0, 0), skp.businessKey());
    Assertions.assertThat(tugasNilai().getFollowUpDate()).isEqualTo(Skenario.wib(LocalDateTime.of(2025, 1, 31, 0, 0)));
  }

  @Test
  void penilaianAkhirMengakhiriPengingatnya() {
    // Given: the final rating is open, its reminders wait.
    skenario.jam(LocalDateTime.of(2025, 1, 2, 9, 0), skp.businessKey());
    assertThat(akhir).isWaitingAt(TASK_RATE, TIMER_REMINDER);

    // When: the appraiser rates before any reminder.
    evaluation.nilaiAkhir(skp.getId(), org.penilai(), Skenario.rating(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI));

    // Then: the instance ends with its pending reminders.
    assertThat(akhir).isEnded().hasPassed(END_EVALUATED);
    Assertions.assertThat(evaluation.akhir(skp.getId()).getPredikat()).isEqualTo(Predikat.BAIK);
  }

  private Task tugasNilai() {
    return taskService.createTaskQuery().processInstanceId(akhir.getId()).taskDefinitionKey(TASK_RATE).singleResult();
  }
}
