package io.vigil.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.vigil.shared.web.PublicEndpoint;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "io.vigil", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String ROOT = "io.vigil.";

    @ArchTest
    static final ArchRule entitiesAreOnlyUsedInsideTheirModule = classes().that().areAnnotatedWith(Entity.class)
            .should(beUsedOnlyInsideTheirOwnModule())
            .because("another module refers to a record by its id and reads it through the owner's facade");

    @ArchTest
    static final ArchRule repositoriesAreOnlyUsedInsideTheirModule = classes().that()
            .areAssignableTo(Repository.class).and().resideInAPackage("io.vigil..")
            .should(beUsedOnlyInsideTheirOwnModule());

    @ArchTest
    static final ArchRule entitiesAndRepositoriesStayOutOfTheModuleApi = classes().that()
            .areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
            .and().resideInAPackage("io.vigil..")
            .should(resideBelowTheirModuleRoot());

    @ArchTest
    static final ArchRule domainDoesNotDependOnWeb = noClasses().that().resideInAPackage("io.vigil..internal..")
            .should().dependOnClassesThat(DescribedPredicate.describe("module web classes", javaClass ->
                    javaClass.getPackageName().matches("io\\.vigil\\.\\w+\\.web(\\..*)?")
                            && !javaClass.getPackageName().startsWith("io.vigil.shared.")));

    @ArchTest
    static final ArchRule everyEndpointDeclaresItsAuthorization = methods().that()
            .areAnnotatedWith(RequestMapping.class).or().areMetaAnnotatedWith(RequestMapping.class)
            .and().areDeclaredInClassesThat(areControllers())
            .should(declareAuthorization())
            .because("every endpoint says who may call it: a permission check or an explicit public allow-list");

    private static DescribedPredicate<JavaClass> areControllers() {
        return DescribedPredicate.describe("controllers", javaClass -> javaClass.isAnnotatedWith(Controller.class)
                || javaClass.isAnnotatedWith(RestController.class));
    }

    private static ArchCondition<JavaMethod> declareAuthorization() {
        return new ArchCondition<>("be annotated with @PreAuthorize or @PublicEndpoint (on the method or its class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = method.isAnnotatedWith(PreAuthorize.class)
                        || method.isAnnotatedWith(PublicEndpoint.class)
                        || method.getOwner().isAnnotatedWith(PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(PublicEndpoint.class);
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method,
                            method.getFullName() + " declares no authorization"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirOwnModule() {
        return new ArchCondition<>("be used only inside their own module") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String module = moduleOf(target);
                for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    if (origin.getPackageName().startsWith(ROOT) && !module.equals(moduleOf(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> resideBelowTheirModuleRoot() {
        return new ArchCondition<>("reside in a sub-package of their module, not its API package") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String relative = target.getPackageName().substring(ROOT.length());
                if (!relative.contains(".")) {
                    events.add(SimpleConditionEvent.violated(target, target.getName() + " is in the module's API package"));
                }
            }
        };
    }

    static String moduleOf(JavaClass javaClass) {
        String relative = javaClass.getPackageName().startsWith(ROOT)
                ? javaClass.getPackageName().substring(ROOT.length()) : javaClass.getPackageName();
        int dot = relative.indexOf('.');
        return dot < 0 ? relative : relative.substring(0, dot);
    }
}
