package ru.rop.portal.documents;

import java.time.Instant;

/** @param note e.g. «restored from version 2»; null for an ordinary save */
public record VersionInfo(int number, String note, String savedBy, Instant savedAt) {
}
