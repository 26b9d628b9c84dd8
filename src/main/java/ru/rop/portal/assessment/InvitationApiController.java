package ru.rop.portal.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.common.api.ApiProblemException;

@RestController
@Tag(name = "Онлайн-оценка", description = "Приглашения кандидатов на онлайн-оценку")
class InvitationApiController {

    record NewInvitation(Integer expiresInDays) {
    }

    /** @param emailSent false when mail is not configured or the server refused: then pass the link on yourself */
    record InvitationAnswer(String url, Instant expiresAt, boolean emailSent) {
    }

    private final InvitationService invitations;
    private final CandidateService candidates;

    InvitationApiController(InvitationService invitations, CandidateService candidates) {
        this.invitations = invitations;
        this.candidates = candidates;
    }

    @PostMapping("/api/v1/candidates/{id}/invitations")
    @Operation(summary = "Пригласить кандидата на онлайн-оценку: ссылка, срок и письмо (если почта настроена)")
    ResponseEntity<InvitationAnswer> invite(@PathVariable long id, @RequestBody(required = false) NewInvitation body) {
        if (candidates.find(id).isEmpty()) {
            throw ApiProblemException.notFound("candidate.not-found", id);
        }
        IssuedInvitation issued = invitations.invite(id, body == null ? null : body.expiresInDays());
        return ResponseEntity.created(URI.create("/api/v1/candidates/" + id))
                .body(new InvitationAnswer(issued.url(), issued.expiresAt(), issued.emailSent()));
    }
}
