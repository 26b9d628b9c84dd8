package ru.rop.portal.interview;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.PersonalDataSection;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.RedFlag;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.UserFacingException;

/**
 * Every interview with the candidate, submitted or not, with the interviewer's score, style marks, notes and red
 * flags per question, for the export of a person's data.
 */
@Component
class InterviewPersonalData implements PersonalDataSection {

    record InterviewData(String interviewer, InterviewStatus status, Instant startedAt, Instant submittedAt,
                         String conclusion, List<AnswerData> answers) {
    }

    record AnswerData(String questionId, String question, Integer score, boolean skipped, String notes,
                      String situation, String task, String action, String result, List<String> redFlags,
                      Map<String, Integer> styles, Instant updatedAt) {
    }

    private final InterviewRepository interviews;
    private final QuestionBank bank;
    private final RopModel model;
    private final InterviewService service;

    InterviewPersonalData(InterviewRepository interviews, QuestionBank bank, RopModel model,
                          InterviewService service) {
        this.interviews = interviews;
        this.bank = bank;
        this.model = model;
        this.service = service;
    }

    @Override
    public String key() {
        return "interviews";
    }

    /**
     * @throws UserFacingException {@code personal-data.blinded} for an interviewer whose own interview with the
     *                             candidate is open: the file would show colleagues' scores, which stay hidden
     *                             until their own is submitted
     */
    @Override
    public List<InterviewData> personalData(long candidateId) {
        if (service.blindedFor(candidateId)) {
            throw new UserFacingException("personal-data.blinded");
        }
        List<Interview> all = interviews.findByCandidateIdOrderByStartedAtAsc(candidateId);
        return all.stream().map(interview -> new InterviewData(interview.getInterviewerName(),
                interview.getStatus(), interview.getStartedAt(), interview.getSubmittedAt(),
                interview.getConclusion(), interview.getAnswers().stream().map(InterviewAnswer::toRecord)
                .map(this::answer).toList())).toList();
    }

    private AnswerData answer(AnswerRecord answer) {
        return new AnswerData(answer.questionId(),
                bank.question(answer.questionId()).map(InterviewQuestion::text).orElse(null), answer.score(),
                answer.skipped(), answer.notes(), answer.situation(), answer.task(), answer.action(),
                answer.result(), labels(answer.redFlags()), styles(answer.styles()), answer.updatedAt());
    }

    /** Style label → position 1–5 on that style's own scale. */
    private Map<String, Integer> styles(Map<DimensionId, Integer> marks) {
        Map<String, Integer> named = new LinkedHashMap<>();
        marks.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(mark -> named.put(model.dimension(mark.getKey()).label(), mark.getValue()));
        return named;
    }

    private List<String> labels(Set<String> flags) {
        return flags.stream().map(id -> model.redFlag(id).map(RedFlag::label).orElse(id)).toList();
    }
}
