package ru.rop.portal.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.TestData;
import ru.rop.portal.ViewTest;
import ru.rop.portal.candidate.ui.CandidateView;
import ru.rop.portal.scheduling.CandidateMeetingService;
import ru.rop.portal.scheduling.MeetingForm;
import ru.rop.portal.scheduling.MeetingService;
import ru.rop.portal.scheduling.MeetingState;
import ru.rop.portal.scheduling.ScheduledMeeting;
import ru.rop.portal.security.Role;

/** «Встреча» on the candidate card without a browser: the state, the candidate's comment, cancel, the dialog. */
class MeetingCardSectionTest extends ViewTest {

    @Autowired
    TestData data;
    @Autowired
    MeetingService meetings;
    @Autowired
    CandidateMeetingService candidateSide;

    private final OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(3)).truncatedTo(ChronoUnit.HOURS)
            .plusDays(10 + ThreadLocalRandom.current().nextInt(300)).withHour(12);

    @Test
    void theCardShowsTheCandidatesRequestAndCancelsAfterConfirmation() {
        String hr = accounts.create(Role.HR).email();
        accounts.signIn(hr);
        long candidate = data.candidate(data.vacancy(), "Карточкина Вера");
        ScheduledMeeting scheduled = meetings.propose(candidate, new MeetingForm(start, 90, List.of(hr),
                "Москва, Пресненская наб., 12", null));
        candidateSide.askAnotherTime(scheduled.candidateUrl().substring(scheduled.candidateUrl().lastIndexOf('/') + 1),
                "Могу в пятницу утром");

        navigate(CandidateView.class, candidate);
        assertThat(find(Span.class).id("meeting-state").getText()).isEqualTo("Кандидат просит другое время");
        String section = find(Div.class).id("meeting-section").getElement().getTextRecursively();
        assertThat(section).contains("12:00–13:30 по московскому времени, 90 мин.", "Пресненская наб., 12",
                "Тестовый HR", "Могу в пятницу утром");
        assertThat(find(Button.class).id("meeting-start-interview").isVisible()).isTrue();

        test(find(Button.class).id("meeting-cancel")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(meetings.current(candidate).orElseThrow().state()).as("nothing before the confirmation")
                .isEqualTo(MeetingState.MOVED);
        test(confirm).confirm();

        assertThat(meetings.current(candidate).orElseThrow().state()).isEqualTo(MeetingState.CANCELLED);
        assertThat(find(Span.class).id("meeting-state").getText()).isEqualTo("Отменено");
        // A cancelled meeting offers a new one.
        test(find(Button.class).id("meeting-propose")).click();
        assertThat(find(TextField.class).id("meeting-video-link").isVisible()).isTrue();
        test(find(Button.class).id("meeting-send")).click();
        assertThat(find(TextField.class).id("meeting-video-link").isInvalid()).as("online without a link").isTrue();
        assertThat(meetings.current(candidate).orElseThrow().state()).isEqualTo(MeetingState.CANCELLED);
    }
}
