package id.kipp;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Dependencies between the modules under id.kipp (main code only). */
@AnalyzeClasses(packages = "id.kipp", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  private static final String[] MODULES = {
      "id.kipp.edition..", "id.kipp.registration..", "id.kipp.screening..", "id.kipp.evaluation..",
      "id.kipp.presentation..", "id.kipp.award..", "id.kipp.objection..", "id.kipp.fieldverification.."};

  @ArchTest
  static final ArchRule modulesAreFreeOfCycles = slices().matching("id.kipp.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule sharedDependsOnNoOtherModule = noClasses().that().resideInAPackage("id.kipp.shared..")
      .should().dependOnClassesThat(resideInAPackage("id.kipp..").and(not(resideInAPackage("id.kipp.shared.."))))
      .because("shared is the bottom layer every module may use");

  @ArchTest
  static final ArchRule editionDoesNotDependOnLaterStages = noClasses().that().resideInAPackage("id.kipp.edition..")
      .should().dependOnClassesThat(resideInAnyPackage("id.kipp.evaluation..", "id.kipp.presentation..",
          "id.kipp.award..", "id.kipp.registration..", "id.kipp.screening..", "id.kipp.demo.."));

  @ArchTest
  static final ArchRule nothingDependsOnDemo = noClasses().that().resideOutsideOfPackage("id.kipp.demo..")
      .should().dependOnClassesThat().resideInAPackage("id.kipp.demo..")
      .because("demo data is only loaded in the demo profile");

  @ArchTest
  static final ArchRule delegatesAndListenersLiveInModules = classes()
      .that().implement(JavaDelegate.class).or().implement(TaskListener.class).or().implement(ExecutionListener.class)
      .should().resideInAnyPackage(MODULES);

  @ArchTest
  static final ArchRule noDelegatesOrListenersInShared = noClasses()
      .that().implement(JavaDelegate.class).or().implement(TaskListener.class).or().implement(ExecutionListener.class)
      .should().resideInAPackage("id.kipp.shared..");
}
