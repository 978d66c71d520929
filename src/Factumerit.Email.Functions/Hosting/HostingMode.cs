using System.Globalization;

namespace Factumerit.Email.Functions.Hosting;

/// <summary>
/// The one place that decides how the app is driven. With <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set the Azure Functions
/// host owns the triggers and calls <c>POST /{FunctionName}</c>; without it the app runs its own listeners and timers.
/// </summary>
public sealed class HostingMode
{
    public const string PortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static HostingMode Standalone { get; } = new(null);

    private HostingMode(int? customHandlerPort) => CustomHandlerPort = customHandlerPort;

    /// <summary>The loopback port the Functions host told us to listen on, or null when standalone.</summary>
    public int? CustomHandlerPort { get; }

    public bool IsCustomHandler => CustomHandlerPort is not null;

    /// <summary>Whether this process runs queue listeners and timers itself.</summary>
    public bool RunsStandaloneTriggers => !IsCustomHandler;

    public static HostingMode CustomHandler(int port) =>
        port is > 0 and <= 65535 ? new HostingMode(port) : throw new ArgumentOutOfRangeException(nameof(port));

    /// <exception cref="InvalidOperationException">The port setting is present but not a TCP port number.</exception>
    public static HostingMode FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[PortSetting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return Standalone;
        }
        if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"Setting {PortSetting}='{value}' is not a TCP port number (1-65535).");
        }
        return new HostingMode(port);
    }

    public override string ToString() => IsCustomHandler ? $"custom handler on 127.0.0.1:{CustomHandlerPort}" : "standalone";
}
