/** Shared building blocks every feature may use: i18n, content loading, API errors, the main layout. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package ru.rop.portal.common;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
