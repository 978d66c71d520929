using System.Diagnostics.Metrics;
using Factumerit.Email.Telemetry;

namespace Factumerit.Email.Providers.Gmail;

internal static class GmailTelemetry
{
    public static readonly Counter<long> QuotaUnits = EmailTelemetry.Meter.CreateCounter<long>(
        "gmail.quota_units", unit: "{unit}", description: "Gmail API quota units spent, by operation.");
}
