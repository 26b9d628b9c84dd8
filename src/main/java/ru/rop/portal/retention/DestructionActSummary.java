package ru.rop.portal.retention;

import java.time.Instant;
import java.util.Set;
import ru.rop.portal.candidate.ErasureReason;

/**
 * @param number     the act's number, printed in it
 * @param subjects   how many people the act covers
 * @param erasureIds the anonymous erasure records the act lists
 */
public record DestructionActSummary(long number, Instant createdAt, ErasureReason reason, int subjects,
                                    String fileName, String sha256, Set<Long> erasureIds) {
}
