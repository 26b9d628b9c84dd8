package ru.rop.portal.interview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ru.rop.portal.classification.Evidence;
import ru.rop.portal.classification.EvidenceSource;
import ru.rop.portal.classification.Observation;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.content.ContentLoader;

/** The interview question bank from templates/, checked against the competency model at start-up. */
@Service
public class QuestionBank {

    private final List<InterviewQuestion> questions;
    private final Map<String, InterviewQuestion> byId = new LinkedHashMap<>();

    public QuestionBank(ContentLoader loader, RopModel model) {
        this.questions = List.copyOf(loader.load(QuestionBankContent.FILE, QuestionBankContent.class,
                (content, checks) -> content.check(checks, model)).questions());
        questions.forEach(q -> byId.put(q.id(), q));
    }

    public List<InterviewQuestion> questions() {
        return questions;
    }

    public Optional<InterviewQuestion> question(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** What a 1–5 score on this question says about the dimensions. */
    public List<Observation> observations(InterviewQuestion question, int score) {
        return Evidence.fromScore(question.evidence(), score, EvidenceSource.INTERVIEW, question.id());
    }
}
