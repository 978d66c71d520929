namespace Factumerit.Email.Storage.Tables;

/// <summary>Entity group transaction rules: 1-100 actions, one partition, each entity at most once.</summary>
internal static class TransactionValidation
{
    public const int MaxBatchBytes = 4 * 1024 * 1024;

    /// <returns>The JSON body of each action (null for deletes), serialised once here so limits are checked up front.</returns>
    public static List<byte[]?> Validate(List<TableTransactionAction> actions)
    {
        if (actions.Count is 0 or > TableValidation.MaxBatchOperations)
        {
            throw new ArgumentException(
                $"A transaction holds 1-{TableValidation.MaxBatchOperations} actions; this one has {actions.Count}.", "transactionActions");
        }
        var bodies = new List<byte[]?>(actions.Count);
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        var partitionKey = actions[0]?.Entity.PartitionKey;
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i] ?? throw new ArgumentException($"Transaction action {i} is null.", "transactionActions");
            var entity = action.Entity;
            TableValidation.Keys(entity.PartitionKey, entity.RowKey);
            if (!string.Equals(entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Transaction action {i} has PartitionKey '{entity.PartitionKey}', but a transaction must stay in partition '{partitionKey}'.",
                    "transactionActions");
            }
            if (!rowKeys.Add(entity.RowKey))
            {
                throw new ArgumentException(
                    $"Transaction action {i} repeats RowKey '{entity.RowKey}'; a transaction may touch each entity once.", "transactionActions");
            }
            bodies.Add(action.ActionType == TableTransactionActionType.Delete ? null : EntityWriter.Serialize(entity));
        }
        return bodies;
    }
}
