package ru.rop.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import ru.rop.portal.TestData;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/**
 * Real HTTP from loopback to the embedded Tomcat: a forged X-Forwarded-For does not move a guesser to a fresh address
 * unless loopback is a configured proxy, and an address that is refused gets one answer for every link. Its own
 * contexts (the property below), so the guessing here never throttles loopback for the browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rop.trusted-proxies=")
@ActiveProfiles("test")
class ForwardedAddressTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    InvitationService invitations;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;

    String valid;

    @BeforeEach
    void validLink() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        String url = invitations.invite(data.candidate(data.vacancy(), "Честная Анна"), 7).url();
        valid = url.substring(url.lastIndexOf('/') + 1);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    HttpResponse<String> open(String token, String forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/a/" + token));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String wrong() {
        return UUID.randomUUID().toString().replace("-", "") + "guess";
    }

    @Test
    void aForgedForwardedAddressIsIgnoredAndARefusedAddressGetsOneAnswerForEveryLink() throws Exception {
        int refusedAt = -1;
        for (int attempt = 1; attempt <= 12 && refusedAt < 0; attempt++) {
            if (open(wrong(), "203.0.113." + attempt).statusCode() == 429) {
                refusedAt = attempt;
            }
        }
        assertThat(refusedAt).as("every forged address counts against loopback: the tenth wrong link is refused")
                .isEqualTo(10);

        HttpResponse<String> invalid = open(wrong(), "203.0.113.99");
        HttpResponse<String> real = open(valid, "203.0.113.100");
        assertThat(invalid.statusCode()).isEqualTo(429);
        assertThat(real.statusCode()).as("a valid link from the refused address").isEqualTo(429);
        assertThat(real.body()).isEqualTo(invalid.body()).contains("Слишком много попыток");
        assertThat(real.headers().firstValue("Retry-After")).isEqualTo(invalid.headers().firstValue("Retry-After"));
        assertThat(real.headers().firstValue("Content-Type")).isEqualTo(invalid.headers().firstValue("Content-Type"));
    }

    @Nested
    @TestPropertySource(properties = "rop.trusted-proxies=127.0.0.1, ::1")
    class WhenLoopbackIsATrustedProxy {

        @Test
        void theForwardedAddressIsTheClients() throws Exception {
            for (int attempt = 1; attempt <= 12; attempt++) {
                assertThat(open(wrong(), "203.0.113." + attempt).statusCode())
                        .as("each forwarded address is its own client").isNotEqualTo(429);
            }
            String guesser = "198.51.100.7";
            int refusedAt = -1;
            for (int attempt = 1; attempt <= 12 && refusedAt < 0; attempt++) {
                if (open(wrong(), "192.0.2.1, " + guesser).statusCode() == 429) {
                    refusedAt = attempt;
                }
            }
            assertThat(refusedAt).as("the proxy's last hop is the client; what the client claims before it is not")
                    .isEqualTo(10);
            assertThat(open(valid, guesser).statusCode()).isEqualTo(429);
            assertThat(open(valid, "198.51.100.8").statusCode()).as("another client behind the proxy").isEqualTo(200);
            assertThat(open(valid, null).statusCode()).as("the proxy itself").isEqualTo(200);
        }
    }
}
