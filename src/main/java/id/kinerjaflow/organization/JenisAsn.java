package id.kinerjaflow.organization;

public enum JenisAsn { PNS, CPNS, PPPK, PEJABAT_NEGARA }
