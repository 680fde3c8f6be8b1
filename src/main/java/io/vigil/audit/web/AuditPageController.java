package io.vigil.audit.web;

import io.vigil.audit.internal.AuditEventSearch;
import io.vigil.audit.internal.AuditVerification;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/** The audit trail page: filters, a paginated table, chain verification and CSV export. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('audit:read')")
class AuditPageController {

    static final int PAGE_SIZE = 25;

    private final AuditEventSearch search;
    private final AuditVerification verification;
    private final CsvDownload download;

    AuditPageController(AuditEventSearch search, AuditVerification verification, CsvDownload download) {
        this.search = search;
        this.verification = verification;
        this.download = download;
    }

    @GetMapping
    String events(@ModelAttribute("filter") AuditFilterForm filter, BindingResult errors, Model model) {
        if (!valid(filter, errors)) {
            // nothing is listed under a filter the user did not mean
            model.addAttribute("events", Page.<AuditEventResponse>empty(PageRequest.of(0, PAGE_SIZE)));
            return "audit/events";
        }
        Page<AuditEventResponse> page = search.search(filter.toFilter(), PageRequest.of(filter.getPage(), PAGE_SIZE))
                .map(AuditEventResponse::of);
        model.addAttribute("events", page);
        model.addAttribute("previousUrl", page.hasPrevious() ? filter.link("/audit", page.getNumber() - 1) : null);
        model.addAttribute("nextUrl", page.hasNext() ? filter.link("/audit", page.getNumber() + 1) : null);
        model.addAttribute("exportUrl", filter.link("/audit/export", null));
        return "audit/events";
    }

    @GetMapping("/verify")
    String verify(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("verification", verification.verify());
        return htmx != null ? "audit/verification :: result" : "audit/verify";
    }

    /** CSV of the page's filters; a bad filter shows the page with its errors instead of a file. */
    @GetMapping("/export")
    String export(@ModelAttribute("filter") AuditFilterForm filter, BindingResult errors, Model model,
            HttpServletResponse response) throws IOException {
        if (!valid(filter, errors)) {
            return events(filter, errors, model);
        }
        download.send(filter.toFilter(), response);
        return null;
    }

    private static boolean valid(AuditFilterForm filter, BindingResult errors) {
        if (!errors.hasErrors() && filter.getFrom() != null && filter.getTo() != null
                && filter.getFrom().isAfter(filter.getTo())) {
            errors.rejectValue("to", "audit.filter.range");
        }
        return !errors.hasErrors();
    }
}
