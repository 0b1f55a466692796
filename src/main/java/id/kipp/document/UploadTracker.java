package id.kipp.document;

import id.kipp.shared.RuleViolation;
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
 * and entry key — or, when a file broke the upload rules, the command is refused with their messages (HTTP 400), and
 * its transaction rolled back.
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
    final List<String> refusals = new ArrayList<>();
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

  /** A file broke the upload rules: the command is refused when it ends (at once outside a command). */
  void refuse(List<String> problems) {
    CommandContext command = Context.getCommandContext();
    Pending current = command == null ? null : pending.get().get(command);
    if (current == null) {
      throw new RuleViolation(problems);
    }
    current.refusals.addAll(problems);
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
    if (!current.refusals.isEmpty()) {
      List<String> refusals = List.copyOf(current.refusals);
      current.refusals.clear();
      throw new RuleViolation(refusals);
    }
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
