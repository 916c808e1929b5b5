package id.kinerjaflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the browser tests' commands (e2e/setup.sh, the playwright-core scripts) from the project folder. */
public final class Perintah {
  private Perintah() {}

  /** Runs a command; its output goes to the test log and into the failure message. */
  public static void jalankan(String apa, Map<String, String> env, String... perintah) throws IOException, InterruptedException {
    Path log = Files.createTempFile("e2e-", ".log");
    ProcessBuilder pb = new ProcessBuilder(perintah).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    Process proses = pb.start();
    boolean selesai = proses.waitFor(10, TimeUnit.MINUTES);
    if (!selesai) proses.destroyForcibly();
    String keluaran = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(keluaran);
    assertThat(selesai && proses.exitValue() == 0).as("%s:%n%s", apa, keluaran).isTrue();
  }
}
