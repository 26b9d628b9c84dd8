package ru.rop.portal.documents;

/** @param version the saved version the content comes from; 0 for the library's proposal */
public record JobDescriptionDraft(long vacancyId, String vacancyTitle, JobDescriptionContent content, int version) {
}
