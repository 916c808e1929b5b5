package id.kinerjaflow.cycle;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ConflictException;
import java.time.LocalDateTime;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Starting the annual cycle (skp-annual-cycle); a whole year per preset is in instansi/PresetTahunTest. */
@ProsesTest
class SkpAnnualCycleTest {
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired CycleService cycles;

  @BeforeEach
  void awalTahun() {
    init(engine);
    Skenario.jam(LocalDateTime.of(2024, 1, 3, 8, 0));
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void memulaiDuaKaliTidakMembuatSiklusKedua() {
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);

    CycleService.Siklus pertama = cycles.mulai(org.pegawai(), 2024);
    CycleService.Siklus kedua = cycles.mulai(org.pegawai(), 2024);

    Assertions.assertThat(pertama.baru()).isTrue();
    Assertions.assertThat(kedua.baru()).isFalse();
    Assertions.assertThat(kedua.skpId()).isEqualTo(pertama.skpId());
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SkpAnnualCycleProcess.PROCESS_ID)
        .processInstanceBusinessKey(org.pegawai() + "-2024").count()).isEqualTo(1);
  }

  @Test
  void tanpaKalenderTahunItuSiklusTidakDimulai() {
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);

    Assertions.assertThatThrownBy(() -> cycles.mulai(org.pegawai(), 2025))
        .isInstanceOf(ConflictException.class).hasMessageContaining("belum memiliki kalender kinerja tahun 2025");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(org.pegawai() + "-2025").count()).isZero();
  }
}
