package ru.rop.portal.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.TestData;
import ru.rop.portal.ViewTest;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.ui.PipelineView;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** The board cards show what an owner decides by, and a rater in progress sees nothing of the colleagues'. */
class BoardBadgesTest extends ViewTest {

    @Autowired
    TestData data;
    @Autowired
    InterviewService interviews;
    @Autowired
    InvitationService invitations;

    @Test
    void cardsCarryTheAssessmentAndTheScoresButNotForARaterInProgress() {
        var hr = accounts.create(Role.HR);
        long[] ids = accounts.asOwner(() -> {
            long vacancy = data.vacancy();
            long interviewed = data.candidate(vacancy, "Оценённый Пётр");
            data.interviewed(interviewed, 4, "Сильный руководитель");
            long invited = data.candidate(vacancy, "Приглашённая Анна");
            invitations.invite(invited, null);
            return new long[] {vacancy, interviewed, invited};
        });
        long vacancy = ids[0];
        long interviewed = ids[1];
        long invited = ids[2];

        accounts.signIn(TestAccounts.OWNER_EMAIL);
        navigate(PipelineView.class, vacancy);
        assertThat(card(interviewed)).contains("Средний балл 4,0").doesNotContain("скрыты");
        assertThat(card(invited)).contains("Оценка: отправлена").doesNotContain("Средний балл");

        accounts.signIn(hr.email());
        interviews.start(interviewed);
        navigate(PipelineView.class, vacancy);
        assertThat(card(interviewed)).contains("Оценки коллег скрыты").doesNotContain("Средний балл")
                .doesNotContain("Да").doesNotContain("красн");
        assertThat(card(invited)).contains("Оценка: отправлена");
    }

    private String card(long candidate) {
        return find(Div.class).id("card-" + candidate).getElement().getTextRecursively();
    }
}
