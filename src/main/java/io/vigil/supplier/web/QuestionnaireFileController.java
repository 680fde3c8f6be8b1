package io.vigil.supplier.web;

import io.vigil.storage.Downloads;
import io.vigil.storage.StoredFile;
import io.vigil.supplier.internal.questionnaire.QuestionnaireFiles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of files given as answers, after the questionnaire's own access check; always attachments. */
@Controller
class QuestionnaireFileController {

    private final QuestionnaireFiles files;

    QuestionnaireFileController(QuestionnaireFiles files) {
        this.files = files;
    }

    @GetMapping({"/questionnaires/{id}/files/{fileId}", "/api/v1/questionnaires/{id}/files/{fileId}"})
    @PreAuthorize("hasAuthority('supplier:read')")
    void staff(@PathVariable UUID id, @PathVariable UUID fileId, HttpServletResponse response) throws IOException {
        send(files.forStaff(id, fileId), response);
    }

    @GetMapping({"/portal/questionnaires/{id}/files/{fileId}", "/api/v1/portal/questionnaires/{id}/files/{fileId}"})
    @PreAuthorize("hasAuthority('supplier:portal')")
    void portal(@PathVariable UUID id, @PathVariable UUID fileId, HttpServletResponse response) throws IOException {
        send(files.forPortal(id, fileId), response);
    }

    private void send(StoredFile file, HttpServletResponse response) throws IOException {
        Downloads.attachment(file).forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        files.copyTo(file.id(), response.getOutputStream());
    }
}
