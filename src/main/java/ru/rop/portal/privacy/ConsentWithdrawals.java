package ru.rop.portal.privacy;

import java.util.Optional;

/**
 * The withdrawal of the consent through the candidate's link, as the withdrawal page needs it. The online
 * assessment, which issued the link and holds what it collected, carries it out.
 */
public interface ConsentWithdrawals {

    /** Whether this address is refused for now after too many links that open nothing. */
    boolean throttled(String address);

    /** What the page shows before the candidate confirms; empty for a link that opens nothing. */
    Optional<ConsentWithdrawal> withdrawal(String token, String address);

    /** Withdraws the consent and erases what the company holds on the person. */
    void withdraw(String token);
}
