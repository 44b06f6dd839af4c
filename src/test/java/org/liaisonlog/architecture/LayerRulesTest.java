package org.liaisonlog.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaisonlog.architecture.fixture.gui.GuiReachingIntoPersistence;
import org.liaisonlog.architecture.fixture.logic.LogicReachingIntoGuiAndDatabase;
import org.liaisonlog.architecture.fixture.model.ModelReachingIntoLogic;
import org.liaisonlog.model.event.Event;

/**
 * The layers: {@code model} depends on nothing of ours; {@code logic} has no GUI and no database;
 * {@code gui} has no database; only {@code persistence} (and the composition root) touches jOOQ,
 * JDBC, H2 and Flyway. Each rule is also shown to catch a class that breaks it.
 */
class LayerRulesTest {

    private static final String[] DATABASE = {"org.jooq..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb.."};
    private static final String ROOT = "org.liaisonlog";
    private static final String GENERATED = "org.liaisonlog.persistence.generated..";

    static final ArchRule MODEL_DEPENDS_ON_NOTHING_OF_OURS = classes()
            .that().resideInAPackage("..model..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..").or(resideInAPackage("..model..")))
            .as("model depends on nothing of ours outside model");

    static final ArchRule MODEL_HAS_NO_FX_OR_DATABASE = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "javax.sql..");

    static final ArchRule LOGIC_HAS_NO_GUI_OR_DATABASE = noClasses()
            .that().resideInAPackage("..logic..")
            .should().dependOnClassesThat().resideInAnyPackage("..gui..", "..persistence..", "javafx..",
                    "org.jooq..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..");

    static final ArchRule GUI_HAS_NO_DATABASE = noClasses()
            .that().resideInAPackage("..gui..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.jooq..", "java.sql..",
                    "javax.sql..", "org.h2..", "org.flywaydb..");

    static final ArchRule ONLY_PERSISTENCE_TOUCHES_THE_DATABASE = noClasses()
            .that().resideOutsideOfPackages("..persistence..", ROOT)
            .should().dependOnClassesThat().resideInAnyPackage(DATABASE)
            .as("only persistence and the composition root touch jOOQ, JDBC, H2 and Flyway");

    static final ArchRule GENERATED_JOOQ_STAYS_IN_PERSISTENCE = noClasses()
            .that().resideOutsideOfPackage("org.liaisonlog.persistence..")
            .should().dependOnClassesThat().resideInAPackage(GENERATED)
            .as("no class outside persistence uses the generated jOOQ classes");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(outside(testClassesFolder()))
                .importPackages(ROOT);
    }

    /**
     * The folder the test classes were compiled to, wherever the build put it: ArchUnit's own
     * option knows tests only by a path containing {@code target/test-classes}, which a build with
     * another build folder ({@code -Dbuild.dir=…}) does not have.
     */
    private static String testClassesFolder() {
        try {
            return LayerRulesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportOption outside(String folder) {
        return location -> !location.asURI().toString().startsWith(folder);
    }

    @Test
    void theImportHoldsEveryLayer() {
        assertThat(main.contain(Event.class)).isTrue();
        assertThat(main.contain("org.liaisonlog.logic.event.EventValidator")).isTrue();
        assertThat(main.contain("org.liaisonlog.gui.event.EventsView")).isTrue();
        assertThat(main.contain("org.liaisonlog.persistence.H2Catalogue")).isTrue();
        assertThat(main.contain("org.liaisonlog.persistence.generated.Tables")).as("the generated jOOQ classes").isTrue();
        assertThat(main.contain(LayerRulesTest.class)).as("tests are not imported").isFalse();
        assertThat(main.contain(LogicReachingIntoGuiAndDatabase.class)).as("fixtures are not imported").isFalse();
        assertThat(ArchConfiguration.get().getPropertyOrDefault("archRule.failOnEmptyShould", "true"))
                .as("a rule that checks no class fails").isEqualTo("true");
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        MODEL_DEPENDS_ON_NOTHING_OF_OURS.check(main);
        MODEL_HAS_NO_FX_OR_DATABASE.check(main);
    }

    @Test
    void logicHasNoGuiAndNoDatabase() {
        LOGIC_HAS_NO_GUI_OR_DATABASE.check(main);
    }

    @Test
    void guiHasNoDatabase() {
        GUI_HAS_NO_DATABASE.check(main);
    }

    @Test
    void onlyPersistenceAndTheCompositionRootTouchTheDatabase() {
        ONLY_PERSISTENCE_TOUCHES_THE_DATABASE.check(main);
    }

    @Test
    void generatedJooqClassesStayInPersistence() {
        GENERATED_JOOQ_STAYS_IN_PERSISTENCE.check(main);
    }

    // ---- the rules catch what they should ----

    @Test
    void theModelRuleCatchesAModelClassUsingLogic() {
        JavaClasses bad = new ClassFileImporter().importClasses(ModelReachingIntoLogic.class);

        assertThatThrownBy(() -> MODEL_DEPENDS_ON_NOTHING_OF_OURS.check(bad))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Names");
    }

    @Test
    void theLogicRuleCatchesALogicClassUsingTheGuiOrJdbc() {
        JavaClasses bad = new ClassFileImporter().importClasses(LogicReachingIntoGuiAndDatabase.class);

        assertThatThrownBy(() -> LOGIC_HAS_NO_GUI_OR_DATABASE.check(bad))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.liaisonlog.gui.Screen")
                .hasMessageContaining("java.sql.Connection");
        assertThatThrownBy(() -> ONLY_PERSISTENCE_TOUCHES_THE_DATABASE.check(bad))
                .isInstanceOf(AssertionError.class).hasMessageContaining("java.sql.Connection");
        assertThatThrownBy(() -> GENERATED_JOOQ_STAYS_IN_PERSISTENCE.check(bad))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Tables");
    }

    @Test
    void theGuiRuleCatchesAViewOpeningTheDatabase() {
        JavaClasses bad = new ClassFileImporter().importClasses(GuiReachingIntoPersistence.class);

        assertThatThrownBy(() -> GUI_HAS_NO_DATABASE.check(bad))
                .isInstanceOf(AssertionError.class).hasMessageContaining("H2Catalogue");
    }

    @Test
    void aRuleThatChecksNoClassFails() {
        JavaClasses onlyModel = new ClassFileImporter().importClasses(Event.class);

        assertThatThrownBy(() -> LOGIC_HAS_NO_GUI_OR_DATABASE.check(onlyModel))
                .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
    }
}
