namespace Factumerit.Email.Functions.Hosting;

/// <summary>
/// The single list of functions. Both hosting modes and the generated <c>function.json</c> files read it,
/// so the modes cannot drift apart.
/// </summary>
public sealed class FunctionRegistry
{
    private readonly Dictionary<string, FunctionDefinition> _byName;

    public FunctionRegistry(IEnumerable<FunctionDefinition> definitions)
    {
        _byName = new Dictionary<string, FunctionDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in definitions)
        {
            if (!_byName.TryAdd(definition.Name, definition))
            {
                throw new InvalidOperationException($"Function '{definition.Name}' is registered twice.");
            }
        }
    }

    public IReadOnlyCollection<FunctionDefinition> All => _byName.Values;

    public FunctionDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<FunctionDefinition> OfKind(TriggerKind kind) => _byName.Values.Where(f => f.Trigger == kind);
}
