package io.vigil.identity.web;

import io.vigil.identity.internal.VigilUserDetails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class MeController {

    record Me(UUID id, String username, String displayName, String locale, String authenticatedBy,
            List<String> permissions) {
    }

    @GetMapping("/api/v1/me")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's identity and effective permissions")
    Me me(@AuthenticationPrincipal VigilUserDetails principal) {
        return new Me(principal.userId(), principal.username(), principal.displayName(),
                principal.locale().toLanguageTag(), principal.actorKind(),
                principal.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }
}
