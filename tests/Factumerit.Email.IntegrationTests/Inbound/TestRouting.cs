namespace Factumerit.Email.IntegrationTests.Inbound;

/// <summary>Routing files for test hosts, written once to the temp folder.</summary>
internal static class TestRouting
{
    public const string Domain = "factumerit.test";

    /// <summary>Forward and drop routes only: for hosts whose tests are not about personas, so no handler must be registered.</summary>
    public static string WithoutPersonas { get; } = Write("""
        domains:
          - factumerit.test
        routes:
          help:
            action: forward
            forward_to: team@example.test
          noreply:
            action: drop
        """);

    /// <summary>The persona routes the pipeline tests use: <c>support</c> (ai), <c>help</c> (forward), <c>noreply</c> (drop).</summary>
    public static string Support(int dailyEmails = 20) => Write($"""
        domains:
          - factumerit.test
        routes:
          support:
            action: ai
            handler: support
            config:
              escalate_to: help@factumerit.test
              route_to: triage-team@example.test
            limits:
              daily_emails: {dailyEmails}
              llm_tokens: 500
          help:
            action: forward
            forward_to: team@example.test
          noreply:
            action: drop
        """);

    public static string Write(string yaml)
    {
        var folder = Path.Combine(Path.GetTempPath(), "factumerit-email-tests");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"routing-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
