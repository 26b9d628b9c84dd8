package ru.rop.portal.security;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts by name and e-mail for features that put people on a meeting, without the owner-only user
 * management. Carries no role check: its callers (the scheduling service, the reminder job) are the authority.
 */
@Component
public class StaffDirectory {

    private final AppUserRepository users;

    StaffDirectory(AppUserRepository users) {
        this.users = users;
    }

    /** Active accounts by name: the ones who can be invited. */
    @Transactional(readOnly = true)
    public List<StaffMember> active() {
        return users.findAll(Sort.by("displayName", "email")).stream()
                .filter(user -> user.getStatus() == UserStatus.ACTIVE).map(StaffDirectory::member).toList();
    }

    /** The accounts with these ids, disabled ones too (a meeting keeps showing who was on it). */
    @Transactional(readOnly = true)
    public List<StaffMember> byIds(Collection<Long> ids) {
        return users.findAllById(ids).stream().map(StaffDirectory::member).toList();
    }

    private static StaffMember member(AppUser user) {
        return new StaffMember(user.getId(), user.getEmail(), user.getDisplayName());
    }
}
