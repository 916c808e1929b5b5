package id.kinerjaflow.organization;

import id.kinerjaflow.web.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * An uploaded CSV file: UTF-8 (with or without BOM), header on line 1, separated by commas or (when the header
 * has no comma) semicolons, values optionally in double quotes (Apache Commons CSV); a record is one line, so a
 * quoted value cannot hold a line break. Collects the errors per line so the whole file is reported at once
 * (the first {@value #GALAT_MAKS} lines with errors and their count). Shared by the CSV imports of other features.
 */
public final class BerkasCsv {
  static final int GALAT_MAKS = 100;
  private static final String TANDA_KUTIP = "tanda kutip (\") tidak tertutup atau salah letak; satu data harus satu baris, "
      + "nilai dalam tanda kutip tidak boleh berganti baris";

  public record Baris(int nomor, Map<String, String> nilai) {
    /** The trimmed value, or null for a column the header lacks. */
    public String get(String kolom) { return nilai.get(kolom); }
  }

  private final List<Baris> baris = new ArrayList<>();
  private final Map<Integer, List<String>> galat = new TreeMap<>();

  private BerkasCsv() {}

  /** Reads the file; refuses at once an empty or non-UTF-8 file and a header that lacks a column. */
  public static BerkasCsv baca(InputStream isi, List<String> kolomWajib) throws IOException {
    String teks;
    try {
      teks = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(isi.readAllBytes())).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("berkas", "berkas bukan teks UTF-8; simpan ulang sebagai \"CSV UTF-8\"");
    }
    String[] baris = teks.replace("\uFEFF", "").split("\r?\n|\r", -1);
    if (baris[0].isBlank()) {
      throw new InvalidInputException("berkas", "berkas kosong; baris 1 harus berisi judul kolom: " + String.join(",", kolomWajib));
    }
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(baris[0].indexOf(',') < 0 && baris[0].indexOf(';') >= 0 ? ';' : ',')
        .setIgnoreSurroundingSpaces(true).setTrim(true).get();
    List<String> judul;
    try {
      judul = pisah(baris[0], format).stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
    } catch (UncheckedIOException e) {
      throw new InvalidInputException("baris 1", TANDA_KUTIP);
    }
    List<String> kurang = kolomWajib.stream().filter(k -> !judul.contains(k)).toList();
    if (!kurang.isEmpty()) {
      throw new InvalidInputException("baris 1", "kolom " + String.join(", ", kurang) + " tidak ada di judul; kolom yang diperlukan: "
          + String.join(",", kolomWajib));
    }
    BerkasCsv csv = new BerkasCsv();
    for (int i = 1; i < baris.length; i++) {
      if (baris[i].isBlank()) continue;
      Baris b = new Baris(i + 1, new HashMap<>());
      List<String> nilai;
      try {
        nilai = pisah(baris[i], format);
      } catch (UncheckedIOException e) {
        csv.galat(b, TANDA_KUTIP);
        continue;
      }
      if (nilai.size() != judul.size()) {
        csv.galat(b, "ada " + nilai.size() + " kolom, seharusnya " + judul.size() + " sesuai judul");
        continue;
      }
      for (int k = 0; k < judul.size(); k++) b.nilai().put(judul.get(k), nilai.get(k));
      csv.baris.add(b);
    }
    if (csv.baris.isEmpty() && csv.galat.isEmpty()) {
      throw new InvalidInputException("berkas", "berkas tidak berisi data; tulis satu baris per data di bawah judul kolom");
    }
    return csv;
  }

  /** One line's values; throws UncheckedIOException when its quotes do not close on the line. */
  private static List<String> pisah(String baris, CSVFormat format) throws IOException {
    try (CSVParser parser = CSVParser.parse(baris, format)) {
      return parser.getRecords().get(0).toList();
    }
  }

  public List<Baris> baris() { return baris; }

  public void galat(Baris baris, String pesan) { galat.computeIfAbsent(baris.nomor(), n -> new ArrayList<>()).add(pesan); }

  /** The value of a required column, or null after recording why it is refused. */
  public String wajib(Baris baris, String kolom, int panjangMaks) {
    String nilai = baris.get(kolom);
    if (nilai.isEmpty()) {
      galat(baris, kolom + " wajib diisi");
      return null;
    }
    if (nilai.length() > panjangMaks) {
      galat(baris, kolom + " terlalu panjang (" + nilai.length() + " karakter, maksimal " + panjangMaks + ")");
      return null;
    }
    return nilai;
  }

  /** An enum value; case is ignored and a space or hyphen may stand for {@code _} ("Sangat Baik"). */
  public <E extends Enum<E>> E pilihan(Baris baris, String kolom, Class<E> jenis) {
    String nilai = baris.get(kolom);
    try {
      return Enum.valueOf(jenis, nilai.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
    } catch (IllegalArgumentException e) {
      galat(baris, kolom + " '" + nilai + "' tidak dikenal; pilihan: "
          + Arrays.stream(jenis.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
      return null;
    }
  }

  Boolean benarSalah(Baris baris, String kolom) {
    String nilai = baris.get(kolom).toLowerCase(Locale.ROOT);
    if (nilai.equals("true")) return true;
    if (nilai.equals("false")) return false;
    galat(baris, kolom + " '" + baris.get(kolom) + "' harus true atau false");
    return null;
  }

  boolean adaGalat() { return !galat.isEmpty(); }

  /** Refuses the whole file when a line has an error: 400 with one message per line ("baris 4"), the first {@value #GALAT_MAKS}. */
  public void tolakJikaAdaGalat() {
    if (galat.isEmpty()) return;
    Map<String, String> errors = new LinkedHashMap<>();
    galat.entrySet().stream().limit(GALAT_MAKS)
        .forEach(g -> errors.put("baris " + g.getKey(), String.join("; ", g.getValue())));
    throw new InvalidInputException(errors, galat.size());
  }
}
