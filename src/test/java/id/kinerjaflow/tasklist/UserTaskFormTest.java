package id.kinerjaflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every user task in bpmn/ is usable in Tasklist: its own form, a readable name and a due date. */
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
    if (task.getName().contains("${")) {
      assertThat(task.getName()).as("name of %s", task.getId()).contains("${nama}", "${nip}");
    } else {
      assertThat(pemberiNama(task)).as("create listener naming %s", task.getId()).containsPattern("\\bnama\\b").containsPattern("\\bnip\\b");
    }
    assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).matches("\\$\\{batas\\w+}");
  }

  /** A static label: the expression of the create listener that adds the employee to Tasklist's name. */
  private static String pemberiNama(UserTask task) {
    return task.getExtensionElements() == null ? "" : task.getExtensionElements().getElementsQuery()
        .filterByType(CamundaTaskListener.class).list().stream().filter(l -> "create".equals(l.getCamundaEvent()))
        .map(CamundaTaskListener::getCamundaExpression).findFirst().orElse("");
  }
}
