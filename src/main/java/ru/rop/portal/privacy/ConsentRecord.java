package ru.rop.portal.privacy;

import java.time.Instant;

/**
 * A candidate's consent to the processing of personal data as recorded: the version, when, from which address,
 * and the exact words agreed to.
 *
 * @param text the words as the candidate read them; null when an older record kept only their hash and the
 *             current file no longer has them
 * @param textHash SHA-256 of the text, which proves the words were not changed since
 */
public record ConsentRecord(String version, Instant at, String address, String text, String textHash) {
}
