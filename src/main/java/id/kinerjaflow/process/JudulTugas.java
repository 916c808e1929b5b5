package id.kinerjaflow.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The Tasklist title of a user task: its extension property {@value #PROPERTI}, an expression such as
 * {@code Susun Rencana SKP ${tahun} — ${nama} (${nip})}, becomes the task's name when the task is created. So the
 * diagram label stays the static business name ("Susun Rencana SKP") and a user still sees whose task it is.
 * A user task without the property keeps its label as its name.
 */
@Component
class JudulTugas extends AbstractProcessEnginePlugin {
  static final String PROPERTI = "judulTugas";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String judul = judul(element);
        if (judul == null) return;
        ExpressionManager expressions = configuration.getExpressionManager();
        Expression ekspresi = expressions.createExpression(judul);
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, task -> task.setName(String.valueOf(ekspresi.getValue(task))));
      }
    });
  }

  private static String judul(Element userTask) {
    Element ekstensi = userTask.element("extensionElements");
    Element properti = ekstensi == null ? null : ekstensi.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properti == null) return null;
    return properti.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
        .filter(p -> PROPERTI.equals(p.attribute("name")))
        .map(p -> p.attribute("value"))
        .findFirst().orElse(null);
  }
}
