package id.kinerjaflow.process;

import id.kinerjaflow.KinerjaProperties;
import id.kinerjaflow.instansi.Tenggat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * A reminder: the process's open tasks get today's follow-up date, so they rise in Tasklist, and when mail is
 * configured ({@code spring.mail.host}) the assignee gets an e-mail. Work that is done has no open task, so it gets
 * no reminder; a task is reminded at most once a day. A mail that cannot be sent is logged; the follow-up date stays.
 */
@Component("remindOpenTasksDelegate")
class RemindOpenTasksDelegate implements JavaDelegate {
  private static final Logger log = LoggerFactory.getLogger(RemindOpenTasksDelegate.class);

  private final TaskService taskService;
  private final IdentityService identityService;
  private final ObjectProvider<JavaMailSender> surel;
  private final String pengirim;
  private final Clock jam;

  RemindOpenTasksDelegate(TaskService taskService, IdentityService identityService, ObjectProvider<JavaMailSender> surel,
      KinerjaProperties properties, Clock jam) {
    this.jam = jam;
    this.taskService = taskService;
    this.identityService = identityService;
    this.surel = surel;
    this.pengirim = properties.emailPengirim();
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date sekarang = Date.from(jam.instant());
    ZoneId zona = ZoneId.of((String) execution.getVariable(Variables.ZONA_WAKTU));
    for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      if (sudahDiingatkanHariIni(task, sekarang, zona)) continue;
      task.setFollowUpDate(sekarang);
      taskService.saveTask(task);
      surel.ifAvailable(mail -> kirimSetelahCommit(mail, task, zona));
    }
  }

  /** Two reminders of one day (a period's report and rating deadline on the same day) remind a task once. */
  private static boolean sudahDiingatkanHariIni(Task task, Date sekarang, ZoneId zona) {
    return task.getFollowUpDate() != null
        && LocalDate.ofInstant(task.getFollowUpDate().toInstant(), zona).equals(LocalDate.ofInstant(sekarang.toInstant(), zona));
  }

  /** The mail leaves once the follow-up dates are committed: a reminder rolled back (and retried) sends no mail. */
  private void kirimSetelahCommit(JavaMailSender mail, Task task, ZoneId zona) {
    User penerima = task.getAssignee() == null ? null : identityService.createUserQuery().userId(task.getAssignee()).singleResult();
    if (penerima == null || penerima.getEmail() == null || penerima.getEmail().isBlank()) return;
    // A due date is the lock instant, 00:00 after the last allowed day.
    String batas = Tenggat.format(LocalDate.ofInstant(task.getDueDate().toInstant(), zona).minusDays(1));
    SimpleMailMessage pesan = new SimpleMailMessage();
    pesan.setFrom(pengirim);
    pesan.setTo(penerima.getEmail());
    pesan.setSubject("Pengingat: " + task.getName());
    pesan.setText("Yth. " + penerima.getFirstName() + ",\n\ntugas \"" + task.getName() + "\" di Tasklist kinerja-flow belum selesai. "
        + "Batas waktunya " + batas + "; sesudah tanggal itu pekerjaan ini terkunci.\n");
    Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED, commandContext -> {
      try {
        mail.send(pesan);
      } catch (MailException e) {
        log.warn("Pengingat surel ke {} gagal dikirim: {}", penerima.getEmail(), e.getMessage());
      }
    });
  }
}
