using System.Diagnostics.Metrics;

namespace Factumerit.Email.Providers.Gmail;

internal static class GmailTelemetry
{
    public const string MeterName = "Factumerit.Email";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> QuotaUnits = Meter.CreateCounter<long>(
        "gmail.quota_units", unit: "{unit}", description: "Gmail API quota units spent, by operation.");
}
