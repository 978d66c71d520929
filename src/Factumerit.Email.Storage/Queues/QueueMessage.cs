namespace Factumerit.Email.Storage.Queues;

/// <summary>A received message, leased to the receiver until <see cref="NextVisibleOn"/>.</summary>
public sealed record QueueMessage(
    string MessageId,
    string PopReceipt,
    string MessageText,
    long DequeueCount,
    DateTimeOffset? InsertedOn,
    DateTimeOffset? ExpiresOn,
    DateTimeOffset? NextVisibleOn)
{
    /// <summary>The same message after its lease was extended: the old pop receipt is no longer valid.</summary>
    public QueueMessage Update(UpdateReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return this with { PopReceipt = receipt.PopReceipt, NextVisibleOn = receipt.NextVisibleOn };
    }
}

/// <summary>A message seen without being leased: it has no pop receipt and its dequeue count is unchanged.</summary>
public sealed record PeekedMessage(
    string MessageId,
    string MessageText,
    long DequeueCount,
    DateTimeOffset? InsertedOn,
    DateTimeOffset? ExpiresOn);
