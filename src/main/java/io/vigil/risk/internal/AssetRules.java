package io.vigil.risk.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The checks an asset's values must pass, without the database (references are checked by the service). */
public final class AssetRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final Pattern HOSTNAME = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(/(3[0-2]|[12]?\\d))?");
    static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]{2,45}(/\\d{1,3})?");

    private AssetRules() {
    }

    public static List<FieldProblem> check(AssetData d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(d.code())) {
            problems.add(new FieldProblem("code", "risk.error.required"));
        } else if (!CODE.matcher(d.code()).matches()) {
            problems.add(new FieldProblem("code", "risk.error.assetCode"));
        }
        if (blank(d.name())) {
            problems.add(new FieldProblem("name", "risk.error.required"));
        } else if (d.name().length() > 200) {
            problems.add(new FieldProblem("name", "risk.error.tooLong", 200));
        }
        if (d.type() == null) {
            problems.add(new FieldProblem("type", "risk.error.required"));
        }
        if (d.description() != null && d.description().length() > 2000) {
            problems.add(new FieldProblem("description", "risk.error.tooLong", 2000));
        }
        if (d.orgUnitId() == null) {
            problems.add(new FieldProblem("orgUnitId", "risk.error.required"));
        }
        rating("confidentiality", d.confidentiality(), problems);
        rating("integrity", d.integrity(), problems);
        rating("availability", d.availability(), problems);
        for (String host : d.hostnames()) {
            if (!HOSTNAME.matcher(host).matches()) {
                problems.add(new FieldProblem("hostnames", "risk.error.hostname", host));
            }
        }
        for (String ip : d.ipAddresses()) {
            if (!IPV4.matcher(ip).matches() && !(ip.contains(":") && IPV6.matcher(ip).matches())) {
                problems.add(new FieldProblem("ipAddresses", "risk.error.ipAddress", ip));
            }
        }
        for (String url : d.urls()) {
            if (!validUrl(url)) {
                problems.add(new FieldProblem("urls", "risk.error.url", url));
            }
        }
        for (SupplierLink supplier : d.suppliers()) {
            if (blank(supplier.name()) || supplier.name().length() > 200) {
                problems.add(new FieldProblem("suppliers", "risk.error.supplierName"));
            }
        }
        return problems;
    }

    /** Identifiers are matched exactly and case-insensitively, so they are stored trimmed and lower-cased. */
    public static String normalise(String identifier) {
        return identifier == null ? null : identifier.strip().toLowerCase(Locale.ROOT);
    }

    private static void rating(String field, Integer value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "risk.error.required"));
        } else if (value < 1 || value > 5) {
            problems.add(new FieldProblem(field, "risk.error.rating"));
        }
    }

    private static boolean validUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && List.of("http", "https").contains(uri.getScheme())
                    && uri.getHost() != null && url.length() <= 500;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
