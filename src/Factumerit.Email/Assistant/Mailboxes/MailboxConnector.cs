using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Gmail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Assistant.Mailboxes;

/// <summary>
/// Connects and disconnects mailboxes (issue "Connecting a mailbox"): creates the AI labels (reusing any that
/// exist), reads the current history id, starts the push watch, and stores the record. Connecting again updates
/// the credential and settings and keeps the stored history id, so no change is skipped.
/// </summary>
public sealed class MailboxConnector(
    IMailboxStore mailboxes,
    IAssistantGmailFactory gmailFactory,
    IAssistantEventLog events,
    TimeProvider time,
    IOptions<GmailWatchOptions> watchOptions,
    ILogger<MailboxConnector> logger)
{
    public async Task<Mailbox> ConnectAsync(MailboxRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var address = Mailbox.Normalize(registration.Address);
        registration.Credential.Validate();
        var draft = new Mailbox { Address = address, Credential = registration.Credential, Settings = registration.Settings };
        var gmail = gmailFactory.Create(draft);

        // Triage's topic labels are created with the AI labels when triage is on (spec 003 "Folder Creation").
        var wanted = registration.Settings.TriageEnabled ? [.. AssistantLabels.All, .. Triage.TriageFolders.Labels] : AssistantLabels.All;
        var labels = await gmail.EnsureLabelsAsync(wanted, cancellationToken).ConfigureAwait(false);
        var historyId = await gmail.GetHistoryIdAsync(cancellationToken).ConfigureAwait(false);
        var topic = watchOptions.Value.PushTopic;
        GmailWatch? watch = null;
        if (string.IsNullOrWhiteSpace(topic))
        {
            AssistantLog.NoPushTopic(logger, AssistantLog.Hash(address));
        }
        else
        {
            watch = await gmail.WatchAsync(topic, cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow();
        var connected = draft with { LabelIds = labels, HistoryId = historyId, WatchExpiresAt = watch?.ExpiresAt, ConnectedAt = now };
        var stored = await mailboxes.TryAddAsync(connected, cancellationToken).ConfigureAwait(false)
            ? await mailboxes.GetAsync(address, cancellationToken).ConfigureAwait(false)
            : await mailboxes.UpdateAsync(address, existing => existing with
            {
                Credential = connected.Credential,
                Settings = connected.Settings,
                LabelIds = labels,
                HistoryId = existing.HistoryId ?? historyId,
                WatchExpiresAt = watch?.ExpiresAt ?? existing.WatchExpiresAt,
                ConnectedAt = now,
            }, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            throw new InvalidOperationException("The mailbox was removed while it was being connected.");
        }
        await events.RecordAsync(new AssistantEvent(address, AssistantEventTypes.Connected, EventKeys.At(now, AssistantEventTypes.Connected),
            now, Detail: $"labels={labels.Count}; watch={(watch is null ? "none" : "on")}"), cancellationToken).ConfigureAwait(false);
        AssistantLog.Connected(logger, AssistantLog.Hash(address), labels.Count, stored.HistoryId ?? historyId, stored.WatchExpiresAt);
        return stored;
    }

    /// <summary>Stops the watch (best effort: a revoked credential must not keep a mailbox connected) and deletes the record.</summary>
    /// <returns>False when no such mailbox was connected.</returns>
    public async Task<bool> DisconnectAsync(string address, CancellationToken cancellationToken = default)
    {
        var normalized = Mailbox.Normalize(address);
        var mailbox = await mailboxes.GetAsync(normalized, cancellationToken).ConfigureAwait(false);
        if (mailbox is null)
        {
            return false;
        }
        if (mailbox.WatchExpiresAt is not null)
        {
            try
            {
                await gmailFactory.Create(mailbox).StopWatchAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                AssistantLog.StopFailed(logger, AssistantLog.Hash(normalized), ex);
            }
        }
        return await mailboxes.DeleteAsync(normalized, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Renews the watch of every mailbox whose watch expires within <paramref name="window"/> (or has none). One
    /// mailbox failing does not stop the others; the failures are logged and counted.
    /// </summary>
    public async Task<(int Renewed, int Failed)> RenewWatchesAsync(TimeSpan window, CancellationToken cancellationToken = default)
    {
        var topic = watchOptions.Value.PushTopic;
        if (string.IsNullOrWhiteSpace(topic))
        {
            return (0, 0);
        }
        var due = time.GetUtcNow() + window;
        int renewed = 0, failed = 0;
        foreach (var mailbox in await mailboxes.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (mailbox.WatchExpiresAt is { } expires && expires > due)
            {
                continue;
            }
            try
            {
                var watch = await gmailFactory.Create(mailbox).WatchAsync(topic, cancellationToken).ConfigureAwait(false);
                await mailboxes.UpdateAsync(mailbox.Address, m => m with { WatchExpiresAt = watch.ExpiresAt }, cancellationToken)
                    .ConfigureAwait(false);
                AssistantLog.WatchRenewed(logger, AssistantLog.Hash(mailbox.Address), watch.ExpiresAt);
                renewed++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                AssistantLog.WatchRenewalFailed(logger, AssistantLog.Hash(mailbox.Address), ex);
                failed++;
            }
        }
        return (renewed, failed);
    }
}
