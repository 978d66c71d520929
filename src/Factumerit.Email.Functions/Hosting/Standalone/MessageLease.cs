using Azure;
using Factumerit.Email.Storage.Queues;

namespace Factumerit.Email.Functions.Hosting.Standalone;

/// <summary>
/// Keeps a received message hidden while its function runs, by extending its visibility every half lease.
/// When the lease is lost (the message was taken by another instance, or could not be renewed before it ran out)
/// <see cref="Lost"/> is cancelled so the function stops working on a message this instance no longer holds.
/// </summary>
internal sealed class MessageLease : IAsyncDisposable
{
    private readonly QueueClient _queue;
    private readonly QueueMessage _message;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _time;
    private readonly Action<Exception> _onRenewalFailed;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewals;

    public MessageLease(QueueClient queue, QueueMessage message, TimeSpan duration, TimeProvider time, Action<Exception> onRenewalFailed)
    {
        (_queue, _message, _duration, _time, _onRenewalFailed) = (queue, message, duration, time, onRenewalFailed);
        PopReceipt = message.PopReceipt;
        _renewals = RenewAsync(time.GetUtcNow() + duration);
    }

    /// <summary>The receipt of the current lease; earlier receipts stop working once a renewal succeeds.</summary>
    public string PopReceipt { get; private set; }

    public CancellationToken Lost => _lost.Token;

    public bool IsLost { get; private set; }

    /// <summary>Stops renewing. An update already sent is awaited, so <see cref="PopReceipt"/> is final afterwards.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewals.ConfigureAwait(false);
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task RenewAsync(DateTimeOffset expiresAt)
    {
        var interval = _duration / 2;
        while (await DelayAsync(interval).ConfigureAwait(false))
        {
            var sentAt = _time.GetUtcNow();
            try
            {
                // Not cancelled by _stop: abandoning a sent update could leave us holding a stale pop receipt.
                var receipt = await _queue.UpdateMessageAsync(_message.MessageId, PopReceipt, null, _duration, CancellationToken.None)
                    .ConfigureAwait(false);
                PopReceipt = receipt.Value.PopReceipt;
                expiresAt = sentAt + _duration;
                interval = _duration / 2;
            }
            catch (RequestFailedException ex) when (ex.Status == 404 || ex.ErrorCode == "PopReceiptMismatch")
            {
                await MarkLostAsync().ConfigureAwait(false);
                return;
            }
            catch (Exception ex)
            {
                _onRenewalFailed(ex);
                if (_time.GetUtcNow() + _duration / 8 >= expiresAt)
                {
                    await MarkLostAsync().ConfigureAwait(false);
                    return;
                }
                interval = _duration / 8;
            }
        }
    }

    private Task MarkLostAsync()
    {
        IsLost = true;
        return _lost.CancelAsync();
    }

    private async Task<bool> DelayAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _time, _stop.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
