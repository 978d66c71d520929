namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>
/// Per-email cost figures measured by the pipeline tests, written to the test output directory
/// (<c>assistant-figures.txt</c>) for docs/benchmarks.md.
/// </summary>
internal static class BenchmarkFigures
{
    private static readonly Lock Gate = new();

    public static void Record(string scenario, long gmailUnits, int llmCalls, int promptChars, int tableRequests, int queueSends,
        int queueReceivesAndDeletes)
    {
        var line = $"{scenario}: gmail_quota_units={gmailUnits}; llm_calls={llmCalls}; prompt_chars={promptChars} (~{promptChars / 4} tokens); " +
            $"table_requests={tableRequests}; queue_messages_sent={queueSends}; queue_receives_and_deletes={queueReceivesAndDeletes}";
        lock (Gate)
        {
            File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "assistant-figures.txt"), line + Environment.NewLine);
        }
    }
}
