package io.vigil.risk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A hostname, IP address or URL by which scanners name an asset; stored lower-cased. */
@Embeddable
public record AssetIdentifier(@Enumerated(EnumType.STRING) @Column(name = "kind") Kind kind,
        @Column(name = "identifier_value") String value) {

    public enum Kind {
        HOSTNAME, IP, URL
    }
}
