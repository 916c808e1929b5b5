package id.kinerjaflow.process;

import id.kinerjaflow.KinerjaProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The reminder dates before deadlines, from {@code kinerja.pengingat-hari-sebelum-batas} (e.g. 7 and 1 days):
 * the collection a process's reminder subprocess waits on, one timer per date (ISO instants, earliest first).
 */
@Component
public class Pengingat {
  private final List<Integer> hari;

  Pengingat(KinerjaProperties properties) {
    this.hari = properties.pengingatHariSebelumBatas().stream().distinct().sorted(Comparator.reverseOrder()).toList();
  }

  public ArrayList<String> sebelum(Date... terkunci) {
    return new ArrayList<>(Stream.of(terkunci).distinct()
        .flatMap(t -> hari.stream().map(h -> t.toInstant().minus(Duration.ofDays(h))))
        .distinct().sorted().map(Object::toString).toList());
  }

  /** The earliest reminder, in days before a deadline. */
  public int hariTerjauh() { return hari.isEmpty() ? 0 : hari.get(0); }
}
