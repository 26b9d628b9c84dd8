package ru.rop.portal.cases;

/** How a case is answered: in writing in the online assessment, or aloud in the interview. */
public enum CaseMode {
    WRITTEN, ORAL
}
