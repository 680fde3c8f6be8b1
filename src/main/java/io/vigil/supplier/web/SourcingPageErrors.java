package io.vigil.supplier.web;

import io.vigil.shared.web.VigilException;
import io.vigil.supplier.internal.EvaluationIncompleteException;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SourcingRefusedException;
import io.vigil.supplier.internal.SourcingTransitionException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a sourcing or contract action from a screen and turns a refused one into a message in the user's
 * language (flashed to the page the form redirects to), the same words the API's problem+json carries.
 */
@Component
class SourcingPageErrors {

    private final MessageSource messages;

    SourcingPageErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs the action; on a business refusal flashes {@code error} and returns false. */
    boolean attempt(Runnable action, RedirectAttributes redirect, Locale locale) {
        String error = run(() -> {
            action.run();
            return null;
        }, locale);
        if (error != null) {
            redirect.addFlashAttribute("error", error);
            return false;
        }
        return true;
    }

    /** The action's message in words, or null when it succeeded. */
    String run(Supplier<Object> action, Locale locale) {
        try {
            action.get();
            return null;
        } catch (InvalidSupplierException e) {
            return e.problems().stream().map(p -> p.field() + ": " + text(p, locale))
                    .collect(Collectors.joining(" "));
        } catch (SourcingTransitionException e) {
            String allowed = e.allowed().isEmpty() ? "-" : String.join(", ", e.allowed());
            return e.activity() == null
                    ? messages.getMessage("sourcing.error.transition", new Object[] {e.from(), e.to(), allowed}, locale)
                    : messages.getMessage("sourcing.error.activity", new Object[] {
                            messages.getMessage("sourcing.activity." + e.activity(), null, locale), e.from(), allowed},
                            locale);
        } catch (EvaluationIncompleteException e) {
            return messages.getMessage("sourcing.error.evaluationIncomplete", new Object[] {e.missing().size()}, locale);
        } catch (SourcingRefusedException e) {
            String status = messages.getMessage("supplier.status." + e.status().name(), null, locale);
            return messages.getMessage("supplier.sourcing.error." + e.type(), new Object[] {e.status().name(), status},
                    locale);
        } catch (VigilException e) {
            return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
        } catch (OptimisticLockingFailureException e) {
            return messages.getMessage("problem.staleVersion.detail", null, locale);
        }
    }

    /** Field → message, for forms that show each message under its field. */
    java.util.Map<String, String> fieldErrors(InvalidSupplierException e, Locale locale) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        e.problems().forEach(p -> errors.merge(p.field(), text(p, locale), (a, b) -> a + " " + b));
        return errors;
    }

    private String text(FieldProblem p, Locale locale) {
        return messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale);
    }
}
