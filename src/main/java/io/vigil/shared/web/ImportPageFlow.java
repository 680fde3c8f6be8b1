package io.vigil.shared.web;

import io.vigil.shared.spreadsheet.ImportReport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The import screen of every register: upload a file, see the dry run (every bad cell by line and
 * column), then confirm. The checked file waits in the (database-backed) session between the two
 * steps, so the confirmation imports exactly what was checked, on whichever replica serves it; it
 * is checked again before writing. Each module's page controller declares the endpoints and their
 * permission and delegates here.
 */
public final class ImportPageFlow {

    /** Larger files go through the API; the session is no place for them. */
    public static final int MAX_SESSION_BYTES = 5 * 1024 * 1024;
    static final String VIEW = "fragments/import-page";

    record PendingImport(String filename, byte[] content) implements Serializable {
    }

    private final ImportPage page;
    private final String sessionKey;

    public ImportPageFlow(ImportPage page) {
        this.page = page;
        this.sessionKey = ImportPageFlow.class.getName() + ".pending:" + page.basePath();
    }

    public String page(Model model) {
        model.addAttribute("importPage", page);
        return VIEW;
    }

    public String check(MultipartFile file, HttpSession session, Model model) throws IOException {
        session.removeAttribute(sessionKey);
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "import.error.noFile");
            return page(model);
        }
        if (file.getSize() > MAX_SESSION_BYTES) {
            model.addAttribute("uploadError", "import.error.tooLarge");
            return page(model);
        }
        byte[] content = file.getBytes();
        ImportReport report = page.importer().importFile(file.getOriginalFilename(), content, true);
        model.addAttribute("report", report);
        model.addAttribute("filename", file.getOriginalFilename());
        if (report.clean() && report.rows() > 0) {
            session.setAttribute(sessionKey, new PendingImport(file.getOriginalFilename(), content));
        }
        return page(model);
    }

    public String confirm(HttpSession session, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        if (!(session.getAttribute(sessionKey) instanceof PendingImport pending)) {
            model.addAttribute("uploadError", "import.error.expired");
            return page(model);
        }
        ImportReport report = page.importer().importFile(pending.filename(), pending.content(), false);
        session.removeAttribute(sessionKey);
        if (!report.clean()) {
            // the register changed since the dry run (someone took a code): show what is wrong now
            model.addAttribute("report", report);
            model.addAttribute("filename", pending.filename());
            return page(model);
        }
        if (request.getHeader("HX-Request") != null) {
            // htmx follows a redirect inside the swap target; ask it to navigate instead
            RequestContextUtils.getOutputFlashMap(request).put("imported", report.imported());
            RequestContextUtils.saveOutputFlashMap(page.listPath(), request, response);
            response.setHeader("HX-Redirect", request.getContextPath() + page.listPath());
            return null;
        }
        redirect.addFlashAttribute("imported", report.imported());
        return "redirect:" + page.listPath();
    }

    public ResponseEntity<byte[]> template() {
        byte[] header = ("\uFEFF" + String.join(",", page.columns()) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(page.templateFilename()).build().toString())
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(header);
    }
}
