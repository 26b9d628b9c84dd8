package ru.rop.portal.privacy;

/**
 * What the withdrawal page shows before the candidate confirms: whose consent it is, for which position.
 *
 * @param consented the consent was given; before it, the link still erases what the company holds on the person
 */
public record ConsentWithdrawal(String companyName, String position, boolean consented) {
}
