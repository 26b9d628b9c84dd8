package ru.rop.portal.report;

import org.springframework.stereotype.Component;
import ru.rop.portal.TestData;
import ru.rop.portal.cases.BusinessCase;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewSession;
import ru.rop.portal.interview.NoteField;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/**
 * Two raters of one candidate: the owner has submitted weak scores with a red flag, a quote and a case level, and
 * overridden the recommendation with «Однозначно нет» and a reason; the HR colleague has started her own interview
 * and scored one question, but not submitted. A second candidate of the vacancy is interviewed by the owner only.
 */
@Component
public class BlindScene {

    public static final String OWNER_NAME = "Тестовый OWNER";
    public static final String HR_NAME = "Тестовый HR";
    public static final String OWNER_CONCLUSION = "Слабый, брать нельзя";
    public static final String OWNER_QUOTE = "Сорвал план три квартала подряд";
    public static final String OWNER_REASON = "Приписывал продажи на прошлом месте работы";
    public static final String CASE_COMMENT = "Потери не посчитал вовсе";
    public static final String OTHER_CONCLUSION = "Сильная, системная";
    public static final int HR_SCORE = 4;

    /**
     * @param hrInterview her open interview
     * @param hrCompetency the competency of the one question she scored
     */
    public record Scene(long vacancy, long candidate, long other, TestAccounts.Account owner,
                        TestAccounts.Account hr, long hrInterview, String hrCompetency) {
    }

    private final TestAccounts accounts;
    private final TestData data;
    private final InterviewService interviews;
    private final CaseService cases;
    private final ProfileService profiles;
    private final CaseLibrary library;

    BlindScene(TestAccounts accounts, TestData data, InterviewService interviews, CaseService cases,
               ProfileService profiles, CaseLibrary library) {
        this.accounts = accounts;
        this.data = data;
        this.interviews = interviews;
        this.cases = cases;
        this.profiles = profiles;
        this.library = library;
    }

    /** Builds the scene and leaves the HR colleague signed in, her interview open. */
    public Scene hrInterviewing() {
        TestAccounts.Account owner = accounts.create(Role.OWNER);
        TestAccounts.Account hr = accounts.create(Role.HR);
        accounts.signIn(owner.email());
        long vacancy = data.vacancy();
        long candidate = data.candidate(vacancy, "Анна Сергеевна Смирнова");
        long other = data.candidate(vacancy, "Ольга Ким");
        data.interviewed(other, 5, OTHER_CONCLUSION);

        long interview = interviews.start(candidate);
        InterviewSession session = interviews.session(interview);
        for (InterviewSession.Step step : session.steps()) {
            interviews.score(interview, step.question().id(), 2);
        }
        InterviewSession.Step flagged = session.steps().stream().filter(s -> !s.redFlags().isEmpty()).findFirst()
                .orElseThrow();
        interviews.flag(interview, flagged.question().id(), flagged.redFlags().getFirst().id(), true);
        interviews.write(interview, flagged.question().id(), NoteField.NOTES, OWNER_QUOTE);
        interviews.submit(interview, OWNER_CONCLUSION);
        BusinessCase businessCase = library.cases().getFirst();
        long assignment = cases.assign(candidate, businessCase.id(), CaseMode.ORAL);
        cases.level(assignment, businessCase.criteria().getFirst().id(), 1);
        cases.comment(assignment, businessCase.criteria().getFirst().id(), CASE_COMMENT);
        profiles.decide(candidate, Recommendation.STRONG_NO, OWNER_REASON);

        accounts.signIn(hr.email());
        long mine = interviews.start(candidate);
        InterviewSession.Step first = interviews.session(mine).steps().getFirst();
        interviews.score(mine, first.question().id(), HR_SCORE);
        return new Scene(vacancy, candidate, other, owner, hr, mine, first.question().competency());
    }

    /** The HR colleague submits her interview: from now on she sees the others. */
    public void hrSubmits(Scene scene) {
        interviews.submit(scene.hrInterview(), "Есть сомнения");
    }
}
