package ru.rop.portal.common.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Without it an unknown /api/v1 path would fall through to Vaadin and answer with an HTML page. */
@Hidden
@RestController
class UnknownApiPathController {

    @RequestMapping("/api/v1/**")
    void unknown() {
        throw ApiProblemException.notFound("api.problem.unknown-path");
    }
}
