package io.vigil.shared.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The one shape of every paginated API list: items plus totals. */
public record PageResponse<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(),
                page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
