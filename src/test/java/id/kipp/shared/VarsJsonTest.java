package id.kipp.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Vars#json}: maps and lists of plain JSON values are stored under their class's own name, so that reading them
 * back does not search the class path for a generic type name; they read back equal. Other values keep Spin's name.
 */
class VarsJsonTest {

  private static ProcessEngine engine;
  private static String instance;

  @BeforeAll
  static void engineWithOneWaitingInstance() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("vars-json")
        .setJdbcUrl("jdbc:h2:mem:vars-json;DB_CLOSE_DELAY=-1")
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setEnforceHistoryTimeToLive(false);
    configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("wait.bpmn",
        Bpmn.createExecutableProcess("wait").startEvent().userTask().endEvent().done()).deploy();
    instance = engine.getRuntimeService().startProcessInstanceByKey("wait").getId();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  /** The value as read back, deserialized. */
  private Object storedAndRead(String name, ObjectValue value) {
    engine.getRuntimeService().setVariable(instance, name, value);
    return engine.getRuntimeService().getVariableTyped(instance, name, true).getValue();
  }

  /** The type name the variable is stored under (as Spin looks it up when reading). */
  private String storedTypeName(String name) {
    return ((ObjectValue) engine.getRuntimeService().createVariableInstanceQuery().variableName(name)
        .disableCustomObjectDeserialization().singleResult().getTypedValue()).getObjectTypeName();
  }

  @Test
  void ruleVersionsReadBackAsTheSameTreeMapUnderItsPlainName() {
    TreeMap<String, Integer> versions = new TreeMap<>(Map.of("rubrik-penilaian", 3, "nilai-akhir", 1));

    Object read = storedAndRead("ruleVersions", Vars.json(versions));

    assertThat(read).isInstanceOf(TreeMap.class).isEqualTo(versions);
    assertThat(((Map<?, ?>) read).get("rubrik-penilaian")).isInstanceOf(Integer.class);
    // read back (above) without being written again
    assertThat(storedTypeName("ruleVersions")).isEqualTo("java.util.TreeMap");
  }

  @Test
  void jurorListsAndMapsOfListsReadBackEqual() {
    Object jurors = storedAndRead("jurors", Vars.jsonList(List.of("juri01", "juri02", "juri03")));
    LinkedHashMap<String, List<String>> byEntry = new LinkedHashMap<>();
    byEntry.put("MALANG-2030-0002", List.of("juri02"));
    byEntry.put("MALANG-2030-0001", List.of("juri01", "juri03"));
    Object map = storedAndRead("jurorsByEntry", Vars.jsonMap(byEntry));

    assertThat(storedTypeName("jurors")).isEqualTo("java.util.ArrayList");
    assertThat(jurors).isEqualTo(new ArrayList<>(List.of("juri01", "juri02", "juri03")));
    assertThat(storedTypeName("jurorsByEntry")).isEqualTo("java.util.LinkedHashMap");
    assertThat(map).isEqualTo(byEntry);
    assertThat(new ArrayList<Object>(((Map<?, ?>) map).keySet()))
        .isEqualTo(List.of("MALANG-2030-0002", "MALANG-2030-0001"));
  }

  @Test
  void rowsWithTextsBooleansIntegersAndDecimalsReadBackEqual() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("entryKey", "MALANG-2030-0001");
    row.put("finalist", true);
    row.put("rank", 2);
    row.put("score", 81.25);
    row.put("note", null);

    Object read = storedAndRead("rows", Vars.jsonList(List.of(row)));

    assertThat(storedTypeName("rows")).isEqualTo("java.util.ArrayList");
    assertThat(read).isEqualTo(List.of(row));
  }

  @Test
  void longsKeepSpinsGenericNameAndTheirType() {
    Object read = storedAndRead("counts", Vars.jsonList(List.of(5L, 7L)));

    assertThat(storedTypeName("counts")).isEqualTo("java.util.ArrayList<java.lang.Long>");
    assertThat(read).isEqualTo(List.of(5L, 7L));
  }

  @Test
  void aValueSetDeserializedIsStillReadableAsBeforeTheChange() {
    // a variable written before this change, under Spin's generic name
    ObjectValue old = Variables.objectValue(new TreeMap<>(Map.of("kelayakan-peserta", 2)))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();

    Object read = storedAndRead("oldRuleVersions", old);

    assertThat(storedTypeName("oldRuleVersions")).isEqualTo("java.util.TreeMap<java.lang.Object,java.lang.Object>");
    assertThat(read).isEqualTo(Map.of("kelayakan-peserta", 2));
  }
}
