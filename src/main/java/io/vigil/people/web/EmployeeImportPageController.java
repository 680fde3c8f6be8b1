package io.vigil.people.web;

import io.vigil.people.internal.EmployeeColumns;
import io.vigil.people.internal.EmployeeImporter;
import io.vigil.shared.web.ImportPage;
import io.vigil.shared.web.ImportPageFlow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import screen of the register: check a file, see every bad cell, confirm (see {@link ImportPageFlow}). */
@Controller
@RequestMapping("/people/import")
class EmployeeImportPageController {

    private final ImportPageFlow flow;

    EmployeeImportPageController(EmployeeImporter importer) {
        this.flow = new ImportPageFlow(new ImportPage("/people/import", "/people", "people.import.title", "people.list.title", "people.import.rules", "people.import.confirmQuestion",
                EmployeeColumns.ALL, EmployeeColumns.REQUIRED, "employees-template.csv", importer::importFile));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('people:write')")
    String page(Model model) {
        return flow.page(model);
    }

    @PostMapping("/check")
    @PreAuthorize("hasAuthority('people:write')")
    String check(@RequestParam(value = "file", required = false) MultipartFile file, HttpSession session,
            Model model) throws IOException {
        return flow.check(file, session, model);
    }

    @PostMapping("/confirm")
    @PreAuthorize("hasAuthority('people:write')")
    String confirm(HttpSession session, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        return flow.confirm(session, model, redirect, request, response);
    }

    @GetMapping("/template.csv")
    @PreAuthorize("hasAuthority('people:write')")
    ResponseEntity<byte[]> template() {
        return flow.template();
    }
}
