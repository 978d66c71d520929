using System.CommandLine;
using Factumerit.Email.Cli;
using Microsoft.Extensions.Configuration;

namespace Factumerit.Email.Tests.Assistant;

/// <summary><c>factumerit classify</c>, with no LLM configured (the rule tier and the fallbacks still answer).</summary>
public sealed class ClassifyCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"classify-{Guid.NewGuid():N}.txt");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task An_rfc822_newsletter_is_shown_as_fyi_by_the_rule_tier()
    {
        await File.WriteAllTextAsync(_file, "From: Shop <newsletter@shop.example>\r\nSubject: =?UTF-8?B?U2xldnk=?=\r\n" +
            "List-Unsubscribe: <mailto:u@shop.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBig sale!\r\n");

        var (exitCode, output) = await RunAsync("classify", _file);

        Assert.Equal(0, exitCode);
        Assert.Contains("fyi", output, StringComparison.Ordinal);
        Assert.Contains("yes (list_unsubscribe)", output, StringComparison.Ordinal);
        Assert.Contains("Slevy", output, StringComparison.Ordinal);
        Assert.Matches(@"llm calls\s+│\s+0\s", output);
    }

    [Fact]
    public async Task A_yaml_email_from_a_person_falls_back_to_needs_response_without_an_llm()
    {
        await File.WriteAllTextAsync(_file, "sender_email: jana@client.example\nsubject: Dotaz\nbody: Můžete mi poslat nabídku?\n");

        var (exitCode, output) = await RunAsync("classify", _file);

        Assert.Equal(0, exitCode);
        Assert.Contains("needs_response", output, StringComparison.Ordinal);
        Assert.Contains("fallback", output, StringComparison.Ordinal);
        Assert.Contains("low", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_email_is_read_too_and_a_missing_file_exits_2()
    {
        await File.WriteAllTextAsync(_file, """{"sender_email": "boss@firma.example", "subject": "Hi", "body": "x", "user_sent_last": true}""");

        var (exitCode, output) = await RunAsync("classify", _file);
        var (missing, _) = await RunAsync("classify", _file + ".missing");

        Assert.Equal(0, exitCode);
        Assert.Contains("waiting", output, StringComparison.Ordinal);
        Assert.Equal(2, missing);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        var output = new StringWriter();
        var exitCode = await CliApplication.CreateRootCommand(() => configuration).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (exitCode, output.ToString());
    }
}
