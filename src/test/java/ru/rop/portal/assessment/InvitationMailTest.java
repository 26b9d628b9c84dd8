package ru.rop.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.TestData;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.privacy.ConsentTexts;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** The invitation and the completion notice through a real SMTP server (GreenMail) inside the test. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "rop.mail.from=hr@rop.test",
        "spring.mail.properties.mail.smtp.auth=false", "spring.mail.properties.mail.smtp.starttls.enable=false",
        "rop.public-url=https://rop.example.ru/"})
@ActiveProfiles("test")
class InvitationMailTest {


    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;
    @Autowired
    CandidateService candidates;
    @Autowired
    ConsentTexts consentTexts;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void theCandidateGetsTheLinkAndTheInviterHearsOfTheSubmission() throws Exception {
        TestAccounts.Account owner = accounts.create(Role.OWNER);
        accounts.signIn(owner.email());
        long candidate = data.candidate(data.vacancy(), "Наталья Белова");
        String email = candidates.find(candidate).orElseThrow().email();

        IssuedInvitation issued = invitations.invite(candidate, 5);

        assertThat(issued.emailSent()).isTrue();
        assertThat(issued.url()).startsWith("https://rop.example.ru/a/");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage invitation = smtp.getReceivedMessages()[0];
        assertThat(invitation.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(invitation.getFrom()[0].toString()).isEqualTo("hr@rop.test");
        assertThat(invitation.getSubject()).startsWith("ООО «Тест»: онлайн-оценка на позицию «РОП ");
        String text = (String) invitation.getContent();
        assertThat(text).contains("Здравствуйте, Наталья Белова!", issued.url(), "согласие на обработку",
                issued.url() + "/withdraw", "https://rop.example.ru/privacy");
        assertDurationAgreesWithItsCount(text);
        assertThat(invitations.current(candidate).orElseThrow().emailSentAt()).isNotNull();
        accounts.signOut();

        String token = issued.url().substring(issued.url().lastIndexOf('/') + 1);
        assessments.consent(token, "203.0.113.9", consentTexts.version());
        assessments.submit(token);

        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage notice = smtp.getReceivedMessages()[1];
        assertThat(notice.getAllRecipients()[0].toString()).isEqualTo(owner.email());
        assertThat(notice.getSubject()).isEqualTo("Наталья Белова завершил(а) онлайн-оценку");
        String position = invitation.getSubject().substring(invitation.getSubject().indexOf('«', 12));
        assertThat((String) notice.getContent()).contains("онлайн-оценку на позицию " + position);
    }

    /** «около 21 минуты», «около 25 минут»: never «около 21 минут». */
    private static void assertDurationAgreesWithItsCount(String text) {
        Matcher duration = Pattern.compile("Она займёт около (\\d+) (минуты|минут)\\.").matcher(text);
        assertThat(duration.find()).as(text).isTrue();
        int minutes = Integer.parseInt(duration.group(1));
        assertThat(duration.group(2)).isEqualTo(minutes % 10 == 1 && minutes % 100 != 11 ? "минуты" : "минут");
    }
}
