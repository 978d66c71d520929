using Factumerit.Email.Benchmarks.Micro;
using Factumerit.Email.Benchmarks.Storage;

// storage: our Table/Queue clients vs the official SDKs on one Azurite (Stopwatch, alternating rounds).
// micro:   BenchmarkDotNet on the CPU-only hot paths (signing, entity JSON, filters).
const string usage = "usage:\n  " + StorageSettings.Usage + "\n  micro [BenchmarkDotNet arguments, default --filter *]";

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
    case "micro":
        return MicroBenchmarks.Run(args[1..]);
    default:
        Console.Error.WriteLine($"Unknown command '{args[0]}'.");
        Console.Error.WriteLine(usage);
        return 2;
}
