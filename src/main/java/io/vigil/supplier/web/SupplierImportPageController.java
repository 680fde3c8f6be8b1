package io.vigil.supplier.web;

import io.vigil.supplier.internal.ImportReport;
import io.vigil.supplier.internal.SupplierColumns;
import io.vigil.supplier.internal.SupplierImporter;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import screen: check a file (dry run) and import it; the same contract as the API. */
@Controller
@RequestMapping("/suppliers/import")
class SupplierImportPageController {

    private final SupplierImporter importer;

    SupplierImportPageController(SupplierImporter importer) {
        this.importer = importer;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('supplier:write')")
    String page(Model model) {
        model.addAttribute("columns", SupplierColumns.ALL);
        model.addAttribute("required", SupplierColumns.REQUIRED);
        return "supplier/import";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('supplier:write')")
    String upload(@RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, Model model, RedirectAttributes redirect)
            throws IOException {
        model.addAttribute("columns", SupplierColumns.ALL);
        model.addAttribute("required", SupplierColumns.REQUIRED);
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "supplier.import.noFile");
            return "supplier/import";
        }
        ImportReport report = importer.importFile(file.getOriginalFilename(), file.getBytes(), dryRun, null);
        if (!dryRun && report.clean()) {
            redirect.addFlashAttribute("imported", report.imported());
            return "redirect:/suppliers";
        }
        model.addAttribute("report", report);
        model.addAttribute("dryRun", dryRun);
        return "supplier/import";
    }
}
