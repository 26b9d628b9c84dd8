package ru.rop.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyForm;
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

    @Test
    void withoutTheDemoProfileThereIsNoDemoData() {
        assertThat(context.getBeansOfType(DemoData.class)).isEmpty();
    }

    @Test
    void demoDataNeverMixesWithExistingVacancies() {
        accounts.asOwner(() -> vacancies.create(new VacancyForm("Настоящая вакансия", "ООО «Реальная»", null, null,
                null, null, null, null, null, null, -1)));
        int before = accounts.asOwner(vacancies::list).size();
        new DemoData(vacancies, candidates, security).run(null);
        assertThat(accounts.asOwner(vacancies::list)).hasSize(before);
    }
}
