/**
 * Screens of the {@code privacy} feature (the policy, the withdrawal page, the talent pool on the completion page and
 * on the candidate's card); they reach the feature through its services. Named interface {@code ui}: the online
 * assessment's pages link to the policy and the withdrawal and show the talent-pool panel.
 */
@NamedInterface("ui")
@NullMarked
package ru.rop.portal.privacy.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
