package io.vigil.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The query of a list page ({@code page}, {@code size}, {@code sort} plus the page's own filters)
 * and the links that change one part of it while keeping the rest, so that sorting keeps the
 * search and paging keeps the sort. Used by {@code templates/fragments/table.html}; the API uses
 * {@link #pageRequest} for the same parameters with strict checking.
 */
public final class ListQuery {

    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final String SORT = "sort";
    public static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);
    public static final int MAX_SIZE = 200;

    private final String path;
    private final MultiValueMap<String, String> params;

    private ListQuery(String path, MultiValueMap<String, String> params) {
        this.path = path;
        this.params = params;
    }

    /** The current request's path and query parameters. */
    public static ListQuery of(HttpServletRequest request) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    params.add(name, value);
                }
            }
        });
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new ListQuery(request.getContextPath() + path, params);
    }

    public static ListQuery of(String path, Map<String, List<String>> params) {
        return new ListQuery(path, new LinkedMultiValueMap<>(params));
    }

    public String param(String name) {
        return params.getFirst(name);
    }

    public List<String> params(String name) {
        return params.getOrDefault(name, List.of());
    }

    public int page() {
        return Math.max(0, intParam(PAGE, 0));
    }

    /** The requested page size when it is one the pager offers, else {@code fallback}. */
    public int size(int fallback) {
        int size = intParam(SIZE, fallback);
        return PAGE_SIZES.contains(size) ? size : fallback;
    }

    /** Page, size and sort for a screen: unknown sort properties are dropped, not an error. */
    public Pageable pageable(int defaultSize, Sort defaultSort, Collection<String> sortable) {
        Sort sort = Sort.unsorted();
        for (String value : params(SORT)) {
            Sort.Order order = order(value);
            if (order != null && sortable.contains(order.getProperty())) {
                sort = sort.and(Sort.by(order));
            }
        }
        return PageRequest.of(page(), size(defaultSize), sort.isSorted() ? sort : defaultSort);
    }

    /**
     * Page, size and sort for the API: an unknown sort property or a size outside 1..{@value #MAX_SIZE}
     * is a 400 problem naming the parameter.
     */
    public static Pageable pageRequest(int page, int size, List<String> sort, Sort defaultSort,
            Collection<String> sortable) {
        if (page < 0) {
            throw invalid(PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw invalid(SIZE);
        }
        Sort result = Sort.unsorted();
        for (String value : sort == null ? List.<String>of() : sort) {
            Sort.Order order = order(value);
            if (order == null || !sortable.contains(order.getProperty())) {
                throw invalid(SORT);
            }
            result = result.and(Sort.by(order));
        }
        return PageRequest.of(page, size, result.isSorted() ? result : defaultSort);
    }

    /** The sort order of {@code property} in this query: {@code ascending}, {@code descending} or {@code none} (for aria-sort). */
    public String sortState(String property) {
        for (String value : params(SORT)) {
            Sort.Order order = order(value);
            if (order != null && order.getProperty().equals(property)) {
                return order.isAscending() ? "ascending" : "descending";
            }
        }
        return "none";
    }

    /** Sorts by {@code property}, ascending first and descending on the next click; back to the first page. */
    public String sortUrl(String property) {
        String direction = "ascending".equals(sortState(property)) ? "desc" : "asc";
        return with(SORT, property + "," + direction);
    }

    public String pageUrl(int page) {
        return builder(PAGE, page <= 0 ? null : String.valueOf(page));
    }

    /** This query with one parameter replaced ({@code null} removes it); any change but paging goes back to page one. */
    public String with(String name, Object value) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
        copy.remove(PAGE);
        return build(copy, name, value == null ? null : value.toString());
    }

    public String without(String name) {
        return with(name, null);
    }

    /** The parameters a form on this page must carry as hidden inputs to keep the rest of the query. */
    public List<Map.Entry<String, String>> hiddenParams(String... except) {
        Set<String> skip = Set.of(except);
        List<Map.Entry<String, String>> hidden = new ArrayList<>();
        params.forEach((name, values) -> {
            if (!skip.contains(name) && !PAGE.equals(name)) {
                values.forEach(value -> hidden.add(Map.entry(name, value)));
            }
        });
        return hidden;
    }

    /** The same parameters on another path (an export next to its list, say). */
    public ListQuery at(String otherPath) {
        return new ListQuery(otherPath, new LinkedMultiValueMap<>(params));
    }

    public String path() {
        return path;
    }

    private String builder(String name, String value) {
        return build(new LinkedMultiValueMap<>(params), name, value);
    }

    private String build(MultiValueMap<String, String> copy, String name, String value) {
        copy.remove(name);
        if (value != null) {
            copy.add(name, value);
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        Map<String, Object> variables = new java.util.HashMap<>();
        // values go in as template variables so that encode() escapes them fully ("&", "+", "#", Chinese)
        copy.forEach((key, values) -> values.forEach(v -> {
            String variable = "v" + variables.size();
            uri.queryParam(key, "{" + variable + "}");
            variables.put(variable, v);
        }));
        return uri.encode().buildAndExpand(variables).toUriString();
    }

    private int intParam(String name, int fallback) {
        String value = param(name);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Sort.Order order(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        String property = parts[0].strip();
        if (property.isEmpty() || parts.length > 2) {
            return null;
        }
        if (parts.length == 1 || "asc".equalsIgnoreCase(parts[1].strip())) {
            return Sort.Order.asc(property);
        }
        return "desc".equalsIgnoreCase(parts[1].strip()) ? Sort.Order.desc(property) : null;
    }

    private static VigilException invalid(String parameter) {
        return new VigilException(HttpStatus.BAD_REQUEST, "invalid-parameter", "problem.invalidParameter.detail",
                parameter);
    }
}
