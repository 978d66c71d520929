using Factumerit.Email.Routing.Yaml;

namespace Factumerit.Email.Routing.Loading;

/// <summary>Collects every problem in a routing file instead of stopping at the first.</summary>
internal sealed class ConfigErrors(string source)
{
    private readonly List<RoutingConfigError> _items = [];

    public string Source { get; } = source;

    public IReadOnlyList<RoutingConfigError> Items => _items;

    public int Count => _items.Count;

    public void Add(YamlNode at, string message) => Add(at.Line, at.Column, message);

    public void Add(int line, int column, string message) => _items.Add(new RoutingConfigError(Source, line, column, message));
}
