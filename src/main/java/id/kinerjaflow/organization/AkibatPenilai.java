package id.kinerjaflow.organization;

import java.util.List;

/**
 * What an organisation change did to the appraisers of open SKP, as its answer shows it ({@code penilai}): the SKP moved
 * to a new appraiser, and those whose appraiser can no longer be resolved. Reported by the listener of
 * {@link OrganisasiBerubah} (cycle.PenyelarasanPenilai).
 */
public interface AkibatPenilai {
  /** Nothing followed: no change, or no open SKP. */
  AkibatPenilai TIDAK_ADA = new TidakAda(List.of(), List.of());

  List<?> dipindahkan();

  List<?> tanpaPenilai();

  record TidakAda(List<?> dipindahkan, List<?> tanpaPenilai) implements AkibatPenilai {}
}
