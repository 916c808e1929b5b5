package id.kinerjaflow.instansi;

public enum JenisPeriode { BULANAN, TRIWULANAN }
