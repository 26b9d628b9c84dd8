package ru.rop.portal;

import static ru.rop.portal.candidate.CandidateForms.aCandidate;
import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewSession;
import ru.rop.portal.vacancy.VacancyService;

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

    /** An open vacancy of «ООО «Тест»»; the signed-in user needs the HR role. */
    public long vacancy() {
        return vacancies.create(aVacancy().build()).id();
    }

    public long candidate(long vacancy, String fullName) {
        return candidates.create(aCandidate(vacancy).withFullName(fullName).build()).id();
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
