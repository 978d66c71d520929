using System.Reflection;

namespace Factumerit.Email.Providers.Resend;

internal static class ResendVersion
{
    /// <summary>The assembly's informational version without the source-revision suffix.</summary>
    public static string Current { get; } = Read();

    private static string Read()
    {
        var version = typeof(ResendVersion).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
