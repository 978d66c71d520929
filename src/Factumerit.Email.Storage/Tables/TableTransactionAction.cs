using Azure;

namespace Factumerit.Email.Storage.Tables;

/// <summary>One operation of a transaction submitted with <see cref="TableClient.SubmitTransactionAsync"/>.</summary>
public sealed class TableTransactionAction
{
    public TableTransactionAction(TableTransactionActionType actionType, ITableEntity entity)
        : this(actionType, entity, default)
    {
    }

    /// <param name="etag">Used as If-Match by Update and Delete actions; the default means "any version".</param>
    public TableTransactionAction(TableTransactionActionType actionType, ITableEntity entity, ETag etag)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ActionType = actionType;
        Entity = entity;
        ETag = etag;
    }

    public TableTransactionActionType ActionType { get; }

    public ITableEntity Entity { get; }

    public ETag ETag { get; }
}
