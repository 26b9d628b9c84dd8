package ru.rop.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.rop.portal.candidate.CandidateForms.aCandidate;
import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.common.UploadProperties;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyService;

/** The pipeline's rules, against the configured database (MariaDB in CI). */
@IntegrationTest
class CandidateServiceTest {

    @Autowired
    UploadProperties uploads;
    @Autowired
    CandidateService candidates;
    @Autowired
    VacancyService vacancies;
    @Autowired
    TestAccounts accounts;

    private long vacancy;
    private long otherVacancy;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void vacancies() {
        accounts.signIn(accounts.create(Role.HR).email());
        vacancy = vacancies.create(aVacancy().build()).id();
        otherVacancy = vacancies.create(aVacancy().build()).id();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private CandidateSummary add(String name) {
        return candidates.create(aCandidate(vacancy).withFullName(name).build());
    }

    @Test
    void aNewCandidateStartsAsNewWithHistoryAndCleanTags() {
        CandidateSummary created = candidates.create(aCandidate(vacancy).withTags(Set.of("B2B", " опыт CRM "))
                .build());
        assertThat(created.stage()).isEqualTo(Stage.NEW);
        assertThat(created.tags()).containsExactlyInAnyOrder("b2b", "опыт crm");
        CandidateDetails details = candidates.details(created.id());
        assertThat(details.history()).singleElement().satisfies(entry -> {
            assertThat(entry.fromStage()).isNull();
            assertThat(entry.toStage()).isEqualTo(Stage.NEW);
            assertThat(entry.changedBy()).startsWith("hr-");
        });
    }

    @Test
    void badInputIsRefusedWithTheFieldAndChangesNothing() {
        long before = candidates.count(vacancy, CandidateFilter.none());
        assertRefused(aCandidate(vacancy).withFullName("  "), "fullName", "field.required");
        assertRefused(aCandidate(vacancy).withFullName("Я".repeat(201)), "fullName", "field.too-long");
        assertRefused(aCandidate(vacancy).withEmail("petr@"), "email", "email.invalid");
        assertRefused(aCandidate(vacancy).withPhone("позвоните мне"), "phone", "phone.invalid");
        assertRefused(aCandidate(vacancy).withPhone("+7 912 34"), "phone", "phone.invalid");
        assertThat(candidates.count(vacancy, CandidateFilter.none())).isEqualTo(before);
    }

    private void assertRefused(CandidateForms form, String field, String key) {
        assertThatThrownBy(() -> candidates.create(form.build())).isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    assertThat(((UserFacingException) e).field()).isEqualTo(field);
                    assertThat(((UserFacingException) e).messageKey()).isEqualTo(key);
                });
    }

    @Test
    void theSameEmailOrPhoneInOneVacancyIsRefusedPointingAtTheExistingCandidate() {
        CandidateSummary first = candidates.create(aCandidate(vacancy).withFullName("Смирнова Анна")
                .withEmail("anna." + run + "@mail.ru").withPhone("+7 912 000-11-22").build());
        assertThatThrownBy(() -> candidates.create(aCandidate(vacancy).withEmail("ANNA." + run + "@MAIL.RU").build()))
                .isInstanceOf(DuplicateCandidateException.class)
                .satisfies(e -> {
                    assertThat(((DuplicateCandidateException) e).existingId()).isEqualTo(first.id());
                    assertThat(((DuplicateCandidateException) e).duplicatedField()).isEqualTo("email");
                    assertThat(((DuplicateCandidateException) e).params()).containsExactly("Смирнова Анна");
                });
        assertThatThrownBy(() -> candidates.create(aCandidate(vacancy).withPhone("8 912 000 11 22").build()))
                .isInstanceOf(DuplicateCandidateException.class)
                .extracting("duplicatedField").isEqualTo("phone");
    }

    @Test
    void acrossVacanciesTheSamePersonIsAllowedButFlagged() {
        String email = "igor." + run + "@mail.ru";
        CandidateSummary here = candidates.create(aCandidate(vacancy).withEmail(email).build());
        CandidateSummary there = candidates.create(aCandidate(otherVacancy).withEmail(email).build());
        assertThat(candidates.details(here.id()).elsewhere()).extracting(CandidateSummary::id)
                .containsExactly(there.id());
    }

    @Test
    void stageMovesFollowThePipelineRulesAndAreRecorded() {
        long id = add("Волков Олег").id();
        candidates.moveTo(id, Stage.INTERVIEW, null);
        candidates.moveTo(id, Stage.ASSESSMENT_DONE, null);
        assertMoveRefused(id, Stage.NEW, "stage.move.back-to-new");
        assertMoveRefused(id, Stage.HIRED, "stage.move.hired-needs-offer");
        assertMoveRefused(id, Stage.REJECTED, "stage.move.rejection-reason");
        candidates.moveTo(id, Stage.REJECTED, "Ожидания выше бюджета");
        assertMoveRefused(id, Stage.OFFER, "stage.move.reopen-only");
        candidates.moveTo(id, Stage.ASSESSMENT_DONE, null);
        candidates.moveTo(id, Stage.OFFER, null);
        candidates.moveTo(id, Stage.HIRED, null);
        assertMoveRefused(id, Stage.OFFER, "stage.move.from-hired");
        assertThat(candidates.details(id).history()).extracting(StageHistoryEntry::toStage).containsExactly(
                Stage.NEW, Stage.INTERVIEW, Stage.ASSESSMENT_DONE, Stage.REJECTED, Stage.ASSESSMENT_DONE, Stage.OFFER,
                Stage.HIRED);
        assertThat(candidates.details(id).history().get(3).reason()).isEqualTo("Ожидания выше бюджета");
    }

    private void assertMoveRefused(long id, Stage to, String key) {
        Stage before = candidates.find(id).orElseThrow().stage();
        assertThatThrownBy(() -> candidates.moveTo(id, to, null)).isInstanceOf(UserFacingException.class)
                .extracting("messageKey").isEqualTo(key);
        assertThat(candidates.find(id).orElseThrow().stage()).isEqualTo(before);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsToldTheDataChanged() {
        long id = add("Попов Роман").id();
        CandidateForm mine = candidates.form(id);
        CandidateForm theirs = candidates.form(id);
        candidates.update(id, CandidateForms.editing(mine).withCity("Самара").build());
        assertThatThrownBy(() -> candidates.update(id, CandidateForms.editing(theirs).withCity("Омск").build()))
                .isInstanceOf(UserFacingException.class).extracting("messageKey").isEqualTo("candidate.changed");
        assertThat(candidates.find(id).orElseThrow().city()).isEqualTo("Самара");
    }

    @Test
    void aResumeIsCheckedByItsContentNotItsName() throws IOException {
        long id = add("Лебедев Кирилл").id();
        assertResumeRefused(id, "resume.pdf", "это не PDF".getBytes(StandardCharsets.UTF_8), "resume.not-pdf-or-docx");
        assertResumeRefused(id, "resume.docx", zip("other.xml"), "resume.not-pdf-or-docx");
        assertResumeRefused(id, "resume.exe", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "resume.not-pdf-or-docx");
        assertResumeRefused(id, "resume.pdf", new byte[0], "resume.empty");
        byte[] big = new byte[Math.toIntExact(uploads.maxResumeSize().toBytes()) + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertResumeRefused(id, "big.pdf", big, "resume.too-big");
        assertThat(candidates.details(id).resume()).isNull();

        byte[] pdf = "%PDF-1.4\n% Резюме\n%%EOF".getBytes(StandardCharsets.UTF_8);
        ResumeInfo info = candidates.attachResume(id, "Лебедев.pdf", pdf);
        assertThat(info.contentType()).isEqualTo(ResumeCheck.PDF);
        assertThat(candidates.resume(id).orElseThrow().content()).isEqualTo(pdf);
        candidates.attachResume(id, "Лебедев.docx", zip("word/document.xml"));
        assertThat(candidates.details(id).resume().contentType()).isEqualTo(ResumeCheck.DOCX);
    }

    private void assertResumeRefused(long id, String name, byte[] content, String key) {
        assertThatThrownBy(() -> candidates.attachResume(id, name, content)).isInstanceOf(UserFacingException.class)
                .extracting("messageKey").isEqualTo(key);
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void csvExportOpensInExcelWithCyrillic() {
        candidates.create(aCandidate(vacancy).withFullName("Фёдоров Виктор").withPhone("+7 912 111-22-33")
                .withSource(Source.AGENCY).withCurrentPosition("=HYPERLINK(\"http://x\")")
                .withCurrentCompany("Вектор; Трейд").build());
        String csv = new String(candidates.exportCsv(vacancy), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"ФИО\";\"E-mail\";\"Телефон\"");
        assertThat(csv).contains("\"Фёдоров Виктор\"", "\"+7 912 111-22-33\"", "\"Вектор; Трейд\"",
                "\"Кадровое агентство\"", "\"Новые\"", "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(csv.lines().count()).isEqualTo(2);
    }

    @Test
    void searchFindsByNameEmailPhoneAndTag() {
        CandidateSummary found = candidates.create(aCandidate(vacancy).withFullName("Егорова Светлана " + run)
                .withEmail("sveta." + run + "@mail.ru").withPhone("+7 (933) 444-55-66")
                .withTags(Set.of("дистрибуция-" + run)).build());
        assertThat(candidates.search("Светлана " + run)).extracting(CandidateSummary::id).contains(found.id());
        assertThat(candidates.search("SVETA." + run)).extracting(CandidateSummary::id).contains(found.id());
        assertThat(candidates.search("8 933 444 55 66")).extracting(CandidateSummary::id).contains(found.id());
        assertThat(candidates.search("дистрибуция-" + run)).extracting(CandidateSummary::id).containsExactly(found.id());
        assertThat(candidates.search("x")).isEmpty();
    }

    @Test
    void theGridPagesSortsAndFilters() {
        for (String name : List.of("Б", "А", "Г", "В", "Д")) {
            add(name + " " + run);
        }
        long moved = candidates.page(vacancy, CandidateFilter.none(), Sort.by("fullName"), 0, 10).get(0).id();
        candidates.moveTo(moved, Stage.INTERVIEW, null);
        assertThat(candidates.count(vacancy, CandidateFilter.none())).isEqualTo(5);
        assertThat(candidates.page(vacancy, CandidateFilter.none(), Sort.by("fullName"), 2, 2))
                .extracting(CandidateSummary::fullName).containsExactly("В " + run, "Г " + run);
        // An offset that is not a multiple of the limit still gets a full window.
        assertThat(candidates.page(vacancy, CandidateFilter.none(), Sort.by("fullName"), 1, 3))
                .extracting(CandidateSummary::fullName).containsExactly("Б " + run, "В " + run, "Г " + run);
        assertThat(candidates.page(vacancy, CandidateFilter.none(), Sort.by(Sort.Direction.DESC, "fullName"), 0, 1))
                .extracting(CandidateSummary::fullName).containsExactly("Д " + run);
        assertThat(candidates.count(vacancy, new CandidateFilter(null, Set.of(Stage.INTERVIEW)))).isEqualTo(1);
        assertThat(candidates.count(vacancy, new CandidateFilter("Г " + run, Set.of()))).isEqualTo(1);
        assertThat(candidates.board(vacancy)).filteredOn(c -> c.stage() == Stage.NEW).singleElement()
                .satisfies(column -> assertThat(column.total()).isEqualTo(4));
    }

    @Test
    void erasingACandidateRemovesEverythingOfThePerson() {
        long id = candidates.create(aCandidate(vacancy).withFullName("Степанов Максим").withPhone("+7 912 999-88-77")
                .build()).id();
        candidates.attachResume(id, "cv.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        candidates.erase(id);
        assertThat(candidates.find(id)).isEmpty();
        assertThat(candidates.resume(id)).isEmpty();
        assertThat(candidates.search("Степанов Максим")).extracting(CandidateSummary::id).doesNotContain(id);
    }

    @Test
    void withoutARoleNothingIsReachable() {
        accounts.signOut();
        assertThatThrownBy(() -> candidates.search("Иван")).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        assertThat(candidates.search("Иван")).isNotNull();
    }
}
