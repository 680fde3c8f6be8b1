package io.vigil.supplier.internal;

import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.internal.AccessStages.Stage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shortlist announcement: publication opens an objection window of N working days
 * ({@link WorkingDays}, default {@code vigil.supplier.access.objection-window-days} = 3) that ends on the
 * Nth working day after the publication date; objections raised within it are recorded and must each be
 * resolved before the stage can complete (the check is in {@link AccessCaseService#completeStage}).
 */
@Service
@Transactional
public class AccessShortlistService {

    static final String OBJECTION = "SupplierAccessObjection";

    private final AccessCaseRepository cases;
    private final AccessObjectionRepository objections;
    private final AccessCaseAccess access;
    private final WorkingDays workingDays;
    private final AccessSettings settings;
    private final Clock clock;

    AccessShortlistService(AccessCaseRepository cases, AccessObjectionRepository objections, AccessCaseAccess access,
            WorkingDays workingDays, AccessSettings settings, Clock clock) {
        this.cases = cases;
        this.objections = objections;
        this.access = access;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
    }

    /** Publishes the shortlist on {@code publishedOn} (not in the future); {@code windowDays} null = the default. */
    public AccessCaseView announce(UUID caseId, LocalDate publishedOn, Integer windowDays) {
        AccessCase c = access.inStage(caseId, Stage.SHORTLIST_ANNOUNCEMENT);
        Supplier supplier = access.writable(c.getSupplierId());
        int days = windowDays == null ? settings.objectionWindowDays() : windowDays;
        List<FieldProblem> problems = new ArrayList<>();
        if (publishedOn == null) {
            problems.add(new FieldProblem("publishedOn", "supplier.error.required"));
        } else if (publishedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("publishedOn", "supplier.access.error.future"));
        }
        if (days < 1 || days > 30) {
            problems.add(new FieldProblem("objectionWindowDays", "supplier.access.error.windowDays"));
        }
        AccessCaseAccess.require(problems);
        if (c.getPublishedOn() != null) {
            throw new VigilException(HttpStatus.CONFLICT, "already-published", "supplier.access.error.alreadyPublished",
                    c.getPublishedOn().toString());
        }
        c.announce(publishedOn, days, workingDays.plus(publishedOn, days));
        cases.flush();
        access.audit("SHORTLIST_PUBLISHED", c, supplier, "Shortlist published on " + publishedOn
                + ", objections until " + c.getObjectionWindowEnds());
        return AccessCaseView.of(c);
    }

    /** Records an objection raised on {@code raisedOn} (default today), which must lie within the window. */
    public AccessObjectionView object(UUID caseId, String objector, String text, LocalDate raisedOn) {
        AccessCase c = access.inStage(caseId, Stage.SHORTLIST_ANNOUNCEMENT);
        Supplier supplier = access.writable(c.getSupplierId());
        LocalDate today = LocalDate.now(clock);
        LocalDate raised = raisedOn == null ? today : raisedOn;
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "objector", objector, 200);
        required(problems, "text", text, 4000);
        if (raised.isAfter(today)) {
            problems.add(new FieldProblem("raisedOn", "supplier.access.error.future"));
        }
        AccessCaseAccess.require(problems);
        if (c.getPublishedOn() == null) {
            throw new VigilException(HttpStatus.CONFLICT, "announcement-required",
                    "supplier.access.error.announcementRequired");
        }
        if (raised.isBefore(c.getPublishedOn()) || raised.isAfter(c.getObjectionWindowEnds())) {
            throw new VigilException(HttpStatus.CONFLICT, "objection-window-closed",
                    "supplier.access.error.windowClosed", c.getPublishedOn().toString(),
                    c.getObjectionWindowEnds().toString());
        }
        AccessObjection saved = objections.save(new AccessObjection(c.getId(), objector.strip(), text.strip(), raised,
                AccessCaseAccess.currentUser(), clock.instant()));
        objections.flush();
        access.audit("OBJECTION_RECORDED", c, supplier, "Objection by " + saved.getObjector() + " recorded");
        return AccessObjectionView.of(saved);
    }

    public AccessObjectionView resolve(UUID caseId, UUID objectionId, String resolution) {
        AccessCase c = access.inStage(caseId, Stage.SHORTLIST_ANNOUNCEMENT);
        Supplier supplier = access.writable(c.getSupplierId());
        AccessObjection objection = objections.findById(objectionId).filter(o -> o.getCaseId().equals(c.getId()))
                .orElseThrow(() -> new RecordNotFoundException(OBJECTION, objectionId));
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "resolution", resolution, 4000);
        AccessCaseAccess.require(problems);
        if (objection.isResolved()) {
            throw new VigilException(HttpStatus.CONFLICT, "objection-resolved", "supplier.access.error.objectionResolved");
        }
        objection.resolve(resolution.strip(), AccessCaseAccess.currentUser(), clock.instant());
        objections.flush();
        access.audit("OBJECTION_RESOLVED", c, supplier, "Objection by " + objection.getObjector() + " resolved");
        return AccessObjectionView.of(objection);
    }

    @Transactional(readOnly = true)
    public List<AccessObjectionView> objections(UUID caseId) {
        AccessCase c = access.find(caseId);
        return objections.findByCaseIdOrderByRecordedAtAsc(c.getId()).stream().map(AccessObjectionView::of).toList();
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "supplier.error.required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "supplier.access.error.tooLong", max));
        }
    }
}
