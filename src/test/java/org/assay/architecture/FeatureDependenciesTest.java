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
 * <p>No loop is left (docs/architecture.md, "Feature dependencies"). {@link #KNOWN_CYCLES} is where one would be frozen,
 * class by class, should a loop ever have to be tolerated for a while: each entry names a class whose dependency on
 * another feature closes the loop; any other cycle fails.
 */
class FeatureDependenciesTest {

    /** Origin class (its nested classes too) → the feature it may still depend on, closing a known loop. */
    static final Map<String, String> KNOWN_CYCLES = Map.of();

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
