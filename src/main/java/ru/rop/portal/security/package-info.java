/**
 * Accounts of owners and HR, sign-in with lockout, user management, API keys with bearer authentication, and the
 * security filter chains; {@link ru.rop.portal.security.Roles} names the roles every feature checks.
 */
@ApplicationModule(allowedDependencies = {"common"})
@NullMarked
package ru.rop.portal.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
