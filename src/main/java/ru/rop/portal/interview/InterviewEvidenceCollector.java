package ru.rop.portal.interview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.rop.portal.classification.Competency;
import ru.rop.portal.classification.CompetencyRating;
import ru.rop.portal.classification.EvidenceSource;
import ru.rop.portal.classification.Observation;
import ru.rop.portal.classification.RopModel;

/**
 * Turns submitted interviews into the panel's rows and into evidence for the profile. Apart from
 * {@link InterviewService}, which decides whose interviews a viewer may see, so the arithmetic of weights and
 * spreads can be read without the access rules around it.
 */
@Component
class InterviewEvidenceCollector {

    private final QuestionBank bank;
    private final RopModel model;

    InterviewEvidenceCollector(QuestionBank bank, RopModel model) {
        this.bank = bank;
        this.model = model;
    }

    /** Per competency, each interview's mean score, the spread and whether the raters disagree. */
    List<PanelSummary.Row> panelRows(List<Interview> submitted) {
        List<PanelSummary.Row> rows = new ArrayList<>();
        for (Competency competency : model.competencies()) {
            List<Double> scores = submitted.stream().map(i -> meanScore(i, competency.id())).toList();
            List<Double> known = scores.stream().filter(s -> s != null).toList();
            // At the one decimal the panel shows, so a marked row always reads «2,0» or more.
            Double spread = known.size() < 2 ? null
                    : Math.round((known.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                            - known.stream().mapToDouble(Double::doubleValue).min().orElseThrow()) * 10.0) / 10.0;
            rows.add(new PanelSummary.Row(competency.id(), competency.label(), scores, spread,
                    spread != null && spread >= InterviewService.DISAGREEMENT));
        }
        return rows;
    }

    /** The observations, ratings, red flags and quotes of the interviews, each rater with their conclusion. */
    InterviewEvidence collect(List<Interview> submitted) {
        Map<String, List<Interview>> scoredBy = new LinkedHashMap<>();
        Map<String, Integer> markedBy = new HashMap<>();
        for (Interview interview : submitted) {
            for (InterviewAnswer answer : interview.getAnswers()) {
                if (answer.getScore() != null) {
                    scoredBy.computeIfAbsent(answer.getQuestionId(), q -> new ArrayList<>()).add(interview);
                }
                answer.getStyles().keySet().forEach(style -> markedBy.merge(answer.getQuestionId() + "/" + style,
                        1, Integer::sum));
            }
        }
        List<Observation> observations = new ArrayList<>();
        List<CompetencyRating> ratings = new ArrayList<>();
        List<InterviewEvidence.FlagFinding> flags = new ArrayList<>();
        List<InterviewEvidence.Quote> quotes = new ArrayList<>();
        for (Interview interview : submitted) {
            for (InterviewAnswer answer : interview.getAnswers()) {
                InterviewQuestion question = bank.question(answer.getQuestionId()).orElse(null);
                if (question == null) {
                    continue;
                }
                for (String flag : answer.getRedFlags()) {
                    flags.add(new InterviewEvidence.FlagFinding(flag, interview.getInterviewerName(), question.id(),
                            question.text()));
                }
                // A style mark is the style observed, at the position heard; raters of one answer share its weight.
                answer.getStyles().forEach((style, position) -> observations.add(new Observation(style, position,
                        EvidenceSource.INTERVIEW.weight() / markedBy.get(question.id() + "/" + style),
                        EvidenceSource.INTERVIEW, question.id())));
                Integer score = answer.getScore();
                if (score == null) {
                    continue;
                }
                // Raters scoring the same answer saw the same evidence: together they weigh as one observation.
                int raters = scoredBy.get(question.id()).size();
                bank.observations(question, score).forEach(o -> observations.add(new Observation(o.dimension(),
                        o.value(), o.weight() / raters, o.source(), o.reference())));
                ratings.add(new CompetencyRating(question.competency(), score, interview.getInterviewer(),
                        question.id()));
                String text = quoteText(answer.toRecord());
                if (!text.isEmpty()) {
                    quotes.add(new InterviewEvidence.Quote(question.competency(), interview.getInterviewerName(),
                            question.id(), question.text(), score, text));
                }
            }
        }
        return new InterviewEvidence(false, observations, ratings, flags, quotes,
                submitted.stream().map(InterviewEvidenceCollector::rater).toList());
    }

    private static String quoteText(AnswerRecord answer) {
        List<String> parts = new ArrayList<>();
        for (NoteField field : NoteField.values()) {
            String text = answer.text(field);
            if (text != null && !text.isBlank()) {
                parts.add(text.strip());
            }
        }
        return String.join(" ", parts);
    }

    static PanelSummary.Rater rater(Interview interview) {
        return new PanelSummary.Rater(interview.getInterviewerName(), interview.getSubmittedAt(),
                interview.getConclusion());
    }

    private Double meanScore(Interview interview, String competencyId) {
        IntSummaryStatistics scores = interview.getAnswers().stream()
                .filter(a -> a.getScore() != null)
                .filter(a -> bank.question(a.getQuestionId()).map(q -> q.competency().equals(competencyId))
                        .orElse(false))
                .mapToInt(InterviewAnswer::getScore)
                .summaryStatistics();
        return scores.getCount() == 0 ? null : round(scores.getAverage());
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
