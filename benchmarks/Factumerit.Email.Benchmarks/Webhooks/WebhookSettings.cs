using System.Globalization;

namespace Factumerit.Email.Benchmarks.Webhooks;

/// <param name="Requests">Measured deliveries, duplicates included.</param>
/// <param name="DuplicateShare">Share of <paramref name="Requests"/> that repeat an earlier delivery (same svix-id and body).</param>
/// <param name="Drains">The phases to run, each on its own Azurite and host: workers paused during the load, or running.</param>
internal sealed record WebhookSettings(int Requests, int Concurrency, int Warmup, double DuplicateShare, string? OutFile,
    IReadOnlyList<DrainMode> Drains)
{
    public const string Usage = "webhooks [--requests 2000] [--concurrency 32] [--warmup 200] [--duplicates 0.05] [--drain both|after|concurrent] [--out <file>]";

    public int Duplicates => (int)Math.Round(Requests * DuplicateShare);

    public int Unique => Requests - Duplicates;

    public static WebhookSettings Parse(string[] args)
    {
        var settings = new WebhookSettings(2000, 32, 200, 0.05, null, [DrainMode.After, DrainMode.Concurrent]);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            settings = args[i] switch
            {
                "--requests" => settings with { Requests = Positive(value, args[i]) },
                "--concurrency" => settings with { Concurrency = Positive(value, args[i]) },
                "--warmup" => settings with { Warmup = int.Parse(value, CultureInfo.InvariantCulture) },
                "--duplicates" => settings with { DuplicateShare = double.Parse(value, CultureInfo.InvariantCulture) },
                "--out" => settings with { OutFile = value },
                "--drain" => settings with { Drains = DrainModes.Parse(value) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
            i++;
        }
        if (settings.DuplicateShare is < 0 or > 0.5)
        {
            throw new ArgumentException("--duplicates is a share between 0 and 0.5.");
        }
        return settings;
    }

    private static int Positive(string value, string name) =>
        int.Parse(value, CultureInfo.InvariantCulture) is > 0 and var n ? n : throw new ArgumentException($"{name} must be positive.");
}
