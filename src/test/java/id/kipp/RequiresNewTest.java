package id.kipp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * No request path opens a second transaction while it holds a pooled connection (12 registrations at once once
 * deadlocked a pool of 10 that way): main code never asks for PROPAGATION_REQUIRES_NEW, in any of its spellings.
 * TransactionDefinition.PROPAGATION_REQUIRES_NEW is an int constant the compiler inlines, so the rule forbids the
 * setters that would carry it instead.
 */
@AnalyzeClasses(packages = "id.kipp", importOptions = ImportOption.DoNotIncludeTests.class)
class RequiresNewTest {

  @ArchTest
  static final ArchRule noPropagationSetters = noClasses().should()
      .callMethod(DefaultTransactionDefinition.class, "setPropagationBehavior", int.class)
      .orShould().callMethod(DefaultTransactionDefinition.class, "setPropagationBehaviorName", String.class)
      .because("a second transaction needs a second connection while the request holds one (docs/performance.md)");

  @ArchTest
  static final ArchRule noRequiresNewAnnotationOrEnum = noClasses().should()
      .accessField(Propagation.class, "REQUIRES_NEW")
      .orShould().accessField(Propagation.class, "NOT_SUPPORTED")
      .because("a second transaction needs a second connection while the request holds one");

  private static final DescribedPredicate<JavaAnnotation<?>> TRANSACTIONAL_REQUIRES_NEW =
      new DescribedPredicate<>("@Transactional(propagation = REQUIRES_NEW or NOT_SUPPORTED)") {
        @Override
        public boolean test(JavaAnnotation<?> annotation) {
          return annotation.getRawType().isEquivalentTo(Transactional.class) && annotation.get("propagation")
              .map(value -> value instanceof JavaEnumConstant constant
                  && List.of("REQUIRES_NEW", "NOT_SUPPORTED").contains(constant.name()))
              .orElse(false);
        }
      };

  @ArchTest
  static final ArchRule noRequiresNewMethods = noMethods().should().beAnnotatedWith(TRANSACTIONAL_REQUIRES_NEW);

  @ArchTest
  static final ArchRule noRequiresNewClasses = noClasses().should().beAnnotatedWith(TRANSACTIONAL_REQUIRES_NEW);

  /**
   * The engine's REQUIRES_NEW command executor opens a second transaction too. One exception: {@code
   * EditionEntries.deliverEach} releases thousands of entries one transaction each, and runs only in asynchronous
   * service tasks (a job executor thread, never a request); the start-up connection budget counts two connections per
   * job executor thread for it (registration.ConnectionBudget).
   */
  @ArchTest
  static final ArchRule noEngineRequiresNewExecutor = noClasses().that().doNotHaveFullyQualifiedName(
          "id.kipp.edition.EditionEntries").should()
      .callMethod(ProcessEngineConfigurationImpl.class, "getCommandExecutorTxRequiresNew")
      .because("the engine's REQUIRES_NEW command executor opens a second transaction too");

  @ArchTest
  static final ArchRule onlyAsynchronousDelegatesDeliverToEachEntry = noClasses().that()
      .doNotHaveFullyQualifiedName("id.kipp.evaluation.assignment.AssignJurorsDelegate")
      .and().doNotHaveFullyQualifiedName("id.kipp.presentation.AnnounceFinalistsDelegate")
      .and().doNotHaveFullyQualifiedName("id.kipp.edition.EditionEntries")
      .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
          com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("deliverEach")))
      .because("deliverEach opens a transaction per entry; only the asynchronous service tasks Task_AssignJurors and"
          + " Task_AnnounceFinalists (camunda:asyncBefore, a job executor thread) may call it");
}
