package id.kinerjaflow.planning;

public enum JenisRhk { UTAMA, TAMBAHAN }
