/**
 * The data folder on disk and the embedded H2 database in it: commits that reach the file before they are
 * acknowledged, health that sees a full disk or a closed database, 503 instead of a login redirect while the
 * database cannot serve, and the nightly rewrite of the H2 file that leaves erased personal data nowhere in it.
 * Everything H2-specific is switched on only when the datasource is an H2 file database.
 */
@ApplicationModule(allowedDependencies = {"candidate", "common"})
@NullMarked
package ru.rop.portal.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
