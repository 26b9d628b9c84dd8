package ru.rop.portal.candidate;

/**
 * What another feature holds on a candidate (answers, interviews, the profile), for the export of everything held
 * on one person (a data-subject access request), without the candidate feature depending on those features.
 * Called only by {@link PersonalDataExport}, which checks the role.
 */
public interface PersonalDataSection {

    /** The entry of this feature's data in the exported file, e.g. {@code assessment}. */
    String key();

    /** Everything this feature holds on the candidate, as records Jackson writes; empty collections when none. */
    Object personalData(long candidateId);
}
