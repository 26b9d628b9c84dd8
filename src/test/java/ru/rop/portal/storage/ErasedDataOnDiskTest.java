package ru.rop.portal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.rop.portal.candidate.CandidateForms.aCandidate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import ru.rop.portal.TestData;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/**
 * Erasure reaches the disk: after DELETE /api/v1/candidates/{id} and the scrub that follows erasures, the stopped
 * H2 file holds no byte sequence of the person's e-mail, phone or case answer, neither in UTF-8 nor in the
 * encoding H2 writes strings in (for Cyrillic not UTF-8: the file never holds the answer's UTF-8 bytes).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class ErasedDataOnDiskTest {

    private static final Path DIR = Path.of("target", "erasure-on-disk", UUID.randomUUID().toString())
            .toAbsolutePath();
    private static final Path FILE = DIR.resolve("rop-portal.mv.db");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DiskFullScenario.h2Url("file:" + DIR.resolve("rop-portal")));
        // CI points the application at MariaDB with its own user; this test owns its H2 file and its user.
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
        registry.add("rop.data-dir", DIR::toString);
    }

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    CaseService cases;
    @Autowired
    CaseLibrary caseLibrary;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    DatabaseScrub scrub;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void afterErasureAndTheScrubTheStoppedFileHoldsNothingOfThePerson() throws Exception {
        accounts.signIn(accounts.create(Role.HR).email());
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "disk-erase-" + run + "@mail.test";
        String phone = "+7 913 " + ThreadLocalRandom.current().nextInt(100, 1000) + "-"
                + ThreadLocalRandom.current().nextInt(10, 100) + "-" + ThreadLocalRandom.current().nextInt(10, 100);
        String answer = "Сначала разберу воронку Жмеринского филиала " + run;
        long candidate = candidates.create(aCandidate(data.vacancy()).withFullName("Дисков Фёдор " + run)
                .withEmail(email).withPhone(phone).withCity("Томск").withCurrentPosition("РОП")
                .withCurrentCompany("ООО «Прежняя»").withExpectedSalary(250000).build()).id();
        long assignment = cases.assign(candidate, caseLibrary.cases().getFirst().id(), CaseMode.ORAL);
        cases.saveAnswer(assignment, null, answer);
        // A few edits, as a person types: every version of the text is a copy in the file.
        String edited = answer + ", затем поговорю с командой";
        cases.saveAnswer(assignment, answer, edited);
        cases.saveAnswer(assignment, edited, answer);
        String storedPhone = jdbc.queryForObject("SELECT phone FROM candidate WHERE id = ?", String.class, candidate);
        Map<String, byte[]> needles = needles(email, storedPhone, answer);
        jdbc.execute("CHECKPOINT");
        // H2 writes Cyrillic in its own encoding, not as UTF-8: a search for UTF-8 alone would find nothing anyway.
        assertThat(found(needles)).as("the person's data is in the file before erasure")
                .containsAll(needles.keySet().stream().filter(needle -> needle.startsWith("H2")).toList());

        mvc.perform(delete("/api/v1/candidates/" + candidate)
                .header("Authorization", "Bearer test-bootstrap-key-0123456789abcdef"))
                .andExpect(status().isNoContent());
        assertThat(scrub.scrub()).as("the file is rewritten").isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM candidate WHERE id = ?", Integer.class, candidate))
                .as("the database serves again after the rewrite").isZero();

        // Stopped as a crash or kill -9 stops it: no housekeeping on close, the file exactly as it was on disk. A
        // normal close compacts for up to 200 ms, which on a small test database happens to hide the old copies.
        jdbc.execute("SHUTDOWN IMMEDIATELY");
        assertThat(found(needles)).as("erased data still readable in the stopped file").isEmpty();
    }

    /** Each text as UTF-8 and as H2 stores strings (its own variant of UTF-8 without continuation marks). */
    private static Map<String, byte[]> needles(String... texts) {
        Map<String, byte[]> needles = new LinkedHashMap<>();
        for (String text : texts) {
            needles.put("UTF-8 «" + text + "»", text.getBytes(StandardCharsets.UTF_8));
            needles.put("H2 «" + text + "»", h2String(text));
        }
        return needles;
    }

    /** H2's DataUtils.writeStringData: UTF-8 lead bytes, continuation bytes without their high bits. */
    private static byte[] h2String(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0x800) {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            } else {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static List<String> found(Map<String, byte[]> needles) throws Exception {
        byte[] file = Files.readAllBytes(FILE);
        return needles.entrySet().stream().filter(needle -> contains(file, needle.getValue())).map(Map.Entry::getKey)
                .toList();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
