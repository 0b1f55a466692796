package id.kipp.document;

import id.kipp.shared.KippProperties;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link StoredFileSerializer} in the place of Camunda's {@code FileValueSerializer}, so that every way a
 * file reaches the engine (REST, Tasklist forms, Java) ends in the document store.
 *
 * <p>It replaces the built-in serializer after the engine registered its own ({@code postInit}) rather than going in
 * front of it through {@code customPreVariableSerializers}: the engine finds a serializer for reading by its name,
 * and the built-in one, registered after the custom ones under the same name {@code file}, would take that name
 * back and read our variables as empty files. Keeping the name keeps the variables' type {@code File} for Tasklist,
 * Cockpit and the REST API, and variables written before the store stay readable.
 */
@Component
public class DocumentStorePlugin extends AbstractProcessEnginePlugin {

  private final DocumentStore store;
  private final UploadTracker tracker;
  private final UploadRules rules;

  public DocumentStorePlugin(DocumentStore store, KippProperties properties) {
    this.store = store;
    this.tracker = new UploadTracker(store);
    this.rules = new UploadRules(properties.registration().maxFileSizeBytes());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(tracker.interceptor());
    if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(tracker.interceptor());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    VariableSerializers serializers = configuration.getVariableSerializers();
    TypedValueSerializer<?> builtIn = serializers.getSerializerByName(ValueType.FILE.getName());
    int index = builtIn == null ? serializers.getSerializers().size() : serializers.getSerializerIndex(builtIn);
    if (builtIn != null) {
      serializers.removeSerializer(builtIn);
    }
    serializers.addSerializer(new StoredFileSerializer(store, tracker, rules), index);
  }
}
