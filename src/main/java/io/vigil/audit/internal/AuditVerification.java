package io.vigil.audit.internal;

import io.vigil.audit.ChainVerification;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;

/** The running application's entry to chain verification (the command line builds its own verifier). */
@Service
public class AuditVerification {

    private final AuditChainVerifier verifier;

    AuditVerification(DataSource dataSource) {
        this.verifier = new AuditChainVerifier(dataSource);
    }

    public ChainVerification verify() {
        return verifier.verify();
    }
}
