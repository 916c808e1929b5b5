package id.kinerjaflow.process;

import id.kinerjaflow.KinerjaProperties;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** How many days before each deadline its reminders come, from {@code kinerja.pengingat-hari-sebelum-batas} (e.g. 7 and 1). */
@Component
public class Pengingat {
  private final List<Integer> hari;

  Pengingat(KinerjaProperties properties) {
    this.hari = properties.pengingatHariSebelumBatas().stream().distinct().sorted(Comparator.reverseOrder()).toList();
  }

  /** Days before a deadline, earliest reminder first. */
  public List<Integer> hari() { return hari; }

  /** The earliest reminder, in days before a deadline. */
  public int hariTerjauh() { return hari.isEmpty() ? 0 : hari.get(0); }
}
