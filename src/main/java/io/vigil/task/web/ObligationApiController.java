package io.vigil.task.web;

import io.vigil.identity.Role;
import io.vigil.shared.web.PageResponse;
import io.vigil.shared.web.VigilException;
import io.vigil.task.ObligationView;
import io.vigil.task.PeriodView;
import io.vigil.task.Recurrence;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.internal.ObligationService;
import io.vigil.task.internal.ObligationService.ObligationDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/obligations}: recurring obligations, their periods and the missed ones. */
@RestController
@RequestMapping("/api/v1/obligations")
class ObligationApiController {

    /** The named cadences of the form; {@code RRULE} takes {@code rrule} as given. */
    enum Cadence { DAILY, WEEKLY, MONTHLY, QUARTERLY, YEARLY, RRULE }

    record DefineObligation(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 300) String title,
            @Size(max = 300) String titleZh, @Size(max = 4000) String description, @NotBlank String kind,
            @NotNull Cadence cadence, DayOfWeek weekday, @Min(-31) @Max(31) Integer dayOfMonth,
            @Size(max = 200) String rrule, @NotNull LocalDate startsOn, @Min(0) @Max(366) int deadlineDays,
            @NotNull UUID orgUnitId, @Size(max = 300) String scope, UUID ownerUserId, Role ownerRole,
            TaskPriority priority) {

        String toRule() {
            return switch (cadence) {
                case DAILY -> Recurrence.daily();
                case WEEKLY -> Recurrence.weeklyOn(weekday == null ? startsOn.getDayOfWeek() : weekday);
                case MONTHLY -> Recurrence.monthlyOn(dayOfMonth == null ? startsOn.getDayOfMonth() : dayOfMonth);
                case QUARTERLY -> Recurrence.quarterlyOn(dayOfMonth == null ? startsOn.getDayOfMonth() : dayOfMonth);
                case YEARLY -> Recurrence.yearly();
                case RRULE -> rrule;
            };
        }
    }

    private final ObligationService obligations;

    ObligationApiController(ObligationService obligations) {
        this.obligations = obligations;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('task:read')")
    PageResponse<ObligationView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(obligations.visible(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                Sort.by("code"))), o -> o);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('task:read')")
    ObligationView one(@PathVariable UUID id) {
        return obligations.get(id);
    }

    @GetMapping("/{id}/periods")
    @PreAuthorize("hasAuthority('task:read')")
    PageResponse<PeriodView> periods(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(obligations.periodsOf(id, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 100))), p -> p);
    }

    @GetMapping("/periods/missed")
    @PreAuthorize("hasAuthority('task:read')")
    PageResponse<PeriodView> missed(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(obligations.missed(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))),
                p -> p);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('task:manage')")
    ObligationView define(@Valid @RequestBody DefineObligation body) {
        if ((body.ownerUserId() == null) == (body.ownerRole() == null)) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "task.error.owner");
        }
        if (body.cadence() == Cadence.RRULE && (body.rrule() == null || body.rrule().isBlank())) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "obligation.error.rrule", "rrule");
        }
        TaskOwner owner = body.ownerUserId() != null ? TaskOwner.user(body.ownerUserId())
                : TaskOwner.role(body.ownerRole());
        return obligations.define(new ObligationDefinition(body.code(), body.title(), body.titleZh(),
                body.description(), body.kind(), body.toRule(), body.startsOn(), body.deadlineDays(), body.orgUnitId(),
                body.scope(), owner, body.priority()));
    }
}
