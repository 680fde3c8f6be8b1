package io.vigil.compliance.web;

import io.vigil.compliance.internal.AssessmentService;
import io.vigil.compliance.internal.Certificate;
import io.vigil.compliance.internal.CertificateService;
import io.vigil.compliance.internal.FrameworkService;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.TableColumns;
import io.vigil.shared.web.TableColumns.Column;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Screens: frameworks, assessments (with one assessment's requirements) and the site × certificate matrix. */
@Controller
@RequestMapping("/compliance")
class CompliancePageController {

    static final List<Column> FRAMEWORK_COLUMNS = List.of(
            new Column("code", "compliance.field.code", "code", true),
            new Column("title", "compliance.field.title", "title", true),
            new Column("version", "compliance.field.version", "frameworkVersion", true),
            new Column("source", "compliance.field.source", "source", false),
            new Column("requirementCount", "compliance.field.requirementCount", "requirementCount", true));
    static final List<Column> ASSESSMENT_COLUMNS = List.of(
            new Column("name", "compliance.field.name", "name", true),
            new Column("scope", "compliance.field.scope", "scope", true),
            new Column("updatedAt", "compliance.field.updatedAt", "updatedAt", true));

    private final FrameworkService frameworks;
    private final AssessmentService assessments;
    private final CertificateService certificates;

    CompliancePageController(FrameworkService frameworks, AssessmentService assessments,
            CertificateService certificates) {
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.certificates = certificates;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('compliance:read')")
    String frameworks(HttpServletRequest request, HttpServletResponse response, Model model) {
        ListQuery query = ListQuery.of(request);
        model.addAttribute("query", query);
        model.addAttribute("columns", TableColumns.choose("frameworks", FRAMEWORK_COLUMNS, request, response));
        model.addAttribute("page", frameworks.list(query.pageable(25, Sort.by("code"),
                FRAMEWORK_COLUMNS.stream().filter(Column::sortable).map(Column::sortProperty).toList())));
        return "compliance/frameworks";
    }

    @GetMapping("/assessments")
    @PreAuthorize("hasAuthority('compliance:read')")
    String assessments(HttpServletRequest request, HttpServletResponse response, Model model) {
        ListQuery query = ListQuery.of(request);
        model.addAttribute("query", query);
        model.addAttribute("columns", TableColumns.choose("assessments", ASSESSMENT_COLUMNS, request, response));
        model.addAttribute("page", assessments.list(query.pageable(25, Sort.by("name"),
                ASSESSMENT_COLUMNS.stream().filter(Column::sortable).map(Column::sortProperty).toList())));
        return "compliance/assessments";
    }

    @GetMapping("/assessments/{id}")
    @PreAuthorize("hasAuthority('compliance:read')")
    String assessment(@PathVariable UUID id, Model model) {
        model.addAttribute("view", assessments.view(id));
        return "compliance/assessment";
    }

    @GetMapping("/certificates")
    @PreAuthorize("hasAuthority('compliance:read')")
    String certificates(Model model) {
        List<Certificate> all = certificates.list(PageRequest.of(0, 500, Sort.by("expiresOn"))).getContent();
        // which site holds which certificate: sites down, standards across
        TreeSet<String> standards = new TreeSet<>();
        Map<String, Map<String, Certificate>> bySite = new TreeMap<>();
        for (Certificate c : all) {
            standards.add(c.standard());
            for (String site : c.data().scopeSites()) {
                bySite.computeIfAbsent(site, k -> new TreeMap<>()).merge(c.standard(), c,
                        (a, b) -> a.expiresOn().isAfter(b.expiresOn()) ? a : b);
            }
        }
        model.addAttribute("certificates", all);
        model.addAttribute("standards", standards);
        model.addAttribute("bySite", bySite);
        model.addAttribute("today", certificates.today());
        return "compliance/certificates";
    }
}
