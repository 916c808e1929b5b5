package id.kinerjaflow.planning;

/** Which position an SKP is for: an acting official (Plt/Plh) keeps one SKP for each (Kotawaringin Barat). */
public enum Kedudukan {
  /** The employee's own position. */ DEFINITIF,
  /** The head position of the unit the employee holds as acting official ({@code Pegawai.pltUnit}). */ PLT
}
