using System.Text.Json.Serialization;

namespace Factumerit.Email.Functions.Hosting.CustomHandler;

/// <summary>The reply the Functions host expects from a custom handler.</summary>
internal sealed record InvocationResponse(
    IReadOnlyDictionary<string, string> Outputs,
    IReadOnlyList<string> Logs,
    string? ReturnValue)
{
    public static InvocationResponse Empty { get; } = new(new Dictionary<string, string>(), [], null);

    public static InvocationResponse Failed(string log) => new(new Dictionary<string, string>(), [log], null);
}

[JsonSerializable(typeof(InvocationResponse))]
[JsonSerializable(typeof(string))]
internal sealed partial class InvocationJsonContext : JsonSerializerContext;
