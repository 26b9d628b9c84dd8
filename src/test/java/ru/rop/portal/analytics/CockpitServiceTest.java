package ru.rop.portal.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestClock;
import ru.rop.portal.TestData;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyService;

/** The cockpit over the real services and database: what the start page shows is what happened. */
@IntegrationTest
class CockpitServiceTest {

    @Autowired
    CockpitService cockpit;
    @Autowired
    CandidateService candidates;
    @Autowired
    InvitationService invitations;
    @Autowired
    InterviewService interviews;
    @Autowired
    VacancyService vacancies;
    @Autowired
    TestData data;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        accounts.signOut();
    }

    @Test
    void numbersOfAVacancyFollowItsCandidates() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        long vacancy = data.vacancy();
        long offered = data.candidate(vacancy, "Оффер Олег");
        long rejected = data.candidate(vacancy, "Отказ Ольга");
        long waiting = data.candidate(vacancy, "Ждущий Иван");
        long interviewing = data.candidate(vacancy, "Интервью Анна");
        candidates.moveTo(offered, Stage.INTERVIEW, null);
        candidates.moveTo(interviewing, Stage.INTERVIEW, null);
        clock.advance(Duration.ofDays(2));
        candidates.moveTo(offered, Stage.OFFER, null);
        candidates.moveTo(rejected, Stage.REJECTED, "Не подходит по опыту");
        invitations.invite(waiting, null);
        long mine = interviews.start(interviewing);
        clock.advance(Duration.ofDays(10));

        Cockpit numbers = cockpit.cockpit(vacancy, CockpitPeriod.DAYS_30);

        assertThat(numbers.funnel().candidates()).isEqualTo(4);
        Map<Stage, FunnelReport.StageRow> rows = numbers.funnel().stages().stream()
                .collect(Collectors.toMap(FunnelReport.StageRow::stage, Function.identity()));
        assertThat(rows.get(Stage.NEW).reached()).isEqualTo(4);
        assertThat(rows.get(Stage.INTERVIEW).reached()).isEqualTo(2);
        assertThat(rows.get(Stage.OFFER).reached()).isEqualTo(1);
        assertThat(rows.get(Stage.REJECTED).reached()).isEqualTo(1);
        assertThat(rows.get(Stage.INTERVIEW).conversion()).isEqualTo(0.5);
        // The offered candidate spent two days at the interview; the other is there for twelve → median 7.
        assertThat(rows.get(Stage.INTERVIEW).medianDays()).isEqualTo(7.0);
        assertThat(numbers.funnel().medianDaysToOffer()).isEqualTo(2.0);
        assertThat(numbers.invitations().sent()).isEqualTo(1);
        assertThat(numbers.invitations().opened()).isZero();
        assertThat(numbers.myInterviews()).extracting(Cockpit.OpenInterview::interviewId).containsExactly(mine);
        // Only stages where the company acts next: the invited candidate waits for themselves, the offer too.
        assertThat(numbers.waiting()).extracting(Cockpit.Waiting::candidateId).containsExactly(interviewing);
        assertThat(numbers.waiting().getFirst().days()).isEqualTo(12);
        assertThat(numbers.waitDays()).isEqualTo(7);

        // A year later the period of 30 days holds none of them.
        clock.advance(Duration.ofDays(365));
        assertThat(cockpit.cockpit(vacancy, CockpitPeriod.DAYS_30).funnel().candidates()).isZero();
        assertThat(cockpit.cockpit(vacancy, CockpitPeriod.ALL).funnel().candidates()).isEqualTo(4);
    }

    @Test
    void csvHoldsTheNumbersWithTheFormulaGuard() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        long vacancy = vacancies.create(aVacancy().withTitle("=HYPERLINK(\"http://evil\")").build()).id();
        long candidate = data.candidate(vacancy, "Кандидат Один");
        candidates.moveTo(candidate, Stage.INTERVIEW, null);

        String csv = new String(cockpit.exportCsv(vacancy, CockpitPeriod.ALL), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF\"'=HYPERLINK(\"\"http://evil\"\")\";\"всё время\"\r\n")
                .contains("\"Интервью\";\"1\";\"1\";\"0,0\";")
                .contains("\"Рекомендация\";\"1\";\"1\";\"0\"")
                .doesNotContain("Кандидат Один");
    }

    @Test
    void anUnknownVacancyIsRefusedAndTheCockpitIsForStaffOnly() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        assertThatThrownBy(() -> cockpit.cockpit(Long.MAX_VALUE, CockpitPeriod.ALL))
                .isInstanceOf(UserFacingException.class);
        accounts.signOut();
        assertThatThrownBy(() -> cockpit.funnel(1)).isInstanceOf(Exception.class)
                .isNotInstanceOf(UserFacingException.class);
    }
}
