package ru.rop.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.assessment.AssessmentLibrary;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.outcomes.OutcomeService;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyService;

@IntegrationTest
class DemoDataTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    VacancyService vacancies;
    @Autowired
    CandidateService candidates;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ContentLoader loader;
    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;
    @Autowired
    AssessmentLibrary library;
    @Autowired
    InterviewService interviews;
    @Autowired
    CaseService cases;
    @Autowired
    RopModel model;
    @Autowired
    ProfileService profiles;
    @Autowired
    CaseLibrary caseLibrary;
    @Autowired
    OutcomeService outcomes;

    private DemoData demo() {
        return new DemoData(vacancies, candidates, security, loader, invitations, assessments, library, caseLibrary,
                interviews, cases, model, profiles, outcomes);
    }

    @Test
    void withoutTheDemoProfileThereIsNoDemoData() {
        assertThat(context.getBeansOfType(DemoData.class)).isEmpty();
    }

    @Test
    void demoDataNeverMixesWithExistingVacancies() {
        accounts.asOwner(() -> vacancies.create(aVacancy().build()));
        int before = accounts.asOwner(vacancies::list).size();
        demo().run(null);
        assertThat(accounts.asOwner(vacancies::list)).hasSize(before);
    }
}
