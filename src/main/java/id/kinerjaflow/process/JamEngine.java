package id.kinerjaflow.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one clock of the application: the engine's ({@code ClockUtil}), so domain code, timers and locks agree, and tests
 * and the year simulation that move the engine clock move it for everything. Inject {@link Clock}.
 */
@Component
class JamEngine extends Clock {
  private final ZoneId zona;

  JamEngine() { this(ZoneOffset.UTC); }

  private JamEngine(ZoneId zona) { this.zona = zona; }

  @Override
  public Instant instant() { return ClockUtil.getCurrentTime().toInstant(); }

  @Override
  public ZoneId getZone() { return zona; }

  @Override
  public Clock withZone(ZoneId zone) { return new JamEngine(zone); }
}
