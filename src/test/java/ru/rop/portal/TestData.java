package ru.rop.portal;

import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateForm;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Source;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewSession;
import ru.rop.portal.vacancy.VacancyForm;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancyStatus;

/** Vacancies, candidates and interviews for tests, unique per call so tests sharing a database never collide. */
@Component
public class TestData {

    private final VacancyService vacancies;
    private final CandidateService candidates;
    private final InterviewService interviews;

    TestData(VacancyService vacancies, CandidateService candidates, InterviewService interviews) {
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.interviews = interviews;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** An open vacancy of «ООО «Тест»»; the signed-in user needs the HR role. */
    public long vacancy() {
        return vacancies.create(new VacancyForm("РОП " + unique(), "ООО «Тест»", null, null, null,
                VacancyStatus.OPEN, null, null, null, null, -1)).id();
    }

    public long candidate(long vacancy, String fullName) {
        return candidates.create(new CandidateForm(vacancy, fullName, unique() + "@mail.test", null, null,
                Source.REFERRAL, null, null, null, null, Set.of(), -1)).id();
    }

    /** The signed-in user interviews the candidate, gives every question the same score and submits. */
    public long interviewed(long candidate, int score, String conclusion) {
        long interview = interviews.start(candidate);
        for (InterviewSession.Step step : interviews.session(interview).steps()) {
            interviews.score(interview, step.question().id(), score);
        }
        interviews.submit(interview, conclusion);
        return interview;
    }
}
