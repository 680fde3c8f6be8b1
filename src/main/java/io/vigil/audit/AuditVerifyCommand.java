package io.vigil.audit;

import io.vigil.audit.internal.AuditChainVerifier;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code java -jar vigil.jar audit verify}: verifies the chain straight from the database while
 * Vigil is stopped. Starts only a data source from the usual settings ({@code SPRING_DATASOURCE_URL},
 * {@code VIGIL_DATA_DIR}, ...) — no web server, no Flyway, no bootstrap, no schedulers — prints the
 * verification as JSON and exits 0 when the chain is intact, 1 when it is broken, 2 when it could
 * not be read. Deliberately not a {@code @Component}: the application's scan must not pick it up.
 */
@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
public class AuditVerifyCommand {

    public static final int VALID = 0;
    public static final int BROKEN = 1;
    public static final int UNREADABLE = 2;

    /** Whether the command line asks for this command. */
    public static boolean matches(String[] args) {
        return args.length >= 2 && "audit".equals(args[0]) && "verify".equals(args[1]);
    }

    /** Runs the command; further arguments ({@code --spring.datasource.url=...}) configure the data source. */
    public static int run(String[] args) {
        String[] settings = Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AuditVerifyCommand.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of("logging.level.root", "WARN"))
                .initializers(AuditVerifyCommand::existingH2DatabaseOnly)
                .run(settings)) {
            return verify(context.getBean(DataSource.class), System.out);
        } catch (RuntimeException e) {
            System.err.println("audit verify: cannot read the audit trail: " + rootMessage(e));
            return UNREADABLE;
        }
    }

    /** Verifies the chain in {@code dataSource}, prints the result as JSON and answers the exit code. */
    public static int verify(DataSource dataSource, PrintStream out) {
        ChainVerification result = new AuditChainVerifier(dataSource).verify();
        out.println(result.toJson());
        return result.valid() ? VALID : BROKEN;
    }

    /** A mistyped data directory must fail, not silently create an empty H2 database. */
    private static void existingH2DatabaseOnly(ConfigurableApplicationContext context) {
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        if (url != null && url.startsWith("jdbc:h2:file:") && !url.toUpperCase().contains("IFEXISTS")) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("audit-verify",
                    Map.of("spring.datasource.url", url + ";IFEXISTS=TRUE")));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
