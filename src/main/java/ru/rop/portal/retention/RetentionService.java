package ru.rop.portal.retention;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.PrivacyProperties;
import ru.rop.portal.common.Sha256;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Roles;

/**
 * The owner's view of retention: whose personal data is due for destruction and when, the destruction acts, and
 * destroying what is due now instead of waiting for the night.
 */
@Service
@RolesAllowed(Roles.OWNER)
public class RetentionService {

    private final RetentionPlan plan;
    private final RetentionRun run;
    private final DestructionActRepository acts;
    private final ActFiles files;
    private final CurrentActor actor;
    private final Clock clock;
    private final int retentionDays;

    RetentionService(RetentionPlan plan, RetentionRun run, DestructionActRepository acts, ActFiles files,
                     CurrentActor actor, Clock clock, PrivacyProperties privacy) {
        this.retentionDays = privacy.retentionDays();
        this.plan = plan;
        this.run = run;
        this.acts = acts;
        this.files = files;
        this.actor = actor;
        this.clock = clock;
    }

    /** Days the data is kept after the hiring decision without a talent-pool consent. */
    public int retentionDays() {
        return retentionDays;
    }

    /** Every decided candidate, the earliest due date first. */
    @Transactional(readOnly = true)
    public List<DueErasure> due() {
        return plan.at(clock.instant());
    }

    /**
     * @return how many candidates were erased
     * @throws UserFacingException {@code retention.busy} while another instance's run holds the lock too long
     */
    public int eraseDueNow() {
        try {
            return run.run(actor.name());
        } catch (PessimisticLockingFailureException e) {
            throw new UserFacingException("retention.busy");
        }
    }

    @Transactional(readOnly = true)
    public List<DestructionActSummary> acts() {
        return acts.findAllByOrderByIdDesc().stream().map(DestructionAct::toSummary).toList();
    }

    /**
     * @throws UserFacingException {@code retention.act.missing} when the file is gone from the disk or no longer
     *                             matches its checksum
     */
    @Transactional(readOnly = true)
    public ActFile act(long number) {
        DestructionAct act = acts.findById(number)
                .orElseThrow(() -> new UserFacingException("retention.act.missing", number));
        Optional<byte[]> content = files.read(act.getFileName())
                .filter(bytes -> Sha256.hex(bytes).equals(act.getSha256()));
        return new ActFile(act.getFileName(), content
                .orElseThrow(() -> new UserFacingException("retention.act.missing", number)));
    }
}
