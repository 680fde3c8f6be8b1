package io.vigil.supplier.internal;

import io.vigil.identity.UserDirectory;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.storage.FileStore;
import io.vigil.storage.StoredFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile, after {@link SupplierDemoData}: the portal user's company has two documents uploaded
 * through the portal (with files) waiting for verification, and the suppliers with access cases plus
 * the portal company get their history in the audit trail (registration, documents, case stages), so
 * their timelines and the dashboard have content. Runs once: skipped when a portal upload exists.
 */
@Component
@Profile("demo")
@Order(45)
class SupplierInsightDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SupplierInsightDemoData.class);
    private static final String ACTOR = "demo-data";

    private final SupplierRepository suppliers;
    private final SupplierDocumentRepository documents;
    private final AccessCaseRepository cases;
    private final ContactAccountRepository contacts;
    private final UserDirectory users;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierInsightDemoData(SupplierRepository suppliers, SupplierDocumentRepository documents,
            AccessCaseRepository cases, ContactAccountRepository contacts, UserDirectory users, FileStore files,
            ApplicationEventPublisher events, Clock clock) {
        this.suppliers = suppliers;
        this.documents = documents;
        this.cases = cases;
        this.contacts = contacts;
        this.users = users;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (documents.existsBySource(SupplierDocument.Source.PORTAL)) {
            return;
        }
        Optional<Supplier> portalCompany = users.findByUsername("supplier")
                .flatMap(user -> contacts.findById(user.id()))
                .flatMap(account -> suppliers.findById(account.getSupplierId()));
        List<AccessCase> all = cases.findAll().stream().sorted(Comparator.comparing(AccessCase::getId)).toList();
        List<Supplier> withHistory = Stream.concat(portalCompany.stream(),
                        suppliers.findAllById(all.stream().map(AccessCase::getSupplierId).toList()).stream())
                .distinct().toList();
        for (Supplier s : withHistory) {
            history(s, all.stream().filter(c -> c.getSupplierId().equals(s.getId())).toList());
        }
        portalCompany.ifPresent(company -> users.findByUsername("supplier")
                .ifPresent(contact -> pendingUploads(company, contact.id())));
        log.info("Demo data: timelines for {} suppliers, portal uploads waiting for verification", withHistory.size());
    }

    /** What the trail would hold had the supplier been registered and worked on through the screens. */
    private void history(Supplier s, List<AccessCase> supplierCases) {
        publish("CREATED", SupplierService.ENTITY, s.getId(), s, "Supplier " + s.getName() + " registered",
                Map.of("status", s.getStatus().name(), "region", s.getRegion().name()));
        for (SupplierDocument d : documents.findBySupplierIdOrderByTypeAscValidToDesc(s.getId())) {
            publish("CREATED", SupplierDocumentService.ENTITY, d.getId(), s, "Document " + d.getType() + " "
                    + d.getNumber() + " added to supplier " + s.getName(), Map.of("type", d.getType().name(),
                    "number", d.getNumber(), "validTo", String.valueOf(d.getValidTo())));
        }
        for (AccessCase c : supplierCases) {
            publish("OPENED", AccessCaseService.ENTITY, c.getId(), s, "Opened " + c.getKind() + " access case for supplier "
                    + s.getName(), Map.of("kind", c.getKind().name()));
            c.getStages().stream().sorted(Comparator.comparing(AccessCase.StageRecord::stage)).forEach(stage ->
                    publish("STAGE_COMPLETED", AccessCaseService.ENTITY, c.getId(), s, "Completed "
                            + stage.stage() + " for supplier " + s.getName(), Map.of("stage", stage.stage().name())));
        }
    }

    private void pendingUploads(Supplier company, UUID contact) {
        LocalDate today = LocalDate.now(clock);
        upload(company, contact, SupplierDocument.Type.ISO14001, "CQC-EMS-" + today.getYear() + "-0417",
                today.minusMonths(2), today.plusYears(3));
        upload(company, contact, SupplierDocument.Type.ISO27001, "ISMS-" + today.getYear() + "-2291",
                today.minusMonths(1), today.plusYears(3));
    }

    private void upload(Supplier company, UUID contact, SupplierDocument.Type type, String number, LocalDate from,
            LocalDate to) {
        String text = "Demo scan of " + type + " certificate " + number + " for " + company.getName() + "\n";
        StoredFile file = files.store(type.name().toLowerCase() + "-" + number + ".txt", "text/plain",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        SupplierDocument d = SupplierDocument.fromPortal(company.getId(), type, number, "中国质量认证中心 (CQC)", from,
                to, contact, clock.instant());
        d.attach(file.id(), file.filename(), file.contentType(), file.size(), contact);
        documents.save(d);
        publish("UPLOADED", SupplierDocumentService.ENTITY, d.getId(), company, "Document " + type + " " + number
                + " uploaded in the portal for supplier " + company.getName() + ", waiting for verification",
                Map.of("type", type.name(), "number", number, "verification", d.getVerification().name()));
    }

    private void publish(String action, String entityType, UUID id, Supplier s, String summary,
            Map<String, Object> details) {
        Map<String, Object> after = new LinkedHashMap<>(details);
        after.put("supplierId", s.getId().toString());
        AuditableEvent event = AuditableEvent.change(action, entityType, id, s.getOrgUnitId(), summary, Map.of(), after)
                .byActor(ACTOR);
        events.publishEvent(SupplierService.ENTITY.equals(entityType) ? event
                : event.relatedTo(SupplierService.ENTITY, s.getId()));
    }
}
