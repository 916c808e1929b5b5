package id.kinerjaflow.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A user task completes only through its form's API call ({@link OpenTasks#complete}), which writes the
 * domain in the same transaction. Completing it any other way (engine REST, a generic form) is refused with
 * a 400, so no task ends without its SKP data.
 */
@Component
class TaskCompletionGuard extends AbstractProcessEnginePlugin {
  private static final ThreadLocal<Boolean> MELALUI_FORMULIR = ThreadLocal.withInitial(() -> false);

  static void melaluiFormulir(Runnable selesaikan) {
    MELALUI_FORMULIR.set(true);
    try {
      selesaikan.run();
    } finally {
      MELALUI_FORMULIR.remove();
    }
  }

  private static final TaskListener TOLAK_DI_LUAR_FORMULIR = task -> {
    if (!MELALUI_FORMULIR.get()) {
      throw new BadUserRequestException("Tugas \"" + task.getName() + "\" hanya dapat diselesaikan melalui formulirnya di Tasklist"
          + " atau API kinerja-flow (/api), agar data SKP ikut tersimpan.");
    }
  };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_COMPLETE, TOLAK_DI_LUAR_FORMULIR);
      }
    });
  }
}
