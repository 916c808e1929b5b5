package id.kinerjaflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerjaflow.support.ProsesTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Modeler element templates (.camunda/element-templates/, found by Camunda Modeler for every diagram below the
 * project) cover every delegate of bpmn/: each service task uses the template of its bean, and each template's bean exists.
 */
@ProsesTest
class ElementTemplateTest {
  static final Path TEMPLATES = Path.of(".camunda/element-templates/kinerja-flow.json");
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  @Autowired ApplicationContext context;

  @Test
  void setiapDelegatePunyaTemplateDanSetiapTemplateBeannya() throws IOException {
    Map<String, String> templatePerEkspresi = new HashMap<>();
    for (JsonNode template : new ObjectMapper().readTree(TEMPLATES.toFile())) {
      assertThat(template.path("name").asText()).as("name of %s", template.path("id")).isNotBlank();
      assertThat(template.path("description").asText()).as("description of %s", template.path("id")).isNotBlank();
      JsonNode bean = template.path("properties").get(0);
      assertThat(bean.path("binding").path("name").asText()).isEqualTo("camunda:delegateExpression");
      String ekspresi = bean.path("value").asText();
      assertThat(ekspresi).matches("\\$\\{\\w+}");
      assertThat(context.containsBean(ekspresi.substring(2, ekspresi.length() - 1))).as("bean of template %s", template.path("id"))
          .isTrue();
      templatePerEkspresi.put(ekspresi, template.path("id").asText());
    }

    List<ServiceTask> tugas = serviceTasks();
    assertThat(tugas).isNotEmpty();
    for (ServiceTask task : tugas) {
      assertThat(templatePerEkspresi).as("template for %s of %s", task.getCamundaDelegateExpression(), task.getId())
          .containsKey(task.getCamundaDelegateExpression());
      assertThat(task.getAttributeValueNs(CAMUNDA, "modelerTemplate")).as("template applied to %s", task.getId())
          .isEqualTo(templatePerEkspresi.get(task.getCamundaDelegateExpression()));
    }
  }

  private static List<ServiceTask> serviceTasks() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(p -> p.toString().endsWith(".bpmn"))
          .flatMap(p -> Bpmn.readModelFromFile(p.toFile()).getModelElementsByType(ServiceTask.class).stream())
          .filter(t -> t.getCamundaDelegateExpression() != null).toList();
    }
  }
}
