package io.vigil.storage.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code vigil.storage.max-file-size}: the largest file a record may carry (default 50 MB). */
@ConfigurationProperties("vigil.storage")
record StorageProperties(DataSize maxFileSize) {

    StorageProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(50) : maxFileSize;
    }
}
