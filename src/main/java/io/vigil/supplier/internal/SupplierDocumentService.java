package io.vigil.supplier.internal;

import io.vigil.identity.Role;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.storage.FileStore;
import io.vigil.storage.StoredFile;
import io.vigil.shared.web.VigilException;
import io.vigil.task.NewTask;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplier documents with validity. Each category requires some document types; a supplier with a
 * required type missing or not valid today is flagged. {@link #openExpiryReminders} opens a task
 * {@value #REMINDER_DAYS} days before a document expires (idempotent: the task facade keeps one
 * active task per document).
 */
@Service
@Transactional
public class SupplierDocumentService {

    static final String ENTITY = "SupplierDocument";
    static final String TASK_KIND = "SUPPLIER_DOCUMENT_EXPIRY";
    static final int REMINDER_DAYS = 30;

    public record NewDocument(String type, String number, String issuer, LocalDate validFrom, LocalDate validTo) {
    }

    /** A file sent with a document: read once, by the file store. */
    public record Upload(String filename, String contentType, java.io.InputStream content) {
    }

    private final SupplierDocumentRepository documents;
    private final SupplierRepository suppliers;
    private final SupplierService supplierService;
    private final DataScope scope;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FileStore files;
    private final ContactAccountRepository accounts;

    SupplierDocumentService(SupplierDocumentRepository documents, SupplierRepository suppliers,
            SupplierService supplierService, DataScope scope, Tasks tasks, ApplicationEventPublisher events,
            Clock clock, FileStore files, ContactAccountRepository accounts) {
        this.files = files;
        this.accounts = accounts;
        this.documents = documents;
        this.suppliers = suppliers;
        this.supplierService = supplierService;
        this.scope = scope;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    public SupplierDocumentView add(UUID supplierId, NewDocument input) {
        return add(supplierId, input, null);
    }

    /** Staff record a document, verified at once, optionally with its file. */
    public SupplierDocumentView add(UUID supplierId, NewDocument input, Upload file) {
        Supplier supplier = writable(supplierId);
        Checked checked = check(input, file, false);
        SupplierDocument document = new SupplierDocument(supplierId, checked.type, checked.number, checked.issuer,
                input.validFrom(), input.validTo(), clock.instant());
        store(document, file);
        SupplierDocument saved = documents.save(document);
        documents.flush();
        audit("CREATED", saved, supplier, "Document " + checked.type + " " + checked.number + " added to supplier "
                + supplier.getName(), Map.of());
        return view(supplier);
    }

    /** Attaches (or replaces) the file of a document of a supplier the caller may change. */
    public SupplierDocumentView attachFile(UUID supplierId, UUID documentId, Upload file) {
        Supplier supplier = writable(supplierId);
        SupplierDocument document = ofSupplier(supplier, documentId);
        if (file == null) {
            throw new InvalidSupplierException(List.of(new FieldProblem("file", "supplier.error.required")));
        }
        String before = document.getFileName();
        store(document, file);
        documents.flush();
        audit("FILE_ATTACHED", document, supplier, "File " + document.getFileName() + " attached to document "
                + document.getType() + " " + document.getNumber() + " of supplier " + supplier.getName(),
                before == null ? Map.of() : Map.of("file", before));
        return view(supplier);
    }

    /** One document waiting for verification, as the cross-supplier queue shows it. */
    public record PendingDocument(UUID supplierId, String supplierName, UUID documentId, String type, String number,
            String issuer, LocalDate validFrom, LocalDate validTo, String fileName, Instant uploadedAt) {
    }

    /**
     * Documents suppliers uploaded in the portal that wait for verification, oldest first, of the
     * suppliers the caller may change (only they can verify them).
     */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<PendingDocument> waitingForVerification(
            org.springframework.data.domain.Pageable pageable) {
        return documents.findWaiting(SupplierDocument.Verification.PENDING_VERIFICATION,
                scope.visibleUnits(SupplierService.WRITE).forQuery(), pageable).map(row -> {
                    SupplierDocument d = (SupplierDocument) row[0];
                    return new PendingDocument(d.getSupplierId(), (String) row[1], d.getId(), d.getType().name(),
                            d.getNumber(), d.getIssuer(), d.getValidFrom(), d.getValidTo(), d.getFileName(),
                            d.getCreatedAt());
                });
    }

    /** Verifies a document a supplier uploaded: from now on it counts for the required-document check. */
    public SupplierDocumentView verify(UUID supplierId, UUID documentId) {
        return decide(supplierId, documentId, true, null);
    }

    /** Rejects a document a supplier uploaded, with the reason the supplier will read in the portal. */
    public SupplierDocumentView reject(UUID supplierId, UUID documentId, String reason) {
        String why = SupplierService.trim(reason);
        if (why == null) {
            throw new InvalidSupplierException(List.of(new FieldProblem("reason", "supplier.error.required")));
        }
        if (why.length() > 500) {
            throw new InvalidSupplierException(List.of(new FieldProblem("reason", "supplier.error.tooLong", 500)));
        }
        return decide(supplierId, documentId, false, why);
    }

    /** The stored file of a document of a supplier the caller may read; anything else is not found. */
    @Transactional(readOnly = true)
    public StoredFile file(UUID supplierId, UUID documentId) {
        return storedFile(ofSupplier(supplierService.visible(supplierId), documentId));
    }

    /** The portal: a supplier contact uploads a document of their own company; it waits for verification. */
    public SupplierDocumentView uploadFromPortal(NewDocument input, Upload file) {
        Supplier supplier = portalSupplier();
        Checked checked = check(input, file, true);
        SupplierDocument document = SupplierDocument.fromPortal(supplier.getId(), checked.type, checked.number,
                checked.issuer, input.validFrom(), input.validTo(), currentUser(), clock.instant());
        store(document, file);
        SupplierDocument saved = documents.save(document);
        documents.flush();
        audit("UPLOADED", saved, supplier, "Document " + checked.type + " " + checked.number
                + " uploaded in the portal for supplier " + supplier.getName() + ", waiting for verification", Map.of());
        return view(supplier);
    }

    /** The portal: the contact's own company's documents. */
    @Transactional(readOnly = true)
    public SupplierDocumentView portalDocuments() {
        return view(portalSupplier());
    }

    /** The portal: a file of the contact's own company; another company's document is not found. */
    @Transactional(readOnly = true)
    public StoredFile portalFile(UUID documentId) {
        return storedFile(ofSupplier(portalSupplier(), documentId));
    }

    /** Streams a file found through {@link #file} or {@link #portalFile}. */
    public void copy(StoredFile file, java.io.OutputStream out) {
        files.copyTo(file.id(), out);
    }

    @Transactional(readOnly = true)
    public SupplierDocumentView ofSupplier(UUID supplierId) {
        return view(supplierService.visible(supplierId));
    }

    /** Which of these (visible) suppliers are flagged today: one query for a whole list page. */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> flaggedAmong(java.util.Collection<UUID> supplierIds) {
        if (supplierIds.isEmpty()) {
            return java.util.Set.of();
        }
        // the id comes back as text: native UUID columns map differently on H2 and PostgreSQL
        return documents.flaggedAmong(supplierIds, LocalDate.now(clock)).stream().map(UUID::fromString)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The scheduled job's work (no user): reminder tasks for documents expiring within 30 days. */
    public int openExpiryReminders() {
        LocalDate today = LocalDate.now(clock);
        int opened = 0;
        for (SupplierDocument d : documents.findByValidToBetweenAndVerification(today,
                today.plusDays(REMINDER_DAYS), SupplierDocument.Verification.VERIFIED)) {
            Supplier supplier = suppliers.findById(d.getSupplierId()).orElseThrow();
            TaskOwner owner = supplier.getOwnerId() != null ? TaskOwner.user(supplier.getOwnerId())
                    : TaskOwner.role(Role.PROCUREMENT_OFFICER);
            tasks.open(new NewTask("Renew " + d.getType() + " " + d.getNumber() + " of " + supplier.getName(),
                    "The document expires on " + d.getValidTo() + ". Ask the supplier for the renewed document.",
                    TASK_KIND, supplier.getOrgUnitId(), owner,
                    new RelatedRecord("supplier", ENTITY, d.getId().toString(),
                            "/suppliers/" + supplier.getId() + "?tab=documents"),
                    d.getValidTo(), TaskPriority.HIGH));
            opened++;
        }
        return opened;
    }

    private SupplierDocumentView view(Supplier supplier) {
        LocalDate today = LocalDate.now(clock);
        List<SupplierDocument> all = documents.findBySupplierIdOrderByTypeAscValidToDesc(supplier.getId());
        List<String> required = supplier.getCategories().isEmpty() ? List.of()
                : documents.requiredTypes(supplier.getCategories()).stream().distinct().sorted().toList();
        List<String> lapsed = required.stream().filter(type -> all.stream()
                .noneMatch(d -> d.getType().name().equals(type) && d.validOn(today))).toList();
        return new SupplierDocumentView(all.stream().map(d -> new SupplierDocumentView.Document(d.getId(),
                d.getType().name(), d.getNumber(), d.getIssuer(), d.getValidFrom(), d.getValidTo(), d.validOn(today),
                d.getVersion(), d.getVerification().name(), d.getSource().name(), d.getRejectionReason(),
                d.getFileName(), d.getFileSize())).toList(), required, lapsed, !lapsed.isEmpty());
    }

    private SupplierDocumentView decide(UUID supplierId, UUID documentId, boolean verified, String reason) {
        Supplier supplier = writable(supplierId);
        SupplierDocument document = ofSupplier(supplier, documentId);
        SupplierDocument.Verification before = document.getVerification();
        if (!document.decide(verified, reason, currentUser(), clock.instant())) {
            throw new VigilException(HttpStatus.CONFLICT, "not-pending", "supplier.insight.document.error.notPending",
                    before);
        }
        documents.flush();
        audit(verified ? "VERIFIED" : "REJECTED", document, supplier, "Document " + document.getType() + " "
                + document.getNumber() + " of supplier " + supplier.getName() + (verified ? " verified" : " rejected: "
                + reason), Map.of("verification", before.name()));
        return view(supplier);
    }

    private Supplier writable(UUID supplierId) {
        Supplier supplier = supplierService.visible(supplierId);
        if (!scope.canAccess(SupplierService.WRITE, supplier.getOrgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        return supplier;
    }

    private SupplierDocument ofSupplier(Supplier supplier, UUID documentId) {
        return documents.findById(documentId).filter(d -> d.getSupplierId().equals(supplier.getId()))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, documentId));
    }

    private StoredFile storedFile(SupplierDocument document) {
        return (document.getFileId() == null ? java.util.Optional.<StoredFile>empty() : files.find(document.getFileId()))
                .orElseThrow(() -> new RecordNotFoundException("StoredFile", document.getId()));
    }

    /** The company of the signed-in supplier contact; none linked is not found. */
    private Supplier portalSupplier() {
        UUID supplierId = accounts.findById(currentUser()).map(ContactAccount::getSupplierId)
                .orElseThrow(() -> new RecordNotFoundException(SupplierService.ENTITY, "portal"));
        return suppliers.findById(supplierId).orElseThrow(() -> new RecordNotFoundException(SupplierService.ENTITY,
                supplierId));
    }

    private void store(SupplierDocument document, Upload file) {
        if (file == null) {
            return;
        }
        StoredFile stored = files.store(file.filename(), file.contentType(), file.content());
        document.attach(stored.id(), stored.filename(), stored.contentType(), stored.size(), currentUserOrNull());
    }

    private void audit(String action, SupplierDocument d, Supplier supplier, String summary, Map<String, Object> before) {
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("supplierId", supplier.getId().toString());
        after.put("type", d.getType().name());
        after.put("number", d.getNumber());
        after.put("validTo", String.valueOf(d.getValidTo()));
        after.put("verification", d.getVerification().name());
        if (d.getFileName() != null) {
            after.put("file", d.getFileName());
        }
        if (d.getRejectionReason() != null) {
            after.put("rejectionReason", d.getRejectionReason());
        }
        events.publishEvent(AuditableEvent.change(action, ENTITY, d.getId(), supplier.getOrgUnitId(), summary,
                before, after).relatedTo(SupplierService.ENTITY, supplier.getId()));
    }

    private record Checked(SupplierDocument.Type type, String number, String issuer) {
    }

    private static Checked check(NewDocument input, Upload file, boolean fileRequired) {
        List<FieldProblem> problems = new ArrayList<>();
        SupplierDocument.Type type = null;
        if (input.type() == null || input.type().isBlank()) {
            problems.add(new FieldProblem("type", "supplier.error.required"));
        } else {
            try {
                type = SupplierDocument.Type.valueOf(input.type().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("type", "supplier.document.error.type"));
            }
        }
        String number = text("number", input.number(), 100, problems);
        String issuer = text("issuer", input.issuer(), 200, problems);
        if (input.validFrom() == null) {
            problems.add(new FieldProblem("validFrom", "supplier.error.required"));
        } else if (input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            problems.add(new FieldProblem("validTo", "supplier.document.error.validTo"));
        }
        if (fileRequired && file == null) {
            problems.add(new FieldProblem("file", "supplier.error.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        return new Checked(type, number, issuer);
    }

    private static UUID currentUser() {
        return VigilPrincipal.current().map(VigilPrincipal::userId)
                .orElseThrow(() -> new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail"));
    }

    private static UUID currentUserOrNull() {
        return VigilPrincipal.current().map(VigilPrincipal::userId).orElse(null);
    }

    private static String text(String field, String value, int max, List<FieldProblem> problems) {
        String v = SupplierService.trim(value);
        if (v == null) {
            problems.add(new FieldProblem(field, "supplier.error.required"));
        } else if (v.length() > max) {
            problems.add(new FieldProblem(field, "supplier.error.tooLong", max));
        }
        return v;
    }
}
