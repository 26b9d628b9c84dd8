package ru.rop.portal.candidate;

import java.util.Set;
import java.util.UUID;

/**
 * Candidate forms for tests: a valid new candidate unless the test says otherwise, so a test names only what it is
 * about. The default e-mail is unique because a vacancy refuses a second candidate with the same one.
 */
public final class CandidateForms {

    private final long vacancyId;
    private String fullName = "Иванов Иван";
    private String email = UUID.randomUUID().toString().substring(0, 8) + "@mail.test";
    private String phone;
    private String city;
    private Source source = Source.REFERRAL;
    private String currentPosition;
    private String currentCompany;
    private Integer expectedSalary;
    private String notes;
    private Set<String> tags = Set.of();
    private long version = -1;

    private CandidateForms(long vacancyId) {
        this.vacancyId = vacancyId;
    }

    /** A new candidate of the vacancy who came by referral. */
    public static CandidateForms aCandidate(long vacancyId) {
        return new CandidateForms(vacancyId);
    }

    /** A saved candidate edited: every field and the version as the form was loaded. */
    public static CandidateForms editing(CandidateForm form) {
        CandidateForms edit = new CandidateForms(form.vacancyId());
        edit.fullName = form.fullName();
        edit.email = form.email();
        edit.phone = form.phone();
        edit.city = form.city();
        edit.source = form.source();
        edit.currentPosition = form.currentPosition();
        edit.currentCompany = form.currentCompany();
        edit.expectedSalary = form.expectedSalary();
        edit.notes = form.notes();
        edit.tags = form.tags();
        edit.version = form.version();
        return edit;
    }

    public CandidateForms withFullName(String fullName) {
        this.fullName = fullName;
        return this;
    }

    public CandidateForms withEmail(String email) {
        this.email = email;
        return this;
    }

    public CandidateForms withPhone(String phone) {
        this.phone = phone;
        return this;
    }

    public CandidateForms withCity(String city) {
        this.city = city;
        return this;
    }

    public CandidateForms withSource(Source source) {
        this.source = source;
        return this;
    }

    public CandidateForms withCurrentPosition(String currentPosition) {
        this.currentPosition = currentPosition;
        return this;
    }

    public CandidateForms withCurrentCompany(String currentCompany) {
        this.currentCompany = currentCompany;
        return this;
    }

    public CandidateForms withExpectedSalary(Integer expectedSalary) {
        this.expectedSalary = expectedSalary;
        return this;
    }

    public CandidateForms withNotes(String notes) {
        this.notes = notes;
        return this;
    }

    public CandidateForms withTags(Set<String> tags) {
        this.tags = tags;
        return this;
    }

    public CandidateForm build() {
        return new CandidateForm(vacancyId, fullName, email, phone, city, source, currentPosition, currentCompany,
                expectedSalary, notes, tags, version);
    }
}
