package ru.rop.portal.common.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * E-mail through the SMTP server in the configuration ({@code spring.mail.host} and the rest of
 * {@code spring.mail.*}, sender {@code rop.mail.from}).
 * Without one nothing is sent and callers say so to the user; a failed send is reported, never thrown at them.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${rop.mail.from:}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public boolean configured() {
        return sender.getIfAvailable() != null && StringUtils.hasText(from);
    }

    /** A file sent with the text, e.g. a calendar invitation ({@code text/calendar; method=REQUEST}). */
    public record MailFile(String name, String contentType, byte[] content) {
    }

    /** @return whether the server accepted the message */
    public boolean send(String to, String subject, String text) {
        return send(to, subject, text, null);
    }

    /** @param file attached after the text, or null for none */
    public boolean send(String to, String subject, String text, MailFile file) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || !StringUtils.hasText(from)) {
            return false;
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, file != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
            if (file != null) {
                helper.addAttachment(file.name(), new ByteArrayResource(file.content()), file.contentType());
            }
            mail.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            // Messages of mail errors can carry the address, which is personal data: only the kind is logged.
            log.warn("E-mail not sent: {}", e.getClass().getSimpleName());
            return false;
        }
    }
}
