package id.kinerjaflow.simulasi;

import id.kinerjaflow.instansi.JadwalTenggat;
import id.kinerjaflow.instansi.KalenderPreset;
import id.kinerjaflow.instansi.PresetCatalog;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.NotFoundException;
import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code simulasi} profile: replays a preset's year on the engine clock ({@link SimulasiTahun}, on the profile's
 * in-memory H2), prints the table with what the engine did, and exits: 0 when every lock happened at its instant, 1 when
 * one did not, 2 on bad input.
 * <pre>java -jar target/kinerja-flow-*.jar --spring.profiles.active=simulasi --simulasi.preset=sungai-penuh-2024 --simulasi.tahun=2025</pre>
 */
@Component
@Profile("simulasi")
@Order(10)
class SimulasiCommand implements ApplicationRunner {
  private final SimulasiTahun simulasi;
  private final PresetCatalog presets;
  private final ConfigurableApplicationContext context;
  private final String preset;
  private final String tahun;
  private final String zona;

  SimulasiCommand(SimulasiTahun simulasi, PresetCatalog presets, ConfigurableApplicationContext context,
      @Value("${simulasi.preset:}") String preset, @Value("${simulasi.tahun:}") String tahun,
      @Value("${simulasi.zona:Asia/Jakarta}") String zona) {
    this.simulasi = simulasi;
    this.presets = presets;
    this.context = context;
    this.preset = preset;
    this.tahun = tahun;
    this.zona = zona;
  }

  @Override
  public void run(ApplicationArguments args) {
    int kode = jalankan();
    System.exit(SpringApplication.exit(context, () -> kode));
  }

  private int jalankan() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    if (preset.isBlank() || !tahun.matches("\\d{4}")) {
      err.println("Simulasi tidak dijalankan: sebutkan --simulasi.preset=KODE dan --simulasi.tahun=TAHUN (4 digit)."
          + " Preset tersedia: " + presets.semua().stream().map(KalenderPreset::kode).toList());
      return 2;
    }
    List<SimulasiTahun.Hasil> hasil;
    try {
      hasil = simulasi.jalankan(preset, Integer.parseInt(tahun), ZoneId.of(zona));
    } catch (NotFoundException | IllegalStateException | DateTimeException e) {
      err.println("Simulasi tidak dijalankan: " + e.getMessage());
      return 2;
    } catch (InvalidInputException e) {
      err.println("Simulasi tidak dijalankan: " + String.join("; ", e.errors().values()));
      return 2;
    }
    out.println("Simulasi tahun " + tahun + ", preset " + preset + " (" + zona + "), pada mesin proses dengan jam yang dimajukan:");
    out.print(tabel(hasil));
    long beda = hasil.stream().filter(h -> !h.sesuai()).count();
    if (beda > 0) {
      out.println("TIDAK SESUAI: " + beda + " dari " + hasil.size() + " tenggat tidak terjadi pada saat yang tertulis di kalender.");
      return 1;
    }
    out.println("Sesuai: " + hasil.size() + " tenggat terjadi di mesin proses tepat pada saat \"Terkunci pada\".");
    return 0;
  }

  private static String tabel(List<SimulasiTahun.Hasil> hasil) {
    List<String[]> baris = new ArrayList<>();
    baris.add(new String[] {"No", "Jenis", "Nama", "Dibuka", "Batas", "Terkunci pada", "Teramati pada", "Hasil", "Akibat"});
    for (SimulasiTahun.Hasil h : hasil) {
      JadwalTenggat.Baris b = h.baris();
      baris.add(new String[] {String.valueOf(b.urutan()), b.jenis().name(), b.nama(), b.dibuka().toString(), b.batas().toString(),
          b.terkunciPada().toString(), h.teramati() == null ? "-" : h.teramati().toString(), h.keadaan(), b.akibat()});
    }
    int[] lebar = new int[baris.get(0).length];
    baris.forEach(kolom -> {
      for (int i = 0; i < kolom.length; i++) lebar[i] = Math.max(lebar[i], kolom[i].length());
    });
    StringBuilder teks = new StringBuilder();
    baris.forEach(kolom -> {
      for (int i = 0; i < kolom.length; i++) {
        teks.append(i == 0 ? "" : " | ").append(i == kolom.length - 1 ? kolom[i] : String.format("%-" + lebar[i] + "s", kolom[i]));
      }
      teks.append('\n');
    });
    return teks.toString();
  }
}
