package io.kubelift;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Data flows one way through the pipeline, and each heavy library stays in its own package. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.kubelift");

  @Test
  void packages_depend_only_down_the_pipeline() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("cli").definedBy("io.kubelift.cli..")
        .layer("report").definedBy("io.kubelift.report..")
        .layer("plan").definedBy("io.kubelift.plan..")
        .layer("cluster").definedBy("io.kubelift.cluster..")
        .layer("assess").definedBy("io.kubelift.assess..")
        .layer("rubric").definedBy("io.kubelift.rubric..")
        .layer("inventory").definedBy("io.kubelift.inventory..")
        .layer("model").definedBy("io.kubelift.model..")
        .layer("source").definedBy("io.kubelift.source..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("plan").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("cluster").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("assess").mayOnlyBeAccessedByLayers("cli", "report", "plan", "cluster")
        .whereLayer("rubric").mayOnlyBeAccessedByLayers("cli", "report", "plan", "cluster", "assess")
        .whereLayer("inventory").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "report", "plan", "cluster", "assess", "rubric",
            "inventory")
        .whereLayer("source").mayOnlyBeAccessedByLayers("cli", "report", "plan", "cluster", "rubric", "inventory")
        .withOptionalLayers(true)
        .check(CLASSES);
  }

  @Test
  void the_model_depends_on_no_library() {
    noClasses().that().resideInAPackage("io.kubelift.model..").should().dependOnClassesThat()
        .resideOutsideOfPackages("io.kubelift.model..", "java..").check(CLASSES);
  }

  @Test
  void picocli_stays_in_the_cli() {
    noClasses().that().resideOutsideOfPackage("io.kubelift.cli..").should().dependOnClassesThat()
        .resideInAPackage("picocli..").check(CLASSES);
  }

  @Test
  void fabric8_stays_in_plan_and_cluster() {
    noClasses().that().resideOutsideOfPackages("io.kubelift.plan..", "io.kubelift.cluster..", "io.kubelift.cli..")
        .should().dependOnClassesThat().resideInAPackage("io.fabric8..").check(CLASSES);
  }

  @Test
  void poi_stays_in_inventory_and_commons_csv_in_inventory_and_report() {
    noClasses().that().resideOutsideOfPackage("io.kubelift.inventory..").should().dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..").check(CLASSES);
    noClasses().that().resideOutsideOfPackages("io.kubelift.inventory..", "io.kubelift.report..").should()
        .dependOnClassesThat().resideInAnyPackage("org.apache.commons.csv..").check(CLASSES);
  }

  @Test
  void freemarker_jfreechart_and_the_pdf_libraries_stay_in_report() {
    noClasses().that().resideOutsideOfPackage("io.kubelift.report..").should().dependOnClassesThat()
        .resideInAnyPackage("freemarker..", "org.jfree..", "com.openhtmltopdf..", "org.apache.pdfbox..")
        .check(CLASSES);
  }
}
