package id.kinerjaflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The baseline: a bare Camunda engine (no application code, authorization off as shipped) on its own database of the
 * same PostgreSQL server, history FULL, UUIDs as ids, the default job executor. Models: start → one user task → end,
 * start → timer → end, and start → one user task done {@code putaran} times in a row → end.
 */
class MesinPolos implements AutoCloseable {
  static final String PROSES_TUGAS = "bench-polos-tugas";
  static final String PROSES_TIMER = "bench-polos-timer";
  static final String PROSES_TAHUN = "bench-polos-tahun";
  static final String TUGAS = "Task_Bare";

  final ProcessEngine engine;
  private final HikariDataSource dataSource;

  MesinPolos(BasisDataBench.Server server) {
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(server.jdbc(server.polos()));
    dataSource.setUsername(server.user());
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setProcessEngineName("polos");
    config.setDataSource(dataSource);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setJobExecutorActivate(false);
    config.setDbMetricsReporterActivate(false);
    // UUIDs, as the application's engine (Spring Boot starter): the default id blocks take a second connection per
    // job thread, and with as many job threads as pooled connections the storm waited for the pool until it failed.
    config.setIdGenerator(new StrongUuidGenerator());
    engine = config.buildProcessEngine();
    engine.getRepositoryService().createDeployment().name("bench-polos")
        .addModelInstance(PROSES_TUGAS + ".bpmn", modelTugas(PROSES_TUGAS))
        .addModelInstance(PROSES_TIMER + ".bpmn", Bpmn.createExecutableProcess(PROSES_TIMER).camundaHistoryTimeToLive(3650)
            .startEvent().intermediateCatchEvent("Timer_Bare").timerWithDate("${batas}").endEvent().done())
        .addModelInstance(PROSES_TAHUN + ".bpmn", Bpmn.createExecutableProcess(PROSES_TAHUN).camundaHistoryTimeToLive(3650)
            .startEvent().userTask(TUGAS).name("Tugas").camundaAssignee("${penerima}")
            .multiInstance().sequential().cardinality("${putaran}").multiInstanceDone().endEvent().done())
        .deploy();
  }

  /** start → one user task (assignee from the variable {@code penerima}, due date {@code batas}) → end. */
  static BpmnModelInstance modelTugas(String id) {
    return Bpmn.createExecutableProcess(id).camundaHistoryTimeToLive(3650).startEvent().userTask(TUGAS).name("Tugas")
        .camundaAssignee("${penerima}").camundaDueDate("${batas}").endEvent().done();
  }

  void mulaiTugas(String penerima, Date batas) {
    engine.getRuntimeService().startProcessInstanceByKey(PROSES_TUGAS, Map.of("penerima", penerima, "batas", batas));
  }

  /** Starts the looped model; answers its process instance id. */
  String mulaiTahun(String penerima, int putaran) {
    return engine.getRuntimeService().startProcessInstanceByKey(PROSES_TAHUN, Map.of("penerima", penerima, "putaran", putaran)).getId();
  }

  /** Completes the instance's open task, found as a user's list finds it: by query. */
  void selesaikan(String processInstanceId) {
    TaskService tasks = engine.getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId());
  }

  void mulaiTimer(Date batas) { engine.getRuntimeService().startProcessInstanceByKey(PROSES_TIMER, Map.of("batas", batas)); }

  ProcessEngineConfigurationImpl konfigurasi() { return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(); }

  @Override
  public void close() {
    if (konfigurasi().getJobExecutor().isActive()) konfigurasi().getJobExecutor().shutdown();
    engine.close();
    dataSource.close();
  }
}
