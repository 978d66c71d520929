using Factumerit.Email.Assistant;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Assistant;

/// <summary>
/// An email record (partition = mailbox, row = "m|{messageId}") and its thread index row
/// ("t|{threadId}|{inverted time}|{messageId}"), which sorts a thread's records newest first.
/// </summary>
internal static class AssistantEmailEntity
{
    public static string RecordKey(string messageId) => "m|" + messageId;

    public static string ThreadPrefix(string threadId) => "t|" + threadId + "|";

    public static TableEntity IndexRow(AssistantEmail email, DateTimeOffset at)
    {
        var entity = new TableEntity(email.Mailbox, ThreadPrefix(email.ThreadId) + Columns.InvertedTicks(at) + "|" + email.MessageId);
        entity["MessageId"] = email.MessageId;
        return entity;
    }

    public static TableEntity From(AssistantEmail email)
    {
        var entity = new TableEntity(email.Mailbox, RecordKey(email.MessageId))
        {
            ["MessageId"] = email.MessageId,
            ["ThreadId"] = email.ThreadId,
            ["Status"] = email.Status.ToString(),
            ["IsAutomated"] = email.IsAutomated,
            ["ReworkCount"] = email.ReworkCount,
            ["MessageCount"] = email.MessageCount,
            ["LabelApplied"] = email.LabelApplied,
        };
        Columns.Set(entity, "From", email.From);
        Columns.Set(entity, "Subject", Columns.Clip(email.Subject, 1000));
        Columns.Set(entity, "Category", email.Category);
        Columns.Set(entity, "Confidence", email.Confidence);
        Columns.Set(entity, "Reasoning", Columns.Clip(email.Reasoning, 4000));
        Columns.Set(entity, "Language", email.Language);
        Columns.Set(entity, "Style", email.Style);
        Columns.Set(entity, "DraftId", email.DraftId);
        Columns.Set(entity, "DraftMessageId", email.DraftMessageId);
        Columns.Set(entity, "ReworkInstruction", Columns.Clip(email.ReworkInstruction));
        Columns.Set(entity, "ClassifiedAt", email.ClassifiedAt);
        Columns.Set(entity, "ActedAt", email.ActedAt);
        Columns.Set(entity, "ReceivedAt", email.ReceivedAt);
        Columns.Set(entity, "ClaimedAt", email.ClaimedAt);
        Columns.Set(entity, "Tier", email.Tier);
        Columns.Set(entity, "AutomatedRule", email.AutomatedRule);
        return entity;
    }

    public static AssistantEmail To(TableEntity entity) => new()
    {
        Mailbox = entity.PartitionKey,
        MessageId = entity.GetString("MessageId") ?? entity.RowKey[2..],
        ThreadId = entity.GetString("ThreadId") ?? "",
        From = entity.GetString("From"),
        Subject = entity.GetString("Subject"),
        Category = entity.GetString("Category"),
        Confidence = entity.GetString("Confidence"),
        Reasoning = entity.GetString("Reasoning"),
        Language = entity.GetString("Language"),
        Style = entity.GetString("Style"),
        IsAutomated = entity.GetBoolean("IsAutomated") ?? false,
        Status = Enum.TryParse<EmailStatus>(entity.GetString("Status"), out var status) ? status : EmailStatus.Pending,
        DraftId = entity.GetString("DraftId"),
        DraftMessageId = entity.GetString("DraftMessageId"),
        ReworkCount = entity.GetInt32("ReworkCount") ?? 0,
        ReworkInstruction = entity.GetString("ReworkInstruction"),
        MessageCount = entity.GetInt32("MessageCount") ?? 0,
        ClassifiedAt = entity.GetDateTimeOffset("ClassifiedAt"),
        ActedAt = entity.GetDateTimeOffset("ActedAt"),
        ReceivedAt = entity.GetDateTimeOffset("ReceivedAt"),
        ClaimedAt = entity.GetDateTimeOffset("ClaimedAt"),
        LabelApplied = entity.GetBoolean("LabelApplied") ?? false,
        Tier = entity.GetString("Tier"),
        AutomatedRule = entity.GetString("AutomatedRule"),
        ETag = entity.ETag == default ? null : entity.ETag.ToString(),
    };
}
