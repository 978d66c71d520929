using System.Diagnostics.CodeAnalysis;

namespace Factumerit.Email.Routing;

/// <summary>A loaded routing table, or every error found in the file (never both).</summary>
public sealed class RoutingConfigResult
{
    private RoutingConfigResult(string source, RoutingTable? table, IReadOnlyList<RoutingConfigError> errors)
    {
        Source = source;
        Table = table;
        Errors = errors;
    }

    /// <summary>The file name or label the errors refer to.</summary>
    public string Source { get; }

    public RoutingTable? Table { get; }

    /// <summary>The errors in file order; empty when valid.</summary>
    public IReadOnlyList<RoutingConfigError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Table))]
    public bool IsValid => Table is not null;

    /// <summary>The table, or a <see cref="RoutingConfigException"/> listing every error.</summary>
    public RoutingTable GetTableOrThrow() => Table ?? throw new RoutingConfigException(Source, Errors);

    internal static RoutingConfigResult Success(string source, RoutingTable table) => new(source, table, []);

    internal static RoutingConfigResult Failure(string source, IEnumerable<RoutingConfigError> errors) =>
        new(source, null, errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray());
}
