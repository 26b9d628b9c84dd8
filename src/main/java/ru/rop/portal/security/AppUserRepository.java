package ru.rop.portal.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByEmail(String email);

    /**
     * For the sign-in bookkeeping: two sign-ins to one account at the same moment (a laptop and a phone) wait for
     * each other instead of one failing on the account's version, and every wrong password counts.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.id = :id")
    Optional<AppUser> lockById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.email = :email")
    Optional<AppUser> lockByEmail(String email);

    long countByRoleAndStatus(Role role, UserStatus status);

    /** Whether a session signed in as this account may go on: still active, same role, no sessions ended since. */
    boolean existsByIdAndStatusAndRoleAndSessionVersion(long id, UserStatus status, Role role, long sessionVersion);
}
