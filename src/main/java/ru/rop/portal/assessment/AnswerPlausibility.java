package ru.rop.portal.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.DimensionKind;
import ru.rop.portal.classification.Observation;
import ru.rop.portal.classification.RopModel;

/**
 * Whether the online answers look like a person describing how they work or like a rule of thumb: every «best»
 * option taken, always the longest option, always the same place on the screen, answers faster than reading. Any
 * such sign lowers the weight of the online evidence; nothing here can raise a candidate. The answers were given
 * alone and unobserved, so doubt costs them weight rather than the candidate a verdict.
 */
final class AnswerPlausibility {

    /** Below this many situational answers the shares say too little to flag anything. */
    static final int MIN_ANSWERS = 10;
    static final double TOO_PERFECT_FROM = 0.80;
    static final double PATTERN_FROM = 0.60;
    static final double TOO_FAST_FROM = 0.25;
    static final double PERFECT_FACTOR = 0.5;
    static final double PATTERN_FACTOR = 0.3;
    static final double MIN_FACTOR = 0.1;

    private final Set<DimensionId> capabilities;

    AnswerPlausibility(RopModel model) {
        this.capabilities = model.dimensions().stream().filter(d -> d.kind() == DimensionKind.CAPABILITY)
                .map(d -> d.id()).collect(Collectors.toCollection(() -> EnumSet.noneOf(DimensionId.class)));
    }

    /**
     * @param sections the assessment as the candidate saw it: items and options in their displayed order
     * @param items the situational items by id
     * @param answers the answers by «SECTION/itemId»
     * @param fastAnswers answers given faster than their text can be read
     */
    OnlineEvidence.Plausibility judge(List<AssessmentPlan.Section> sections, Map<String, SituationalItem> items,
                                      Map<String, AssessmentAnswer> answers, int fastAnswers) {
        int situational = 0;
        int top = 0;
        int longest = 0;
        int[] positions = new int[8];
        int positioned = 0;
        int quick = 0;
        for (AssessmentPlan.Section section : sections) {
            if (section.kind() == AssessmentSection.CASES) {
                continue;
            }
            for (AssessmentPlan.Item shown : section.items()) {
                AssessmentAnswer answer = answers.get(shown.kind() + "/" + shown.id());
                if (answer == null || !shown.answered()) {
                    continue;
                }
                quick++;
                int position = position(shown, answer);
                if (position >= 0 && position < positions.length) {
                    positions[position]++;
                    positioned++;
                }
                SituationalItem item = items.get(shown.id());
                if (shown.kind() == AssessmentSection.SITUATIONAL && item != null && answer.getChoice() != null) {
                    situational++;
                    if (ItemTells.top(item, capabilities).contains(answer.getChoice())) {
                        top++;
                    }
                    if (ItemTells.longest(item).contains(answer.getChoice())) {
                        longest++;
                    }
                }
            }
        }
        List<OnlineEvidence.Signal> signals = new ArrayList<>();
        double factor = 1.0;
        double topShare = share(top, situational);
        double longestShare = share(longest, situational);
        int mostUsedPosition = 0;
        for (int count : positions) {
            mostUsedPosition = Math.max(mostUsedPosition, count);
        }
        double positionShare = share(mostUsedPosition, positioned);
        double fastShare = share(fastAnswers, quick);
        if (situational >= MIN_ANSWERS && topShare >= TOO_PERFECT_FROM) {
            signals.add(OnlineEvidence.Signal.TOO_PERFECT);
            factor *= PERFECT_FACTOR;
        }
        boolean longestPattern = situational >= MIN_ANSWERS && longestShare >= PATTERN_FROM;
        boolean positionPattern = positioned >= MIN_ANSWERS && positionShare >= PATTERN_FROM;
        if (longestPattern) {
            signals.add(OnlineEvidence.Signal.LONGEST_OPTION);
        }
        if (positionPattern) {
            signals.add(OnlineEvidence.Signal.SAME_POSITION);
        }
        if (longestPattern || positionPattern) {
            factor *= PATTERN_FACTOR;
        }
        if (quick > 0 && fastShare >= TOO_FAST_FROM) {
            signals.add(OnlineEvidence.Signal.TOO_FAST);
            factor *= 1.0 - fastShare;
        }
        return new OnlineEvidence.Plausibility(List.copyOf(signals), round(Math.max(MIN_FACTOR, factor)),
                round(topShare), round(longestShare), round(positionShare), round(fastShare));
    }

    /** The online observations at the weight their plausibility allows. */
    static List<Observation> weigh(List<Observation> observations, OnlineEvidence.Plausibility plausibility) {
        if (plausibility.weight() >= 1.0) {
            return observations;
        }
        return observations.stream().map(o -> new Observation(o.dimension(), o.value(),
                o.weight() * plausibility.weight(), o.source(), o.reference())).toList();
    }

    /** Where on the screen the answer was: the displayed place of the chosen option or the «most like me» mark. */
    private static int position(AssessmentPlan.Item shown, AssessmentAnswer answer) {
        for (int i = 0; i < shown.options().size(); i++) {
            if (shown.options().get(i).id().equals(answer.getChoice())) {
                return i;
            }
        }
        return -1;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0.0 : part / (double) whole;
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
