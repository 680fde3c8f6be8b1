package io.vigil.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns a list can show and the ones the user chose. A choice arrives as {@code cols}
 * parameters from the column chooser and is remembered in a cookie per table, so the next visit
 * shows the same columns; a link that carries {@code cols} shows exactly those.
 */
public final class TableColumns {

    public static final String PARAM = "cols";

    /** One column: its key, the message key of its heading and the sort property ({@code null}: not sortable). */
    public record Column(String key, String labelKey, String sortProperty, boolean shownByDefault) {

        public boolean sortable() {
            return sortProperty != null;
        }
    }

    private final List<Column> all;
    private final Set<String> shown;

    private TableColumns(List<Column> all, Set<String> shown) {
        this.all = List.copyOf(all);
        this.shown = Set.copyOf(shown);
    }

    /** The columns to show for {@code table}: the request's choice (remembered), else the cookie's, else the defaults. */
    public static TableColumns choose(String table, List<Column> all, HttpServletRequest request,
            HttpServletResponse response) {
        String cookieName = "vigil-cols-" + table;
        String[] requested = request.getParameterValues(PARAM);
        if (requested != null) {
            Set<String> chosen = known(all, Arrays.stream(requested).flatMap(v -> Arrays.stream(v.split("[,.]"))));
            if (!chosen.isEmpty()) {
                Cookie cookie = new Cookie(cookieName, String.join(".", chosen));
                cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
                cookie.setHttpOnly(true);
                cookie.setMaxAge(60 * 60 * 24 * 365);
                cookie.setAttribute("SameSite", "Lax");
                response.addCookie(cookie);
                return new TableColumns(all, chosen);
            }
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookieName.equals(cookie.getName())) {
                    Set<String> remembered = known(all, Arrays.stream(cookie.getValue().split("\\.")));
                    if (!remembered.isEmpty()) {
                        return new TableColumns(all, remembered);
                    }
                }
            }
        }
        return new TableColumns(all, all.stream().filter(Column::shownByDefault).map(Column::key)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static Set<String> known(List<Column> all, java.util.stream.Stream<String> keys) {
        Set<String> wanted = keys.map(String::strip).collect(Collectors.toSet());
        return all.stream().map(Column::key).filter(wanted::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public boolean shows(String key) {
        return shown.contains(key);
    }

    public List<Column> all() {
        return all;
    }

    public List<Column> shown() {
        return all.stream().filter(c -> shown.contains(c.key())).toList();
    }

    public Column column(String key) {
        return all.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No column " + key));
    }
}
