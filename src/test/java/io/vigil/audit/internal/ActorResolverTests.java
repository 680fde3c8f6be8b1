package io.vigil.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.shared.security.VigilPrincipal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActorResolverTests {

    static Optional<VigilPrincipal> principal(String username, String kind) {
        return Optional.of(new VigilPrincipal() {
            public UUID userId() {
                return UUID.randomUUID();
            }

            public String username() {
                return username;
            }

            public String displayName() {
                return username;
            }

            public Locale locale() {
                return Locale.ENGLISH;
            }

            public String actorKind() {
                return kind;
            }
        });
    }

    @Test
    void namedActorWinsOverThePrincipal() {
        assertThat(ActorResolver.resolve("typed-name", principal("alice", "TOKEN"), true))
                .isEqualTo(new ActorResolver.Actor("typed-name", "USER"));
    }

    @Test
    void principalActingUnderItsOwnNameKeepsItsKind() {
        assertThat(ActorResolver.resolve("alice", principal("alice", "TOKEN"), true))
                .isEqualTo(new ActorResolver.Actor("alice", "TOKEN"));
    }

    @Test
    void systemNameIsASystemActor() {
        assertThat(ActorResolver.resolve("system", Optional.empty(), true))
                .isEqualTo(new ActorResolver.Actor("system", "SYSTEM"));
    }

    @Test
    void principalIsTheActorWhenNoneIsNamed() {
        assertThat(ActorResolver.resolve(null, principal("bob", "USER"), true))
                .isEqualTo(new ActorResolver.Actor("bob", "USER"));
    }

    @Test
    void nobodyIsAnonymousInARequestAndTheSystemOutsideOne() {
        assertThat(ActorResolver.resolve(null, Optional.empty(), true).name()).isEqualTo("anonymous");
        assertThat(ActorResolver.resolve(null, Optional.empty(), false))
                .isEqualTo(new ActorResolver.Actor("system", "SYSTEM"));
    }
}
