package io.vigil.supplier.web;

import io.vigil.shared.web.VigilException;
import io.vigil.supplier.internal.CategoryAdminView;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SupplierCategoryAdmin;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The category administration screen: the list, a form to add one, and a form to change one. */
@Controller
@RequestMapping("/suppliers/categories")
class SupplierCategoryPageController {

    private final SupplierCategoryAdmin categories;

    SupplierCategoryPageController(SupplierCategoryAdmin categories) {
        this.categories = categories;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('supplier:read')")
    String list(Model model) {
        return page(model, new CategoryForm(), null);
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize("hasAuthority('supplier:approve')")
    String edit(@PathVariable String code, Model model) {
        CategoryAdminView category = categories.list().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new io.vigil.shared.security.RecordNotFoundException("SupplierCategory", code));
        return page(model, CategoryForm.of(category), code);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('supplier:approve')")
    String create(@ModelAttribute("form") CategoryForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            CategoryAdminView created = categories.create(form.toData());
            redirect.addFlashAttribute("saved", created.code());
            return "redirect:/suppliers/categories";
        } catch (InvalidSupplierException e) {
            reject(binding, e.problems());
        } catch (VigilException e) {
            binding.rejectValue("code", e.messageKey(), e.arguments(), e.messageKey());
        }
        return page(model, form, null);
    }

    @PostMapping("/{code}")
    @PreAuthorize("hasAuthority('supplier:approve')")
    String update(@PathVariable String code, @ModelAttribute("form") CategoryForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            categories.update(code, form.toData());
            redirect.addFlashAttribute("saved", code);
            return "redirect:/suppliers/categories";
        } catch (InvalidSupplierException e) {
            reject(binding, e.problems());
        }
        form.setCode(code);
        return page(model, form, code);
    }

    private String page(Model model, CategoryForm form, String editing) {
        model.addAttribute("categories", categories.list());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("documentTypes", SupplierCategoryAdmin.documentTypes());
        return "supplier/categories";
    }

    private static void reject(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            if (binding.getFieldErrorCount(problem.field()) == 0) {
                binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
            }
        }
    }
}
