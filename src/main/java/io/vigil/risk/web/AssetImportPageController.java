package io.vigil.risk.web;

import io.vigil.risk.internal.AssetColumns;
import io.vigil.risk.internal.AssetImporter;
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
@RequestMapping("/assets/import")
class AssetImportPageController {

    private final ImportPageFlow flow;

    AssetImportPageController(AssetImporter importer) {
        this.flow = new ImportPageFlow(new ImportPage("/assets/import", "/assets", "risk.import.page.title", "risk.assets.title", "risk.import.page.rules", "risk.import.page.confirmQuestion",
                AssetColumns.ALL, AssetColumns.REQUIRED, "assets-template.csv", importer::importFile));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('risk:write')")
    String page(Model model) {
        return flow.page(model);
    }

    @PostMapping("/check")
    @PreAuthorize("hasAuthority('risk:write')")
    String check(@RequestParam(value = "file", required = false) MultipartFile file, HttpSession session,
            Model model) throws IOException {
        return flow.check(file, session, model);
    }

    @PostMapping("/confirm")
    @PreAuthorize("hasAuthority('risk:write')")
    String confirm(HttpSession session, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        return flow.confirm(session, model, redirect, request, response);
    }

    @GetMapping("/template.csv")
    @PreAuthorize("hasAuthority('risk:write')")
    ResponseEntity<byte[]> template() {
        return flow.template();
    }
}
