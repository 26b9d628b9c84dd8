package ru.rop.portal.privacy;

import java.util.List;

/** The privacy policy as a candidate reads it, with the operator's details filled in. */
public record PrivacyPolicyText(String version, String title, List<Section> sections) {

    /** @param text paragraphs separated by a blank line; a paragraph of lines starting «- » is a list */
    public record Section(String heading, String text) {
    }
}
