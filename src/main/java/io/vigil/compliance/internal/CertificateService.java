package io.vigil.compliance.internal;

import io.vigil.identity.Role;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.VigilException;
import io.vigil.task.NewTask;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Certificates and MLPS filings within the caller's data scope, and the reminders before expiry and surveillance. */
@Service
@Transactional
public class CertificateService {

    /** Reminder horizon: a task is opened this many days before an expiry or surveillance audit. */
    public static final int REMINDER_DAYS = 30;
    static final String EXPIRY_TASK = "CERTIFICATE_EXPIRY";
    static final String SURVEILLANCE_TASK = "SURVEILLANCE_AUDIT";

    private final CertificateRepository certificates;
    private final MlpsFilingRepository filings;
    private final DataScope scope;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateService(CertificateRepository certificates, MlpsFilingRepository filings, DataScope scope, Tasks tasks,
            ApplicationEventPublisher events, Clock clock) {
        this.certificates = certificates;
        this.filings = filings;
        this.scope = scope;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    public Certificate create(CertificateData d) {
        scope.requireAccess(ControlService.WRITE, d.orgUnitId(), "OrgUnit", d.orgUnitId());
        validate(d);
        Certificate c = certificates.saveAndFlush(new Certificate(UUID.randomUUID(), d, clock.instant()));
        events.publishEvent(AuditableEvent.change("CREATED", "Certificate", c.id(), c.orgUnitId(),
                "Certificate " + d.standard() + " " + d.number() + " recorded", Map.of(),
                Map.of("standard", d.standard(), "number", d.number(), "expiresOn", d.expiresOn())));
        return c;
    }

    public Certificate update(UUID id, CertificateData d, long expectedVersion) {
        Certificate c = load(id, ControlService.WRITE);
        scope.requireAccess(ControlService.WRITE, d.orgUnitId(), "OrgUnit", d.orgUnitId());
        if (c.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Certificate.class, id);
        }
        validate(d);
        LocalDate oldExpiry = c.expiresOn();
        c.apply(d, clock.instant());
        certificates.saveAndFlush(c);
        if (!oldExpiry.equals(d.expiresOn())) {
            // renewed: the reminder about the old expiry no longer applies
            tasks.fulfil(related(c), "certificate renewed until " + d.expiresOn());
        }
        events.publishEvent(AuditableEvent.change("UPDATED", "Certificate", c.id(), c.orgUnitId(),
                "Certificate " + d.standard() + " " + d.number() + " updated", Map.of("expiresOn", oldExpiry),
                Map.of("expiresOn", d.expiresOn())));
        return c;
    }

    private static void validate(CertificateData d) {
        if (d.standard() == null || !CertificateData.STANDARDS.contains(d.standard()) || d.issuingBody() == null
                || d.issuingBody().isBlank() || d.number() == null || d.number().isBlank() || d.issuedOn() == null
                || d.expiresOn() == null || d.scopeSites().isEmpty()) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.certificate.required",
                    String.join(", ", CertificateData.STANDARDS));
        }
        if (d.expiresOn().isBefore(d.issuedOn())) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.certificate.dates");
        }
    }

    @Transactional(readOnly = true)
    public Certificate get(UUID id) {
        return load(id, ControlService.READ);
    }

    @Transactional(readOnly = true)
    public Page<Certificate> list(Pageable pageable) {
        return certificates.findByOrgUnitIdIn(scope.visibleUnits(ControlService.READ).forQuery(), pageable);
    }

    /**
     * Opens a reminder task for every certificate expiring, or due for a surveillance audit, within
     * {@link #REMINDER_DAYS}. Opening is idempotent per certificate and kind, so daily runs add nothing twice.
     */
    public int openReminders() {
        LocalDate today = LocalDate.now(clock);
        int opened = 0;
        for (Certificate c : certificates.dueBetween(today, today.plusDays(REMINDER_DAYS))) {
            TaskOwner owner = TaskOwner.role(Role.COMPLIANCE_MANAGER);
            if (!c.expiresOn().isBefore(today) && !c.expiresOn().isAfter(today.plusDays(REMINDER_DAYS))) {
                tasks.open(new NewTask("Renew " + c.standard() + " certificate " + c.number(),
                        "The certificate expires on " + c.expiresOn(), EXPIRY_TASK, c.orgUnitId(), owner, related(c),
                        c.expiresOn(), TaskPriority.HIGH));
                opened++;
            }
            LocalDate s = c.nextSurveillanceOn();
            if (s != null && !s.isBefore(today) && !s.isAfter(today.plusDays(REMINDER_DAYS))) {
                tasks.open(new NewTask("Prepare the " + c.standard() + " surveillance audit (" + c.number() + ")",
                        "Surveillance audit on " + s, SURVEILLANCE_TASK, c.orgUnitId(), owner, related(c), s,
                        TaskPriority.NORMAL));
                opened++;
            }
        }
        return opened;
    }

    static RelatedRecord related(Certificate c) {
        return new RelatedRecord("compliance", "Certificate", c.id().toString(), "/compliance/certificates");
    }

    private Certificate load(UUID id, String permission) {
        Certificate c = certificates.findById(id).orElseThrow(() -> new RecordNotFoundException("Certificate", id));
        scope.requireAccess(permission, c.orgUnitId(), "Certificate", id);
        return c;
    }

    public MlpsFiling file(String systemName, int level, String filingNumber, UUID orgUnitId, LocalDate lastAssessedOn) {
        scope.requireAccess(ControlService.WRITE, orgUnitId, "OrgUnit", orgUnitId);
        if (systemName == null || systemName.isBlank() || filingNumber == null || filingNumber.isBlank()
                || level < 1 || level > 5) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.mlps.required");
        }
        MlpsFiling f = filings.saveAndFlush(new MlpsFiling(UUID.randomUUID(), systemName.strip(), level,
                filingNumber.strip(), orgUnitId, lastAssessedOn, clock.instant()));
        events.publishEvent(AuditableEvent.change("CREATED", "MlpsFiling", f.id(), orgUnitId,
                "MLPS filing " + filingNumber + " (level " + level + ") recorded", Map.of(),
                Map.of("system", systemName, "level", level, "filingNumber", filingNumber)));
        return f;
    }

    @Transactional(readOnly = true)
    public Page<MlpsFiling> filings(Pageable pageable) {
        return filings.findByOrgUnitIdIn(scope.visibleUnits(ControlService.READ).forQuery(), pageable);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
