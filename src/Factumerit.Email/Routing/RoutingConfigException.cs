namespace Factumerit.Email.Routing;

/// <summary>Thrown at start-up when the routing file is invalid; the message lists every error.</summary>
public sealed class RoutingConfigException(string source, IReadOnlyList<RoutingConfigError> errors)
    : Exception($"Routing configuration '{source}' has {errors.Count} error(s):{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors))
{
    /// <summary>The file name or label the errors refer to.</summary>
    public string ConfigSource { get; } = source;

    public IReadOnlyList<RoutingConfigError> Errors { get; } = errors;
}
