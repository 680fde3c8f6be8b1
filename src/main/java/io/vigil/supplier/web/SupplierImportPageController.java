package io.vigil.supplier.web;

import io.vigil.supplier.internal.SupplierColumns;
import io.vigil.supplier.internal.SupplierImporter;
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
@RequestMapping("/suppliers/import")
class SupplierImportPageController {

    private final ImportPageFlow flow;

    SupplierImportPageController(SupplierImporter importer) {
        this.flow = new ImportPageFlow(new ImportPage("/suppliers/import", "/suppliers", "supplier.import.title", "supplier.list.title", "supplier.import.rules", "supplier.import.confirmQuestion",
                SupplierColumns.ALL, SupplierColumns.REQUIRED, "suppliers-template.csv", (filename, content, dryRun) -> importer.importFile(filename, content, dryRun, null)));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('supplier:write')")
    String page(Model model) {
        return flow.page(model);
    }

    @PostMapping("/check")
    @PreAuthorize("hasAuthority('supplier:write')")
    String check(@RequestParam(value = "file", required = false) MultipartFile file, HttpSession session,
            Model model) throws IOException {
        return flow.check(file, session, model);
    }

    @PostMapping("/confirm")
    @PreAuthorize("hasAuthority('supplier:write')")
    String confirm(HttpSession session, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        return flow.confirm(session, model, redirect, request, response);
    }

    @GetMapping("/template.csv")
    @PreAuthorize("hasAuthority('supplier:write')")
    ResponseEntity<byte[]> template() {
        return flow.template();
    }
}
