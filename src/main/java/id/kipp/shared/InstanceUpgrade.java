package id.kipp.shared;

import java.util.Map;

/**
 * What a module contributes when the running instances of one of its processes move to the latest version
 * ({@code POST /api/admin/processes/{key}/migrate}): the variables an instance of an older version lacks for the
 * latest one, set on the instance just before it moves (harmless on the old model, which does not read them).
 */
public interface InstanceUpgrade {

  /** The process whose instances this prepares. */
  String processKey();

  /**
   * The variables to set on this instance of {@code processDefinitionId} before it moves to the latest version; empty
   * when it needs none. Throws {@link RuleViolation} when the instance cannot move (it stays on its version).
   */
  Map<String, Object> variablesBeforeMigration(String processDefinitionId, String processInstanceId);
}
