package id.kinerjaflow.keberatan;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kinerja.keberatan}: the objection window, {@code hari} days after the day the final predicate was made final
 * (PP 30/2019 art. 59: 14), and when the appraiser's response and the decision are due, in days after the objection was
 * filed ({@code hari-tanggapan}, {@code hari-keputusan}: the product's defaults, which no source at hand sets).
 */
@ConfigurationProperties("kinerja.keberatan")
public record KeberatanProperties(int hari, int hariTanggapan, int hariKeputusan) {}
