package ru.rop.portal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.rop.portal.classification.RedFlag;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.interview.InterviewEvidence;

/**
 * The red flags raised on a candidate, merged by behaviour: flags of one group (one excuse chain heard as «blames
 * others» and as «no options») are one entry with all their sources. For «strong no» only behaviours that rest on
 * different questions count: one answer cannot end a candidacy however many flags it drew.
 *
 * @param distinctlySourced the most behaviours that can each be given a question (or online item) of its own
 */
record RaisedFlags(List<CandidateProfile.FlagEvidence> flags, int distinctlySourced) {

    static RaisedFlags of(List<InterviewEvidence.FlagFinding> findings, RopModel model) {
        Map<String, RedFlag> first = new LinkedHashMap<>();
        Map<String, List<InterviewEvidence.FlagFinding>> sources = new LinkedHashMap<>();
        for (InterviewEvidence.FlagFinding finding : findings) {
            model.redFlag(finding.redFlagId()).ifPresent(flag -> {
                first.putIfAbsent(flag.behaviour(), flag);
                sources.computeIfAbsent(flag.behaviour(), b -> new ArrayList<>()).add(finding);
            });
        }
        List<CandidateProfile.FlagEvidence> merged = new ArrayList<>();
        first.forEach((behaviour, flag) -> merged.add(new CandidateProfile.FlagEvidence(flag,
                List.copyOf(sources.get(behaviour)))));
        List<List<String>> questions = merged.stream().map(f -> f.sources().stream()
                .map(InterviewEvidence.FlagFinding::questionId).filter(Objects::nonNull).distinct().toList()).toList();
        return new RaisedFlags(List.copyOf(merged), matching(questions));
    }

    /** Maximum bipartite matching of behaviours to the questions they were raised on (Kuhn's augmenting paths). */
    static int matching(List<List<String>> questionsByBehaviour) {
        Map<String, Integer> owner = new HashMap<>();
        int matched = 0;
        for (int behaviour = 0; behaviour < questionsByBehaviour.size(); behaviour++) {
            if (augment(behaviour, questionsByBehaviour, owner, new java.util.HashSet<>())) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augment(int behaviour, List<List<String>> questionsByBehaviour,
                                   Map<String, Integer> owner, java.util.Set<String> visited) {
        for (String question : questionsByBehaviour.get(behaviour)) {
            if (!visited.add(question)) {
                continue;
            }
            Integer holder = owner.get(question);
            if (holder == null || augment(holder, questionsByBehaviour, owner, visited)) {
                owner.put(question, behaviour);
                return true;
            }
        }
        return false;
    }
}
