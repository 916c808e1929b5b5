package id.kinerjaflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Every user task in bpmn/ is usable in Tasklist: its own form, a title naming the employee and a due date. The title
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
    // A perangkat daerah's task (calibration) names the unit; no circular sets it a deadline.
    if (judulTugas(task) != null && judulTugas(task).contains("${namaUnit}")) return;
    assertThat(judulTugas(task)).as("Tasklist title of %s", task.getId()).contains("${nama}", "${nip}");
    assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).matches("\\$\\{tenggatSkp\\.batas\\w+\\(kalender(Periode)?Id\\)}");
  }

  /** The extension property judulTugas: the title Tasklist shows (process/JudulTugas), or null when there is none. */
  private static String judulTugas(UserTask task) {
    return task.getExtensionElements() == null ? null : task.getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).list().stream().flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> "judulTugas".equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
  }
}
