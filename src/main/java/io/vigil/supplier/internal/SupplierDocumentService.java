package io.vigil.supplier.internal;

import io.vigil.identity.Role;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.web.VigilException;
import io.vigil.task.NewTask;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import java.time.Clock;
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

    private final SupplierDocumentRepository documents;
    private final SupplierRepository suppliers;
    private final SupplierService supplierService;
    private final DataScope scope;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierDocumentService(SupplierDocumentRepository documents, SupplierRepository suppliers,
            SupplierService supplierService, DataScope scope, Tasks tasks, ApplicationEventPublisher events,
            Clock clock) {
        this.documents = documents;
        this.suppliers = suppliers;
        this.supplierService = supplierService;
        this.scope = scope;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    public SupplierDocumentView add(UUID supplierId, NewDocument input) {
        Supplier supplier = supplierService.visible(supplierId);
        if (!scope.canAccess(SupplierService.WRITE, supplier.getOrgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        List<FieldProblem> problems = new ArrayList<>();
        SupplierDocument.Type type = null;
        try {
            type = input.type() == null ? null : SupplierDocument.Type.valueOf(input.type().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("type", "supplier.document.error.type"));
        }
        if (input.type() == null) {
            problems.add(new FieldProblem("type", "supplier.error.required"));
        }
        String number = text("number", input.number(), 100, problems);
        String issuer = text("issuer", input.issuer(), 200, problems);
        if (input.validFrom() == null) {
            problems.add(new FieldProblem("validFrom", "supplier.error.required"));
        } else if (input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            problems.add(new FieldProblem("validTo", "supplier.document.error.validTo"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        SupplierDocument saved = documents.save(new SupplierDocument(supplierId, type, number, issuer,
                input.validFrom(), input.validTo(), clock.instant()));
        documents.flush();
        events.publishEvent(AuditableEvent.change("CREATED", ENTITY, saved.getId(), supplier.getOrgUnitId(),
                "Document " + type + " " + number + " added to supplier " + supplier.getName(), Map.of(),
                Map.of("supplierId", supplierId.toString(), "type", type.name(), "number", number,
                        "validTo", String.valueOf(input.validTo())))
                .relatedTo(SupplierService.ENTITY, supplierId));
        return view(supplier);
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
                d.getVersion())).toList(), required, lapsed, !lapsed.isEmpty());
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
