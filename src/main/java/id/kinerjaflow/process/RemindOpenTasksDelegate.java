package id.kinerjaflow.process;

import id.kinerjaflow.instansi.Tenggat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A reminder: the process's open tasks get today's follow-up date, so they rise in Tasklist, and when mail is
 * configured ({@code spring.mail.host}) the assignee gets an e-mail ({@link Surel}). Work that is done has no open task, so it gets
 * no reminder; a task is reminded at most once a day. A mail that cannot be sent is logged; the follow-up date stays.
 */
@Component("remindOpenTasksDelegate")
class RemindOpenTasksDelegate implements JavaDelegate {
  private final TaskService taskService;
  private final Surel surel;
  private final Clock jam;

  RemindOpenTasksDelegate(TaskService taskService, Surel surel, Clock jam) {
    this.jam = jam;
    this.taskService = taskService;
    this.surel = surel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date sekarang = Date.from(jam.instant());
    ZoneId zona = ZoneId.of((String) execution.getVariable(Variables.ZONA_WAKTU));
    for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      if (sudahDiingatkanHariIni(task, sekarang, zona)) continue;
      task.setFollowUpDate(sekarang);
      taskService.saveTask(task);
      // A due date is the lock instant, 00:00 after the last allowed day.
      String batas = Tenggat.format(LocalDate.ofInstant(task.getDueDate().toInstant(), zona).minusDays(1));
      surel.kirimSetelahCommit(task.getAssignee(), "Pengingat: " + task.getName(), penerima -> "Yth. " + penerima.getFirstName()
          + ",\n\ntugas \"" + task.getName() + "\" di Tasklist kinerja-flow belum selesai. "
          + "Batas waktunya " + batas + "; sesudah tanggal itu pekerjaan ini terkunci.\n");
    }
  }

  /** Two reminders of one day (a period's report and rating deadline on the same day) remind a task once. */
  private static boolean sudahDiingatkanHariIni(Task task, Date sekarang, ZoneId zona) {
    return task.getFollowUpDate() != null
        && LocalDate.ofInstant(task.getFollowUpDate().toInstant(), zona).equals(LocalDate.ofInstant(sekarang.toInstant(), zona));
  }
}
