package id.kinerjaflow.process;

import id.kinerjaflow.KinerjaProperties;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail from a process step to a Camunda user, when mail is configured ({@code spring.mail.host}) and the user has an
 * address. It leaves once the engine's transaction commits: a step rolled back (and retried) sends no mail. A mail that
 * cannot be sent is logged.
 */
@Component
public class Surel {
  private static final Logger log = LoggerFactory.getLogger(Surel.class);

  private final IdentityService identityService;
  private final ObjectProvider<JavaMailSender> surel;
  private final String pengirim;

  Surel(IdentityService identityService, ObjectProvider<JavaMailSender> surel, KinerjaProperties properties) {
    this.identityService = identityService;
    this.surel = surel;
    this.pengirim = properties.emailPengirim();
  }

  /** {@code isi}: the text, from the recipient (their name). Must run inside an engine command (a delegate). */
  public void kirimSetelahCommit(String userId, String subjek, Function<User, String> isi) {
    JavaMailSender mail = surel.getIfAvailable();
    if (mail == null || userId == null) return;
    User penerima = identityService.createUserQuery().userId(userId).singleResult();
    if (penerima == null || penerima.getEmail() == null || penerima.getEmail().isBlank()) return;
    SimpleMailMessage pesan = new SimpleMailMessage();
    pesan.setFrom(pengirim);
    pesan.setTo(penerima.getEmail());
    pesan.setSubject(subjek);
    pesan.setText(isi.apply(penerima));
    Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED, commandContext -> {
      try {
        mail.send(pesan);
      } catch (MailException e) {
        log.warn("Surel ke {} gagal dikirim: {}", penerima.getEmail(), e.getMessage());
      }
    });
  }
}
