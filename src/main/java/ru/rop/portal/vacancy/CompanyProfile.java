package ru.rop.portal.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one company of this installation; its row always has id 1. */
@Entity
@Table(name = "company_profile")
class CompanyProfile {

    static final long THE_COMPANY = 1L;

    @Id
    private Long id = THE_COMPANY;
    @Column(nullable = false, length = 200)
    private String name;
    private String industry;
    private String products;
    @Enumerated(EnumType.STRING)
    private SalesModel salesModel;
    private Integer salesTeamSize;
    private String ropReportsTo;
    private String keyKpis;
    private String operatorAddress;
    private String privacyEmail;
    @Column(nullable = false)
    private Instant updatedAt;
    @Column(nullable = false)
    private String updatedBy;
    @Version
    private long version;

    void apply(CompanyProfileForm form, String by, Instant at) {
        name = form.name();
        industry = form.industry();
        products = form.products();
        salesModel = form.salesModel();
        salesTeamSize = form.salesTeamSize();
        ropReportsTo = form.ropReportsTo();
        keyKpis = form.keyKpis();
        updatedBy = by;
        updatedAt = at;
    }

    CompanyProfileForm toForm() {
        return new CompanyProfileForm(name, industry, products, salesModel, salesTeamSize, ropReportsTo, keyKpis,
                version);
    }

    void operator(String address, String email, String by, Instant at) {
        operatorAddress = address;
        privacyEmail = email;
        updatedBy = by;
        updatedAt = at;
    }

    PersonalDataOperator toOperator() {
        return new PersonalDataOperator(name, operatorAddress, privacyEmail, version);
    }

    long getVersion() {
        return version;
    }
}
