package ru.rop.portal.assessment;

import ru.rop.portal.common.StaleEditException;

/** The consent's text got a new version after the page showed it: the candidate reads the new one first. */
public class ConsentChangedException extends StaleEditException {

    public ConsentChangedException() {
        super("assessment.consent.changed");
    }
}
