package id.kinerjaflow.planning;

import static id.kinerjaflow.process.SkpPlanningProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.kinerjaflow.security.Grup;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.InvalidInputException;
import java.time.LocalDateTime;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sungai Penuh (seed 001, 1a): after the appraiser approves, BKPSDM's verifier accepts the annual targets or
 * returns them for correction, "until accepted". Only then is the SKP set.
 */
@ProsesTest
class SkpTargetVerificationProcessTest {
  @Autowired ProcessEngine engine;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired PlanningService planning;

  TestOrganisasi.Org org;
  Skp skp;
  ProcessInstance perencanaan;

  @BeforeEach
  void rencanaSungaiPenuhDisetujuiPenilai() {
    init(engine);
    Skenario.jam(LocalDateTime.of(2024, 1, 8, 9, 0));
    org = organisasi.baru("sungai-penuh-2024", 2024);
    skp = skenario.mulai(org.pegawai(), 2024);
    perencanaan = skenario.instance(skp.businessKey(), PROCESS_ID);
    planning.ubahRencana(skp.getId(), org.pegawai(), Skenario.rencanaDuaRhk());
    planning.ajukan(skp.getId(), org.pegawai());
    planning.tinjau(skp.getId(), org.penilai(), new TinjauanInput(true, null, null));
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void dikembalikanDuaKaliLaluDiterima() {
    assertThat(perencanaan).isWaitingAt(TASK_VERIFY).task().hasCandidateGroup(Grup.adminInstansi(org.instansi())).isNotAssigned();
    Assertions.assertThat(planning.get(skp.getId()).getStatus()).isEqualTo(StatusSkp.DIAJUKAN);

    for (String alasan : new String[] {"Target belum selaras dengan IKU SKPD", "Satuan target RHK 2 belum terukur"}) {
      planning.verifikasi(skp.getId(), true, new VerifikasiInput(false, alasan));
      assertThat(perencanaan).isWaitingAt(TASK_CORRECT).task().isAssignedTo(org.pegawai());
      Assertions.assertThat(planning.get(skp.getId())).extracting(Skp::getStatus, Skp::getCatatanVerifikator)
          .containsExactly(StatusSkp.DIKEMBALIKAN, alasan);

      planning.ubahRencana(skp.getId(), org.pegawai(), Skenario.rencanaDuaRhk());
      planning.ajukan(skp.getId(), org.pegawai());
      assertThat(perencanaan).isWaitingAt(TASK_VERIFY);
    }

    planning.verifikasi(skp.getId(), true, new VerifikasiInput(true, null));

    assertThat(perencanaan).isEnded().hasPassed(END_PLAN_SET);
    Assertions.assertThat(planning.get(skp.getId()).getStatus()).isEqualTo(StatusSkp.DITETAPKAN);
  }

  @Test
  void hanyaAdminBkpsdmInstansiItuYangMemverifikasiDanPengembalianPerluAlasan() {
    assertThatThrownBy(() -> planning.verifikasi(skp.getId(), false, new VerifikasiInput(true, null)))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("Hanya admin BKPSDM Pemda Uji");
    assertThatThrownBy(() -> planning.verifikasi(skp.getId(), true, new VerifikasiInput(false, " ")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("alasan wajib diisi");

    assertThat(perencanaan).isWaitingAt(TASK_VERIFY);
    Assertions.assertThat(planning.get(skp.getId()).getCatatanVerifikator()).isNull();
  }
}
