package id.kinerjaflow.latar;

/**
 * One kind of background work (see {@link PekerjaanLatarService}): what is done to one target. A feature adds a kind by
 * declaring a bean of this type; the job executor runs it once per target, each in its own transaction and retried alone.
 */
public interface LangkahLatar {
  /** Names the kind in the process and the API, e.g. {@code hitung-ulang-tenggat}. */
  String jenis();

  /**
   * The work on one target of the work {@code pekerjaanLatarId}, in its job's transaction; an exception rolls that back
   * and leaves the target to the job's retries, then to an incident, with its message.
   */
  void kerjakan(long pekerjaanLatarId, String sasaran);

  /**
   * What the work did, for its progress, if the kind records that (read after the work ended too): counts, and the page
   * {@code halaman} (from 0) of {@code ukuran} targets in detail, so a work over 10,000 targets answers in pages.
   */
  default Object hasil(long pekerjaanLatarId, int halaman, int ukuran) { return null; }
}
