using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Personas.EndToEnd;

/// <summary>A routing file with all five personas, beside a copy of the repository's FAQ and onboarding content.</summary>
internal static class PersonaRouting
{
    public const string Domain = "factumerit.test";

    public static string Write()
    {
        var folder = Path.Combine(Path.GetTempPath(), "factumerit-email-tests", "personas-" + Guid.NewGuid().ToString("N"));
        var config = Path.Combine(RepositoryRoot.Find(), "config");
        Directory.CreateDirectory(Path.Combine(folder, "support"));
        Directory.CreateDirectory(Path.Combine(folder, "onboard"));
        File.Copy(Path.Combine(config, "support", "faq.md"), Path.Combine(folder, "support", "faq.md"));
        foreach (var file in Directory.GetFiles(Path.Combine(config, "onboard"), "*.md"))
        {
            File.Copy(file, Path.Combine(folder, "onboard", Path.GetFileName(file)));
        }

        var path = Path.Combine(folder, "email_routing.yaml");
        File.WriteAllText(path, """
            domains:
              - factumerit.test
            routes:
              support:
                action: ai
                handler: support
                config:
                  faq_file: support/faq.md
                  escalate_to: help@factumerit.test
                  max_turns: 3
                  escalation_timeout: 24h
              billing:
                action: ai
                handler: support
                config:
                  faq_file: support/faq.md
                  escalate_to: help@factumerit.test
                limits:
                  llm_tokens: 1000
              eis:
                action: ai
                handler: eis
                limits:
                  llm_tokens: 4000
              onboard:
                action: ai
                handler: onboard
                config:
                  welcome_project: "Getting Started"
              triage:
                action: ai
                handler: triage
                config:
                  labels: [bug, feature, question, urgent]
                  route_to: admin@factumerit.test
              digest:
                action: ai
                handler: digest
                config:
                  schedule: daily
              help:
                action: forward
                forward_to: team@example.test
              admin:
                action: forward
                forward_to: team@example.test
            """);
        return path;
    }
}
