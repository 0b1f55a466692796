package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.award.AwardVariables;
import id.kipp.edition.EditionVariables;
import id.kipp.evaluation.EvaluationVariables;
import id.kipp.fieldverification.FieldVerificationVariables;
import id.kipp.notification.NotificationVariables;
import id.kipp.objection.ObjectionVariables;
import id.kipp.presentation.PresentationVariables;
import id.kipp.registration.RegistrationVariables;
import id.kipp.screening.ScreeningVariables;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every constant of a module's variables class ({@code XxxVariables}: the names Java shares with the models) is used by
 * a model in {@code processes/} or {@code forms/}, as a whole word. A variable or form field renamed in Camunda
 * Modeler and not in Java fails here, naming the constant, instead of silently reading null at run time.
 */
class ProcessVariableNamesTest {

  /** The modules' variables classes. */
  static final List<Class<?>> VARIABLES_CLASSES = List.of(EditionVariables.class, ScreeningVariables.class,
      AwardVariables.class, RegistrationVariables.class, FieldVerificationVariables.class, NotificationVariables.class,
      ObjectionVariables.class, PresentationVariables.class, EvaluationVariables.class);

  @Test
  void everyConstantIsUsedByAModel() throws IOException {
    String models = models();
    for (Class<?> variables : VARIABLES_CLASSES) {
      assertThat(unused(variables, models)).as(variables.getSimpleName()
          + ": constants whose variable no BPMN, DMN or form in processes/ or forms/ uses").isEmpty();
    }
  }

  @Test
  void aRenamedVariableIsNamed() throws IOException {
    String renamed = models().replaceAll("\\bgroupQuotas\\b", "kuotaKelompok");

    assertThat(unused(EditionVariables.class, renamed)).containsExactly("GROUP_QUOTAS = groupQuotas");
  }

  @Test
  void theClassesHoldOnlyConstants() {
    for (Class<?> variables : VARIABLES_CLASSES) {
      assertThat(constants(variables)).as(variables.getSimpleName()).isNotEmpty();
      assertThat(Modifier.isFinal(variables.getModifiers())).as(variables.getSimpleName() + " is final").isTrue();
    }
  }

  /** The constants of {@code variables} (as "NAME = value") whose value no model uses as a word. */
  static List<String> unused(Class<?> variables, String models) {
    List<String> unused = new ArrayList<>();
    constants(variables).forEach((name, value) -> {
      if (!Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(value) + "(?![A-Za-z0-9_])").matcher(models).find()) {
        unused.add(name + " = " + value);
      }
    });
    return unused;
  }

  static Map<String, String> constants(Class<?> variables) {
    Map<String, String> constants = new TreeMap<>();
    for (Field field : variables.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
        try {
          constants.put(field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return constants;
  }

  /** All models, as edited in Camunda Modeler (the repository's processes/ and forms/). */
  static String models() throws IOException {
    StringBuilder text = new StringBuilder();
    for (String folder : List.of("processes", "forms")) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    return text.toString();
  }
}
