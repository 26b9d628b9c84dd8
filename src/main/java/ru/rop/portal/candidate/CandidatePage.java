package ru.rop.portal.candidate;

import java.util.List;

/** One page of a vacancy's candidates and how many there are in all. */
public record CandidatePage(List<CandidateSummary> items, long total) {
}
