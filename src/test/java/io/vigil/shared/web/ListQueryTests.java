package io.vigil.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletRequest;

class ListQueryTests {

    private static ListQuery query(String... params) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/things");
        for (int i = 0; i < params.length; i += 2) {
            request.addParameter(params[i], params[i + 1]);
        }
        return ListQuery.of(request);
    }

    @Test
    void sortLinkKeepsFiltersTogglesDirectionAndGoesBackToPageOne() {
        ListQuery query = query("q", "张 & co", "status", "ACTIVE", "page", "3", "sort", "name,asc");

        assertThat(query.sortUrl("name")).isEqualTo("/things?q=%E5%BC%A0%20%26%20co&status=ACTIVE&sort=name%2Cdesc");
        assertThat(query.sortUrl("email")).endsWith("&sort=email%2Casc");
        assertThat(query.sortState("name")).isEqualTo("ascending");
        assertThat(query.sortState("email")).isEqualTo("none");
    }

    @Test
    void pageLinksKeepEverythingElse() {
        ListQuery query = query("q", "x", "size", "50", "sort", "name,desc");

        assertThat(query.pageUrl(2)).isEqualTo("/things?q=x&size=50&sort=name%2Cdesc&page=2");
        assertThat(query.pageUrl(0)).isEqualTo("/things?q=x&size=50&sort=name%2Cdesc");
    }

    @Test
    void hiddenParamsLeaveOutThePageAndTheNamedOnes() {
        ListQuery query = query("q", "x", "size", "50", "page", "4", "cols", "name");

        assertThat(query.hiddenParams("size")).extracting(e -> e.getKey() + "=" + e.getValue())
                .containsExactly("q=x", "cols=name");
    }

    @Test
    void screensIgnoreUnknownSortsAndOddSizes() {
        Pageable pageable = query("sort", "password,asc", "size", "7", "page", "-2")
                .pageable(25, Sort.by("name"), List.of("name"));

        assertThat(pageable.getSort()).isEqualTo(Sort.by("name"));
        assertThat(pageable.getPageSize()).isEqualTo(25);
        assertThat(pageable.getPageNumber()).isZero();
    }

    @Test
    void theApiRejectsUnknownSortsAndSizes() {
        Set<String> sortable = Set.of("name");
        assertThat(ListQuery.pageRequest(1, 10, List.of("name,desc"), Sort.unsorted(), sortable).getSort())
                .isEqualTo(Sort.by(Sort.Order.desc("name")));
        assertThatThrownBy(() -> ListQuery.pageRequest(0, 10, List.of("secret"), Sort.unsorted(), sortable))
                .isInstanceOf(VigilException.class);
        assertThatThrownBy(() -> ListQuery.pageRequest(0, 0, List.of(), Sort.unsorted(), sortable))
                .isInstanceOf(VigilException.class);
        assertThatThrownBy(() -> ListQuery.pageRequest(0, 10, List.of("name,sideways"), Sort.unsorted(), sortable))
                .isInstanceOf(VigilException.class);
    }
}
