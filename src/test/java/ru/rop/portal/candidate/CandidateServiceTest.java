package ru.rop.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import ru.rop.portal.vacancy.VacancyForm;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancyStatus;

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
        vacancy = newVacancy("РОП " + run);
        otherVacancy = newVacancy("РОП (второй офис) " + run);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private long newVacancy(String title) {
        return vacancies.create(new VacancyForm(title, "ООО «Тест»", null, null, null, VacancyStatus.OPEN, null, null,
                null, null, -1)).id();
    }

    private CandidateForm form(long vacancyId, String name, String email, String phone) {
        return new CandidateForm(vacancyId, name, email, phone, "Казань", Source.REFERRAL, "РОП", "ТехноСнаб",
                300_000, "Сильный в B2B", Set.of("B2B", " опыт CRM "), -1);
    }

    private CandidateSummary add(String name, String phone) {
        return candidates.create(form(vacancy, name, name.hashCode() + "." + run + "@example.ru", phone));
    }

    @Test
    void aNewCandidateStartsAsNewWithHistoryAndCleanTags() {
        CandidateSummary created = add("Иванов Пётр", "8 (912) 345-67-89");
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
        assertRefused(form(vacancy, "  ", "a@b.ru", null), "fullName", "field.required");
        assertRefused(form(vacancy, "Я".repeat(201), "a@b.ru", null), "fullName", "field.too-long");
        assertRefused(form(vacancy, "Пётр", "petr@", null), "email", "email.invalid");
        assertRefused(form(vacancy, "Пётр", "petr@mail.ru", "позвоните мне"), "phone", "phone.invalid");
        assertRefused(form(vacancy, "Пётр", "petr@mail.ru", "+7 912 34"), "phone", "phone.invalid");
        assertThat(candidates.count(vacancy, CandidateFilter.none())).isEqualTo(before);
    }

    private void assertRefused(CandidateForm form, String field, String key) {
        assertThatThrownBy(() -> candidates.create(form)).isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    assertThat(((UserFacingException) e).field()).isEqualTo(field);
                    assertThat(((UserFacingException) e).messageKey()).isEqualTo(key);
                });
    }

    @Test
    void theSameEmailOrPhoneInOneVacancyIsRefusedPointingAtTheExistingCandidate() {
        CandidateSummary first = candidates.create(form(vacancy, "Смирнова Анна", "anna." + run + "@mail.ru",
                "+7 912 000-11-22"));
        assertThatThrownBy(() -> candidates.create(form(vacancy, "Анна Смирнова", "ANNA." + run + "@MAIL.RU", null)))
                .isInstanceOf(DuplicateCandidateException.class)
                .satisfies(e -> {
                    assertThat(((DuplicateCandidateException) e).existingId()).isEqualTo(first.id());
                    assertThat(((DuplicateCandidateException) e).duplicatedField()).isEqualTo("email");
                    assertThat(((DuplicateCandidateException) e).params()).containsExactly("Смирнова Анна");
                });
        assertThatThrownBy(() -> candidates.create(form(vacancy, "А. Смирнова", "other." + run + "@mail.ru",
                "8 912 000 11 22")))
                .isInstanceOf(DuplicateCandidateException.class)
                .extracting("duplicatedField").isEqualTo("phone");
    }

    @Test
    void acrossVacanciesTheSamePersonIsAllowedButFlagged() {
        CandidateSummary here = candidates.create(form(vacancy, "Козлов Игорь", "igor." + run + "@mail.ru", null));
        CandidateSummary there = candidates.create(form(otherVacancy, "Козлов Игорь", "igor." + run + "@mail.ru",
                null));
        assertThat(candidates.details(here.id()).elsewhere()).extracting(CandidateSummary::id)
                .containsExactly(there.id());
    }

    @Test
    void stageMovesFollowThePipelineRulesAndAreRecorded() {
        long id = add("Волков Олег", null).id();
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
        long id = add("Попов Роман", null).id();
        CandidateForm mine = candidates.form(id);
        CandidateForm theirs = candidates.form(id);
        candidates.update(id, withCity(mine, "Самара"));
        assertThatThrownBy(() -> candidates.update(id, withCity(theirs, "Омск")))
                .isInstanceOf(UserFacingException.class).extracting("messageKey").isEqualTo("candidate.changed");
        assertThat(candidates.find(id).orElseThrow().city()).isEqualTo("Самара");
    }

    private static CandidateForm withCity(CandidateForm form, String city) {
        return new CandidateForm(form.vacancyId(), form.fullName(), form.email(), form.phone(), city, form.source(),
                form.currentPosition(), form.currentCompany(), form.expectedSalary(), form.notes(), form.tags(),
                form.version());
    }

    @Test
    void aResumeIsCheckedByItsContentNotItsName() throws IOException {
        long id = add("Лебедев Кирилл", null).id();
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
        candidates.create(new CandidateForm(vacancy, "Фёдоров Виктор", "viktor." + run + "@mail.ru",
                "+7 912 111-22-33", "Москва", Source.AGENCY, "=HYPERLINK(\"http://x\")", "Вектор; Трейд", null,
                null, Set.of("тендеры"), -1));
        String csv = new String(candidates.exportCsv(vacancy), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"ФИО\";\"E-mail\";\"Телефон\"");
        assertThat(csv).contains("\"Фёдоров Виктор\"", "\"+7 912 111-22-33\"", "\"Вектор; Трейд\"",
                "\"Кадровое агентство\"", "\"Новые\"", "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(csv.lines().count()).isEqualTo(2);
    }

    @Test
    void searchFindsByNameEmailPhoneAndTag() {
        CandidateSummary found = candidates.create(new CandidateForm(vacancy, "Егорова Светлана " + run,
                "sveta." + run + "@mail.ru", "+7 (933) 444-55-66", null, null, null, null, null, null,
                Set.of("дистрибуция-" + run), -1));
        assertThat(candidates.search("Светлана " + run)).extracting(CandidateSummary::id).contains(found.id());
        assertThat(candidates.search("SVETA." + run)).extracting(CandidateSummary::id).contains(found.id());
        assertThat(candidates.search("8 933 444 55 66")).extracting(CandidateSummary::id).contains(found.id());
        assertThat(candidates.search("дистрибуция-" + run)).extracting(CandidateSummary::id).containsExactly(found.id());
        assertThat(candidates.search("x")).isEmpty();
    }

    @Test
    void theGridPagesSortsAndFilters() {
        for (String name : List.of("Б", "А", "Г", "В", "Д")) {
            add(name + " " + run, null);
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
        long id = add("Степанов Максим", "+7 912 999-88-77").id();
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
