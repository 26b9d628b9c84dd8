package ru.rop.portal.candidate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.TestData;
import ru.rop.portal.ViewTest;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.security.Role;

/** The card's personal data panel: the consent with its exact words, the export, and erasure with confirmation. */
class CandidatePersonalDataViewTest extends ViewTest {

    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;

    @Test
    void aLinkNobodyMailedIsNotCalledSent() {
        accounts.signIn(accounts.create(Role.HR).email());
        long candidate = data.candidate(data.vacancy(), "Неотправленная Анна");
        invitations.invite(candidate, 5);
        navigate(CandidateView.class, candidate);
        // No mail server in tests: the badge and the details say the same thing.
        assertThat(find(Span.class).id("invitation-status").getText())
                .isEqualTo("ссылка создана, письмо не отправлялось");
        assertThat(find(Div.class).id("invitation-section").getElement().getTextRecursively())
                .contains("письмо не отправлялось").doesNotContain("ссылка отправлена");
    }

    @Test
    void theCardShowsTheConsentWithTheWordsAgreedTo() {
        accounts.signIn(accounts.create(Role.HR).email());
        long candidate = data.candidate(data.vacancy(), "Согласная Ирина");
        String url = invitations.invite(candidate, 5).url();
        String token = url.substring(url.lastIndexOf('/') + 1);
        assessments.consent(token, "203.0.113.44",
                assessments.open(token, "203.0.113.44").orElseThrow().consent().version());

        navigate(CandidateView.class, candidate);
        assertThat(find(Div.class).id("invitation-section").getElement().getTextRecursively())
                .contains("2026-12-v3", "203.0.113.44");
        test(find(Button.class).id("consent-text")).click();
        String shown = find(Dialog.class).single().getElement().getTextRecursively();
        assertThat(shown).contains("Я, Согласная Ирина", "отозвать согласие", "SHA-256");
    }

    @Test
    void hrErasesAfterAClearConfirmationAndLandsOnThePipeline() {
        accounts.signIn(accounts.create(Role.HR).email());
        long vacancy = data.vacancy();
        long candidate = data.candidate(vacancy, "Удаляемый Семён");
        navigate(CandidateView.class, candidate);
        assertThat(find(Anchor.class).id("personal-data-export").getElement().hasAttribute("download")).isTrue();

        test(find(Button.class).id("erase-candidate")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).contains("Удаляемый Семён");
        assertThat(confirm.getElement().getTextRecursively()).contains("файл резюме", "интервью", "обезличенная", "Отменить удаление нельзя");
        assertThat(candidates.find(candidate)).as("nothing happens before the confirmation").isPresent();
        test(confirm).confirm();

        assertThat(candidates.find(candidate)).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(PipelineView.class);
        assertThat(test(find(Notification.class).single()).getText()).contains("Удаляемый Семён", "удалены");
    }
}
