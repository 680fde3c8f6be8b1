package io.vigil.identity.internal;

import io.vigil.identity.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start: creates the root org unit and the built-in {@code admin} with the ADMIN role over
 * the whole tree. The admin password comes from {@code VIGIL_ADMIN_PASSWORD}; without it a random
 * one is generated and printed once to the console (never to the log).
 */
@Component
@Order(0)
class IdentityBootstrap implements ApplicationRunner {

    static final String ROOT_CODE = "GROUP";
    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final OrgUnitRepository units;
    private final UserAccountRepository users;
    private final RoleAssignmentRepository assignments;
    private final PasswordEncoder encoder;
    private final IdentityProperties properties;
    private final Clock clock;
    private final PasswordPolicy policy;
    private final MessageSource messages;

    IdentityBootstrap(OrgUnitRepository units, UserAccountRepository users, RoleAssignmentRepository assignments,
            PasswordEncoder encoder, IdentityProperties properties, Clock clock, PasswordPolicy policy,
            MessageSource messages) {
        this.policy = policy;
        this.messages = messages;
        this.units = units;
        this.users = users;
        this.assignments = assignments;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        OrgUnit root = units.findByCode(ROOT_CODE)
                .orElseGet(() -> units.save(OrgUnit.root(ROOT_CODE, "Group", "集团")));
        if (users.findByUsernameIgnoreCase(ADMIN).isPresent()) {
            return;
        }
        boolean generated = properties.adminPassword() == null || properties.adminPassword().isBlank();
        String password = generated ? randomPassword() : properties.adminPassword();
        while (generated && !policy.violations(ADMIN, password).isEmpty()) {
            password = randomPassword();
        }
        List<String> broken = policy.violations(ADMIN, password);
        if (!broken.isEmpty()) {
            // fail fast: starting with an admin password the policy would refuse anywhere else is worse than not starting
            throw new IllegalStateException("VIGIL_ADMIN_PASSWORD (vigil.identity.admin-password) does not meet the "
                    + "password policy: " + broken.stream()
                            .map(key -> messages.getMessage(key, new Object[] {PasswordPolicy.MIN_LENGTH}, Locale.ENGLISH))
                            .collect(Collectors.joining(" ")));
        }
        UserAccount admin = users.save(new UserAccount(ADMIN, "Administrator", null, "en",
                encoder.encode(password), clock.instant()));
        assignments.save(new RoleAssignment(admin.getId(), Role.ADMIN, root.getId(), true, clock.instant()));
        if (generated) {
            System.out.println();
            System.out.println("==========================================================");
            System.out.println(" Vigil first start: the 'admin' password is " + password);
            System.out.println(" It is shown only this once. Set VIGIL_ADMIN_PASSWORD to choose it.");
            System.out.println("==========================================================");
            System.out.println();
        }
        log.info("Created the built-in admin account ({} password)", generated ? "generated" : "configured");
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
