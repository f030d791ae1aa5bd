package org.assay.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Feature packages ({@code org.assay.<feature>..}, {@code platform} included) form no dependency cycle.
 *
 * <p>The loops that exist today and are frozen here, class by class, as {@link #KNOWN_CYCLES}: each entry names a class
 * whose dependency on another feature closes a loop. The sweep breaks them (docs/architecture.md, "Feature
 * dependencies") and deletes the entries; any other cycle, or a new class on one of these loops, fails now.
 */
class FeatureDependenciesTest {

    /** Origin class (its nested classes too) → the feature it may still depend on, closing a known loop. */
    static final Map<String, String> KNOWN_CYCLES = Map.ofEntries(
            // assessment ↔ accreditation: accreditation's scope names assessment's AssessmentMethod vocabulary
            Map.entry("org.assay.accreditation.Accreditation", "org.assay.assessment"),
            Map.entry("org.assay.accreditation.AccreditationApi", "org.assay.assessment"),
            Map.entry("org.assay.accreditation.AccreditationScope", "org.assay.assessment"),
            Map.entry("org.assay.accreditation.AccreditationService", "org.assay.assessment"),
            // framework ↔ assessment.scoring: the framework stores and validates scoring rules and ratings of assessment
            Map.entry("org.assay.framework.FrameworkApi", "org.assay.assessment"),
            Map.entry("org.assay.framework.FrameworkService", "org.assay.assessment"),
            Map.entry("org.assay.framework.document.FrameworkDocument", "org.assay.assessment"),
            Map.entry("org.assay.framework.document.FrameworkDocumentReader", "org.assay.assessment"),
            Map.entry("org.assay.framework.document.ScoringRulesJson", "org.assay.assessment"));

    @Test
    void featurePackagesFormNoCycleBeyondTheKnownOnes() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.assay");
        featureCycles("org.assay", KNOWN_CYCLES).check(main);
    }

    @Test
    void aNewCycleFails() {
        // given two fixture features that depend on each other
        JavaClasses fixture = new ClassFileImporter().importPackages("org.assay.archfixture");
        // then the rule refuses them
        assertThrows(AssertionError.class, () -> featureCycles("org.assay.archfixture", Map.of()).check(fixture));
        // and accepts them only with the loop frozen explicitly
        featureCycles("org.assay.archfixture", Map.of("org.assay.archfixture.beta.Beta", "org.assay.archfixture.alpha")).check(fixture);
    }

    @Test
    void aNewClassOnAKnownLoopFails() {
        // given the fixture loop frozen for another class than the one that closes it
        JavaClasses fixture = new ClassFileImporter().importPackages("org.assay.archfixture");
        // then the rule still refuses it: the freeze is per class, not per pair of features
        assertThrows(AssertionError.class, () -> featureCycles("org.assay.archfixture",
                Map.of("org.assay.archfixture.beta.Other", "org.assay.archfixture.alpha")).check(fixture));
    }

    /** No cycle between the packages right under {@code root}, except the dependencies {@code known} freezes. */
    static ArchRule featureCycles(String root, Map<String, String> known) {
        SliceRule rule = slices().matching(root + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles();
        for (Map.Entry<String, String> e : known.entrySet()) {
            rule = rule.ignoreDependency(classOrNested(e.getKey()), inPackage(e.getValue()));
        }
        return rule;
    }

    private static DescribedPredicate<JavaClass> classOrNested(String name) {
        return DescribedPredicate.describe(name, c -> c.getName().equals(name) || c.getName().startsWith(name + "$"));
    }

    private static DescribedPredicate<JavaClass> inPackage(String pkg) {
        return DescribedPredicate.describe("in " + pkg, c -> c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + "."));
    }
}
