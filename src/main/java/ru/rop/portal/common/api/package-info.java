/** The REST API's shared behaviour: problem+json errors, the request body limit, the OpenAPI description. */
@NullMarked
package ru.rop.portal.common.api;

import org.jspecify.annotations.NullMarked;
