package ru.rop.portal.candidate;

import java.util.List;

/** A stage on the board: its first cards and how many there are in all. */
public record BoardColumn(Stage stage, List<CandidateSummary> cards, long total) {
}
