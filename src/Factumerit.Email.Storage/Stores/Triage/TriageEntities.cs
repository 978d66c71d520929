using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Decisions;
using Factumerit.Email.Triage.Learning;

namespace Factumerit.Email.Storage.Stores.Triage;

internal static class TriageEntities
{
    public static TableEntity Log(TriageLogEntry entry)
    {
        var d = entry.Decision;
        var row = new TableEntity(entry.Mailbox, "log|" + entry.MessageId)
        {
            ["MessageId"] = entry.MessageId,
            ["ThreadId"] = entry.ThreadId,
            ["At"] = entry.At,
            ["PatternHint"] = d.PatternFolder,
            ["PatternConfidence"] = d.PatternConfidence,
            ["FinalFolder"] = d.FinalFolder,
            ["SuggestedFolder"] = d.SuggestedFolder,
            ["Confidence"] = d.Confidence,
            ["Source"] = d.Source,
            ["Reasoning"] = Columns.Clip(d.Reasoning, 2000)!,
            ["Tags"] = string.Join(',', d.Tags),
        };
        Columns.Set(row, "LlmFolder", d.LlmFolder);
        Columns.Set(row, "LlmConfidence", d.LlmConfidence);
        Columns.Set(row, "PatternAgreed", d.PatternAgreed);
        Columns.Set(row, "SnoozeUntil", d.SnoozeUntil);
        Columns.Set(row, "AutoDeleteMinutes", d.AutoDeleteMinutes);
        return row;
    }

    public static TriageLogEntry ToLog(TableEntity row) => new(row.PartitionKey, row.GetString("MessageId") ?? "", row.GetString("ThreadId") ?? "",
        row.GetDateTimeOffset("At") ?? default,
        new TriageDecision(row.GetString("FinalFolder") ?? "", row.GetString("SuggestedFolder") ?? "", row.GetDouble("Confidence") ?? 0,
            row.GetString("Source") ?? "", row.GetString("Reasoning") ?? "", row.GetString("PatternHint") ?? "", row.GetDouble("PatternConfidence") ?? 0,
            (row.GetString("Tags") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), row.GetString("LlmFolder"), row.GetDouble("LlmConfidence"),
            row.GetBoolean("PatternAgreed"), row.GetDateTimeOffset("SnoozeUntil"), row.GetInt32("AutoDeleteMinutes")));

    public static TableEntity Thread(TriagedThread t)
    {
        var row = new TableEntity(t.Mailbox, "thread|" + t.ThreadId)
        {
            ["ThreadId"] = t.ThreadId,
            ["MessageId"] = t.MessageId,
            ["FromDomain"] = t.FromDomain,
            ["FromAddress"] = t.FromAddress,
            ["Subject"] = t.Subject,
            ["SuggestedFolder"] = t.SuggestedFolder,
            ["FinalFolder"] = t.FinalFolder,
            ["Confidence"] = t.Confidence,
            ["Reasoning"] = Columns.Clip(t.Reasoning, 2000)!,
            ["Source"] = t.Source,
            ["TriagedAt"] = t.TriagedAt,
            ["Reviewed"] = t.Reviewed,
        };
        Columns.Set(row, "ManualMoveAt", t.ManualMoveAt);
        Columns.SetUInt64(row, "LabelsHistoryId", t.LabelsHistoryId);
        return row;
    }

    public static TriagedThread ToThread(TableEntity row) => new()
    {
        Mailbox = row.PartitionKey,
        ThreadId = row.GetString("ThreadId") ?? "",
        MessageId = row.GetString("MessageId") ?? "",
        FromDomain = row.GetString("FromDomain") ?? "",
        FromAddress = row.GetString("FromAddress") ?? "",
        Subject = row.GetString("Subject") ?? "",
        SuggestedFolder = row.GetString("SuggestedFolder") ?? "",
        FinalFolder = row.GetString("FinalFolder") ?? "",
        Confidence = row.GetDouble("Confidence") ?? 0,
        Reasoning = row.GetString("Reasoning") ?? "",
        Source = row.GetString("Source") ?? "",
        TriagedAt = row.GetDateTimeOffset("TriagedAt") ?? default,
        ManualMoveAt = row.GetDateTimeOffset("ManualMoveAt"),
        LabelsHistoryId = Columns.GetUInt64(row, "LabelsHistoryId"),
        Reviewed = row.GetBoolean("Reviewed") ?? false,
    };

    public static TableEntity Example(TrainingExample e) => new(e.Mailbox, $"example|{Columns.InvertedTicks(e.CreatedAt)}|{Guid.NewGuid():N}")
    {
        ["ThreadId"] = e.ThreadId,
        ["FromDomain"] = e.FromDomain,
        ["FromAddress"] = e.FromAddress,
        ["Subject"] = e.Subject,
        ["AiSuggestion"] = e.AiSuggestion,
        ["UserChoice"] = e.UserChoice,
        ["WasCorrection"] = e.WasCorrection,
        ["Source"] = e.Source,
        ["CreatedAt"] = e.CreatedAt,
    };

    public static TrainingExample ToExample(TableEntity row) => new(row.PartitionKey, row.GetString("ThreadId") ?? "",
        row.GetString("FromDomain") ?? "", row.GetString("Subject") ?? "", row.GetString("AiSuggestion") ?? "", row.GetString("UserChoice") ?? "",
        row.GetBoolean("WasCorrection") ?? false, row.GetString("Source") ?? "", row.GetDateTimeOffset("CreatedAt") ?? default)
    {
        FromAddress = row.GetString("FromAddress") ?? "",
    };

    public static TableEntity Rule(SenderRule r) => new(r.Mailbox, "rule|" + r.Domain)
    {
        ["Domain"] = r.Domain,
        ["TargetFolder"] = r.TargetFolder,
        ["CorrectionCount"] = r.CorrectionCount,
        ["Confidence"] = r.Confidence,
        ["AutoApply"] = r.AutoApply,
        ["UpdatedAt"] = r.UpdatedAt,
    };

    public static SenderRule ToRule(TableEntity row) => new(row.PartitionKey, row.GetString("Domain") ?? "", row.GetString("TargetFolder") ?? "",
        row.GetInt32("CorrectionCount") ?? 0, row.GetDouble("Confidence") ?? 0, row.GetBoolean("AutoApply") ?? false,
        row.GetDateTimeOffset("UpdatedAt") ?? default);
}
