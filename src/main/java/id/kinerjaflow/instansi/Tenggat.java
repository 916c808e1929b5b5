package id.kinerjaflow.instansi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * A deadline date in an instansi's time zone. Work is allowed through the whole deadline day and
 * locks at the start of the next day.
 */
public record Tenggat(LocalDate batas, ZoneId zona) {
  private static final DateTimeFormatter TANGGAL =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

  public Date terkunciPada() { return awalHari(batas.plusDays(1), zona); }

  /** The same instant with the instansi's offset: 2024-02-11T00:00+07:00. */
  public OffsetDateTime terkunciPadaSetempat() { return terkunciPada().toInstant().atZone(zona).toOffsetDateTime(); }

  /** Judged by the application's clock (the engine's), so tests that move it see the same lock as the timers. */
  public boolean sudahLewat(Clock jam) { return !jam.instant().isBefore(terkunciPada().toInstant()); }

  /** "20 Maret 2024". */
  public String teks() { return format(batas); }

  public static String format(LocalDate tanggal) { return TANGGAL.format(tanggal); }

  public static Date awalHari(LocalDate tanggal, ZoneId zona) {
    return Date.from(tanggal.atStartOfDay(zona).toInstant());
  }
}
