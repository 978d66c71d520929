using Factumerit.Email.Benchmarks.Micro;
using Factumerit.Email.Benchmarks.Storage;
using Factumerit.Email.Benchmarks.Webhooks;

// storage: our Table/Queue clients vs the official SDKs on one Azurite (Stopwatch, alternating rounds).
// webhooks: signed Resend webhooks against the real host in a child process; latency, exactly-once, transactions.
// micro:   BenchmarkDotNet on the CPU-only hot paths (signing, entity JSON, filters, the classifier's rule tier).
const string usage = "usage:\n  " + StorageSettings.Usage + "\n  " + WebhookSettings.Usage + "\n  micro [BenchmarkDotNet arguments, default --filter *]";

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(usage);
    return args.Length == 0 ? 2 : 0;
}

switch (args[0])
{
    case "storage":
        StorageSettings settings;
        try
        {
            settings = StorageSettings.Parse(args[1..]);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(usage);
            return 2;
        }
        using (var cancel = new CancellationTokenSource())
        {
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            return await StorageBenchmark.RunAsync(settings, cancel.Token);
        }
    case "webhooks":
        WebhookSettings webhooks;
        try
        {
            webhooks = WebhookSettings.Parse(args[1..]);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(usage);
            return 2;
        }
        return await WebhookBenchmark.RunAsync(webhooks, CancellationToken.None);
    case HostChild.Command:
        return HostChild.Run(args[1..]);
    case "micro":
        return MicroBenchmarks.Run(args[1..]);
    default:
        Console.Error.WriteLine($"Unknown command '{args[0]}'.");
        Console.Error.WriteLine(usage);
        return 2;
}
