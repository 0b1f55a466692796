package id.kipp.presentation;

/** A finalist to be given a presentation slot: its entry, group and rank in the desk ranking of that group. */
public record Finalist(String entryKey, String title, String group, String agency, int deskRank) {}
