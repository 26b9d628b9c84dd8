/** The owner's cockpit: hiring numbers per vacancy (funnel, time in stage, sources, invitations, waiting work). */
package ru.rop.portal.analytics;
