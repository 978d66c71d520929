using BenchmarkDotNet.Attributes;
using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Eval;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Benchmarks.Infrastructure;

namespace Factumerit.Email.Benchmarks.Micro;

/// <summary>
/// The classifier's rule tier (is_automated) over every fixture in fixtures/classification: the From header
/// parsed as the classifier parses it, then the mailbox blacklist globs, the RFC 3834 / list headers and the robot
/// senders. One operation is one email, so the reported rate is emails per second.
/// </summary>
[MemoryDiagnoser]
[OperationsPerSecond]
public class RuleTierBenchmarks
{
    // A mailbox with a handful of globs, none of which match first, so every email walks the whole list.
    private static readonly MailboxSettings Mailbox = new()
    {
        Blacklist = ["*@marketing.example.com", "noreply@*.com", "*@*.mailchimpapp.net", "billing-?@vendor.example", "*@news.*"],
    };

    private const int FixtureCount = 66;

    private ClassificationInput[] _inputs = [];

    [GlobalSetup]
    public void LoadFixtures()
    {
        _inputs = FixtureLoader.Load(Path.Combine(RepositoryRoot.Find(), "fixtures", "classification"))
            .Select(f => f.ToInput()).ToArray();
        if (_inputs.Length != FixtureCount)
        {
            // OperationsPerInvoke is a compile-time constant: a changed fixture set must change it too.
            throw new InvalidOperationException($"fixtures/classification holds {_inputs.Length} fixtures; set FixtureCount to match.");
        }
    }

    [Benchmark(Description = "Rule tier over the fixture set (per email)", OperationsPerInvoke = FixtureCount)]
    public int AutomatedCount()
    {
        var automated = 0;
        foreach (var input in _inputs)
        {
            if (RuleTier.Check(input.Sender, input.Headers, Mailbox) is not null)
            {
                automated++;
            }
        }
        return automated;
    }
}
