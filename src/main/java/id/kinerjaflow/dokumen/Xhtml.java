package id.kinerjaflow.dokumen;

/** A well-formed XHTML page for the PDF renderer, written line by line; every text is escaped. */
final class Xhtml {
  private static final String GAYA = """
      @page { size: A4; margin: 18mm 15mm 18mm 15mm;
        @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font-family: 'DejaVu Sans'; font-size: 7pt; } }
      body { font-family: 'DejaVu Sans'; font-size: 8.5pt; line-height: 1.3; }
      h1 { font-size: 11pt; text-align: center; margin: 0; }
      h2 { font-size: 9.5pt; margin: 10pt 0 4pt 0; }
      p.tengah { text-align: center; margin: 2pt 0; }
      table { width: 100%; border-collapse: collapse; margin-bottom: 6pt; -fs-table-paginate: paginate; }
      th, td { border: 0.6pt solid #000; padding: 2.5pt 3pt; vertical-align: top; text-align: left; }
      th { background: #e6e6e6; }
      td.no { width: 16pt; text-align: center; }
      table.ttd td { border: none; text-align: center; width: 50%; }
      .ruang { height: 48pt; }
      .kecil { font-size: 7pt; color: #333; }
      tr { page-break-inside: avoid; }
      """;

  private final StringBuilder isi = new StringBuilder();

  Xhtml(String judul) {
    isi.append("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"/><title>").append(esc(judul))
        .append("</title><style>").append(GAYA).append("</style></head><body>");
  }

  /** Raw markup; values must go through {@link #esc}. */
  Xhtml tulis(String markup) {
    isi.append(markup);
    return this;
  }

  String selesai() { return isi + "</body></html>"; }

  static String esc(Object nilai) {
    if (nilai == null) return "—";
    String teks = nilai.toString();
    StringBuilder b = new StringBuilder(teks.length());
    teks.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\n' -> b.append("<br/>");
        default -> { if (c >= 0x20 || c == '\t') b.appendCodePoint(c); }
      }
    });
    return b.toString();
  }
}
