package ru.rop.portal.retention;

import java.time.Instant;
import java.util.List;
import ru.rop.portal.candidate.ErasedCandidate;
import ru.rop.portal.candidate.ErasureReason;

/**
 * What one destruction act states.
 *
 * @param operator        the operator's name (the company)
 * @param operatorAddress the operator's address; blank to be written in by hand on the printed act
 * @param subjects        the people whose data was destroyed, the only place their names remain
 */
record ActContent(long number, Instant date, String operator, String operatorAddress, ErasureReason reason,
                  List<ErasedCandidate> subjects) {
}
