package id.kinerjaflow.instansi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.kinerjaflow.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The regional calendar presets shipped in {@code classpath:presets/*.yml}. */
@Component
public class PresetCatalog {
  private final Map<String, KalenderPreset> presets = new TreeMap<>();

  public PresetCatalog() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .registerModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:presets/*.yml")) {
      try (InputStream in = r.getInputStream()) {
        KalenderPreset p = yaml.readValue(in, KalenderPreset.class);
        presets.put(p.kode(), p);
      } catch (IOException e) {
        throw new UncheckedIOException("Preset " + r.getFilename() + " tidak valid", e);
      }
    }
  }

  public Collection<KalenderPreset> semua() { return presets.values(); }

  public KalenderPreset get(String kode) {
    KalenderPreset p = presets.get(kode);
    if (p == null) throw new NotFoundException("Preset kalender '" + kode + "' tidak dikenal. Tersedia: " + presets.keySet());
    return p;
  }
}
