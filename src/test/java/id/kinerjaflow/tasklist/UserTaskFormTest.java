package id.kinerjaflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.process.PredicateCalibrationProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every user task in bpmn/ is usable in Tasklist: its own form, a title naming the employee (or the unit) and a due date. The title
 * is the extension property judulTugas; the diagram label is a static business name.
 */
class UserTaskFormTest {
  static final String PREFIX = "embedded:app:";
  static final Path STATIC = Path.of("src/main/resources/static");

  static Stream<UserTask> userTasks() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      List<Path> bpmn = files.filter(p -> p.toString().endsWith(".bpmn")).toList();
      assertThat(bpmn).isNotEmpty();
      return bpmn.stream().flatMap(p -> Bpmn.readModelFromFile(p.toFile()).getModelElementsByType(UserTask.class).stream());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userTasks")
  void punyaFormulirNamaDanTenggat(UserTask task) {
    assertThat(task.getCamundaFormKey()).as("formKey of %s", task.getId()).startsWith(PREFIX + "forms/");
    Path form = STATIC.resolve(task.getCamundaFormKey().substring(PREFIX.length()));
    assertThat(form).as("form of %s", task.getId()).exists();
    assertThat(task.getName()).as("diagram label of %s", task.getId()).doesNotContain("${");
    // A perangkat daerah's task names the unit: the organisation's reports and predicates have the calendar's deadlines,
    // the calibration has none, as no circular sets one.
    if (PredicateCalibrationProcess.TASK_CALIBRATE.equals(task.getId())) return;
    assertThat(judulTugas(task)).as("Tasklist title of %s", task.getId()).satisfiesAnyOf(
        j -> assertThat(j).contains("${nama}", "${nip}"), j -> assertThat(j).containsAnyOf("${unitNama}", "namaUnit("));
    assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).matches("\\$\\{(tenggatSkp\\.batas\\w+\\(kalender(Periode|Capaian)?Id\\)|keberatanSkp\\.batas\\w+\\(skpId\\))}");
  }

  /** The extension property judulTugas: the title Tasklist shows (process/JudulTugas), or null when there is none. */
  private static String judulTugas(UserTask task) {
    return task.getExtensionElements() == null ? null : task.getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).list().stream().flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> "judulTugas".equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
  }
}
