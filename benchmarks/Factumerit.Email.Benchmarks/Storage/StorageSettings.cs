using System.Globalization;

namespace Factumerit.Email.Benchmarks.Storage;

/// <summary>Command-line settings of <c>storage</c>.</summary>
internal sealed record StorageSettings(int Iterations, int Rounds, int WarmupRounds, int Concurrency, string? Connection, string? Out)
{
    public const string Usage =
        "storage [--iterations N] [--rounds R] [--warmup W] [--concurrency C] [--connection <cs>] [--out <file>]\n" +
        "  --iterations  operations per measurement for insert+get and queue round trips (default 500);\n" +
        "                query and batch measurements run N/10 operations (at least 5)\n" +
        "  --rounds      measured rounds; each runs every scenario for both clients, order alternating (default 7)\n" +
        "  --warmup      rounds run first and not reported (default 1)\n" +
        "  --concurrency workers for the concurrent insert+get variant; 0 leaves it out (default 8)\n" +
        "  --connection  an existing storage account's connection string; default: start Azurite from node_modules\n" +
        "  --out         also write the report (markdown) to this file";

    public int HeavyIterations => Math.Max(5, Iterations / 10);

    public static StorageSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new StorageSettings(500, 7, 1, 8, null, null);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number(int min) => int.Parse(Value(), CultureInfo.InvariantCulture) is var n && n >= min
                ? n
                : throw new ArgumentException($"{args[i]} must be at least {min}.");
            settings = args[i] switch
            {
                "--iterations" => settings with { Iterations = Number(1) },
                "--rounds" => settings with { Rounds = Number(1) },
                "--warmup" => settings with { WarmupRounds = Number(0) },
                "--concurrency" => settings with { Concurrency = Number(0) },
                "--connection" => settings with { Connection = Value() },
                "--out" => settings with { Out = Value() },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }
        return settings;
    }
}
