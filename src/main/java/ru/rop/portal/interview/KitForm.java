package ru.rop.portal.interview;

import java.util.List;

/** @param version the version the editor loaded, {@code null} when it started from a proposal */
public record KitForm(int lengthMinutes, List<String> questionIds, Long version) {
}
