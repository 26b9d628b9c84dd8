/**
 * Interview scheduling: meetings with a candidate (time, interviewers, place or video link), calendar invitations
 * (iCalendar) by e-mail, the candidate's tokened page to confirm or ask for another time, reminders, the API.
 */
@ApplicationModule(allowedDependencies = {"assessment", "candidate", "common", "interview", "security", "vacancy"})
@NullMarked
package ru.rop.portal.scheduling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
