package ru.rop.portal.documents;

/** The two documents made from one job description content. */
public enum DocumentKind {
    JOB_DESCRIPTION("documents/job-description.ftl", "job-description"),
    RIGHTS("documents/rights.ftl", "rights");

    private final String template;
    private final String fileName;

    DocumentKind(String template, String fileName) {
        this.template = template;
        this.fileName = fileName;
    }

    String template() {
        return template;
    }

    public String fileName() {
        return fileName;
    }

    public String labelKey() {
        return "document.kind." + name();
    }
}
