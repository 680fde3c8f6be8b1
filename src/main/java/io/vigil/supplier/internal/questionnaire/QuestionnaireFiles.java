package io.vigil.supplier.internal.questionnaire;

import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.storage.FileStore;
import io.vigil.storage.StoredFile;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FILE answers: the supplier uploads through the {@link FileStore} and the answer keeps the file's id
 * and name; a file is handed out only as part of a questionnaire the caller may read.
 */
@Service
@Transactional
public class QuestionnaireFiles {

    private final QuestionnaireService questionnaires;
    private final QuestionnaireTemplateRepository templates;
    private final FileStore files;

    QuestionnaireFiles(QuestionnaireService questionnaires, QuestionnaireTemplateRepository templates,
            FileStore files) {
        this.questionnaires = questionnaires;
        this.templates = templates;
        this.files = files;
    }

    /** Portal: the file answering {@code questionKey} (a FILE question); stored, then saved as a draft answer. */
    public PortalQuestionnaireView upload(UUID questionnaireId, String questionKey, String filename,
            String contentType, InputStream content) {
        SupplierQuestionnaire q = questionnaires.own(questionnaireId);
        QuestionnaireDefinition definition = QuestionnaireTemplateService.parseStored(
                templates.findById(q.getTemplateId()).orElseThrow());
        QuestionnaireDefinition.Question question = questionKey == null ? null : definition.question(questionKey);
        if (question == null || question.type() != QuestionnaireDefinition.Type.FILE) {
            throw new InvalidSupplierException(List.of(new FieldProblem("question",
                    "questionnaire.answer.error.notFile", String.valueOf(questionKey))));
        }
        if (!q.getState().canMoveTo(QuestionnaireState.IN_PROGRESS)) {
            throw new QuestionnaireTransitionException(q.getState(), QuestionnaireState.IN_PROGRESS);
        }
        StoredFile stored = files.store(filename == null || filename.isBlank() ? "file" : filename, contentType,
                content);
        return questionnaires.attach(questionnaireId, questionKey, stored.id(), stored.filename());
    }

    /** Staff: a file answering one of the questionnaire's questions. */
    @Transactional(readOnly = true)
    public StoredFile forStaff(UUID questionnaireId, UUID fileId) {
        return answered(questionnaires.readable(questionnaireId), fileId);
    }

    /** Portal: a file of the contact's own questionnaire. */
    @Transactional(readOnly = true)
    public StoredFile forPortal(UUID questionnaireId, UUID fileId) {
        return answered(questionnaires.own(questionnaireId), fileId);
    }

    public void copyTo(UUID fileId, OutputStream out) {
        files.copyTo(fileId, out);
    }

    private StoredFile answered(SupplierQuestionnaire q, UUID fileId) {
        boolean inAnswers = QuestionnaireService.read(q.getAnswers()).values().stream()
                .anyMatch(v -> !v.isEmpty() && v.get(0).equals(fileId.toString()));
        return inAnswers ? files.find(fileId).orElseThrow(() -> new RecordNotFoundException("StoredFile", fileId))
                : throwNotFound(fileId);
    }

    private static StoredFile throwNotFound(UUID fileId) {
        throw new RecordNotFoundException("StoredFile", fileId);
    }
}
