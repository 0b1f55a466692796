package id.kipp;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules under {@code id.kipp} and who may use whom, as declared in each module's {@code package-info.java}
 * ({@code @ApplicationModule(allowedDependencies = …)}, sub-packages other modules may use marked
 * {@code @NamedInterface}): verified by Spring Modulith, and documented in {@code docs/modules/} (a component diagram
 * of all modules, one per module, and a canvas per module).
 */
class ModulesTest {

  static final ApplicationModules MODULES = ApplicationModules.of(KippApplication.class);

  @Test
  void everyModuleUsesOnlyWhatItDeclares() {
    MODULES.verify();
  }

  @Test
  void moduleDocumentationIsWrittenToDocs() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
