/**
 * The {@code demo} profile's company: vacancies, candidates and, for the assessed ones, everything a real hiring
 * leaves behind, made through the real services so every screen, report and chart has content on the first start.
 */
package ru.rop.portal.demo;
