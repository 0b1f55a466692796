package id.kipp.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;

/**
 * Follows the files stored during one engine command. A variable is written before the engine attaches it to its
 * process instance, and a registration gets its business key only after its files; so when the outermost command
 * ends (still inside its transaction, before the engine flushes) each stored document is given its process instance
 * and entry key.
 */
public class UploadTracker {

  private final DocumentStore store;
  private final ThreadLocal<Map<CommandContext, Pending>> pending = ThreadLocal.withInitial(IdentityHashMap::new);

  public UploadTracker(DocumentStore store) {
    this.store = store;
  }

  private static final class Pending {
    int depth;
    final List<Stored> stored = new ArrayList<>();
  }

  private record Stored(StoredDocument document, ValueFields fields) {}

  /** Called by the serializer for every document it stored. */
  void stored(StoredDocument document, ValueFields fields) {
    CommandContext command = Context.getCommandContext();
    Pending current = command == null ? null : pending.get().get(command);
    if (current != null) {
      current.stored.add(new Stored(document, fields));
    }
  }

  /** An interceptor to run inside the command context (the engine's "post" interceptors); one per chain. */
  public CommandInterceptor interceptor() {
    return new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        Map<CommandContext, Pending> open = pending.get();
        Pending current = open.computeIfAbsent(context, c -> new Pending());
        current.depth++;
        try {
          T result = next.execute(command);
          if (current.depth == 1) {
            finish(current);
          }
          return result;
        } finally {
          if (--current.depth == 0) {
            open.remove(context);
          }
        }
      }
    };
  }

  private void finish(Pending current) {
    for (Stored stored : current.stored) {
      if (stored.fields() instanceof VariableInstanceEntity variable && variable.getProcessInstanceId() != null) {
        ExecutionEntity execution = variable.getExecution();
        String entryKey = execution == null ? null : execution.getProcessBusinessKey();
        store.assignOwner(stored.document().id(), variable.getProcessInstanceId(), entryKey);
      }
    }
    current.stored.clear();
  }
}
