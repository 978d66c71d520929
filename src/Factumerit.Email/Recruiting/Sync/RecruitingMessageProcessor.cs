using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Recruiting.Leads;
using Factumerit.Email.Recruiting.Inbox;
using Factumerit.Email.Recruiting.Pipeline;
using Factumerit.Email.Recruiting.Signals;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Recruiting.Sync;

/// <summary>
/// One message of a recruiting sync (issue 6, sections 2 and 3). Mail from a tracked contact or domain gets a
/// stage signal; other recruiting mail goes to lead extraction. Either way at most one LLM call, and a record keyed
/// by Message-ID so the message is never sent to the LLM again.
/// </summary>
public sealed class RecruitingMessageProcessor(
    IRecruitingStore store,
    SignalClassifier classifier,
    LeadExtractor extractor,
    TimeProvider time,
    IOptions<RecruitingOptions> options)
{
    public async Task<(MessageOutcome Outcome, string? Error)> ProcessAsync(string mailbox, RecruitingMail mail, PipelineSnapshot pipeline,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(pipeline);
        if (mail.FromUser || mail.From is null || string.Equals(mail.From, mailbox, StringComparison.OrdinalIgnoreCase))
        {
            return (MessageOutcome.Skipped, null);
        }
        var messageId = RecruitingKeys.NormalizeMessageId(mail.MessageId ?? "gmail:" + mail.GmailId);
        var id = RecruitingKeys.ForMessage(mailbox, messageId);
        if (await store.GetMessageAsync(mailbox, id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return (MessageOutcome.Skipped, null);
        }
        var record = new ContactMessage
        {
            Mailbox = mailbox, Id = id, MessageId = messageId, GmailId = mail.GmailId, Kind = ContactMessageKinds.Contact,
            Subject = mail.Subject, ReceivedAt = mail.ReceivedAt, ProcessedAt = time.GetUtcNow(),
        };
        using var audit = LlmAuditScope.Begin(mailbox, mail.GmailId);
        var contact = pipeline.Contact(mail.From);
        var company = contact is not null ? pipeline.Company(contact.CompanyId) : pipeline.CompanyByDomain(mail.From);
        if (contact is not null || company is not null)
        {
            return await SignalAsync(record with { ContactId = contact?.Id, CompanyId = company?.Id }, mail, cancellationToken).ConfigureAwait(false);
        }
        return RecruitingKeywords.Matches(mail.Subject, mail.Body)
            ? await LeadAsync(record, mail, pipeline, cancellationToken).ConfigureAwait(false)
            : (MessageOutcome.Skipped, null);
    }

    private async Task<(MessageOutcome, string?)> SignalAsync(ContactMessage record, RecruitingMail mail, CancellationToken cancellationToken)
    {
        var (signal, failure) = await classifier.ClassifyAsync(mail, options.Value.BodyChars, cancellationToken).ConfigureAwait(false);
        // The row is written either way: a failed classification is stored as a null signal and not retried.
        if (!await store.TryAddMessageAsync(record with { Signal = signal }, cancellationToken).ConfigureAwait(false))
        {
            return (MessageOutcome.Skipped, null);
        }
        return signal is null
            ? (MessageOutcome.SignalFailed, $"message {mail.GmailId}: stage signal classification failed ({failure})")
            : (MessageOutcome.Signal, null);
    }

    private async Task<(MessageOutcome, string?)> LeadAsync(ContactMessage record, RecruitingMail mail, PipelineSnapshot pipeline,
        CancellationToken cancellationToken)
    {
        ExtractedLead lead;
        try
        {
            lead = await extractor.ExtractAsync(mail, options.Value.BodyChars, cancellationToken).ConfigureAwait(false);
        }
        catch (LeadExtractionException ex)
        {
            await store.TryAddMessageAsync(record with { Kind = ContactMessageKinds.ExtractFailed }, cancellationToken).ConfigureAwait(false);
            return (MessageOutcome.ExtractFailed, $"message {mail.GmailId}: lead extraction failed ({ex.Reason})");
        }
        if (lead.Company is not { } name || pipeline.IsKnownCompany(name))
        {
            await store.TryAddMessageAsync(record with { Kind = ContactMessageKinds.NotALead }, cancellationToken).ConfigureAwait(false);
            return (MessageOutcome.NotALead, null);
        }
        var url = RecruitingKeys.LeadUrl(record.MessageId);
        var added = await store.TryAddJobAsync(new JobRow
        {
            Mailbox = record.Mailbox, Id = RecruitingKeys.ForJobUrl(record.Mailbox, url), Url = url, Source = JobSources.Email,
            Status = JobStatuses.Pending, Company = name, Title = lead.Title, MessageId = record.MessageId, CreatedAt = time.GetUtcNow(),
        }, cancellationToken).ConfigureAwait(false);
        pipeline.Remember(name);
        await store.TryAddMessageAsync(record with { Kind = added ? ContactMessageKinds.Lead : ContactMessageKinds.NotALead },
            cancellationToken).ConfigureAwait(false);
        return (added ? MessageOutcome.Lead : MessageOutcome.NotALead, null);
    }
}
