package ru.rop.portal.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.rop.portal.TestData;
import ru.rop.portal.ViewTest;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.assessment.ui.AssessmentView;
import ru.rop.portal.privacy.TalentPoolService;
import ru.rop.portal.security.Role;

/** The talent-pool consent on the completion page: unticked, given with its record, withdrawn with confirmation. */
class TalentPoolPanelTest extends ViewTest {

    @Autowired
    TestData data;
    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;
    @Autowired
    TalentPoolService pool;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCandidateJoinsThePoolOnTheCompletionPageAndWithdrawsThere() {
        accounts.signIn(accounts.create(Role.HR).email());
        long candidate = data.candidate(data.vacancy(), "Резервистов Андрей");
        String url = invitations.invite(candidate, null).url();
        accounts.signOut();
        String token = url.substring(url.lastIndexOf('/') + 1);
        AssessmentPlan plan = assessments.open(token, "203.0.113.5").orElseThrow();
        assessments.consent(token, "203.0.113.5", plan.consent().version());
        assessments.submit(token);

        navigate("a/" + token, AssessmentView.class);
        Checkbox agree = find(Checkbox.class).id("talent-pool-agree");
        Button join = find(Button.class).id("talent-pool-join");
        assertThat(agree.getValue()).as("never ticked in advance").isFalse();
        assertThat(join.isEnabled()).isFalse();
        test(agree).click();
        test(join).click();

        assertThat(find(Paragraph.class).id("talent-pool-member").getText()).startsWith("Вы в кадровом резерве до ");
        assertThat(jdbc.queryForObject("SELECT version FROM talent_pool_consent WHERE candidate_id = ?",
                String.class, candidate)).isEqualTo(pool.offer(token).orElseThrow().version());
        assertThat(jdbc.queryForObject("SELECT LENGTH(text_hash) FROM talent_pool_consent WHERE candidate_id = ?",
                Integer.class, candidate)).isEqualTo(64);

        test(find(Button.class).id("talent-pool-withdraw")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(find(Checkbox.class).id("talent-pool-agree").getValue()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM talent_pool_consent WHERE candidate_id = ?"
                + " AND withdrawn_at IS NOT NULL", Integer.class, candidate)).isEqualTo(1);
    }
}
