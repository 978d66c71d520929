using Factumerit.Email.Recruiting.Pipeline;
using Factumerit.Email.Storage.Tables;
using static Factumerit.Email.Storage.Stores.Recruiting.TableRows;

namespace Factumerit.Email.Storage.Stores.Recruiting;

/// <summary>Rows of the pipeline tables: partition = mailbox, row = the record's id.</summary>
internal static class PipelineEntities
{
    public static TableEntity From(TrackedCompany c)
    {
        var e = new TableEntity(c.Mailbox, c.Id) { ["Name"] = c.Name, ["Stage"] = c.Stage, ["CreatedAt"] = c.CreatedAt };
        Set(e, "Domain", c.Domain);
        return e;
    }

    public static TrackedCompany Company(TableEntity e) => new()
    {
        Mailbox = e.PartitionKey, Id = e.RowKey, Name = e.GetString("Name") ?? "", Domain = e.GetString("Domain"),
        Stage = e.GetString("Stage") ?? Stages.Applied, CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? default, ETag = Tag(e),
    };

    public static TableEntity From(TrackedContact c)
    {
        var e = new TableEntity(c.Mailbox, c.Id) { ["Email"] = c.Email, ["Stage"] = c.Stage, ["CreatedAt"] = c.CreatedAt };
        Set(e, "Name", c.Name);
        Set(e, "CompanyId", c.CompanyId);
        return e;
    }

    public static TrackedContact Contact(TableEntity e) => new()
    {
        Mailbox = e.PartitionKey, Id = e.RowKey, Email = e.GetString("Email") ?? "", Name = e.GetString("Name"),
        CompanyId = e.GetString("CompanyId"), Stage = e.GetString("Stage") ?? Stages.Applied,
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? default, ETag = Tag(e),
    };

    public static TableEntity From(JobRow j)
    {
        var e = new TableEntity(j.Mailbox, j.Id)
        {
            ["Url"] = j.Url, ["Source"] = j.Source, ["Status"] = j.Status, ["Company"] = j.Company, ["CreatedAt"] = j.CreatedAt,
        };
        Set(e, "Title", j.Title);
        Set(e, "MessageId", j.MessageId);
        return e;
    }

    public static JobRow Job(TableEntity e) => new()
    {
        Mailbox = e.PartitionKey, Id = e.RowKey, Url = e.GetString("Url") ?? "", Source = e.GetString("Source") ?? "",
        Status = e.GetString("Status") ?? "", Company = e.GetString("Company") ?? "", Title = e.GetString("Title"),
        MessageId = e.GetString("MessageId"), CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? default, ETag = Tag(e),
    };

    public static TableEntity From(ContactMessage m)
    {
        var e = new TableEntity(m.Mailbox, m.Id)
        {
            ["MessageId"] = m.MessageId, ["GmailId"] = m.GmailId, ["Kind"] = m.Kind, ["SuggestionDismissed"] = m.SuggestionDismissed,
            ["ProcessedAt"] = m.ProcessedAt,
        };
        Set(e, "ContactId", m.ContactId);
        Set(e, "CompanyId", m.CompanyId);
        Set(e, "StageSignal", m.Signal);
        Set(e, "AppliedStage", m.AppliedStage);
        Set(e, "Subject", m.Subject is { Length: > 500 } s ? s[..500] : m.Subject);
        Set(e, "ReceivedAt", m.ReceivedAt);
        return e;
    }

    public static ContactMessage Message(TableEntity e) => new()
    {
        Mailbox = e.PartitionKey, Id = e.RowKey, MessageId = e.GetString("MessageId") ?? "", GmailId = e.GetString("GmailId") ?? "",
        Kind = e.GetString("Kind") ?? "", ContactId = e.GetString("ContactId"), CompanyId = e.GetString("CompanyId"),
        Signal = e.GetString("StageSignal"), SuggestionDismissed = e.GetBoolean("SuggestionDismissed") ?? false,
        AppliedStage = e.GetString("AppliedStage"), Subject = e.GetString("Subject"), ReceivedAt = e.GetDateTimeOffset("ReceivedAt"),
        ProcessedAt = e.GetDateTimeOffset("ProcessedAt") ?? default, ETag = Tag(e),
    };
}
